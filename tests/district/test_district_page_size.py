"""A district database holds every package as a blob: new files get large pages (issue #16, the import's
database time), and a database made before keeps its pages and goes on working."""

from __future__ import annotations

import sqlite3

from district_fixtures import district, document, package, uscc, write

from zgsz_desktop.district.db import PAGE_SIZE, open_db
from zgsz_desktop.district.importer import import_packages


def _page_size(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()


def _one_package(folder):
    return write(folder, "a.zgsz", package(document("nantong-zgsz-core", code=uscc(7), name="甲公司"), "key-a"))


def test_a_new_database_gets_large_pages_and_imports(tmp_path):
    path = tmp_path / "new.zgszdb"
    db = open_db(path)
    summary = import_packages(db, [_one_package(tmp_path)], district().identity, workers=1)
    assert summary.counts == {"new": 1}
    db.conn.close()
    assert _page_size(path) == PAGE_SIZE == 65536


def test_a_database_with_small_pages_keeps_them_and_works(tmp_path, monkeypatch):
    path = tmp_path / "old.zgszdb"
    with monkeypatch.context() as patch:  # a database as releases before issue #16 made them: 4 KB pages
        patch.setattr("zgsz_desktop.district.db.PAGE_SIZE", 4096)
        open_db(path).conn.close()
    assert _page_size(path) == 4096
    db = open_db(path)
    summary = import_packages(db, [_one_package(tmp_path)], district().identity, workers=1)
    assert summary.counts == {"new": 1}
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.conn.close()
    assert _page_size(path) == 4096
