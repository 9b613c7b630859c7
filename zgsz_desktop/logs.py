"""The desktop app's log: a rotating file in the user's log folder, and a crash file that ``faulthandler`` writes
when the interpreter itself dies (a crash in Qt or a C extension leaves no Python traceback otherwise).

A windowed Windows build has no console, so without these files an error a user reports leaves nothing to read.
The log holds what happened (start, the workspace or database opened, errors with their traceback) — never a
password, a key or an answer. Logging must never stop the app: a folder that cannot be written leaves the app
running without a log file.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from . import __version__

LOG_DIR_ENV = "ZGSZ_LOG_DIR"  # overrides the folder (tests, or an IT office collecting logs centrally)
LOG_NAME, CRASH_NAME = "zgsz.log", "crash.log"
MAX_BYTES, BACKUPS = 1_000_000, 5  # at most ~6 MB of history
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

log = logging.getLogger("zgsz")
_crash_file: IO[str] | None = None  # kept open for the life of the process: faulthandler writes into it


def log_dir() -> Path:
    """``%LOCALAPPDATA%\\zgsz_desktop\\Logs`` on Windows, ``~/.local/state/zgsz_desktop/log`` on Linux."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    from .workspace.location import APP_DIR_NAME

    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


class _AppLogHandler(logging.Handler):
    """The handler :func:`setup_logging` adds: the standard library's rotating file handler, made when the first
    record comes (``logging.handlers`` imports pickle, socket and queue: ~4 ms the app's start need not wait for,
    issue #16); marked, so that a second call replaces it instead of doubling it."""

    zgsz_log = True

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.file: Any = None

    def setFormatter(self, fmt: logging.Formatter | None) -> None:
        super().setFormatter(fmt)
        if self.file is not None:
            self.file.setFormatter(fmt)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.file is None:
                from logging.handlers import RotatingFileHandler

                self.file = RotatingFileHandler(self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                                                delay=True)
                self.file.setFormatter(self.formatter)
            self.file.emit(record)
        except Exception:  # as any handler: logging must never stop the app
            self.handleError(record)

    def close(self) -> None:
        self.acquire()  # not while another thread writes through it
        try:
            if self.file is not None:
                self.file.close()
        finally:
            self.release()
        super().close()


def start_line() -> str:
    """Which version runs on which Python and system (what support asks first), from what the interpreter knows:
    ``platform.platform()`` runs ``uname -p`` on Linux and a WMI query on Windows (slow on some office PCs)."""
    if sys.platform == "win32":
        version = sys.getwindowsversion()  # type: ignore[attr-defined,unused-ignore]
        system = f"Windows {version.major}.{version.minor}.{version.build}"
    else:
        name = os.uname()
        system = f"{name.sysname} {name.release} {name.machine}"
    return f"zgsz_desktop {__version__}, Python {sys.version.split()[0]}, {system}"


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the app's log records to ``folder/zgsz.log`` (rotated at 1 MB, five kept), write the start line and
    turn on the crash file. Returns the log file, or None when the folder cannot be written (the app runs on
    without a log)."""
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    handler = _AppLogHandler(folder / LOG_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "zgsz_log", False)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    enable_crash_file(folder)
    # The start line, appended directly: a start that fails before any other record (Qt's display plugin, the
    # first paint) still says which version it was; the rotating handler comes with the next record.
    line = log.makeRecord(log.name, logging.INFO, __file__, 0, start_line(), (), None)
    try:
        with open(folder / LOG_NAME, "a", encoding="utf-8") as file:
            file.write(handler.format(line) + "\n")
    except OSError:
        pass
    return folder / LOG_NAME


def enable_crash_file(folder: Path) -> Path | None:
    """``faulthandler`` into ``folder/crash.log`` (appended), so a hard crash leaves its Python stack behind.
    A windowed build has no ``sys.stderr`` for faulthandler's default."""
    global _crash_file
    path = folder / CRASH_NAME
    try:
        handle = open(path, "a", encoding="utf-8")
    except OSError:
        return None
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = handle
    faulthandler.enable(file=handle, all_threads=True)
    return path


def unexpected(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Write an error nobody expected to the log, with its traceback."""
    log.error("unexpected error", exc_info=(kind, exc, tb))
