"""Drive the real windows (offscreen) the way a manager would: first run, profile, a complete
assessment of each questionnaire, results, export — and the package verifies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zgsz_desktop.package import keys
from zgsz_desktop.ui.editors import give
from zgsz_desktop.ui.first_run import FirstRun
from zgsz_desktop.ui.home_page import HomePage
from zgsz_desktop.ui.questionnaire_page import QuestionnairePage
from zgsz_desktop.ui.results_page import ResultsPage

ROOT = Path(__file__).resolve().parents[2]
DEMO = {q: json.loads((ROOT / "resources" / "demo" / f"{q}.answers.json").read_text(encoding="utf-8"))
        for q in ("nantong-zgsz-core", "miit-sme-2024")}
PROFILE = {"name": "南通瑞丰精密机械有限公司", "uscc": "91320685MA1R8K2X5W", "district": "海安市",
           "industry_code": "34", "scale": "规上", "contact": "陈建华", "phone": "0513-88861234"}


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


def type_text(qtbot, widget, text: str) -> None:
    """Type into a line edit: key clicks for ASCII; Chinese arrives as an input-method commit."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)
        widget.textEdited.emit(widget.text())


def fill_profile(qtbot, window, values=PROFILE):
    from PySide6.QtCore import Qt

    page = window.stack.currentWidget()
    assert isinstance(page, FirstRun)
    qtbot.mouseClick(page.roles.enterprise_button, Qt.MouseButton.LeftButton)
    form = page.profile.form
    for field, text in (("name", values["name"]), ("uscc", values["uscc"]), ("contact", values["contact"]),
                        ("phone", values["phone"])):
        type_text(qtbot, getattr(form, field), text)
    form.district.setCurrentIndex(form.district.findData(values["district"]))
    form.industry.setCurrentIndex(form.industry.findData(values["industry_code"]))
    form.scale.setCurrentIndex(form.scale.findData(values["scale"]))
    return page


def answer_all(qtbot, page: QuestionnairePage, answers: dict) -> None:
    """Go through the modules in order and give every answer through its editor."""
    for row, module in enumerate(page.questionnaire.modules):
        page.modules.setCurrentRow(row)
        for question in module.questions:
            if question.id in answers:
                block = page.blocks[question.id]
                assert block.isVisibleTo(page), question.id  # the gate question was answered first
                give(block.editor, answers[question.id])
                assert not block.message.isVisible(), (question.id, block.message.text())


def test_first_run_refuses_an_invalid_code_then_saves_the_profile(qtbot, make_window):
    window = make_window()
    page = fill_profile(qtbot, window, {**PROFILE, "uscc": "91320685MA1R8K2X5X"})
    form = page.profile.form
    uscc_message = form._messages["uscc"]
    assert uscc_message.isVisible() and "校验位" in uscc_message.text()
    assert not page.profile.save_button.isEnabled()
    assert window.workspace.profile() is None  # nothing saved
    type_text(qtbot, form.uscc, PROFILE["uscc"])
    assert not uscc_message.isVisible() and page.profile.save_button.isEnabled()
    page.profile.save_button.click()
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), HomePage))
    assert window.workspace.profile().uscc == PROFILE["uscc"]


def test_complete_assessments_results_and_export_that_verifies(qtbot, make_window, tmp_path):
    from zgsz_desktop.package.keys import DistrictKey
    from zgsz_desktop.package.verify import verify_bytes
    from zgsz_desktop.ui.export_dialog import ExportDialog

    window = make_window()
    fill_profile(qtbot, window).profile.save_button.click()
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), HomePage))

    for questionnaire_id in ("miit-sme-2024", "nantong-zgsz-core"):
        window.stack.currentWidget().start(questionnaire_id, "2024年度", False)
        page = window.stack.currentWidget()
        assert isinstance(page, QuestionnairePage)
        answer_all(qtbot, page, DEMO[questionnaire_id]["answers"])
        assert page.workspace.answers(page.assessment_id) == DEMO[questionnaire_id]["answers"]
        page.complete_button.click()
        qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), ResultsPage))
        results = window.stack.currentWidget()
        from PySide6.QtWidgets import QLabel

        values = [label.text() for label in results.findChildren(QLabel, "card_value")]
        if questionnaire_id == "nantong-zgsz-core":
            assert values[:3] == ["67.7%", "66.7%", "83.3%"] and "四星" in values
            assert "二级" in values  # the MIIT level of the same period
        else:
            assert values == ["二级"]
        assert len(results.canvases) >= 2  # the report's charts, on screen
        results.back.emit()

    home = window.stack.currentWidget()
    core_id = next(r.assessment.id for r in home.model.rows if r.assessment.questionnaire_id == "nantong-zgsz-core")
    district = DistrictKey.generate("海安市", "district-pass")
    recipient = tmp_path / "海安市.zgszkey"
    recipient.write_text(json.dumps(district.recipient.to_json(), ensure_ascii=False), encoding="utf-8")
    dialog = window.export(core_id)
    assert isinstance(dialog, ExportDialog) and dialog.creating_key
    dialog.recipient.setText(str(recipient))
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.passphrase.setText("my-passphrase")
    dialog.confirm.setText("my-passphrase")
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        dialog.ok.click()
    result = blocker.args[0]
    dialog.result_dialog.close()
    verified = verify_bytes(result.package_path.read_bytes(), district.recipient.key_id,
                            district.private_key("district-pass"))
    assert verified.payload.answers["answers"] == DEMO["nantong-zgsz-core"]["answers"]
    assert result.pdf_path.is_file() and window.workspace.assessment(core_id).status == "exported"
    # and the same through the command line a district uses
    import os
    import subprocess
    import sys

    (tmp_path / "district.zgszdistrict").write_text(json.dumps(district.to_json()), encoding="utf-8")
    check = subprocess.run([sys.executable, "-m", "zgsz_desktop.cli", "verify", str(result.package_path),
                            "--district-key", str(tmp_path / "district.zgszdistrict"), "--passphrase-env", "DP"],
                           capture_output=True, text=True, env=dict(os.environ, DP="district-pass"), timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr


def test_closing_mid_questionnaire_loses_nothing_and_reopens_where_the_user_was(qtbot, make_window):
    window = make_window()
    fill_profile(qtbot, window).profile.save_button.click()
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), HomePage))
    window.stack.currentWidget().start("nantong-zgsz-core", "2024年度", False)
    page = window.stack.currentWidget()
    page.modules.setCurrentRow(2)  # 数字化研发设计工具普及率
    give(page.blocks["rnd.has_design"].editor, True)
    give(page.blocks["rnd.design_staff"].editor, 18)
    window.close()  # no save button, no prompt

    reopened = make_window()
    qtbot.waitUntil(lambda: isinstance(reopened.stack.currentWidget(), HomePage))
    home = reopened.stack.currentWidget()
    home.continue_button.click()
    page = reopened.stack.currentWidget()
    assert isinstance(page, QuestionnairePage)
    assert page.current_module.id == "rnd"
    assert page.blocks["rnd.design_staff"].editor.field.text() == "18"
    assert page.blocks["rnd.has_design"].editor.yes.isChecked()


def test_invalid_input_shows_the_message_and_saves_nothing(qtbot, make_window):
    window = make_window()
    fill_profile(qtbot, window).profile.save_button.click()
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), HomePage))
    window.stack.currentWidget().start("nantong-zgsz-core", "2024年度", False)
    page = window.stack.currentWidget()
    page.modules.setCurrentRow(2)
    give(page.blocks["rnd.has_design"].editor, True)
    staff = page.blocks["rnd.design_staff"]
    for text, expected in (("-5", "不能小于"), ("十二", "请输入数字"), ("2.5", "整数")):
        staff.editor.type_in(text)
        assert staff.message.isVisible() and expected in staff.message.text(), text
        assert "rnd.design_staff" not in page.workspace.answers(page.assessment_id)
    staff.editor.type_in("20")
    assert not staff.message.isVisible()
    assert page.workspace.answers(page.assessment_id)["rnd.design_staff"] == 20
    users = page.blocks["rnd.tool_users"]
    users.editor.type_in("21")  # more than the 20 design staff
    assert users.message.isVisible() and "不能大于" in users.message.text()
    assert "rnd.tool_users" not in page.workspace.answers(page.assessment_id)


def start_core(qtbot, window):
    fill_profile(qtbot, window).profile.save_button.click()
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), HomePage))
    window.stack.currentWidget().start("nantong-zgsz-core", "2024年度", False)
    return window.stack.currentWidget()


def test_text_typed_but_not_confirmed_is_saved_when_the_window_closes(qtbot, make_window):
    from zgsz_desktop.workspace import Workspace

    window = make_window()
    page = start_core(qtbot, window)
    assessment_id = page.assessment_id
    give(page.blocks["cnc.industry_type"].editor, "discrete")
    table = page.blocks["cnc.key_processes"].editor
    table.add_row()
    table.table.editItem(table.table.item(0, 0))  # a cell editor is open …
    editor = table.table.focusWidget() or table.table.viewport().focusWidget()
    if hasattr(editor, "setText"):
        editor.setText("数控车削")  # … with text typed, not yet confirmed
    page.modules.setCurrentRow(2)
    give(page.blocks["rnd.has_design"].editor, True)
    staff = page.blocks["rnd.design_staff"].editor
    staff.field.setText("18")  # typed, the field never left
    window.close()
    with Workspace.open(window.resolved_workspace_dir(), create=False) as ws:
        answers = ws.answers(assessment_id)
    assert answers["rnd.design_staff"] == 18
    assert answers["cnc.key_processes"][0].get("name") == "数控车削"


def test_a_corrected_answer_clears_its_message_even_when_the_value_is_unchanged(qtbot, make_window):
    window = make_window()
    page = start_core(qtbot, window)
    page.modules.setCurrentRow(2)
    give(page.blocks["rnd.has_design"].editor, True)
    staff = page.blocks["rnd.design_staff"]
    staff.editor.type_in("18")
    staff.editor.type_in("十八")
    assert staff.message.isVisible()
    staff.editor.type_in("18")  # back to the saved value
    assert not staff.message.isVisible()


def test_numbers_typed_with_a_chinese_input_method_are_understood():
    from zgsz_desktop.questionnaire.loader import get_questionnaire
    from zgsz_desktop.ui.editors import parse_number

    q = get_questionnaire("nantong-zgsz-core")
    assert parse_number("１２", q.question("rnd.design_staff")) == 12
    assert parse_number("１２．５", q.question("cloud.annual_spend")) == 12.5
    with pytest.raises(ValueError):
        parse_number("12%", q.question("cloud.months"))  # a percent sign is no month count


def test_cancelling_the_export_dialog_while_it_works_writes_nothing(qtbot, make_window, tmp_path, monkeypatch):
    from zgsz_desktop.package import export as export_module
    from zgsz_desktop.package.keys import DistrictKey

    window = make_window()
    page = start_core(qtbot, window)
    answer_all(qtbot, page, DEMO["nantong-zgsz-core"]["answers"])
    page.workspace.complete(page.assessment_id)
    district = DistrictKey.generate("海安市", "district-pass")
    recipient = tmp_path / "r.zgszkey"
    recipient.write_text(json.dumps(district.recipient.to_json(), ensure_ascii=False), encoding="utf-8")
    real = export_module.make_package

    def slow(*args, **kwargs):  # long enough to press 取消 while it runs
        import time

        time.sleep(1.0)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_module, "make_package", slow)
    window.show_home()
    dialog = window.export(page.assessment_id)
    dialog.recipient.setText(str(recipient))
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.passphrase.setText("my-passphrase")
    dialog.confirm.setText("my-passphrase")
    dialog.ok.click()
    dialog.reject()  # 取消 / Esc
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=30000)
    qtbot.wait(100)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    assert window.workspace.exports() == []


def test_results_ask_the_user_to_check_a_rate_band_that_contradicts_the_counts(qtbot, make_window):
    from PySide6.QtWidgets import QLabel

    window = make_window()
    fill_profile(qtbot, window).profile.save_button.click()
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), HomePage))
    workspace = window.workspace
    assessment = workspace.start_assessment("miit-sme-2024", "2024年度")
    answers = dict(DEMO["miit-sme-2024"]["answers"])
    workspace.save_answers(assessment.id, answers, source="import")

    window.show_results(assessment.id)
    assert window.stack.currentWidget().findChild(QLabel, "answerWarnings") is None  # consistent demo: no box

    # 120 machines, 58 digital = 48.3 %, but the manager ticked "(60%,100%]"
    workspace.save_answer(assessment.id, "miit.basis.equipment_digital_count", 58)
    workspace.save_answer(assessment.id, "miit.basis.equipment_digital", "E")
    window.show_results(assessment.id)
    box = window.stack.currentWidget().findChild(QLabel, "answerWarnings")
    assert box is not None and box.isVisibleTo(window)
    assert "48.3%" in box.text() and "(40%,60%]" in box.text()
