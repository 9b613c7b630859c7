"""An import writes each package about twice (the WAL, then the database file), not ten or thirty times over
(issue #16): the copy SQLite keeps to undo each package's savepoint stays in memory instead of going to a
temporary file — at 64 KB pages that file took ~1.1 MB a package, 6 GB for a district's 5,700 packages, in the
temp folder a Windows virus scanner reads."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from district_fixtures import district, document, package, uscc, write

from zgsz_desktop.district import importer
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.importer import import_packages

PROC_IO = Path("/proc/self/io")


def _bytes_written() -> int:
    """Bytes this process has handed to write calls (files, temporary files, pipes) so far (Linux)."""
    fields = dict(line.split(": ") for line in PROC_IO.read_text().splitlines())
    return int(fields["wchar"])


@pytest.mark.skipif(not sys.platform.startswith("linux") or not PROC_IO.exists(), reason="reads /proc/self/io")
def test_an_import_writes_its_packages_about_twice_not_once_per_savepoint_page(tmp_path, monkeypatch):
    folder = tmp_path / "packages"
    folder.mkdir()
    package_bytes = 0
    for serial in range(30):
        data = package(document("nantong-zgsz-core", code=uscc(200 + serial), name=f"企业{serial}"), f"key-{serial}")
        package_bytes += len(data)
        write(folder, f"{serial}.zgsz", data)
    identity = district().identity
    warm = open_db(tmp_path / "warm.zgszdb")  # the modules and the schema, written once, are not what is measured
    import_packages(warm, [folder], identity, workers=1)
    warm.conn.close()

    db = open_db(tmp_path / "district.zgszdb")
    # one commit, however slow the machine: each commit adds its own pages to the WAL (a commit per second would
    # otherwise make the figure depend on the machine's speed)
    monkeypatch.setattr(importer, "COMMIT_SECONDS", 3600.0)
    before = _bytes_written()
    summary = import_packages(db, [folder], identity, workers=1)
    written = _bytes_written() - before

    assert summary.counts == {"new": 30}
    # the WAL and the checkpoint into the database file (2 ×), the rows and the signed log: measured 2.5 ×; with the
    # savepoints' undo copies in a temporary file it was 29 ×
    assert written < 5 * package_bytes, f"{written:,} bytes written for {package_bytes:,} bytes of packages"
    db.conn.close()


def _one_package_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "packages"
    folder.mkdir()
    write(folder, "a.zgsz", package(document("nantong-zgsz-core", code=uscc(7), name="甲公司"), "key-a"))
    return folder


def _temp_store(db) -> int:
    return db.conn.execute("PRAGMA temp_store").fetchone()[0]


def test_the_import_keeps_undo_copies_in_memory_and_then_restores_the_setting(tmp_path):
    db = open_db(tmp_path / "district.zgszdb")
    db.conn.execute("PRAGMA temp_store = FILE")  # 1: not the default, so a restore to the default would show
    seen: list[int] = []
    summary = import_packages(db, [_one_package_folder(tmp_path)], district().identity, workers=1,
                              progress=lambda *_: seen.append(_temp_store(db)))
    assert summary.counts == {"new": 1}
    assert seen == [2]  # MEMORY while the packages are decided
    assert _temp_store(db) == 1
    db.conn.close()


def test_an_import_that_fails_restores_the_setting_too(tmp_path):
    db = open_db(tmp_path / "district.zgszdb")
    db.conn.execute("PRAGMA temp_store = FILE")

    def broken_progress(*_: object) -> None:
        raise RuntimeError("the window went away")

    with pytest.raises(RuntimeError):
        import_packages(db, [_one_package_folder(tmp_path)], district().identity, workers=1, progress=broken_progress)
    assert _temp_store(db) == 1
    assert not db.conn.in_transaction
    db.conn.close()
