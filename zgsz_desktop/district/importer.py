"""Import a batch of report packages into the district database: find the files, check them, decide each in
its own savepoint, commit in batches, cancel on request.

Two stages. **Checking** (``checking.py``; CPU-bound, parallel across processes for large batches): read the file,
verify it as ``zgsz verify`` does — signature, decryption with the district key, payload hashes,
identity, and re-scoring with the questionnaire version it names — and compute the dashboard facts.
**Deciding** (``verdicts.py``; serial, in the database): new / superseding / duplicate / stale / conflict, and the
key pinning rule (the first key seen for a 统一社会信用代码 is pinned; a different one is held for approval);
``submissions_store.py`` writes what a decision stores.

Every decision is written with its import-log entry in the same transaction; a batch commits every
``COMMIT_EVERY`` packages, so a killed import leaves whole packages or nothing of one, and running
the same import again completes it (what was stored is then reported as duplicate). A dry run makes
the same decisions inside one transaction that is rolled back: the preview is exactly what an import
would do, and nothing is stored.

The other jobs this module once held live beside it: ``package_files.py`` (finding ``*.zgsz``), ``outcomes.py``
(verdicts, outcome lines, the summary), ``key_approval.py`` (held keys), ``district_claim.py`` (which district a
database belongs to) and ``stored_reports.py`` (a stored submission's PDF). Their names are re-exported here
(``__all__``) for callers that still import them from this module.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import sqlite_utils

from .anchor import remember as remember_log
from .checking import Checked, checked_stream
from .db import DistrictDbError, LogSigner, append_log, explain, transaction
from .district_claim import check_district
from .identity import DistrictIdentity
from .key_approval import (
    ApprovalRefused,
    HeldKey,
    apply_approval,
    apply_rejection,
    approval_needs_fingerprint,
    approve_key,
    held_keys,
    reject_key,
)
from .outcomes import DRY_RUN_LABELS, VERDICTS, ImportSummary, Outcome, log_outcome, outcome_of, utc_now
from .package_files import PACKAGE_SUFFIX, find_packages
from .policy_files import loaded_editions
from .stored_reports import submission_report
from .submissions_store import facts_note
from .verdicts import decide, hidden_text_warning

# What callers imported from this module before it was split (issue #19); the UI still imports them from here.
__all__ = [
    "COMMIT_EVERY",
    "COMMIT_SECONDS",
    "DRY_RUN_LABELS",
    "PACKAGE_SUFFIX",
    "PARALLEL_FROM",
    "VERDICTS",
    "ApprovalRefused",
    "DistrictIdentity",
    "HeldKey",
    "ImportSummary",
    "Outcome",
    "Progress",
    "apply_approval",
    "apply_rejection",
    "approval_needs_fingerprint",
    "approve_key",
    "check_district",
    "decide",
    "facts_note",
    "find_packages",
    "held_keys",
    "hidden_text_warning",
    "import_packages",
    "reject_key",
    "submission_report",
]

# A batch commits after this many packages or this many seconds, whichever comes first: each commit waits for
# the disk (synchronous=FULL; committing every 64 was a fifth of the import), and a second's work is what an
# interrupted import may have to do again (and how long the dashboard may lag behind it).
COMMIT_EVERY = 256
COMMIT_SECONDS = 1.0
PARALLEL_FROM = 24  # below this many files, starting worker processes costs more than it saves


Progress = Callable[[int, int, Outcome], None]


def import_packages(db: sqlite_utils.Database, paths: Iterable[Path], identity: DistrictIdentity, *,
                    dry_run: bool = False, progress: Progress | None = None, cancel: threading.Event | None = None,
                    workers: int | None = None, now: Callable[[], str] = utc_now) -> ImportSummary:
    """Check and store every package under ``paths``; a broken package never stops the batch."""
    check_district(db, identity, claim=not dry_run)
    problems: list[tuple[Path, str]] = []
    files = find_packages(paths, problems)
    summary = ImportSummary(dry_run=dry_run, total=len(files) + len(problems))
    workers = workers or max(1, min(os.cpu_count() or 1, 8))
    if len(files) < PARALLEL_FROM:
        workers = 1
    conn = db.conn
    # Each package is decided in its own savepoint (below), and SQLite keeps a copy of every page the savepoint
    # changes, to undo it: ~17 pages of 64 KB a package. By default that copy goes to a temporary file — 1.1 MB a
    # package, 6 GB written to the temp folder for 5,700 packages (on Windows read again by the virus scanner).
    # In memory it is the same copy, about one package's worth (the pages a package overwrites), freed at each
    # RELEASE; SQLite's sorts for this connection stay in memory too while the import runs. (No temporary tables live
    # on this connection: changing the setting would drop them.)
    temp_store = conn.execute("PRAGMA temp_store").fetchone()[0]
    conn.execute("PRAGMA temp_store = MEMORY")
    pending = 0
    begun = 0.0

    def record(checked: Checked) -> None:
        nonlocal pending, begun
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            begun = time.monotonic()
        # each package in its own savepoint: an error in our code for one file undoes only that file
        conn.execute("SAVEPOINT package")
        try:
            outcome = decide(db, checked, now(), signer=identity, dry_run=dry_run)
            conn.execute("RELEASE package")
        except sqlite3.IntegrityError as exc:  # a constraint our decision missed: this file only
            conn.execute("ROLLBACK TO package")
            conn.execute("RELEASE package")
            outcome = _internal_error(db, identity, checked, exc, dry_run, now())
        except sqlite3.Error:
            raise  # disk full, locked, read-only: the batch cannot go on (reported below)
        except Exception as exc:  # one file must never stop the batch
            conn.execute("ROLLBACK TO package")
            conn.execute("RELEASE package")
            outcome = _internal_error(db, identity, checked, exc, dry_run, now())
        summary.outcomes.append(outcome)
        pending += 1
        if not dry_run and (pending >= COMMIT_EVERY or time.monotonic() - begun >= COMMIT_SECONDS):
            conn.execute("COMMIT")
            pending = 0
        if progress is not None:
            progress(len(summary.outcomes), summary.total, outcome)

    try:
        for path, message in problems:
            record(Checked(str(path), verdict="unreadable", reason="unreadable", message=message))
        for checked in checked_stream(files, identity, workers, cancel, loaded_editions(db)):
            record(checked)
        summary.cancelled = cancel is not None and cancel.is_set() and len(summary.outcomes) < summary.total
        if conn.in_transaction:
            conn.execute("ROLLBACK" if dry_run else "COMMIT")
        if summary.cancelled and not dry_run:
            with transaction(db):
                append_log(db, identity, at=now(), action="import", verdict="cancelled",
                           detail=f"操作员取消：已处理 {len(summary.outcomes)} / {summary.total} 个文件")
        if not dry_run:
            remember_log(db)
    except sqlite3.Error as exc:
        raise DistrictDbError(explain(exc, db) + f"（已提交的 {len(summary.outcomes) - pending} 个文件保留；"
                                                 "问题解决后重新导入即可继续）") from exc
    finally:
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        finally:
            conn.execute(f"PRAGMA temp_store = {int(temp_store)}")
        if dry_run:
            try:  # the preview's rolled-back pages should not stay in the WAL file
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
    return summary


def _internal_error(db: sqlite_utils.Database, signer: LogSigner | None, checked: Checked, exc: BaseException,
                    dry_run: bool, now: str) -> Outcome:
    outcome = outcome_of(checked, "error", dry_run=dry_run, reason="internal_error",
                       message=f"处理此报告包时程序出错（{type(exc).__name__}: {str(exc)[:120]}），未导入；"
                               "其他报告包不受影响，请把此文件交给软件维护方")
    log_outcome(db, signer, outcome, checked.sha256, now)
    return outcome
