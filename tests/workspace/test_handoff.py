"""Shared filling (分工填报, issue #20): a module sent to a colleague, filled in their own copy, returned and merged
three ways — new answers taken, a conflict decided either way, nothing overwritten silently, the answer log
naming who and when; damaged, foreign, other-period, other-enterprise and out-of-scope returns refused with a
message, changing nothing."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from submission_fixtures import PROFILE

from zgsz_desktop.workspace import Workspace, storage
from zgsz_desktop.workspace import handoff as ho

PERIOD = "2025年度"
CORE = "nantong-zgsz-core"
SENT_AT = "2025-03-01T08:00:00.000+00:00"
RETURNED_AT = "2025-03-02T06:30:00.000+00:00"
ROWS_COLLEAGUE = [{"name": "数控车削", "equipment_total": 24, "nc_equipment": 20},
                  {"name": "焊接", "equipment_total": 10, "nc_equipment": 4}]
ROWS_MANAGER = [{"name": "数控车削", "equipment_total": 20, "nc_equipment": 18}]


def core_id(ws: Workspace, period: str = PERIOD) -> int:
    return ws.find_assessment(CORE, period).id


@pytest.fixture()
def manager(tmp_path):
    ws = Workspace.open(tmp_path / "manager")
    ws.set_profile(PROFILE)
    ws.start_submission(PERIOD)
    ws.save_answer(core_id(ws), "rnd.has_design", True)  # another module: travels as context, never returned
    yield ws
    ws.close()


def dump(ws: Workspace) -> dict:
    return {name: rows for name, rows in storage.dump_tables(ws.db).items() if name in ("answers", "answer_log",
                                                                                        "handoffs")}


def colleague_returns(tmp_path: Path, fill_file: Path, answers: dict, name: str = "张三") -> Path:
    """The colleague opens the file in their own copy, gives their name and answers, and hands it back."""
    copy = ho.open_handoff(fill_file, tmp_path / "colleague-data")
    try:
        ho.set_filler(copy.workspace, name, RETURNED_AT)
        assessment = copy.workspace.find_assessment(CORE, PERIOD)
        for question_id, value in answers.items():
            copy.workspace.save_answer(assessment.id, question_id, value)
        return ho.write_return(copy.workspace, copy.handoff, tmp_path / f"back-{name}.zgszback", RETURNED_AT)
    finally:
        copy.workspace.close()


@pytest.fixture()
def round_trip(tmp_path, manager):
    """cnc sent to 张三; he fills both cnc questions; the manager meanwhile fills the key-process table too."""
    fill_file = tmp_path / "cnc.zgszfill"
    record = ho.send_modules(manager, PERIOD, [f"{CORE}/cnc"], "张三", fill_file, SENT_AT)
    back = colleague_returns(tmp_path, fill_file,
                             {"cnc.industry_type": "discrete", "cnc.key_processes": ROWS_COLLEAGUE})
    # the manager could not wait: he entered the table himself meanwhile (industry type first, as the form needs)
    manager.save_answer(core_id(manager), "cnc.industry_type", "discrete")
    manager.save_answer(core_id(manager), "cnc.key_processes", ROWS_MANAGER)
    return record, back


def test_the_module_file_carries_what_the_colleague_needs_and_the_handoff_is_recorded(tmp_path, manager):
    fill_file = tmp_path / "cnc.zgszfill"
    record = ho.send_modules(manager, PERIOD, [f"{CORE}/cnc"], "张三", fill_file, SENT_AT)
    document = json.loads(fill_file.read_text(encoding="utf-8"))
    assert document["format"] == "zgsz-handoff/1"
    assert document["from"]["uscc"] == PROFILE["uscc"] and document["period"] == PERIOD
    assert [m["module"] for m in document["modules"]] == ["cnc"]
    assert document["answers"][CORE] == {"rnd.has_design": True}  # context for conditions and checks
    assert document["sha256"] == ho.content_digest(document)
    assert [(h.id, h.assignee, h.status) for h in ho.list_handoffs(manager)] == [(record.id, "张三", "sent")]


def test_the_colleague_copy_holds_the_sent_answers_and_reopens_with_the_colleagues_work(tmp_path, manager):
    fill_file = tmp_path / "cnc.zgszfill"
    ho.send_modules(manager, PERIOD, [f"{CORE}/cnc"], "张三", fill_file, SENT_AT)
    copy = ho.open_handoff(fill_file, tmp_path / "data")
    ws = copy.workspace
    assessment = ws.find_assessment(CORE, PERIOD)
    assert ws.profile().uscc == PROFILE["uscc"]
    assert ws.answers(assessment.id) == {"rnd.has_design": True}
    assert {e["source"] for e in ws.log(assessment.id)} == {"handoff"}
    ws.save_answer(assessment.id, "cnc.industry_type", "process")
    ho.set_filler(ws, "张三", SENT_AT)
    ws.close()
    again = ho.open_handoff(fill_file, tmp_path / "data")  # the same file opened again: the same copy
    try:
        assert again.workspace.answers(assessment.id)["cnc.industry_type"] == "process"
        assert ho.filler(again.workspace) == "张三"
        assert [m.key for m in again.handoff.modules] == [f"{CORE}/cnc"]
    finally:
        again.workspace.close()


def test_the_returned_file_holds_only_the_assigned_modules_questions(tmp_path, round_trip):
    _, back = round_trip
    document = json.loads(back.read_text(encoding="utf-8"))
    assert set(document["answers"][CORE]) == {"cnc.industry_type", "cnc.key_processes", "cnc.process_controls"}
    assert document["filled_by"] == "张三"
    assert document["answers"][CORE]["cnc.process_controls"] == {"value": None, "changed_at": None}
    assert document["answers"][CORE]["cnc.industry_type"]["changed_at"]  # when he gave it


def test_preview_shows_the_conflict_beside_the_new_answer(manager, round_trip):
    _, back = round_trip
    manager.save_answer(core_id(manager), "cnc.industry_type", None)  # back to as sent: his answer is new
    preview = ho.preview_return(manager, back)
    by_id = {i.question_id: i for i in preview.items}
    assert by_id["cnc.key_processes"].kind == ho.CONFLICT
    assert by_id["cnc.key_processes"].current == ROWS_MANAGER
    assert by_id["cnc.key_processes"].returned == ROWS_COLLEAGUE
    assert by_id["cnc.key_processes"].current_by == "本机填写" and by_id["cnc.key_processes"].current_changed_at
    assert by_id["cnc.industry_type"].kind == ho.NEW
    assert by_id["cnc.process_controls"].kind == ho.SAME
    assert preview.items[0].kind == ho.CONFLICT  # conflicts first
    assert [i.question_id for i in preview.conflicts] == ["cnc.key_processes"]


def test_a_conflict_must_be_chosen_and_nothing_is_written_until_it_is(manager, round_trip):
    _, back = round_trip
    preview = ho.preview_return(manager, back)
    before = dump(manager)
    with pytest.raises(ho.MergeNeedsChoice) as refused:
        ho.apply_merge(manager, preview, {}, RETURNED_AT)
    assert "cnc.key_processes" in str(refused.value)
    assert dump(manager) == before


def test_taking_the_colleagues_answer_writes_it_and_the_log_says_who_and_when(manager, round_trip):
    _, back = round_trip
    manager.save_answer(core_id(manager), "cnc.industry_type", None)
    preview = ho.preview_return(manager, back)
    result = ho.apply_merge(manager, preview, {f"{CORE}/cnc.key_processes": ho.TAKE_RETURNED}, RETURNED_AT)
    assert result.changed == 2
    answers = manager.answers(core_id(manager))
    assert answers["cnc.key_processes"] == ROWS_COLLEAGUE and answers["cnc.industry_type"] == "discrete"
    logged = [e for e in manager.log(core_id(manager)) if e["source"] == "handoff"]
    assert {e["question_id"] for e in logged} == {"cnc.key_processes", "cnc.industry_type"}
    when = datetime.fromisoformat(RETURNED_AT).astimezone().strftime("%Y-%m-%d %H:%M")
    assert all(e["reason"] == f"分工填报：张三于{when}填写" for e in logged)
    assert next(e for e in logged if e["question_id"] == "cnc.key_processes")["old_value"] == ROWS_MANAGER
    assert [(h.status, h.returned_at) for h in ho.list_handoffs(manager)] == [("merged", RETURNED_AT)]


def test_keeping_the_current_answer_leaves_it_and_the_same_file_again_changes_nothing(manager, round_trip):
    _, back = round_trip
    preview = ho.preview_return(manager, back)
    result = ho.apply_merge(manager, preview, {f"{CORE}/cnc.key_processes": ho.KEEP_CURRENT}, RETURNED_AT)
    assert result.changed == 0 and result.kept == 1
    assert manager.answers(core_id(manager))["cnc.key_processes"] == ROWS_MANAGER
    before = dump(manager)
    again = ho.preview_return(manager, back)
    assert again.nothing_new and "已经合并过" in again.summary()
    assert [i.question_id for i in again.kept] == ["cnc.key_processes"]  # listed: his change stands
    assert ho.apply_merge(manager, again, {}, RETURNED_AT).changed == 0
    assert dump(manager) == before


def test_a_corrected_second_return_brings_only_what_the_colleague_changed_since(tmp_path, manager, round_trip):
    _, back = round_trip
    ho.apply_merge(manager, ho.preview_return(manager, back), {f"{CORE}/cnc.key_processes": ho.KEEP_CURRENT},
                   RETURNED_AT)
    corrected = [*ROWS_COLLEAGUE, {"name": "热处理", "equipment_total": 6, "nc_equipment": 3}]
    second = colleague_returns(tmp_path, tmp_path / "cnc.zgszfill", {"cnc.key_processes": corrected})
    preview = ho.preview_return(manager, second)
    assert [(i.question_id, i.kind) for i in preview.items if i.kind != ho.SAME] == [
        ("cnc.key_processes", ho.CONFLICT)]  # both changed it since the last merge: asked again, not overwritten


def test_answers_that_do_not_fit_together_are_refused_whole(manager, round_trip):
    _, back = round_trip
    document = json.loads(back.read_text(encoding="utf-8"))
    # a process-industry answer merged into a workspace whose answers say discrete would be fine alone; a
    # table row with more NC than total equipment is not, and nothing of the file is written
    document["answers"][CORE]["cnc.key_processes"]["value"] = [{"name": "焊接", "equipment_total": 3,
                                                                "nc_equipment": 9}]
    document["sha256"] = ho.content_digest(document)
    back.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = dump(manager)
    with pytest.raises(ho.HandoffError, match="不能大于"):
        ho.preview_return(manager, back)
    assert dump(manager) == before


def edit(back: Path, change, *, rehash: bool = True) -> Path:
    document = json.loads(back.read_text(encoding="utf-8"))
    change(document)
    if rehash:
        document["sha256"] = ho.content_digest(document)
    back.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return back


@pytest.mark.parametrize(("change", "rehash", "message"), [
    (lambda d: d["answers"][CORE]["cnc.industry_type"].update(value="process"), False, "校验值不符"),
    (lambda d: d.update(handoff_id="7d0f6c9e-8a51-4a4e-9d64-3f1c2b7a9e01"), True, "不是从本工作区发出"),
    (lambda d: d.update(period="2024年度"), True, "评估期（2024年度）与分工时的评估期（2025年度）不符"),
    (lambda d: d["enterprise"].update(uscc="91320600MA1MC8Q87R", name="别家公司"), True, "属于另一家企业"),
    (lambda d: d["answers"][CORE].update({"rnd.design_staff": {"value": 5, "changed_at": None}}), True,
     "不属于所分模块的题目（rnd.design_staff）"),
    (lambda d: d["answers"][CORE].update({"cnc.industry_type": {"value": "hybrid", "changed_at": None}}), True,
     "不符合问卷的答案"),
    (lambda d: d.update(filled_by="张\u202e三"), True, "U+202E"),
    (lambda d: d.update(handoff_id="../../evil"), True, "分工编号无效"),
])
def test_a_damaged_or_foreign_return_is_refused_and_changes_nothing(manager, round_trip, change, rehash, message):
    _, back = round_trip
    edit(back, change, rehash=rehash)
    before = dump(manager)
    with pytest.raises(ho.HandoffError) as refused:
        ho.preview_return(manager, back)
    assert message in str(refused.value)
    assert dump(manager) == before


@pytest.mark.parametrize(("content", "message"), [
    (b"", "已损坏或不完整"),
    (b"\xff\xfe\x00garbage", "不是 UTF-8"),
    (b"[1, 2, 3]", "不是同事交回的答卷"),
    (b'{"format": "zgsz-answers/1"}', "不是同事交回的答卷"),
    (b"[" * 100000, "内容异常"),
])
def test_files_that_are_not_returns_are_refused_with_a_message(tmp_path, manager, content, message):
    path = tmp_path / "x.zgszback"
    path.write_bytes(content)
    with pytest.raises(ho.HandoffError) as refused:
        ho.preview_return(manager, path)
    assert message in str(refused.value)


def test_the_module_file_given_instead_of_the_return_is_named(tmp_path, manager):
    fill_file = tmp_path / "cnc.zgszfill"
    ho.send_modules(manager, PERIOD, [f"{CORE}/cnc"], "张三", fill_file, SENT_AT)
    with pytest.raises(ho.HandoffError, match="是发给同事的分工文件"):
        ho.preview_return(manager, fill_file)


def test_a_module_file_edited_or_for_another_version_does_not_open(tmp_path, manager):
    fill_file = tmp_path / "cnc.zgszfill"
    ho.send_modules(manager, PERIOD, [f"{CORE}/cnc"], "张三", fill_file, SENT_AT)
    edit(fill_file, lambda d: d["answers"][CORE].update({"rnd.has_design": False}), rehash=False)
    with pytest.raises(ho.HandoffError, match="校验值不符"):
        ho.open_handoff(fill_file, tmp_path / "data")
    edit(fill_file, lambda d: d["questionnaires"][0].update(version="2099.1"))
    with pytest.raises(ho.HandoffError, match="请升级"):
        ho.open_handoff(fill_file, tmp_path / "data")
    assert not (tmp_path / "data" / "handoffs").exists() or not any((tmp_path / "data" / "handoffs").iterdir())


def test_sending_checks_modules_and_the_colleagues_name(tmp_path, manager):
    with pytest.raises(ho.HandoffError, match="没有模块"):
        ho.send_modules(manager, PERIOD, [f"{CORE}/nope"], "张三", tmp_path / "x.zgszfill", SENT_AT)
    with pytest.raises(ho.HandoffError, match="不可见或控制字符"):
        ho.send_modules(manager, PERIOD, [f"{CORE}/cnc"], "张\u200b三", tmp_path / "x.zgszfill", SENT_AT)
    assert ho.list_handoffs(manager) == [] and not (tmp_path / "x.zgszfill").exists()


def test_a_cancelled_handoff_is_not_merged(manager, round_trip):
    record, back = round_trip
    ho.cancel_handoff(manager, record.id)
    with pytest.raises(ho.HandoffError, match="已取消"):
        ho.preview_return(manager, back)


def test_return_needs_the_fillers_name(tmp_path, manager):
    fill_file = tmp_path / "cnc.zgszfill"
    ho.send_modules(manager, PERIOD, [f"{CORE}/cnc"], "张三", fill_file, SENT_AT)
    copy = ho.open_handoff(fill_file, tmp_path / "data")
    try:
        with pytest.raises(ho.HandoffError, match="请先填写您的姓名"):
            ho.write_return(copy.workspace, copy.handoff, tmp_path / "b.zgszback", RETURNED_AT)
    finally:
        copy.workspace.close()


def test_clock_is_passed_in(tmp_path, manager):
    """The colleague copy's answer log uses the clock it is given (the core reads no clock of its own)."""
    fill_file = tmp_path / "cnc.zgszfill"
    ho.send_modules(manager, PERIOD, [f"{CORE}/cnc"], "张三", fill_file, SENT_AT)
    fixed = datetime(2025, 3, 5, 1, 2, 3, tzinfo=timezone.utc)
    copy = ho.open_handoff(fill_file, tmp_path / "data", clock=lambda: fixed)
    try:
        assert {e["changed_at"] for e in copy.workspace.log()} == {"2025-03-05T01:02:03.000+00:00"}
    finally:
        copy.workspace.close()
