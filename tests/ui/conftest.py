from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")


@pytest.fixture()
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture()
def make_window(qtbot, settings, tmp_path):
    """A real main window over a workspace in tmp_path (call again to 'reopen the app')."""
    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.main_window import MainWindow

    create_app([])
    windows = []

    def make():
        window = MainWindow(settings=settings, workspace_dir=tmp_path / "ws")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
