"""The workspace database: schema, version, migrations and every SQL statement (nothing else writes SQL).

Functions take the :class:`Database` handle as their first argument; they neither open connections nor
read the clock (callers pass ``now``). Writes run as plain statements inside :func:`transaction`, so one
logical change (an answer and its log entry) is one transaction. :class:`Database` is the standard
``sqlite3`` connection with the helpers the functions here use (``execute``, ``query``, ``table_names``): the
subset of ``sqlite_utils.Database`` the workspace relied on, without importing sqlite-utils (~0.2 s at every
app start: it imports numpy); a ``sqlite_utils.Database`` still works wherever a ``Database`` is expected.

Durability: WAL journal with ``synchronous=FULL`` — when :func:`transaction` returns, the change is
in the WAL on disk and survives a killed process or a power cut.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeAlias

from ..errors import UserError
from ..jsontypes import JSONValue
from ..messages import say
from ..sqlite_db import Store, connect
from ..sqlite_db import migrate as migrate_schema
from ..sqlite_db import transaction as sqlite_transaction

SCHEMA_VERSION = 6
APPLICATION_ID = 0x5A47535A  # "ZGSZ": marks the file as ours (PRAGMA application_id)


class StorageError(UserError, RuntimeError):
    """The database cannot be used (not ours, too new, corrupt); the message says why in Chinese."""


# What SQLite stores and gives back (a bool is stored as an int).
SQLValue: TypeAlias = "str | int | float | bytes | None"
# The values of a statement's ``?`` placeholders (in order) or ``:name`` placeholders (by name).
SQLParameters: TypeAlias = "Sequence[SQLValue] | Mapping[str, SQLValue]"


# --------------------------------------------------------------------------- connection


class Database:
    """One connection to a workspace database (``conn``, a standard ``sqlite3.Connection``)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None, *, read_only_reason: str | None = None):
        self.conn = conn
        self.path = path  # for messages that name the file
        # set when the database could only be opened for reading (its disk is full): every write is refused
        # with that reason instead of an SQLite error
        self.read_only_reason = read_only_reason
        # as sqlite-utils did: REPLACE conflict resolution fires delete triggers (the append-only guards)
        if read_only_reason is None:
            conn.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: SQLParameters | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def query(self, sql: str, parameters: SQLParameters | None = None) -> Iterator[dict[str, Any]]:
        """Each row as a dict (column name → value)."""
        cursor = self.execute(sql, parameters)
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def _explain(exc: BaseException, path: Path) -> str:
    from ..sqlite_problems import describe
    from .locks import holder_pids

    return describe(exc, path, "workspace", lambda database: holder_pids(database.parent))


def _store() -> Store:
    from .locks import holder_pids

    return Store(subject="workspace", application_id=APPLICATION_ID, busy_timeout_ms=10_000, error=StorageError,
                 not_ours=lambda path: say("{path} 不是本软件的工作区数据库", path=str(path)),
                 holders=lambda path: holder_pids(path.parent))


def open_database(path: Path) -> Database:
    """Open (creating if needed) a workspace database the one way (``sqlite_db.connect``): a file that is not ours
    is refused *before* anything in it changes; on a full disk it opens for reading and refuses every write."""
    conn, read_only_reason = connect(path, _store())
    return Database(conn, path, read_only_reason=read_only_reason)


def explain(exc: sqlite3.Error, path: Path) -> str:
    """A Chinese message for an SQLite error met while using the workspace at ``path``."""
    return _explain(exc, path)


@contextmanager
def transaction(db: Database) -> Iterator[None]:
    """One atomic, durable write: ``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on any error; SQLite's failures said
    as what happened — ``sqlite_db.transaction``)."""
    path = getattr(db, "path", None) or Path("workspace.sqlite")
    with sqlite_transaction(db.conn, path, _store(), read_only_reason=getattr(db, "read_only_reason", None)):
        yield


def integrity_ok(db: Database) -> bool:
    verdict: str = db.execute("PRAGMA integrity_check").fetchone()[0]  # "ok", or the first problem found
    return verdict == "ok"


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def application_id(db: Database) -> int:
    return int(db.execute("PRAGMA application_id").fetchone()[0])


def _new_row_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row an ``INSERT`` just added (``lastrowid`` is None only before any insert)."""
    if cursor.lastrowid is None:
        raise RuntimeError("INSERT did not report the new row's id")
    return cursor.lastrowid


# --------------------------------------------------------------------------- migrations


def _v1(db: Database) -> None:
    """The first schema (kept verbatim: old workspaces are migrated from it)."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in (
        """CREATE TABLE enterprise (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL, uscc TEXT NOT NULL, district TEXT NOT NULL, industry_code TEXT NOT NULL,
            scale TEXT NOT NULL, contact TEXT NOT NULL, phone TEXT NOT NULL, key_enterprise INTEGER NOT NULL,
            updated_at TEXT NOT NULL)""",
        """CREATE TABLE definitions (
            hash TEXT PRIMARY KEY, questionnaire_id TEXT NOT NULL, version TEXT NOT NULL, text TEXT NOT NULL)""",
        """CREATE TABLE assessments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            questionnaire_id TEXT NOT NULL, questionnaire_version TEXT NOT NULL,
            questionnaire_hash TEXT NOT NULL REFERENCES definitions(hash),
            period TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('draft', 'completed', 'exported')),
            based_on INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, completed_at TEXT,
            UNIQUE (questionnaire_id, period))""",
        """CREATE TABLE answers (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, question_id))""",
        """CREATE TABLE answer_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            assessment_id INTEGER NOT NULL, question_id TEXT NOT NULL,
            old_value TEXT, new_value TEXT, changed_at TEXT NOT NULL, source TEXT NOT NULL)""",
        "CREATE INDEX answer_log_by_assessment ON answer_log (assessment_id, id)",
    ):
        db.execute(statement)


def _v2(db: Database) -> None:
    """Adds the reason of a change, the reading position, the exports record, and makes the log append-only."""
    for statement in (
        "ALTER TABLE answer_log ADD COLUMN reason TEXT",
        "ALTER TABLE assessments ADD COLUMN last_position TEXT",
        """CREATE TABLE exports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            package_id TEXT NOT NULL UNIQUE, sequence INTEGER NOT NULL UNIQUE,
            assessment_id INTEGER, questionnaire_id TEXT NOT NULL, period TEXT NOT NULL,
            key_fingerprint TEXT NOT NULL, file_name TEXT NOT NULL, created_at TEXT NOT NULL)""",
        """CREATE TRIGGER answer_log_no_update BEFORE UPDATE ON answer_log
            BEGIN SELECT RAISE(ABORT, 'answer_log is append-only'); END""",
        """CREATE TRIGGER answer_log_no_delete BEFORE DELETE ON answer_log
            BEGIN SELECT RAISE(ABORT, 'answer_log is append-only'); END""",
        """CREATE TRIGGER exports_no_delete BEFORE DELETE ON exports
            BEGIN SELECT RAISE(ABORT, 'exports are kept'); END""",
    ):
        db.execute(statement)


def _v3(db: Database) -> None:
    """The enterprise's signing key (sealed under its passphrase; see package/keys.py)."""
    db.execute("""CREATE TABLE signing_keys (
        key_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, sealed TEXT NOT NULL, created_at TEXT NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1)))""")
    db.execute("CREATE UNIQUE INDEX one_active_signing_key ON signing_keys (active) WHERE active = 1")


def _v4(db: Database) -> None:
    """The submission (报送, one per period) becomes the unit: its questionnaires' assessments belong to it,
    and an export is one package for the whole submission, numbered per period.

    Every existing period becomes a submission holding its assessments; every export record is kept
    (release 0.1 exported one package per questionnaire, numbered across all periods: those numbers stay,
    and the next package of a period continues after the highest one, so the district still sees it as
    the newer version)."""
    for statement in (
        """CREATE TABLE submissions (
            id INTEGER PRIMARY KEY AUTOINCREMENT, period TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, last_position TEXT)""",
        """INSERT INTO submissions (period, created_at, updated_at)
           SELECT period, min(created_at), max(updated_at) FROM assessments GROUP BY period ORDER BY min(id)""",
        "ALTER TABLE assessments ADD COLUMN submission_id INTEGER REFERENCES submissions(id)",
        "UPDATE assessments SET submission_id = (SELECT id FROM submissions s WHERE s.period = assessments.period)",
        """UPDATE submissions SET last_position = (
               SELECT a.questionnaire_id || '/' || a.last_position FROM assessments a
               WHERE a.submission_id = submissions.id AND a.last_position IS NOT NULL
               ORDER BY a.updated_at DESC LIMIT 1)""",
        """CREATE TABLE exports_v4 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            package_id TEXT NOT NULL UNIQUE,
            submission_id INTEGER REFERENCES submissions(id),
            period TEXT NOT NULL, sequence INTEGER NOT NULL,
            format_version INTEGER NOT NULL,
            questionnaires TEXT NOT NULL,  -- JSON list of "id@version" in the package
            assessment_id INTEGER,  -- format 1 only: the one assessment it carried
            key_fingerprint TEXT NOT NULL, verification_code TEXT,
            file_name TEXT NOT NULL, created_at TEXT NOT NULL,
            answers_digest TEXT,  -- JSON questionnaire id → digest of what the package carried (none for 0.1)
            UNIQUE (period, sequence))""",
        """INSERT INTO exports_v4 (id, package_id, submission_id, period, sequence, format_version, questionnaires,
               assessment_id, key_fingerprint, verification_code, file_name, created_at)
           SELECT e.id, e.package_id, (SELECT s.id FROM submissions s WHERE s.period = e.period), e.period,
                  e.sequence, 1,
                  '["' || e.questionnaire_id || COALESCE('@' || (SELECT a.questionnaire_version FROM assessments a
                                                                   WHERE a.id = e.assessment_id), '') || '"]',
                  e.assessment_id, e.key_fingerprint, NULL, e.file_name, e.created_at
           FROM exports e ORDER BY e.id""",
        "DROP TABLE exports",  # its trigger goes with it (dropping fires no trigger)
        "ALTER TABLE exports_v4 RENAME TO exports",
        """CREATE TRIGGER exports_no_delete BEFORE DELETE ON exports
            BEGIN SELECT RAISE(ABORT, 'exports are kept'); END""",
        """CREATE TRIGGER exports_no_update BEFORE UPDATE ON exports
            BEGIN SELECT RAISE(ABORT, 'exports are kept'); END""",
        "CREATE INDEX assessments_by_submission ON assessments (submission_id)",
    ):
        db.execute(statement)


def _v5(db: Database) -> None:
    """Filling it in as a team (issue #20): modules handed to colleagues, evidence files attached to
    questions, and choices the workspace remembers (a ledger's column mapping)."""
    for statement in (
        # A module file sent to a colleague. base_answers keeps what was sent, so a returned answer can be
        # told apart from one the manager changed meanwhile (a three-way merge, nothing overwritten silently).
        """CREATE TABLE handoffs (
            id TEXT PRIMARY KEY,  -- random UUID, carried by the file and by the returned answers file
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            modules TEXT NOT NULL,  -- JSON list of "questionnaire_id/module_id"
            assignee TEXT NOT NULL,  -- the colleague, as the manager named them
            base_answers TEXT NOT NULL,  -- JSON questionnaire_id -> {question_id: value} as sent
            created_at TEXT NOT NULL,
            returned_at TEXT,  -- when a returned answers file was last merged
            status TEXT NOT NULL CHECK (status IN ('sent', 'merged', 'cancelled')))""",
        """CREATE TABLE attachments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            file_name TEXT NOT NULL, media_type TEXT NOT NULL,
            size INTEGER NOT NULL, sha256 TEXT NOT NULL,
            content BLOB NOT NULL,
            added_at TEXT NOT NULL,
            UNIQUE (assessment_id, question_id, sha256))""",
        "CREATE INDEX attachments_by_question ON attachments (assessment_id, question_id)",
        # what was attached and removed, kept after the file itself is gone (append-only like answer_log)
        """CREATE TABLE attachment_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            assessment_id INTEGER NOT NULL, question_id TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
            file_name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
            changed_at TEXT NOT NULL)""",
        """CREATE TRIGGER attachment_log_no_update BEFORE UPDATE ON attachment_log
            BEGIN SELECT RAISE(ABORT, 'attachment_log is append-only'); END""",
        """CREATE TRIGGER attachment_log_no_delete BEFORE DELETE ON attachment_log
            BEGIN SELECT RAISE(ABORT, 'attachment_log is append-only'); END""",
        "CREATE TABLE preferences (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)",
    ):
        db.execute(statement)


def _v6(db: Database) -> None:
    """Receipts (回执, issue #17): the district recipient files this workspace trusts, and the district's signed
    answers to its packages (append-only: a receipt is a record of what the district said)."""
    for statement in (
        # key_id is the fingerprint of the district's X25519 key (packages are sealed to it); signing_key is
        # the Ed25519 key receipts are checked against (recipient files written before receipts lack it)
        # signing_source: how the signing key is known — 'export' / 'bundled' (in the file the package was sealed
        # to, or shipped with the app), 'binding' (proved by a receipt's binding, package/receipt.py), 'first_use'
        # (the enterprise's own district's file given while no key of that district was known), 'file' (only named
        # by a file given later: not trusted for anything until a receipt proves it)
        """CREATE TABLE district_recipients (
            key_id TEXT PRIMARY KEY, district TEXT NOT NULL, public_key BLOB NOT NULL,
            signing_key BLOB, signing_key_id TEXT, created TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL CHECK (source IN ('export', 'receipt', 'bundled', 'file')),
            signing_source TEXT CHECK (signing_source IN ('export', 'bundled', 'binding', 'first_use', 'file')),
            added_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        # the district key each package was sealed to: only that district can answer it (NULL before receipts)
        "ALTER TABLE exports ADD COLUMN recipient_key_id TEXT",
        "CREATE INDEX district_recipients_by_signing_key ON district_recipients (signing_key_id)",
        """CREATE TABLE receipts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            receipt_id TEXT NOT NULL, package_id TEXT NOT NULL,
            period TEXT NOT NULL, sequence INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('accepted', 'returned')),
            reasons TEXT NOT NULL,  -- JSON list of {questionnaire, question, question_text, reason}
            note TEXT NOT NULL, clerk TEXT NOT NULL, contact TEXT NOT NULL, decided_at TEXT NOT NULL,
            issued_at TEXT NOT NULL, district TEXT NOT NULL, signer_key_id TEXT NOT NULL,
            file_sha256 TEXT NOT NULL, imported_at TEXT NOT NULL,
            UNIQUE (receipt_id, package_id))""",
        "CREATE INDEX receipts_by_period ON receipts (period, sequence)",
        """CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
            BEGIN SELECT RAISE(ABORT, 'receipts are kept'); END""",
        """CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
            BEGIN SELECT RAISE(ABORT, 'receipts are kept'); END""",
    ):
        db.execute(statement)


MIGRATIONS: dict[int, Callable[[Database], None]] = {1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5, 6: _v6}


def migrate(db: Database, before: Callable[[int], None] | None = None) -> int:
    """Bring the schema to :data:`SCHEMA_VERSION`; return the version found.

    Each step runs in its own transaction together with its ``user_version`` bump, so an interrupted
    migration leaves the last complete version. ``before(found_version)`` runs first when an existing
    workspace needs migrating (the caller copies the file aside).
    """
    found = schema_version(db)
    if found == 0 and db.table_names():
        raise StorageError(say("该文件不是本软件的工作区数据库"))
    if found and application_id(db) != APPLICATION_ID:
        raise StorageError(say("该文件不是本软件的工作区数据库"))
    if found > SCHEMA_VERSION:
        raise StorageError(
            say("此工作区由更新版本的软件创建（数据版本 {found}，本软件支持到 {supported}），请升级软件后再打开。",
                found=found, supported=SCHEMA_VERSION)
        )
    if 0 < found < SCHEMA_VERSION and before is not None:
        before(found)
    steps = {version: (lambda step=step: step(db)) for version, step in MIGRATIONS.items()}
    migrate_schema(db.conn, getattr(db, "path", None) or Path("workspace.sqlite"), _store(), SCHEMA_VERSION, steps,
                   read_only_reason=getattr(db, "read_only_reason", None))
    return found


REQUIRED_TABLES = frozenset({"enterprise", "definitions", "submissions", "assessments", "answers", "answer_log",
                             "exports", "signing_keys"})


def has_required_tables(db: Database) -> bool:
    return REQUIRED_TABLES <= set(db.table_names())


# --------------------------------------------------------------------------- enterprise profile

PROFILE_FIELDS = ("name", "uscc", "district", "industry_code", "scale", "contact", "phone", "key_enterprise")


def get_profile(db: Database) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM enterprise WHERE id = 1"))
    if not rows:
        return None
    row = dict(rows[0])
    row["key_enterprise"] = bool(row["key_enterprise"])
    return row


def put_profile(db: Database, profile: dict[str, Any], now: str) -> None:
    values = [profile[f] if f != "key_enterprise" else int(bool(profile[f])) for f in PROFILE_FIELDS]
    db.execute(
        f"INSERT INTO enterprise (id, {', '.join(PROFILE_FIELDS)}, updated_at) "
        f"VALUES (1, {', '.join('?' for _ in PROFILE_FIELDS)}, ?) "
        f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{f} = excluded.{f}' for f in PROFILE_FIELDS)}, "
        "updated_at = excluded.updated_at",
        [*values, now],
    )


# --------------------------------------------------------------------------- definitions


def put_definition(db: Database, digest: str, questionnaire_id: str, version: str, text: str) -> None:
    db.execute("INSERT OR IGNORE INTO definitions (hash, questionnaire_id, version, text) VALUES (?, ?, ?, ?)",
               [digest, questionnaire_id, version, text])


def get_definition_text(db: Database, digest: str) -> str | None:
    row = db.execute("SELECT text FROM definitions WHERE hash = ?", [digest]).fetchone()
    return row[0] if row else None


# --------------------------------------------------------------------------- assessments


def insert_assessment(db: Database, questionnaire_id: str, version: str, digest: str, period: str,
                      based_on: int | None, now: str) -> int:
    """A new draft assessment, inside its period's submission (created when it is the first)."""
    submission_id = ensure_submission(db, period, now)
    cursor = db.execute(
        "INSERT INTO assessments (questionnaire_id, questionnaire_version, questionnaire_hash, period, status, "
        "based_on, created_at, updated_at, submission_id) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?)",
        [questionnaire_id, version, digest, period, based_on, now, now, submission_id],
    )
    touch_submission(db, submission_id, now)
    return _new_row_id(cursor)


def get_assessment(db: Database, assessment_id: int) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM assessments WHERE id = ?", [assessment_id]))
    return dict(rows[0]) if rows else None


def find_assessment(db: Database, questionnaire_id: str, period: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM assessments WHERE questionnaire_id = ? AND period = ?",
                         [questionnaire_id, period]))
    return dict(rows[0]) if rows else None


def list_assessments(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT * FROM assessments ORDER BY period DESC, questionnaire_id, id")]


def set_assessment_status(db: Database, assessment_id: int, status: str, now: str) -> None:
    completed_at = now if status == "completed" else None
    db.execute(
        "UPDATE assessments SET status = ?, updated_at = ?, "
        "completed_at = CASE WHEN ? = 'draft' THEN NULL ELSE COALESCE(?, completed_at) END WHERE id = ?",
        [status, now, status, completed_at, assessment_id],
    )
    db.execute("UPDATE submissions SET updated_at = ? WHERE id = (SELECT submission_id FROM assessments WHERE id = ?)",
               [now, assessment_id])


def touch_assessment(db: Database, assessment_id: int, now: str) -> None:
    db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [now, assessment_id])
    db.execute("UPDATE submissions SET updated_at = ? WHERE id = (SELECT submission_id FROM assessments WHERE id = ?)",
               [now, assessment_id])


def set_assessment_definition(db: Database, assessment_id: int, version: str, digest: str,
                              now: str) -> None:
    db.execute("UPDATE assessments SET questionnaire_version = ?, questionnaire_hash = ?, updated_at = ? "
               "WHERE id = ?", [version, digest, now, assessment_id])


def set_last_position(db: Database, assessment_id: int, position: str) -> bool:
    cursor = db.execute("UPDATE assessments SET last_position = ? WHERE id = ?", [position, assessment_id])
    return cursor.rowcount == 1


def delete_assessment(db: Database, assessment_id: int) -> None:
    """Deletes the assessment and its answers (cascade); the change log and exports are kept."""
    db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])


# --------------------------------------------------------------------------- answers and their log


def get_answers(db: Database, assessment_id: int) -> dict[str, Any]:
    return {row["question_id"]: json.loads(row["value"])
            for row in db.query("SELECT question_id, value FROM answers WHERE assessment_id = ?", [assessment_id])}


def get_answer_json(db: Database, assessment_id: int, question_id: str) -> str | None:
    row = db.execute("SELECT value FROM answers WHERE assessment_id = ? AND question_id = ?",
                     [assessment_id, question_id]).fetchone()
    return row[0] if row else None


def put_answer(db: Database, assessment_id: int, question_id: str, value_json: str, now: str) -> None:
    db.execute(
        "INSERT INTO answers (assessment_id, question_id, value, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (assessment_id, question_id) DO UPDATE SET value = excluded.value, "
        "updated_at = excluded.updated_at",
        [assessment_id, question_id, value_json, now],
    )


def delete_answer(db: Database, assessment_id: int, question_id: str) -> None:
    db.execute("DELETE FROM answers WHERE assessment_id = ? AND question_id = ?", [assessment_id, question_id])


def append_log(db: Database, assessment_id: int, question_id: str, old_json: str | None,
               new_json: str | None, now: str, source: str, reason: str | None = None) -> None:
    db.execute(
        "INSERT INTO answer_log (assessment_id, question_id, old_value, new_value, changed_at, source, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [assessment_id, question_id, old_json, new_json, now, source, reason],
    )


def get_log(db: Database, assessment_id: int | None = None) -> list[dict[str, Any]]:
    if assessment_id is None:
        return [dict(r) for r in db.query("SELECT * FROM answer_log ORDER BY id")]
    return [dict(r) for r in db.query("SELECT * FROM answer_log WHERE assessment_id = ? ORDER BY id",
                                      [assessment_id])]


# --------------------------------------------------------------------------- submissions


def ensure_submission(db: Database, period: str, now: str) -> int:
    """The id of the period's submission, created when there is none yet."""
    db.execute("INSERT INTO submissions (period, created_at, updated_at) VALUES (?, ?, ?) "
               "ON CONFLICT (period) DO NOTHING", [period, now, now])
    return int(db.execute("SELECT id FROM submissions WHERE period = ?", [period]).fetchone()[0])


def get_submission(db: Database, period: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM submissions WHERE period = ?", [period]))
    return dict(rows[0]) if rows else None


def list_submissions(db: Database) -> list[dict[str, Any]]:
    """The submissions that hold questionnaires (a deleted one whose exports stay on record is left out)."""
    return [dict(r) for r in db.query("SELECT * FROM submissions s WHERE EXISTS "
                                      "(SELECT 1 FROM assessments a WHERE a.submission_id = s.id) ORDER BY id")]


def submission_assessments(db: Database, submission_id: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT * FROM assessments WHERE submission_id = ? ORDER BY id",
                                      [submission_id])]


def touch_submission(db: Database, submission_id: int, now: str) -> None:
    db.execute("UPDATE submissions SET updated_at = ? WHERE id = ?", [now, submission_id])


def set_submission_position(db: Database, period: str, position: str) -> bool:
    cursor = db.execute("UPDATE submissions SET last_position = ? WHERE period = ?", [position, period])
    return cursor.rowcount == 1


def delete_submission(db: Database, submission_id: int) -> None:
    """The submission and its assessments with their answers; the change log and exports are kept."""
    db.execute("DELETE FROM assessments WHERE submission_id = ?", [submission_id])
    db.execute("UPDATE submissions SET last_position = NULL WHERE id = ?", [submission_id])
    if db.execute("SELECT 1 FROM exports WHERE submission_id = ?", [submission_id]).fetchone() is None:
        db.execute("DELETE FROM submissions WHERE id = ?", [submission_id])


def overview_inputs(db: Database) -> list[list[tuple[Any, ...]]]:
    """The rows a submission's overview is computed from (see overview.py), in a fixed order: the submissions,
    the assessments' questionnaire, definition and status, every answer, every export record, every evidence file."""
    return [db.execute(sql).fetchall() for sql in (
        "SELECT id, period FROM submissions ORDER BY id",
        "SELECT id, submission_id, questionnaire_id, questionnaire_version, questionnaire_hash, period, status "
        "FROM assessments ORDER BY id",
        "SELECT assessment_id, question_id, value FROM answers ORDER BY assessment_id, question_id",
        "SELECT * FROM exports ORDER BY id",
        # evidence files: attaching or removing one takes an exported submission back (#20)
        "SELECT assessment_id, question_id, sha256 FROM attachments ORDER BY id",
    )]


# --------------------------------------------------------------------------- exports


def next_export_sequence(db: Database, period: str) -> int:
    """The number of the next package of ``period`` (第N次报送): one more than any package of that period
    ever exported, so the district always sees the newer package as newer."""
    return int(db.execute("SELECT COALESCE(MAX(sequence), 0) + 1 FROM exports WHERE period = ?",
                          [period]).fetchone()[0])


EXPORT_FIELDS = ("package_id", "submission_id", "period", "sequence", "format_version", "questionnaires",
                 "assessment_id", "key_fingerprint", "verification_code", "file_name", "created_at", "answers_digest",
                 "recipient_key_id")
_JSON_FIELDS = ("questionnaires", "answers_digest")


def insert_export(db: Database, record: dict[str, Any]) -> None:
    values = [json.dumps(record.get(f), ensure_ascii=False) if f in _JSON_FIELDS and record.get(f) is not None
              else record.get(f) for f in EXPORT_FIELDS]
    db.execute(f"INSERT INTO exports ({', '.join(EXPORT_FIELDS)}) VALUES ({', '.join('?' for _ in EXPORT_FIELDS)})",
               values)


def _export_row(row: Any) -> dict[str, Any]:
    record = dict(row)
    for field in _JSON_FIELDS:
        record[field] = json.loads(record[field]) if record.get(field) else None
    return record


def export_exists(db: Database, package_id: str) -> bool:
    return db.execute("SELECT 1 FROM exports WHERE package_id = ?", [package_id]).fetchone() is not None


def list_exports(db: Database) -> list[dict[str, Any]]:
    return [_export_row(r) for r in db.query("SELECT * FROM exports ORDER BY period, sequence")]


def exports_for(db: Database, period: str) -> list[dict[str, Any]]:
    """The packages of one period, oldest first."""
    return [_export_row(r) for r in db.query("SELECT * FROM exports WHERE period = ? ORDER BY sequence", [period])]


# --------------------------------------------------------------------------- signing keys


def get_active_signing_key(db: Database) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM signing_keys WHERE active = 1"))
    return dict(rows[0]) if rows else None


def put_signing_key(db: Database, key_id: str, public_b64: str, sealed_json: str, created_at: str) -> None:
    """Store a key and make it the active one (an earlier key stays, inactive, for the record)."""
    db.execute("UPDATE signing_keys SET active = 0 WHERE active = 1")
    db.execute("INSERT INTO signing_keys (key_id, public_key, sealed, created_at, active) VALUES (?, ?, ?, ?, 1) "
               "ON CONFLICT (key_id) DO UPDATE SET active = 1", [key_id, public_b64, sealed_json, created_at])


def last_export_for(db: Database, questionnaire_id: str, period: str) -> dict[str, Any] | None:
    """The newest package of ``period`` that carried ``questionnaire_id`` (alone or with others)."""
    for record in exports_for(db, period)[::-1]:  # newest first (not reversed(): it types rows as Any)
        if any(str(q).split("@")[0] == questionnaire_id for q in record["questionnaires"]):
            return record
    return None


# --------------------------------------------------------------------------- preferences (issue #20)


def get_preference(db: Database, key: str) -> JSONValue:
    """A remembered choice (JSON value), or None."""
    row = db.execute("SELECT value FROM preferences WHERE key = ?", [key]).fetchone()
    return None if row is None else json.loads(row[0])


def put_preference(db: Database, key: str, value: JSONValue, now: str) -> None:
    db.execute("INSERT INTO preferences (key, value, updated_at) VALUES (?, ?, ?) "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
               [key, json.dumps(value, ensure_ascii=False, sort_keys=True), now])


# --------------------------------------------------------------------------- handoffs: modules sent to colleagues (#20)

_HANDOFF_JSON = ("modules", "base_answers")


def _handoff_row(row: dict[str, Any]) -> dict[str, Any]:
    record = dict(row)
    for name in _HANDOFF_JSON:
        record[name] = json.loads(record[name])
    return record


def insert_handoff(db: Database, handoff_id: str, submission_id: int, period: str, modules: list[str],
                   assignee: str, base_answers: dict[str, Any], now: str) -> None:
    """A module file sent to a colleague (status ``sent``); ``base_answers`` is what the file carried."""
    db.execute("INSERT INTO handoffs (id, submission_id, period, modules, assignee, base_answers, created_at, "
               "returned_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 'sent')",
               [handoff_id, submission_id, period, json.dumps(modules, ensure_ascii=False), assignee,
                json.dumps(base_answers, ensure_ascii=False, sort_keys=True), now])


def get_handoff(db: Database, handoff_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM handoffs WHERE id = ?", [handoff_id]))
    return _handoff_row(rows[0]) if rows else None


def list_handoffs(db: Database, period: str | None = None) -> list[dict[str, Any]]:
    """Every handoff (of one period when given), newest first."""
    if period is None:
        rows = db.query("SELECT * FROM handoffs ORDER BY created_at DESC, id")
    else:
        rows = db.query("SELECT * FROM handoffs WHERE period = ? ORDER BY created_at DESC, id", [period])
    return [_handoff_row(r) for r in rows]


def set_handoff_merged(db: Database, handoff_id: str, base_answers: dict[str, Any], now: str) -> None:
    """A returned answers file was merged: ``base_answers`` becomes what the colleague's copy holds (the base of
    the next three-way comparison), ``returned_at`` the merge time."""
    db.execute("UPDATE handoffs SET base_answers = ?, returned_at = ?, status = 'merged' WHERE id = ?",
               [json.dumps(base_answers, ensure_ascii=False, sort_keys=True), now, handoff_id])


def set_handoff_status(db: Database, handoff_id: str, status: str) -> bool:
    cursor = db.execute("UPDATE handoffs SET status = ? WHERE id = ?", [status, handoff_id])
    return cursor.rowcount == 1


# --------------------------------------------------------------------------- attachments: evidence files (#20)

_ATTACHMENT_COLUMNS = "id, assessment_id, question_id, file_name, media_type, size, sha256, added_at"


def insert_attachment(db: Database, assessment_id: int, question_id: str, file_name: str, media_type: str,
                      size: int, sha256: str, content: bytes, now: str) -> int:
    cursor = db.execute(
        "INSERT INTO attachments (assessment_id, question_id, file_name, media_type, size, sha256, content, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [assessment_id, question_id, file_name, media_type, size, sha256, content,
                                            now])
    return _new_row_id(cursor)


def find_attachment(db: Database, assessment_id: int, question_id: str, sha256: str) -> dict[str, Any] | None:
    rows = list(db.query(f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments WHERE assessment_id = ? AND question_id = ? "
                         "AND sha256 = ?", [assessment_id, question_id, sha256]))
    return rows[0] if rows else None


def get_attachment(db: Database, attachment_id: int) -> dict[str, Any] | None:
    rows = list(db.query(f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments WHERE id = ?", [attachment_id]))
    return rows[0] if rows else None


def get_attachment_content(db: Database, attachment_id: int) -> bytes | None:
    row = db.execute("SELECT content FROM attachments WHERE id = ?", [attachment_id]).fetchone()
    return None if row is None else bytes(row[0])


def list_attachments(db: Database, assessment_id: int, question_id: str | None = None) -> list[dict[str, Any]]:
    """An assessment's files (or one question's), in the order they were attached; without their bytes."""
    if question_id is None:
        return list(db.query(f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments WHERE assessment_id = ? ORDER BY id",
                             [assessment_id]))
    return list(db.query(f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments WHERE assessment_id = ? AND question_id = ? "
                         "ORDER BY id", [assessment_id, question_id]))


def submission_attachments(db: Database, submission_id: int) -> list[dict[str, Any]]:
    """Every file of a submission's questionnaires (with ``questionnaire_id``), without their bytes."""
    columns = ", ".join(f"t.{c.strip()}" for c in _ATTACHMENT_COLUMNS.split(","))
    return list(db.query(f"SELECT {columns}, a.questionnaire_id FROM attachments t "
                         "JOIN assessments a ON a.id = t.assessment_id WHERE a.submission_id = ? ORDER BY t.id",
                         [submission_id]))


def submission_attachment_totals(db: Database, submission_id: int) -> tuple[int, int]:
    """How many files a submission carries and their bytes together."""
    row = db.execute("SELECT count(*), COALESCE(sum(t.size), 0) FROM attachments t JOIN assessments a "
                     "ON a.id = t.assessment_id WHERE a.submission_id = ?", [submission_id]).fetchone()
    return int(row[0]), int(row[1])


def attachment_fingerprints(db: Database, assessment_id: int) -> list[tuple[str, str]]:
    """(question id, sha256) of an assessment's files, sorted: what an export binds of them."""
    return [(str(q), str(h)) for q, h in db.execute(
        "SELECT question_id, sha256 FROM attachments WHERE assessment_id = ? ORDER BY question_id, sha256",
        [assessment_id]).fetchall()]


def delete_attachment(db: Database, attachment_id: int) -> None:
    db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])


def append_attachment_log(db: Database, assessment_id: int, question_id: str, action: str, file_name: str,
                          size: int, sha256: str, now: str) -> None:
    db.execute("INSERT INTO attachment_log (assessment_id, question_id, action, file_name, size, sha256, changed_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)", [assessment_id, question_id, action, file_name, size, sha256, now])


def get_attachment_log(db: Database, assessment_id: int | None = None) -> list[dict[str, Any]]:
    if assessment_id is None:
        return list(db.query("SELECT * FROM attachment_log ORDER BY id"))
    return list(db.query("SELECT * FROM attachment_log WHERE assessment_id = ? ORDER BY id", [assessment_id]))



# --------------------------------------------------------------------------- district recipients (#17)

_RECIPIENT_COLUMNS = ("key_id", "district", "public_key", "signing_key", "signing_key_id", "created", "source",
                      "signing_source", "added_at", "updated_at")


def get_district_recipient(db: Database, key_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM district_recipients WHERE key_id = ?", [key_id]))
    return rows[0] if rows else None


def find_district_recipient_by_signing(db: Database, signing_key_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM district_recipients WHERE signing_key_id = ? ORDER BY updated_at DESC",
                         [signing_key_id]))
    return rows[0] if rows else None


def list_district_recipients(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM district_recipients ORDER BY district, key_id"))


def put_district_recipient(db: Database, row: Mapping[str, SQLValue]) -> None:
    """Insert a recipient, or update the remembered one of the same key id (the caller decided it may)."""
    values = [row[c] for c in _RECIPIENT_COLUMNS]
    updated = ", ".join(f"{c} = excluded.{c}" for c in _RECIPIENT_COLUMNS if c not in ("key_id", "added_at"))
    db.execute(f"INSERT INTO district_recipients ({', '.join(_RECIPIENT_COLUMNS)}) "
               f"VALUES ({', '.join('?' for _ in _RECIPIENT_COLUMNS)}) ON CONFLICT (key_id) DO UPDATE SET {updated}",
               values)


# --------------------------------------------------------------------------- receipts (#17)

RECEIPT_FIELDS = ("receipt_id", "package_id", "period", "sequence", "status", "reasons", "note", "clerk", "contact",
                  "decided_at", "issued_at", "district", "signer_key_id", "file_sha256", "imported_at")


def _receipt_row(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "reasons": json.loads(row["reasons"])}


def insert_receipt(db: Database, record: Mapping[str, Any]) -> None:
    values = [json.dumps(record["reasons"], ensure_ascii=False) if f == "reasons" else record[f]
              for f in RECEIPT_FIELDS]
    db.execute(f"INSERT INTO receipts ({', '.join(RECEIPT_FIELDS)}) VALUES ({', '.join('?' for _ in RECEIPT_FIELDS)})",
               values)


def receipt_exists(db: Database, receipt_id: str, package_id: str) -> bool:
    return db.execute("SELECT 1 FROM receipts WHERE receipt_id = ? AND package_id = ?",
                      [receipt_id, package_id]).fetchone() is not None


def receipts_for(db: Database, period: str | None = None) -> list[dict[str, Any]]:
    """The receipts of one period (or all), in the order the district decided them: package sequence, then
    issue time, then import order."""
    order = "ORDER BY period, sequence, issued_at, id"
    if period is None:
        return [_receipt_row(r) for r in db.query(f"SELECT * FROM receipts {order}")]
    return [_receipt_row(r) for r in db.query(f"SELECT * FROM receipts WHERE period = ? {order}", [period])]


def latest_receipts(db: Database) -> dict[str, dict[str, Any]]:
    """Period → its newest receipt (about the highest package number; the last issued among those)."""
    latest: dict[str, dict[str, Any]] = {}
    for row in receipts_for(db):  # oldest first: the last one of a period wins
        latest[str(row["period"])] = row
    return latest


def export_by_package(db: Database, package_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM exports WHERE package_id = ?", [package_id]))
    return _export_row(rows[0]) if rows else None


def get_signing_key(db: Database, key_id: str) -> dict[str, Any] | None:
    """A signing key of this workspace, active or replaced (a receipt is sealed to the key that signed)."""
    rows = list(db.query("SELECT * FROM signing_keys WHERE key_id = ?", [key_id]))
    return dict(rows[0]) if rows else None


def answers_changed_since(db: Database, period: str, since: str) -> set[tuple[str, str]]:
    """(questionnaire id, question id) of every answer of ``period`` changed in a later second than ``since`` (an
    ISO time in UTC, as exports record it: to the second, while the log has milliseconds — the answers given in
    the second of an export went into it)."""
    return {(str(q), str(k)) for q, k in db.execute(
        "SELECT DISTINCT a.questionnaire_id, l.question_id FROM answer_log l JOIN assessments a "
        "ON a.id = l.assessment_id WHERE a.period = ? AND substr(l.changed_at, 1, 19) > substr(?, 1, 19)",
        [period, since]).fetchall()}


# --------------------------------------------------------------------------- whole-database helpers


def dump_tables(db: Database) -> dict[str, Any]:
    """Schema (tables, indexes, triggers), header pragmas and every row of every table, ordered — for
    comparing two workspaces (backup/restore checks)."""
    dump: dict[str, Any] = {
        "_schema": sorted(tuple(r) for r in db.execute("SELECT type, name, sql FROM sqlite_master").fetchall()),
        "_pragmas": (schema_version(db), application_id(db)),
    }
    for name in sorted(db.table_names()):
        if name.startswith("sqlite_"):
            continue
        columns = [str(c[1]) for c in db.execute(f'PRAGMA table_info("{name}")')]
        dump[name] = [dict(r) for r in db.query(f'SELECT * FROM "{name}" ORDER BY {", ".join(columns)}')]
    return dump


def snapshot_to(db: Database, target: Path) -> None:
    """A consistent copy of the live database (SQLite online backup; safe while others write)."""
    destination = sqlite3.connect(str(target))
    try:
        db.conn.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
    finally:
        destination.close()
