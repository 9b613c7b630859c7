"""What this workstation last saw of each district database's signed log.

The log's signatures stop anyone without the passphrase from *changing* it, but two things remain open
to someone who has the file: putting back an older copy (rolling the database back, with its genuine
older signatures), and stripping every signature so the database looks like one from release 0.2 that
was never signed. Neither can be seen from inside the file. So after each signed write the workstation
notes, outside the database, how long the log was and the hash of its last entry; the audit compares.

The note is keyed by the hash of the log's first entry (unique to each database, and part of every later
hash) and also records the file's path, so a file whose log was rebuilt from the start is found too.
A database restored from a backup on purpose is reported the same way: the message says so.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

ANCHORS_ENV = "ZGSZ_DISTRICT_ANCHORS"  # the notes file (tests, portable installs)


def anchors_file() -> Path:
    override = os.environ.get(ANCHORS_ENV)
    if override:
        return Path(override)
    import platformdirs

    from ..workspace.location import APP_DIR_NAME

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / "district" / "log-anchors.json"


@dataclass(frozen=True)
class Anchor:
    entries: int
    head: str
    path: str
    at: str


def _load() -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(anchors_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _log_ends(db: sqlite_utils.Database) -> tuple[str, int, str, bool] | None:
    first = db.execute("SELECT entry_hash FROM import_log ORDER BY seq LIMIT 1").fetchone()
    last = db.execute("SELECT entry_hash, seal FROM import_log ORDER BY seq DESC LIMIT 1").fetchone()
    if first is None or last is None:
        return None
    count = int(db.execute("SELECT count(*) FROM import_log").fetchone()[0])
    return str(first[0]), count, str(last[0]), bool(last[1])


def _path(db: sqlite_utils.Database) -> str:
    from .db import db_path

    try:
        return str(Path(db_path(db)).resolve())
    except OSError:
        return db_path(db)


def _first_signed(db: sqlite_utils.Database) -> int:
    """Position (1 = first) of the first entry carrying a signature; every later one must carry one."""
    row = db.execute("SELECT count(*) FROM import_log WHERE seq < (SELECT min(seq) FROM import_log "
                     "WHERE seal != '')").fetchone()
    return int(row[0]) + 1


def remember(db: sqlite_utils.Database) -> None:
    """Note the signed log's length and last hash (after a write has committed). Never fails the write:
    a notes file that cannot be written only weakens a later audit."""
    from ..fileio import write_json_atomic

    try:
        ends = _log_ends(db)
        if ends is None or not ends[3]:
            return
        first, count, head, _ = ends
        notes = _load()
        known = notes.get(first)
        if isinstance(known, dict) and int(known.get("entries", 0)) > count:
            return  # never move the note backwards: that is what the audit is looking for
        signed_from = _first_signed(db)
        if isinstance(known, dict) and isinstance(known.get("signed_from"), int):
            signed_from = min(signed_from, int(known["signed_from"]))  # never later than once seen
        notes[first] = {"entries": count, "head": head, "path": _path(db), "signed_from": signed_from,
                        "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        write_json_atomic(anchors_file(), notes)
    except Exception:  # a note must never break an import
        return


def check(db: sqlite_utils.Database) -> str:
    """A problem (in Chinese) when the log is shorter than, or differs from, what this workstation saw."""
    notes = _load()
    ends = _log_ends(db)
    here = _path(db)
    if ends is None:
        same_file = [n for n in notes.values() if isinstance(n, dict) and n.get("path") == here]
        if same_file:
            return (f"本机记录显示此数据库文件在 {_when(same_file[0])} 已有 {same_file[0].get('entries')} 条导入日志，"
                    "现在日志是空的：数据库被清空或替换过")
        return ""
    first, count, _, _ = ends
    note = notes.get(first)
    if not isinstance(note, dict):
        other = [n for n in notes.values() if isinstance(n, dict) and n.get("path") == here]
        if other:
            return (f"本机记录显示此数据库文件在 {_when(other[0])} 的导入日志与现在的开头不同：日志从头被重建过，"
                    "或文件被另一个数据库替换过")
        return ""
    entries, recorded_head = int(note.get("entries", 0)), str(note.get("head", ""))
    if count < entries:
        return (f"本机记录显示此数据库在 {_when(note)} 已有 {entries} 条导入日志，现在只有 {count} 条："
                "数据库被换回了较早的副本，或日志末尾被删除过（如果是您有意从备份恢复的，这是预期的）")
    row = db.execute("SELECT entry_hash FROM import_log ORDER BY seq LIMIT 1 OFFSET ?", [entries - 1]).fetchone()
    if row is None or str(row[0]) != recorded_head:
        return (f"本机记录显示此数据库在 {_when(note)} 的第 {entries} 条导入日志与现在的不同："
                "日志被重建过（例如去掉了签名后改写）")
    signed_from = note.get("signed_from")
    if isinstance(signed_from, int) and signed_from >= 1:
        # the seal is not part of an entry's hash: stripping it leaves the chain as it was, so it is
        # checked against what this workstation saw signed
        unsigned = db.execute("SELECT count(*) FROM (SELECT seal FROM import_log ORDER BY seq LIMIT -1 OFFSET ?) "
                              "WHERE seal = ''", [signed_from - 1]).fetchone()[0]
        if unsigned:
            return (f"本机记录显示此数据库的导入日志从第 {signed_from} 条起每条都有区县签名，现在其中 {unsigned} 条"
                    "没有：签名被人去掉了，其后的记录可能是在没有区县密钥的情况下添加或改写的")
    return ""


def _when(note: dict[str, Any]) -> str:
    return str(note.get("at", ""))[:16].replace("T", " ")
