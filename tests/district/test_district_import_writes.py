"""An import writes each package about twice (the WAL, then the database file), not ten or thirty times over
(issue #16): the copy SQLite keeps to undo each package's savepoint stays in memory instead of going to a
temporary file — at 64 KB pages that file took ~1.1 MB a package, 6 GB for a district's 5,700 packages, in the
temp folder a Windows virus scanner reads."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from district_fixtures import district, document, package, uscc, write

from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.importer import import_packages

PROC_IO = Path("/proc/self/io")


def _bytes_written() -> int:
    """Bytes this process has handed to write calls (files, temporary files, pipes) so far (Linux)."""
    fields = dict(line.split(": ") for line in PROC_IO.read_text().splitlines())
    return int(fields["wchar"])


@pytest.mark.skipif(not sys.platform.startswith("linux") or not PROC_IO.exists(), reason="reads /proc/self/io")
def test_an_import_writes_its_packages_about_twice_not_once_per_savepoint_page(tmp_path):
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
    before = _bytes_written()
    summary = import_packages(db, [folder], identity, workers=1)
    written = _bytes_written() - before

    assert summary.counts == {"new": 30}
    # the WAL and the checkpoint into the database file (2 ×), the rows and the signed log: measured 2.5 ×; with the
    # savepoints' undo copies in a temporary file it was 29 ×
    assert written < 5 * package_bytes, f"{written:,} bytes written for {package_bytes:,} bytes of packages"
    db.conn.close()


def test_the_import_leaves_the_connections_temporary_storage_as_it_found_it(tmp_path):
    folder = tmp_path / "packages"
    folder.mkdir()
    write(folder, "a.zgsz", package(document("nantong-zgsz-core", code=uscc(7), name="甲公司"), "key-a"))
    db = open_db(tmp_path / "district.zgszdb")
    seen: list[int] = []
    summary = import_packages(db, [folder], district().identity, workers=1,
                              progress=lambda *_: seen.append(db.conn.execute("PRAGMA temp_store").fetchone()[0]))
    assert summary.counts == {"new": 1}
    assert seen == [2]  # MEMORY while the packages are decided
    assert db.conn.execute("PRAGMA temp_store").fetchone()[0] == 0  # the default again afterwards
    db.conn.close()
