"""Policy editions the city signed and this district loaded (``policy/signed.py``), kept in the database.

The first edition a district loads pins the city's key: the operator confirms the fingerprint printed in
the city's letter (like an enterprise's key on its stamped report). Every later edition must carry the
same key. The file is kept byte for byte and the load is a signed log entry (action ``policy``), so the
audit replays it in order: imports after it were scored against it, imports before it were not.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from ..errors import UserError
from ..package.format import normalise_code
from ..package.keys import b64
from ..policy.edition import PolicyEdition
from ..policy.signed import SUFFIX, SignedEdition, SignedEditionError, read_signed_edition
from .anchor import remember as remember_log
from .db import LogSigner, append_log, get_meta, set_meta, transaction

CITY_KEY_META = "city_key_id"
CITY_PUBLIC_META = "city_public_key"


class CityKeyNeedsConfirmation(UserError, ValueError):
    """The first edition: the caller asks the operator to compare the fingerprint and calls again with it."""

    def __init__(self, signed: SignedEdition):
        self.signed = signed
        super().__init__(
            f"这是本区县导入的第一个市级政策版本文件，签发者“{signed.signer_name}”，密钥指纹 {signed.key_id}。"
            "请与市工信局来函中的指纹逐字核对，一致时再确认导入；以后只接受同一密钥签发的版本文件。")


def read_policy_file(path: Path) -> tuple[bytes, SignedEdition]:
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(2 * 1024 * 1024)
    except FileNotFoundError as exc:
        raise SignedEditionError(f"找不到政策版本文件 {path}") from exc
    except OSError as exc:
        raise SignedEditionError(f"无法读取政策版本文件 {path}（{exc.strerror}）") from exc
    return data, read_signed_edition(data, path.name)


def check_city_key(db: sqlite_utils.Database, signed: SignedEdition, fingerprint: str | None) -> None:
    """Refuse a key other than the pinned one; without a pinned key, only with the confirmed fingerprint."""
    pinned = get_meta(db, CITY_KEY_META)
    if pinned is not None:
        if signed.key_id != pinned:
            raise SignedEditionError(
                f"政策版本文件由另一个密钥签发（{signed.key_id}），本区县登记的市级密钥是 {pinned}。"
                "文件可能不是市工信局下发的，请电话向市工信局核实，不要导入。")
        return
    if fingerprint is None:
        raise CityKeyNeedsConfirmation(signed)
    if normalise_code(fingerprint) != normalise_code(signed.key_id):
        raise SignedEditionError(f"输入的指纹与文件的签发密钥 {signed.key_id} 不一致，未导入。请再次核对来函。")


def load_policy_file(db: sqlite_utils.Database, path: Path, signer: LogSigner, *, fingerprint: str | None = None,
                     now: str | None = None) -> PolicyEdition:
    """Verify, pin (first time) and keep a signed edition; return it. Loading the same file again changes nothing."""
    path = Path(path)
    data, signed = read_policy_file(path)
    check_city_key(db, signed, fingerprint)
    if db.execute("SELECT 1 FROM policy_files WHERE sha256 = ?", [signed.sha256]).fetchone():
        return signed.edition
    now = now or datetime.now(timezone.utc).isoformat(timespec="seconds")
    edition = signed.edition
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


def _loaded(db: sqlite_utils.Database) -> tuple[PolicyEdition, ...]:
    """Every loaded edition, the most recently loaded first (it wins for the years it covers). Each file is
    verified again as it is read: an edited row is refused, not used."""
    try:
        rows = db.execute("SELECT sha256, name, data FROM policy_files ORDER BY loaded_at DESC, rowid DESC").fetchall()
    except Exception:  # a database of an earlier schema (read-only preview): nothing loaded
        return ()
    pinned = get_meta(db, CITY_KEY_META)
    editions = []
    for sha, name, data in rows:
        if hashlib.sha256(bytes(data)).hexdigest() != sha:
            raise SignedEditionError(f"数据库中的政策版本文件 {name} 被改动过，请运行“核查数据库”。")
        signed = read_signed_edition(bytes(data), name)
        if signed.key_id != pinned:
            raise SignedEditionError(f"数据库中的政策版本文件 {name} 不是登记的市级密钥签发的，请运行“核查数据库”。")
        editions.append(signed.edition)
    return tuple(editions)


class _Cache:
    """Parsing and verifying the kept files once per database state (a refresh reads them several times)."""

    def __init__(self) -> None:
        self.key: tuple[str, int, int] | None = None
        self.value: tuple[PolicyEdition, ...] = ()

    def __call__(self, db: sqlite_utils.Database) -> tuple[PolicyEdition, ...]:
        from .db import db_path

        try:
            count, changes = db.execute("SELECT count(*), coalesce(max(rowid), 0) FROM policy_files").fetchone()
        except Exception:
            return ()
        key = (db_path(db), count, changes)
        if key != self.key:
            self.value, self.key = _loaded(db), key
        return self.value

    def cache_clear(self) -> None:
        self.key = None


loaded_editions = _Cache()

__all__ = ["SUFFIX", "CityKeyNeedsConfirmation", "load_policy_file", "loaded_editions", "read_policy_file"]
