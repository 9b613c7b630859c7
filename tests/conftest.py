from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# GUI tests drive real windows without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests find widgets by their Chinese text: the interface is Chinese whatever the machine's locale
# (tests of other languages install theirs explicitly).
os.environ["ZGSZ_LANGUAGE"] = "zh_CN"

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _workstation_notes(tmp_path_factory, monkeypatch):
    """What the district workstation notes of each database's log (district/anchor.py) goes to a file of
    each test's own: tests copy the same fixture databases, which a shared note would take for rollbacks."""
    notes = tmp_path_factory.mktemp("anchors") / "log-anchors.json"
    monkeypatch.setenv("ZGSZ_DISTRICT_ANCHORS", str(notes))


@pytest.fixture(scope="session")
def core_q():
    from zgsz_desktop.questionnaire.loader import get_questionnaire

    return get_questionnaire("nantong-zgsz-core")


@pytest.fixture(scope="session")
def miit_q():
    from zgsz_desktop.questionnaire.loader import get_questionnaire

    return get_questionnaire("miit-sme-2024")


def _demo(name: str) -> dict[str, Any]:
    return json.loads((ROOT / "resources" / "demo" / f"{name}.answers.json").read_text(encoding="utf-8"))


@pytest.fixture()
def core_doc() -> dict[str, Any]:
    """The demo answers file for the Nantong questionnaire (a fresh copy per test)."""
    return copy.deepcopy(_demo("nantong-zgsz-core"))


@pytest.fixture()
def miit_doc() -> dict[str, Any]:
    return copy.deepcopy(_demo("miit-sme-2024"))


@pytest.fixture()
def core_answers(core_doc) -> dict[str, Any]:
    return core_doc["answers"]


@pytest.fixture()
def miit_answers(miit_doc) -> dict[str, Any]:
    return miit_doc["answers"]


# --------------------------------------------------------------------------- a disk that fills up (issue #19)


@pytest.fixture
def small_volume(tmp_path):
    """A real 16 MB file system (tmpfs) that a test can fill: Linux, as root (CI runs as root)."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs Linux and root (the fault-injection tests cover the rest)")
    mount_point = tmp_path / "volume"
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount_point)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill_disk(volume: Path) -> Path:
    """Write zeros until the volume is full; the file to delete to free it again."""
    filler = volume / "filler"
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    return filler


