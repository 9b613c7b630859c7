"""The desktop shell opens offscreen, shows Chinese with the bundled font and lists the questionnaires."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtGui import QFontDatabase

from zgsz_desktop.ui.app import create_app
from zgsz_desktop.ui.fonts import install_app_font
from zgsz_desktop.ui.main_window import MainWindow


def test_main_window_lists_installed_questionnaires(qtbot):
    create_app([])
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.questionnaire_list.count() == 2)
    texts = [window.questionnaire_list.item(i).text() for i in range(2)]
    assert any("南通智改数转核心指标" in t for t in texts)
    assert any("中小企业数字化水平评测" in t for t in texts)
    assert window.windowTitle() == "智改数转企业自评估"


def test_bundled_cjk_font_is_registered_and_covers_chinese(qtbot):
    family = install_app_font()
    assert family  # the bundled font loaded from resources/fonts
    assert family in QFontDatabase.families()
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "智改数转企业自评估关键工序数控化率")
