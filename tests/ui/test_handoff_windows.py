"""Shared filling in the desktop app, driven offscreen as the manager and the colleague would: the colleague
window lists only the assigned modules and writes the returned answers file; the merge dialog will not merge
until the conflict is chosen, and the answers merged are in the workspace and on the page."""

from __future__ import annotations

import json

import pytest
from submission_fixtures import PROFILE

from zgsz_desktop.ui.editors import give
from zgsz_desktop.workspace import Workspace
from zgsz_desktop.workspace import handoff as ho

PERIOD = "2025年度"
CORE = "nantong-zgsz-core"
SENT_AT = "2025-03-01T08:00:00.000+00:00"
ROWS_MANAGER = [{"name": "数控车削", "equipment_total": 20, "nc_equipment": 18}]


@pytest.fixture()
def manager(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ws.set_profile(PROFILE)
    ws.start_submission(PERIOD)
    yield ws
    ws.close()


@pytest.fixture()
def app():
    from zgsz_desktop.ui.app import create_app

    return create_app([])


def open_colleague(qtbot, fill, data_dir):
    from zgsz_desktop.ui.colleague_window import open_handoff_file

    window = open_handoff_file(fill, data_dir=data_dir)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def test_the_colleague_sees_only_the_assigned_module_and_hands_back_the_answers(qtbot, app, tmp_path, manager):
    fill = tmp_path / "cnc.zgszfill"
    ho.send_modules(manager, PERIOD, [f"{CORE}/cnc"], "张三", fill, SENT_AT)
    window = open_colleague(qtbot, fill, tmp_path / "data")
    page = window.page
    assert page.order == [(CORE, "cnc")]
    listed = [page.modules.item(r).text() for r in range(page.modules.count())]
    assert len(listed) == 2 and "关键工序数控化率" in listed[1]  # the questionnaire heading and the one module
    assert not page.send_button.isVisible() and not page.findChild(type(page.send_button), "check").isVisible()
    assert "关键工序数控化率" in window.banner_text.text() and "南通瑞丰精密机械有限公司" in window.banner_text.text()
    # files would not travel back in the returned answers: no 佐证材料 button; the ledger import is there
    assert page.blocks["cnc.industry_type"].attachments_button.isHidden()
    give(page.blocks["cnc.industry_type"].editor, "discrete")
    assert page.findChild(type(page.send_button), "ledger_button").isVisible()
    assert window.filler.text() == "张三"  # the name the manager gave, until the colleague changes it
    window.filler.setText("王五")
    back = window.hand_back(str(tmp_path / "back"))
    assert back is not None and back.name == "back.zgszback"
    document = json.loads(back.read_text(encoding="utf-8"))
    assert document["filled_by"] == "王五"
    assert document["answers"][CORE]["cnc.industry_type"]["value"] == "discrete"
    assert set(document["answers"][CORE]) == {"cnc.industry_type", "cnc.key_processes", "cnc.process_controls"}
    assert "已写出" in window.status.text()
    window.close()


def test_the_merge_dialog_needs_the_conflict_chosen_and_the_merge_lands_in_the_workspace(
        qtbot, app, tmp_path, manager, settings):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    fill = tmp_path / "cnc.zgszfill"
    ho.send_modules(manager, PERIOD, [f"{CORE}/cnc"], "张三", fill, SENT_AT)
    window = open_colleague(qtbot, fill, tmp_path / "data")
    give(window.page.blocks["cnc.industry_type"].editor, "process")
    back = window.hand_back(str(tmp_path / "back.zgszback"))
    window.close()
    assessment = manager.find_assessment(CORE, PERIOD).id
    manager.save_answer(assessment, "cnc.industry_type", "discrete")  # the manager answered it meanwhile

    host = QWidget()
    host.settings = settings
    qtbot.addWidget(host)
    page = QuestionnairePage(manager, PERIOD, host)
    QVBoxLayout(host).addWidget(page)
    host.resize(1200, 800)
    host.show()
    qtbot.waitExposed(host)
    assert page.send_button.isVisible() and page.merge_button.isVisible()
    dialog = page.import_return(str(back))
    qtbot.waitExposed(dialog)
    assert [i.question_id for i in dialog.model.items] == ["cnc.industry_type"]
    assert not dialog.merge_button.isEnabled()  # the conflict must be chosen first
    assert "没有选择" in dialog.summary.text()
    current = dialog.model.data(dialog.model.index(0, 1))
    returned = dialog.model.data(dialog.model.index(0, 2))
    assert current.startswith("离散型") and "本机填写" in current
    assert returned.startswith("流程型") and "张三" in returned
    dialog.choose(f"{CORE}/cnc.industry_type", ho.TAKE_RETURNED)
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.merged):
        dialog.merge_button.click()
    assert manager.answers(assessment)["cnc.industry_type"] == "process"
    assert page.current_part.answers["cnc.industry_type"] == "process"  # the page read the merge
    assert manager.log(assessment)[-1]["reason"].startswith("分工填报：张三于")
    again = page.import_return(str(back))
    assert again.merge_button is None and "已经合并过" in again.summary.text()
    again.close()
    page.close_page()
    host.close()


def test_the_send_dialog_writes_the_module_file(qtbot, app, tmp_path, manager):
    from zgsz_desktop.ui.handoff_dialogs import SendModulesDialog

    dialog = SendModulesDialog(manager, PERIOD)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok.isEnabled()
    dialog.set_checked([f"{CORE}/cnc", f"{CORE}/rnd"])
    dialog.assignee.setText("李四")
    assert dialog.path.text().endswith("李四-2025年度.zgszfill")
    dialog.path.setText(str(tmp_path / "li.zgszfill"))
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.sent):
        dialog.ok.click()
    assert (tmp_path / "li.zgszfill").exists()
    assert "交给李四" in dialog.done_note.text()
    assert [(h.assignee, h.modules) for h in ho.list_handoffs(manager)] == [
        ("李四", (f"{CORE}/cnc", f"{CORE}/rnd"))]


def test_from_the_file_menu_a_colleague_opens_the_module_file_and_the_manager_merges_the_return(
        qtbot, tmp_path, make_window, monkeypatch):
    """The desktop's way in: 文件 → 打开同事发来的分工文件… / 导入同事交回的答卷… (and a double-clicked file, which
    app.main hands to the same two methods)."""
    from PySide6.QtGui import QAction

    from zgsz_desktop.ui import app as app_module
    from zgsz_desktop.ui import colleague_window

    assert (".zgszfill", ".zgszback") == (ho.HANDOFF_SUFFIX, ho.RETURN_SUFFIX)  # app.main names them literally
    assert '".zgszfill"' in open(app_module.__file__, encoding="utf-8").read()
    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    names = {a.objectName() for a in window.menuBar().actions()[0].menu().actions() if isinstance(a, QAction)}
    assert {"open_handoff", "import_return"} <= names
    fill = tmp_path / "cnc.zgszfill"
    ho.send_modules(window.workspace, PERIOD, [f"{CORE}/cnc"], "张三", fill, SENT_AT)

    monkeypatch.setattr(colleague_window, "default_data_dir", lambda: tmp_path / "colleague-data")
    colleague = window.open_handoff_file(str(fill))
    qtbot.waitExposed(colleague)
    give(colleague.page.blocks["cnc.industry_type"].editor, "discrete")
    back = colleague.hand_back(str(tmp_path / "back.zgszback"))
    colleague.close()

    dialog = window.import_return_file(str(back))
    qtbot.waitExposed(dialog)
    assert [i.question_id for i in dialog.model.items] == ["cnc.industry_type"]
    with qtbot.waitSignal(dialog.merged):
        dialog.merge_button.click()
    assessment = window.workspace.find_assessment(CORE, PERIOD).id
    assert window.workspace.answers(assessment)["cnc.industry_type"] == "discrete"


def test_closing_with_answers_not_yet_handed_back_asks_and_the_done_message_names_the_contact(
        qtbot, app, tmp_path, manager):
    fill = tmp_path / "cnc.zgszfill"
    ho.send_modules(manager, PERIOD, [f"{CORE}/cnc"], "张三", fill, SENT_AT)
    window = open_colleague(qtbot, fill, tmp_path / "data")
    asked: list[str] = []
    answers = iter(["stay", "later"])

    def ask() -> str:
        asked.append("asked")
        return next(answers)

    window.ask_before_closing = ask
    window.close()
    assert not asked and window.isVisible() is False  # nothing filled in: closes without a question
    window = open_colleague(qtbot, fill, tmp_path / "data")  # the next day: the same copy
    window.ask_before_closing = ask
    give(window.page.blocks["cnc.industry_type"].editor, "discrete")
    window.close()
    assert asked == ["asked"] and window.isVisible()  # "继续填写": stays open, nothing lost
    back = window.hand_back(str(tmp_path / "back.zgszback"))
    assert back is not None
    contact = PROFILE["contact"]
    assert f"的{contact}" in window.status.text()  # hand it to the person the manager's profile names
    window.close()
    assert asked == ["asked"] and not window.isVisible()  # handed back: no question
    window = open_colleague(qtbot, fill, tmp_path / "data")
    window.ask_before_closing = ask
    give(window.page.blocks["cnc.industry_type"].editor, "process")  # a change after handing back
    window.close()
    assert asked == ["asked", "asked"] and not window.isVisible()  # "以后再交": closes; the answer stays saved
