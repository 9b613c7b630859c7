"""导出 Excel / CSV / 汇总 PDF for the city: choose the file (the last folder is remembered), write it on a
pool thread with its own database connection, then say where it is with a button to open the folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ...errors import UserError
from ..errors import show_error
from ..tasks import Task
from . import common
from .session import EXPORT_FOLDER_KEY

# kind → (writer in district.exports, suffix, file-dialog filter, default file name part, title)
KINDS: dict[str, tuple[str, str, str, str, str]] = {
    "xlsx": ("write_xlsx", ".xlsx", "Excel 工作簿 (*.xlsx)", "智改数转汇总", "导出 Excel"),
    "csv": ("write_csv", ".csv", "CSV 文件 (*.csv)", "企业明细", "导出 CSV"),
    "pdf": ("write_summary_pdf", ".pdf", "PDF 文件 (*.pdf)", "智改数转汇总", "导出汇总 PDF"),
}


class ExportRunner(QObject):
    finished = Signal(object)  # Path written

    def __init__(self, session: Any, settings: QSettings, parent: QWidget):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.window = parent
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def choose_and_run(self, kind: str, year: int) -> Task | None:
        _writer, suffix, pattern, stem, title = KINDS[kind]
        folder = str(self.settings.value(EXPORT_FOLDER_KEY, "") or Path.home())
        default = Path(folder) / f"{self.session.district}-{year}年-{self.tr(stem)}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr(title), str(default), self.tr(pattern))
        if not path:
            return None
        return self.run(kind, year, Path(path))

    def run(self, kind: str, year: int, path: Path) -> Task | None:
        if self.running:
            return None
        writer, suffix, _pattern, _stem, title = KINDS[kind]
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
        session = self.session

        def work(_progress: Any, _cancelled: Any) -> Path:
            from ...district import exports

            with session.worker_db() as db:
                return Path(getattr(exports, writer)(db, year, path))

        self.progress = QProgressDialog(self.tr("正在生成 {name}…").replace("{name}", path.name), "", 0, 0, self.window)
        self.progress.setCancelButton(None)  # a file is written whole or not at all; it only takes seconds
        self.progress.setWindowTitle(self.tr(title))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(600)  # quick work does not flash a window
        self.task = Task(work)
        self.task.signals.finished.connect(self.done)
        self.task.signals.failed.connect(self.failed)
        self.task.start()
        return self.task

    def _stop_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def done(self, path: Path) -> None:
        self._stop_progress()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("导出完成"),
                          self.tr("已保存：{path}").replace("{path}", str(path)), QMessageBox.StandardButton.Close,
                          self.window)
        box.setObjectName("export_done")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if path.suffix.lower() == ".csv":  # how to open it so that the codes and the Chinese survive
            from ...district.exports import CSV_OPEN_HINT

            box.setInformativeText(self.tr(CSV_OPEN_HINT))
        folder = box.addButton(self.tr("打开文件夹"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: common.open_path(path.parent))
        opener = box.addButton(self.tr("打开文件"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: common.open_path(path))
        self.result_box = box
        box.open()  # not exec(): the window stays responsive behind it
        self.finished.emit(path)

    def failed(self, exc: BaseException, details: str) -> None:
        self._stop_progress()
        if isinstance(exc, UserError):
            show_error(self.window, exc)
            return
        if isinstance(exc, OSError):
            from ...errors import describe_os_error

            show_error(self.window, UserError(self.tr("无法写入文件：{error}").replace("{error}",
                                                                                   describe_os_error(exc))))
            return
        show_error(self.window, exc, details)
