"""A full disk, a locked file, a read-only file and a damaged file each say what happened (issue #19).

The first release said "不是有效的工作区数据库，或文件已损坏…可从备份恢复" for all of them; on a full disk the data
was intact, and restoring an older backup is exactly how the user would have lost it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import fill_disk
from filelock import FileLock
from submission_fixtures import PROFILE

from zgsz_desktop.sqlite_problems import Problem, classify, describe
from zgsz_desktop.workspace import Workspace, storage

PERIOD = "2025年度"
CORE = "nantong-zgsz-core"


def _workspace_with_answers(directory: Path) -> dict[str, object]:
    with Workspace.open(directory) as ws:
        ws.set_profile(PROFILE)
        submission = ws.start_submission(PERIOD)
        assessment = submission.part(CORE).assessment.id
        ws.save_answer(assessment, "rnd.design_staff", 12)
        ws.save_answer(assessment, "rnd.has_design", True)
        return ws.answers(assessment)


def test_a_full_disk_says_so_reads_everything_and_loses_nothing(small_volume):
    directory = small_volume / "ws"
    saved = _workspace_with_answers(directory)
    filler = fill_disk(small_volume)

    # reading still works: the answers, the submission, `zgsz workspace show`
    with Workspace.open(directory) as ws:
        assessment = ws.submission(PERIOD).part(CORE).assessment.id
        assert ws.answers(assessment) == saved
        with pytest.raises(storage.StorageError) as refused:
            ws.save_answer(assessment, "rnd.design_staff", 13)
    message = str(refused.value)
    assert "磁盘已满" in message and "已损坏" not in message and "不需要从备份恢复" in message
    shown = subprocess.run([sys.executable, "-m", "zgsz_desktop.cli", "workspace", "show", "--workspace",
                            str(directory)], capture_output=True, text=True, env={**os.environ, "PYTHONUTF8": "1"})
    assert shown.returncode == 0, shown.stderr
    assert PERIOD in shown.stdout and "已损坏" not in shown.stdout + shown.stderr
    started = subprocess.run([sys.executable, "-m", "zgsz_desktop.cli", "submission", "start", "--period", "2026年度",
                              "--workspace", str(directory)], capture_output=True, text=True)
    assert started.returncode == 1 and "磁盘已满" in started.stderr and "Traceback" not in started.stderr

    # space again: everything is there and writing works
    filler.unlink()
    with Workspace.open(directory) as ws:
        assessment = ws.submission(PERIOD).part(CORE).assessment.id
        assert ws.answers(assessment) == saved
        ws.save_answer(assessment, "rnd.design_staff", 13)
        assert storage.integrity_ok(ws.db)
    with Workspace.open(directory) as ws:
        assert ws.answers(assessment)["rnd.design_staff"] == 13


def test_the_disk_filling_up_while_the_app_writes_refuses_the_write_and_keeps_the_rest(tmp_path):
    """Fault injection that works everywhere: SQLite's own size cap raises the same SQLITE_FULL a full disk does."""
    directory = tmp_path / "ws"
    _workspace_with_answers(directory)
    with Workspace.open(directory) as ws:
        assessment = ws.submission(PERIOD).part(CORE).assessment.id
        pages = ws.db.execute("PRAGMA page_count").fetchone()[0]
        ws.db.execute(f"PRAGMA max_page_count = {pages}")
        acknowledged = dict(ws.answers(assessment))
        with pytest.raises(storage.StorageError) as refused:
            for value in range(100_000):  # the append-only log grows until the cap
                ws.save_answer(assessment, "rnd.design_staff", value % 1000 + 1)
                acknowledged["rnd.design_staff"] = value % 1000 + 1
        assert "磁盘已满" in str(refused.value) and "已损坏" not in str(refused.value)
    with Workspace.open(directory) as ws:
        assert ws.answers(assessment) == acknowledged
        assert storage.integrity_ok(ws.db)


def test_a_file_held_by_another_program_names_the_holder_not_damage(tmp_path):
    directory = tmp_path / "ws"
    _workspace_with_answers(directory)
    (directory / "locks").mkdir(exist_ok=True)
    (directory / "locks" / "515151-dead.lock").write_text("")  # left by a killed process: nobody holds it
    other_window = FileLock(directory / "locks" / "424242-abcd.lock")  # held, as another window's would be
    other_window.acquire()
    holder = sqlite3.connect(directory / "workspace.sqlite", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        ws = Workspace.open(directory)
        ws.db.execute("PRAGMA busy_timeout = 50")  # do not wait the app's 10 s for the test
        try:
            assessment = ws.submission(PERIOD).part(CORE).assessment.id
        except storage.StorageError as exc:  # an exclusive lock also blocks reading: said the same way
            message = str(exc)
        else:
            with pytest.raises(storage.StorageError) as refused:
                ws.save_answer(assessment, "rnd.design_staff", 99)
            message = str(refused.value)
        finally:
            ws.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        other_window.release()
    assert "占用" in message and "424242" in message and "已损坏" not in message
    assert "515151" not in message


@pytest.mark.parametrize("make, problem, says, never", [
    ("garbage", Problem.NOT_A_DATABASE, "不是本软件的工作区数据库", "已损坏"),
    ("read_only", Problem.READ_ONLY, "只读", "已损坏"),
    ("damaged", Problem.DAMAGED, "已损坏", "磁盘已满"),
])
def test_each_sqlite_problem_is_told_apart(tmp_path, make, problem, says, never):
    path = tmp_path / "workspace.sqlite"
    error: sqlite3.Error | None = None
    if make == "garbage":
        path.write_bytes(b"this is a word-processor file, not a database" * 100)
        try:
            sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
        except sqlite3.Error as exc:
            error = exc
    elif make == "read_only":
        sqlite3.connect(path).execute("CREATE TABLE t (x)")
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            conn.execute("INSERT INTO t VALUES (1)")
        except sqlite3.Error as exc:
            error = exc
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
        conn.commit()
        conn.close()
        data = bytearray(path.read_bytes())
        data[4096 * 2: 4096 * 2 + 200] = b"\xff" * 200  # scribble over an interior page
        path.write_bytes(bytes(data))
        try:
            sqlite3.connect(path).execute("SELECT count(*), max(length(x)) FROM t").fetchall()
            sqlite3.connect(path).execute("PRAGMA integrity_check").fetchall()
        except sqlite3.Error as exc:
            error = exc
        if error is None:
            pytest.skip("this SQLite read past the scribbled page")
    assert error is not None
    assert classify(error, path) is problem
    message = describe(error, path)
    assert says in message and never not in message
