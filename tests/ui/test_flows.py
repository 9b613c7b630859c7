"""Drive the main window (offscreen) the way a manager would: first run, the profile, answering a submission
with interruptions (closing the window loses nothing), the results of the whole submission, cancelling an
export. The questionnaire page's own behaviour is tested in test_questionnaire_page.py; the whole path from
a new workspace to a verified package in test_submission_flow.py."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from submission_fixtures import PROFILE

from zgsz_desktop.package import keys
from zgsz_desktop.ui.editors import give
from zgsz_desktop.ui.first_run import FirstRun
from zgsz_desktop.ui.home_page import HomePage

from .helpers import type_text

ROOT = Path(__file__).resolve().parents[2]
PERIOD = "2024年度"
CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"
DEMO = {q: json.loads((ROOT / "resources" / "demo" / f"{q}.answers.json").read_text(encoding="utf-8"))
        for q in (CORE, MIIT)}


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


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


def loaded_home(qtbot, window) -> HomePage:
    home = window.stack.currentWidget()
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.loaded)
    return home


def started(qtbot, window):
    """A workspace with the profile and the period's submission, its questionnaire page open."""
    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    window.workspace.set_profile(PROFILE)
    window.show_home()
    loaded_home(qtbot, window).start(PERIOD)
    page = window.stack.currentWidget()
    assert isinstance(page, QuestionnairePage)
    return page


def test_first_run_refuses_an_invalid_code_then_saves_the_profile(qtbot, make_window):
    from zgsz_desktop.ui.guide import GuidePage

    window = make_window()
    page = fill_profile(qtbot, window, {**PROFILE, "uscc": "91320685MA1R8K2X5X"})
    form = page.profile.form
    assert "校验位" in form.message("uscc") and form.is_marked("uscc")
    page.profile.save_button.click()  # enabled: the click says what is wrong instead of a grey button
    assert "统一社会信用代码" in page.profile.missing.full_text()
    assert window.workspace.profile() is None  # nothing saved
    type_text(qtbot, form.uscc, PROFILE["uscc"])
    assert form.message("uscc") == "" and not form.is_marked("uscc") and page.profile.missing.full_text() == ""
    page.profile.save_button.click()
    guide = window.stack.currentWidget()
    assert isinstance(guide, GuidePage)  # first use: the guide once, then home
    guide.start_button.click()
    home = loaded_home(qtbot, window)
    assert window.workspace.profile().uscc == PROFILE["uscc"]
    assert home.empty.isVisibleTo(home)


def test_closing_mid_questionnaire_loses_nothing_and_home_leads_back_where_the_user_was(qtbot, make_window):
    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    window = make_window()
    page = started(qtbot, window)
    page.open_module(CORE, "rnd")
    give(page.blocks["rnd.has_design"].editor, True)
    give(page.blocks["rnd.design_staff"].editor, 18)
    page.open_module(MIIT, "basis")
    window.close()  # no save button, no prompt

    reopened = make_window()
    home = loaded_home(qtbot, reopened)
    card = home.card_for(PERIOD)
    assert card.primary_button.text() == "继续填写"
    card.primary_button.click()
    page = reopened.stack.currentWidget()
    assert isinstance(page, QuestionnairePage)
    assert (page.current_part.id, page.current_module.id) == (MIIT, "basis")
    page.open_module(CORE, "rnd")
    assert page.blocks["rnd.design_staff"].editor.field.text() == "18"
    assert page.blocks["rnd.has_design"].editor.yes.isChecked()


def test_text_typed_but_not_confirmed_is_saved_when_the_window_closes(qtbot, make_window):
    from zgsz_desktop.workspace import Workspace

    window = make_window()
    page = started(qtbot, window)
    page.open_module(CORE, "rnd")
    give(page.blocks["rnd.has_design"].editor, True)
    page.blocks["rnd.design_staff"].editor.field.setText("18")  # typed, the field never left
    window.close()
    with Workspace.open(window.resolved_workspace_dir(), create=False) as ws:
        answers = {a.questionnaire_id: values for a, _, values in ws.submission_parts(PERIOD)}
    assert answers[CORE]["rnd.design_staff"] == 18


def test_numbers_typed_with_a_chinese_input_method_are_understood():
    from zgsz_desktop.questionnaire.loader import get_questionnaire
    from zgsz_desktop.ui.editors import parse_number

    q = get_questionnaire(CORE)
    assert parse_number("１２", q.question("rnd.design_staff")) == 12
    assert parse_number("１２．５", q.question("cloud.annual_spend")) == 12.5
    with pytest.raises(ValueError):
        parse_number("12%", q.question("cloud.months"))  # a percent sign is no month count


def submission_with(window, values: dict) -> None:
    window.workspace.set_profile(PROFILE)
    submission = window.workspace.start_submission(PERIOD)
    for questionnaire_id, answers in values.items():
        window.workspace.save_answers(submission.part(questionnaire_id).assessment.id, answers, source="import")


def test_cancelling_the_export_dialog_while_it_works_writes_nothing(qtbot, make_window, tmp_path, monkeypatch):
    from zgsz_desktop.package import export as export_module

    window = make_window()
    submission_with(window, {q: DEMO[q]["answers"] for q in DEMO})
    district = keys.DistrictKey.generate("海安市", "district-pass")
    recipient = tmp_path / "r.zgszkey"
    recipient.write_text(json.dumps(district.recipient.to_json(), ensure_ascii=False), encoding="utf-8")
    real = export_module.make_package
    # the export holds here until 取消 has been pressed: driven by events, not by a sleep that a busy
    # machine could outlast
    started, cancelled = threading.Event(), threading.Event()

    def held(*args, **kwargs):
        started.set()
        assert cancelled.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_module, "make_package", held)
    window.show_home()
    dialog = window.export(PERIOD)
    dialog.recipient.setText(str(recipient))
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.passphrase.setText("my-passphrase")
    dialog.confirm.setText("my-passphrase")
    dialog.ok.click()
    qtbot.waitUntil(started.is_set, timeout=60000)
    dialog.reject()  # 取消 / Esc, while the package is being made
    cancelled.set()
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=60000)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    assert window.workspace.exports() == []


def test_results_of_the_whole_submission_and_a_rate_band_that_contradicts_the_counts(qtbot, make_window):
    from PySide6.QtWidgets import QFrame, QLabel

    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage
    from zgsz_desktop.ui.results_page import ResultsPage

    window = make_window()
    submission_with(window, {q: DEMO[q]["answers"] for q in DEMO})

    def results():
        window.show_results(PERIOD)
        page = window.stack.currentWidget()
        assert isinstance(page, ResultsPage)
        qtbot.waitUntil(lambda: page.is_ready, timeout=30000)
        return page

    page = results()
    values = [label.text() for label in page.findChildren(QLabel, "card_value")]
    assert values[:3] == ["67.7%", "66.7%", "83.3%"] and "四星" in values and "二级" in values
    assert page.findChild(QFrame, "answerWarnings") is None  # consistent demo: no box
    assert len(page.canvases) >= 2  # the report's charts, on screen

    # 120 machines, 58 digital = 48.3 %, but the manager ticked "(60%,100%]"
    miit = window.workspace.submission(PERIOD).part(MIIT).assessment.id
    window.workspace.save_answer(miit, "miit.basis.equipment_digital_count", 58)
    window.workspace.save_answer(miit, "miit.basis.equipment_digital", "E")
    page = results()
    box = page.findChild(QFrame, "answerWarnings")
    assert box is not None and box.isVisibleTo(window)
    text = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "48.3%" in text and "(40%,60%]" in text and "矛盾" in text
    page.finding_labels[0].linkActivated.emit(f"{MIIT}|miit.basis.equipment_digital")  # 去修改
    questionnaire = window.stack.currentWidget()
    assert isinstance(questionnaire, QuestionnairePage)
    assert (questionnaire.current_part.id, questionnaire.current_module.id) == (MIIT, "basis")
