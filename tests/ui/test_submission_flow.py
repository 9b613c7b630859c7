"""The submission (报送) flow in the real windows (offscreen): a new workspace → profile → guide → a new
submission → both questionnaires → the check page finds a contradiction and opens its question → fixed →
完成 → one package and one PDF that ``zgsz verify`` opens with both questionnaires. And the home page's next
step at every stage, an export of an unfinished submission, a change after export, the profile form that does
not move, the guide, the results page that never waits blank."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from submission_fixtures import PROFILE

from zgsz_desktop.package import keys
from zgsz_desktop.ui.editors import give

from .helpers import type_text

ROOT = Path(__file__).resolve().parents[2]
PERIOD = "2025年度"
CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"
DEMO = {q: json.loads((ROOT / "resources" / "demo" / f"{q}.answers.json").read_text(encoding="utf-8"))["answers"]
        for q in (CORE, MIIT)}
# 15 people use digital design tools, yet "no tool at all" is ticked: a contradiction (must be fixed)
CONTRADICTION = {"rnd.has_design": True, "rnd.design_staff": 20, "rnd.tool_users": 15, "rnd.tools": ["none"]}


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


def first_run(qtbot, window):
    """Role → profile → guide → home, as a manager would click through it."""
    from PySide6.QtCore import Qt

    from zgsz_desktop.ui.first_run import FirstRun
    from zgsz_desktop.ui.guide import GuidePage
    from zgsz_desktop.ui.home_page import HomePage

    page = window.stack.currentWidget()
    assert isinstance(page, FirstRun)
    qtbot.mouseClick(page.roles.enterprise_button, Qt.MouseButton.LeftButton)
    form = page.profile.form
    for field in ("name", "uscc", "contact", "phone"):
        type_text(qtbot, getattr(form, field), PROFILE[field])
    form.district.setCurrentIndex(form.district.findData(PROFILE["district"]))
    form.industry.setCurrentIndex(form.industry.findData(PROFILE["industry_code"]))
    form.scale.setCurrentIndex(form.scale.findData(PROFILE["scale"]))
    qtbot.mouseClick(page.profile.save_button, Qt.MouseButton.LeftButton)
    guide = window.stack.currentWidget()
    assert isinstance(guide, GuidePage)
    qtbot.mouseClick(guide.start_button, Qt.MouseButton.LeftButton)
    home = window.stack.currentWidget()
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.loaded)
    return home


def home_of(qtbot, window):
    from zgsz_desktop.ui.home_page import HomePage

    window.show_home()
    home = window.stack.currentWidget()
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.loaded)
    return home


def answer_through(page, values: dict[str, dict]) -> None:
    """Every answer through its editor on the questionnaire page, module by module, in the page's order."""
    for questionnaire_id, module_id in page.order:
        page.open_module(questionnaire_id, module_id)
        for question_id, block in list(page.blocks.items()):
            if question_id in values[questionnaire_id]:
                assert not block.isHidden(), question_id  # its gate question was answered first
                give(block.editor, values[questionnaire_id][question_id])
                assert not block.input_problem, (question_id, block.input_problem)


def answer(workspace, period: str, values: dict[str, dict]) -> None:
    submission = workspace.submission(period)
    for questionnaire_id, answers in values.items():
        workspace.save_answers(submission.part(questionnaire_id).assessment.id, answers, source="import")


def district_files(tmp_path):
    district = keys.DistrictKey.generate("海安市", "district-pass")
    recipient = tmp_path / "海安市.zgszkey"
    recipient.write_text(json.dumps(district.recipient.to_json(), ensure_ascii=False), encoding="utf-8")
    key_file = tmp_path / "海安市.zgszdistrict"
    key_file.write_text(json.dumps(district.to_json(), ensure_ascii=False), encoding="utf-8")
    return district, recipient, key_file


def fill_export_dialog(dialog, recipient: Path, out: Path, first: bool = True) -> None:
    dialog.recipient.setText(str(recipient))
    dialog.folder.setText(str(out))
    dialog.passphrase.setText("my-passphrase")
    if first:
        dialog.confirm.setText("my-passphrase")


# ---------------------------------------------------------------------------------------------- end to end


def test_new_submission_check_fix_complete_export_and_the_district_opens_both(
        qtbot, make_window, tmp_path, monkeypatch, capsys):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QPushButton

    from zgsz_desktop import cli
    from zgsz_desktop.ui.check_page import CheckPage
    from zgsz_desktop.ui.export_dialog import ExportDialog
    from zgsz_desktop.ui.home_page import HomePage
    from zgsz_desktop.ui.new_submission import NewSubmissionDialog
    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    window = make_window()
    home = first_run(qtbot, window)
    assert home.empty.isVisibleTo(home) and not home.cards  # nothing yet: the way to start is shown

    # 新建报送: the last complete year, and one sentence on what a submission is
    dialog = NewSubmissionDialog([], ["南通智改数转核心指标", "中小企业数字化水平评测"], home, today=date(2026, 12, 3))
    assert dialog.chosen_period() == PERIOD and dialog.ok.isEnabled()
    assert not dialog.from_previous.isEnabled()  # no earlier period to build on
    dialog.reject()
    home.start(PERIOD)
    page = window.stack.currentWidget()
    assert isinstance(page, QuestionnairePage) and page.period == PERIOD

    # both questionnaires through the page, module by module, and a contradiction on the way
    answer_through(page, {CORE: {**DEMO[CORE], **CONTRADICTION}, MIIT: DEMO[MIIT]})
    saved = {a.questionnaire_id: answers for a, _, answers in window.workspace.submission_parts(PERIOD)}
    assert saved == {CORE: {**DEMO[CORE], **CONTRADICTION}, MIIT: DEMO[MIIT]}
    qtbot.mouseClick(page.findChild(QPushButton, "check"), Qt.MouseButton.LeftButton)  # 检查并完成
    check = window.stack.currentWidget()
    assert isinstance(check, CheckPage)
    assert not check.complete_button.isEnabled()  # a contradiction blocks 完成
    assert "1 处前后矛盾" in check.summary.text() and "必答题未填" not in check.summary.text()
    link = check.link(CORE, "rnd.tools")
    assert link is not None
    assert any("未使用任何数字化设计工具" in label.text() for label in link.parentWidget().findChildren(QLabel))
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, QuestionnairePage)
    assert (page.current_part.id, page.current_module.id) == (CORE, "rnd")  # opened at that question
    assert page.blocks["rnd.tools"].property("flash") is True

    give(page.blocks["rnd.tools"].editor, ["cad2d", "cad3d"])
    qtbot.mouseClick(page.findChild(QPushButton, "check"), Qt.MouseButton.LeftButton)
    check = window.stack.currentWidget()
    assert isinstance(check, CheckPage)
    assert check.check.ok and check.complete_button.isEnabled() and not check.export_button.isVisibleTo(check)
    qtbot.mouseClick(check.complete_button, Qt.MouseButton.LeftButton)
    assert "已完成" in check.summary.text() and check.export_button.isVisibleTo(check)
    assert window.workspace.submission(PERIOD).stage == "export"

    _district, recipient, key_file = district_files(tmp_path)
    qtbot.mouseClick(check.export_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.creating_key and dialog.form_panel.isVisibleTo(dialog)
    fill_export_dialog(dialog, recipient, tmp_path / "out")
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    steps = dialog.result_dialog.findChild(QLabel, "next_steps").text()
    assert steps.index("打印 PDF") < steps.index("交给海安市工信部门") < steps.index(result.verification_code)
    dialog.result_dialog.close()
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == [f"{PROFILE['name']}-{PERIOD}-第1次报送.pdf", f"{PROFILE['name']}-{PERIOD}-第1次报送.zgsz"]

    # the district's command line opens it: both questionnaires, one package
    monkeypatch.setenv("DISTRICT_PASS", "district-pass")
    capsys.readouterr()
    code = cli.main(["verify", "--json", "--district-key", str(key_file), "--passphrase-env", "DISTRICT_PASS",
                     str(result.package_path)])
    verified = json.loads(capsys.readouterr().out)
    assert code == 0 and verified["ok"] and verified["decrypted"] and verified["period"] == PERIOD
    assert [q["id"] for q in verified["manifest"]["questionnaires"]] == [CORE, MIIT]

    home = window.stack.currentWidget()
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.loaded)
    card = home.card_for(PERIOD)
    assert card.steps.current == "交给区县"
    assert "已导出第1次报送" in card.message.text() and result.package_path.name in card.message.text()


# ---------------------------------------------------------------------------------------------- home


def test_home_shows_the_next_step_at_each_stage_and_a_change_after_export(qtbot, make_window, tmp_path):
    from zgsz_desktop.package.export import ensure_signing_key, export_submission
    from zgsz_desktop.ui.home_page import PACKAGE_KEY

    window = make_window()
    workspace = window.workspace
    workspace.set_profile(PROFILE)
    workspace.start_submission(PERIOD)

    def card():
        return home_of(qtbot, window).card_for(PERIOD)

    shown = card()
    assert (shown.steps.current, shown.primary_button.text()) == ("填写", "继续填写")
    assert "51 道必答题未填" in shown.message.text() or "必答题未填" in shown.message.text()
    answer(workspace, PERIOD, {CORE: {**DEMO[CORE], **CONTRADICTION}, MIIT: DEMO[MIIT]})
    shown = card()
    assert (shown.steps.current, shown.primary_button.text()) == ("检查", "检查并完成")
    assert "1 处前后矛盾" in shown.message.text()
    workspace.save_answer(workspace.submission(PERIOD).part(CORE).assessment.id, "rnd.tools", ["cad2d"])
    assert card().primary_button.text() == "检查并完成"
    workspace.complete_submission(PERIOD)
    shown = card()
    assert (shown.steps.current, shown.primary_button.text()) == ("导出", "导出报告包…")

    district, _recipient, _key = district_files(tmp_path)
    ensure_signing_key(workspace, "my-passphrase")
    result = export_submission(workspace, PERIOD, district.recipient, "my-passphrase", tmp_path / "pkg")
    window.settings.setValue(PACKAGE_KEY + PERIOD, str(result.package_path))
    shown = card()
    assert (shown.steps.current, shown.primary_button.text()) == ("交给区县", "打开所在文件夹")
    assert "已导出第1次报送" in shown.message.text()
    assert "请把报告包 pkg.zgsz 交给区县工信部门，并打印 PDF 签字盖章" in shown.message.text()
    assert shown.page.package_path(PERIOD) == result.package_path

    # changed after the export: never a stale 已导出
    workspace.save_answer(workspace.submission(PERIOD).part(CORE).assessment.id, "rnd.design_staff", 21)
    shown = card()
    assert "导出后已修改，需重新导出" in shown.stale.text() and "第1次报送" in shown.stale.text()
    assert "已导出第" not in shown.message.text() and shown.steps.current != "交给区县"
    assert shown.primary_button.text() == "检查并完成"


def test_the_home_page_paints_the_periods_before_reading_the_details(qtbot, make_window, monkeypatch):
    from zgsz_desktop.ui import home_page
    from zgsz_desktop.ui.home_page import HomePage

    window = make_window()
    window.workspace.set_profile(PROFILE)
    for period in ("2024年度", PERIOD, "2026年上半年"):
        window.workspace.start_submission(period)
    monkeypatch.setattr(home_page, "_definitions_loaded", False)  # as on a cold start
    calls = []
    real = window.workspace.submissions
    monkeypatch.setattr(window.workspace, "submissions", lambda: calls.append(1) or real())
    page = HomePage(window.workspace, window, settings=window.settings)
    qtbot.addWidget(page)
    # first paint: the periods, newest first, and no definitions read on this thread
    assert [c.period for c in page.cards] == ["2026年上半年", PERIOD, "2024年度"]
    assert all(c.submission is None for c in page.cards) and page.task is not None and not calls
    assert "正在读取" in page.status.text()
    qtbot.waitUntil(lambda: page.loaded, timeout=20000)
    assert not calls  # read on the worker, with its own connection
    assert all(c.primary_button is not None for c in page.cards) and page.status.text() == ""


def test_the_submissions_model_sorts_by_period_not_by_text():
    from zgsz_desktop.ui.home_page import SubmissionsModel

    model = SubmissionsModel()
    model.set_periods(["2024年度", "2025年第1季度", "2024年下半年", "2025年度"])
    periods = [model.data(model.index(r), SubmissionsModel.PeriodRole) for r in range(model.rowCount())]
    assert periods == ["2025年度", "2025年第1季度", "2024年度", "2024年下半年"]
    assert model.data(model.index(0), SubmissionsModel.SortRole) > model.data(model.index(1), SubmissionsModel.SortRole)
    assert "正在读取" in model.data(model.index(0)) and not model.loaded


def test_a_new_submission_defaults_to_the_last_complete_year_and_builds_on_the_previous_one(qtbot, make_window):
    from PySide6.QtWidgets import QLabel

    from zgsz_desktop.ui.home_page import default_period, previous_period
    from zgsz_desktop.ui.new_submission import NewSubmissionDialog

    assert default_period(date(2026, 12, 3)) == "2025年度"
    assert default_period(date(2026, 12, 31)) == "2025年度"  # 2026 has not ended yet
    assert default_period(date(2027, 1, 1)) == "2026年度"
    assert previous_period("2026年度", ["2024年度", "2025年度", "2025年上半年"]) == "2025年度"
    assert previous_period("2025年上半年", ["2025年度"]) is None

    window = make_window()
    dialog = NewSubmissionDialog(["2024年度", PERIOD], ["甲", "乙"], window, today=date(2026, 12, 3))
    qtbot.addWidget(dialog)
    assert "一次报送 = 一个评估期的全部问卷（甲、乙）" in dialog.findChildren(QLabel)[0].text()
    assert not dialog.ok.isEnabled() and "已存在" in dialog.message.text()  # 2025年度 is there already
    dialog.period.setText("2026年度")
    assert dialog.ok.isEnabled() and dialog.from_previous.isEnabled() and dialog.from_previous.isChecked()
    assert "2025年度" in dialog.from_previous.text()
    dialog.period.setText("2026年第5季度")
    assert not dialog.ok.isEnabled() and "评估期应写作" in dialog.message.text()


def test_deleting_a_submission_asks_to_type_its_period(qtbot, make_window, monkeypatch):
    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    home = home_of(qtbot, window)
    monkeypatch.setattr(home, "confirm_period", lambda period: "2024年度")  # mistyped
    monkeypatch.setattr("zgsz_desktop.ui.home_page.show_error", lambda parent, exc: None)
    home.delete_submission(PERIOD)
    assert [s.period for s in window.workspace.submissions()] == [PERIOD]
    monkeypatch.setattr(home, "confirm_period", lambda period: period)
    home.delete_submission(PERIOD)
    qtbot.waitUntil(lambda: home.loaded)
    assert window.workspace.submissions() == [] and home.cards == [] and home.empty.isVisibleTo(home)


# ---------------------------------------------------------------------------------------------- check, export


def test_exporting_an_unfinished_submission_shows_what_is_missing_and_opens_the_check_page(
        qtbot, make_window, tmp_path):
    from PySide6.QtCore import Qt

    from zgsz_desktop.ui.check_page import CheckPage

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    miit = dict(DEMO[MIIT])
    miit.pop("miit.scenes.marketing")  # one blank
    answer(window.workspace, PERIOD, {CORE: {**DEMO[CORE], **CONTRADICTION}, MIIT: miit})
    home_of(qtbot, window)
    dialog = window.export(PERIOD)
    assert dialog.not_ready.isVisibleTo(dialog) and not dialog.form_panel.isVisibleTo(dialog)
    text = dialog.not_ready_text.text()
    assert "还不能导出" in text and "1 道必答题未填" in text and "1 处前后矛盾" in text
    assert "矛盾：" in text and "未填：" in text  # the first items, not just a count
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    check = window.stack.currentWidget()
    assert isinstance(check, CheckPage) and check.period == PERIOD
    assert check.link(MIIT, "miit.scenes.marketing") is not None and check.link(CORE, "rnd.tools") is not None
    assert not list((tmp_path).glob("**/*.zgsz"))


def test_a_checked_submission_not_yet_completed_is_completed_by_the_export(qtbot, make_window, tmp_path):
    from PySide6.QtWidgets import QLabel

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    answer(window.workspace, PERIOD, DEMO)
    assert window.workspace.submission(PERIOD).stage == "check"
    _district, recipient, _key = district_files(tmp_path)
    dialog = window.export(PERIOD)
    assert dialog.form_panel.isVisibleTo(dialog) and "标记为“已完成”" in dialog.stage_note.text()
    for word in ("区县工信部门给您的文件", "向所属区县工信部门索取，或随安装程序已提供", "每次导出都要输入",
                 "盖章的纸质报告"):
        assert any(word in label.text() for label in dialog.findChildren(QLabel)), word
    fill_export_dialog(dialog, recipient, tmp_path / "out")
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        dialog.ok.click()
    dialog.result_dialog.close()
    assert blocker.args[0].sequence == 1 and window.workspace.submission(PERIOD).stage == "hand_in"
    assert len(list((tmp_path / "out").glob("*.zgsz"))) == 1 and len(list((tmp_path / "out").glob("*.pdf"))) == 1


def test_warnings_are_listed_on_the_check_page_but_do_not_block(qtbot, make_window):
    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    # more energy for the same revenue, while 降低 is chosen: 请核对 (the years may not be the retrofit's)
    answer(window.workspace, PERIOD, {CORE: DEMO[CORE], MIIT: {**DEMO[MIIT], "miit.effect.energy_last_year": 2600}})
    window.show_check(PERIOD)
    check = window.stack.currentWidget()
    assert check.check.warnings and not check.check.errors
    assert check.complete_button.isEnabled()
    from PySide6.QtWidgets import QLabel

    sections = " ".join(label.text() for label in check.findChildren(QLabel))
    assert "请核对" in sections and "这些提示也会写入报告" in sections
    assert check.link(MIIT, "miit.effect.energy") is not None
    check.complete_button.click()
    assert window.workspace.submission(PERIOD).stage == "export"


# ---------------------------------------------------------------------------------------------- results


def test_results_say_they_are_computing_at_once_then_show_the_whole_submission(qtbot, make_window):
    from PySide6.QtWidgets import QLabel

    from zgsz_desktop.ui.results_page import ResultsPage

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    answer(window.workspace, PERIOD, DEMO)
    window.show_results(PERIOD)
    page = window.stack.currentWidget()
    assert isinstance(page, ResultsPage) and not page.is_ready
    assert page.waiting_label.isVisibleTo(page) and "正在计算" in page.waiting_label.text()
    qtbot.waitUntil(lambda: page.is_ready, timeout=30000)
    values = [label.text() for label in page.findChildren(QLabel, "card_value")]
    assert values[:3] == ["67.7%", "66.7%", "83.3%"] and "四星" in values and "二级" in values  # both questionnaires
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "自评口径" in texts and "第三方解读" not in texts
    import re

    assert re.search(r"基础\+管理\+成效 \d+\.\d 分", texts)  # points to one decimal, as officials write them
    assert len(page.canvases) >= 4  # the report's charts, on screen


def test_leaving_the_results_before_they_are_ready_drops_them_quietly(qtbot, make_window):
    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    window.show_results(PERIOD)
    page = window.stack.currentWidget()
    task = page.task
    home = home_of(qtbot, window)
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    assert window.stack.currentWidget() is home


# ---------------------------------------------------------------------------------------------- forms, guide


def test_the_profile_form_does_not_move_while_typing_and_marks_the_field(qtbot, make_window):
    from zgsz_desktop.ui.first_run import FirstRun

    window = make_window()
    page = window.stack.currentWidget()
    assert isinstance(page, FirstRun)
    page.roles.enterprise_button.click()
    form = page.profile.form
    form.layout().activate()
    before = {name: getattr(form, name).geometry() for name in ("uscc", "district", "phone")}
    type_text(qtbot, form.uscc, "91320685MA1R8K2X5X")  # wrong check character
    form.layout().activate()
    assert "校验位" in form.message("uscc") and form.is_marked("uscc")
    assert {name: getattr(form, name).geometry() for name in before} == before  # nothing moved
    type_text(qtbot, form.uscc, PROFILE["uscc"])
    form.layout().activate()
    assert form.message("uscc") == "" and not form.is_marked("uscc")
    assert {name: getattr(form, name).geometry() for name in before} == before
    form.show_all_problems()
    assert form.message("district") == "请选择所属地区" and form.is_marked("district")


def test_the_guide_is_shown_once_after_the_profile_and_from_the_help_menu(qtbot, make_window, settings):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel

    from zgsz_desktop.ui.guide import GUIDE_SEEN_KEY, GuideDialog, guide_seen
    from zgsz_desktop.ui.home_page import HomePage

    window = make_window()
    assert not guide_seen(settings)
    first_run(qtbot, window)
    assert guide_seen(settings)
    window.workspace.set_profile({**PROFILE, "contact": "王芳"})
    window.after_profile()  # e.g. the profile saved again: no guide the second time
    assert isinstance(window.stack.currentWidget(), HomePage)
    action = next(a for a in window.findChildren(QAction) if a.text() == "使用指南")
    action.trigger()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for word in ("填写", "立即保存", "检查", "区县文件", "密钥密码", "交给区县", "公章"):
        assert word in text, word
    dialog.close()
    assert settings.value(GUIDE_SEEN_KEY) in (True, "true")


def test_figures_are_written_to_one_decimal_and_the_next_step_is_plain_data():
    from zgsz_desktop.ui.home_page import next_step
    from zgsz_desktop.ui.results_page import one_decimal
    from zgsz_desktop.workspace.overview import PartOverview, SubmissionOverview

    assert [one_decimal(v) for v in (62.25, 60, "11.25", 0.04)] == ["62.3", "60.0", "11.3", "0.0"]
    part = PartOverview(CORE, "南通智改数转核心指标", "核心指标", "completed", 1.0, 0)
    record = {"sequence": 2, "created_at": "2026-12-03T02:00:00+00:00", "file_name": "甲-2025年度-第2次报送.zgsz"}

    def submission(stage, last=None):
        return SubmissionOverview(PERIOD, stage, (part,), 0, 0, 0, last, 2 if last else 0)

    assert next_step(submission("export")).button == "导出报告包…"
    handed = next_step(submission("hand_in", record))
    assert handed.action == "folder" and "已导出第2次报送" in handed.headline and record["file_name"] in handed.detail
    stale = next_step(submission("check", record))
    assert "导出后已修改，需重新导出" in stale.stale and stale.button == "检查并完成"


def test_leaving_the_page_never_overwrites_an_answer_saved_meanwhile_in_another_window(qtbot, make_window):
    """Tables, numbers and text are committed when the page goes away only if the user changed them."""
    from zgsz_desktop.workspace import Workspace

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    core = window.workspace.find_assessment(CORE, PERIOD)
    rows = [{"name": "车削", "equipment_total": 10, "nc_equipment": 7}]
    window.workspace.save_answer(core.id, "cnc.industry_type", "discrete")
    window.workspace.save_answer(core.id, "cnc.key_processes", rows)
    window.show_questionnaire(PERIOD, focus=(CORE, "cnc.key_processes"))
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: "cnc.key_processes" in page.blocks)
    with Workspace.open(window.workspace.directory) as other:  # the command line, or a second window
        other.save_answer(core.id, "cnc.key_processes", [*rows, {"name": "焊接", "equipment_total": 4,
                                                                "nc_equipment": 4}])
    window.show_home()  # the page flushes on its way out
    assert len(window.workspace.answers(core.id)["cnc.key_processes"]) == 2


# ---------------------------------------------------------------------------------------------- user test findings


def completed(window) -> None:
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    answer(window.workspace, PERIOD, DEMO)
    window.workspace.complete_submission(PERIOD)


def labels_text(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_a_forgotten_passphrase_gets_a_new_key_after_the_explanation_and_the_export_signs_with_it(
        qtbot, make_window, tmp_path):
    from PySide6.QtCore import Qt

    from zgsz_desktop.package.export import ensure_signing_key

    window = make_window()
    completed(window)
    old = ensure_signing_key(window.workspace, "forgotten-passphrase").key_id
    _district, recipient, _key = district_files(tmp_path)
    dialog = window.export(PERIOD)
    assert not dialog.creating_key and dialog.forgot_button.isVisibleTo(dialog)
    assert dialog.forgot_button.text() == "忘记密码？" and not dialog.confirm.isVisibleTo(dialog)
    assert "忘记了：只能创建新密钥" not in labels_text(dialog)  # no dead end any more

    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)  # explains and asks; nothing changed yet
    assert dialog.forgot_panel.isVisibleTo(dialog) and not dialog.replacing_key
    explanation = labels_text(dialog.forgot_panel)
    for words in ("创建一把新的签名密钥", "原密钥从此作废", "区县工信部门登记的是原密钥", "暂缓接收", "密钥指纹",
                  "核验码", "最新版本"):
        assert words in explanation, words
    qtbot.mouseClick(dialog.new_key_button, Qt.MouseButton.LeftButton)  # 创建新密钥
    assert dialog.replacing_key and not dialog.forgot_panel.isVisibleTo(dialog)
    assert dialog.passphrase_label.text() == "设置新的密钥密码" and dialog.confirm.isVisibleTo(dialog)
    assert dialog.confirm_label.text() == "再输入一次"
    assert window.workspace.signing_key().key_id == old  # still the old key until the export

    fill_export_dialog(dialog, recipient, tmp_path / "out")
    dialog.confirm.setText("something-else")
    dialog.ok.click()
    assert "两次输入的密码不一致" in dialog.message.text() and window.workspace.signing_key().key_id == old
    dialog.confirm.setText("my-passphrase")
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        dialog.ok.click()
    result = blocker.args[0]
    new = window.workspace.signing_key()
    assert new.key_id != old and result.key_id == new.key_id
    new.private_key("my-passphrase")  # the new key is sealed under the new passphrase
    note = dialog.result_dialog.findChild(type(dialog.message), "new_key_note")
    assert note is not None and "密钥指纹" in note.text() and "核验码" in note.text()
    dialog.result_dialog.close()


def test_changing_ones_mind_keeps_the_old_key_and_a_first_export_has_nothing_to_forget(qtbot, make_window, tmp_path):
    window = make_window()
    completed(window)
    first = window.export(PERIOD)
    assert first.creating_key and not first.forgot_button.isVisibleTo(first)  # no key yet: nothing to forget
    first.reject()
    from zgsz_desktop.package.export import ensure_signing_key

    old = ensure_signing_key(window.workspace, "old-passphrase").key_id
    dialog = window.export(PERIOD)
    dialog.forgot_button.click()
    dialog.new_key_button.click()
    assert dialog.replacing_key and dialog.forgot_button.text() == "想起来了：仍用原密码"
    dialog.forgot_button.click()
    assert not dialog.replacing_key and dialog.passphrase_label.text() == "密钥密码"
    assert not dialog.confirm.isVisibleTo(dialog)
    _district, recipient, _key = district_files(tmp_path)
    fill_export_dialog(dialog, recipient, tmp_path / "out", first=False)
    dialog.passphrase.setText("old-passphrase")
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.ok.click()
    assert window.workspace.signing_key().key_id == old
    assert dialog.result_dialog.findChild(type(dialog.message), "new_key_note") is None
    dialog.result_dialog.close()


def test_settings_offers_a_new_key_for_a_forgotten_passphrase_with_the_same_explanation(
        qtbot, make_window, settings):
    from zgsz_desktop.package.export import ensure_signing_key
    from zgsz_desktop.ui.dialogs import SettingsDialog, new_key_explanation

    window = make_window()
    window.workspace.set_profile(PROFILE)
    without = SettingsDialog(window.workspace, settings, window)
    qtbot.addWidget(without)
    assert without.new_key_button.text() == "更换密钥（忘记密码时）…" and not without.new_key_button.isEnabled()
    old = ensure_signing_key(window.workspace, "old-passphrase").key_id
    dialog = SettingsDialog(window.workspace, settings, window)
    qtbot.addWidget(dialog)
    assert dialog.new_key_button.isEnabled()
    dialog.new_key_button.click()
    new_key = dialog.new_key_dialog
    assert new_key is not None and new_key.isVisible()
    assert new_key_explanation() in labels_text(new_key)
    for words in ("密钥指纹", "核验码", "最新版本"):
        assert words in new_key_explanation()
    new_key.passphrase.setText("short")
    new_key.confirm.setText("short")
    new_key.ok.click()
    assert "至少需要" in new_key.message.text() and window.workspace.signing_key().key_id == old
    new_key.passphrase.setText("new-passphrase")
    new_key.confirm.setText("new-passphrase")
    with qtbot.waitSignal(new_key.accepted, timeout=30000):  # made on a pool thread (scrypt): an Op
        new_key.ok.click()
    key = window.workspace.signing_key()
    assert key.key_id != old and dialog.key_label.text() == key.key_id and not new_key.isVisible()
    key.private_key("new-passphrase")


def test_the_check_banner_names_only_what_blocks_and_a_blank_table_says_which_cells(qtbot, make_window):
    from PySide6.QtWidgets import QLabel

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    rows = [dict(row) for row in DEMO[CORE]["cnc.key_processes"]]
    del rows[2]["nc_equipment"]  # a table started, one cell left empty
    answer(window.workspace, PERIOD, {CORE: {**DEMO[CORE], "cnc.key_processes": rows},
                                      MIIT: {**DEMO[MIIT], "miit.effect.energy_last_year": 2600}})  # + a 请核对
    window.show_check(PERIOD)
    check = window.stack.currentWidget()
    assert check.check.warnings and check.check.blanks
    banner = check.summary.text()
    assert "还不能完成" in banner and "1 道必答题未填" in banner and "请核对" not in banner
    link = check.link(CORE, "cnc.key_processes")
    item = " ".join(label.text() for label in link.parentWidget().findChildren(QLabel))
    assert "未填：第3行“其中数控化设备数”" in item

    dialog = window.export(PERIOD)
    text = dialog.not_ready_text.text()
    assert "第3行“其中数控化设备数”" in text and "1 道必答题未填" in text and "请核对" not in text
    dialog.reject()


def test_a_district_file_for_another_district_or_the_districts_private_key_is_said_at_once(
        qtbot, make_window, tmp_path):
    window = make_window()
    completed(window)
    other = keys.DistrictKey.generate("如皋市", "district-pass")
    rugao = tmp_path / "如皋市.zgszkey"
    rugao.write_text(json.dumps(other.recipient.to_json(), ensure_ascii=False), encoding="utf-8")
    _district, recipient, private = district_files(tmp_path)
    dialog = window.export(PERIOD)
    fill_export_dialog(dialog, rugao, tmp_path / "out")
    sentence = "这份区县文件是如皋市工信部门的，您的企业属于海安市：请向海安市工信部门索取"
    assert sentence in dialog.recipient_info.text() and "✓" not in dialog.recipient_info.text()
    assert "#b3261e" in dialog.recipient_info.styleSheet()  # red at once, before 导出
    dialog.ok.click()
    assert sentence in dialog.message.text()

    dialog.recipient.setText(str(private))  # the district's own private key file
    words = "这是区县工信部门自己保管的私钥文件，不是发给企业的区县文件（.zgszkey）"
    assert words in dialog.recipient_info.text() and "接收方文件" not in dialog.recipient_info.text()
    renamed = tmp_path / "区县.json"  # the same file under another name is recognised too
    renamed.write_bytes(private.read_bytes())
    dialog.recipient.setText(str(renamed))
    assert words in dialog.recipient_info.text()
    dialog.ok.click()
    assert words in dialog.message.text()
    dialog.recipient.setText(str(recipient))
    assert dialog.recipient_info.text().startswith("✓ 海安市工信部门")
    assert not (tmp_path / "out").exists()
    dialog.reject()


def test_packages_go_to_a_folder_in_documents_created_on_export_and_the_choice_is_remembered(
        qtbot, make_window, tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths

    from zgsz_desktop.ui import export_dialog
    from zgsz_desktop.ui.home_page import FOLDER_KEY

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert export_dialog.default_folder() == Path(documents) / "智改数转报送"
    target = tmp_path / "Documents" / "智改数转报送"
    monkeypatch.setattr(export_dialog, "default_folder", lambda: target)
    window = make_window()
    completed(window)
    _district, recipient, _key = district_files(tmp_path)
    dialog = window.export(PERIOD)
    assert dialog.folder.text() == str(target) and not target.exists()  # nothing created by just looking
    dialog.recipient.setText(str(recipient))
    dialog.passphrase.setText("my-passphrase")
    dialog.confirm.setText("my-passphrase")
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        dialog.ok.click()
    dialog.result_dialog.close()
    assert blocker.args[0].package_path.parent == target and len(list(target.glob("*.zgsz"))) == 1
    assert window.settings.value(FOLDER_KEY) == str(target)
    chosen = tmp_path / "chosen"
    window.settings.setValue(FOLDER_KEY, str(chosen))
    assert window.export(PERIOD).folder.text() == str(chosen)  # the folder chosen last time wins


def test_save_with_a_choice_left_open_says_what_is_missing_and_nothing_moves(qtbot, make_window):
    from PySide6.QtCore import Qt

    from zgsz_desktop.ui.first_run import FirstRun
    from zgsz_desktop.ui.guide import GuidePage

    window = make_window()
    page = window.stack.currentWidget()
    assert isinstance(page, FirstRun)
    qtbot.mouseClick(page.roles.enterprise_button, Qt.MouseButton.LeftButton)
    profile = page.profile
    form = profile.form
    for field in ("name", "uscc", "contact", "phone"):
        type_text(qtbot, getattr(form, field), PROFILE[field])
    form.district.setCurrentIndex(form.district.findData(PROFILE["district"]))
    form.industry.setCurrentIndex(form.industry.findData(PROFILE["industry_code"]))
    # 企业规模 left on 请选择: 保存 is not greyed out without a reason
    assert profile.save_button.isEnabled() and profile.missing.full_text() == ""
    profile.layout().activate()
    before = {name: getattr(form, name).geometry() for name in ("name", "scale", "phone")}
    button = profile.save_button.geometry()
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    assert window.workspace.profile() is None and window.stack.currentWidget() is page
    assert form.is_marked("scale") and form.message("scale") == "请选择企业规模"
    assert profile.missing.full_text() == "还需填写或改正：企业规模"
    assert not form.is_marked("name") and form.message("name") == ""
    profile.layout().activate()
    assert {name: getattr(form, name).geometry() for name in before} == before  # nothing moved
    assert profile.save_button.geometry() == button
    form.scale.setCurrentIndex(form.scale.findData(PROFILE["scale"]))
    assert profile.missing.full_text() == "" and not form.is_marked("scale")  # the line follows the fix
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.stack.currentWidget(), GuidePage) and window.workspace.profile().scale == "规上"


def test_the_home_card_takes_its_step_from_the_cores_stage_after_a_change_that_was_undone(
        qtbot, make_window, tmp_path):
    from zgsz_desktop.package.export import ensure_signing_key, export_submission
    from zgsz_desktop.ui.home_page import STAGE_STEP, STEPS

    window = make_window()
    completed(window)
    workspace = window.workspace
    district, _recipient, _key = district_files(tmp_path)
    ensure_signing_key(workspace, "my-passphrase")
    export_submission(workspace, PERIOD, district.recipient, "my-passphrase", tmp_path / "pkg")
    core = workspace.submission(PERIOD).part(CORE).assessment.id
    workspace.save_answer(core, "rnd.design_staff", DEMO[CORE]["rnd.design_staff"] + 1)
    workspace.save_answer(core, "rnd.design_staff", DEMO[CORE]["rnd.design_staff"])  # undone
    stage = workspace.submission(PERIOD).stage  # whatever the core says, the card says the same
    card = home_of(qtbot, window).card_for(PERIOD)
    assert card.steps.current == STEPS[STAGE_STEP[stage]]
    assert (getattr(card, "stale", None) is not None) == (stage != "hand_in")
