"""The evidence files (佐证材料) of one question: list them (name, type, size, when added), 添加… several at
once (each refused file says why), 打开 (a temporary copy, in the system's program for it), 删除 (asks first).
The limits are said in one plain sentence at the top, before anyone picks a file.

Adding reads and checks files of up to 10 MB each, so it runs in an :class:`~.ops.Op` on a connection of
its own; listing, opening and removing are quick and run on the window's workspace. UI thread only.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..text import local_time
from ..workspace.attachments import (
    Attachment,
    attachment_content,
    list_attachments,
    remove_attachment,
)
from ..workspace.evidence_rules import limits_sentence
from .i18n import content, error_text, said, tr
from .ops import Changed, Op

BAD, MUTED = "#b3261e", "#5f6b7a"
Index = QModelIndex | QPersistentModelIndex


class AttachmentsModel(QAbstractTableModel):
    """The files of one question: 文件, 类型, 大小, 添加时间 (raw values under the user role, for sorting)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[Attachment] = []

    def set_items(self, items: list[Attachment]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("文件"), tr("类型"), tr("大小"), tr("添加时间")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.file_name, content(item.type_label), item.size_text, local_time(item.added_at))[column]
        if role == Qt.ItemDataRole.UserRole:
            return (item.file_name, item.media_type, item.size, item.added_at)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return tr("SHA-256：{sha}").format(sha=item.sha256)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AttachmentsDialog(QDialog):
    """``changed(question id, count)`` after every add or remove (the question's button shows the count)."""

    changed = Signal(str, int)

    def __init__(self, workspace: Any, assessment_id: int, question_id: str, question_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.assessment_id = assessment_id
        self.question_id = question_id
        self.task: Op[Any] | None = None
        self.setWindowTitle(tr("佐证材料"))
        self.setObjectName("attachments_dialog")
        self.resize(640, 400)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{content(question_text)}</b>", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.limits = QLabel(said(limits_sentence()), self)
        self.limits.setObjectName("limits")
        self.limits.setWordWrap(True)
        self.limits.setStyleSheet(f"color: {MUTED}")
        layout.addWidget(self.limits)
        self.model = AttachmentsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("attachments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(tr("还没有文件。点“添加…”选择证书、台账、照片等，一次可选几个。"), self)
        self.empty.setStyleSheet(f"color: {MUTED}")
        layout.addWidget(self.empty)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {BAD}")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("添加…"), self)
        self.add_button.setObjectName("add")
        self.open_button = QPushButton(tr("打开"), self)
        self.remove_button = QPushButton(tr("删除"), self)
        close = QPushButton(tr("关闭"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        close.clicked.connect(self.accept)
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        self.model.set_items(list_attachments(self.workspace, self.assessment_id, self.question_id))
        self.empty.setVisible(not self.model.items)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected(self) -> Attachment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    # ------------------------------------------------------------------ adding

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, tr("选择佐证材料"), "",
            tr("佐证材料 (*.pdf *.png *.jpg *.jpeg *.xlsx *.docx);;所有文件 (*)"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Attach ``paths`` in the background; each refused file is said with its reason."""
        from ..workspace.attachments import add_attachments

        directory, assessment_id, question_id = self.workspace.directory, self.assessment_id, self.question_id

        def work(progress: Any, cancelled: Any) -> tuple[list[Attachment], list[tuple[Path, str]]]:
            from ..workspace import Workspace

            with Workspace.open(directory, create=False) as workspace:  # a connection of its own on this thread
                return add_attachments(workspace, assessment_id, question_id, paths)

        self.message.clear()
        self.add_button.setEnabled(False)
        self.task = Op(self, work, changes=Changed.workspace("attachments", about=directory)) \
            .with_progress(tr("正在检查并附上文件…"), title=tr("佐证材料"), cancellable=False) \
            .success(self.on_added).failure(self.on_failed).run()

    def on_added(self, result: tuple[list[Attachment], list[tuple[Path, str]]]) -> None:
        added, refused = result
        self.add_button.setEnabled(True)
        self.refresh()
        if refused:
            lines = [tr("{name}：未附上").format(name=path.name) + " — " + said(reason) for path, reason in refused]
            self.message.setText("\n".join(lines))
        if added:
            self.changed.emit(self.question_id, len(self.model.items))

    def on_failed(self, exc: BaseException, details: str) -> None:
        self.add_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.message.setText(error_text(exc))
            return
        from .errors import show_error

        show_error(self, exc, details)

    # ------------------------------------------------------------------ opening and removing

    def open_selected(self) -> None:
        """A temporary copy opened in the system's program for it (the original stays in the workspace)."""
        item = self.selected()
        if item is None:
            return
        try:
            folder = Path(tempfile.mkdtemp(prefix="zgsz-evidence-"))
            target = folder / item.file_name
            target.write_bytes(attachment_content(self.workspace, item.id))
        except (OSError, UserError) as exc:
            self.message.setText(error_text(exc) if isinstance(exc, UserError) else str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        answer = QMessageBox.question(
            self, tr("删除佐证材料"),
            tr("删除“{name}”？删除后它不再随报告包报送（已导出的报告包不受影响）。").format(name=item.file_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_attachment(self.workspace, item.id)
        except UserError as exc:
            self.message.setText(error_text(exc))
        self.refresh()
        self.changed.emit(self.question_id, len(self.model.items))
