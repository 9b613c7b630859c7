"""导出 Excel / CSV / 汇总 PDF for the city: choose the file (the last folder is remembered), write it on a
pool thread with its own database connection, then say where it is with a button to open the folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...errors import UserError
from ..errors import show_error
from ..i18n import QT_TR_NOOP, content
from ..ops import Op
from . import common
from .common import tr
from .session import EXPORT_FOLDER_KEY

# kind → (writer in district.exports, suffix, file-dialog filter, default file name part, title); the texts are
# translated where shown
KINDS: dict[str, tuple[str, str, str, str, str]] = {
    "xlsx": ("write_xlsx", ".xlsx", QT_TR_NOOP("Excel 工作簿 (*.xlsx)"), QT_TR_NOOP("智改数转汇总"),
             QT_TR_NOOP("导出 Excel")),
    "csv": ("write_csv", ".csv", QT_TR_NOOP("CSV 文件 (*.csv)"), QT_TR_NOOP("企业明细"), QT_TR_NOOP("导出 CSV")),
    "pdf": ("write_summary_pdf", ".pdf", QT_TR_NOOP("PDF 文件 (*.pdf)"), QT_TR_NOOP("智改数转汇总"),
            QT_TR_NOOP("导出汇总 PDF")),
}
# district.exports.CSV_OPEN_HINT, the same words, marked for translation (the core stays Chinese; shown through
# tr(CSV_OPEN_HINT), so a changed hint shows in Chinese until it is marked again here)
CSV_HINT = QT_TR_NOOP(
    "CSV 供其他系统读取；查看、打印和报市里请用 Excel 工作簿（.xlsx）。"
    "Excel、WPS 双击即可打开（文件为带 BOM 的 UTF-8）；LibreOffice 打开时会出现“文本导入”对话框，"
    "确认字符集为“Unicode (UTF-8)”后点“确定”。统一社会信用代码前有一个制表符，"
    "使表格软件把代码当作文本、不改成科学计数法；导入其他系统时请去掉它。")


class ExportRunner(QObject):
    finished = Signal(object)  # Path written

    def __init__(self, session: Any, settings: QSettings, parent: QWidget):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.window = parent
        self.task: Op[Path] | None = None
        self.result_box: QMessageBox | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def choose_and_run(self, kind: str, year: int) -> Op[Path] | None:
        _writer, suffix, pattern, stem, title = KINDS[kind]
        folder = str(self.settings.value(EXPORT_FOLDER_KEY, "") or Path.home())
        name = tr("{district}-{year}年-{name}").format(district=content(self.session.district), year=year,
                                                      name=tr(stem))
        default = Path(folder) / f"{name}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self.window, tr(title), str(default), tr(pattern))
        if not path:
            return None
        return self.run(kind, year, Path(path))

    def run(self, kind: str, year: int, path: Path) -> Op[Path] | None:
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

        # no 取消: a file is written whole or not at all, and it only takes seconds
        self.task = Op(self.window, work).with_progress(
            self.tr("正在生成 {name}…").replace("{name}", path.name), title=tr(title), cancellable=False, busy=True) \
            .success(self.done).failure(self.failed).run()
        return self.task

    def done(self, path: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("导出完成"),
                          self.tr("已保存：{path}").replace("{path}", str(path)), QMessageBox.StandardButton.Close,
                          self.window)
        box.setObjectName("export_done")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if path.suffix.lower() == ".csv":  # how to open it so that the codes and the Chinese survive
            from ...district.exports import CSV_OPEN_HINT

            box.setInformativeText(tr(CSV_OPEN_HINT))
        folder = box.addButton(self.tr("打开文件夹"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: common.open_path(path.parent))
        opener = box.addButton(self.tr("打开文件"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: common.open_path(path))
        self.result_box = box
        box.open()  # not exec(): the window stays responsive behind it
        self.finished.emit(path)

    def failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, UserError):
            show_error(self.window, exc)
            return
        if isinstance(exc, OSError):
            from ...errors import describe_os_error

            show_error(self.window, UserError(self.tr("无法写入文件：{error}").replace("{error}",
                                                                                   describe_os_error(exc))))
            return
        show_error(self.window, exc, details)
