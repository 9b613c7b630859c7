"""Atomic file writes (a crash leaves either the old file or the new one, never half of it), and bounded reads
of files from outside."""

from __future__ import annotations

import errno
import json
import os
import tempfile
import time
from pathlib import Path

from .jsontypes import JSONValue
from .messages import say

# How long a replace waits for a file another program holds open (Windows: a PDF reader, Excel, an antivirus
# scan or a sync tool briefly holding the target), in steps: about 1.5 s in all, then it says so.
REPLACE_WAITS = (0.05, 0.1, 0.2, 0.4, 0.8)
_sleep = time.sleep  # the tests replace it: no test waits for real


class FileInUse(PermissionError):
    """The target stayed held by another program; ``strerror`` says so in words a user can act on."""

    def __init__(self, path: Path, cause: OSError):
        super().__init__(errno.EACCES, say("{name} 正被其他程序打开或锁定（例如 PDF 阅读器、Excel、杀毒软件或"
                                           "同步盘正在读取），请关闭后重试", name=Path(path).name), str(path))
        self.__cause__ = cause


def replace_retrying(source: Path | str, target: Path | str) -> None:
    """``os.replace``, which on Windows fails while another process has the target open: retried for about
    1.5 s (an antivirus scan or a sync tool lets go by then), then :class:`FileInUse`. Other errors (no
    space, no permission on the folder) are raised at once."""
    for wait in (*REPLACE_WAITS, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if wait is None:
                raise FileInUse(Path(target), exc) from exc
            _sleep(wait)


def _read_umask() -> int:
    # read once, at import (single-threaded): os.umask can only be read by setting it
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()


def path_too_long(path: Path | str) -> bool:
    """Whether a path is past what some layer may refuse: Windows' classic 260 characters (programs and APIs
    without long-path support), or SQLite's 512 bytes for a database's name on POSIX (Chinese folder names
    take three bytes a character)."""
    text = str(path)
    return len(text) >= 250 or len(text.encode("utf-8", "surrogateescape")) >= 500


def too_long_advice(path: Path | str) -> str:
    return say("路径太长（{count} 个字符）：请把它放到路径较短的文件夹中（例如 D:\\智改数转），"
               "或缩短上级文件夹的名称", count=len(str(path)))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)  # like any file the user saves (mkstemp makes it private)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_retrying(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json_atomic(path: Path, data: JSONValue) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_bytes_atomic(path, text.encode("utf-8"))


def read_at_most(path: Path, limit: int, what: str) -> bytes:
    """At most ``limit + 1`` bytes of a file from outside (a device or a pipe must not exhaust memory: the
    caller refuses more than ``limit``); a missing or unreadable file is a message naming ``what``."""
    from .errors import UserError

    try:
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError as exc:
        raise UserError(say("找不到{what} {path}", what=what, path=str(path))) from exc
    except OSError as exc:
        raise UserError(say("无法读取{what} {path}（{reason}）", what=what, path=str(path),
                            reason=exc.strerror)) from exc

