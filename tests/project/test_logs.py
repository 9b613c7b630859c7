"""The desktop app's log file and crash file: written where the user (or support) can find them, rotated, and
never a reason for the app to stop; a hard crash leaves its stack in crash.log even without a console."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zgsz_desktop import logs


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    import faulthandler

    if sys.__stderr__ is not None:  # back to pytest's own
        faulthandler.enable(file=sys.__stderr__)
    else:
        faulthandler.disable()


def test_errors_go_to_a_rotating_file_in_the_log_folder(tmp_path, monkeypatch, restore_logging):
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "日志"))
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup_logging()
    assert path == tmp_path / "日志" / "zgsz.log"
    try:
        raise ValueError("坏数据")
    except ValueError as exc:
        logs.unexpected(type(exc), exc, exc.__traceback__)
    for index in range(200):
        logging.getLogger("zgsz.test").info("第 %d 行", index)
    written = sorted(p.name for p in path.parent.iterdir())
    assert "zgsz.log.1" in written and len([n for n in written if n.startswith("zgsz.log")]) <= 1 + logs.BACKUPS
    text = "".join(p.read_text(encoding="utf-8") for p in path.parent.glob("zgsz.log*"))
    assert "第 199 行" in text
    assert (path.parent / "crash.log").exists()


def test_a_folder_that_cannot_be_written_leaves_the_app_running_without_a_log(tmp_path, restore_logging):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    assert logs.setup_logging(blocked / "logs") is None


def test_a_hard_crash_leaves_its_python_stack_in_crash_log(tmp_path):
    """A crash in native code kills the process without a Python traceback; faulthandler writes the stack
    into crash.log (no console needed). The child crashes on purpose; the test waits for it to exit."""
    code = ("import faulthandler, sys\n"
            "from pathlib import Path\n"
            "from zgsz_desktop.logs import setup_logging\n"
            "setup_logging(Path(sys.argv[1]))\n"
            "def inside_the_app():\n"
            "    faulthandler._sigsegv()\n"
            "inside_the_app()\n")
    env = {**os.environ, "PYTHONFAULTHANDLER": ""}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode != 0
    crash = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in crash and "inside_the_app" in crash
    assert "zgsz_desktop" in Path(tmp_path / "zgsz.log").read_text(encoding="utf-8")  # the start was logged


def test_the_start_line_is_written_at_once_and_the_log_handler_comes_with_the_first_record(tmp_path,
                                                                                          restore_logging):
    """A start that fails before any other record still leaves which version it was; the rotating handler (and
    its imports) come only with the first record (issue #16), and a record is never lost to that."""
    code = ("import sys, logging\n"
            "from pathlib import Path\n"
            "from zgsz_desktop.logs import setup_logging\n"
            "setup_logging(Path(sys.argv[1]))\n"
            "print('logging.handlers' in sys.modules)\n"
            "logging.getLogger('zgsz.test').warning('第一条记录')\n"
            "print('logging.handlers' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]
    lines = (tmp_path / "zgsz.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "zgsz_desktop " in lines[0] and "Python " in lines[0] and "第一条记录" in lines[1]
