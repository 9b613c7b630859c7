"""Broken definitions are refused with a message naming the file, the line, the place and the problem.

Each case breaks a copy of the shipped definition the way an editor might, then checks the message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zgsz_desktop.questionnaire.loader import DefinitionError, load_definition, load_directory

ROOT = Path(__file__).resolve().parents[1]
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
