"""Broken definitions are refused with a message naming the file, the line, the place and the problem.

Each case breaks a copy of the shipped definition the way an editor might, then checks the message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zgsz_desktop.questionnaire.loader import DefinitionError, load_definition, load_directory

ROOT = Path(__file__).resolve().parents[2]
CORE = (ROOT / "assessments" / "nantong-zgsz-core.yaml").read_text(encoding="utf-8")


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return text.count("\n", 0, index) + 1


def refuse(tmp_path: Path, text: str) -> DefinitionError:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DefinitionError) as caught:
        load_definition(path)
    error = caught.value
    assert "broken.yaml" in str(error)
    return error


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def test_yaml_syntax_error_names_the_line(tmp_path):
    broken = replace_once(CORE, "      - id: cnc.key_processes\n", "      - id: cnc.key_processes\n   bad: [\n")
    error = refuse(tmp_path, broken)
    assert "YAML 语法错误" in str(error)
    assert error.problems[0].line is not None


def test_unknown_question_type_names_line_path_and_question(tmp_path):
    broken = replace_once(CORE, "        type: table\n        text: 关键工序及其设备情况",
                          "        type: grid\n        text: 关键工序及其设备情况")
    error = refuse(tmp_path, broken)
    problem = next(p for p in error.problems if "grid" in p.message)
    assert problem.line == line_of(broken, "type: grid")
    assert "modules[0].questions[1].type" in problem.where
    assert "cnc.key_processes" in problem.where
    assert "single" in problem.message  # lists the allowed types


def test_missing_help_is_refused(tmp_path):
    help_line = "        help: 以江苏省工业和信息化厅公布的星级上云企业名单为准；尚未获评选“尚未获评”。\n"
    broken = replace_once(CORE, help_line, "")
    error = refuse(tmp_path, broken)
    assert any("help" in p.message and "cloud.current_star" in p.where for p in error.problems)


def test_misspelt_field_is_refused(tmp_path):
    broken = replace_once(CORE, "        max_rows: 50\n", "        max_row: 50\n")
    error = refuse(tmp_path, broken)
    problem = error.problems[0]
    assert "max_row" in problem.message and "不认识的字段" in problem.message
    assert problem.line == line_of(broken, "max_row: 50") - 2 or problem.line <= line_of(broken, "max_row: 50")


def test_duplicate_key_is_refused_not_silently_overwritten(tmp_path):
    broken = replace_once(CORE, "        min_rows: 1\n", "        min_rows: 1\n        min_rows: 2\n")
    error = refuse(tmp_path, broken)
    assert "重复的字段名 'min_rows'" in str(error)
    assert error.problems[0].line == line_of(broken, "min_rows: 2")


def test_duplicate_question_id_is_refused(tmp_path):
    broken = replace_once(CORE, "      - id: mgmt.purchasing", "      - id: mgmt.finance")
    error = refuse(tmp_path, broken)
    problem = next(p for p in error.problems if "重复" in p.message)
    assert "mgmt.finance" in problem.message
    assert problem.line == line_of(broken, "- id: mgmt.finance", 2)


def test_show_if_pointing_at_a_missing_question_is_refused(tmp_path):
    broken = replace_once(CORE, "show_if: {question: rnd.has_design, equals: true}",
                          "show_if: {question: rnd.has_desing, equals: true}")
    error = refuse(tmp_path, broken)
    assert any("rnd.has_desing" in p.message and "不存在" in p.message for p in error.problems)


def test_undefined_option_set_is_refused(tmp_path):
    broken = replace_once(CORE, "        options_from: management_mode\n      - id: mgmt.purchasing",
                          "        options_from: management_modes\n      - id: mgmt.purchasing")
    error = refuse(tmp_path, broken)
    assert any("management_modes" in p.message and "mgmt.finance" in p.where for p in error.problems)


def test_max_ref_to_a_missing_column_is_refused(tmp_path):
    broken = replace_once(CORE, "max_ref: equipment_total", "max_ref: equipment_count")
    error = refuse(tmp_path, broken)
    assert any("equipment_count" in p.message and "同一表格的列" in p.message for p in error.problems)


def test_unknown_formula_and_benchmark_are_refused(tmp_path):
    broken = replace_once(CORE, "      formula: key_process_cnc_rate", "      formula: cnc_rate_v2")
    broken = replace_once(broken, "      benchmark: rnd_design_tool_rate", "      benchmark: rnd_rate")
    error = refuse(tmp_path, broken)
    messages = " ".join(p.message for p in error.problems)
    assert "cnc_rate_v2" in messages and "rnd_rate" in messages


def test_points_that_do_not_add_up_are_refused(tmp_path):
    miit = (ROOT / "assessments" / "miit-sme-2024.yaml").read_text(encoding="utf-8")
    broken = replace_once(miit, "    points: 8\n", "    points: 9\n")  # 网络建设: 4 options × 2 = 8
    error = refuse(tmp_path, broken)
    messages = [p.message for p in error.problems]
    assert any("多选题满分 9 与各选项分之和 8 不一致" in m for m in messages)
    assert any("设备系统" in m for m in messages)  # the group total no longer adds up either


def test_exclusive_option_in_single_choice_is_refused(tmp_path):
    option = "          - {key: none, text: 尚未获评}"
    broken = replace_once(CORE, option, option.replace("}", ", exclusive: true}"))
    error = refuse(tmp_path, broken)
    assert any("exclusive" in p.message for p in error.problems)


def test_not_utf8_is_refused(tmp_path):
    path = tmp_path / "gbk.yaml"
    path.write_bytes(CORE.encode("gb18030"))
    with pytest.raises(DefinitionError) as caught:
        load_definition(path)
    assert "UTF-8" in str(caught.value)


def test_a_list_instead_of_a_definition_is_refused(tmp_path):
    error = refuse(tmp_path, "- just\n- a list\n")
    assert "字段表" in str(error)


def test_two_files_with_the_same_id_and_version_are_refused(tmp_path):
    (tmp_path / "a.yaml").write_text(CORE, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(CORE, encoding="utf-8")
    with pytest.raises(DefinitionError) as caught:
        load_directory(tmp_path)
    assert "重复" in str(caught.value) and "b.yaml" in str(caught.value)


def test_message_is_readable_chinese_with_file_and_line(tmp_path):
    broken = replace_once(CORE, "        integer: true\n        min: 0\n        max: 100000\n        unit: 人",
                          "        integer: yes-please\n        min: 0\n        max: 100000\n        unit: 人")
    error = refuse(tmp_path, broken)
    text = str(error)
    assert text.startswith("问卷定义文件 ")
    assert f"第{line_of(broken, 'integer: yes-please')}行" in text
    assert "rnd.design_staff" in text and "true/false" in text


# ----------------------------------------------------------------- checks beyond the schema (review findings)


def test_condition_value_that_is_not_an_option_is_refused(tmp_path):
    # a typo here would hide the key-process table for every enterprise and make the NC rate 不适用
    broken = replace_once(CORE, "show_if: {question: cnc.industry_type, equals: discrete}",
                          "show_if: {question: cnc.industry_type, equals: discret}")
    error = refuse(tmp_path, broken)
    problem = next(p for p in error.problems if "discret" in p.message)
    assert "没有选项" in problem.message and "discrete" in problem.message
    assert problem.line == line_of(broken, "equals: discret}")


def test_star_condition_with_an_unknown_option_is_refused(tmp_path):
    old = "in: [public, private, hybrid], text: 采用公有云"
    broken = replace_once(CORE, old, old.replace("public", "publik"))
    assert "publik" in str(refuse(tmp_path, broken))


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("show_if: {question: rnd.has_design, equals: true}", "show_if: {text: hello}", "缺少 question"),
    ("show_if: {question: rnd.has_design, equals: true}", "show_if: {question: rnd.has_design, equals: 是}",
     "true 或 false"),
    ("show_if: {question: rnd.has_design, equals: true}",
     "show_if: {question: rnd.has_design, equals: true, answered: true}", "有且只有一个判断"),
    ("show_if: {question: cloud.equipment_on_cloud, gt: 0}\n      - id: cloud.data_model_apps",
     "show_if: {question: cloud.equipment_types, gt: 0}\n      - id: cloud.data_model_apps", "不适用于multiple题"),
])
def test_malformed_conditions_are_refused(tmp_path, old, new, expected):
    assert expected in str(refuse(tmp_path, replace_once(CORE, old, new)))


def test_formula_input_of_the_wrong_type_is_refused(tmp_path):
    broken = replace_once(CORE, "        design_staff: rnd.design_staff\n", "        design_staff: rnd.has_design\n")
    error = refuse(tmp_path, broken)
    assert any("design_staff" in p.message and "yesno" in p.message for p in error.problems)


def test_formula_needs_its_option_keys(tmp_path):
    old = "          - {key: process, text: 流程型制造"
    broken = replace_once(CORE, old, old.replace("process", "flow"))
    broken = broken.replace("equals: process}", "equals: flow}")
    assert "需要题目 cnc.industry_type 有选项 process" in str(refuse(tmp_path, broken))


def test_show_if_cycle_is_refused(tmp_path):
    broken = replace_once(CORE, "        help: 以江苏省工业和信息化厅公布的星级上云企业名单为准",
                          "        show_if: {question: cloud.deployment, answered: true}\n"
                          "        help: 以江苏省工业和信息化厅公布的星级上云企业名单为准")
    broken = replace_once(broken, "        help: >-\n          公有云指购买",
                          "        show_if: {question: cloud.current_star, answered: true}\n"
                          "        help: >-\n          公有云指购买")
    assert "循环引用" in str(refuse(tmp_path, broken))


def test_points_on_an_exclusive_option_are_refused(tmp_path):
    miit = (ROOT / "assessments" / "miit-sme-2024.yaml").read_text(encoding="utf-8")
    broken = replace_once(miit, "      text: 无\n      points: 0\n      exclusive: true",
                          "      text: 无\n      points: 2\n      exclusive: true")
    assert "互斥选项" in str(refuse(tmp_path, broken))


def test_unreachable_level_thresholds_are_refused(tmp_path):
    miit = (ROOT / "assessments" / "miit-sme-2024.yaml").read_text(encoding="utf-8")
    old = "    min_scenes: 10\n    min_binding_scenes: 6"
    broken = replace_once(miit, old, old.replace("10", "99"))
    broken = replace_once(broken, "    scene_level: 3", "    scene_level: 7")
    messages = str(refuse(tmp_path, broken))
    assert "99个场景" in messages and "7级" in messages


def test_non_finite_number_is_refused(tmp_path):
    broken = replace_once(CORE, "        max: 100000\n        unit: 人", "        max: .nan\n        unit: 人")
    assert "无效" in str(refuse(tmp_path, broken))


def test_misspelt_field_is_reported_on_its_own_line(tmp_path):
    broken = replace_once(CORE, "            max_length: 40\n", "            max_lenght: 40\n")
    error = refuse(tmp_path, broken)
    assert error.problems[0].line == line_of(broken, "max_lenght: 40")


@pytest.mark.parametrize("text", ["? [a, b]\n: 1\n", "{a: 1}: 2\n", "[" * 5000, "points: 1" + "0" * 5000 + "\n"])
def test_hostile_yaml_is_refused_not_crashing(tmp_path, text):
    error = refuse(tmp_path, text)
    assert error.problems


def test_yaml_merge_keys_are_allowed(tmp_path):
    # "<<:" merges shared fields into a question; explicit keys still win
    text = CORE.replace("      - id: cnc.industry_type\n        type: single\n",
                        "      - <<: {required: false, type: text}\n        id: cnc.industry_type\n"
                        "        type: single\n", 1)
    question = load_definition_text(tmp_path, text).question("cnc.industry_type")
    assert question.required is False and question.type == "single"


def load_definition_text(tmp_path, text):
    path = tmp_path / "ok.yaml"
    path.write_text(text, encoding="utf-8")
    return load_definition(path)
