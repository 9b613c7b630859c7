"""One place that turns failures into dialogs: expected ones (UserError) as a plain message, anything
else as a readable error report with details to copy."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..errors import UserError


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, QApplication.translate("errors", "无法完成"), str(exc))
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("errors", "出错了"))
    box.setText(QApplication.translate(
        "errors", "程序遇到了意外错误。您已填写的内容均已保存。\n请把下面的详细信息复制给技术支持人员。"))
    box.setDetailedText(details or "".join(traceback.format_exception(exc)))
    box.exec()


def install_excepthook() -> None:
    """Unexpected errors in slots show the report instead of killing the app silently."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        console = sys.__stderr__
        if console is not None:  # a windowed (no-console) Windows build has none: the dialog must still show
            try:
                console.write(details)
            except (OSError, ValueError):  # a console closed meanwhile
                pass
        app = QApplication.instance()
        if app is not None:
            show_error(app.activeWindow(), exc, details)

    sys.excepthook = hook
