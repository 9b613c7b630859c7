"""What a user review of the ledger import found (#20): ledgers as factories really write them.

Each test fails on the code before the review: a 是否CNC column ignored, blank 数量 rows dropped, a file
refused for a formula in its 合计 row, offices counted as key processes, a one-sheet empty file said to have
"another" sheet. Expected counts are worked out by hand from the rows written here."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import openpyxl
import pytest

from zgsz_desktop.commands import ledger as commands
from zgsz_desktop.ledger import (
    LedgerFileError,
    count,
    default_classification,
    inspect,
    non_production_reason,
    read,
)


def _csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _count(path: Path, classification=None, **kwargs):
    preview = inspect(path)
    records = read(preview, preview.mapping)
    return preview, records, count(records, classification or {}, **kwargs)


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="zgsz")
    commands.add_parser(parser.add_subparsers(dest="command"), [])
    args = parser.parse_args(argv)
    return args.func(args)


# --------------------------------------------------------------------------- 1. the 是否数控 column


@pytest.mark.parametrize("label", ["是否CNC", "是否为CNC", "CNC", "cnc", "Cnc(Y/N)", "ＣＮＣ", "数控(是/否)",
                                   "数控（是/否）", "是否数控设备", "是否为数控设备", "是否数控（√/×）"])
def test_the_ways_ledgers_name_the_nc_column_are_recognised(tmp_path, label):
    # 普通车床 would be guessed non-NC from its name: only the column can make it NC.
    path = _csv(tmp_path / "台账.csv", [["设备名称", "车间", "数量", label], ["普通车床", "机加工", "2", "是"],
                                       ["数控车床", "机加工", "1", "否"]])
    preview, _, result = _count(path)
    assert preview.header.labels[preview.mapping["numeric_control"]] == label
    assert not result.nc_inferred
    assert result.table_rows() == [{"name": "机加工", "equipment_total": 3, "nc_equipment": 2}]


def test_an_unrecognised_nc_column_is_called_unrecognised_with_how_to_choose_it(tmp_path, capsys):
    path = _csv(tmp_path / "台账.csv", [["序号", "设备名称", "车间", "数量", "设备类别"],
                                       ["1", "车床", "机加工", "2", "数控"], ["2", "铣床", "机加工", "1", "普通"]])
    assert _cli(["ledger", "preview", str(path)]) == 0
    out = capsys.readouterr().out
    assert "没有识别出“是否数控”列" in out
    assert "台账中没有“是否数控”列" not in out  # the column is there, under a name we did not know
    assert "未对应的列：设备类别；" in out  # 序号 is never offered
    assert "--map 是否数控=列名" in out
    # Chosen as the message says, the column is read: 车床 2 units are NC, 铣床 is not.
    assert _cli(["ledger", "preview", str(path), "--map", "是否数控=设备类别", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["key_processes"] == [{"name": "机加工", "equipment_total": 3, "nc_equipment": 2}]
    assert data["nc_inferred"] is False


def test_a_ledger_that_really_has_no_nc_column_is_said_to_have_none(tmp_path, capsys):
    path = _csv(tmp_path / "台账.csv", [["序号", "设备名称", "车间", "数量", "备注"],
                                       ["1", "数控车床", "机加工", "2", ""]])
    assert _cli(["ledger", "preview", str(path)]) == 0
    out = capsys.readouterr().out
    assert "台账中没有“是否数控”列" in out and "没有识别出" not in out


# --------------------------------------------------------------------------- 2. a blank 数量


def test_a_blank_quantity_counts_as_one_unit_and_is_marked(tmp_path):
    path = _csv(tmp_path / "一机一行.csv", [
        ["设备名称", "车间", "数量", "是否数控"],
        ["数控车床", "机加工", "", "是"],  # row 2: one machine, 数量 left blank
        ["普通车床", "机加工", "", "否"],  # row 3
        ["加工中心", "机加工", "2", "是"],  # row 4
        ["钻床", "机加工", "若干", "否"],  # row 5: there but not a number: left out
        ["铣床", "机加工", "", ""],  # row 6: blank 数量 and blank 数控
    ])
    _, records, result = _count(path)
    # 1 + 1 + 2 + 1 = 5 units; NC: 数控车床 1 + 加工中心 2 = 3 (铣床 guessed non-NC from its name)
    assert result.table_rows() == [{"name": "机加工", "equipment_total": 5, "nc_equipment": 3}]
    assert records.processes() == [("机加工", 5, 5)]  # the classification step shows the same units
    by_row = {e.row: e for e in result.entries}
    assert [r for r, e in by_row.items() if e.quantity_assumed] == [2, 3, 6]
    assert by_row[2].reason == "数量为空，按 1 台（套）计" and by_row[2].quantity == 1
    assert by_row[6].reason == "数量为空，按 1 台（套）计；数控栏为空，按名称推断"
    assert not by_row[4].quantity_assumed and by_row[4].reason == ""
    assert by_row[5].status == "left_out" and by_row[5].reason == "数量“若干”不是数字"
    assert result.quantity_assumed_rows == 3

    # The user sees row 3 is not a machine of its own and leaves it out.
    corrected = count(records, {}, excluded_rows=[3])
    assert corrected.table_rows() == [{"name": "机加工", "equipment_total": 4, "nc_equipment": 3}]
    assert next(e for e in corrected.entries if e.row == 3).reason == "已手动设为不计入"


def test_cli_tells_about_blank_quantities_and_can_leave_a_row_out(tmp_path, capsys):
    path = _csv(tmp_path / "一机一行.csv", [["设备名称", "车间", "数量", "是否数控"], ["数控车床", "机加工", "", "是"],
                                          ["工具柜", "机加工", "", "否"]])
    assert _cli(["ledger", "preview", str(path)]) == 0
    assert "2 行的数量为空，每行按 1 台（套）计（第 2、3 行）" in capsys.readouterr().out
    assert _cli(["ledger", "preview", str(path), "--exclude-row", "3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["key_processes"] == [{"name": "机加工", "equipment_total": 1, "nc_equipment": 1}]
    assert [r["quantity_assumed"] for r in data["rows"]] == [True, False]


# --------------------------------------------------------------------------- 3. formulas without a saved value


def _formula_ledger(path: Path) -> Path:
    """Made by a program that writes formulas but no results (openpyxl saves none): in the 合计 row, in an
    unmapped 备注 column of a counted row, and in the 数量 of a 办公室 row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["设备名称", "车间", "数量", "是否数控", "备注"])
    ws.append(["数控车床", "机加工", 2, "是", "=A2&B2"])  # row 2
    ws.append(["普通车床", "机加工", 3, "否", None])  # row 3
    ws.append(["打印机", "办公室", "=1+1", "否", None])  # row 4
    ws.append(["合计", None, "=SUM(C2:C4)", None, None])  # row 5
    wb.save(path)
    return path


def test_formulas_in_a_total_row_or_an_unused_cell_do_not_refuse_the_file(tmp_path):
    path = _formula_ledger(tmp_path / "公式.xlsx")
    _, records, _ = _count(path)
    result = count(records, default_classification([p for p, _, _ in records.processes()]))
    assert result.problems == []
    assert result.table_rows() == [{"name": "机加工", "equipment_total": 5, "nc_equipment": 2}]
    reasons = {e.row: e.reason for e in result.entries if e.status == "left_out"}
    assert reasons == {4: "“办公室”设为不计入关键工序", 5: "合计/小计行"}


def test_a_formula_without_value_in_a_counted_row_blocks_the_table_and_names_the_cell(tmp_path):
    path = _formula_ledger(tmp_path / "公式.xlsx")
    _, _, result = _count(path, {"办公室": "办公"})  # the office is counted this time
    assert len(result.problems) == 1 and "C4" in result.problems[0] and "保存一次" in result.problems[0]
    assert {e.row: e.reason for e in result.entries if e.status == "left_out"}[4] == \
        "C4 是公式，文件中没有保存计算结果"
    assert result.table_rows() == [{"name": "机加工", "equipment_total": 5, "nc_equipment": 2}]


# --------------------------------------------------------------------------- 4. non-production places


def test_non_production_places_start_as_not_counted_with_their_reason():
    names = ["机加工车间", "办公室", "行政部", "原料仓库", "成品库房", "后勤", "食堂", "宿舍", "门卫", "动力车间",
             "配电房", "空压站", "动力总成装配线", "动力电池车间", "质检", "焊接车间"]
    classification = default_classification(names)
    assert [n for n in names if classification[n] is None] == [
        "办公室", "行政部", "原料仓库", "成品库房", "后勤", "食堂", "宿舍", "门卫", "动力车间", "配电房", "空压站"]
    assert classification["动力总成装配线"] == "动力总成装配线"  # a product line, not a power room
    assert classification["焊接车间"] == "焊接车间"
    assert non_production_reason("原料仓库") == "非生产场所（仓库），默认不计入；确属关键工序的请改为计入"
    assert non_production_reason("焊接车间") is None
    # What the user chose last time wins over the default.
    assert default_classification(["仓库"], {"仓库": "仓储物流"}) == {"仓库": "仓储物流"}


def test_cli_names_the_places_left_out_by_default(tmp_path, capsys):
    path = _csv(tmp_path / "台账.csv", [["设备名称", "车间", "数量", "是否数控"], ["数控车床", "机加工车间", "2", "是"],
                                       ["叉车", "仓库", "1", "否"]])
    assert _cli(["ledger", "preview", str(path)]) == 0
    out = capsys.readouterr().out
    assert "默认不计入（非生产场所）：仓库；" in out
    assert "合计：设备 2，其中数控化 2" in out
    assert _cli(["ledger", "preview", str(path), "--process", "仓库=仓储", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["default_excluded"] == {}
    assert data["key_processes"][1] == {"name": "仓储", "equipment_total": 1, "nc_equipment": 0}


# --------------------------------------------------------------------------- 5. an empty workbook


def test_an_empty_one_sheet_workbook_says_the_file_is_empty(tmp_path):
    path = tmp_path / "空.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(LedgerFileError) as refused:
        inspect(path)
    assert "空.xlsx 中没有内容" in str(refused.value)
    assert "请选择" not in str(refused.value)  # there is no other sheet to choose


def test_an_empty_sheet_among_several_asks_to_choose_another(tmp_path):
    path = tmp_path / "两张.xlsx"
    wb = openpyxl.Workbook()
    wb.create_sheet("设备")
    wb.save(path)
    with pytest.raises(LedgerFileError, match="请选择设备清单所在的工作表"):
        inspect(path)
