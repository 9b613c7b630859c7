"""The Windows pipeline (issue #18) cannot run here: its workflow must at least parse and keep every step that
proves the app works on the users' platform, and what it runs must work (the desktop entry's headless demo,
the wheel check's judgement)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
sys.path.insert(0, str(ROOT / "tools"))

from check_windows_wheels import fits, runtime_dependencies  # noqa: E402


def _job() -> dict:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert set(workflow["jobs"]) == {"windows"}
    return workflow["jobs"]["windows"]


def _step(job: dict, words: str) -> tuple[int, dict]:
    for index, step in enumerate(job["steps"]):
        if words.lower() in step.get("name", "").lower():
            return index, step
    raise AssertionError(f"no step named like “{words}”")


def test_the_workflow_runs_on_windows_with_cpython_3_12():
    job = _job()
    assert job["runs-on"] == "windows-latest"
    _, python = _step(job, "Set up CPython")
    assert python["uses"].startswith("actions/setup-python@") and str(python["with"]["python-version"]) == "3.12"


def test_the_workflow_tests_builds_installs_and_runs_the_installed_app_in_that_order():
    job = _job()
    order = [_step(job, words)[0] for words in (
        "Install the project", "Run the test suite", "Install Inno Setup", "Build the bundle and the installer",
        "Install silently", "self-test", "headless demo", "Upload the installer")]
    assert order == sorted(order)
    assert 'pip install -e ".[test]"' in _step(job, "Install the project")[1]["run"]
    assert re.search(r"python -m pytest\s*$", _step(job, "Run the test suite")[1]["run"])  # the README's command
    assert "choco install innosetup" in _step(job, "Install Inno Setup")[1]["run"]
    assert "build_installer.py --smoke" in _step(job, "Build the bundle")[1]["run"]
    install = _step(job, "Install silently")[1]["run"]
    assert "/VERYSILENT" in install and "/CURRENTUSER" in install  # per user: no administrator on an office PC
    assert "'--self-test'" in _step(job, "self-test")[1]["run"]
    assert "'--demo'" in _step(job, "headless demo")[1]["run"]
    upload = _step(job, "Upload the installer")[1]
    assert upload["uses"].startswith("actions/upload-artifact@") and upload["with"]["path"].endswith("-setup.exe")


def test_the_installed_apps_headless_demo_writes_a_report_and_a_package(tmp_path):
    from zgsz_desktop.ui.app import main

    out = tmp_path / "演示 输出"  # a Chinese folder name with a space, as the pipeline uses
    assert main(["--demo", str(out)]) == 0
    assert list(out.rglob("*.pdf")) and list(out.rglob("*.zgsz"))


def test_the_wheel_check_refuses_what_would_not_install_on_windows():
    assert fits("cryptography-50.0.2-cp311-abi3-win_amd64.whl", "win_amd64")
    assert fits("openpyxl-3.1.5-py2.py3-none-any.whl", "win_amd64")
    assert fits("numpy-2.4.6-cp312-cp312-win32.win_amd64.whl", "win_amd64")  # several platform tags
    assert not fits("numpy-2.4.6-cp312-cp312-manylinux_2_17_x86_64.whl", "win_amd64")
    assert not fits("rl_accel-0.9.1.tar.gz", "win_amd64")  # would need a compiler on the user's PC
    assert any(d.startswith("PySide6-Essentials") for d in runtime_dependencies())
