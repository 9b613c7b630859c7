"""The README opens with the two commands, and CI runs exactly the test one."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def block(marker: str) -> str:
    match = re.search(rf"<!-- {marker} -->\n```bash\n(.+?)\n```\n<!-- /{marker} -->", README, re.S)
    assert match, f"README has no {marker} block"
    return match.group(1)


def test_readme_opens_with_run_then_test_command():
    run, test = block("run-command"), block("test-command")
    assert README.index(run) < README.index(test) < README.index("## ")
    assert "pip install ." in run and "zgsz-desktop" in run and "zgsz demo" in run
    assert '".[test]"' in test and "pytest" in test
    assert test.count("\n") == 0  # one command, as .ci/run executes it


def test_ci_runs_the_readme_test_block():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in ci and 'bash -c "$test_command"' in ci
