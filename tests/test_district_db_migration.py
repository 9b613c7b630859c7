"""Schema 5 (the dashboard's covering indexes, issue #16): a schema 4 database upgrades in place, in one
transaction, keeps every row and every figure, ends up with the structure a new database has (the audit compares
the two), and is refused rather than migrated twice when its version number is edited back."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from district_fixtures import district, document, package, uscc, write
from test_district_dashboard_queries import random_district

from zgsz_desktop.district import db as district_db
from zgsz_desktop.district.audit import _schema, audit
from zgsz_desktop.district.dashboard import refresh
from zgsz_desktop.district.db import DistrictDbError, open_db, schema_version
from zgsz_desktop.district.importer import import_packages

NEW_INDEXES = {"submissions_year_figures", "submissions_latest"}


def _indexes(db: Any) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def _schema_4(monkeypatch: pytest.MonkeyPatch, path: Path, seed: int = 7) -> Any:
    """A district database as release 0.3 (schema 4) made it, with a random district's rows."""
    with monkeypatch.context() as patch:
        patch.setattr(district_db, "SCHEMA_VERSION", 4)
        db = random_district(path, seed)
        assert schema_version(db) == 4 and "submissions_by_year" in _indexes(db) and not NEW_INDEXES & _indexes(db)
    return db


def test_a_schema_4_database_upgrades_in_place_with_the_same_rows_and_figures(monkeypatch, tmp_path):
    path = tmp_path / "d.zgszdb"
    old = _schema_4(monkeypatch, path)
    rows_before = old.execute("SELECT * FROM submissions ORDER BY package_id, questionnaire_id").fetchall()
    figures_before = {year: refresh(old, year) for year in (2023, 2024, 2025)}
    old.conn.close()

    db = open_db(path)
    assert schema_version(db) == 5
    assert NEW_INDEXES <= _indexes(db) and "submissions_by_year" not in _indexes(db)  # replaced by a wider one
    assert list(tmp_path.glob("d.zgszdb.before-v4-*.bak"))  # the old file is kept beside it
    assert db.execute("SELECT * FROM submissions ORDER BY package_id, questionnaire_id").fetchall() == rows_before
    assert {year: refresh(db, year) for year in (2023, 2024, 2025)} == figures_before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the structure is what a new database gets: the audit compares the two
    assert _schema(db) == _schema(open_db(tmp_path / "new.zgszdb"))
    # and the dashboard's reads are answered from the new indexes
    plan = " ".join(row[3] for row in db.execute(
        "EXPLAIN QUERY PLAN SELECT uscc, max(period_order), period, package_id FROM submissions "
        "WHERE questionnaire_id = 'nantong-zgsz-core' AND current = 1 AND period_year = 2024 GROUP BY uscc"))
    assert "COVERING INDEX submissions_year_figures" in plan and "TEMP B-TREE" not in plan


def test_an_imported_schema_4_database_still_passes_the_audit_once_upgraded(monkeypatch, tmp_path):
    d = district()
    path = tmp_path / "d.zgszdb"
    files = [write(tmp_path / "in", f"{i}.zgsz", package(document("nantong-zgsz-core", code=uscc(600 + i),
                                                                  name=f"企业{i}"), f"k{i}"))
             for i in range(2)]
    with monkeypatch.context() as patch:
        patch.setattr(district_db, "SCHEMA_VERSION", 4)
        old = open_db(path)
        import_packages(old, files, d.identity, workers=1)
        assert schema_version(old) == 4
        old.conn.close()
    db = open_db(path)
    assert schema_version(db) == 5
    report = audit(db, d.identity)
    assert report.ok, report.message
    assert refresh(db, 2024)[0].core_submitted == 2


def test_a_failed_upgrade_leaves_the_schema_4_database_as_it_was(monkeypatch, tmp_path):
    path = tmp_path / "d.zgszdb"
    _schema_4(monkeypatch, path).conn.close()

    def half_done(db: Any) -> None:
        district_db._v5(db)
        raise sqlite3.OperationalError("disk I/O error")  # after the indexes changed: all of it is undone

    with monkeypatch.context() as patch:
        patch.setitem(district_db._MIGRATIONS, 5, half_done)
        with pytest.raises(DistrictDbError):
            open_db(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "submissions_by_year" in names and not NEW_INDEXES & names
    conn.close()
    assert schema_version(open_db(path)) == 5  # and the next opening upgrades it


def test_a_version_number_edited_back_to_4_is_refused_not_migrated_again(tmp_path):
    path = tmp_path / "d.zgszdb"
    open_db(path).conn.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 4")
    conn.close()
    with pytest.raises(DistrictDbError, match="版本号被改动过"):
        open_db(path, create=False)
