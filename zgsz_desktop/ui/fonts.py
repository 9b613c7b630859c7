"""Register the bundled CJK font with Qt so Chinese text renders on machines without CJK fonts."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFont, QFontDatabase

from ..locate import resource

FONT_FILE = ("fonts", "wqy-microhei.ttc")


def load_app_font(path: str | None = None) -> str | None:
    """Register the bundled font (``path``: its file) with Qt's font database; its family name, or None if the
    file is missing or unreadable (a damaged install still starts and can say what is wrong). Any thread:
    QFontDatabase is thread-safe."""
    font_id = QFontDatabase.addApplicationFont(path or str(resource(*FONT_FILE)))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def use_app_font(family: str | None) -> str | None:
    """Make ``family`` (registered by :func:`load_app_font`) the application's default font; UI thread."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if family and isinstance(app, QApplication):
        font = QFont(family)
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    return family


def install_app_font() -> str | None:
    """Load the bundled font and make it the application default; return its family name (None: Qt's default
    stays)."""
    return use_app_font(load_app_font())


class AppFont:
    """The bundled font registered on a worker thread while the start-up goes on (issue #16): Qt reads and parses
    the 5 MB file for ~7 ms with Python's lock released, so the UI thread imports and builds the window meanwhile.
    :meth:`install` waits for it and makes it the application's font; call it before the first widget is made:
    until the event loop runs, Qt does not pass a new application font on to widgets that exist already."""

    def __init__(self) -> None:
        self.family: str | None = None
        self.path = str(resource(*FONT_FILE))  # found here: the thread makes only Qt's call
        self._thread = threading.Thread(target=self._load, name="zgsz-app-font", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        try:
            self.family = load_app_font(self.path)
        except Exception:  # as a missing file: Qt's default font (the window still opens and can say why)
            self.family = None

    def install(self) -> str | None:
        self._thread.join()
        return use_app_font(self.family)
