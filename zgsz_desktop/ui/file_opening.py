"""What a double-clicked 回执 or 对标文件 does in the enterprise window (``app.open_file`` picks the window by the
file's suffix): wait until the window has opened its workspace, then start the file's import there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from .i18n import tr


class AfterLoad(QObject):
    """Runs ``action`` once the enterprise window has opened its workspace and shown its first page (the window
    opens it only after its first paint, issue #16), then emits ``done(action's result)``. Nothing runs when the
    workspace could not be opened (the window says why) or has no enterprise yet (the status bar says to fill it
    in first: a receipt or a benchmark is about an enterprise). Owned by the window."""

    done = Signal(object)

    def __init__(self, window: Any, action: Callable[[], Any]) -> None:
        super().__init__(window)
        self.window, self.action = window, action
        # the first page shown (home, first run, or the reason the workspace cannot be opened) means load() ran
        window.stack.currentChanged.connect(self._shown)

    def _shown(self, _index: int) -> None:
        self.window.stack.currentChanged.disconnect(self._shown)
        workspace = self.window.workspace
        if workspace is None:
            return
        if workspace.profile() is None:
            self.window.statusBar().showMessage(tr("请先填写企业信息，再从“文件”菜单导入这个文件"))
            return
        QTimer.singleShot(0, self, self._run)  # once load() has returned and the page is laid out

    def _run(self) -> None:
        self.done.emit(self.action())


def import_benchmark(window: Any, path: str) -> Any:
    """The results page's 导入对标文件 on ``path``; once imported, the results of the benchmark's period, where
    its 同行对标 section shows the enterprise's position (home stays, and says so, when this workspace has no
    submission of that period). Returns the running Op."""
    from .peer_section import import_benchmark_file

    def imported(result: Any) -> None:
        period = result.benchmark.published.period
        if window.workspace is not None and any(s.period == period for s in window.workspace.submissions()):
            window.show_results(period)
        else:
            window.statusBar().showMessage(tr("已导入{period}的对标文件。本企业还没有{period}的报送，填写后在结果页"
                                              "查看同行对标").format(period=period))

    return import_benchmark_file(window, window.workspace.directory, path, done=imported)


__all__ = ["AfterLoad", "import_benchmark"]
