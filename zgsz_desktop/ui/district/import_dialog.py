"""Import report packages: a preview first (every file checked, every decision made, nothing stored),
then the import itself. Both run on a pool thread with a progress bar and a cancel button; the list fills
as files are checked. A broken file is a line in the list, never the end of the batch.

Outcomes travel from the pool thread in a plain queue that the dialog drains every 50 ms: thousands of
files cost a few dozen list updates, not one signal each (and no per-file ``Signal.emit``, which in
PySide6 6.12.0 takes a reference from ``True`` on every call)."""

from __future__ import annotations

import html
import queue
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ..errors import show_error
from ..i18n import period
from ..ops import Changed, Op
from .common import BAD, GOOD, MUTED, fit_headers, muted, row_table, sentences, shown, shown_lines, tr
from .outcomes_model import OutcomesFilter, OutcomesModel, counts_html

STORED = ("new", "superseding", "stale")


class ImportDialog(QDialog):
    previewed = Signal(object)  # ImportSummary of the dry run
    imported = Signal(object)  # ImportSummary of the import (also when cancelled part-way)

    def __init__(self, session: Any, paths: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.paths = [Path(p) for p in paths]
        self.task: Op[Any] | None = None
        self.dry_run = True
        self.preview_summary: Any = None
        self.summary: Any = None
        self.error: BaseException | None = None  # why the last run failed as a whole (e.g. another district's db)
        self._closing = False
        self._outcomes: queue.SimpleQueue[tuple[int, int, Any]] = queue.SimpleQueue()  # pool thread → dialog
        self._drain = QTimer(self)
        self._drain.setInterval(50)
        self._drain.timeout.connect(self.drain)
        self.setWindowTitle(self.tr("导入报告包"))
        self.setMinimumSize(1000, 600)

        self.heading = QLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # a refusal may quote a file name
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.problems_only = QCheckBox(self.tr("只显示未导入的文件"), self)

        self.model = OutcomesModel(self)
        self.proxy = OutcomesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.problems_only.toggled.connect(self.proxy.set_problems_only)
        self.view = row_table(self, "outcomes", self.proxy)
        for column, width in enumerate((110, 200, 160, 80, 90, 190)):
            self.view.setColumnWidth(column, width)
        fit_headers(self.view)
        self.view.selectionModel().currentRowChanged.connect(self.show_outcome)
        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(44)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setStyleSheet("background: #f4f6f8; border-radius: 4px; padding: 6px;")

        self.import_button = QPushButton(self.tr("导入"), self)
        self.import_button.setObjectName("import")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems_only)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addLayout(progress_row)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(muted(self.tr(
            "预览逐个核验签名、解密并重新计分，显示导入后的结果，但不改变数据库。导入时再次核验；"
            "已导入的报告包再次导入不会有任何改变，更新版本会替代旧版本（旧版本保留在历史中）。"), self))
        layout.addLayout(buttons)
        self.start(dry_run=True)

    # ------------------------------------------------------------------ running

    def show_outcome(self, current: Any, _previous: Any = None) -> None:
        """The whole reason for the selected file (the list shows it cut to the column)."""
        from .outcomes_model import verdict_colour, verdict_text

        outcome = current.data(OutcomesModel.OUTCOME_ROLE) if current is not None and current.isValid() else None
        if outcome is None:
            self.detail.setText(f"<span style='color:{MUTED}'>" + self.tr("选择一行查看完整说明") + "</span>")
            return
        def e(text: object, limit: int | None = 200) -> str:  # from outside: hidden characters written out
            return html.escape(shown(text, limit))

        who = tr("　").join(e(x) for x in (outcome.enterprise, outcome.uscc, period(outcome.period)) if x)
        verdict = f"<b style='color:{verdict_colour(outcome.verdict)}'>{html.escape(verdict_text(outcome))}</b>"
        self.detail.setText(
            self.tr("{verdict}　{file}").format(verdict=verdict, file=e(Path(outcome.source).name))
            + (f"<br>{who}" if who else "") + (f"<br>{e(outcome.message, 2000)}" if outcome.message else ""))

    def select_first_problem(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(OutcomesModel.OUTCOME_ROLE).verdict not in (*STORED, "duplicate"):
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return
        self.show_outcome(None)

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(self, *, dry_run: bool) -> Op[Any]:
        self.dry_run = dry_run
        self.error = None
        self.model.clear()
        self.counts.setText("")
        self.heading.setText("<span style='font-size:14pt'>{}</span>".format(
            self.tr("预览：核验报告包（不写入数据库）") if dry_run else self.tr("正在导入报告包")))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("正在查找并核验报告包…"))
        self.progress.setRange(0, 0)  # busy until the first file is done
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.show_outcome(None)
        self.import_button.setEnabled(False)
        self._outcomes = outcomes = queue.SimpleQueue[tuple[int, int, Any]]()
        session, paths = self.session, list(self.paths)

        def work(_progress: Any, cancelled: Any) -> Any:
            from ...district.importer import import_packages

            with session.worker_db() as db:  # this thread's own connection
                return import_packages(db, paths, session.identity, dry_run=dry_run, cancel=cancelled,
                                       progress=lambda done, total, outcome: outcomes.put((done, total, outcome)))

        # the preview stores nothing; an import (also one cancelled part-way) changes the district's figures
        changed = None if dry_run else Changed.district("packages", about=session.path)
        self._drain.start()
        self.task = Op(self, work, changes=changed).success(self.on_finished).failure(self.on_failed).run()
        return self.task

    def start_import(self) -> None:
        if not self.running:
            self.start(dry_run=False)

    def cancel(self) -> None:
        if self.task is not None and self.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("正在取消（当前文件处理完后停止）…"))

    def reject(self) -> None:
        """关闭 or Esc while working cancels first; the dialog closes when the work has stopped."""
        if self.running:
            self._closing = True
            self.cancel()
            return
        super().reject()

    # ------------------------------------------------------------------ results

    def drain(self) -> None:
        """Show what the pool thread has checked since the last look."""
        batch = []
        while True:
            try:
                batch.append(self._outcomes.get_nowait())
            except queue.Empty:
                break
        if not batch:
            return
        done, total, _ = batch[-1]
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} / {total}")
        self.model.extend([outcome for _, _, outcome in batch])
        self.counts.setText(counts_html(self.model.counts))

    def on_failed(self, exc: BaseException, details: str) -> None:
        self._drain.stop()
        self.drain()
        self.error = exc
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(False)
        self.import_button.setEnabled(self.preview_summary is not None and not self.dry_run)
        if isinstance(exc, UserError):
            self.status.setStyleSheet(f"color: {BAD};")
            self.status.setText(shown_lines(exc))
        else:
            show_error(self, exc, details)
        if self._closing:
            super().reject()

    def on_finished(self, summary: Any) -> None:
        self._drain.stop()
        self.drain()  # everything the pool thread put is in the queue before it reports the end
        counts = summary.counts
        done = len(summary.outcomes)
        self.progress.setRange(0, max(1, summary.total))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} / {summary.total}")
        self.cancel_button.hide()
        self.select_first_problem()
        self.counts.setText(counts_html(counts))
        stored = sum(counts[v] for v in STORED)
        held = counts["key_held"]
        duplicate = counts["duplicate"]
        refused = done - stored - held - duplicate
        if self.dry_run:
            self.preview_summary = summary
            if summary.total == 0:
                self.status.setText(self.tr("所选位置没有找到报告包（.zgsz 文件）。"))
            else:
                text = sentences(
                    self.tr("预览已取消：已核验 {done} / {total} 个文件。") if summary.cancelled
                    else self.tr("预览完成：共 {total} 个文件。"),
                    self.tr("将导入 {stored} 份，重复 {dup} 份，待核准密钥 {held} 份，不能导入 {refused} 个。"),
                    self.tr("数据库尚未改变；确认后点击“导入”。") if stored + held
                    else self.tr("没有需要导入的报告包，无需导入。"))
                self.status.setText(text.replace("{done}", str(done)).replace("{total}", str(summary.total))
                                    .replace("{stored}", str(stored)).replace("{dup}", str(duplicate))
                                    .replace("{held}", str(held)).replace("{refused}", str(refused)))
            # only when the import would change something (a package stored, or held for approval)
            self.import_button.setEnabled(stored + held > 0 or summary.cancelled)
            self.previewed.emit(summary)
        else:
            self.summary = summary
            counted = self.tr("已导入 {stored} 份报送，重复 {dup} 份，待核准密钥 {held} 份，"
                              "未导入 {refused} 个（原因见列表）。")
            text = (sentences(self.tr("导入已取消：已处理 {done} / {total} 个文件，已处理的已保存；"
                                      "再次导入同一批文件会跳过已导入的。"), counted) if summary.cancelled
                    else self.tr("导入完成：{counts}").replace("{counts}", counted))
            self.status.setStyleSheet(f"color: {GOOD};" if not refused and not summary.cancelled else "")
            self.status.setText(text.replace("{done}", str(done)).replace("{total}", str(summary.total))
                                .replace("{stored}", str(stored)).replace("{dup}", str(duplicate))
                                .replace("{held}", str(held)).replace("{refused}", str(refused)))
            self.import_button.hide()
            self.heading.setText("<span style='font-size:14pt'>{}</span>".format(self.tr("导入结果")))
            self.imported.emit(summary)
        if self._closing:
            super().reject()
