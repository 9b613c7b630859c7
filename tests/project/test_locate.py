"""The data folders are found from a source checkout and from a non-editable install elsewhere."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from zgsz_desktop import locate

ROOT = Path(__file__).resolve().parents[2]


def test_found_in_the_source_checkout():
    root = locate.data_root()
    assert root.layout in ("checkout", "installed")
    assert (root.assessments / "nantong-zgsz-core.yaml").is_file()
    assert (root.resources / "fonts" / "wqy-microhei.ttc").is_file()


def test_override_and_a_clear_message_when_data_is_missing(tmp_path, monkeypatch):
    (tmp_path / "assessments").mkdir()
    (tmp_path / "resources").mkdir()
    monkeypatch.setenv(locate.DATA_DIR_ENV, str(tmp_path))
    locate.data_root.cache_clear()
    try:
        assert locate.data_root() == locate.DataRoot(tmp_path, "override")
        monkeypatch.setattr(locate, "_candidates", lambda: [(tmp_path / "nowhere", "installed")])
        locate.data_root.cache_clear()
        with pytest.raises(locate.DataNotFoundError) as caught:
            locate.data_root()
        assert "安装可能不完整" in str(caught.value) and "nowhere" in str(caught.value)
    finally:
        locate.data_root.cache_clear()


def test_frozen_layout_looks_in_the_bundle_dir(tmp_path, monkeypatch):
    for name in ("assessments", "resources"):
        (tmp_path / name).mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delenv(locate.DATA_DIR_ENV, raising=False)
    locate.data_root.cache_clear()
    try:
        assert locate.data_root() == locate.DataRoot(tmp_path, "frozen")
    finally:
        locate.data_root.cache_clear()


@pytest.mark.slow
def test_non_editable_install_run_from_another_directory(tmp_path):
    """`pip install .` (not editable) into a fresh target, then run the demo from elsewhere."""
    source = tmp_path / "src"
    # copy the checkout so a stale build folder in the real one cannot leak in
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", "__pycache__", "*.egg-info", "build",
                                                                  "dist", ".venv", "venv", "_bundled", ".*cache"))
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
         "--target", str(target), str(source)],
        capture_output=True, text=True, timeout=600,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    shutil.rmtree(source)  # nothing may be read from the checkout any more
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target))
    env.pop(locate.DATA_DIR_ENV, None)
    probe = subprocess.run(
        [sys.executable, "-c",
         "import zgsz_desktop, json; from zgsz_desktop.locate import data_root; r = data_root();"
         "print(json.dumps({'module': zgsz_desktop.__file__, 'root': str(r.path), 'layout': r.layout}))"],
        capture_output=True, text=True, cwd=elsewhere, env=env, timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout)
    assert found["layout"] == "installed"
    assert Path(found["module"]).is_relative_to(target) and Path(found["root"]).is_relative_to(target)
    demo = subprocess.run([sys.executable, "-m", "zgsz_desktop.cli", "demo", "--out", "out", "--json"],
                          capture_output=True, text=True, cwd=elsewhere, env=env, timeout=120)
    assert demo.returncode == 0, demo.stderr
    files = json.loads(demo.stdout)["files"]
    assert len(files) == 2 and all((elsewhere / f["scores"]).is_file() for f in files)
