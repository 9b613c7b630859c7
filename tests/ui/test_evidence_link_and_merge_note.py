"""What a user review of the questionnaire page asked for: the 佐证材料 control of each question looks and
behaves like the 口径 link beside it (blue, underlined, a hand, no Tab stop), counts the files and moves
nothing when the count appears; after a colleague's answers are merged the manager reads what the merge
wrote — on the questionnaire page in its notes, elsewhere in the status bar."""

from __future__ import annotations

import pytest
from submission_fixtures import PROFILE

from zgsz_desktop.ui.editors import give
from zgsz_desktop.workspace import Workspace
from zgsz_desktop.workspace import handoff as ho

PERIOD = "2025年度"
CORE = "nantong-zgsz-core"
SENT_AT = "2025-03-01T08:00:00.000+00:00"


def link_blue_pixels(widget) -> int:
    """How many pixels of the widget are drawn in the link's blue (#2f6fb0, antialiased edges allowed)."""
    image = widget.grab().toImage()
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.blue() > 120 and colour.blue() - colour.red() > 60 and colour.green() < colour.blue():
                count += 1
    return count


def test_the_evidence_control_looks_like_the_koujing_link_and_its_count_moves_nothing(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.question_block import QuestionBlock

    create_app([])
    core, _ = demo_documents()
    question = next(q for q in core.questionnaire.modules[0].questions if q.help)
    host = QWidget()
    qtbot.addWidget(host)
    block = QuestionBlock(CORE, question, host)
    QVBoxLayout(host).addWidget(block)
    host.resize(700, 200)
    host.show()
    qtbot.waitExposed(host)
    button, link = block.attachments_button, block.help_link
    assert button.text() == "佐证材料"
    assert button.font().underline() and button.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert link.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus == link.focusPolicy()  # Tab goes answer to answer
    assert link_blue_pixels(button) > 20 and link_blue_pixels(link) > 20  # both drawn in the link's blue
    # the same line as the 口径 link: the text starts at the same height
    assert button.geometry().top() == link.geometry().top()

    before = (block.title.geometry(), link.geometry(), button.geometry(), block.editor.geometry())
    block.set_attachment_count(2)
    qtbot.waitUntil(lambda: button.text() == "佐证材料（2）")
    host.layout().activate()
    assert (block.title.geometry(), link.geometry(), button.geometry(), block.editor.geometry()) == before
    assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()  # the count shows whole
    with qtbot.waitSignal(block.attachments_requested) as requested:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert requested.args == [question.id]


@pytest.fixture()
def manager(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ws.set_profile(PROFILE)
    ws.start_submission(PERIOD)
    yield ws
    ws.close()


def returned_answers(qtbot, workspace, tmp_path, answer: str):
    """张三 was sent the 数控化 module, answered ``answer`` and handed it back: the returned file."""
    from zgsz_desktop.ui.colleague_window import open_handoff_file

    fill = tmp_path / "cnc.zgszfill"
    ho.send_modules(workspace, PERIOD, [f"{CORE}/cnc"], "张三", fill, SENT_AT)
    window = open_handoff_file(fill, data_dir=tmp_path / "colleague")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    give(window.page.blocks["cnc.industry_type"].editor, answer)
    back = window.hand_back(str(tmp_path / "back.zgszback"))
    window.close()
    return back


def test_after_a_merge_the_questionnaire_page_says_what_was_written_and_what_was_kept(
        qtbot, tmp_path, manager, settings):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    create_app([])
    back = returned_answers(qtbot, manager, tmp_path, "process")
    host = QWidget()
    host.settings = settings
    qtbot.addWidget(host)
    page = QuestionnairePage(manager, PERIOD, host)
    QVBoxLayout(host).addWidget(page)
    host.resize(1400, 800)
    host.show()
    qtbot.waitExposed(host)
    assert not page.merge_note.isVisible()
    dialog = page.import_return(str(back))
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.merged):
        dialog.merge_button.click()
    assert page.merge_note.isVisible()
    assert page.merge_note.full_text() == "已合并张三交回的答卷：写入 1 个答案，保留当前答案 0 处"
    assert page.merge_note.toolTip() == page.merge_note.full_text()  # whole, even when the bar is narrow
    assert page.current_part.answers["cnc.industry_type"] == "process"
    page.close_page()


def test_a_merge_started_from_the_file_menu_is_told_in_the_status_bar_when_no_questionnaire_is_shown(
        qtbot, tmp_path, make_window):
    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    back = returned_answers(qtbot, window.workspace, tmp_path, "discrete")
    assessment = window.workspace.find_assessment(CORE, PERIOD).id
    window.workspace.save_answer(assessment, "cnc.industry_type", "process")  # the manager answered meanwhile
    dialog = window.import_return_file(str(back))
    qtbot.waitExposed(dialog)
    dialog.choose(f"{CORE}/cnc.industry_type", ho.KEEP_CURRENT)
    with qtbot.waitSignal(dialog.merged):
        dialog.merge_button.click()
    assert "已合并张三交回的答卷：写入 0 个答案，保留当前答案 1 处" in window.statusBar().currentMessage()
