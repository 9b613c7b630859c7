"""Register the bundled CJK font with Qt so Chinese text renders on machines without CJK fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from ..locate import resource

FONT_FILE = ("fonts", "wqy-microhei.ttc")


def install_app_font() -> str | None:
    """Load the bundled font and make it the application default; return its family name.

    Returns None (and leaves Qt's default) if the font file is missing, so a damaged install still
    starts and can say what is wrong.
    """
    from PySide6.QtWidgets import QApplication

    path = resource(*FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    family = families[0]
    app = QApplication.instance()
    if isinstance(app, QApplication):
        font = QFont(family)
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    return family
