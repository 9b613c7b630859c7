"""Equipment ledger import (#20): real ledgers as factories keep them fill the key-process table.

The expected counts are worked out by hand from the rows written here, not by the code under test.
``build_xlsx_ledger`` and ``build_gbk_csv`` are also used by the dialog test."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
import pytest
from ledger_fixtures import CLASSIFICATION, CSV_ROWS, EXPECTED, PROFILE, build_gbk_csv, build_xlsx_ledger

from zgsz_desktop.errors import UserError
from zgsz_desktop.ledger import (
    LedgerFileError,
    ReplaceNeeded,
    count,
    current_table,
    default_classification,
    file_sha256,
    fill_key_processes,
    inspect,
    read,
    remember,
    remembered_classification,
    remembered_layouts,
)
from zgsz_desktop.workspace import Workspace


@pytest.fixture()
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ws.set_profile(PROFILE)
    ws.start_submission("2025年度")
    yield ws
    ws.close()


def _count(path: Path, classification=CLASSIFICATION, **kwargs):
    preview = inspect(path, **kwargs)
    records = read(preview, preview.mapping)
    return preview, records, count(records, classification)


def test_xlsx_with_title_merged_header_and_merged_workshops_gives_the_hand_counted_table(tmp_path):
    preview, _, result = _count(build_xlsx_ledger(tmp_path / "台账.xlsx"))
    assert preview.sheet == "设备台账"  # the ledger-looking sheet, not the first one
    assert preview.header.rows == [3, 4]
    assert preview.header.labels[4:6] == ["设备数量/总数", "设备数量/其中数控"]
    assert {k: preview.header.labels[v] for k, v in preview.mapping.items()} == {
        "name": "设备名称", "model": "规格型号", "process": "所属车间", "quantity": "设备数量/总数",
        "numeric_control": "设备数量/其中数控", "status": "使用状态"}
    assert result.table_rows() == EXPECTED
    assert result.problems == []
    reasons = {e.row: e.reason for e in result.entries if e.status == "left_out"}
    assert reasons[8] == "状态为“报废”（不在用）"
    assert reasons[11] == "合计/小计行"
    assert reasons[12] == reasons[13] == "重复的表头行"
    assert reasons[15] == "“动力车间”设为不计入关键工序"
    assert reasons[16] == "数量“若干”不是数字"  # there but not a number: left out, with its reason
    assert reasons[17] == "未填工序/车间"
    counted = {e.row: (e.key_process, e.quantity, e.nc) for e in result.entries if e.status == "counted"}
    assert counted[6] == ("机加工", 3, 0)  # 车间 came from the merged cell above
    assert not any(e.inferred for e in result.entries)


def test_gbk_csv_gives_the_same_table(tmp_path):
    path = build_gbk_csv(tmp_path / "台账.csv")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really GBK
    preview, _, result = _count(path)
    assert preview.ledger.encoding == "gb18030"
    assert preview.header.rows == [3]
    assert result.table_rows() == EXPECTED
    reasons = {e.row: e.reason for e in result.entries if e.status == "left_out"}
    assert reasons[7] == "状态为“已报废”（不在用）"
    assert 2 not in reasons  # the blank line above the header is not data


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_tab_and_semicolon_csv_in_utf8_with_bom(tmp_path, delimiter):
    path = tmp_path / "台账.txt"
    text = "\n".join(delimiter.join(row) for row in CSV_ROWS)
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    _, _, result = _count(path)
    assert result.table_rows() == EXPECTED


def test_without_a_nc_column_nc_is_inferred_from_names_and_marked(tmp_path):
    path = tmp_path / "无数控列.csv"
    rows = [["设备名称", "型号", "车间", "台数"], ["数控车床", "CK6140", "机加工", "2"],
            ["普通车床", "C6140", "机加工", "3"],
            ["弧焊机器人", "", "焊接", "1"], ["摇臂钻", "Z3050 NC", "机加工", "1"]]
    path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    preview, records, result = _count(path, classification={})
    assert "numeric_control" not in preview.mapping
    assert result.nc_inferred
    assert all(e.inferred for e in result.entries if e.status == "counted")
    # 数控车床 2 + "NC" in the model 1 = 3 of 6 in 机加工; the robot 1 of 1 in 焊接
    assert result.table_rows() == [{"name": "机加工", "equipment_total": 6, "nc_equipment": 3},
                                   {"name": "焊接", "equipment_total": 1, "nc_equipment": 1}]
    # The user corrects a guess: row 3 (普通车床) is in fact NC, row 5 is not.
    corrected = count(records, {}, nc_overrides={3: True, 5: False})
    assert corrected.table_rows()[0] == {"name": "机加工", "equipment_total": 6, "nc_equipment": 5}
    assert not next(e for e in corrected.entries if e.row == 3).inferred


def test_several_workshops_can_make_one_key_process(tmp_path):
    _, records, _ = _count(build_xlsx_ledger(tmp_path / "l.xlsx"))
    result = count(records, {"机加工车间": "金属加工", "焊接车间": "金属加工", "检测室": None, "动力车间": None})
    assert result.table_rows() == [{"name": "金属加工", "equipment_total": 17, "nc_equipment": 9}]


def test_mapping_and_classification_are_remembered_across_two_imports(tmp_path, workspace):
    path = build_xlsx_ledger(tmp_path / "2025Q3.xlsx")
    first = inspect(path, remembered=remembered_layouts(workspace))
    assert not first.remembered
    # The user maps 规格型号 to nothing and keeps the rest; and classifies the workshops.
    chosen = {k: v for k, v in first.mapping.items() if k != "model"}
    records = read(first, chosen)
    classification = default_classification([p for p, _, _ in records.processes()],
                                            remembered_classification(workspace))
    assert classification["机加工车间"] == "机加工车间"  # first time: itself
    classification.update(CLASSIFICATION)
    remember(workspace, first.header, chosen, classification)
    workspace.close()

    with Workspace.open(tmp_path / "ws") as reopened:  # next quarter, the app started again
        again = inspect(build_xlsx_ledger(tmp_path / "2025Q4.xlsx"), remembered=remembered_layouts(reopened))
        assert again.remembered
        assert again.mapping == chosen
        known = remembered_classification(reopened)
        assert default_classification(["机加工车间", "动力车间", "新车间"], known) == {
            "机加工车间": "机加工", "动力车间": None, "新车间": "新车间"}


def test_apply_fills_the_table_logs_the_source_and_asks_before_replacing(tmp_path, workspace):
    path = build_gbk_csv(tmp_path / "台账.csv")
    _, _, result = _count(path)
    assessment = workspace.find_assessment("nantong-zgsz-core", "2025年度")
    digest = file_sha256(path)
    assert fill_key_processes(workspace, assessment.id, result, source_name=path.name, sha256=digest) == []
    assert current_table(workspace, assessment.id) == EXPECTED
    entry = [e for e in workspace.log(assessment.id) if e["question_id"] == "cnc.key_processes"][-1]
    assert entry["source"] == "ledger"
    assert path.name in entry["reason"] and digest[:12] in entry["reason"]

    smaller = count(read(inspect(path), inspect(path).mapping), {**CLASSIFICATION, "检测室": None})
    with pytest.raises(ReplaceNeeded) as refused:
        fill_key_processes(workspace, assessment.id, smaller, source_name=path.name, sha256=digest)
    assert refused.value.old == EXPECTED
    assert current_table(workspace, assessment.id) == EXPECTED  # nothing changed without the confirmation
    with pytest.raises(UserError, match="被修改过"):
        fill_key_processes(workspace, assessment.id, smaller, source_name=path.name, sha256=digest,
                           replace=True, expected_old=EXPECTED[:1])
    old = fill_key_processes(workspace, assessment.id, smaller, source_name=path.name, sha256=digest,
                             replace=True, expected_old=EXPECTED)
    assert old == EXPECTED
    assert current_table(workspace, assessment.id) == EXPECTED[:2]


def test_a_process_plant_is_refused(tmp_path, workspace):
    _, _, result = _count(build_gbk_csv(tmp_path / "台账.csv"))
    assessment = workspace.find_assessment("nantong-zgsz-core", "2025年度")
    workspace.save_answer(assessment.id, "cnc.industry_type", "process")
    with pytest.raises(UserError, match="流程型"):
        fill_key_processes(workspace, assessment.id, result, source_name="台账.csv", sha256="0" * 64)
    assert current_table(workspace, assessment.id) == []


def test_more_than_fifty_key_processes_cannot_be_applied(tmp_path):
    path = tmp_path / "many.csv"
    rows = ["设备名称,车间,数量,是否数控"] + [f"车床,车间{i},1,是" for i in range(51)]
    path.write_text("\n".join(rows), encoding="utf-8")
    _, _, result = _count(path, classification={})
    assert len(result.processes) == 51
    assert any("最多 50 行" in p for p in result.problems)


def test_hidden_characters_in_workshop_names_are_dropped(tmp_path):
    path = tmp_path / "hostile.csv"
    path.write_text("设备名称,车间,数量,是否数控\n车床,机加\u202e工\u200b车间,2,是\n", encoding="utf-8")
    _, _, result = _count(path, classification={})
    assert result.table_rows() == [{"name": "机加工车间", "equipment_total": 2, "nc_equipment": 2}]


def test_wrong_numbers_are_left_out_with_their_reason(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("设备名称,车间,数量,是否数控\n车床,机加工,2.5,是\n铣床,机加工,-1,否\n钻床,机加工,很多,否\n"
                    "磨床,机加工,1,否\n", encoding="utf-8")
    _, _, result = _count(path, classification={})
    reasons = {e.row: e.reason for e in result.entries if e.status == "left_out"}
    assert reasons == {2: "数量“2.5”不是整数", 3: "数量“-1”是负数", 4: "数量“很多”不是数字"}
    assert result.table_rows() == [{"name": "机加工", "equipment_total": 1, "nc_equipment": 0}]


# --------------------------------------------------------------------------- files that cannot be read


def test_xls_file_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "老台账.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    with pytest.raises(LedgerFileError, match=r"另存为 \.xlsx"):
        inspect(path)


def test_password_protected_xlsx_is_refused(tmp_path):
    path = tmp_path / "加密.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptionInfo".encode("utf-16-le")
                     + b"\x00" * 500)
    with pytest.raises(LedgerFileError, match="打开密码"):
        inspect(path)


def test_broken_xlsx_is_refused(tmp_path):
    good = build_xlsx_ledger(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "坏.xlsx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(LedgerFileError, match="损坏"):
        inspect(path)


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_empty_file_is_refused(tmp_path, content):
    path = tmp_path / "空.csv"
    path.write_bytes(content)
    with pytest.raises(LedgerFileError, match=r"空|没有内容"):
        inspect(path)


def test_formula_without_saved_value_asks_to_save_in_excel(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["设备名称", "车间", "数量"])
    ws.append(["车床", "机加工", "=1+1"])  # openpyxl writes no cached value
    path = tmp_path / "公式.xlsx"
    wb.save(path)
    _, _, result = _count(path, classification={})
    assert result.table_rows() == []  # the 数量 cell reads as empty: never counted as 1 unit
    assert any("C2" in p and "保存一次" in p for p in result.problems)
    assert {e.row: e.reason for e in result.entries} == {2: "C2 是公式，文件中没有保存计算结果"}


def test_file_that_is_not_a_table_is_refused(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(LedgerFileError):
        inspect(path)


@pytest.mark.slow
def test_200000_row_ledger_is_read_in_seconds(tmp_path):
    path = tmp_path / "big.csv"
    lines = ["设备名称,规格型号,车间,数量,是否数控,状态"]
    lines += [f"数控车床{i},CK{i},车间{i % 8},{1 + i % 3},{'是' if i % 2 else '否'},在用" for i in range(200_000)]
    path.write_bytes("\n".join(lines).encode("gbk"))
    started = time.perf_counter()
    _, _, result = _count(path, classification={})
    elapsed = time.perf_counter() - started
    expected_total = sum(1 + i % 3 for i in range(200_000))
    expected_nc = sum(1 + i % 3 for i in range(200_000) if i % 2)
    assert result.equipment_total == expected_total and result.nc_equipment == expected_nc
    assert len(result.processes) == 8
    assert elapsed < 30, elapsed
