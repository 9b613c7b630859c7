# ruff: noqa: F811  (the fixture imported below is a parameter of the tests)
"""What the #17 review found on the city side, each as the clerk meets it: a district's honest report of a failed
audit reaches the city; submissions returned for correction are visible per district and in total; the city's
workbook holds numbers and local times; its PDF shows each district's quota rows, issue dates and whose average a
rate is; a repeated import says so once; a summary of a year without submissions warns."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from city_fixtures import ISSUED, PERIOD, DistrictCase, three_districts  # noqa: F401  (a fixture)
from district_fixtures import PASSPHRASE, district
from openpyxl import load_workbook

from zgsz_desktop.city.consolidate import consolidate
from zgsz_desktop.city.db import open_city_db
from zgsz_desktop.city.exports import write_pdf, write_xlsx
from zgsz_desktop.city.importer import import_summary
from zgsz_desktop.city.keys import pin_district
from zgsz_desktop.city.parquet import write_parquet
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.receipts import RETURNED, record_review
from zgsz_desktop.district.summary_package import PAYLOAD_TYPE, export_summary_package
from zgsz_desktop.keys import district_signing_key
from zgsz_desktop.signed_files import sign_file

NOW = "2025-02-03T09:00:00+08:00"
LATER = "2025-03-01T09:00:00+08:00"


def _city(tmp_path: Path, cases: list[DistrictCase]):
    db = open_city_db(tmp_path / "nantong.zgszcity")
    for case in cases:
        pin_district(db, case.recipient_path, NOW)
    return db


def _district_copy(tmp_path: Path, case: DistrictCase) -> Path:
    copy = tmp_path / f"{case.name}.zgszdb"
    shutil.copy(case.db_path, copy)
    return copy


def _export(db_path: Path, case: DistrictCase, out: Path, *, force: bool = False):
    db = open_db(db_path)
    try:
        return export_summary_package(db, district(case.name).identity, PERIOD, out, LATER, force=force)
    finally:
        db.conn.close()


def _returned_one(tmp_path: Path, case: DistrictCase) -> tuple[Path, str]:
    """A copy of the district with its first enterprise's 2024 submission returned for correction."""
    db_path = _district_copy(tmp_path, case)
    db = open_db(db_path)
    try:
        record_review(db, district(case.name).identity, case.codes[0], PERIOD, RETURNED,
                      note="设备总数与台账不符，请更正后重新报送", clerk="王敏", now=LATER)
    finally:
        db.conn.close()
    return db_path, case.codes[0]


def _content(path: Path) -> dict:
    return json.loads(base64.b64decode(json.loads(path.read_bytes())["payload"]))


# --------------------------------------------------------------------------- finding 2: a forced summary


def test_a_summary_forced_past_a_failed_audit_is_accepted_and_marked(tmp_path, three_districts):
    """The reviewer's steps: 重点企业 changed behind the software's back, exported with --force, imported by the city
    (it used to be refused for the line breaks in the audit's verdict)."""
    case = three_districts[0]
    db_path = _district_copy(tmp_path, case)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE enterprises SET key_enterprise = 1 WHERE rowid IN (SELECT rowid FROM enterprises LIMIT 3)")
    conn.commit()
    conn.close()
    forced = _export(db_path, case, tmp_path / "forced", force=True)
    assert forced.forced and not forced.audit_ok
    message = _content(forced.path)["audit"]["message"]
    assert "\n" in message  # one problem a line, as the district's audit says them

    db = _city(tmp_path, three_districts)
    outcome = import_summary(db, forced.path, NOW)
    assert outcome.verdict == "imported", outcome.message
    assert "核查未通过" in str(outcome.message)
    row = next(d for d in consolidate(db, PERIOD).districts if d.district == case.name)
    assert row.audit_ok is False and row.audit_forced
    assert row.audit_message == message


def test_other_hidden_characters_in_the_audit_verdict_are_still_refused(tmp_path, three_districts):
    case = three_districts[0]
    content = _content(case.summary_path)
    content.pop("signer")
    content["audit"]["message"] = "核查通过\n名称 A\u202eB"
    raw = district(case.name).key.private_key(PASSPHRASE).private_bytes_raw()
    path = tmp_path / "bidi.zgszsummary"
    path.write_bytes(sign_file(content, PAYLOAD_TYPE, district_signing_key(raw)))
    outcome = import_summary(_city(tmp_path, three_districts), path, NOW)
    assert outcome.verdict == "refused" and "U+202E" in str(outcome.message)


# --------------------------------------------------------------------------- finding 9: 退回修改


def test_a_returned_submission_is_marked_and_counted_per_district_and_in_total(tmp_path, three_districts):
    case = three_districts[0]
    db_path, returned_code = _returned_one(tmp_path, case)
    summary = _export(db_path, case, tmp_path / "returned")
    content = _content(summary.path)
    states = {e["uscc"]: e["acceptance"] for e in content["submissions"]}
    assert states[returned_code] == "returned"
    assert {s for code, s in states.items() if code != returned_code} == {"pending"}
    assert content["totals"]["under_correction"] == 1

    db = _city(tmp_path, three_districts)
    import_summary(db, three_districts[1].summary_path, NOW)
    assert import_summary(db, summary.path, NOW).verdict == "imported"
    board = consolidate(db, PERIOD)
    rows = {d.district: d for d in board.districts}
    assert rows[case.name].under_correction == 1 and rows[three_districts[1].name].under_correction == 0
    assert board.under_correction == 1 and board.to_dict()["under_correction"] == 1

    # the workbook: per district, and the state of each enterprise
    book = load_workbook(write_xlsx(board, tmp_path / "全市.xlsx"))
    sheet = book["各区县"]
    head = [c.value for c in sheet[1]]
    by_name = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert by_name[case.name][head.index("退回修改中")] == 1
    city_rows = {r[0]: r[1] for r in book["全市"].iter_rows(values_only=True) if r and r[0]}
    assert city_rows["其中退回修改中"] == 1
    listing = book["企业清单"]
    lhead = [c.value for c in listing[1]]
    states_listed = {r[lhead.index("统一社会信用代码")]: r[lhead.index("受理状态")]
                     for r in listing.iter_rows(min_row=2, values_only=True)}
    assert states_listed[returned_code] == "退回修改"

    # Parquet: the columns docs/city.md documents (tests/city/test_city_exports.py holds the two equal)
    out = tmp_path / "parquet"
    write_parquet(board, out)
    districts = pq.read_table(out / "city_districts.parquet").to_pylist()
    assert {d["district"]: d["under_correction"] for d in districts}[case.name] == 1
    submissions = pq.read_table(out / "city_submissions.parquet").to_pylist()
    assert {s["uscc"]: s["acceptance"] for s in submissions}[returned_code] == "退回修改"

    # the PDF says the count in its first sentence and in the districts' table
    text = _pdf_text(write_pdf(board, tmp_path / "全市.pdf", "2025-03-02 10:00"))
    assert "其中退回修改中 1 家" in text


def test_a_count_under_correction_that_does_not_match_the_list_is_refused(tmp_path, three_districts):
    case = three_districts[0]
    content = _content(case.summary_path)
    content.pop("signer")
    content["totals"]["under_correction"] = 2  # the list says none is returned
    raw = district(case.name).key.private_key(PASSPHRASE).private_bytes_raw()
    path = tmp_path / "wrong.zgszsummary"
    path.write_bytes(sign_file(content, PAYLOAD_TYPE, district_signing_key(raw)))
    outcome = import_summary(_city(tmp_path, three_districts), path, NOW)
    assert outcome.verdict == "refused" and "退回修改中的报送" in str(outcome.message)


# --------------------------------------------------------------------------- findings 8, 3, 17: the exports


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _imported(tmp_path: Path, cases: list[DistrictCase]):
    db = _city(tmp_path, cases)
    for case in cases:
        import_summary(db, case.summary_path, NOW)
    return consolidate(db, PERIOD)


def test_the_workbook_holds_numbers_local_times_ordered_levels_and_readable_columns(tmp_path, three_districts):
    board = _imported(tmp_path, three_districts)
    book = load_workbook(write_xlsx(board, tmp_path / "全市.xlsx"))
    sheet = book["各区县"]
    head = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == three_districts[0].name)
    rate = row[head.index("关键工序数控化率（重点企业平均）")]
    assert isinstance(rate.value, float) and rate.number_format == "0.0%"  # a number Excel can sum, not "68.4%"
    issued = row[head.index("签发时间")]
    assert issued.value == datetime.fromisoformat(ISSUED).astimezone().replace(tzinfo=None)  # the clerk's clock
    assert "yy" in issued.number_format
    # every column of every sheet has a width of its own, and headings wrap rather than being cut
    for name in ("各区县", "企业清单"):
        s = book[name]
        from openpyxl.utils import get_column_letter

        for column in range(1, s.max_column + 1):
            assert s.column_dimensions[get_column_letter(column)].width >= 8, (name, column)
        assert all(c.alignment.wrap_text for c in s[1])
    levels_row = next(r for r in book["全市"].iter_rows(values_only=True) if r and r[0] == "工信部评测等级")
    assert [v for v in levels_row[1:] if v] == ["未达到一级", "一级", "二级", "三级", "四级", "未完成"]
    enterprise_sheet = book["企业清单"]
    ehead = [c.value for c in enterprise_sheet[1]]
    cnc = enterprise_sheet.cell(2, ehead.index("关键工序数控化率") + 1)
    assert isinstance(cnc.value, float) and cnc.number_format == "0.0%"


def test_the_pdf_shows_each_districts_quota_rows_issue_dates_and_whose_average(tmp_path, three_districts):
    board = _imported(tmp_path, three_districts)
    text = _pdf_text(write_pdf(board, tmp_path / "全市.pdf", "2025-03-02 10:00"))
    flat = "".join(text.split())
    assert "各区县目标任务（完成数/任务数）" in flat
    assert "重点企业平均" in flat.split("各区县目标任务")[0].split("各区县")[-1]  # the districts' rate headings
    local = datetime.fromisoformat(ISSUED).astimezone().strftime("%Y-%m-%d %H:%M")
    assert local.split()[0] in text and local.split()[1] in text
    # each district's row of 附件1 as its summary gives it, and a district not reported with the task it owes
    haian = next(d for d in board.districts if d.district == "海安市")
    projects = f"{haian.quota_actual['zgsz_projects']}/{haian.quota['zgsz_projects']}"
    assert projects in flat
    qidong = next(d for d in board.districts if d.district == "启东市")
    assert qidong.quota["zgsz_projects"] is not None
    assert f"未报/{qidong.quota['zgsz_projects']}" in flat


# --------------------------------------------------------------------------- finding 15: said once; empty year


def test_a_repeated_import_says_so_once(tmp_path, three_districts, capsys):
    from zgsz_desktop.cli import main

    db = tmp_path / "c.zgszcity"
    case = three_districts[0]
    assert main(["city", "pin", str(case.recipient_path), "--db", str(db)]) == 0
    assert main(["city", "import", str(case.summary_path), "--db", str(db)]) == 0
    first = capsys.readouterr().out.strip().splitlines()[-1]
    assert first.count("已导入") == 1, first
    assert main(["city", "import", str(case.summary_path), "--db", str(db)]) == 0
    again = capsys.readouterr().out.strip()
    assert again.count("已导入过") == 1 and again.count("未作改动") == 1, again
    assert case.name in again and PERIOD in again


def test_a_summary_of_a_year_without_submissions_warns(tmp_path, three_districts, capsys):
    from zgsz_desktop.cli import main

    case = three_districts[0]
    key = tmp_path / "district.zgszdistrict"
    key.write_text(json.dumps(district(case.name).key.to_json(), ensure_ascii=False), encoding="utf-8")
    db_path = _district_copy(tmp_path, case)
    code = main(["district", "summary-package", "--db", str(db_path), "--district-key", str(key),
                 "--period", "2023年度", "--out", str(tmp_path / "2023"), "--passphrase-env", "ZGSZ_TEST_PASS"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "没有2023年度的报送" in captured.err and "2024年度" in captured.err
    db = open_db(db_path)
    try:
        result = export_summary_package(db, district(case.name).identity, PERIOD, tmp_path / "2024", LATER)
    finally:
        db.conn.close()
    assert result.warning == ""


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch):
    monkeypatch.setenv("ZGSZ_TEST_PASS", PASSPHRASE)
