# ruff: noqa: F811  (the fixture imported below is a parameter of the tests)
"""The city's exports: Parquet files DuckDB can read, with exactly the schema docs/city.md documents; the workbook's
three sheets; a PDF."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
from city_fixtures import PERIOD, three_districts  # noqa: F401  (a fixture)
from openpyxl import load_workbook

from zgsz_desktop.city.consolidate import consolidate
from zgsz_desktop.city.db import open_city_db
from zgsz_desktop.city.exports import write_pdf, write_xlsx
from zgsz_desktop.city.importer import import_summaries
from zgsz_desktop.city.keys import pin_district
from zgsz_desktop.city.parquet import write_parquet

NOW = "2025-02-03T09:00:00+08:00"
DOC = Path(__file__).resolve().parents[2] / "docs" / "city.md"
TYPES = {"string": "string", "int64": "int64", "double": "double", "bool": "bool", "timestamp": "timestamp[ms, tz=UTC]"}


def _board(tmp_path, cases):
    db = open_city_db(tmp_path / "c.zgszcity")
    for case in cases:
        pin_district(db, case.recipient_path, NOW)
    import_summaries(db, [c.summary_path for c in cases], NOW)
    return consolidate(db, PERIOD)


def _documented() -> dict[str, list[tuple[str, str, bool, str]]]:
    """The schema tables of docs/city.md: ### `file` then | column | type | nullable | description |."""
    found: dict[str, list[tuple[str, str, bool, str]]] = {}
    current = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^### `(.+\.parquet)`", line)
        if heading:
            current = found.setdefault(heading[1], [])
        elif current is not None and line.startswith("| ") and not line.startswith(("| 列", "|---")):
            column, kind, nullable, description = [c.strip() for c in line.strip("|").split("|")]
            current.append((column, kind, nullable == "是", description))
    return found


def test_parquet_files_load_in_duckdb_with_the_documented_schema(tmp_path, three_districts):
    board = _board(tmp_path, three_districts)
    written = write_parquet(board, tmp_path / "out")
    documented = _documented()
    assert sorted(p.name for p in written) == sorted(documented)
    for path in written:
        schema = pq.read_schema(path)
        actual = [(f.name, str(f.type), f.nullable, f.metadata[b"comment"].decode()) for f in schema]
        assert actual == [(c, TYPES[k], n, d) for c, k, n, d in documented[path.name]], path.name
    con = duckdb.connect()
    count = con.execute(f"SELECT count(*) FROM '{tmp_path / 'out' / 'city_submissions.parquet'}' "
                        "WHERE submission_period IS NOT NULL").fetchone()[0]
    assert count == board.submitted == 9
    by_district = dict(con.execute(f"SELECT district, status FROM '{tmp_path / 'out' / 'city_districts.parquet'}'")
                       .fetchall())
    assert by_district["海安市"] == "已报" and by_district["启东市"] == "未报"
    city_projects = con.execute(f"SELECT actual FROM '{tmp_path / 'out' / 'city_quota_rows.parquet'}' "
                                "WHERE district = '全市' AND key = 'zgsz_projects'").fetchone()[0]
    summed = con.execute(f"SELECT sum(actual) FROM '{tmp_path / 'out' / 'city_quota_rows.parquet'}' "
                         "WHERE district != '全市' AND key = 'zgsz_projects'").fetchone()[0]
    assert city_projects == summed > 0


def test_workbook_has_the_three_sheets_and_pdf_is_written(tmp_path, three_districts):
    board = _board(tmp_path, three_districts)
    book = load_workbook(write_xlsx(board, tmp_path / "全市汇总.xlsx"))
    assert book.sheetnames == ["全市", "各区县", "企业清单"]
    assert book["企业清单"].max_row == 1 + 9
    districts = [row[0] for row in book["各区县"].iter_rows(min_row=2, values_only=True)]
    assert {"海安市", "如皋市", "崇川区", "启东市"} <= set(districts)
    pdf = write_pdf(board, tmp_path / "全市汇总.pdf", "2025-02-03 09:00")
    assert pdf.read_bytes().startswith(b"%PDF")
