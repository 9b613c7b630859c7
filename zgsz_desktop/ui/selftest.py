"""The desktop part of the self-test: the main window opens, creates a workspace and shows the first page.

Runs offscreen, in a scratch folder with its own settings file, so it never touches the user's workspace or
preferences. An error dialog that would wait for a click is read and closed, and counts as a failure.
"""

from __future__ import annotations

import time
from pathlib import Path

WINDOW_TIMEOUT_S = 20.0


def window_check(work: Path) -> str:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from .app import create_app
    from .first_run import FirstRun
    from .i18n import tr
    from .main_window import MainWindow

    app = create_app([])
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, workspace_dir=work / "workspace")
    problems: list[str] = []
    loop = QEventLoop()
    deadline = time.monotonic() + WINDOW_TIMEOUT_S

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:  # an error dialog: record what it says instead of waiting for a click
            problems.append(getattr(modal, "text", lambda: modal.windowTitle())())
            modal.close()
        if problems or isinstance(window.stack.currentWidget(), FirstRun) or time.monotonic() > deadline:
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    window.show()
    loop.exec()
    timer.stop()
    page = type(window.stack.currentWidget()).__name__
    opened = window.workspace is not None
    window.close()
    window.deleteLater()
    app.processEvents()
    if problems:
        raise RuntimeError(tr("主窗口报错：{problems}").format(problems=tr("；").join(problems)))
    if not opened or page != "FirstRun":
        raise RuntimeError(tr("主窗口未在 {seconds} 秒内打开工作区（当前页面：{page}）")
                           .format(seconds=f"{WINDOW_TIMEOUT_S:.0f}", page=page))
    if not (work / "workspace").is_dir():
        raise RuntimeError(tr("主窗口没有创建工作区文件夹"))
    return tr("打开新工作区并显示首次使用向导（{platform}）").format(platform=app.platformName())
