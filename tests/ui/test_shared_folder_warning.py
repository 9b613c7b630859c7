"""A workspace in a synced folder opens (its data is the user's) with a lasting warning that says why and what to
do; a local one shows none; choosing a synced folder in Settings asks first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from zgsz_desktop import shared_folders


def open_window(qtbot, settings, folder):
    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.main_window import MainWindow

    create_app([])
    window = MainWindow(settings=settings, workspace_dir=folder)
    qtbot.addWidget(window)
    window.show()
    # the warning comes once the home page is painted (start-up, issue #16)
    qtbot.waitUntil(lambda: window.workspace is not None and window.settled, timeout=10000)
    return window


def test_a_workspace_in_a_synced_folder_opens_with_a_lasting_warning(settings, tmp_path, qtbot, monkeypatch):
    for variable in shared_folders.SYNC_ENV:
        monkeypatch.delenv(variable, raising=False)
    window = open_window(qtbot, settings, tmp_path / "Dropbox" / "智改数转")
    warning = window.findChild(QLabel, "shared_folder_warning")
    assert warning is not None and warning.isVisible()
    assert "Dropbox" in warning.toolTip() and "备份工作区" in warning.toolTip()


def test_a_local_workspace_shows_no_warning(settings, tmp_path, qtbot, monkeypatch):
    for variable in shared_folders.SYNC_ENV:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(shared_folders, "_mounted", lambda path: None)
    window = open_window(qtbot, settings, tmp_path / "local")
    assert window.findChild(QLabel, "shared_folder_warning") is None


def test_choosing_a_synced_folder_asks_and_cancel_keeps_the_old_one(settings, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from zgsz_desktop.ui.dialogs import SettingsDialog

    window = open_window(qtbot, settings, tmp_path / "local")
    dialog = SettingsDialog(window.workspace, window.settings, window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "OneDrive" / "ws"))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    changed: list[str] = []
    dialog.workspace_changed.connect(changed.append)
    dialog.change_workspace()
    assert asked and "OneDrive" in asked[0]
    assert changed == [] and dialog.path.text() == str(window.workspace.directory)
