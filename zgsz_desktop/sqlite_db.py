"""One way to use SQLite (issue #19): the enterprise's workspace and the district's database open, write, migrate
and report failures through these functions.

- :func:`connect`: refuses a file that is not ours before anything in it changes, then WAL with
  ``synchronous=FULL`` (a committed change survives a killed process or a power cut) and foreign keys; on a full
  disk, where SQLite cannot even set up its write-ahead log, the file is opened for reading instead (see
  :func:`open_for_reading_on_full_disk`), so the user can still see and back up what they have.
- :func:`transaction`: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error, and every SQLite failure said as
  what happened (``sqlite_problems.describe``: a full disk, a locked file, a read-only folder, a damaged file).
- :func:`migrate`: each schema step in its own transaction together with its ``user_version`` bump, decided
  inside that transaction (another process may have migrated meanwhile).

Each database says what differs in a :class:`Store`; the SQL itself stays in ``workspace/storage.py`` and
``district/db.py``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from .sqlite_problems import Problem, Subject, classify, describe, read_only_uri, wal_is_empty


class Store(NamedTuple):
    """What differs between the workspace and the district database. (A named tuple, not a dataclass: ~8 times
    quicker to define, and this module is imported on every start, issue #16.)"""

    subject: Subject  # names the database in messages ("workspace", "district" or "city")
    application_id: int  # PRAGMA application_id: marks the file as ours
    busy_timeout_ms: int  # how long a write waits for another window or process
    error: type[Exception]  # raised with the sentence (a UserError subclass)
    not_ours: Callable[[Path], str]  # the sentence for a file that is someone else's
    holders: Callable[[Path], Sequence[int]] | None = None  # process ids that have the database open (for BUSY)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def connect(path: Path, store: Store, *,
            prepare: Callable[[sqlite3.Connection, bool], None] | None = None) -> tuple[sqlite3.Connection, str | None]:
    """Open ``path`` (creating it if needed) the one way; returns the connection and, when the disk is full and the
    file could only be opened for reading, the sentence every write will be refused with (else None).

    ``prepare(conn, has_tables)`` runs after the file is known to be ours (or new) and before it is switched to WAL:
    the caller's own checks (a version from the future) and settings (page size of a new file)."""
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=store.busy_timeout_ms / 1000,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(store.busy_timeout_ms)}")
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if has_tables and conn.execute("PRAGMA application_id").fetchone()[0] != store.application_id:
            raise store.error(store.not_ours(path))
        if prepare is not None:
            prepare(conn, has_tables)
        mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        if mode != "wal":
            raise sqlite3.OperationalError(f"journal mode {mode}, not wal: the folder is not writable")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn, None
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        reading = open_for_reading_on_full_disk(exc, path, store)
        if reading is not None:
            return reading, describe(exc, path, store.subject, store.holders)
        raise store.error(describe(exc, path, store.subject, store.holders)) from exc
    except BaseException:
        if conn is not None:
            conn.close()
        raise


def open_for_reading_on_full_disk(exc: sqlite3.Error, path: Path, store: Store) -> sqlite3.Connection | None:
    """On a full disk SQLite cannot open the file in WAL mode (its ``-shm`` index cannot grow), yet the data is
    intact: open it for reading without writing anything beside it. Only when every committed change is in the
    main file (an empty write-ahead log): otherwise the recent changes would be missing from what is shown."""
    if classify(exc, path) is not Problem.FULL or not path.is_file() or not wal_is_empty(path):
        return None
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False)
        if conn.execute("PRAGMA application_id").fetchone()[0] != store.application_id:
            conn.close()
            return None
    except sqlite3.Error:
        return None
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection, path: Path, store: Store, *,
                read_only_reason: str | None = None) -> Iterator[None]:
    """One atomic, durable write, or a sentence saying why not (nothing of it is kept)."""
    if read_only_reason:
        raise store.error(read_only_reason)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise store.error(describe(exc, path, store.subject, store.holders)) from exc
    try:
        yield
    except BaseException as exc:
        _rollback(conn)
        if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.IntegrityError):
            # said as what happened (full disk, locked, I/O), not as a traceback; an IntegrityError is a rule of
            # ours (the append-only triggers, a unique key) and stays what it is
            raise store.error(describe(exc, path, store.subject, store.holders)) from exc
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise store.error(describe(exc, path, store.subject, store.holders)) from exc


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:  # SQLite may have rolled back already (a full disk or an I/O error ends it)
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


def migrate(conn: sqlite3.Connection, path: Path, store: Store, target: int, steps: Mapping[int, Callable[[], None]],
            *, read_only_reason: str | None = None, all_at_once: bool = False) -> int:
    """Bring the schema to ``target``; returns the version found. Each step in its own transaction with its
    ``user_version`` bump (an interrupted upgrade keeps the steps done), or with ``all_at_once`` every step in one
    transaction (an interrupted upgrade leaves the file exactly as it was). Decided inside the transaction:
    another process may have migrated meanwhile."""
    found = user_version(conn)
    if all_at_once:
        with transaction(conn, path, store, read_only_reason=read_only_reason):
            for version in range(user_version(conn) + 1, target + 1):
                steps[version]()
                conn.execute(f"PRAGMA user_version = {version}")
        return found
    for version in range(found + 1, target + 1):
        with transaction(conn, path, store, read_only_reason=read_only_reason):
            if user_version(conn) >= version:
                continue
            steps[version]()
            conn.execute(f"PRAGMA user_version = {version}")
    return found
