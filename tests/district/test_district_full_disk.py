"""A district database whose disk fills up (issue #19): reading the figures still works, an import is refused as
磁盘已满 (never 已损坏), nothing already stored is lost, and once there is space the same import completes."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import fill_disk
from district_fixtures import PASSPHRASE, district, document, package, uscc, write

from zgsz_desktop.district.db import DistrictDbError, open_db, transaction
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.fileio import write_json_atomic

CORE = "nantong-zgsz-core"


def _count(path) -> int:
    db = open_db(path, create=False)
    try:
        return int(db.execute("SELECT count(*) FROM submissions").fetchone()[0])
    finally:
        db.conn.close()


def test_a_full_disk_keeps_the_figures_readable_refuses_the_import_and_loses_nothing(small_volume, tmp_path):
    d = district()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = write(inbox, "a.zgsz", package(document(CORE, code=uscc(71), name="甲公司"), "a"))
    later = write(tmp_path, "b.zgsz", package(document(CORE, code=uscc(72), name="乙公司"), "b"))
    path = small_volume / "海安市.zgszdb"
    db = open_db(path)
    import_packages(db, [first], d.identity, workers=1)
    db.conn.close()
    assert _count(path) == 1
    filler = fill_disk(small_volume)

    # reading: the database opens (for reading) and the summary is printed
    env = {**os.environ, "PYTHONUTF8": "1"}
    shown = subprocess.run([sys.executable, "-m", "zgsz_desktop.cli", "district", "summary", "--db", str(path),
                            "--year", "2024"], capture_output=True, text=True, env=env, timeout=300)
    assert shown.returncode == 0, shown.stderr
    assert "已损坏" not in shown.stdout + shown.stderr

    # writing: refused as a full disk, and the stored submission is still there
    db = open_db(path, create=False)
    try:
        try:
            with transaction(db):
                db.execute("INSERT INTO meta (key, value) VALUES ('probe', 'x')")
        except DistrictDbError as exc:
            message = str(exc)
        else:
            raise AssertionError("a write on a full disk was not refused")
    finally:
        db.conn.close()
    assert "磁盘已满" in message and "已损坏" not in message
    key_file = tmp_path / "d.zgszdistrict"
    write_json_atomic(key_file, d.key.to_json())
    imported = subprocess.run([sys.executable, "-m", "zgsz_desktop.cli", "district", "import", "--db", str(path),
                               "--district-key", str(key_file), "--passphrase-env", "ZP", "--workers", "1",
                               str(later)], capture_output=True, text=True, env={**env, "ZP": PASSPHRASE}, timeout=300)
    said = imported.stdout + imported.stderr
    assert imported.returncode != 0 and "磁盘已满" in said and "只读" not in said, said
    assert "Traceback" not in imported.stderr
    assert _count(path) == 1

    # space again: the same import completes, and everything is whole
    filler.unlink()
    db = open_db(path, create=False)
    import_packages(db, [later], d.identity, workers=1)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.conn.close()
    assert _count(path) == 2
