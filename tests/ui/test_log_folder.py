"""The error report and the About box both open the log folder, so a user can send zgsz.log to support; the
report stays open while the folder is shown."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton


def test_the_error_report_opens_the_log_folder_and_stays_open(qapp, qtbot, tmp_path, monkeypatch):
    from zgsz_desktop import logs
    from zgsz_desktop.ui.errors import show_error

    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    seen: dict[str, bool] = {}

    def run(box: QMessageBox) -> int:
        box.show()
        box.findChild(QPushButton, "open_logs").click()
        seen["still_open_after_click"] = box.isVisible()
        box.close()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", run)
    show_error(None, RuntimeError("boom"))
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "logs")]
    assert (tmp_path / "logs").is_dir() and seen["still_open_after_click"]


def test_about_names_the_log_folder_and_opens_it(qapp, qtbot, tmp_path, monkeypatch):
    from zgsz_desktop import logs
    from zgsz_desktop.ui.dialogs import AboutDialog

    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "日志"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    assert any(str(tmp_path / "日志") in label.text() for label in about.findChildren(QLabel))
    about.findChild(QPushButton, "open_logs").click()
    assert about.isVisible() and [url.toLocalFile() for url in opened] == [str(tmp_path / "日志")]
