"""The bundled CJK font: Chinese renders on machines without any Chinese font."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtGui import QFontDatabase
from submission_fixtures import PROFILE

from zgsz_desktop.ui.fonts import install_app_font


def test_bundled_cjk_font_is_registered_and_covers_chinese(qtbot):
    family = install_app_font()
    assert family  # the bundled font loaded from resources/fonts
    assert family in QFontDatabase.families()
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "智改数转企业自评估关键工序数控化率")




def test_the_menus_keep_backup_restore_settings_role_and_about_and_add_the_guide(qtbot, make_window):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    window = make_window()
    texts = {a.text() for a in window.findChildren(QAction)}
    for wanted in ("首页", "备份工作区…", "从备份恢复…", "切换到区县工作台…", "设置…", "使用指南", "退出"):
        assert wanted in texts, wanted
    assert any(text.startswith("关于") for text in texts)
    help_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "帮助(&H)")
    assert help_menu.actions()[0].text() == "使用指南"


def test_every_page_of_a_submission_is_reached_by_its_period(qtbot, make_window):
    from zgsz_desktop.ui.check_page import CheckPage
    from zgsz_desktop.ui.home_page import HomePage
    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage
    from zgsz_desktop.ui.results_page import ResultsPage

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission("2025年度")
    window.show_home()
    home = window.stack.currentWidget()
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.loaded)
    window.show_questionnaire("2025年度", focus=("nantong-zgsz-core", "rnd.design_staff"))
    page = window.stack.currentWidget()
    assert isinstance(page, QuestionnairePage) and page.current_module.id == "rnd"
    page.check.emit()
    assert isinstance(window.stack.currentWidget(), CheckPage)
    window.stack.currentWidget().back.emit()
    assert isinstance(window.stack.currentWidget(), HomePage)
    window.show_results("2025年度")
    results = window.stack.currentWidget()
    assert isinstance(results, ResultsPage)
    task = results.task
    results.edit.emit()
    assert isinstance(window.stack.currentWidget(), QuestionnairePage)
    qtbot.waitUntil(lambda: not task.running, timeout=30000)  # the dropped computation ends quietly


def test_a_period_that_is_not_there_is_said_plainly_and_the_page_stays(qtbot, make_window, monkeypatch):
    from zgsz_desktop.ui.home_page import HomePage

    shown = []
    monkeypatch.setattr("zgsz_desktop.ui.errors.show_error", lambda parent, exc, details="": shown.append(str(exc)))
    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.show_home()
    assert window.export("2019年度") is None
    window.show_check("2019年度")
    assert isinstance(window.stack.currentWidget(), HomePage)
    assert shown and all("2019年度" in text for text in shown)


class LosingPage:
    """A page that could lose input: counts the questions, answers as told."""

    def __init__(self, leave: bool):
        self.leave = leave
        self.asked = 0

    def __call__(self, _page, parent) -> bool:
        self.asked += 1
        return self.leave


def test_closing_the_window_or_going_home_from_the_menu_asks_a_page_that_could_lose_input(qtbot, make_window):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from zgsz_desktop.ui.home_page import HomePage

    answer = LosingPage(leave=False)

    class Page(QWidget):
        def confirm_leave(self, parent) -> bool:
            return answer(self, parent)

    window = make_window()
    window.workspace.set_profile(PROFILE)
    page = Page(window)
    window._show(page)
    assert window.stack.currentWidget() is page
    window.close()
    assert window.isVisible() and answer.asked == 1 and window.workspace is not None  # stayed, nothing closed
    home = next(a for a in window.findChildren(QAction) if a.text() == "首页")
    home.trigger()
    assert window.stack.currentWidget() is page and answer.asked == 2
    window.show_home()  # any other way the window replaces the page asks too
    assert window.stack.currentWidget() is page and answer.asked == 3
    answer.leave = True
    home.trigger()
    assert isinstance(window.stack.currentWidget(), HomePage) and answer.asked == 4


def test_the_questionnaire_page_is_asked_before_the_window_closes_but_not_twice_for_its_own_way_back(
        qtbot, make_window, monkeypatch):
    from zgsz_desktop.ui.home_page import HomePage
    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    answer = LosingPage(leave=False)
    # the page's own confirm_leave (or this stand-in until it exists) is what the window calls
    monkeypatch.setattr(QuestionnairePage, "confirm_leave", lambda self, parent: answer(self, parent), raising=False)
    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission("2025年度")
    window.show_questionnaire("2025年度")
    page = window.stack.currentWidget()
    assert isinstance(page, QuestionnairePage)
    window.close()
    assert window.isVisible() and answer.asked == 1 and window.stack.currentWidget() is page
    page.back.emit()  # ← 返回首页: the page confirms before it emits; the window does not ask again
    assert isinstance(window.stack.currentWidget(), HomePage) and answer.asked == 1
    window.show_questionnaire("2025年度")
    answer.leave = True
    window.close()
    assert not window.isVisible() and answer.asked == 2 and window.workspace is None


def test_red_input_in_the_questionnaire_is_not_dropped_by_closing_the_window_or_the_menu(
        qtbot, make_window, monkeypatch):
    from PySide6.QtGui import QAction

    from zgsz_desktop.ui import questionnaire_page
    from zgsz_desktop.ui.editors import give
    from zgsz_desktop.ui.home_page import HomePage

    if not hasattr(questionnaire_page.QuestionnairePage, "confirm_leave"):
        pytest.skip("QuestionnairePage.confirm_leave is not there yet")
    asked: list[list[str]] = []
    leave = {"answer": False}
    monkeypatch.setattr(questionnaire_page, "ask_leave", lambda _parent, lines: asked.append(list(lines))
                        or leave["answer"])
    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission("2025年度")
    window.show_questionnaire("2025年度")
    page = window.stack.currentWidget()
    page.open_module("miit-sme-2024", "effect")
    revenue = page.blocks["miit.effect.revenue_last_year"]
    give(revenue.editor, "32500万")  # red: not a number, not saved
    window.close()
    assert window.isVisible() and len(asked) == 1 and revenue.editor.field.text() == "32500万"
    next(a for a in window.findChildren(QAction) if a.text() == "首页").trigger()
    assert window.stack.currentWidget() is page and len(asked) == 2
    leave["answer"] = True
    next(a for a in window.findChildren(QAction) if a.text() == "首页").trigger()
    assert isinstance(window.stack.currentWidget(), HomePage) and len(asked) == 3
