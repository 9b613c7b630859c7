"""Schema 5 (the dashboard's covering indexes) and schema 6 (what each submission counts, stored beside it:
``submission_counts``; issue #16): a database of schema 4 or 5 upgrades in place, in one transaction, keeps every
row and every figure — the figures after are those the facts gave before, computed the old way — gets the counts
its stored facts give, ends up with the structure a new database has (the audit compares the two), and is refused
rather than migrated twice when its version number is edited back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from district_fixtures import district, document, package, uscc, write
from test_district_dashboard_queries import random_district

from zgsz_desktop.district import counters
from zgsz_desktop.district import db as district_db
from zgsz_desktop.district.audit import _schema, audit
from zgsz_desktop.district.dashboard import build_dashboard, enterprise_rows, latest_core_facts, refresh
from zgsz_desktop.district.db import SCHEMA_VERSION, DistrictDbError, open_db, schema_version
from zgsz_desktop.district.importer import import_packages

INDEXES_5 = {"submissions_year_figures", "submissions_latest"}
YEARS = (2023, 2024, 2025)


def _indexes(db: Any) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def _tables(db: Any) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _old_schema(monkeypatch: pytest.MonkeyPatch, path: Path, version: int, seed: int = 7) -> Any:
    """A district database as release 0.3 (schema 4) or 0.4 (schema 5) made it, with a random district's rows."""
    with monkeypatch.context() as patch:
        patch.setattr(district_db, "SCHEMA_VERSION", version)
        db = random_district(path, seed)
        assert schema_version(db) == version and "submission_counts" not in _tables(db)
        assert ("submissions_by_year" in _indexes(db)) == (version == 4)
    return db


def _as_released(patch: pytest.MonkeyPatch, version: int) -> None:
    """This release's code writing as the release of schema ``version`` did: it kept no counts."""
    from zgsz_desktop.district import submissions_store

    patch.setattr(district_db, "SCHEMA_VERSION", version)
    patch.setattr(submissions_store, "write_counts", lambda *_: None)


def _from_facts(db: Any, year: int) -> Any:
    """The figures and the table as a refresh computed them before schema 6: from every enterprise's latest facts
    (which a database of any schema has)."""
    latest = latest_core_facts(db)
    return build_dashboard(db, year, latest=latest), enterprise_rows(db, year, latest=latest)


def _counts(db: Any) -> dict[tuple[str, str], list[tuple[str, int, int]]]:
    found: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for package_id, questionnaire, bucket, year, n in db.execute(
            "SELECT package_id, questionnaire_id, bucket, year, n FROM submission_counts"):
        found.setdefault((package_id, questionnaire), []).append((bucket, year, n))
    return {key: sorted(rows) for key, rows in found.items()}


def _counts_of_the_facts(db: Any) -> dict[tuple[str, str], list[tuple[str, int, int]]]:
    """What every stored submission's facts count (``counters.entries``), as the rows would hold it."""
    found = {}
    for package_id, questionnaire, facts in db.execute("SELECT package_id, questionnaire_id, facts FROM submissions"):
        rows = sorted(counters.entries(json.loads(facts)))
        if rows:
            found[(package_id, questionnaire)] = rows
    return found


@pytest.mark.parametrize("version", [4, 5])
def test_an_older_database_upgrades_in_place_with_the_same_rows_and_figures(monkeypatch, tmp_path, version):
    path = tmp_path / "d.zgszdb"
    old = _old_schema(monkeypatch, path, version)
    rows_before = old.execute("SELECT * FROM submissions ORDER BY package_id, questionnaire_id").fetchall()
    figures_before = {year: _from_facts(old, year) for year in YEARS}
    old.conn.close()

    db = open_db(path)
    assert schema_version(db) == SCHEMA_VERSION == 9
    assert INDEXES_5 <= _indexes(db) and "submissions_by_year" not in _indexes(db)  # replaced by a wider one
    assert list(tmp_path.glob(f"d.zgszdb.before-v{version}-*.bak"))  # the old file is kept beside it
    assert db.execute("SELECT * FROM submissions ORDER BY package_id, questionnaire_id").fetchall() == rows_before
    # every submission got what its stored facts count, and the refresh that reads them shows what the facts gave
    assert _counts(db) == _counts_of_the_facts(db) and _counts(db)
    assert {year: refresh(db, year) for year in YEARS} == figures_before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    # the structure is what a new database gets: the audit compares the two
    assert _schema(db) == _schema(open_db(tmp_path / "new.zgszdb"))
    # and the dashboard's reads are answered from the indexes, in their order
    plan = " ".join(row[3] for row in db.execute(
        "EXPLAIN QUERY PLAN SELECT uscc, max(period_order), period, package_id FROM submissions "
        "WHERE questionnaire_id = 'nantong-zgsz-core' AND current = 1 AND period_year = 2024 GROUP BY uscc"))
    assert "COVERING INDEX submissions_year_figures" in plan and "TEMP B-TREE" not in plan
    from zgsz_desktop.district.dashboard import _LATEST_COUNTS_SQL

    plan = " ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {_LATEST_COUNTS_SQL}",
                                                 ["nantong-zgsz-core"] * 2))
    assert "COVERING INDEX submissions_latest" in plan and "PRIMARY KEY" in plan and "TEMP B-TREE" not in plan


@pytest.mark.parametrize("version", [4, 5])
def test_an_imported_older_database_still_passes_the_audit_once_upgraded(monkeypatch, tmp_path, version):
    d = district()
    path = tmp_path / "d.zgszdb"
    files = [write(tmp_path / "in", f"{i}.zgsz", package(document("nantong-zgsz-core", code=uscc(600 + i),
                                                                  name=f"企业{i}"), f"k{i}"))
             for i in range(2)]
    with monkeypatch.context() as patch:
        _as_released(patch, version)
        old = open_db(path)
        import_packages(old, files, d.identity, workers=1)
        assert schema_version(old) == version
        before = {year: _from_facts(old, year) for year in YEARS}
        old.conn.close()
    db = open_db(path)
    assert schema_version(db) == SCHEMA_VERSION and _counts(db) == _counts_of_the_facts(db) and _counts(db)
    report = audit(db, d.identity)
    assert report.ok, report.message
    assert {year: refresh(db, year) for year in YEARS} == before
    assert refresh(db, 2024)[0].core_submitted == 2


def test_an_import_writes_what_each_submission_counts(tmp_path):
    d = district()
    db = open_db(tmp_path / "d.zgszdb")
    files = [write(tmp_path / "in", f"{i}.zgsz", package(document(questionnaire, code=uscc(620 + i), name=f"企业{i}"),
                                                         f"k{i}"))
             for i, questionnaire in enumerate(["nantong-zgsz-core", "miit-sme-2024", "nantong-zgsz-core"])]
    import_packages(db, files, d.identity, workers=1)
    assert _counts(db) == _counts_of_the_facts(db) and len(_counts(db)) == 2  # the MIIT questionnaire counts nothing


def test_facts_that_cannot_be_counted_do_not_stop_the_upgrade_and_the_audit_names_them(monkeypatch, tmp_path):
    """A row edited into something the counters cannot read (before the upgrade): the upgrade goes through, the
    row counts nothing, and the audit (which rebuilds every row from the signed packages) says so."""
    d = district()
    path = tmp_path / "d.zgszdb"
    files = [write(tmp_path / "in", f"{i}.zgsz", package(document("nantong-zgsz-core", code=uscc(640 + i),
                                                                  name=f"企业{i}"), f"k{i}"))
             for i in range(2)]
    with monkeypatch.context() as patch:
        _as_released(patch, 5)
        old = open_db(path)
        import_packages(old, files, d.identity, workers=1)
        old.conn.close()
    conn = sqlite3.connect(path)
    edited = conn.execute("UPDATE submissions SET facts = '{\"projects_completed\": [1, 2]}' "
                          "WHERE uscc = ?", [uscc(640)]).rowcount
    conn.commit()
    conn.close()
    assert edited == 1
    db = open_db(path)
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM submission_counts c JOIN submissions s USING (package_id) "
                      "WHERE s.uscc = ?", [uscc(640)]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM submission_counts c JOIN submissions s USING (package_id) "
                      "WHERE s.uscc = ?", [uscc(641)]).fetchone()[0] > 0
    report = audit(db, d.identity)
    assert any("企业0" in p and "统计数据被改动过" in p for p in report.problems), report.problems
    assert any("统计计数" in p and "被删除了" in p for p in report.problems), report.problems


@pytest.mark.parametrize("version", [4, 5])
def test_a_failed_upgrade_leaves_the_older_database_as_it_was(monkeypatch, tmp_path, version):
    path = tmp_path / "d.zgszdb"
    _old_schema(monkeypatch, path, version).conn.close()
    conn = sqlite3.connect(path)
    schema_before = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    conn.close()

    def half_done(db: Any) -> None:
        district_db._v6(db)
        raise sqlite3.OperationalError("disk I/O error")  # after the table was filled: all of it is undone

    with monkeypatch.context() as patch:
        patch.setitem(district_db._MIGRATIONS, 6, half_done)
        with pytest.raises(DistrictDbError):
            open_db(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    assert conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == schema_before
    conn.close()
    assert schema_version(open_db(path)) == SCHEMA_VERSION  # and the next opening upgrades it


@pytest.mark.parametrize("version", [4, 5])
def test_a_version_number_edited_back_is_refused_not_migrated_again(tmp_path, version):
    path = tmp_path / "d.zgszdb"
    open_db(path).conn.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    with pytest.raises(DistrictDbError, match="版本号被改动过"):
        open_db(path, create=False)
