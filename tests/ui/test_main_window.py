"""The bundled CJK font: Chinese renders on machines without any Chinese font."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtGui import QFontDatabase

from zgsz_desktop.ui.fonts import install_app_font


def test_bundled_cjk_font_is_registered_and_covers_chinese(qtbot):
    family = install_app_font()
    assert family  # the bundled font loaded from resources/fonts
    assert family in QFontDatabase.families()
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "智改数转企业自评估关键工序数控化率")


PROFILE = {"name": "南通瑞丰精密机械有限公司", "uscc": "91320685MA1R8K2X5W", "district": "海安市",
           "industry_code": "34", "scale": "规上", "contact": "陈建华", "phone": "0513-88861234"}


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
