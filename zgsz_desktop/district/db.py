"""The district database: schema, version, migrations and every SQL statement that writes to it.

One SQLite file per district workstation (WAL, ``synchronous=FULL``): enterprises by 统一社会信用代码
with their pinned signing key, every accepted submission (current and superseded, with the decrypted
answers, our own re-scoring and the original signed package as evidence), keys held for approval,
the optional roster, and the hash-chained, append-only import log.

Writes run inside :func:`transaction` (``BEGIN IMMEDIATE`` … ``COMMIT``): a killed import leaves either
a whole package stored with its log entry, or nothing of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import sqlite_utils

from ..errors import UserError
from ..sqlite_db import Store, connect
from ..sqlite_db import migrate as migrate_schema
from ..sqlite_db import transaction as sqlite_transaction

SCHEMA_VERSION = 9
APPLICATION_ID = 0x5A47445A  # "ZGDZ": a district database (the enterprise workspace is "ZGSZ")
GENESIS = "0" * 64  # prev_hash of the first log entry


class DistrictDbError(UserError, RuntimeError):
    """The district database cannot be used; the message says why in Chinese."""


def _explain(exc: BaseException, path: Path) -> str:
    from ..sqlite_problems import describe

    return describe(exc, path, "district")


def _store() -> Store:
    return Store(subject="district", application_id=APPLICATION_ID, busy_timeout_ms=30_000, error=DistrictDbError,
                 not_ours=lambda path: f"{path} 不是区县数据库（可能是企业工作区或其他程序的文件）")


PAGE_SIZE = 65536
CACHE_KIB = 16384  # SQLite's default, 2 MB, would hold only 31 of those pages


def open_db(path: Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open (creating and migrating if needed) a district database; a foreign file is refused untouched."""
    path = Path(path)
    if not create and not path.is_file():
        raise DistrictDbError(f"找不到区县数据库 {path}（请先导入报告包以创建它）")
    if path.exists() and path.is_dir():
        raise DistrictDbError(f"{path} 是文件夹，请给出数据库文件名，如 haian.zgszdb")
    version = 0

    def prepare(conn: sqlite3.Connection, has_tables: bool) -> None:
        nonlocal version
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        _check_version_fits(conn, path, version, has_tables)
        if version > SCHEMA_VERSION:
            raise DistrictDbError(f"区县数据库 {path} 由更新版本的软件创建（第 {version} 版），请升级本软件")
        if path.exists() and not os.access(path, os.W_OK):
            raise DistrictDbError(f"区县数据库 {path} 是只读文件（或没有写权限），请复制到可写的位置再打开")
        if not has_tables:
            # A new file gets large pages: a package is a ~340 KB blob, and at SQLite's 4 KB pages writing it
            # was over half of an import's database time (an existing file keeps the page size it has).
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    conn, read_only_reason = connect(path, _store(), prepare=prepare)
    db = sqlite_utils.Database(conn)
    # on a full disk the file opens for reading only: every write is refused with this sentence (sqlite_db.connect)
    db.zgsz_read_only_reason = read_only_reason  # type: ignore[attr-defined]  # sqlite-utils has no slot for it
    try:
        if read_only_reason is None and 0 < version < SCHEMA_VERSION:
            _copy_before_migration(conn, path, version)
        migrate(db)
    except sqlite3.Error as exc:
        conn.close()
        raise DistrictDbError(_explain(exc, path)) from exc
    except DistrictDbError:
        conn.close()
        raise
    return db


# a table (or index) each schema version added: a file that has it cannot be of an earlier version
_ADDED_IN = {3: "roster_files", 4: "policy_files", 5: "submissions_latest", 6: "submission_counts",
             7: "submission_evidence", 8: "reviews", 9: "benchmark_releases"}


def _check_version_fits(conn: sqlite3.Connection, path: Path, version: int, has_tables: bool) -> None:
    """A version number edited behind our back would make us 'migrate' a current database again."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    later = [v for v, table in _ADDED_IN.items() if v > version and table in tables]
    if (has_tables and version == 0 and "import_log" in tables) or later:
        raise DistrictDbError(f"区县数据库 {path} 的版本号被改动过（记录为第 {version} 版，内容却是更新的版本），"
                              "本软件不会去“升级”它。请从备份恢复，或运行“核查数据库”前先请技术人员查看")


def _copy_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """An upgrade can always be undone: the old file is copied beside it first (SQLite online backup)."""
    from datetime import datetime

    target = path.with_name(f"{path.name}.before-v{version}-{datetime.now():%Y%m%d-%H%M%S}.bak")
    destination = sqlite3.connect(str(target))
    try:
        conn.backup(destination)
    finally:
        destination.close()


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One atomic, durable write (``sqlite_db.transaction``: failures said as what happened)."""
    with sqlite_transaction(db.conn, Path(db_path(db)), _store(), read_only_reason=read_only_reason(db)):
        yield


def read_only_reason(db: sqlite_utils.Database) -> str | None:
    """Why writes are refused (a full disk: the file could only be opened for reading), or None."""
    reason = getattr(db, "zgsz_read_only_reason", None)
    return reason if isinstance(reason, str) else None


def db_path(db: sqlite_utils.Database) -> str:
    row = db.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else ""


def explain(exc: sqlite3.Error, db: sqlite_utils.Database) -> str:
    # a database opened for reading because its disk is full refuses writes as "read-only": say the reason
    return read_only_reason(db) or _explain(exc, Path(db_path(db)))


def _v1(db: sqlite_utils.Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE enterprises (
            uscc TEXT PRIMARY KEY, name TEXT NOT NULL, district TEXT NOT NULL,
            industry_code TEXT NOT NULL DEFAULT '', industry_name TEXT NOT NULL DEFAULT '',
            scale TEXT NOT NULL DEFAULT '', key_enterprise INTEGER NOT NULL DEFAULT 0,
            contact TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
            key_id TEXT NOT NULL, public_key BLOB NOT NULL, key_pinned_at TEXT NOT NULL,
            -- +1 at each approved key change: a reinstalled app restarts its sequence numbers at 1, so
            -- versions are ordered by (key_epoch, sequence)
            key_epoch INTEGER NOT NULL DEFAULT 1,
            first_seen TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        # One row per accepted package. ``current`` marks the newest sequence of (enterprise, period,
        # questionnaire); older ones stay as history. Typed columns feed the dashboard without JSON parsing.
        """CREATE TABLE submissions (
            package_id TEXT PRIMARY KEY,
            uscc TEXT NOT NULL REFERENCES enterprises(uscc),
            enterprise_name TEXT NOT NULL,
            period TEXT NOT NULL, period_year INTEGER NOT NULL, period_order INTEGER NOT NULL,
            questionnaire_id TEXT NOT NULL, questionnaire_version TEXT NOT NULL, questionnaire_hash TEXT NOT NULL,
            key_epoch INTEGER NOT NULL, sequence INTEGER NOT NULL, supersedes TEXT,
            created_at TEXT NOT NULL, imported_at TEXT NOT NULL,
            signer_key_id TEXT NOT NULL, verification_code TEXT NOT NULL,
            package_sha256 TEXT NOT NULL, source_name TEXT NOT NULL DEFAULT '',
            current INTEGER NOT NULL,
            key_enterprise INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0,
            cnc_rate REAL, mgmt_rate REAL, rnd_rate REAL, cnc_met INTEGER, mgmt_met INTEGER, rnd_met INTEGER,
            cloud_estimate INTEGER, cloud_awarded INTEGER, miit_level TEXT, miit_points REAL,
            facts TEXT NOT NULL,
            UNIQUE (uscc, period, questionnaire_id, key_epoch, sequence))""",
        "CREATE INDEX submissions_by_sha ON submissions (package_sha256)",
        # The decrypted answers and our re-scoring, apart from the rows the dashboard scans: tens of KB
        # each, they would spread the submissions over ten times as many pages.
        """CREATE TABLE submission_content (
            package_id TEXT PRIMARY KEY REFERENCES submissions(package_id),
            answers TEXT NOT NULL, scores TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX submissions_one_current ON submissions (uscc, period, questionnaire_id) WHERE current = 1",
        "CREATE INDEX submissions_by_year ON submissions (questionnaire_id, current, period_year, uscc, period_order)",
        "CREATE INDEX submissions_by_uscc ON submissions (uscc, questionnaire_id, period_order)",
        # The signed package exactly as received: evidence that can be verified again at any time.
        """CREATE TABLE packages (
            sha256 TEXT PRIMARY KEY, data BLOB NOT NULL)""",
        """CREATE TABLE held_keys (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uscc TEXT NOT NULL, enterprise_name TEXT NOT NULL, key_id TEXT NOT NULL, public_key BLOB NOT NULL,
            pinned_key_id TEXT NOT NULL, package_id TEXT NOT NULL, package_sha256 TEXT NOT NULL UNIQUE,
            verification_code TEXT NOT NULL, period TEXT NOT NULL, questionnaire_id TEXT NOT NULL,
            received_at TEXT NOT NULL, source_name TEXT NOT NULL DEFAULT '',
            checked TEXT NOT NULL,  -- the verified content (answers, re-scoring, facts) for approval
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
            decided_at TEXT, note TEXT NOT NULL DEFAULT '')""",
        """CREATE TABLE roster (
            uscc TEXT PRIMARY KEY, name TEXT NOT NULL, key_enterprise INTEGER NOT NULL DEFAULT 0,
            scale TEXT NOT NULL DEFAULT '', industry TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '', source TEXT NOT NULL, imported_at TEXT NOT NULL)""",
        # Append-only and hash-chained: entry_hash = SHA-256(prev_hash | canonical JSON of the entry).
        """CREATE TABLE import_log (
            seq INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, verdict TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '', source_name TEXT NOT NULL DEFAULT '',
            file_sha256 TEXT NOT NULL DEFAULT '', package_id TEXT NOT NULL DEFAULT '',
            uscc TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL, entry_hash TEXT NOT NULL UNIQUE)""",
        """CREATE TRIGGER import_log_no_update BEFORE UPDATE ON import_log
           BEGIN SELECT RAISE(ABORT, 'import_log is append-only'); END""",
        """CREATE TRIGGER import_log_no_delete BEFORE DELETE ON import_log
           BEGIN SELECT RAISE(ABORT, 'import_log is append-only'); END""",
    ):
        db.execute(statement)


_SUBMISSION_COLUMNS = (
    "package_id, questionnaire_id, uscc, enterprise_name, period, period_year, period_order, questionnaire_version, "
    "questionnaire_hash, key_epoch, sequence, supersedes, created_at, imported_at, signer_key_id, verification_code, "
    "package_sha256, source_name, current, key_enterprise, complete, cnc_rate, mgmt_rate, rnd_rate, cnc_met, "
    "mgmt_met, rnd_met, cloud_estimate, cloud_awarded, miit_level, miit_points, facts")


def _v2(db: sqlite_utils.Database) -> None:
    """A package may carry a whole submission (format 2: every questionnaire of one enterprise and period),
    so a stored row is one questionnaire *of* a package: (package_id, questionnaire_id). The enterprise's
    submission for a period is its current row of each questionnaire; a release 0.1 pair (two format-1
    packages) makes one submission, a lone one a partial submission. Existing rows are kept as they are."""
    for statement in (
        """CREATE TABLE submissions_v2 (
            package_id TEXT NOT NULL, questionnaire_id TEXT NOT NULL,
            uscc TEXT NOT NULL REFERENCES enterprises(uscc),
            enterprise_name TEXT NOT NULL,
            period TEXT NOT NULL, period_year INTEGER NOT NULL, period_order INTEGER NOT NULL,
            questionnaire_version TEXT NOT NULL, questionnaire_hash TEXT NOT NULL,
            format_version INTEGER NOT NULL DEFAULT 1,
            key_epoch INTEGER NOT NULL, sequence INTEGER NOT NULL, supersedes TEXT,
            created_at TEXT NOT NULL, imported_at TEXT NOT NULL,
            signer_key_id TEXT NOT NULL, verification_code TEXT NOT NULL,
            package_sha256 TEXT NOT NULL, source_name TEXT NOT NULL DEFAULT '',
            current INTEGER NOT NULL,
            key_enterprise INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0,
            cnc_rate REAL, mgmt_rate REAL, rnd_rate REAL, cnc_met INTEGER, mgmt_met INTEGER, rnd_met INTEGER,
            cloud_estimate INTEGER, cloud_awarded INTEGER, miit_level TEXT, miit_points REAL,
            facts TEXT NOT NULL,
            PRIMARY KEY (package_id, questionnaire_id),
            UNIQUE (uscc, period, questionnaire_id, key_epoch, sequence))""",
        f"INSERT INTO submissions_v2 ({_SUBMISSION_COLUMNS}) SELECT {_SUBMISSION_COLUMNS} FROM submissions",
        """CREATE TABLE submission_content_v2 (
            package_id TEXT NOT NULL, questionnaire_id TEXT NOT NULL,
            answers TEXT NOT NULL, scores TEXT NOT NULL,
            PRIMARY KEY (package_id, questionnaire_id),
            FOREIGN KEY (package_id, questionnaire_id) REFERENCES submissions_v2(package_id, questionnaire_id))""",
        """INSERT INTO submission_content_v2 (package_id, questionnaire_id, answers, scores)
           SELECT c.package_id, s.questionnaire_id, c.answers, c.scores
           FROM submission_content c JOIN submissions s ON s.package_id = c.package_id""",
        "DROP TABLE submission_content",
        "DROP TABLE submissions",
        "ALTER TABLE submissions_v2 RENAME TO submissions",
        "ALTER TABLE submission_content_v2 RENAME TO submission_content",
        "CREATE INDEX submissions_by_sha ON submissions (package_sha256)",
        "CREATE UNIQUE INDEX submissions_one_current ON submissions (uscc, period, questionnaire_id) WHERE current = 1",
        "CREATE INDEX submissions_by_year ON submissions (questionnaire_id, current, period_year, uscc, period_order)",
        "CREATE INDEX submissions_by_uscc ON submissions (uscc, questionnaire_id, period_order)",
    ):
        db.execute(statement)


def _v3(db: sqlite_utils.Database) -> None:
    """The log becomes the signed record every figure is re-derived from (see ``audit.py``):

    * ``data``: what a decision needs to be replayed (the key approved and the note, the roster file…),
      canonical JSON, part of the entry's hash when present (entries written before stay as they were);
    * ``seal``: the district's signature over the entry's hash (which chains every entry before it), made
      in the same transaction as the write; someone with the file but not the passphrase cannot rebuild
      the chain without breaking the signatures;
    * ``roster_files``: every roster file exactly as imported, so the roster is evidence too."""
    for statement in (
        "ALTER TABLE import_log ADD COLUMN data TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE import_log ADD COLUMN seal TEXT NOT NULL DEFAULT ''",
        """CREATE TABLE roster_files (
            sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, data BLOB NOT NULL, imported_at TEXT NOT NULL)""",
    ):
        db.execute(statement)


def _v4(db: sqlite_utils.Database) -> None:
    """Policy editions the city signed and the district loaded (``policy_files.py``): kept byte for byte like
    the roster files, each load a signed log entry, so the audit can replay which edition every import was
    scored against."""
    db.execute("""CREATE TABLE policy_files (
        sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, edition_id TEXT NOT NULL, edition_version TEXT NOT NULL,
        first_year INTEGER NOT NULL, last_year INTEGER NOT NULL, key_id TEXT NOT NULL, data BLOB NOT NULL,
        loaded_at TEXT NOT NULL)""")


# What one refresh of the dashboard reads of each enterprise's current submission for a year (``dashboard.
# year_figures``), in the order of the index that holds all of it: the figures come off the index alone.
YEAR_FIGURE_COLUMNS = ("period", "key_enterprise", "complete", "cnc_rate", "mgmt_rate", "rnd_rate", "cloud_estimate",
                       "cloud_awarded", "miit_level", "miit_points", "imported_at", "package_id")


def _v5(db: sqlite_utils.Database) -> None:
    """Indexes that answer the dashboard's two questions without reading the rows (issue #16):

    * ``submissions_year_figures``: each enterprise's current submission of a questionnaire for a year, with
      every column the figures and the enterprise table show — it starts with the columns of
      ``submissions_by_year``, which it replaces (every query that used that one uses this one);
    * ``submissions_latest``: each enterprise's latest current period of a questionnaire (the quotas count the
      latest 南通核心指标 facts), in enterprise order, so that the latest is found without sorting.

    Indexes only: SQLite keeps them with every write (import, approval, the audit's replay), nothing is stored
    twice that could disagree, and the figures are what they were."""
    for statement in (
        "DROP INDEX submissions_by_year",
        "CREATE INDEX submissions_year_figures ON submissions (questionnaire_id, current, period_year, uscc, "
        f"period_order, {', '.join(YEAR_FIGURE_COLUMNS)})",
        "CREATE INDEX submissions_latest ON submissions (questionnaire_id, current, uscc, period_order)",
    ):
        db.execute(statement)


# The columns ``dashboard.latest_core_counts`` reads of each enterprise's latest 南通核心指标 submission, after the
# ones it is found by: ``submissions_latest`` holds them (schema 6), so the latest package is read off the index.
LATEST_COLUMNS = ("package_id", "created_at", "cloud_awarded")


def _v6(db: sqlite_utils.Database) -> None:
    """What each submission adds to the quota rows, stored beside it (issue #16): a refresh counted the quotas
    and the flags from every enterprise's latest facts, parsing 5,700 JSON texts each time; it now reads these
    rows (``counters.entries``: bucket, year, how many), written by the import from the same facts.

    They are derived from the facts alone and the facts from the signed package, so the audit rebuilds and compares
    them like every other row (``audit.TABLES``); existing rows get theirs here, from their stored facts, in the
    migration's one transaction. ``submissions_latest`` is widened to hold what the refresh reads of the latest
    package (``LATEST_COLUMNS``), so that no table row is read to find it."""
    for statement in (
        """CREATE TABLE submission_counts (
            package_id TEXT NOT NULL, questionnaire_id TEXT NOT NULL,
            bucket TEXT NOT NULL, year INTEGER NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (package_id, questionnaire_id, bucket, year),
            FOREIGN KEY (package_id, questionnaire_id) REFERENCES submissions(package_id, questionnaire_id))
            WITHOUT ROWID""",
        "DROP INDEX submissions_latest",
        "CREATE INDEX submissions_latest ON submissions (questionnaire_id, current, uscc, period_order, "
        f"{', '.join(LATEST_COLUMNS)})",
    ):
        db.execute(statement)
    _backfill_counts(db)


def _v7(db: sqlite_utils.Database) -> None:
    """Evidence files (佐证材料, issue #20) a package of format 3 carries: what the signed manifest says of each
    (question, file name, type, size, SHA-256), so the enterprise detail lists them without opening the package.
    The bytes stay sealed in the package kept in ``packages`` and are opened with the district key on demand
    (an export): the database holds no second, unsigned copy that could differ. Derived from the signed
    package alone, so the audit rebuilds and compares these rows too. Databases from before have none."""
    for statement in (
        """CREATE TABLE submission_evidence (
            package_id TEXT NOT NULL, evidence_id TEXT NOT NULL,
            uscc TEXT NOT NULL, period TEXT NOT NULL,
            questionnaire_id TEXT NOT NULL, question_id TEXT NOT NULL,
            file_name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
            package_sha256 TEXT NOT NULL,
            PRIMARY KEY (package_id, evidence_id)) WITHOUT ROWID""",
        "CREATE INDEX submission_evidence_by_uscc ON submission_evidence (uscc, period)",
    ):
        db.execute(statement)


def _v8(db: sqlite_utils.Database) -> None:
    """Receipts (回执, issue #17): the clerk's decisions on packages and the receipt files written from them.

    ``reviews`` is the clerk's own record, not derived from any package, so the audit does not rebuild it: it is
    append-only (a later decision is a new row; the latest row of a package is its decision) and each row is also
    written, signed, into the import log (action ``review``, the row in ``data``). ``receipts_issued`` records each
    receipt file written (which reviews it answered), append-only too, with its own signed log entry."""
    for statement in (
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            package_id TEXT NOT NULL, uscc TEXT NOT NULL, period TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('accepted', 'returned')),
            reasons TEXT NOT NULL DEFAULT '[]', note TEXT NOT NULL DEFAULT '',
            clerk TEXT NOT NULL, contact TEXT NOT NULL DEFAULT '', decided_at TEXT NOT NULL)""",
        "CREATE INDEX reviews_by_package ON reviews (package_id, id)",
        "CREATE INDEX reviews_by_submission ON reviews (uscc, period, id)",
        """CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
           BEGIN SELECT RAISE(ABORT, 'reviews is append-only'); END""",
        """CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
           BEGIN SELECT RAISE(ABORT, 'reviews is append-only'); END""",
        """CREATE TABLE receipts_issued (
            receipt_id TEXT PRIMARY KEY, uscc TEXT NOT NULL,
            package_ids TEXT NOT NULL, review_ids TEXT NOT NULL,
            file_name TEXT NOT NULL, file_sha256 TEXT NOT NULL, issued_at TEXT NOT NULL)""",
        "CREATE INDEX receipts_issued_by_uscc ON receipts_issued (uscc, issued_at)",
        """CREATE TRIGGER receipts_issued_no_update BEFORE UPDATE ON receipts_issued
           BEGIN SELECT RAISE(ABORT, 'receipts_issued is append-only'); END""",
        """CREATE TRIGGER receipts_issued_no_delete BEFORE DELETE ON receipts_issued
           BEGIN SELECT RAISE(ABORT, 'receipts_issued is append-only'); END""",
    ):
        db.execute(statement)


def _v9(db: sqlite_utils.Database) -> None:
    """Peer benchmarks published (同行对标, issue #17 review): each release of a period — when, which file, its groups
    as published (n and figures) and whom it counted (never published) — so that a later release of the same period
    does not single out the enterprises that came or went in between (``district/benchmark.py``). Append-only, each
    release also a signed log entry (action ``benchmark``)."""
    for statement in (
        """CREATE TABLE benchmark_releases (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            benchmark_id TEXT NOT NULL, period TEXT NOT NULL, issued_at TEXT NOT NULL,
            file_name TEXT NOT NULL, file_sha256 TEXT NOT NULL,
            groups TEXT NOT NULL, counted TEXT NOT NULL)""",
        "CREATE INDEX benchmark_releases_by_period ON benchmark_releases (period, id)",
        """CREATE TRIGGER benchmark_releases_no_update BEFORE UPDATE ON benchmark_releases
           BEGIN SELECT RAISE(ABORT, 'benchmark_releases is append-only'); END""",
        """CREATE TRIGGER benchmark_releases_no_delete BEFORE DELETE ON benchmark_releases
           BEGIN SELECT RAISE(ABORT, 'benchmark_releases is append-only'); END""",
    ):
        db.execute(statement)


def write_evidence(db: sqlite_utils.Database, manifest: Mapping[str, Any], package_sha256: str) -> None:
    """The evidence files a verified package lists (none before format 3), inside the caller's transaction."""
    block = manifest.get("evidence")
    if not isinstance(block, Mapping):
        return
    db.conn.executemany(
        "INSERT INTO submission_evidence (package_id, evidence_id, uscc, period, questionnaire_id, question_id, "
        "file_name, media_type, size, sha256, package_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(manifest["package_id"], item["id"], manifest["enterprise"]["uscc"], manifest["period"],
          item["questionnaire"], item["question"], item["file_name"], item["media_type"], item["size"],
          item["sha256"], package_sha256) for item in block["files"]])


def _backfill_counts(db: sqlite_utils.Database) -> None:
    """``submission_counts`` for every stored submission, from its stored facts (read in batches: a district's
    facts are tens of MB). Facts that cannot be counted (a row edited into something else) get none: the
    dashboard could not count them before either, and the audit names the row."""
    rows = db.conn.execute("SELECT package_id, questionnaire_id, facts FROM submissions")
    while batch := rows.fetchmany(2000):
        for package_id, questionnaire_id, text in batch:
            try:
                facts = json.loads(text)
                write_counts(db, package_id, questionnaire_id, facts if isinstance(facts, dict) else {})
            except (ValueError, TypeError, AttributeError):
                continue


def write_counts(db: sqlite_utils.Database, package_id: str, questionnaire_id: str, facts: Mapping[str, Any]) -> None:
    """Store what one submission's ``facts`` add to each bucket (``counters.entries``), inside the caller's
    transaction: the import, the migration above, the synthetic districts."""
    from .counters import entries

    db.conn.executemany("INSERT INTO submission_counts (package_id, questionnaire_id, bucket, year, n) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [(package_id, questionnaire_id, bucket, year, n) for bucket, year, n in entries(facts)])


_MIGRATIONS = {1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5, 6: _v6, 7: _v7, 8: _v8, 9: _v9}


def migrate(db: sqlite_utils.Database) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION`, one step per transaction (``sqlite_db.migrate``)."""
    if db.conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
        return  # current: no write lock taken (a preview in another window may hold it)
    steps = {version: (lambda step=step: step(db)) for version, step in _MIGRATIONS.items()}
    # all at once: a failed upgrade leaves the older database exactly as it was (and its copy is kept beside it)
    migrate_schema(db.conn, Path(db_path(db)), _store(), SCHEMA_VERSION, steps, read_only_reason=read_only_reason(db),
                   all_at_once=True)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [key, value])


# --------------------------------------------------------------------------- import log


LOG_FIELDS = ("at", "action", "verdict", "reason", "source_name", "file_sha256", "package_id", "uscc", "detail")
SEAL_CONTEXT = "zgsz-district-log/1"


class LogSigner(Protocol):
    """The unlocked district key (``identity.DistrictIdentity``) as the log uses it."""

    @property
    def district(self) -> str: ...  # read-only: the identity is a frozen dataclass

    def sign_log(self, message: bytes) -> str: ...

    def verify_log(self, message: bytes, signature: str) -> bool: ...


def _entry_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    fields = {k: entry.get(k, "") for k in LOG_FIELDS}
    if entry.get("data"):  # entries from before schema 3 have none and keep their hash
        fields["data"] = entry["data"]
    body = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}|{body}".encode()).hexdigest()


def seal_message(district: str, entry_hash: str) -> bytes:
    return f"{SEAL_CONTEXT}|{district}|{entry_hash}".encode()


def append_log(db: sqlite_utils.Database, signer: LogSigner | None, *, data: Mapping[str, Any] | None = None,
               **entry: str | None) -> str:
    """Append one entry (inside the caller's transaction), signed with the district's key, and return its
    hash. ``signer`` is None only where nothing is kept (the audit's scratch replay)."""
    fields = {k: str(entry.get(k, "") or "") for k in LOG_FIELDS}
    data_text = json.dumps(dict(data), ensure_ascii=False, sort_keys=True, separators=(",", ":")) if data else ""
    row = db.execute("SELECT entry_hash FROM import_log ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    digest = _entry_hash(prev, {**fields, "data": data_text})
    seal = ""
    if signer is not None:
        seal = signer.sign_log(seal_message(signer.district, digest))
        # the first signed write claims the database for its district (whatever the write is)
        db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('district', ?)", [signer.district])
    db.execute(f"INSERT INTO import_log ({', '.join(LOG_FIELDS)}, data, prev_hash, entry_hash, seal) "
               f"VALUES ({', '.join('?' for _ in LOG_FIELDS)}, ?, ?, ?, ?)",
               [*fields.values(), data_text, prev, digest, seal])
    return digest


@dataclass(frozen=True)
class LogEntry:
    seq: int
    at: str
    action: str
    verdict: str
    reason: str
    source_name: str
    file_sha256: str
    package_id: str
    uscc: str
    detail: str
    data: str
    prev_hash: str
    entry_hash: str
    seal: str

    @property
    def decision(self) -> dict[str, Any]:
        try:
            value = json.loads(self.data) if self.data else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def fields(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in (*LOG_FIELDS, "data")}


def log_entries(db: sqlite_utils.Database) -> Iterator[LogEntry]:
    columns = ("seq", *LOG_FIELDS, "data", "prev_hash", "entry_hash", "seal")
    for seq, *texts in db.execute(f"SELECT {', '.join(columns)} FROM import_log ORDER BY seq"):
        # the columns are in the order of LogEntry's fields
        yield LogEntry(seq, *("" if v is None else str(v) for v in texts))


@dataclass(frozen=True)
class LogCheck:
    ok: bool
    entries: int
    first_bad: int | None = None  # position (1 = first entry) of the first entry that does not fit the chain
    head: str = GENESIS
    signed: bool = False  # the signatures were checked (the district key was at hand)
    sealed: int = 0  # entries carrying a signature
    bad_seal: int | None = None  # position of the first entry whose signature does not verify
    unsealed: int | None = None  # position of the first entry without one after signed entries began
    last_sealed_at: str = ""

    @property
    def message(self) -> str:
        if self.first_bad is not None:
            return (f"导入日志第 {self.first_bad} 条记录被修改、插入或删除过（哈希链在此断开），"
                    "此后的日志不可信")
        if self.bad_seal is not None:
            return (f"导入日志第 {self.bad_seal} 条记录的区县签名不符：日志在没有区县密钥的情况下被改写或重建过，"
                    "不可信")
        if self.unsealed is not None:
            return (f"导入日志第 {self.unsealed} 条起的记录没有区县签名：它们不是本软件写入的"
                    "（有人在没有区县密钥的情况下添加或改写了日志）")
        if self.entries and not self.sealed:
            return (f"导入日志完整：{self.entries} 条记录，哈希链首尾相接；但还没有区县签名（旧版本建立的数据库："
                    "下次导入报告包、导入名单或核准密钥时开始签名）")
        when = self.last_sealed_at[:16].replace("T", " ")
        if not (self.signed and self.sealed):
            signed = ""
        elif self.sealed == self.entries:
            signed = f"，全部经区县密钥签名核对（最后签名 {when}）"
        else:
            legacy = self.entries - self.sealed
            signed = (f"，后 {self.sealed} 条经区县密钥签名核对（最后签名 {when}）；前 {legacy} 条由旧版本写入，"
                      "没有各自的签名，由其后签名覆盖的哈希链保护")

        return f"导入日志完整：{self.entries} 条记录，哈希链首尾相接（末条 {self.head[:16]}…）{signed}"


def check_log(db: sqlite_utils.Database, verifier: LogSigner | None = None) -> LogCheck:
    """The chain (always) and, given the district's key, every signature: once entries are signed, each
    later one must be, and each signature must verify over its entry's hash."""
    prev = GENESIS
    count = sealed = 0
    bad_seal = unsealed = None
    last_sealed_at = ""
    for entry in log_entries(db):
        if entry.prev_hash != prev or _entry_hash(prev, entry.fields()) != entry.entry_hash:
            return LogCheck(False, count, first_bad=count + 1, head=prev, signed=verifier is not None,
                            sealed=sealed)
        count += 1
        prev = entry.entry_hash
        if entry.seal:
            sealed += 1
            last_sealed_at = entry.at
            if verifier is not None and bad_seal is None and not verifier.verify_log(
                    seal_message(verifier.district, entry.entry_hash), entry.seal):
                bad_seal = count
        elif unsealed is None and (sealed or entry.data or (entry.action == "roster" and entry.file_sha256)):
            # once signing began every entry is signed; and an entry only release 0.3 writes (a decision
            # with its data, a kept roster file) was signed when written
            unsealed = count
    ok = bad_seal is None and unsealed is None
    return LogCheck(ok, count, head=prev, signed=verifier is not None, sealed=sealed, bad_seal=bad_seal,
                    unsealed=unsealed, last_sealed_at=last_sealed_at)
