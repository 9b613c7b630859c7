"""Policy editions the city signed and this district loaded (``policy/signed.py``), kept in the database.

The first edition a district loads pins the city's key: the operator confirms the fingerprint printed in
the city's letter (like an enterprise's key on its stamped report). Every later edition must carry the
same key. The file is kept byte for byte and the load is a signed log entry (action ``policy``), so the
audit replays it in order: imports after it were scored against it, imports before it were not.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from ..errors import UserError
from ..keys import b64
from ..package.format import normalise_code
from ..policy.edition import EditionError, PolicyEdition
from ..policy.signed import (
    SUFFIX,
    Envelope,
    SignedEdition,
    SignedEditionError,
    read_signed_edition,
    read_signed_file,
)
from ..text import visible
from .anchor import remember as remember_log
from .db import LogSigner, append_log, get_meta, set_meta, transaction

CITY_KEY_META = "city_key_id"
CITY_PUBLIC_META = "city_public_key"


class CityKeyNeedsConfirmation(UserError, ValueError):
    """The first edition: the caller asks the operator for the fingerprint in the city's letter and calls again
    with it. The fingerprint is *not* shown: a value on screen would only be copied, not checked."""

    def __init__(self, signer_name: str):
        self.signer_name = signer_name
        super().__init__(
            f"这是本区县导入的第一个市级政策版本文件（签发者写的是“{signer_name or '未署名'}”）。请输入市工信局来函中"
            "写的签发密钥指纹（4 组、每组 4 位字母和数字），与文件一致才导入；以后只接受同一密钥签发的版本文件。")


class PolicyAlreadyLoaded(UserError, ValueError):
    """The same file was loaded before: nothing to do (said, not reported as a new load)."""


read_policy_file = read_signed_file  # the district reads the city's files as anyone would


def city_key_check(db: sqlite_utils.Database, fingerprint: str | None) -> Callable[[Envelope], None]:
    """Refuse a key other than the pinned one; without a pinned key, only with the fingerprint the operator
    typed from the city's letter. Runs before the edition's content is parsed."""
    pinned = get_meta(db, CITY_KEY_META)

    def check(envelope: Envelope) -> None:
        if pinned is not None:
            if envelope.key_id != pinned:
                raise SignedEditionError(
                    "政策版本文件不是本区县登记的市级密钥签发的，可能不是市工信局下发的文件，未导入。"
                    "请电话向市工信局核实。")
            return
        if fingerprint is None or not fingerprint.strip():
            raise CityKeyNeedsConfirmation(envelope.signer_name)
        if normalise_code(fingerprint) != normalise_code(envelope.key_id):
            raise SignedEditionError("输入的指纹与文件的签发密钥不一致，未导入。"
                                     "请再次核对来函；仍不一致时请电话向市工信局核实。")

    return check


def _version_key(version: str) -> tuple[int, tuple[int, ...], str]:
    """Numbered versions ("2", "2.1") compare as numbers; any other text compares as text, below every number
    (one key type for both, so a numbered and an unnumbered version can be compared at all)."""
    try:
        return 1, tuple(int(part) for part in version.split(".")), ""
    except ValueError:
        return 0, (), version


def load_policy_file(db: sqlite_utils.Database, path: Path, signer: LogSigner, *, fingerprint: str | None = None,
                     now: str | None = None) -> PolicyEdition:
    """Verify, pin (first time) and keep a signed edition; return it. An older version of an edition already
    loaded is refused; the same file again is :class:`PolicyAlreadyLoaded`."""
    path = Path(path)
    data, signed = read_policy_file(path, city_key_check(db, fingerprint))
    edition = signed.edition
    stored = db.execute("SELECT edition_version FROM policy_files WHERE sha256 = ?", [signed.sha256]).fetchone()
    if stored:
        raise PolicyAlreadyLoaded(
            f"这个政策版本文件（{edition.label} 第{edition.edition_version}版）已经导入过，无需重复导入。")
    newer = [version for (version,) in db.execute("SELECT edition_version FROM policy_files WHERE edition_id = ?",
                                                    [edition.id])
             if _version_key(version) >= _version_key(edition.edition_version)]
    if newer:
        raise SignedEditionError(
            f"本区县已导入“{edition.short_title}”第{max(newer, key=_version_key)}版，"
            f"这个文件是第{edition.edition_version}版（不比已导入的新），未导入。请确认手上的是市工信局最新下发的文件。")
    now = now or datetime.now(timezone.utc).isoformat(timespec="seconds")
    with transaction(db):
        apply_policy_file(db, data, signed, path.name, now)
        append_log(db, signer, at=now, action="policy", verdict="policy_loaded", source_name=path.name,
                   file_sha256=signed.sha256,
                   detail=f"政策版本 {edition.id} 第{edition.edition_version}版（{edition.years_label}），"
                          f"签发密钥 {signed.key_id}",
                   data={"key_id": signed.key_id, "edition": edition.id, "digest": edition.digest})
    remember_log(db)
    loaded_editions.cache_clear()
    return edition


def apply_policy_file(db: sqlite_utils.Database, data: bytes, signed: SignedEdition, name: str, now: str) -> None:
    """The rows a load writes (the caller holds the transaction; the audit replays it)."""
    edition = signed.edition
    if get_meta(db, CITY_KEY_META) is None:
        set_meta(db, CITY_KEY_META, signed.key_id)
        set_meta(db, CITY_PUBLIC_META, b64(signed.public_raw))
    db.execute("INSERT OR IGNORE INTO policy_files (sha256, name, edition_id, edition_version, first_year, "
               "last_year, key_id, data, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [signed.sha256, name, edition.id, edition.edition_version, edition.first_year, edition.last_year,
                signed.key_id, data, now])


def _loaded(db: sqlite_utils.Database) -> tuple[tuple[PolicyEdition, ...], tuple[str, ...]]:
    """Every usable loaded edition — of each edition id its highest version, the most recently loaded id first
    (it wins for the years it covers) — and what was wrong with any stored file that is not usable. Each file is
    verified again as it is read; an edited one is left out (its years fall back to the shipped edition) and
    named, never used and never a reason to refuse the whole database."""
    try:
        rows = db.execute("SELECT sha256, name, data FROM policy_files ORDER BY loaded_at DESC, rowid DESC").fetchall()
    except sqlite3.Error:  # a database of an earlier schema (read-only preview): nothing loaded
        return (), ()
    pinned = get_meta(db, CITY_KEY_META)
    best: dict[str, PolicyEdition] = {}
    problems = []
    for sha, name, data in rows:
        shown = visible(str(name), 60)
        if not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != sha:
            problems.append(f"数据库中保存的市级政策版本文件 {shown} 被改动过，已不再使用（这些年度暂按本软件附带的版本"
                            "统计）。请运行“核查数据库”，并从市工信局的原文件重新导入。")
            continue
        try:
            signed = read_signed_edition(bytes(data), shown)
        except (SignedEditionError, EditionError) as exc:
            problems.append(f"数据库中保存的市级政策版本文件 {shown} 无法使用（{exc}）。请运行“核查数据库”。")
            continue
        if signed.key_id != pinned:
            problems.append(f"数据库中保存的市级政策版本文件 {shown} 不是登记的市级密钥签发的，已不再使用。"
                            "请运行“核查数据库”。")
            continue
        edition = signed.edition
        known = best.get(edition.id)
        if known is None or _version_key(edition.edition_version) > _version_key(known.edition_version):
            best[edition.id] = edition
    return tuple(best.values()), tuple(problems)


class _Cache:
    """Parsing and verifying the kept files once per database state (a refresh reads them several times).
    Shared by the audit's thread and the dashboard's: one lock."""

    def __init__(self) -> None:
        self.key: tuple[str, int, int, str] | None = None
        self.value: tuple[tuple[PolicyEdition, ...], tuple[str, ...]] = ((), ())
        self.lock = threading.Lock()

    def _current(self, db: sqlite_utils.Database) -> tuple[tuple[PolicyEdition, ...], tuple[str, ...]]:
        from .db import db_path

        try:
            count, last, shas = db.execute("SELECT count(*), coalesce(max(rowid), 0), coalesce(group_concat(sha256 "
                                           "|| length(data)), '') FROM policy_files").fetchone()
        except sqlite3.Error:
            return (), ()
        key = (db_path(db), count, last, str(shas))
        with self.lock:
            if key != self.key:
                self.value, self.key = _loaded(db), key
            return self.value

    def __call__(self, db: sqlite_utils.Database) -> tuple[PolicyEdition, ...]:
        return self._current(db)[0]

    def problems(self, db: sqlite_utils.Database) -> tuple[str, ...]:
        return self._current(db)[1]

    def cache_clear(self) -> None:
        with self.lock:
            self.key = None


loaded_editions = _Cache()

__all__ = ["SUFFIX", "CityKeyNeedsConfirmation", "PolicyAlreadyLoaded", "load_policy_file", "loaded_editions",
           "read_policy_file"]
