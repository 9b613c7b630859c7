"""Who has a workspace open: restore must not replace a database another window is writing to.

Each open ``Workspace`` holds an OS lock on its own file ``locks/<pid>-<random>.lock``; restoring
takes ``restore.lock`` and refuses while any holder file is still locked. A holder file left by a
killed process is not locked any more (the OS releases it) and is cleaned up. Opening waits for a
restore in progress by taking ``restore.lock`` briefly before registering itself.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from .. import errors
from ..messages import say

LOCKS_DIR = "locks"
RESTORE_LOCK = "restore.lock"


class WorkspaceBusy(errors.UserError, ValueError):
    pass


class Holder:
    """This process has the workspace open (released by :meth:`release`)."""

    def __init__(self, directory: Path):
        folder = directory / LOCKS_DIR
        folder.mkdir(parents=True, exist_ok=True)
        with _restore_lock(directory, wait=15):  # not while a restore is replacing the database
            self._lock = FileLock(folder / f"{os.getpid()}-{secrets.token_hex(4)}.lock")
            self._lock.acquire(timeout=5)

    def release(self) -> None:
        self._lock.release()
        Path(self._lock.lock_file).unlink(missing_ok=True)


@contextmanager
def _restore_lock(directory: Path, wait: float) -> Iterator[None]:
    lock = FileLock(directory / LOCKS_DIR / RESTORE_LOCK)
    try:
        lock.acquire(timeout=wait)
    except Timeout as exc:
        raise WorkspaceBusy(say("工作区正在恢复或被占用，请稍后再试")) from exc
    try:
        yield
    finally:
        lock.release()


def holders_alive(directory: Path) -> int:
    """How many open workspaces hold this directory (stale holder files are removed)."""
    alive = 0
    for path in sorted((directory / LOCKS_DIR).glob("*.lock")):
        if path.name == RESTORE_LOCK:
            continue
        probe = FileLock(path)
        try:
            probe.acquire(timeout=0)
        except Timeout:
            alive += 1
            continue
        probe.release()
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
