"""Equipment ledgers as factories keep them (issue #20), shared by the core, CLI and dialog tests: an .xlsx with
a title row, a two-row merged header and workshops merged down a column, and the same rows as a GBK CSV. The
expected counts are worked out by hand from the rows written here, not by the code under test."""

from __future__ import annotations

from pathlib import Path

import openpyxl

TITLE = "南通瑞丰精密机械有限公司设备台账（2025年12月）"
PROFILE = {"name": "南通瑞丰精密机械有限公司", "uscc": "91320685MA1R8K2X5W", "district": "海安市",
           "industry_code": "34", "scale": "规上", "contact": "陈建华", "phone": "0513-88861234"}

# The user's classification in these tests: 动力车间 is not a key process.
CLASSIFICATION = {"机加工车间": "机加工", "焊接车间": "焊接", "检测室": "成品检测", "动力车间": None}
# By hand from the rows below (报废, 合计, repeated header, a 数量 that is not a number, blank 车间 and 动力车间
# left out; a blank 数量 would count as 1, see tests/ledger/test_ledger_review.py):
#   机加工: 数控车床 4 (4 NC) + 普通车床 3 (0) + 立式加工中心 2 (2)      = 9, NC 6
#   焊接:   焊接机器人 3 (3) + 二氧化碳保护焊机 5 (0)                    = 8, NC 3
#   成品检测: 三坐标测量机 1 (1)                                        = 1, NC 1
EXPECTED = [{"name": "机加工", "equipment_total": 9, "nc_equipment": 6},
            {"name": "焊接", "equipment_total": 8, "nc_equipment": 3},
            {"name": "成品检测", "equipment_total": 1, "nc_equipment": 1}]


def build_xlsx_ledger(path: Path) -> Path:
    """A title row, a blank row, a two-row header with a merged 设备数量 over 总数 | 其中数控, 车间 merged down
    four rows, a 报废 row, a 合计 row, a repeated header, and rows with a 数量 of "若干" and a blank 车间."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    notes["A1"] = "本台账每季度更新"
    ws = wb.create_sheet("设备台账")
    ws["A1"] = TITLE
    ws.merge_cells("A1:G1")
    header = ["序号", "设备名称", "规格型号", "所属车间", "设备数量", None, "使用状态"]
    for col, text in enumerate(header, start=1):
        ws.cell(3, col, text)
    ws.cell(4, 5, "总数")
    ws.cell(4, 6, "其中数控")
    for col in (1, 2, 3, 4, 7):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells("E3:F3")
    rows = [
        (1, "数控车床", "CK6140", "机加工车间", 4, 4, "在用"),
        (2, "普通车床", "C6140", None, 3, 0, "在用"),
        (3, "立式加工中心", "VMC850", None, 2, 2, "在用"),
        (4, "摇臂钻床", "Z3050", None, 2, None, "报废"),
        (5, "焊接机器人", "ABB IRB1410", "焊接车间", 3, 3, "在用"),
        (6, "二氧化碳保护焊机", "NBC-350", "焊接车间", 5, 0, "在用"),
        ("合计", None, None, None, 19, 9, None),
        ("序号", "设备名称", "规格型号", "所属车间", "设备数量", "设备数量", "使用状态"),
        (None, None, None, None, "总数", "其中数控", None),
        (7, "三坐标测量机", "CMM-0605", "检测室", 1, 1, "在用"),
        (8, "螺杆空压机", "SA-37", "动力车间", 2, 0, "在用"),
        (9, "台式钻床", "Z4116", "机加工车间", "若干", None, "在用"),
        (10, "办公电脑", "联想", None, 5, None, "在用"),
    ]
    for offset, values in enumerate(rows):
        for col, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(5 + offset, col, value)
    ws.merge_cells("D5:D8")  # 机加工车间 over its four rows
    wb.save(path)
    return path


CSV_ROWS = [
    [TITLE], [],
    ["序号", "设备名称", "规格型号", "所属车间", "数量", "是否数控", "使用状态"],
    ["1", "数控车床", "CK6140", "机加工车间", "4", "是", "在用"],
    ["2", "普通车床", "C6140", "机加工车间", "3台", "否", "在用"],
    ["3", "立式加工中心", "VMC850", "机加工车间", "2", "√", "在用"],
    ["4", "摇臂钻床", "Z3050", "机加工车间", "2", "否", "已报废"],
    ["5", "焊接机器人", "ABB IRB1410", "焊接车间", "3", "是", "在用"],
    ["6", "二氧化碳保护焊机", "NBC-350", "焊接车间", "5", "否", ""],
    ["合计", "", "", "", "19", "", ""],
    ["序号", "设备名称", "规格型号", "所属车间", "数量", "是否数控", "使用状态"],
    ["7", "三坐标测量机", "CMM-0605", "检测室", "1", "Y", "在用"],
    ["8", "螺杆空压机", "SA-37", "动力车间", "2", "N", "在用"],
    ["9", "台式钻床", "Z4116", "机加工车间", "若干", "否", "在用"],
    ["10", "办公电脑", "联想", "", "5", "", "在用"],
]


def build_gbk_csv(path: Path, delimiter: str = ",") -> Path:
    text = "\r\n".join(delimiter.join(row) for row in CSV_ROWS) + "\r\n"
    path.write_bytes(text.encode("gbk"))
    return path
