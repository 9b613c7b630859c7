"""The evidence dialog (佐证材料) driven as a manager uses it: the limits are said before picking; several
files added at once, the refused one saying why; 删除 asks first; the question's button shows the count."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

PDF = b"%PDF-1.7\n" + "两化融合证书".encode() * 20 + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 200


@pytest.fixture()
def workspace(tmp_path):
    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.workspace import Workspace

    core, miit = demo_documents()
    ws = Workspace.open(tmp_path / "ws")
    assessment, _ = ws.import_answers(core.questionnaire, core.answers, "2024年度", enterprise=core.enterprise)
    ws.import_answers(miit.questionnaire, miit.answers, "2024年度")
    question = core.questionnaire.modules[0].questions[0]
    yield ws, assessment.id, question
    ws.close()


def files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "picked"
    folder.mkdir()
    made = {"两化融合证书.pdf": PDF, "车间照片.png": PNG, "安装程序.pdf": b"MZ\x90\x00" + b"\0" * 300}
    for name, data in made.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in made]


def test_adding_several_files_says_why_one_was_refused_and_removing_asks(qtbot, workspace, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.attachments_dialog import AttachmentsDialog
    from zgsz_desktop.workspace.attachments import list_attachments

    create_app([])
    ws, assessment_id, question = workspace
    dialog = AttachmentsDialog(ws, assessment_id, question.id, question.text)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "10 MB" in dialog.limits.text() and "60 个文件" in dialog.limits.text()
    assert dialog.empty.isVisible() and not dialog.remove_button.isEnabled()

    with qtbot.waitSignal(dialog.changed, timeout=10000) as changed:
        dialog.add_files(files(tmp_path))
    assert changed.args == [question.id, 2]
    assert [item.file_name for item in dialog.model.items] == ["两化融合证书.pdf", "车间照片.png"]
    assert "安装程序.pdf" in dialog.message.text() and "程序文件" in dialog.message.text()
    assert dialog.model.index(0, 2).data() == "1 KB" and dialog.model.index(0, 1).data() == "PDF"
    assert not dialog.empty.isVisible()

    dialog.table.selectRow(1)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.No)
    dialog.remove_button.click()
    assert asked and len(dialog.model.items) == 2  # said no: nothing removed
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.changed) as changed:
        dialog.remove_button.click()
    assert changed.args == [question.id, 1]
    assert [a.file_name for a in list_attachments(ws, assessment_id)] == ["两化融合证书.pdf"]


def test_the_question_block_shows_its_count_and_asks_for_the_dialog(qtbot, workspace):
    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.question_block import QuestionBlock

    create_app([])
    _, _, question = workspace
    block = QuestionBlock("nantong-zgsz-core", question)
    qtbot.addWidget(block)
    assert block.attachments_button.text() == "佐证材料"
    block.set_attachment_count(3)
    assert block.attachments_button.text() == "佐证材料（3）"
    with qtbot.waitSignal(block.attachments_requested) as requested:
        block.attachments_button.click()
    assert requested.args == [question.id]


def test_from_the_questionnaire_page_a_file_added_shows_on_the_button_and_takes_the_submission_back(
        qtbot, workspace, tmp_path):
    """Where the manager meets it: the question's 佐证材料 button opens the dialog; after a file is added the
    button counts it and a completed submission is 填写中 again (the package would now carry another file)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    create_app([])
    ws, assessment_id, question = workspace
    ws.complete_submission("2024年度")
    host = QWidget()
    host.settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qtbot.addWidget(host)
    page = QuestionnairePage(ws, "2024年度", host)
    QVBoxLayout(host).addWidget(page)
    host.resize(1200, 800)
    host.show()
    page.open_module("nantong-zgsz-core", page.parts[0].questionnaire.modules[0].id)
    block = page.blocks[question.id]
    assert block.attachments_button.isVisible() and block.attachments_button.text() == "佐证材料"
    block.attachments_button.click()
    dialog = page.attachments_dialog
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.add_files(files(tmp_path)[:1])
    assert page.blocks[question.id].attachments_button.text() == "佐证材料（1）"
    assert ws.assessment(assessment_id).status == "draft"
    assert page.draft_note.isVisible()
