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
