"""The enterprise workspace: profile, assessments, answers and their log, versions, deletion."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from submission_fixtures import fill_submission, record_export

from zgsz_desktop.questionnaire.loader import get_questionnaire, parse_definition
from zgsz_desktop.workspace import (
    AnswerRejected,
    IncompleteAssessment,
    ProfileInvalid,
    Workspace,
    WorkspaceError,
    storage,
)

PROFILE = {"name": "南通瑞丰精密机械有限公司", "uscc": "91320685MA1R8K2X5W", "district": "海安市",
           "industry_code": "34", "scale": "规上", "contact": "陈建华", "phone": "0513-88861234",
           "key_enterprise": True}


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture()
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "ws", clock=FakeClock())
    ws.set_profile(PROFILE)
    yield ws
    ws.close()


def fill(ws: Workspace, assessment_id: int, answers: dict) -> None:
    for question_id, value in answers.items():
        ws.save_answer(assessment_id, question_id, value)


def test_profile_round_trip_and_normalisation(workspace):
    workspace.set_profile({**PROFILE, "uscc": " 91320685ma1r8k2x5w ", "name": "  南通瑞丰精密机械有限公司 "})
    profile = workspace.profile()
    assert profile.uscc == "91320685MA1R8K2X5W" and profile.name == "南通瑞丰精密机械有限公司"
    assert profile.industry_name == "通用设备制造业"


def test_invalid_profile_is_refused_field_by_field_and_changes_nothing(workspace):
    before = workspace.profile()
    with pytest.raises(ProfileInvalid) as caught:
        workspace.set_profile({**PROFILE, "uscc": "91320685MA1R8K2X5X", "phone": "12345", "district": "上海市",
                               "industry_code": "52", "scale": "大型"})
    problems = caught.value.problems
    assert set(problems) == {"uscc", "phone", "district", "industry_code", "scale"}
    assert "校验位" in problems["uscc"]
    assert "海安市" in problems["district"]
    assert workspace.profile() == before


@pytest.mark.parametrize("phone", ["13912345678", "0513-88861234", "(0513) 8886 1234", "+86 139 1234 5678",
                                   "0513-88861234-806"])
def test_plausible_phone_numbers_are_accepted(workspace, phone):
    assert workspace.set_profile({**PROFILE, "phone": phone}).phone == phone


def test_each_answer_is_saved_with_a_log_entry(workspace):
    a = workspace.start_assessment("nantong-zgsz-core", "2024年度")
    assert workspace.save_answer(a.id, "rnd.has_design", True) is True
    assert workspace.save_answer(a.id, "rnd.design_staff", 18) is True
    assert workspace.save_answer(a.id, "rnd.design_staff", 18) is False  # unchanged: no log entry
    assert workspace.save_answer(a.id, "rnd.design_staff", 20, reason="新招2名设计员") is True
    assert workspace.save_answer(a.id, "rnd.design_staff", None) is True  # cleared
    assert workspace.answers(a.id) == {"rnd.has_design": True}
    log = [(r["question_id"], r["old_value"], r["new_value"], r["reason"]) for r in workspace.log(a.id)]
    assert log == [("rnd.has_design", None, True, None), ("rnd.design_staff", None, 18, None),
                   ("rnd.design_staff", 18, 20, "新招2名设计员"), ("rnd.design_staff", 20, None, None)]
    times = [r["changed_at"] for r in workspace.log(a.id)]
    assert times == sorted(times) and len(set(times)) == 4


def test_invalid_answer_is_rejected_and_nothing_is_saved(workspace):
    a = workspace.start_assessment("nantong-zgsz-core", "2024年度")
    workspace.save_answer(a.id, "rnd.design_staff", 10)
    log_before = workspace.log(a.id)
    for question_id, value in (("rnd.design_staff", -3), ("rnd.design_staff", 2.5), ("rnd.tool_users", 11),
                               ("cnc.industry_type", "mixed"), ("nope.question", 1)):
        with pytest.raises(AnswerRejected) as caught:
            workspace.save_answer(a.id, question_id, value)
        assert caught.value.messages
    assert workspace.answers(a.id) == {"rnd.design_staff": 10}
    assert workspace.log(a.id) == log_before


def test_the_log_is_append_only(workspace):
    a = workspace.start_assessment("nantong-zgsz-core", "2024年度")
    workspace.save_answer(a.id, "rnd.has_design", True)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        workspace.db.execute("UPDATE answer_log SET new_value = 'false'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        workspace.db.execute("DELETE FROM answer_log")


def test_complete_is_refused_with_the_missing_questions(workspace, core_answers):
    a = workspace.start_assessment("nantong-zgsz-core", "2024年度")
    fill(workspace, a.id, {k: v for k, v in core_answers.items() if not k.startswith("cloud.")})
    with pytest.raises(IncompleteAssessment) as caught:
        workspace.complete(a.id)
    missing = [qid for qid, _ in caught.value.missing]
    assert missing == ["cloud.current_star", "cloud.deployment"]
    assert "企业目前的上云方式" in str(caught.value)
    assert workspace.assessment(a.id).status == "draft"
    fill(workspace, a.id, {k: v for k, v in core_answers.items() if k.startswith("cloud.")})
    assert workspace.complete(a.id).status_label == "已完成"


def test_editing_a_completed_assessment_returns_it_to_draft(workspace, core_answers):
    a = workspace.start_assessment("nantong-zgsz-core", "2024年度")
    fill(workspace, a.id, core_answers)
    workspace.complete(a.id)
    workspace.save_answer(a.id, "rnd.tool_users", 16)
    assert workspace.assessment(a.id).status == "draft"
    assert workspace.assessment(a.id).completed_at is None


def test_list_assessments_with_completion(workspace, core_answers, miit_answers):
    core = workspace.start_assessment("nantong-zgsz-core", "2024年度")
    miit = workspace.start_assessment("miit-sme-2024", "2024年度")
    fill(workspace, core.id, core_answers)
    fill(workspace, miit.id, {"miit.basis.network": ["B"]})
    summaries = {s.assessment.questionnaire_id: s for s in workspace.assessments()}
    assert summaries["nantong-zgsz-core"].completion == 1.0
    # MIIT: 15 scored items + 16 scenes are required (supporting figures are optional): 1 of 31 answered
    assert summaries["miit-sme-2024"].completion == pytest.approx(1 / 31)
    assert summaries["miit-sme-2024"].title == "中小企业数字化水平评测指标（2024年版）"


def test_start_twice_for_one_period_is_refused(workspace):
    workspace.start_assessment("nantong-zgsz-core", "2024年度")
    with pytest.raises(WorkspaceError, match="已存在"):
        workspace.start_assessment("nantong-zgsz-core", "2024年度")
    with pytest.raises(WorkspaceError, match="评估期"):
        workspace.start_assessment("nantong-zgsz-core", "去年")


def test_start_from_previous_period_prefills_and_logs(workspace, core_answers):
    first = workspace.start_assessment("nantong-zgsz-core", "2023年度")
    fill(workspace, first.id, core_answers)
    with pytest.raises(WorkspaceError, match="之前"):
        workspace.start_assessment("miit-sme-2024", "2024年度", from_previous=True)
    second = workspace.start_assessment("nantong-zgsz-core", "2024年度", from_previous=True)
    assert second.based_on == first.id
    assert workspace.answers(second.id) == workspace.answers(first.id)
    sources = {r["source"] for r in workspace.log(second.id)}
    assert sources == {"prefill"}
    # "previous" means the previous period of the same kind: a quarter follows a quarter, not a year
    assert workspace.previous_assessment("nantong-zgsz-core", "2024年第1季度") is None
    q4 = workspace.start_assessment("nantong-zgsz-core", "２０２３年第四季度")  # typed with full-width digits
    assert q4.period == "2023年第4季度"
    assert workspace.previous_assessment("nantong-zgsz-core", "2024年第1季度").id == q4.id
    assert workspace.previous_assessment("nantong-zgsz-core", "2025年度").id == second.id
    with pytest.raises(WorkspaceError, match="已存在"):
        workspace.start_assessment("nantong-zgsz-core", "2023年第4季度")


def test_compare_two_periods_answer_by_answer(workspace, core_answers):
    first = workspace.start_assessment("nantong-zgsz-core", "2023年度")
    fill(workspace, first.id, core_answers)
    second = workspace.start_assessment("nantong-zgsz-core", "2024年度", from_previous=True)
    workspace.save_answer(second.id, "mgmt.hr", "system")
    workspace.save_answer(second.id, "cloud.annual_spend", None)
    changed = [(d.question_id, d.before, d.after) for d in workspace.compare(first.id, second.id) if d.changed]
    assert changed == [("mgmt.hr", "spreadsheet", "system"), ("cloud.annual_spend", 18.5, None)]


def test_delete_needs_confirmation_and_keeps_log_and_exports(workspace, core_answers, miit_answers):
    fill_submission(workspace, "2024年度", {"nantong-zgsz-core": core_answers, "miit-sme-2024": miit_answers})
    record = record_export(workspace, "2024年度", "pkg-1", "瑞丰-2024年度.zgsz")
    a = workspace.find_assessment("nantong-zgsz-core", "2024年度")
    assert record["sequence"] == 1 and workspace.assessment(a.id).status_label == "已导出"
    assert workspace.submission("2024年度").stage_label == "已导出"
    with pytest.raises(WorkspaceError, match="2024年度"):
        workspace.delete_submission("2024年度", confirm="yes")
    log_count = len(workspace.log(a.id))
    workspace.delete_submission("2024年度", confirm="2024年度")
    with pytest.raises(WorkspaceError):
        workspace.assessment(a.id)
    assert workspace.submissions() == []
    assert len(workspace.log(a.id)) == log_count + 1  # the deletion itself is logged
    assert [e["package_id"] for e in workspace.exports()] == ["pkg-1"]
    # the period can be started again, and its next package never reuses a number the district has seen
    assert workspace.start_submission("2024年度").exports == 1
    assert workspace.next_sequence("2024年度") == 2


def test_an_assessment_keeps_its_definition_version_and_reports_the_impact_of_moving(workspace, core_answers):
    a = workspace.start_assessment("nantong-zgsz-core", "2024年度")
    fill(workspace, a.id, core_answers)
    current = get_questionnaire("nantong-zgsz-core")
    later = f"{current.version}.1"  # a version after the newest shipped one
    # A later version: one question removed, one option removed, one question reworded.
    text = current.source_text.replace(f'version: "{current.version}"', f'version: "{later}"')
    assert text != current.source_text
    text = text.replace("          - {key: spreadsheet, text: 电子表格或单机软件（如 Excel、单机版记账软件）}\n", "")
    text = text.replace("""    - key: spreadsheet
      text: 电子表格或单机软件（如 Excel、单机版记账软件）
      level: 1
""", "")
    start = text.index("      - id: cloud.annual_spend")
    end = text.index("  # ------------------------------------------------------------------ 智改数转项目")
    text = text[:start] + text[end:]
    text = text.replace("text: 正在使用的工业APP数量", "text: 正在使用的工业APP（个）")
    newer = parse_definition(text, f"nantong-zgsz-core-{later}.yaml")
    assert newer.version == later

    impacts = {i.question_id: i for i in workspace.version_impact(a.id, newer)}
    assert set(impacts) == {"mgmt.hr", "mgmt.planning", "mgmt.equipment", "cloud.annual_spend",
                            "cloud.industrial_apps"}
    assert not impacts["mgmt.hr"].kept and "spreadsheet" in impacts["mgmt.hr"].reason
    assert not impacts["cloud.annual_spend"].kept and "删除" in impacts["cloud.annual_spend"].reason
    assert impacts["cloud.industrial_apps"].kept
    # nothing changes until the user moves the assessment
    assert workspace.assessment(a.id).questionnaire_version == current.version

    workspace.move_to_version(a.id, newer)
    moved = workspace.assessment(a.id)
    assert moved.questionnaire_version == later and moved.questionnaire_hash == newer.content_hash
    answers = workspace.answers(a.id)
    assert "mgmt.hr" not in answers and "cloud.annual_spend" not in answers
    assert answers["cloud.industrial_apps"] == 3
    assert workspace.questionnaire_for(moved).version == later
    dropped = [r for r in workspace.log(a.id) if r["source"] == "version"]
    assert {r["question_id"] for r in dropped} == {"mgmt.hr", "mgmt.planning", "mgmt.equipment", "cloud.annual_spend"}


def test_reading_position_is_remembered(tmp_path):
    with Workspace.open(tmp_path) as ws:
        a = ws.start_assessment("nantong-zgsz-core", "2024年度")
        ws.set_position(a.id, "cloud/cloud.months")
    with Workspace.open(tmp_path, create=False) as ws:
        assert ws.assessment(a.id).last_position == "cloud/cloud.months"


def test_opening_a_missing_workspace_without_create_says_so(tmp_path):
    with pytest.raises(WorkspaceError, match="没有工作区"):
        Workspace.open(tmp_path / "nothing", create=False)


def foreign_database(tmp_path) -> Path:
    """A folder holding some other program's SQLite file under the workspace's file name."""
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    conn = sqlite3.connect(foreign / "workspace.sqlite")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return foreign


def test_a_foreign_or_newer_database_is_refused(tmp_path):
    foreign = foreign_database(tmp_path)
    with pytest.raises(storage.StorageError, match="不是本软件的工作区"):
        Workspace.open(foreign)
    newer = tmp_path / "newer"
    Workspace.open(newer).close()
    conn = sqlite3.connect(newer / "workspace.sqlite")
    conn.execute(f"PRAGMA user_version = {storage.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(storage.StorageError, match="更新版本"):
        Workspace.open(newer)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    (tmp_path / "workspace.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(storage.StorageError):
        Workspace.open(tmp_path)


def test_workspace_location_from_environment(tmp_path, monkeypatch):
    from zgsz_desktop.workspace import default_workspace_dir, resolve_workspace_dir

    monkeypatch.setenv("ZGSZ_WORKSPACE", str(tmp_path / "from-env"))
    assert default_workspace_dir() == tmp_path / "from-env"
    assert resolve_workspace_dir(str(tmp_path / "explicit")) == tmp_path / "explicit"
    monkeypatch.delenv("ZGSZ_WORKSPACE")
    assert default_workspace_dir().name == "workspace" and "zgsz_desktop" in str(default_workspace_dir())


def test_migration_from_schema_version_1(tmp_path):
    fixture = Path(__file__).parents[1] / "fixtures" / "workspace-v1.sqlite"
    directory = tmp_path / "old"
    directory.mkdir()
    (directory / "workspace.sqlite").write_bytes(fixture.read_bytes())
    with Workspace.open(directory) as ws:
        assert storage.schema_version(ws.db) == storage.SCHEMA_VERSION
        assert ws.profile().name == "南通示例机械有限公司"
        (summary,) = ws.assessments()
        assert summary.assessment.period == "2023年度" and summary.assessment.last_position is None
        assert ws.answers(summary.assessment.id)["cnc.key_processes"][0]["nc_equipment"] == 7
        assert [r["reason"] for r in ws.log(summary.assessment.id)] == [None, None, None]
        # the new parts of the schema work
        ws.save_answer(summary.assessment.id, "rnd.has_design", True, reason="迁移后修改")
        assert ws.log(summary.assessment.id)[-1]["reason"] == "迁移后修改"
        assert ws.exports() == []
    kept = list((directory / "backups").glob("before-migration-v1-*.sqlite"))
    assert len(kept) == 1
    conn = sqlite3.connect(kept[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # the untouched old file
    conn.close()


# ----------------------------------------------------------------- concurrency and refusals (review findings)


def test_a_foreign_database_is_refused_without_being_changed(tmp_path):
    foreign = foreign_database(tmp_path)
    with pytest.raises(storage.StorageError):
        Workspace.open(foreign)
    conn = sqlite3.connect(foreign / "workspace.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    conn.close()


def test_a_save_on_an_assessment_deleted_in_another_window_is_refused_cleanly(tmp_path):
    with Workspace.open(tmp_path) as first, Workspace.open(tmp_path) as second:
        a = first.start_assessment("nantong-zgsz-core", "2024年度")
        second.questionnaire_for(second.assessment(a.id))
        first.delete_assessment(a.id, confirm="2024年度")
        with pytest.raises(WorkspaceError, match="没有编号"):
            second.save_answer(a.id, "rnd.has_design", True)
        with pytest.raises(WorkspaceError, match="已存在"):
            second.start_assessment("nantong-zgsz-core", "2024年度") and second.start_assessment(
                "nantong-zgsz-core", "2024年度")


def test_two_windows_cannot_break_a_cross_answer_bound(tmp_path):
    with Workspace.open(tmp_path) as first, Workspace.open(tmp_path) as second:
        a = first.start_assessment("nantong-zgsz-core", "2024年度")
        first.save_answer(a.id, "rnd.has_design", True)
        first.save_answer(a.id, "rnd.design_staff", 20)
        second.save_answer(a.id, "rnd.tool_users", 18)  # second sees 20 design staff: fine
        with pytest.raises(AnswerRejected):
            first.save_answer(a.id, "rnd.tool_users", 21)  # checked against the current answers


def test_blank_answers_in_an_imported_file_leave_existing_answers(workspace, core_q):
    a = workspace.start_assessment("nantong-zgsz-core", "2024年度")
    workspace.save_answer(a.id, "rnd.has_design", True)
    _, changed = workspace.import_answers(core_q, {"rnd.has_design": None, "cnc.industry_type": "discrete"},
                                          "2024年度")
    assert changed == 1 and workspace.answers(a.id) == {"rnd.has_design": True, "cnc.industry_type": "discrete"}


def test_export_records_are_unique_and_the_code_is_fixed_once_exported(workspace, core_answers, miit_answers):
    fill_submission(workspace, "2024年度", {"nantong-zgsz-core": core_answers, "miit-sme-2024": miit_answers})
    workspace.complete_submission("2024年度")
    record = {"package_id": "p1", "key_fingerprint": "F", "file_name": "f.zgsz", "sequence": 99}
    assert workspace.mark_submission_exported("2024年度", record)["sequence"] == 1  # the caller cannot choose it
    with pytest.raises(WorkspaceError, match="已有导出记录"):
        workspace.mark_submission_exported("2024年度", record)
    with pytest.raises(WorkspaceError, match="不能更改统一社会信用代码"):
        workspace.set_profile({**PROFILE, "uscc": "914403001922038216"})


def test_a_workspace_path_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    with pytest.raises(WorkspaceError, match="是一个文件"):
        Workspace.open(tmp_path / "afile")


CONCURRENT_WRITER = r"""
import sys
from pathlib import Path
from zgsz_desktop.workspace import Workspace
directory, question, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
with Workspace.open(directory) as ws:
    a = ws.find_assessment("nantong-zgsz-core", "2024年度")
    for value in range(1, count + 1):
        ws.save_answer(a.id, question, value)
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    import subprocess
    import sys

    with Workspace.open(tmp_path) as ws:
        a = ws.start_assessment("nantong-zgsz-core", "2024年度")
    writers = [subprocess.Popen([sys.executable, "-c", CONCURRENT_WRITER, str(tmp_path), q, "150"],
                                stderr=subprocess.PIPE, text=True)
               for q in ("cloud.industrial_apps", "cloud.equipment_on_cloud")]
    for writer in writers:
        assert writer.wait(timeout=120) == 0, writer.stderr.read()
        writer.stderr.close()
    with Workspace.open(tmp_path) as ws:
        assert ws.answers(a.id) == {"cloud.industrial_apps": 150, "cloud.equipment_on_cloud": 150}
        assert len(ws.log(a.id)) == 300


def test_two_processes_migrating_the_same_old_workspace(tmp_path):
    import subprocess
    import sys

    fixture = Path(__file__).parents[1] / "fixtures" / "workspace-v1.sqlite"
    (tmp_path / "workspace.sqlite").write_bytes(fixture.read_bytes())
    script = "import sys; from zgsz_desktop.workspace import Workspace; Workspace.open(sys.argv[1]).close()"
    runs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], stderr=subprocess.PIPE, text=True)
            for _ in range(3)]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.stderr.read()
        run.stderr.close()
    with Workspace.open(tmp_path) as ws:
        assert storage.schema_version(ws.db) == storage.SCHEMA_VERSION
        assert ws.profile().name == "南通示例机械有限公司"


def test_a_table_is_saved_row_by_row_while_it_is_filled_in(workspace):
    a = workspace.start_assessment("nantong-zgsz-core", "2024年度")
    workspace.save_answer(a.id, "cnc.industry_type", "discrete")
    half_row = [{"name": "车削", "equipment_total": 10}]  # NC count not typed yet
    assert workspace.save_answer(a.id, "cnc.key_processes", half_row)
    assert workspace.answers(a.id)["cnc.key_processes"] == half_row  # nothing typed is lost
    from zgsz_desktop.scoring.engine import score

    questionnaire = workspace.questionnaire_for(workspace.assessment(a.id))
    cnc = score(questionnaire, workspace.answers(a.id)).module("cnc")
    assert cnc.status == "incomplete" and cnc.missing == ("cnc.key_processes",)
    with pytest.raises(IncompleteAssessment) as caught:
        workspace.complete(a.id)
    assert any(qid == "cnc.key_processes" for qid, _ in caught.value.missing)
    with pytest.raises(AnswerRejected):  # a filled cell is still checked
        workspace.save_answer(a.id, "cnc.key_processes", [{"name": "车削", "equipment_total": 10, "nc_equipment": 11}])
