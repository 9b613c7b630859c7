"""The city's own SQLite file (市级汇总库, ``.zgszcity``): the pinned district keys and every district summary
imported, kept byte for byte; the one module that writes SQL in the city workspace.

Opened, written and migrated the one way (``sqlite_db``): WAL with ``synchronous=FULL``, each change in one
``BEGIN IMMEDIATE`` transaction, a file that is not ours refused before anything in it changes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..jsontypes import JSONValue
from ..messages import say
from ..sqlite_db import Store, connect, migrate
from ..sqlite_db import transaction as sqlite_transaction

APPLICATION_ID = 0x5A47435A  # "ZGCZ": a city database
SCHEMA_VERSION = 2
SUFFIX = ".zgszcity"


class CityDbError(UserError, RuntimeError):
    """The city database cannot be used; the message says why in Chinese."""


def _store() -> Store:
    return Store(subject="city", application_id=APPLICATION_ID, busy_timeout_ms=30_000, error=CityDbError,
                 not_ours=lambda path: say("{path} 不是市级汇总库（可能是区县数据库、企业工作区或其他程序的文件）",
                                           path=str(path)))


_SCHEMA_1 = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    # one signing key per district, pinned from the recipient file (.zgszkey) the district handed over
    """CREATE TABLE district_keys (
        district TEXT PRIMARY KEY, signing_key_id TEXT NOT NULL, public_key BLOB NOT NULL,
        recipient_key_id TEXT NOT NULL, pinned_at TEXT NOT NULL, source_name TEXT NOT NULL DEFAULT '',
        replaced_key_id TEXT NOT NULL DEFAULT '')""",
    # every summary imported; ``current`` marks the newest of (district, period), older ones stay as history
    """CREATE TABLE summaries (
        sha256 TEXT PRIMARY KEY, district TEXT NOT NULL, period TEXT NOT NULL, year INTEGER NOT NULL,
        issued_at TEXT NOT NULL, signer_key_id TEXT NOT NULL, app_version TEXT NOT NULL,
        audit_ok INTEGER NOT NULL, audit_forced INTEGER NOT NULL, audit_message TEXT NOT NULL,
        content TEXT NOT NULL, data BLOB NOT NULL, source_name TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL, current INTEGER NOT NULL)""",
    "CREATE INDEX summaries_current ON summaries (period, current, district)",
    """CREATE TABLE summary_quota_rows (
        sha256 TEXT NOT NULL REFERENCES summaries(sha256), position INTEGER NOT NULL,
        table_name TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, actual INTEGER, quota INTEGER,
        span TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (sha256, key))""",
    """CREATE TABLE summary_submissions (
        sha256 TEXT NOT NULL REFERENCES summaries(sha256), uscc TEXT NOT NULL, name TEXT NOT NULL,
        industry_code TEXT NOT NULL, industry_name TEXT NOT NULL, scale TEXT NOT NULL,
        key_enterprise INTEGER NOT NULL, period TEXT, has_core INTEGER NOT NULL, has_miit INTEGER NOT NULL,
        package_id TEXT NOT NULL, package_sha256 TEXT NOT NULL, sequence INTEGER NOT NULL, imported_at TEXT NOT NULL,
        cnc_rate REAL, mgmt_rate REAL, rnd_rate REAL, cnc_met INTEGER, mgmt_met INTEGER, rnd_met INTEGER,
        miit_level TEXT, cloud_awarded INTEGER, cloud_estimate INTEGER, latest_star INTEGER,
        quota_counts TEXT NOT NULL, PRIMARY KEY (sha256, uscc))""",
    "CREATE INDEX summary_submissions_claims ON summary_submissions (uscc, period)",
)
# the district's 受理状态 of each listed submission (pending / accepted / returned / corrected; NULL: nothing this year)
_SCHEMA_2 = ("ALTER TABLE summary_submissions ADD COLUMN acceptance TEXT",)

SUBMISSION_COLUMNS = ("uscc", "name", "industry_code", "industry_name", "scale", "key_enterprise", "period",
                      "has_core", "has_miit", "package_id", "package_sha256", "sequence", "imported_at",
                      "cnc_rate", "mgmt_rate", "rnd_rate", "cnc_met", "mgmt_met", "rnd_met", "miit_level",
                      "cloud_awarded", "cloud_estimate", "latest_star", "quota_counts", "acceptance")


@dataclass
class CityDb:
    path: Path
    conn: sqlite3.Connection
    read_only_reason: str | None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with sqlite_transaction(self.conn, self.path, _store(), read_only_reason=self.read_only_reason):
            yield

    def close(self) -> None:
        self.conn.close()


def open_city_db(path: Path, *, create: bool = True) -> CityDb:
    path = Path(path)
    if not create and not path.is_file():
        raise CityDbError(say("找不到市级汇总库 {path}（请先登记区县密钥以创建它）", path=str(path)))
    if path.is_dir():
        raise CityDbError(say("{path} 是文件夹，请给出市级汇总库的文件名，如 nantong{suffix}", path=str(path),
                              suffix=SUFFIX))

    def prepare(conn: sqlite3.Connection, has_tables: bool) -> None:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise CityDbError(say("市级汇总库 {path} 由更新版本的软件创建（第 {version} 版），请升级本软件",
                                  path=str(path), version=version))

    conn, reason = connect(path, _store(), prepare=prepare)

    def step_1() -> None:
        for statement in _SCHEMA_1:
            conn.execute(statement)

    def step_2() -> None:
        for statement in _SCHEMA_2:
            conn.execute(statement)

    try:
        migrate(conn, path, _store(), SCHEMA_VERSION, {1: step_1, 2: step_2}, read_only_reason=reason,
                all_at_once=True)
    except BaseException:
        conn.close()
        raise
    return CityDb(path, conn, reason)


# --------------------------------------------------------------------------- keys


@dataclass(frozen=True)
class PinnedKey:
    district: str
    signing_key_id: str
    public_key: bytes
    recipient_key_id: str
    pinned_at: str
    source_name: str


def pinned_keys(db: CityDb) -> dict[str, PinnedKey]:
    rows = db.conn.execute("SELECT district, signing_key_id, public_key, recipient_key_id, pinned_at, source_name "
                           "FROM district_keys ORDER BY district").fetchall()
    return {row[0]: PinnedKey(row[0], row[1], bytes(row[2]), row[3], row[4], row[5]) for row in rows}


def put_key(db: CityDb, key: PinnedKey, replaced_key_id: str = "") -> None:
    """Inside ``db.transaction()``."""
    db.conn.execute("INSERT OR REPLACE INTO district_keys VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (key.district, key.signing_key_id, key.public_key, key.recipient_key_id, key.pinned_at,
                     key.source_name, replaced_key_id))


# --------------------------------------------------------------------------- summaries


@dataclass(frozen=True)
class StoredSummary:
    sha256: str
    district: str
    period: str
    issued_at: str
    imported_at: str
    current: bool
    audit_ok: bool
    audit_forced: bool
    source_name: str


def summary_known(db: CityDb, sha256: str) -> StoredSummary | None:
    found = [s for s in _summaries(db, "sha256 = ?", [sha256])]
    return found[0] if found else None


def current_summary(db: CityDb, district: str, period: str) -> StoredSummary | None:
    found = _summaries(db, "district = ? AND period = ? AND current = 1", [district, period])
    return found[0] if found else None


def summaries(db: CityDb, period: str | None = None, *, current_only: bool = True) -> list[StoredSummary]:
    where, params = ["1 = 1"], []
    if period is not None:
        where.append("period = ?")
        params.append(period)
    if current_only:
        where.append("current = 1")
    return _summaries(db, " AND ".join(where), params)


def _summaries(db: CityDb, where: str, params: Sequence[Any]) -> list[StoredSummary]:
    rows = db.conn.execute(
        "SELECT sha256, district, period, issued_at, imported_at, current, audit_ok, audit_forced, source_name "
        f"FROM summaries WHERE {where} ORDER BY period, district, issued_at", list(params)).fetchall()
    return [StoredSummary(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]), bool(r[7]), r[8]) for r in rows]


def periods(db: CityDb) -> list[str]:
    return [row[0] for row in db.conn.execute("SELECT DISTINCT period FROM summaries ORDER BY year DESC, period")]


def summary_content(db: CityDb, sha256: str) -> dict[str, JSONValue]:
    row = db.conn.execute("SELECT content FROM summaries WHERE sha256 = ?", [sha256]).fetchone()
    content: dict[str, JSONValue] = json.loads(row[0])
    return content


def add_summary(db: CityDb, *, sha256: str, content: Mapping[str, JSONValue], signer_key_id: str, data: bytes,
                source_name: str, imported_at: str, current: bool) -> None:
    """Inside ``db.transaction()``: the summary, its quota rows and its list; when ``current``, the district's
    earlier summary of the period stops being current (kept as history)."""
    audit = content["audit"]
    assert isinstance(audit, Mapping)
    if current:
        db.conn.execute("UPDATE summaries SET current = 0 WHERE district = ? AND period = ?",
                        [content["district"], content["period"]])
    db.conn.execute(
        "INSERT INTO summaries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sha256, content["district"], content["period"], content["year"], content["issued_at"], signer_key_id,
         content["app_version"], int(bool(audit["ok"])), int(bool(audit["forced"])), str(audit["message"]),
         json.dumps({k: v for k, v in content.items() if k != "submissions"}, ensure_ascii=False), data,
         source_name, imported_at, int(current)))
    rows = content["quota_rows"]
    assert isinstance(rows, list)
    db.conn.executemany(
        "INSERT INTO summary_quota_rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(sha256, i, r["table"], r["key"], r["label"], r["actual"], r["quota"], r["period"], r["note"])
         for i, r in enumerate(rows)])
    entries = content["submissions"]
    assert isinstance(entries, list)
    db.conn.executemany(
        f"INSERT INTO summary_submissions (sha256, {', '.join(SUBMISSION_COLUMNS)}) "
        f"VALUES (?, {', '.join('?' * len(SUBMISSION_COLUMNS))})",
        [(sha256, *(_cell(e, c) for c in SUBMISSION_COLUMNS)) for e in entries])


def _cell(entry: Mapping[str, JSONValue], column: str) -> JSONValue:
    value = entry[column]
    if column == "quota_counts":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return int(value)
    return value


def quota_rows(db: CityDb, sha256: str) -> list[dict[str, Any]]:
    cursor = db.conn.execute("SELECT table_name, key, label, actual, quota, span, note FROM summary_quota_rows "
                             "WHERE sha256 = ? ORDER BY position", [sha256])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def submission_rows(db: CityDb, sha256: str) -> list[dict[str, Any]]:
    cursor = db.conn.execute(f"SELECT {', '.join(SUBMISSION_COLUMNS)} FROM summary_submissions WHERE sha256 = ? "
                             "ORDER BY uscc", [sha256])
    rows = []
    for row in cursor.fetchall():
        item = dict(zip(SUBMISSION_COLUMNS, row, strict=True))
        item["quota_counts"] = json.loads(item["quota_counts"])
        rows.append(item)
    return rows


def claims(db: CityDb, period: str, usccs: Sequence[str], district: str) -> list[tuple[str, str]]:
    """(uscc, other district) for each enterprise of ``usccs`` that another district's current summary of
    ``period`` also reports for the period."""
    found: list[tuple[str, str]] = []
    for start in range(0, len(usccs), 500):
        chunk = list(usccs[start:start + 500])
        found += db.conn.execute(
            "SELECT s.uscc, m.district FROM summary_submissions s JOIN summaries m ON m.sha256 = s.sha256 "
            f"WHERE m.current = 1 AND m.period = ? AND m.district != ? AND s.period IS NOT NULL "
            f"AND s.uscc IN ({', '.join('?' * len(chunk))}) ORDER BY s.uscc", [period, district, *chunk]).fetchall()
    return [(str(u), str(d)) for u, d in found]
