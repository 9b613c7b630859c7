"""Receipts, the district side (issue #17): the clerk's decisions, receipt files written in bulk that the enterprise
can open, the history of a corrected submission, and what protects the decisions (append-only, signed log, audit)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from district_fixtures import district, document, key_pair, package, uscc, write

from zgsz_desktop.district.audit import audit
from zgsz_desktop.district.db import check_log, log_entries, open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.receipt_files import (
    ReceiptWriteError,
    pending_receipts,
    safe_file_part,
    unlocked_key,
    write_receipts,
)
from zgsz_desktop.district.receipt_history import history
from zgsz_desktop.district.receipts import (
    ACCEPTED,
    CORRECTED,
    PENDING,
    RETURNED,
    ReviewRefused,
    package_questions,
    reason_from_text,
    record_review,
    submission_states,
    suggested_reasons,
)
from zgsz_desktop.keys import load_recipient
from zgsz_desktop.package.receipt import Reason, open_item, read_receipt_file

CORE = "nantong-zgsz-core"
A, B, C = uscc(701), uscc(702), uscc(703)
PERIOD = "2024年度"
NOW = "2025-02-01T08:00:00+00:00"


@pytest.fixture
def db(tmp_path: Path):
    """甲 (two versions: the second corrects the first), 乙 and 丙 (same name as 乙) imported."""
    d = district()
    files = [write(tmp_path / "in", "a1.zgsz", package(document(CORE, code=A, name="甲公司"), "key-a", sequence=1)),
             write(tmp_path / "in", "b1.zgsz", package(document(CORE, code=B, name="乙/公司"), "key-b")),
             write(tmp_path / "in", "c1.zgsz", package(document(CORE, code=C, name="乙/公司"), "key-c"))]
    database = open_db(tmp_path / "d.zgszdb")
    import_packages(database, files, d.identity, workers=1)
    return database


def _import(db, tmp_path: Path, name: str, data: bytes) -> None:
    import_packages(db, [write(tmp_path / "more", name, data)], district().identity, workers=1)


def _question(db, uscc_: str) -> str:
    return next(q.question_id for q in package_questions(db, uscc_, PERIOD) if q.questionnaire_id == CORE)


def _open(path: Path, label: str):
    """What the enterprise does: check the file against the district's recipient file, open its item."""
    recipient = load_recipient(next(path.parent.glob("*.zgszkey")))
    receipt = read_receipt_file(path.read_bytes(), lambda key_id: recipient if key_id == recipient.key_id else None)
    _, private = key_pair(label)
    return receipt, [open_item(receipt, item, private, recipient) for item in receipt.items]


def test_a_returned_submission_reaches_the_enterprise_signed_with_its_reasons(db, tmp_path):
    d = district()
    question = _question(db, A)
    record_review(db, d.identity, A, PERIOD, RETURNED, reasons=[Reason(CORE, question, "", "设备总数与台账不符")],
                  note="请于两周内更正", clerk="王敏", contact="0513-1234567", now=NOW)
    record_review(db, d.identity, B, PERIOD, ACCEPTED, clerk="王敏", now=NOW)
    assert submission_states(db)[(A, PERIOD)].state == RETURNED
    assert submission_states(db)[(C, PERIOD)].state == PENDING

    written = write_receipts(db, d.identity, tmp_path / "out", NOW)
    assert len(written) == 2  # 丙 has no decision yet: no receipt
    receipt, items = _open(next(p for p in written if "甲公司" in p.name), "key-a")
    assert receipt.enterprise_uscc == A and receipt.district == "海安市"
    decision = items[0].decision
    assert decision.status == "returned" and decision.clerk == "王敏" and decision.note == "请于两周内更正"
    assert decision.reasons[0].question == question and decision.reasons[0].question_text  # the text as shown
    assert (tmp_path / "out" / "海安市区县文件.zgszkey").is_file()
    assert submission_states(db)[(A, PERIOD)].receipt_written
    assert write_receipts(db, d.identity, tmp_path / "out", NOW) == []  # nothing new to answer
    assert check_log(db, d.identity).ok  # every decision and receipt signed into the log


def test_file_names_can_be_mailed_and_enterprises_of_the_same_name_are_told_apart(db, tmp_path):
    d = district()
    for code in (B, C):
        record_review(db, d.identity, code, PERIOD, ACCEPTED, clerk="王敏", now=NOW)
    names = sorted(p.name for p in write_receipts(db, d.identity, tmp_path / "out", NOW))
    assert names == sorted([f"回执_乙_公司_{B}_2024年度.zgszreceipt", f"回执_乙_公司_{C}_2024年度.zgszreceipt"])
    assert safe_file_part("甲\u202e公司. ") == "甲公司" and safe_file_part("CON") == "_CON"
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_a_decision_on_a_superseded_package_is_refused(db, tmp_path):
    d = district()
    first = db.execute("SELECT package_id FROM submissions WHERE uscc = ?", [A]).fetchone()[0]
    _import(db, tmp_path, "a2.zgsz", package(document(CORE, code=A, name="甲公司"), "key-a", sequence=2))
    with pytest.raises(ReviewRefused, match="已被第2次报送取代"):
        record_review(db, d.identity, A, PERIOD, ACCEPTED, clerk="王敏", now=NOW, package_id=first)


def test_reasons_must_point_at_real_questions_and_a_return_must_say_what_to_change(db):
    d = district()
    with pytest.raises(ReviewRefused, match="没有题目"):
        record_review(db, d.identity, A, PERIOD, RETURNED, reasons=[reason_from_text(f"{CORE}/no.such: 错")],
                      clerk="王敏", now=NOW)
    with pytest.raises(ReviewRefused, match="没有问卷"):
        record_review(db, d.identity, A, PERIOD, RETURNED, reasons=[reason_from_text("other/q1: 错")],
                      clerk="王敏", now=NOW)
    with pytest.raises(ReviewRefused, match="至少指出一处"):
        record_review(db, d.identity, A, PERIOD, RETURNED, clerk="王敏", now=NOW)
    with pytest.raises(ReviewRefused, match="经办人"):
        record_review(db, d.identity, A, PERIOD, ACCEPTED, clerk=" \u200b", now=NOW)
    assert db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
    assert reason_from_text(f"{CORE}/cnc.x：理由") == Reason(CORE, "cnc.x", "", "理由")


def test_the_correction_shows_in_the_history_with_what_changed_and_needs_a_new_decision(db, tmp_path):
    d = district()
    question = _question(db, A)
    record_review(db, d.identity, A, PERIOD, RETURNED, reasons=[Reason(CORE, question, "", "请核对")], clerk="王敏",
                  now=NOW)
    write_receipts(db, d.identity, tmp_path / "out", NOW)
    corrected = document(CORE, code=A, name="甲公司", changes={"cloud.months": 21, "cloud.industrial_apps": 4})
    _import(db, tmp_path, "a2.zgsz", package(corrected, "key-a", sequence=2))
    assert submission_states(db)[(A, PERIOD)].state == CORRECTED

    entries = history(db, A, PERIOD)
    assert [e.sequence for e in entries] == [1, 2] and entries[1].current and not entries[0].current
    assert entries[0].receipts and entries[0].reviews[0].decision.status == "returned"
    assert entries[1].title == "第2次报送（更正）：2 处修改"
    months = next(c for c in entries[1].changes if c.question_id == "cloud.months")
    assert "20" in months.old and "21" in months.new

    record_review(db, d.identity, A, PERIOD, ACCEPTED, clerk="王敏", now="2025-02-03T08:00:00+00:00")
    [again] = write_receipts(db, d.identity, tmp_path / "out", "2025-02-03T08:00:00+00:00")
    assert again.name == "回执_甲公司_2024年度_2.zgszreceipt"  # the first receipt's file is not overwritten
    _, items = _open(again, "key-a")
    assert items[0].decision.status == "accepted" and items[0].sequence == 2


def test_decisions_cannot_be_edited_and_the_audit_still_passes(db, tmp_path):
    d = district()
    record_review(db, d.identity, B, PERIOD, ACCEPTED, clerk="王敏", now=NOW)
    write_receipts(db, d.identity, tmp_path / "out", NOW)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE reviews SET status = 'returned'")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM receipts_issued")
    entry = next(e for e in log_entries(db) if e.action == "review")
    assert entry.seal and json.loads(entry.data)["status"] == "accepted"
    report = audit(db, d.identity)
    assert report.ok, report.problems


def test_nothing_is_recorded_when_the_folder_cannot_be_written(db, tmp_path):
    d = district()
    record_review(db, d.identity, B, PERIOD, ACCEPTED, clerk="王敏", now=NOW)
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    with pytest.raises(ReceiptWriteError):
        write_receipts(db, d.identity, blocked / "out", NOW)
    assert db.execute("SELECT count(*) FROM receipts_issued").fetchone()[0] == 0
    assert len(pending_receipts(db)) == 1


def test_the_clerk_gets_the_questions_with_answers_and_the_findings_as_suggestions(db, tmp_path):
    rows = package_questions(db, A, PERIOD)
    assert rows and all(r.text and r.answer for r in rows) and rows[0].number == 1
    assert suggested_reasons(db, A, PERIOD) == []
    elsewhere = uscc(704, "320682")  # registered in 如皋, reporting to 海安: a finding the district already makes
    _import(db, tmp_path, "d1.zgsz", package(document(CORE, code=elsewhere, name="丁公司"), "key-d"))
    [suggestion] = suggested_reasons(db, elsewhere, PERIOD)
    assert suggestion.question == "" and "信用代码" in suggestion.reason


def test_the_unlocked_key_from_the_identity_signs_as_the_district(db):
    d = district()
    unlocked = unlocked_key(d.identity)
    assert unlocked.signing_key_id == d.key.unlock("district-test-passphrase").signing_key_id


def _cli(argv: list[str]) -> int:
    """The receipt commands through a parser of their own (the lead wires them into ``zgsz district``)."""
    import argparse

    from zgsz_desktop.commands.common import make_parents
    from zgsz_desktop.commands.district_receipts import add_district_parsers

    parser = argparse.ArgumentParser()
    add_district_parsers(parser.add_subparsers(dest="command"), make_parents())
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_the_cli_reviews_writes_receipts_and_shows_the_history(db, tmp_path, monkeypatch, capsys):
    from district_fixtures import PASSPHRASE

    d = district()
    key = tmp_path / "海安市.zgszdistrict"
    key.write_text(json.dumps(d.key.to_json(), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("ZGSZ_TEST_PASS", PASSPHRASE)
    secret = ["--district-key", str(key), "--passphrase-env", "ZGSZ_TEST_PASS"]
    path = str(tmp_path / "d.zgszdb")
    db.conn.close()
    question = f"{CORE}/cloud.months"
    assert _cli(["review", "--db", path, "--uscc", A, "--period", PERIOD, "--return", f"{question}: 请核对月数",
                 "--clerk", "王敏", *secret]) == 0
    assert _cli(["receipts", "--db", path, "--out", str(tmp_path / "out"), "--json", *secret]) == 0
    assert len(json.loads(capsys.readouterr().out.split("\n", 1)[1])["written"]) == 1
    assert _cli(["history", "--db", path, "--uscc", A, "--period", PERIOD, "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["reviews"][0]["reasons"][0]["question"] == "cloud.months" and entry["receipts"]
    assert _cli(["recipient", "--out", str(tmp_path / "新.zgszkey"), *secret]) == 0
    assert load_recipient(tmp_path / "新.zgszkey").signing_raw is not None
