"""One place that turns failures into dialogs: expected ones (UserError) as a plain message, anything
else as a readable error report with details to copy."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from ..errors import UserError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


def open_log_folder() -> bool:
    """Show the log folder in the file manager (created if missing), for sending the log to support."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from ..logs import log_dir

    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> QMessageBox | None:
    # QMessageBox is imported when a message is shown: its type and enums cost ~1.5 ms of every start (issue #16)
    from PySide6.QtWidgets import QMessageBox

    if isinstance(exc, UserError):
        logging.getLogger("zgsz").warning("told the user: %s", exc)
        from .i18n import error_text

        QMessageBox.warning(parent, QApplication.translate("errors", "无法完成"), error_text(exc))
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("errors", "出错了"))
    box.setText(QApplication.translate(
        "errors", "程序遇到了意外错误。您已填写的内容均已保存。\n请把下面的详细信息复制给技术支持人员，"
                  "或把日志文件夹中的 zgsz.log 发给他们。"))
    box.setDetailedText(details or "".join(traceback.format_exception(exc)))
    logs = box.addButton(QApplication.translate("errors", "打开日志文件夹"), QMessageBox.ButtonRole.ActionRole)
    logs.setObjectName("open_logs")
    logs.clicked.disconnect()  # keep the dialog open after showing the folder
    logs.clicked.connect(open_log_folder)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box


def install_excepthook() -> None:
    """Unexpected errors in slots show the report instead of killing the app silently."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from .app import install_pending_font

        install_pending_font()  # an error before the first window (the font still loading): its box in our font
        details = "".join(traceback.format_exception(kind, exc, tb))
        from ..logs import unexpected

        unexpected(kind, exc, tb)
        console = sys.__stderr__
        if console is not None:  # a windowed (no-console) Windows build has none: the dialog must still show
            try:
                console.write(details)
            except (OSError, ValueError):  # a console closed meanwhile
                pass
        app = QApplication.instance()
        if isinstance(app, QApplication):  # windows only with a widget application (not a bare QCoreApplication)
            show_error(app.activeWindow(), exc, details)

    sys.excepthook = hook
