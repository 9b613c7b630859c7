"""The ledger dialog (#20) driven through to a filled key-process table in a real workspace."""

from __future__ import annotations

import pytest
from ledger_fixtures import EXPECTED, PROFILE, build_xlsx_ledger
from PySide6.QtCore import Qt

from zgsz_desktop.workspace import Workspace


@pytest.fixture()
def workspace(tmp_path):
    from zgsz_desktop.ui.app import create_app

    create_app([])
    ws = Workspace.open(tmp_path / "ws")
    ws.set_profile(PROFILE)
    ws.start_submission("2025年度")
    yield ws
    ws.close()


def _classify(dialog, choices: dict[str, str | None]) -> None:
    """As the user does in the table: rename a workshop's key process, or untick it (不计入)."""
    model = dialog.process_view.model()
    for row in range(model.rowCount()):
        value = model.index(row, 0).data()
        if value in choices:
            if choices[value] is None:
                model.setData(model.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
            else:
                model.setData(model.index(row, 3), choices[value], Qt.ItemDataRole.EditRole)


def _run_to_result(qtbot, dialog, path) -> None:
    with qtbot.waitSignal(dialog.inspected, timeout=20000):
        dialog.load_file(path)
    with qtbot.waitSignal(dialog.records_read, timeout=20000):
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)


def test_ledger_fills_the_table_and_asks_before_replacing(qtbot, workspace, tmp_path):
    from zgsz_desktop.ui.ledger_dialog import LedgerDialog

    path = build_xlsx_ledger(tmp_path / "台账.xlsx")
    dialog = LedgerDialog(workspace, "2025年度")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.inspected, timeout=20000):
        dialog.load_file(path)
    assert dialog.sheet_combo.currentText() == "设备台账"
    assert dialog.field_combos["quantity"].currentText() == "设备数量/总数"
    assert dialog.field_combos["numeric_control"].currentText() == "设备数量/其中数控"
    with qtbot.waitSignal(dialog.records_read, timeout=20000):
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    processes = [dialog.process_view.model().index(r, 0).data()
                 for r in range(dialog.process_view.model().rowCount())]
    assert processes == ["机加工车间", "焊接车间", "检测室", "动力车间"]
    _classify(dialog, {"机加工车间": "机加工", "焊接车间": "焊接", "检测室": "成品检测", "动力车间": None})
    with qtbot.waitSignal(dialog.counted):
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    totals = dialog.totals_view.model()
    assert [[totals.index(r, c).data() for c in range(3)] for r in range(totals.rowCount())] == [
        ["机加工", "9", "6"], ["焊接", "8", "3"], ["成品检测", "1", "1"]]
    dialog.filter_combo.setCurrentIndex(2)  # 未计入
    entries = dialog.entries_view.model()
    left = {entries.index(r, 0).data(): entries.index(r, 6).data() for r in range(entries.rowCount())}
    assert left["第8行"] == "状态为“报废”（不在用）"
    assert left["第11行"] == "合计/小计行"
    with qtbot.waitSignal(dialog.filled):
        qtbot.mouseClick(dialog.fill, Qt.MouseButton.LeftButton)
    assessment = workspace.find_assessment("nantong-zgsz-core", "2025年度")
    assert workspace.answers(assessment.id)["cnc.key_processes"] == EXPECTED

    # Next time: the columns and the classification are remembered; replacing asks first.
    again = LedgerDialog(workspace, "2025年度")
    qtbot.addWidget(again)
    again.show()
    _run_to_result(qtbot, again, path)
    assert "上次导入" in again.mapping_note.text()
    again.classification_model.setData(again.classification_model.index(2, 0), Qt.CheckState.Unchecked.value,
                                       Qt.ItemDataRole.CheckStateRole)  # 检测室 不计入 this time
    with qtbot.waitSignal(again.counted):
        qtbot.mouseClick(again.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.fill, Qt.MouseButton.LeftButton)
    box = again.confirm_box
    assert box is not None and box.isVisible()
    assert "成品检测" in box.informativeText()
    keep = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.RejectRole)
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert workspace.answers(assessment.id)["cnc.key_processes"] == EXPECTED  # not replaced
    qtbot.mouseClick(again.fill, Qt.MouseButton.LeftButton)
    replace = next(b for b in again.confirm_box.buttons()
                   if again.confirm_box.buttonRole(b) == again.confirm_box.ButtonRole.AcceptRole)
    with qtbot.waitSignal(again.filled):
        qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
    assert workspace.answers(assessment.id)["cnc.key_processes"] == EXPECTED[:2]


def test_an_unreadable_file_says_what_to_do(qtbot, workspace, tmp_path):
    from zgsz_desktop.ui.ledger_dialog import LedgerDialog

    path = tmp_path / "旧台账.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000)
    dialog = LedgerDialog(workspace, "2025年度")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=20000):
        dialog.load_file(path)
    assert "另存为 .xlsx" in dialog.message.text()
    assert dialog.stack.currentIndex() == 0


def test_the_questionnaire_page_opens_the_ledger_beside_the_table_and_shows_the_counts(qtbot, workspace, tmp_path):
    """Where the manager meets it: under 关键工序及其设备情况, the table shows what the ledger filled."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from zgsz_desktop.ui.editors import give
    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    host = QWidget()
    host.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qtbot.addWidget(host)
    page = QuestionnairePage(workspace, "2025年度", host)
    QVBoxLayout(host).addWidget(page)
    host.resize(1200, 800)
    host.show()
    page.open_module("nantong-zgsz-core", "cnc")
    give(page.blocks["cnc.industry_type"].editor, "discrete")
    button = page.findChild(QWidget, "ledger_button")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.ledger_dialog
    qtbot.waitExposed(dialog)
    _run_to_result(qtbot, dialog, build_xlsx_ledger(tmp_path / "台账.xlsx"))
    _classify(dialog, {"机加工车间": "机加工", "焊接车间": "焊接", "检测室": "成品检测", "动力车间": None})
    with qtbot.waitSignal(dialog.counted):
        qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.filled):
        qtbot.mouseClick(dialog.fill, Qt.MouseButton.LeftButton)
    assert page.blocks["cnc.key_processes"].editor.known == EXPECTED  # the page shows the filled table
    assert page.findChild(QWidget, "ledger_button").isVisible()
