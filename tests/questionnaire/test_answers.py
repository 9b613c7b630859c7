"""Answer validation: each bad answer gets a Chinese message naming the question (and row/column)."""

from __future__ import annotations

import pytest

from zgsz_desktop.questionnaire.answers import check_answer, completion, missing_required, validate_answers
from zgsz_desktop.scoring.engine import AnswersInvalid, score


def messages(questionnaire, answers):
    return [str(p) for p in validate_answers(questionnaire, answers)]


def test_demo_answers_are_valid(core_q, miit_q, core_answers, miit_answers):
    assert messages(core_q, core_answers) == []
    assert messages(miit_q, miit_answers) == []


def test_unknown_option_lists_the_valid_ones(core_q):
    (message,) = messages(core_q, {"cnc.industry_type": "mixed"})
    assert "cnc.industry_type" in message and "'mixed'" in message and "discrete" in message


def test_exclusive_option_cannot_be_combined(core_q):
    (message,) = messages(core_q, {"rnd.tools": ["none", "cad2d"]})
    assert "未使用任何数字化设计工具" in message and "不能再选" in message


def test_number_must_be_an_integer_within_range(core_q):
    assert "整数" in messages(core_q, {"rnd.design_staff": 12.5})[0]
    assert "不能小于 0" in messages(core_q, {"rnd.design_staff": -1})[0]
    assert "应填数字" in messages(core_q, {"rnd.design_staff": "12"})[0]
    assert "应填数字" in messages(core_q, {"rnd.design_staff": True})[0]


def test_max_ref_across_questions(core_q):
    (message,) = messages(core_q, {"rnd.has_design": True, "rnd.design_staff": 10, "rnd.tool_users": 11})
    assert "rnd.tool_users" in message and "不能大于" in message and "从事研发设计的人员数" in message


def test_bounds_do_not_apply_to_a_hidden_answer(core_q, core_answers):
    # design staff corrected to 0 hides "tool users" (15 kept from before): scoring must still work
    core_answers["rnd.design_staff"] = 0
    assert messages(core_q, core_answers) == []
    result = score(core_q, core_answers).module("rnd")
    assert result.status == "not_applicable"


@pytest.mark.parametrize("value", [10**400, float("nan"), float("inf"), 1e300])
def test_absurd_numbers_get_a_message_not_a_crash(core_q, value):
    (message,) = messages(core_q, {"rnd.has_design": True, "rnd.design_staff": value})
    assert "rnd.design_staff" in message and ("数值过大" in message or "不是有效数字" in message)


def test_nan_bound_from_another_answer_does_not_crash(core_q):
    problems = messages(core_q, {"rnd.has_design": True, "rnd.design_staff": float("nan"), "rnd.tool_users": 3})
    assert len(problems) == 1 and "rnd.design_staff" in problems[0]


def test_table_cell_problems_name_row_and_column(core_q):
    problems = validate_answers(core_q, {"cnc.key_processes": [
        {"name": "车削", "equipment_total": 10, "nc_equipment": 8},
        {"name": "焊接", "equipment_total": 4, "nc_equipment": 5},
        {"equipment_total": 3, "nc_equipment": 1, "remark": "x"},
    ]})
    by_row = {(p.row, p.column): p.message for p in problems}
    assert "第2行" in by_row[(2, "nc_equipment")] and "本行“设备总数”" in by_row[(2, "nc_equipment")]
    assert "第3行“工序名称”：未填写" in by_row[(3, "name")]
    assert "remark" in by_row[(3, None)]
    assert len(problems) == 3


def test_unknown_question_id_is_reported(core_q):
    (message,) = messages(core_q, {"cnc.industry_typ": "discrete"})
    assert "cnc.industry_typ" in message and "拼写错误" in message


def test_text_length_and_yesno_type(core_q):
    long_name = "工" * 41
    problems = messages(core_q, {"cnc.key_processes": [{"name": long_name, "equipment_total": 1, "nc_equipment": 0}],
                                 "rnd.has_design": "是"})
    assert any("不能超过 40 个字" in m for m in problems)
    assert any("rnd.has_design" in m and "true" in m for m in problems)


def test_score_refuses_invalid_answers_and_names_them(core_q, core_answers):
    core_answers["rnd.tool_users"] = 99  # design staff is 18
    with pytest.raises(AnswersInvalid) as caught:
        score(core_q, core_answers)
    assert "rnd.tool_users" in str(caught.value) and "18" in str(caught.value)


def test_check_answer_for_one_question_uses_the_other_answers(core_q):
    assert check_answer(core_q, "rnd.tool_users", 5, {"rnd.design_staff": 4})
    assert check_answer(core_q, "rnd.tool_users", 4, {"rnd.design_staff": 4}) == []
    assert check_answer(core_q, "rnd.tool_users", None, {}) == []  # clearing is always allowed


def test_hidden_questions_are_not_required(core_q):
    # has_design = no hides the three follow-ups
    missing = {q.id for q in missing_required(core_q, {"rnd.has_design": False}, core_q.module("rnd"))}
    assert missing == set()
    missing = {q.id for q in missing_required(core_q, {"rnd.has_design": True}, core_q.module("rnd"))}
    assert missing == {"rnd.design_staff"}


def test_completion_counts_visible_required_questions(core_q):
    module = core_q.module("rnd")
    assert completion(core_q, {}, module) == 0.0
    # visible after has_design = yes: has_design, design_staff (tool questions need staff > 0) -> 1 of 2
    assert completion(core_q, {"rnd.has_design": True}, module) == 0.5
    assert completion(core_q, {"rnd.has_design": False}, module) == 1.0


def test_a_follow_up_of_a_hidden_question_is_hidden_too(core_q):
    # equipment on cloud = 5 shows its follow-ups; "not on cloud" hides the device count, and so its follow-ups
    answers = {"cloud.current_star": "none", "cloud.deployment": "none", "cloud.equipment_on_cloud": 5}
    follow_up = core_q.question("cloud.equipment_types")
    from zgsz_desktop.questionnaire.answers import is_visible

    assert not is_visible(core_q, follow_up, answers)
    missing = {q.id for q in missing_required(core_q, answers, core_q.module("cloud"))}
    assert missing == set()  # nothing that no longer applies is demanded


def test_lowering_a_bound_below_an_answer_that_uses_it_is_refused_with_both_named(core_q):
    answers = {"rnd.has_design": True, "rnd.design_staff": 20, "rnd.tool_users": 18}
    (message,) = check_answer(core_q, "rnd.design_staff", 10, answers, label="“从事研发设计的人员数”")
    assert "不能小于已填写的“其中日常使用数字化研发设计工具的人员数”（18人）" in message
    assert check_answer(core_q, "rnd.design_staff", 18, answers, label="x") == []
