"""Atomic file writes (a crash leaves either the old file or the new one, never half of it), and bounded reads
of files from outside."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def _read_umask() -> int:
    # read once, at import (single-threaded): os.umask can only be read by setting it
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)  # like any file the user saves (mkstemp makes it private)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json_atomic(path: Path, data: Any) -> None:
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
        raise UserError(f"找不到{what} {path}") from exc
    except OSError as exc:
        raise UserError(f"无法读取{what} {path}（{exc.strerror}）") from exc

