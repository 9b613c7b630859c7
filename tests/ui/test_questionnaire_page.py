"""The questionnaire page of a submission (报送), driven like a manager would, offscreen: answers are saved
at once, nothing moves under the cursor while answering, input that cannot be saved is marked at its field,
contradictions show beside the questions they involve, the 口径 is at hand, and the modules of both
questionnaires are walked in one go."""

from __future__ import annotations

import pytest
from submission_fixtures import PROFILE

from zgsz_desktop.ui.editors import NumberEditor, TableEditor, give
from zgsz_desktop.workspace import Workspace

PERIOD = "2025年度"
CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"


@pytest.fixture()
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ws.set_profile(PROFILE)
    ws.start_submission(PERIOD)
    yield ws
    ws.close()


@pytest.fixture()
def open_page(qtbot, settings):
    """A shown page over a workspace, in a host widget that carries the settings (as the main window does)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    create_app([])
    pages = []  # (host, page): held here, so they live until the test ends

    def make(ws, focus=None):
        host = QWidget()
        host.settings = settings
        qtbot.addWidget(host)
        page = QuestionnairePage(ws, PERIOD, host, focus=focus)
        QVBoxLayout(host).addWidget(page)
        host.resize(1200, 800)
        host.show()
        qtbot.waitExposed(host)
        host.activateWindow()
        pages.append((host, page))
        return page

    yield make
    for host, page in pages:
        page.close_page()
        host.close()


def settle():
    """Let Qt lay out what changed (posted layout requests), as it does before the next paint."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def answers_of(ws) -> dict[str, dict]:
    return {a.questionnaire_id: answers for a, _, answers in ws.submission_parts(PERIOD)}


def is_red(widget) -> bool:
    return bool(widget.property("invalid"))


def test_answers_are_saved_the_moment_they_are_given_and_the_page_reopens_where_the_user_was(
        qtbot, workspace, open_page, tmp_path):
    page = open_page(workspace)
    assert page.current_module.id == "cnc"  # a new submission starts at the first module
    page.open_module(CORE, "rnd")
    give(page.blocks["rnd.has_design"].editor, True)
    give(page.blocks["rnd.design_staff"].editor, 18)
    with qtbot.waitSignal(page.changed):
        give(page.blocks["rnd.tools"].editor, ["cad2d", "cam"])
    page.open_module(MIIT, "basis")
    give(page.blocks["miit.basis.network"].editor, ["B", "C"])
    give(page.blocks["miit.basis.equipment_total"].editor, 40)
    page.blocks["miit.basis.equipment_digital_count"].editor.field.setText("12")  # typed, the field never left
    assert page.saved.text().startswith("✓ 已自动保存")
    page.close_page()
    workspace.close()

    with Workspace.open(tmp_path / "ws", create=False) as ws:
        saved = answers_of(ws)
        assert saved[CORE] == {"rnd.has_design": True, "rnd.design_staff": 18, "rnd.tools": ["cad2d", "cam"]}
        assert saved[MIIT] == {"miit.basis.network": ["B", "C"], "miit.basis.equipment_total": 40,
                               "miit.basis.equipment_digital_count": 12}
        again = open_page(ws)
        assert (again.current_part.id, again.current_module.id) == (MIIT, "basis")
        assert again.blocks["miit.basis.equipment_digital_count"].editor.field.text() == "12"
        assert again.blocks["miit.basis.network"].editor.buttons["C"].isChecked()
        again.close_page()


def test_nothing_moves_under_the_cursor_while_answering(qtbot, workspace, open_page):
    """For each answer (valid, not a number, refused by the core, a contradiction, its correction) the
    question answered and every question above it stay where they were, in the module and on screen."""
    from PySide6.QtCore import QPoint

    page = open_page(workspace)
    page.open_module(CORE, "rnd")
    settle()
    content = page.scroll_area.widget()
    order = list(page.blocks)

    def positions():
        return {qid: (b.mapTo(content, QPoint(0, 0)).y(), b.mapTo(page, QPoint(0, 0)).y(),
                      b.editor.mapTo(content, QPoint(0, 0)).y())
                for qid, b in page.blocks.items() if b.isVisible()}

    steps = [("rnd.has_design", True), ("rnd.design_staff", "20"), ("rnd.tool_users", "15"),
             ("rnd.tool_users", "十五个"), ("rnd.tool_users", "25"), ("rnd.tool_users", "15"),
             ("rnd.tools", ["none"]), ("rnd.tools", ["cad2d"]), ("rnd.design_staff", "abc"),
             ("rnd.design_staff", "20"), ("scroll to the end", None), ("rnd.has_design", False)]
    for question_id, value in steps:
        if question_id == "scroll to the end":  # the module gets shorter below: the screen must not jump
            page.window().resize(1200, 560)
            settle()
            bar = page.scroll_area.verticalScrollBar()
            assert bar.maximum() > 0
            bar.setValue(bar.maximum())
            settle()
            continue
        before = positions()
        give(page.blocks[question_id].editor, value)
        settle()
        after = positions()
        for above in order[:order.index(question_id) + 1]:
            if above in before:
                assert after.get(above) == before[above], (question_id, value, above)
        if (question_id, value) == ("rnd.has_design", True):  # the follow-up appears, below
            assert after["rnd.design_staff"][0] > after["rnd.has_design"][0]
        if (question_id, value) == ("rnd.tools", ["none"]):  # a message appears above: nothing moves
            assert "矛盾" in page.blocks["rnd.tool_users"].message.text()
    assert not page.blocks["rnd.tools"].isVisible()  # hidden again by the last answer, no jump


def test_input_that_cannot_be_saved_stays_at_its_field_in_red_and_the_saved_answer_holds(
        qtbot, workspace, open_page):
    page = open_page(workspace)
    page.open_module(CORE, "rnd")
    give(page.blocks["rnd.has_design"].editor, True)
    staff = page.blocks["rnd.design_staff"]
    message_height = staff.message.height()
    give(staff.editor, "十二个")
    assert staff.editor.field.text() == "十二个" and is_red(staff.editor.field)
    assert "请输入数字" in staff.message.text() and "本题仍未填写" in staff.message.text()
    assert page.saved.text() == "未保存：1 处标红"
    give(staff.editor, "20")
    assert not is_red(staff.editor.field) and not staff.message.isVisible()
    users = page.blocks["rnd.tool_users"]
    give(users.editor, "15")
    give(users.editor, "25")  # refused by the core: more than the 20 design staff
    assert users.editor.field.text() == "25" and is_red(users.editor.field)
    assert "不能大于" in users.message.text() and "原答案 15人 仍有效" in users.message.text()
    assert answers_of(workspace)[CORE]["rnd.tool_users"] == 15
    assert staff.message.height() == users.message.height() == message_height  # the same reserved space
    give(users.editor, "")  # clearing is an answer too: the blank is saved
    assert not is_red(users.editor.field) and "rnd.tool_users" not in answers_of(workspace)[CORE]
    assert page.saved.text().startswith("✓ 已自动保存")
    # what could not be saved is still there after a visit to another module
    users.editor.field.setText("约20")  # typed, the field never left
    page.open_module(MIIT, "basis")
    assert page.saved.text() == "未保存：1 处标红" and "数字化研发设计工具普及率" in page.saved.toolTip()
    page.open_module(CORE, "rnd")
    users = page.blocks["rnd.tool_users"]
    assert users.editor.field.text() == "约20" and is_red(users.editor.field)
    assert "请输入数字" in users.message.text()
    give(page.blocks["rnd.has_design"].editor, False)  # the question no longer applies: nothing left to fix
    assert page.saved.text().startswith("✓ 已自动保存") and not users.message.isVisible()


def test_a_planted_contradiction_is_shown_at_both_questions_and_marked_in_the_module_list(
        qtbot, workspace, open_page):
    core = workspace.submission(PERIOD).part(CORE).assessment.id
    for question_id, value in (("rnd.has_design", True), ("rnd.design_staff", 20), ("rnd.tool_users", 15),
                               ("rnd.tools", ["none"])):
        workspace.save_answer(core, question_id, value)
    page = open_page(workspace)
    rnd_item = page.modules.item(page._rows[(CORE, "rnd")])
    assert "矛盾1" in rnd_item.text() and rnd_item.foreground().color().name() == "#b3261e"
    assert "矛盾" not in page.modules.item(page._rows[(CORE, "cnc")]).text()
    page.open_module(CORE, "rnd")
    for question_id in ("rnd.tools", "rnd.tool_users"):
        message = page.blocks[question_id].message
        assert message.isVisible() and message.items()[0][0] == "error"
    # explained in full at the first question of the finding; the other one points there
    assert page.blocks["rnd.tools"].message.text().startswith("矛盾：填报有 15人日常使用数字化研发设计工具")
    assert "见该题" in page.blocks["rnd.tool_users"].message.text()
    assert not page.blocks["rnd.design_staff"].message.isVisible()
    assert "矛盾 1 处" in page.module_status.text()
    give(page.blocks["rnd.tools"].editor, ["cad3d"])  # corrected: gone at once, everywhere
    assert not page.blocks["rnd.tool_users"].message.isVisible() and "矛盾" not in rnd_item.text()


def test_a_check_across_the_questionnaires_names_where_the_other_answer_is(qtbot, workspace, open_page):
    page = open_page(workspace)
    page.open_module(MIIT, "basis")
    give(page.blocks["miit.basis.equipment_total"].editor, 10)
    page.open_module(CORE, "cnc")
    give(page.blocks["cnc.industry_type"].editor, "discrete")
    give(page.blocks["cnc.key_processes"].editor, [{"name": "数控车削", "equipment_total": 12, "nc_equipment": 8}])
    message = page.blocks["cnc.key_processes"].message
    kind, text = message.items()[0]
    assert kind == "warning" and text.startswith("请核对：关键工序设备合计 12 台")
    assert text.endswith("另见：中小企业数字化水平评测 · 数字化基础")
    page.focus_question(CORE, "cnc.key_processes")
    assert "另见" in page.help_panel.notes.text()
    page.help_panel.notes.linkActivated.emit(f"{MIIT}|miit.basis.equipment_total")  # the link jumps there
    assert (page.current_part.id, page.current_module.id) == (MIIT, "basis")
    assert "请核对" in page.blocks["miit.basis.equipment_total"].message.text()


def test_a_bad_table_cell_keeps_the_other_cells_of_its_row(qtbot, workspace, open_page, tmp_path):
    from PySide6.QtGui import QColor

    page = open_page(workspace)
    give(page.blocks["cnc.industry_type"].editor, "discrete")
    block = page.blocks["cnc.key_processes"]
    table = block.editor
    assert isinstance(table, TableEditor)
    give(table, [{"name": "数控车削", "equipment_total": "十台", "nc_equipment": 6},
                 {"name": "机器人焊接", "equipment_total": 4, "nc_equipment": 5}])
    assert answers_of(workspace)[CORE]["cnc.key_processes"] == [{"name": "数控车削", "nc_equipment": 6},
                                                                {"name": "机器人焊接", "equipment_total": 4}]
    bad = table.table.item(0, 1)
    assert bad.text() == "十台" and bad.background().color() == QColor("#fdecea")
    assert "请输入数字" in bad.toolTip()
    assert "不能大于本行“设备总数”" in table.table.item(1, 2).toolTip()
    assert "第1行“设备总数”" in block.message.text() and "第2行“其中数控化设备数”" in block.message.text()
    assert "同一行其他内容已保存" in block.message.text()
    bad.setText("10")  # corrected: the whole row is saved, the mark goes
    table.table.item(1, 2).setText("4")
    assert answers_of(workspace)[CORE]["cnc.key_processes"][0] == {"name": "数控车削", "equipment_total": 10,
                                                                   "nc_equipment": 6}
    assert not bad.toolTip() and not block.message.isVisible()
    table.table.item(1, 1).setText("四")  # a bad cell is kept on screen while the user looks elsewhere
    page.open_module(CORE, "rnd")
    page.open_module(CORE, "cnc")
    table = page.blocks["cnc.key_processes"].editor
    assert table.table.item(1, 1).text() == "四" and "请输入数字" in table.table.item(1, 1).toolTip()
    assert table.table.item(1, 0).text() == "机器人焊接"


def test_f1_and_the_help_link_show_the_koujing_of_the_question_and_tab_goes_from_answer_to_answer(
        qtbot, workspace, open_page, settings):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    page = open_page(workspace)
    page.set_help_open(False)
    assert settings.value("questionnaire/help_panel_open", type=bool) is False
    page.open_module(CORE, "rnd")
    give(page.blocks["rnd.has_design"].editor, True)
    staff = page.blocks["rnd.design_staff"].editor
    assert isinstance(staff, NumberEditor)
    staff.field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is staff.field)
    qtbot.keyClick(staff.field, Qt.Key.Key_F1)
    qtbot.waitUntil(page.help_panel.isVisible)
    assert page.help_panel.current == (CORE, "rnd.design_staff")
    assert "从事产品设计、工艺设计、研发试验的人员" in page.help_panel.help.text()
    # Tab goes to the next answer field (the one this answer reveals), not to a 口径 button
    qtbot.keyClicks(staff.field, "20")
    qtbot.keyClick(staff.field, Qt.Key.Key_Tab)
    users = page.blocks["rnd.tool_users"].editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is users.field)
    assert answers_of(workspace)[CORE]["rnd.design_staff"] == 20
    assert page.help_panel.current == (CORE, "rnd.tool_users")  # the panel follows the focus
    for block in page.blocks.values():
        assert block.help_link.focusPolicy() == Qt.FocusPolicy.NoFocus
    page.blocks["rnd.tools"].help_link.linkActivated.emit("help")  # the small 口径 link
    assert page.help_panel.current == (CORE, "rnd.tools") and "按实际在用" in page.help_panel.help.text()
    qtbot.keyClick(users.field, Qt.Key.Key_F1)  # F1 again closes it
    qtbot.waitUntil(lambda: not page.help_panel.isVisible())


def test_next_and_previous_walk_every_module_of_both_questionnaires_and_the_last_goes_to_check(
        qtbot, workspace, open_page):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    page = open_page(workspace)
    expected = [(q.id, m.id) for q in (page._part(CORE).questionnaire, page._part(MIIT).questionnaire)
                for m in q.modules]
    seen = [(page.current_part.id, page.current_module.id)]
    assert page.scroll_area.widget().findChild(QPushButton, "previous_module") is None
    while (button := page.scroll_area.widget().findChild(QPushButton, "next_module")) is not None:
        if seen[-1] == (CORE, "honours"):
            assert "中小企业数字化水平评测" in button.text()  # crossing into the next questionnaire says so
        button.click()
        seen.append((page.current_part.id, page.current_module.id))
    assert seen == expected
    finish = page.scroll_area.widget().findChild(QPushButton, "finish")
    assert finish.text() == "完成，去检查 →"
    with qtbot.waitSignal(page.check):
        finish.click()
    back = []
    while (button := page.scroll_area.widget().findChild(QPushButton, "previous_module")) is not None:
        button.click()
        back.append((page.current_part.id, page.current_module.id))
    assert back == expected[-2::-1]
    headers = [page.modules.item(r) for r in range(page.modules.count())
               if not page.modules.item(r).data(Qt.ItemDataRole.UserRole)]
    assert [h.text() for h in headers] == ["核心指标", "中小企业数字化水平评测"]
    assert all(not (h.flags() & Qt.ItemFlag.ItemIsSelectable) for h in headers)


def test_opening_on_a_question_lands_there_and_highlights_it(qtbot, workspace, open_page):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    page = open_page(workspace, focus=(MIIT, "miit.effect.cost_year_before"))
    assert (page.current_part.id, page.current_module.id) == (MIIT, "effect")
    block = page.blocks["miit.effect.cost_year_before"]
    assert block.property("flash") is True
    viewport = page.scroll_area.viewport()

    def in_view():
        top = block.mapTo(viewport, QPoint(0, 0)).y()
        return 0 <= top < viewport.height()

    qtbot.waitUntil(in_view)
    assert page.scroll_area.verticalScrollBar().value() > 0  # it is far down the module
    qtbot.waitUntil(lambda: QApplication.focusWidget() is block.editor.focus_widget())
    assert page.help_panel.current == (MIIT, "miit.effect.cost_year_before")
    qtbot.waitUntil(lambda: block.property("flash") is False, timeout=5000)  # brief


def test_the_top_bar_leads_back_to_check_and_to_results(qtbot, workspace, open_page):
    from PySide6.QtWidgets import QPushButton

    page = open_page(workspace)
    assert page.title.text().endswith("2025年度报送</span>")
    for name, signal in (("back", page.back), ("check", page.check), ("results", page.results)):
        with qtbot.waitSignal(signal):
            page.findChild(QPushButton, name).click()


def test_changing_a_completed_submission_says_it_is_back_to_filling_in_without_stopping_the_user(
        qtbot, workspace, open_page, settings):
    import json
    from pathlib import Path

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    demo = Path(__file__).resolve().parents[2] / "resources" / "demo"
    for part in workspace.submission(PERIOD).parts:
        answers = json.loads((demo / f"{part.questionnaire_id}.answers.json").read_text(encoding="utf-8"))["answers"]
        workspace.save_answers(part.assessment.id, answers)
    workspace.complete_submission(PERIOD)
    settings.setValue("questionnaire/help_panel_open", False)
    page = open_page(workspace)
    assert not page.help_panel.isVisible()  # remembered closed
    page.open_module(CORE, "rnd")
    settle()
    questions_at = page.scroll_area.mapTo(page, QPoint(0, 0))
    note = page.findChild(QLabel, "draft_note")
    assert note is not None and not note.isVisible()
    staff = page.blocks["rnd.design_staff"].editor
    give(staff, int(staff.field.text()) + 1)  # returns at once: the notice does not block
    settle()
    assert note.isVisible() and note.full_text().startswith("已改回“填写中”")
    assert "检查并完成" in note.full_text() and note.toolTip() == note.full_text()
    assert page.findChild(QMessageBox) is None and QApplication.activeModalWidget() is None  # no dialog at all
    assert page.scroll_area.mapTo(page, QPoint(0, 0)) == questions_at  # a line in the top bar: nothing moves
    assert {p.status for p in workspace.submission(PERIOD).parts} == {"draft", "completed"}


def test_a_questionnaire_moved_to_the_newer_version_on_opening_is_named_once_without_moving_anything(
        qtbot, workspace, open_page):
    """Opening the page moves a questionnaire on an older definition to the newest (no answer lost) and says
    so in a one-line note in the top bar, whose place is kept when there is nothing to say."""
    from PySide6.QtCore import QPoint

    from zgsz_desktop.questionnaire.loader import get_questionnaire, version_key

    core = next(a for a, _, _ in workspace.submission_parts(PERIOD) if a.questionnaire_id == CORE)
    workspace.move_to_version(core.id, get_questionnaire(CORE, "2024.1"))
    assert workspace.assessment(core.id).questionnaire_version == "2024.1"

    page = open_page(workspace)
    note = page.upgrade_note
    assert note.isVisible()
    assert "南通智改数转核心指标" in note.full_text()
    assert "中小企业数字化水平评测" not in note.full_text()  # only what was moved is named
    assert note.full_text() == "已换用最新版问卷：南通智改数转核心指标（答案全部保留；新版本有题目或说明更新，请核对）"
    assert note.toolTip() == note.full_text()
    assert note.text().startswith("已换用最新版问卷：")
    newest = get_questionnaire(CORE).version
    assert version_key(newest) > version_key("2024.1")
    assert workspace.assessment(core.id).questionnaire_version == newest
    assert page._part(CORE).questionnaire.version == newest
    settle()
    questions_at = page.scroll_area.mapTo(page, QPoint(0, 0))
    page.close_page()

    again = open_page(workspace)  # shown once: nothing left to move
    assert not again.upgrade_note.isVisible()
    assert again.upgrade_note.full_text() == ""
    settle()
    assert again.scroll_area.mapTo(again, QPoint(0, 0)) == questions_at  # the note never pushes the questions down


# ---------------------------------------------------------------------------- user test, round 2


def click(page, name):
    from PySide6.QtWidgets import QPushButton

    button = page.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def test_leaving_with_input_that_could_not_be_saved_asks_first_and_staying_keeps_it(
        qtbot, workspace, open_page, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from zgsz_desktop.ui import questionnaire_page

    asked: list[list[str]] = []
    answer = {"leave": False}

    def ask(_parent, lines):
        asked.append(list(lines))
        return answer["leave"]

    monkeypatch.setattr(questionnaire_page, "ask_leave", ask)
    page = open_page(workspace)
    page.open_module(MIIT, "effect")
    revenue = page.blocks["miit.effect.revenue_last_year"]
    give(revenue.editor, "32500万")
    assert page.saved.text() == "未保存：1 处标红"
    assert page.pending_inputs() == ["数字化成效 · 上年营业收入：32500万"]
    for name, signal in (("back", page.back), ("check", page.check), ("results", page.results)):
        with qtbot.assertNotEmitted(signal):
            click(page, name)
        assert asked[-1] == ["数字化成效 · 上年营业收入：32500万"]
        assert revenue.editor.field.text() == "32500万" and is_red(revenue.editor.field)  # still there to fix
    page.open_module(MIIT, "scenes")  # the last module: its 完成，去检查 asks too
    with qtbot.assertNotEmitted(page.check):
        page.scroll_area.widget().findChild(QPushButton, "finish").click()
    assert len(asked) == 4
    # text typed but the field not yet left is checked as well
    page.open_module(CORE, "rnd")
    give(page.blocks["rnd.has_design"].editor, True)
    page.blocks["rnd.design_staff"].editor.field.setText("二十")
    assert page.confirm_leave(page) is False
    assert asked[-1] == ["数字化成效 · 上年营业收入：32500万", "数字化研发设计工具普及率 · 从事研发设计的人员数：二十"]
    answer["leave"] = True
    with qtbot.waitSignal(page.back):
        click(page, "back")
    assert "miit.effect.revenue_last_year" not in answers_of(workspace)[MIIT]


def test_nothing_to_lose_leaves_without_asking_and_the_question_offers_to_stay(
        qtbot, workspace, open_page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from zgsz_desktop.ui import questionnaire_page

    monkeypatch.setattr(questionnaire_page, "ask_leave", lambda *_: pytest.fail("nothing to ask about"))
    page = open_page(workspace)
    assert page.pending_inputs() == [] and page.confirm_leave(page) is True
    with qtbot.waitSignal(page.results):
        click(page, "results")
    box = questionnaire_page.leave_box(page, ["数字化成效 · 上年营业收入：32500万"])
    qtbot.addWidget(box)
    assert box.text().startswith("有 1 处输入没有保存（标红）：")
    assert "数字化成效 · 上年营业收入：32500万" in box.text()
    assert box.text().endswith("离开后这些输入不会保存，原答案仍有效。")
    texts = {b.text(): b for b in box.buttons()}
    assert set(texts) == {"留下修改", "仍然离开"}
    assert box.defaultButton() is texts["留下修改"] and box.escapeButton() is texts["留下修改"]
    assert box.icon() == QMessageBox.Icon.Warning


def test_a_bad_table_cell_keeps_the_value_saved_before_in_that_cell(qtbot, workspace, open_page, monkeypatch):
    from zgsz_desktop.ui import questionnaire_page

    page = open_page(workspace)
    give(page.blocks["cnc.industry_type"].editor, "discrete")
    block = page.blocks["cnc.key_processes"]
    table = block.editor
    give(table, [{"name": "数控车削", "equipment_total": 10, "nc_equipment": 5},
                 {"name": "机器人焊接", "equipment_total": 25, "nc_equipment": 20}])
    saved = [{"name": "数控车削", "equipment_total": 10, "nc_equipment": 5},
             {"name": "机器人焊接", "equipment_total": 25, "nc_equipment": 20}]
    assert answers_of(workspace)[CORE]["cnc.key_processes"] == saved
    table.table.item(1, 2).setText("30")  # more than the row's total
    assert answers_of(workspace)[CORE]["cnc.key_processes"] == saved  # the saved 20 holds
    assert "不能大于本行“设备总数”" in block.message.text() and "（未保存，原值 20 仍有效）" in block.message.text()
    assert "（未保存，原值 20 仍有效）" in table.table.item(1, 2).toolTip()
    table.table.item(1, 2).setText("十")
    assert answers_of(workspace)[CORE]["cnc.key_processes"] == saved
    assert "请输入数字" in block.message.text() and "原值 20 仍有效" in block.message.text()
    table.table.item(0, 1).setText("12")  # another cell of the table is saved meanwhile, the bad one still holds
    saved[0]["equipment_total"] = 12
    assert answers_of(workspace)[CORE]["cnc.key_processes"] == saved
    assert page.pending_inputs() == [
        "关键工序数控化率 · 关键工序及其设备情况（离散型）：第2行“其中数控化设备数”填写“十”"]
    # the first row goes: the bad cell moves up with its row, and its saved value with it
    table.table.selectRow(0)
    table.remove_button.click()
    assert answers_of(workspace)[CORE]["cnc.key_processes"] == [saved[1]]
    assert table.table.item(0, 2).text() == "十" and "原值 20 仍有效" in table.table.item(0, 2).toolTip()
    monkeypatch.setattr(questionnaire_page, "ask_leave", lambda *_: False)
    assert page.confirm_leave(page) is False
    table.table.item(0, 2).setText("18")
    assert answers_of(workspace)[CORE]["cnc.key_processes"] == [{**saved[1], "nc_equipment": 18}]
    assert not block.message.isVisible() and page.pending_inputs() == []


def test_empty_required_cells_of_a_started_table_are_marked_where_to_look(qtbot, workspace, open_page):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    core = workspace.submission(PERIOD).part(CORE).assessment.id
    workspace.save_answer(core, "cnc.industry_type", "discrete")
    workspace.save_answer(core, "cnc.key_processes", [{"name": "数控车削", "equipment_total": 10},
                                                      {"name": "总装", "equipment_total": 6, "nc_equipment": 2}])
    page = open_page(workspace)  # as after a restart
    table = page.blocks["cnc.key_processes"].editor.table
    empty = table.item(0, 2)
    assert empty.toolTip() == "必填，尚未填写"
    amber = empty.background().color()
    assert amber.isValid() and amber != QColor("#fdecea") and amber.red() > amber.blue()  # light amber, not red
    assert not table.item(1, 2).toolTip() and not table.item(0, 1).toolTip()
    empty.setText("4")
    assert not empty.toolTip() and empty.background().style() == Qt.BrushStyle.NoBrush  # filled in: the mark goes
    assert answers_of(workspace)[CORE]["cnc.key_processes"][0]["nc_equipment"] == 4


def test_a_contradiction_is_explained_once_and_the_other_questions_point_to_it(qtbot, workspace, open_page):
    core = workspace.submission(PERIOD).part(CORE).assessment.id
    for question_id, value in (("rnd.has_design", True), ("rnd.design_staff", 20), ("rnd.tool_users", 15),
                               ("rnd.tools", ["none"])):
        workspace.save_answer(core, question_id, value)
    page = open_page(workspace)
    page.open_module(CORE, "rnd")
    primary = page.blocks["rnd.tools"].message
    assert primary.text().startswith("矛盾：填报有 15人日常使用数字化研发设计工具")
    other = page.blocks["rnd.tool_users"].message
    assert other.items() == [("error", "与“正在使用的数字化研发设计工具”的答案矛盾，见该题")]
    assert other.shown_lines() == ["与“正在使用的数字化研发设计工具”的答案矛盾，见该题"]
    page.focus_question(CORE, "rnd.tool_users")  # the 口径 panel has the whole explanation
    assert "填报有 15人日常使用数字化研发设计工具" in page.help_panel.notes.text()


def test_a_question_in_two_findings_counts_the_second_instead_of_cutting_it(qtbot, workspace, open_page):
    page = open_page(workspace)
    page.open_module(MIIT, "basis")
    give(page.blocks["miit.basis.equipment_total"].editor, 10)
    give(page.blocks["miit.basis.equipment_digital_count"].editor, 5)
    page.open_module(CORE, "cnc")
    give(page.blocks["cnc.industry_type"].editor, "discrete")
    block = page.blocks["cnc.key_processes"]
    height = block.message.height()
    give(block.editor, [{"name": "数控车削", "equipment_total": 12, "nc_equipment": 8}])
    settle()
    assert [kind for kind, _ in block.message.items()] == ["warning", "warning"]
    lines = block.message.shown_lines()
    assert len(lines) == 2 and lines[-1].endswith("另有 1 处，见右侧口径栏")
    assert lines[0].startswith("请核对：关键工序设备合计 12 台")
    assert block.message.height() == height  # the reserved space, no more
    page.focus_question(CORE, "cnc.key_processes")
    notes = page.help_panel.notes.text()
    assert "关键工序设备合计 12 台" in notes and "关键工序数控化设备合计 8 台" in notes  # both in full
    page.open_module(MIIT, "basis")  # the other questionnaire: a short line naming where to look
    total = page.blocks["miit.basis.equipment_total"].message
    assert total.items() == [("warning", "请核对：见“关键工序及其设备情况（离散型）”（核心指标 · 关键工序数控化率）")]


def test_a_bound_from_another_answer_names_that_question(qtbot, workspace, open_page):
    from PySide6.QtWidgets import QLabel

    page = open_page(workspace)
    page.open_module(CORE, "rnd")
    users = page.blocks["rnd.tool_users"].editor
    assert users.findChild(QLabel, "bounds").text() == "（0 – 不超过从事研发设计的人员数，整数）"
    staff = page.blocks["rnd.design_staff"].editor
    assert staff.findChild(QLabel, "bounds").text() == "（0 – 100000，整数）"
    page.open_module(MIIT, "basis")
    digital = page.blocks["miit.basis.equipment_digital_count"].editor
    assert digital.findChild(QLabel, "bounds").text() == "（0 – 不超过生产设备总数量，整数）"
    total = page.blocks["miit.basis.equipment_total"].editor  # no upper bound at all: no "0 – …" either
    assert total.findChild(QLabel, "bounds").text() == "（不小于 0，整数）"


def test_a_percent_typed_as_a_fraction_is_saved_and_questioned_in_place(qtbot, workspace, open_page):
    from PySide6.QtCore import QPoint

    page = open_page(workspace)
    page.open_module(MIIT, "effect")
    settle()
    content = page.scroll_area.widget()
    rate = page.blocks["miit.effect.pass_rate"]
    below = list(page.blocks.values())[list(page.blocks).index("miit.effect.pass_rate") + 1]
    where = below.mapTo(content, QPoint(0, 0))
    give(rate.editor, "0.986")
    settle()
    assert answers_of(workspace)[MIIT]["miit.effect.pass_rate"] == 0.986
    assert rate.message.items() == [("warning", "已保存为 0.986%；如果是 98.6%，请输入 98.6")]
    assert rate.message.isVisible() and not is_red(rate.editor.field)
    assert below.mapTo(content, QPoint(0, 0)) == where  # the reserved line: nothing moves
    give(rate.editor, "98.6")
    assert not rate.message.isVisible() and answers_of(workspace)[MIIT]["miit.effect.pass_rate"] == 98.6
    give(rate.editor, "1")
    assert not rate.message.isVisible()  # 1% is a plain figure


def test_tables_keep_readable_columns_and_scroll_sideways_instead_of_squeezing(qtbot, workspace, open_page):
    from PySide6.QtCore import Qt

    page = open_page(workspace)
    page.window().resize(1180, 800)
    page.set_help_open(True)
    page.open_module(CORE, "projects")
    give(page.blocks["projects.has_any"].editor, True)
    table = page.blocks["projects.list"].editor.table
    settle()
    header = table.horizontalHeader()
    assert header.height() >= 2 * header.fontMetrics().lineSpacing()  # room for a header on two lines
    columns = page.blocks["projects.list"].question.columns
    widths = {c.id: table.columnWidth(i) for i, c in enumerate(columns)}
    assert widths["name"] >= 150 and min(widths["year"], widths["investment"]) >= 90
    text = header.model().headerData(2, Qt.Orientation.Horizontal)
    assert header.fontMetrics().horizontalAdvance(text) > widths["year"]  # long: it wraps …
    assert header.wrapped_lines(2) == 2  # … onto two lines, not clipped
    page.window().resize(760, 800)  # too narrow for the columns: a scroll bar, not squeezed columns
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() > 0)
    assert table.columnWidth(1) >= 150 and table.columnWidth(2) >= 90
    assert table.height() >= header.height() + table.rowHeight(0) + table.horizontalScrollBar().sizeHint().height()
