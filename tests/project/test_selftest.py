"""The self-test an installer build runs: it passes on a complete copy and names what is missing otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    environment = dict(env or os.environ)
    environment.pop("QT_QPA_PLATFORM", None)  # the desktop self-test must choose offscreen by itself
    environment.pop("DISPLAY", None)
    environment.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, encoding="utf-8",
                          env=environment, cwd=cwd, timeout=300)


@pytest.mark.slow
def test_desktop_self_test_passes_headless_and_leaves_no_workspace_behind(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    result = run("-m", "zgsz_desktop.ui.app", "--self-test", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for check in ("问卷定义", "中文字体", "示例答案计分", "报告与报告包", "主窗口"):
        assert any(line.startswith(f"[通过] {check}") for line in lines), (check, result.stdout)
    assert "自检通过" in result.stdout
    assert not (home / "data").exists()  # the user's workspace location is never touched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]  # and nothing is written where it runs


def test_self_test_names_every_part_that_is_missing_and_fails(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "assessments", data / "assessments")
    shutil.copytree(ROOT / "resources", data / "resources")
    for definition in (data / "assessments").rglob("miit-sme-2024*.yaml"):  # every version, archived ones too
        definition.unlink()
    for licence in (data / "resources" / "fonts").glob("*"):
        if licence.suffix == ".txt":
            licence.unlink()
    result = run("-m", "zgsz_desktop.cli", "self-test", env=dict(os.environ, ZGSZ_DATA_DIR=str(data)))
    assert result.returncode == 1
    assert "[失败] 问卷定义" in result.stdout and "miit-sme-2024" in result.stdout
    assert "[失败] 中文字体" in result.stdout
    assert "[通过] 报告与报告包" not in result.stdout  # the demo needs the MIIT definition too
    assert "自检失败" in result.stdout and "Traceback (most recent call last)" not in result.stderr

