"""Review #17 of the clerk's side of receipts: every decision kept and shown (who, when, status and its own
reasons) in the history, the CLI and its JSON; times shown in local time; a correction after a return then an
acceptance still called 更正; ``district review`` takes the credit code and the year as a clerk types them; and
``district questions`` lists the ids a return points at."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from district_fixtures import PASSPHRASE, district, document, package, uscc, write

from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.receipt_files import write_receipts
from zgsz_desktop.district.receipt_history import history
from zgsz_desktop.district.receipts import (
    ACCEPTED,
    RETURNED,
    package_questions,
    reason_from_text,
    record_review,
    submission_key,
)
from zgsz_desktop.package.receipt import Reason

CORE = "nantong-zgsz-core"
A = uscc(711)
PERIOD = "2024年度"
RETURN_AT = "2025-02-01T08:00:00+00:00"  # 16:00 in Nantong
ACCEPT_AT = "2025-02-02T09:30:00+00:00"  # 17:30 in Nantong


@pytest.fixture(autouse=True)
def nantong_time(monkeypatch):
    """The clerk's computer is in China (UTC+8): what is shown must be its local time, not the stored UTC."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def db(tmp_path: Path):
    database = open_db(tmp_path / "d.zgszdb")
    data = package(document(CORE, code=A, name="甲公司"), "key-a", sequence=1)
    import_packages(database, [write(tmp_path / "in", "a1.zgsz", data)], district().identity, workers=1)
    return database


def _cli(argv: list[str]) -> int:
    import argparse

    from zgsz_desktop.commands.common import make_parents
    from zgsz_desktop.commands.district_receipts import add_district_parsers

    parser = argparse.ArgumentParser()
    add_district_parsers(parser.add_subparsers(dest="command"), make_parents())
    args = parser.parse_args(argv)
    return int(args.func(args))


def _return_then_accept(db) -> None:
    d = district()
    record_review(db, d.identity, A, PERIOD, RETURNED, reasons=[Reason(CORE, "cloud.months", "", "请核对月数"),
                                                                reason_from_text(f"{CORE}: 整份问卷请按合同重填")],
                  clerk="王敏", contact="0513-1234567", now=RETURN_AT)
    record_review(db, d.identity, A, PERIOD, ACCEPTED, clerk="张三", now=ACCEPT_AT)


def test_a_return_then_an_acceptance_are_both_kept_each_with_its_own_reasons(db):
    _return_then_accept(db)
    [entry] = history(db, A, PERIOD)
    returned, accepted = entry.reviews
    assert entry.status_text == "已受理"
    assert entry.review_text(returned) == "退回修改（2025-02-01 16:00，王敏，0513-1234567，回执未生成）"
    assert entry.review_text(accepted) == "已受理（2025-02-02 17:30，张三，回执未生成）"
    assert len(returned.decision.reasons) == 2 and accepted.decision.reasons == ()


def test_the_cli_history_lists_every_decision_in_local_time_with_its_reasons_under_it(db, tmp_path, capsys):
    _return_then_accept(db)
    write_receipts(db, district().identity, tmp_path / "out", "2025-02-02T10:00:00+00:00")
    db.conn.close()
    assert _cli(["history", "--db", str(tmp_path / "d.zgszdb"), "--uscc", A, "--period", PERIOD]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("第1次报送（当前）  导入 ") and lines[0].endswith("已受理")
    assert lines[1] == "    退回修改（2025-02-01 16:00，王敏，0513-1234567，回执未生成）"
    assert lines[2].startswith("        退回理由 · ") and lines[2].endswith("：请核对月数")
    # a reason about the whole questionnaire names it by its title, not its id
    assert lines[3] == "        退回理由 · 南通智改数转核心指标：整份问卷请按合同重填"
    assert lines[4] == "    已受理（2025-02-02 17:30，张三，回执已生成）"  # no reasons of the return under it
    assert lines[5].startswith("    回执 ") and lines[5].endswith("（2025-02-02 18:00）")
    assert "T08:00" not in "\n".join(lines) and "2025-02-01 08:00" not in "\n".join(lines)


def test_the_json_history_keeps_every_decision_and_whether_it_went_out(db, tmp_path, capsys):
    d = district()
    record_review(db, d.identity, A, PERIOD, ACCEPTED, clerk="张三", now=RETURN_AT)
    write_receipts(db, d.identity, tmp_path / "out", RETURN_AT)
    record_review(db, d.identity, A, PERIOD, RETURNED, reasons=[Reason(CORE, "cloud.months", "", "请核对月数")],
                  clerk="王敏", now=ACCEPT_AT)
    db.conn.close()
    assert _cli(["history", "--db", str(tmp_path / "d.zgszdb"), "--uscc", A, "--period", PERIOD, "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["status"] == "returned"
    assert [(r["status"], r["clerk"], r["receipted"], len(r["reasons"])) for r in entry["reviews"]] == [
        ("accepted", "张三", True, 0), ("returned", "王敏", False, 1)]  # the earlier acceptance is not lost


def test_a_version_after_a_return_is_a_correction_even_when_the_return_was_later_accepted(db, tmp_path):
    _return_then_accept(db)
    corrected = document(CORE, code=A, name="甲公司", changes={"cloud.months": 21})
    import_packages(db, [write(tmp_path / "more", "a2.zgsz", package(corrected, "key-a", sequence=2))],
                    district().identity, workers=1)
    assert history(db, A, PERIOD)[1].title == "第2次报送（更正）：1 处修改"


def test_review_takes_a_lowercase_credit_code_and_a_bare_year(db, tmp_path, monkeypatch, capsys):
    key = tmp_path / "海安市.zgszdistrict"
    key.write_text(json.dumps(district().key.to_json(), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("ZGSZ_TEST_PASS", PASSPHRASE)
    secret = ["--district-key", str(key), "--passphrase-env", "ZGSZ_TEST_PASS"]
    path = str(tmp_path / "d.zgszdb")
    db.conn.close()
    assert submission_key(f" {A.lower()} ", "２０２４年") == (A, PERIOD)
    assert submission_key(A, "2024") == (A, PERIOD) and submission_key(A, "2024年第一季度") == (A, "2024年第1季度")
    assert _cli(["review", "--db", path, "--uscc", A.lower(), "--period", "2024", "--return",
                 f"{CORE}/cloud.months: 请核对月数", "--clerk", "王敏", *secret]) == 0
    assert f"{A} 2024年度：退回修改" in capsys.readouterr().out
    assert _cli(["review", "--db", path, "--uscc", A.lower(), "--period", "2024年", "--accept", "--clerk", "王敏",
                 *secret]) == 0
    assert _cli(["history", "--db", path, "--uscc", A.lower(), "--period", "2024", "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert [r["status"] for r in entry["reviews"]] == ["returned", "accepted"]


def test_questions_lists_the_ids_a_return_points_at_with_the_answers(db, tmp_path, capsys):
    path = str(tmp_path / "d.zgszdb")
    expected = package_questions(db, A, PERIOD)
    db.conn.close()
    assert _cli(["questions", "--db", path, "--uscc", A.lower(), "--period", "2024", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["ref"] for r in rows] == [f"{q.questionnaire_id}/{q.question_id}" for q in expected]
    months = next(r for r in rows if r["ref"] == f"{CORE}/cloud.months")
    assert months["text"] and "20" in months["answer"] and months["number"] >= 1
    assert _cli(["questions", "--db", path, "--uscc", A, "--period", PERIOD]) == 0
    out = capsys.readouterr().out
    assert f"  {CORE}/cloud.months  " in out and "回答：" in out and "--return" in out
    assert _cli(["questions", "--db", path, "--uscc", A, "--period", "2023"]) == 1
    assert "没有2023年度的报送" in capsys.readouterr().out
