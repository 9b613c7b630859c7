"""导出对标文件… and 导出区县汇总包… (issue #17): the two signed files a district sends out besides receipts — the
anonymised peer benchmark for its enterprises, and its summary for the city (audited first). Each is written
through an Op on the session's worker connection; the window's status bar says where it went."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...errors import UserError
from ...periods import annual_period
from ..errors import show_error
from ..i18n import said
from ..ops import Op
from .common import shown, tr


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class UpwardExports:
    """``notify(text)`` shows a sentence in the window (its status bar)."""

    def __init__(self, session: Any, parent: QWidget, notify: Any):
        self.session = session
        self.widget = parent
        self.notify = notify
        self.task: Op[Any] | None = None

    def benchmark(self, year: int, target: Path | None = None) -> Op[Any] | None:
        period = annual_period(year)
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.widget, tr("导出对标文件"),
                tr("{district}_{period}_同行对标.zgszbench").format(district=self.session.identity.district,
                                                                  period=period),
                tr("对标文件 (*.zgszbench)"))
            if not chosen:
                return None
            target = Path(chosen)
        session = self.session

        def work(_progress: Any, _cancelled: Any) -> Any:
            from ...district.benchmark import export_benchmark

            with session.worker_db() as db:
                return export_benchmark(db, session.identity, period, target, _now())

        def done(result: Any) -> None:
            from ...district.benchmark import held_sentence

            plain = tr("已导出对标文件 {file}：只含各分组的分位数，不含任何企业的名称或数值，可发给本区县企业。")
            held = held_sentence(result)  # the period was published before: which groups this file leaves out
            if held is None:
                self.notify(plain.replace("{file}", shown(target.name)))
            else:  # the status line is one line: the file, then what it leaves out
                self.notify(tr("已导出对标文件 {file}。").replace("{file}", shown(target.name)) + said(held))

        return self._run(Op(self.widget, work).with_progress(tr("正在导出对标文件…"), cancellable=False)
                         .success(done).failure(self.failed))

    def summary(self, year: int, target: Path | None = None, *, force: bool = False) -> Op[Any] | None:
        period = annual_period(year)
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.widget, tr("导出区县汇总包"),
                tr("{district}_{period}_汇总.zgszsummary").format(district=self.session.identity.district,
                                                                 period=period),
                tr("区县汇总包 (*.zgszsummary)"))
            if not chosen:
                return None
            target = Path(chosen)
        session = self.session

        def work(progress: Any, _cancelled: Any) -> Any:
            from ...district.summary_package import export_summary_package

            with session.worker_db() as db:
                return export_summary_package(db, session.identity, period, target, _now(), force=force,
                                              progress=lambda done, total: progress(int(done * 100 / max(total, 1)),
                                                                                    ""))

        def done(result: Any) -> None:
            text = tr("已导出区县汇总包 {file}（已先核查数据库），请报送市工信局。")
            text = text.replace("{file}", shown(target.name))
            warning = getattr(result, "warning", None)  # e.g. the year holds no submissions
            self.notify(text + (" " + said(warning) if warning else ""))

        return self._run(Op(self.widget, work).with_progress(tr("正在核查数据库并导出区县汇总包…"), cancellable=False)
                         .success(done).failure(self.failed))

    def _run(self, op: Op[Any]) -> Op[Any]:
        if self.task is not None and self.task.running:
            return self.task
        self.task = op.run()
        return self.task

    def failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self.widget, tr("无法导出"), shown(said(exc), None))
            return
        show_error(self.widget, exc, details)
