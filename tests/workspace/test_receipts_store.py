"""The receipts the workspace keeps (workspace/receipts.py): which receipt counts for a period, what is still to
fix, and how that changes when the manager edits an answer or exports again. Plain database reads, no keys."""

from __future__ import annotations

import itertools
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.submission_fixtures import PROFILE, fill_submission, record_export
from zgsz_desktop.workspace import Workspace, storage
from zgsz_desktop.workspace.receipts import (
    STATE_ACCEPTED,
    STATE_AWAITING,
    STATE_RETURNED,
    open_flags,
    period_receipt,
    period_receipts,
    receipt_history,
)

REASON = {"questionnaire": "nantong-zgsz-core", "question": "mgmt.hr", "question_text": "人力资源管理方式",
          "reason": "请按实际情况填写"}


@pytest.fixture()
def answers(core_answers, miit_answers):
    return {"nantong-zgsz-core": core_answers, "miit-sme-2024": miit_answers}


def ticking_clock():
    """A clock one second further at every reading: each change and export has its own second, as a person's do."""
    moments = itertools.count()
    start = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)
    return lambda: start + timedelta(seconds=next(moments))


@pytest.fixture()
def ws(tmp_path, answers):
    workspace = Workspace.open(tmp_path / "ws", clock=ticking_clock())
    workspace.set_profile({**PROFILE, "key_enterprise": True})
    fill_submission(workspace, "2025年度", answers)
    yield workspace
    workspace.close()


def store(ws: Workspace, package_id: str, period: str, sequence: int, status: str, *, receipt_id: str = "r1",
          reasons: list | None = None, issued_at: str = "2026-03-01T09:00:00+00:00") -> None:
    """A receipt as package/receive.py stores it once checked and opened."""
    with storage.transaction(ws.db):
        storage.insert_receipt(ws.db, {
            "receipt_id": receipt_id, "package_id": package_id, "period": period, "sequence": sequence,
            "status": status, "reasons": reasons if reasons is not None else ([REASON] if status == "returned"
                                                                             else []),
            "note": "", "clerk": "王明", "contact": "", "decided_at": issued_at, "issued_at": issued_at,
            "district": "海安市", "signer_key_id": "S", "file_sha256": "0" * 64, "imported_at": issued_at})


def export(ws: Workspace, package_id: str) -> None:
    """The submission exported (as an export records it), its answers then open to change again."""
    record_export(ws, "2025年度", package_id)


def test_no_receipt_no_standing(ws):
    export(ws, "p1")
    assert period_receipt(ws.db, "2025年度") is None and open_flags(ws.db, "2025年度") == ()
    assert period_receipts(ws.db) == {}


def test_a_returned_receipt_about_the_newest_package_opens_its_flags(ws):
    export(ws, "p1")
    store(ws, "p1", "2025年度", 1, "returned")
    standing = period_receipt(ws.db, "2025年度")
    assert standing.state == STATE_RETURNED and standing.latest_sequence == 1
    assert [(f.question, f.reason, f.changed) for f in standing.flags] == [("mgmt.hr", "请按实际情况填写", False)]


def test_changing_the_flagged_answer_marks_it_changed_and_a_new_export_closes_the_flags(ws):
    export(ws, "p1")
    store(ws, "p1", "2025年度", 1, "returned")
    part = next(a for a, _, _ in ws.submission_parts("2025年度") if a.questionnaire_id == "nantong-zgsz-core")
    given = ws.answers(part.id)
    ws.save_answer(part.id, "mgmt.hr", "integrated" if given["mgmt.hr"] != "integrated" else "paper")
    # another answer changed too: it is not flagged, so nothing else is marked
    ws.save_answer(part.id, "mgmt.finance", "paper" if given["mgmt.finance"] != "paper" else "system")
    assert [f.changed for f in open_flags(ws.db, "2025年度")] == [True]
    export(ws, "p2")
    standing = period_receipt(ws.db, "2025年度")
    assert standing.state == STATE_AWAITING and standing.latest_sequence == 2 and standing.flags == ()
    store(ws, "p2", "2025年度", 2, "accepted", receipt_id="r2", issued_at="2026-03-09T09:00:00+00:00")
    assert period_receipt(ws.db, "2025年度").state == STATE_ACCEPTED
    assert [r.sequence for r in receipt_history(ws.db, "2025年度")] == [1, 2]


def test_a_late_receipt_about_an_older_package_does_not_hide_the_newer_answer(ws):
    """The district answers package 2, then (late) package 1: package 2's answer still counts."""
    export(ws, "p1")
    export(ws, "p2")
    store(ws, "p2", "2025年度", 2, "accepted", receipt_id="r2", issued_at="2026-03-01T09:00:00+00:00")
    store(ws, "p1", "2025年度", 1, "returned", receipt_id="r1", issued_at="2026-03-05T09:00:00+00:00")
    assert period_receipt(ws.db, "2025年度").state == STATE_ACCEPTED


def test_periods_stand_apart(ws, answers):
    export(ws, "p1")
    fill_submission(ws, "2024年度", answers)
    record_export(ws, "2024年度", "q1")
    store(ws, "p1", "2025年度", 1, "returned")
    store(ws, "q1", "2024年度", 1, "accepted", receipt_id="r9")
    assert {p: s.state for p, s in period_receipts(ws.db).items()} == {"2025年度": STATE_RETURNED,
                                                                       "2024年度": STATE_ACCEPTED}


def test_an_older_workspace_gets_the_new_tables_and_keeps_its_data(tmp_path):
    fixture = Path(__file__).parents[1] / "fixtures" / "workspace-v1.sqlite"
    directory = tmp_path / "old"
    directory.mkdir()
    shutil.copy(fixture, directory / "workspace.sqlite")
    with Workspace.open(directory) as migrated:
        assert storage.schema_version(migrated.db) == storage.SCHEMA_VERSION == 6
        assert {"receipts", "district_recipients"} <= set(migrated.db.table_names())
        assert migrated.assessments()  # the old answers are still there
        assert period_receipts(migrated.db) == {}


def test_a_point_about_a_whole_questionnaire_is_placed_by_its_title(ws):
    """Review #17: the manager reads the questionnaire's title, never its id; a point about the whole submission
    has no place (the screens say 整份报送)."""
    export(ws, "p1")
    store(ws, "p1", "2025年度", 1, "returned", reasons=[
        REASON, {"questionnaire": "miit-sme-2024", "question": "", "question_text": "", "reason": "请按年报重填"},
        {"questionnaire": "", "question": "", "question_text": "", "reason": "请盖章"},
        {"questionnaire": "not-installed", "question": "", "question_text": "", "reason": "?"}])
    places = [flag.place for flag in period_receipt(ws.db, "2025年度").flags]
    assert places == ["人力资源管理方式", "中小企业数字化水平评测指标（2024年版）", "", "not-installed"]
