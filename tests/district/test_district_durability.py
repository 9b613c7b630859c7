"""A district import killed with SIGKILL mid-way leaves a consistent database, and running the same
import again completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from zgsz_desktop.demo_district import DEMO_DISTRICT_PASSPHRASE, write_district_demo
from zgsz_desktop.district.db import check_log, open_db
from zgsz_desktop.district.identity import DistrictIdentity
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.package.keys import load_district_key

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _count(db_path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(DISTINCT package_id) FROM submissions").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigkill_during_import_leaves_whole_packages_and_a_rerun_completes(tmp_path):
    demo = write_district_demo(tmp_path / "demo", 150, light_reports=True)
    total = len(demo.packages)
    env = {**os.environ, "ZP": DEMO_DISTRICT_PASSPHRASE}
    # The CLI as staff run it, committing every 8 packages: a batch commits every 256 packages or every second,
    # and 150 small packages import in less than that, so the kill (after the first commit is seen) could
    # otherwise never land between two commits
    small_batches = ("import sys; from zgsz_desktop.district import importer; importer.COMMIT_EVERY = 8; "
                     "from zgsz_desktop.cli import main; sys.exit(main(sys.argv[1:]))")
    command = [sys.executable, "-c", small_batches, "district", "import", "--workers", "1",
               "--district-key", str(demo.district_key), "--passphrase-env", "ZP", str(demo.out_dir / "packages")]
    for attempt in range(5):
        db_path = tmp_path / f"d{attempt}.zgszdb"
        process = subprocess.Popen([*command, "--db", str(db_path)], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while process.poll() is None and _count(db_path) == 0 and time.monotonic() < deadline:
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
        process.wait()
        stored = _count(db_path)
        if 0 < stored < total:
            break
    else:
        pytest.fail("the import always finished before it could be killed")

    db = open_db(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check_log(db).ok
    # nothing half-stored: every submission has its enterprise, its evidence and its log entry
    assert db.execute("""SELECT count(*) FROM submissions s
                         LEFT JOIN packages p ON p.sha256 = s.package_sha256
                         LEFT JOIN enterprises e ON e.uscc = s.uscc
                         WHERE p.sha256 IS NULL OR e.uscc IS NULL""").fetchone()[0] == 0
    logged = {row[0] for row in db.execute("SELECT package_id FROM import_log WHERE verdict = 'new'")}
    assert {row[0] for row in db.execute("SELECT package_id FROM submissions")} == logged

    identity = DistrictIdentity.from_key(load_district_key(demo.district_key), DEMO_DISTRICT_PASSPHRASE)
    again = import_packages(db, [demo.out_dir / "packages"], identity, workers=1)
    assert again.counts == {"duplicate": stored, "new": total - stored}
    assert db.execute("SELECT count(DISTINCT package_id) FROM submissions WHERE current = 1").fetchone()[0] == total
    # each package is one enterprise's whole submission: both questionnaires current
    assert db.execute("SELECT count(*) FROM submissions WHERE current = 1").fetchone()[0] == 2 * total
    assert check_log(db).ok and db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cancel_keeps_what_was_done_and_logs_it(tmp_path):
    import threading

    demo = write_district_demo(tmp_path / "demo", 40, light_reports=True)
    identity = DistrictIdentity.from_key(load_district_key(demo.district_key), DEMO_DISTRICT_PASSPHRASE)
    db = open_db(tmp_path / "d.zgszdb")
    cancel = threading.Event()

    def progress(done: int, total: int, outcome) -> None:
        if done == 10:
            cancel.set()

    summary = import_packages(db, [demo.out_dir / "packages"], identity, workers=1, progress=progress, cancel=cancel)
    assert summary.cancelled and len(summary.outcomes) == 10
    assert db.execute("SELECT count(DISTINCT package_id) FROM submissions").fetchone()[0] == 10
    assert db.execute("SELECT verdict FROM import_log ORDER BY seq DESC LIMIT 1").fetchone()[0] == "cancelled"
    assert check_log(db).ok
