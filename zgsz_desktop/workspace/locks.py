"""Who has a workspace open: restore must not replace a database another window is writing to.

Each open ``Workspace`` holds an OS lock on its own file ``locks/<pid>-<random>.holder``; restoring
takes ``restore.guard`` and refuses while any holder file is still locked. A holder file left by a
killed process is not locked any more (the OS releases it) and is cleaned up. Opening waits for a
restore in progress by taking ``restore.guard`` briefly before registering itself.

The locks are SQLite's: each lock file is an empty SQLite database, locked by an exclusive transaction
that its connection keeps open. SQLite locks with the operating system's own file locks (``fcntl`` on
Linux and macOS, ``LockFileEx`` on Windows), which the OS drops when the process ends, however it ends, and
it keeps track of them across the connections of one process, so that two workspaces opened by one process
see each other's lock. Why not ``filelock``, as before: the app opens its workspace before the home page's
first paint, and importing filelock 4 costs 20–30 ms of a ~250 ms start (issue #16), while ``sqlite3`` is
loaded for the workspace anyway. Holder files of earlier versions (``*.lock``, locked with filelock) are
still recognised, with filelock imported then (never at start-up).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from .. import errors
from ..messages import say

LOCKS_DIR = "locks"
RESTORE_LOCK = "restore.guard"
HOLDER_SUFFIX = ".holder"
LEGACY_SUFFIX, LEGACY_RESTORE_LOCK = ".lock", "restore.lock"  # filelock's files, up to 0.2
OPEN_WAIT_S, RESTORE_WAIT_S = 5.0, 15.0  # opening: how long to wait for a probe, for a restore in progress


class WorkspaceBusy(errors.UserError, ValueError):
    pass


def _busy(exc: sqlite3.OperationalError) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: someone else holds the lock (the code is there from Python 3.11)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF in (5, 6) if isinstance(code, int) else "locked" in str(exc)


def _take(path: Path, wait: float) -> sqlite3.Connection | None:
    """An exclusive lock on ``path`` (created if missing), waiting up to ``wait`` seconds for whoever holds it:
    the connection that holds it (closing it releases the lock), or None when it stayed taken. Other failures
    (an unwritable folder, a full disk) are raised as OSError, as file operations raise them."""
    try:
        connection = sqlite3.connect(path, timeout=wait, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise OSError(0, str(exc), str(path)) from exc
    try:
        connection.execute("PRAGMA journal_mode = OFF")  # nothing is ever written: no journal file beside it
        connection.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as exc:
        connection.close()
        if _busy(exc):
            return None
        raise OSError(0, str(exc), str(path)) from exc
    except BaseException:
        connection.close()
        raise
    return connection


def _locked(path: Path) -> bool:
    """Whether someone holds the lock on ``path`` now (a read needs a shared lock, which an exclusive one
    refuses; a read writes nothing, so no journal file appears beside it)."""
    if path.suffix == LEGACY_SUFFIX:
        return _legacy_locked(path)
    try:
        connection = sqlite3.connect(path, timeout=0, isolation_level=None, check_same_thread=False)
    except sqlite3.Error:
        return False  # vanished meanwhile, or unreadable: no lock the OS knows of
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        return _busy(exc)
    except sqlite3.DatabaseError:
        return False  # not a lock file of ours (someone put another file here): nobody holds it
    finally:
        connection.close()
    return False


def _legacy_locked(path: Path) -> bool:
    from filelock import FileLock, Timeout  # an earlier version's holder: only when one is found

    probe = FileLock(path)
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return True
    except OSError:
        return False
    probe.release()
    return False


class Holder:
    """This process has the workspace open (released by :meth:`release`)."""

    def __init__(self, directory: Path):
        folder = directory / LOCKS_DIR
        folder.mkdir(parents=True, exist_ok=True)
        with _restore_lock(directory, wait=RESTORE_WAIT_S):  # not while a restore is replacing the database
            self.path = folder / f"{os.getpid()}-{os.urandom(4).hex()}{HOLDER_SUFFIX}"
            self.path.touch(exist_ok=False)  # an unwritable folder fails here, with the OS's own words
            connection = _take(self.path, wait=OPEN_WAIT_S)
            if connection is None:  # a probe held it for longer than any probe takes
                self.path.unlink(missing_ok=True)
                raise WorkspaceBusy(say("工作区正在恢复或被占用，请稍后再试"))
            self._connection: sqlite3.Connection | None = connection

    def release(self) -> None:
        if self._connection is None:
            return
        self._connection.close()  # the lock goes with it
        self._connection = None
        with suppress(OSError):  # e.g. on Windows while a probe has it open: left unlocked, the next probe removes it
            self.path.unlink(missing_ok=True)


@contextmanager
def _restore_lock(directory: Path, wait: float) -> Iterator[None]:
    connection = _take(directory / LOCKS_DIR / RESTORE_LOCK, wait)
    if connection is None:
        raise WorkspaceBusy(say("工作区正在恢复或被占用，请稍后再试"))
    try:
        yield
    finally:
        connection.close()


def _holder_files(directory: Path) -> list[Path]:
    return [path for path in sorted((directory / LOCKS_DIR).glob("*"))
            if path.suffix in (HOLDER_SUFFIX, LEGACY_SUFFIX) and path.name not in (RESTORE_LOCK, LEGACY_RESTORE_LOCK)]


def holder_pids(directory: Path) -> list[int]:
    """Process ids of the windows and commands that have the workspace open, this process left out (for
    messages such as "another window has the file": ``sqlite_problems.lock_holders``). Removes nothing."""
    pids = set()
    with suppress(OSError):
        for path in _holder_files(directory):
            pid_text = path.name.split("-", 1)[0]
            if pid_text.isdigit() and int(pid_text) != os.getpid() and _locked(path):
                pids.add(int(pid_text))
    return sorted(pids)


def holders_alive(directory: Path) -> int:
    """How many open workspaces hold this directory (stale holder files are removed)."""
    alive = 0
    for path in _holder_files(directory):
        if _locked(path):
            alive += 1
        else:
            with suppress(OSError):  # e.g. on Windows while another probe has it open: removed next time
                path.unlink(missing_ok=True)
    return alive


@contextmanager
def exclusive(directory: Path) -> Iterator[None]:
    """For restore: nobody else may have the workspace open, and nobody may open it meanwhile."""
    (directory / LOCKS_DIR).mkdir(parents=True, exist_ok=True)
    with _restore_lock(directory, wait=0):
        if holders_alive(directory):
            raise WorkspaceBusy(say("该工作区正在被使用（软件窗口或命令行正在打开它）。"
                                    "请先关闭后再恢复，未做任何修改。"))
        yield
