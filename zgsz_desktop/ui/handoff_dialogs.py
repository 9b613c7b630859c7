"""Shared filling (分工填报) on the manager's side: send modules to a colleague (:class:`SendModulesDialog`) and
merge the answers they return (:class:`MergeDialog`, conflicts side by side, each chosen before merging).

Writing the module file and merging run as :class:`~.ops.Op` (each with a connection of its own; the merge
announces the answers it changed on ``ops.changes``, which the pages showing them follow); the comparison
shown before a merge is small and read on the UI thread. The core is ``zgsz_desktop/workspace/handoff.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..questionnaire import answers as answer_rules
from ..questionnaire.display import display_row
from ..text import local_time, visible
from ..workspace import handoff
from .errors import show_error
from .i18n import answer, content, said, tr
from .i18n import period as period_text
from .ops import Changed, Op

MUTED, ERROR = "#5f6b7a", "#b3261e"
Index = QModelIndex | QPersistentModelIndex


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def choose_return_file(parent: QWidget | None) -> str:
    """The returned answers file the manager picks (modal; tests replace it)."""
    path, _ = QFileDialog.getOpenFileName(parent, tr("导入同事交回的答卷"), str(Path.home()),
                                          tr("同事交回的答卷 (*.zgszback);;所有文件 (*)"))
    return path


def merged_sentence(preview: handoff.MergePreview, result: handoff.MergeResult) -> str:
    """What a merge wrote, in the words (and numbers) of ``zgsz handoff merge``."""
    return tr("已合并{who}交回的答卷：写入 {changed} 个答案，保留当前答案 {kept} 处").format(
        who=visible(preview.returned.filled_by, 40), changed=result.changed, kept=result.kept)


def open_merge(parent: QWidget, workspace: Any, path: str | None, tell: Callable[[str], None]) -> MergeDialog | None:
    """导入同事答卷… wherever it is asked from (the questionnaire page, the File menu, a double-clicked file): choose
    the returned file unless given, check it, show the merge; ``tell`` gets the sentence saying what the merge wrote.
    The merge runs as an Op that announces the answers it changed: the pages showing them follow ``ops.changes``."""
    chosen = path or choose_return_file(parent)
    if not chosen:
        return None
    try:
        preview = handoff.preview_return(workspace, Path(chosen))
    except UserError as exc:
        show_error(parent, exc)
        return None
    dialog = MergeDialog(workspace, preview, parent)
    dialog.merged.connect(lambda result: tell(merged_sentence(preview, result)))
    dialog.open()
    return dialog


def choose_fill_path(parent: QWidget | None, suggested: str) -> str:
    """Where to save the module file (modal; tests replace it)."""
    path, _ = QFileDialog.getSaveFileName(parent, tr("保存分工文件"), suggested, tr("分工文件 (*.zgszfill)"))
    return path


def _safe_file_name(text: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text).strip() or "handoff"


# --------------------------------------------------------------------------- send


class SendModulesDialog(QDialog):
    """Pick modules of the submission (with their completion), name the colleague, choose where to save."""

    sent = Signal(object)  # the HandoffRecord

    def __init__(self, workspace: Any, period: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.period = period
        self.record: handoff.HandoffRecord | None = None
        self.task: Op[handoff.HandoffRecord] | None = None
        self._path_chosen = False
        self.setWindowTitle(tr("分工填报：请同事填写部分模块"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("勾选要请同事填写的模块。软件生成一个分工文件（.zgszfill）：同事用自己电脑上的本软件打开，"
                          "只看到并填写这些模块，填好后交回一个答卷文件，您再点“导入同事答卷…”逐题合并。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        note = QLabel(tr("分工文件含企业信息（名称、统一社会信用代码、地区、行业、联系人）和本期已填的答案，"
                         "未加密，只在公司内部传递。"), self)
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(note)

        self.modules = QListWidget(self)
        self.modules.setObjectName("module_choice")
        self.modules.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        for assessment, questionnaire, answers in workspace.submission_parts(period):
            header = QListWidgetItem(content(questionnaire.short_title or questionnaire.title))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setForeground(QColor("#24292f"))
            header.setBackground(QColor("#eef1f4"))
            self.modules.addItem(header)
            for module in questionnaire.modules:
                share = answer_rules.completion(questionnaire, answers, module)
                state = tr("已填完") if share >= 1 else tr("已填 {percent}%").format(percent=f"{share * 100:.0f}")
                item = QListWidgetItem(tr("{module}（{state}）").format(module=content(module.title), state=state))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, f"{assessment.questionnaire_id}/{module.id}")
                self.modules.addItem(item)
        self.modules.itemChanged.connect(lambda _item: self._update())
        layout.addWidget(self.modules, 1)

        form = QFormLayout()
        self.assignee = QLineEdit(self)
        self.assignee.setObjectName("assignee")
        self.assignee.setPlaceholderText(tr("如：生产部 张三"))
        self.assignee.textChanged.connect(self._name_changed)
        form.addRow(tr("同事姓名"), self.assignee)
        where = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("out_path")
        self.path.textEdited.connect(lambda _text: self._chosen())
        self.path.textChanged.connect(lambda _text: self._update())
        where.addWidget(self.path, 1)
        browse = QPushButton(tr("选择…"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        where.addWidget(browse)
        form.addRow(tr("保存到"), where)
        layout.addLayout(form)

        self.done_note = QLabel(self)
        self.done_note.setObjectName("done_note")
        self.done_note.setWordWrap(True)
        self.done_note.setStyleSheet("color: #1f6f43; font-weight: bold;")
        self.done_note.hide()
        layout.addWidget(self.done_note)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(tr("生成分工文件"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("send")
        self.buttons.addButton(tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._name_changed("")
        self.resize(560, 560)

    def chosen_modules(self) -> list[str]:
        return [self.modules.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.modules.count())
                if self.modules.item(row).checkState() == Qt.CheckState.Checked
                and self.modules.item(row).data(Qt.ItemDataRole.UserRole)]

    def set_checked(self, keys: list[str]) -> None:
        for row in range(self.modules.count()):
            item = self.modules.item(row)
            if item.data(Qt.ItemDataRole.UserRole):
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys
                                   else Qt.CheckState.Unchecked)

    def _chosen(self) -> None:
        self._path_chosen = True

    def _name_changed(self, name: str) -> None:
        if not self._path_chosen:  # follows the name until the user picks a place
            colleague = name.strip() or tr("同事")
            stem = _safe_file_name(f"{colleague}-{period_text(self.period)}")
            self.path.setText(str(Path.home() / f"{stem}{handoff.HANDOFF_SUFFIX}"))
        self._update()

    def _browse(self) -> None:
        chosen = choose_fill_path(self, self.path.text())
        if chosen:
            if not chosen.endswith(handoff.HANDOFF_SUFFIX):
                chosen += handoff.HANDOFF_SUFFIX
            self._path_chosen = True
            self.path.setText(chosen)

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.chosen_modules() and self.assignee.text().strip() and self.path.text().strip()))

    def send(self) -> Op[handoff.HandoffRecord] | None:
        """Write the module file and record the handoff on a pool thread (the file holds the period's answers:
        on a slow network folder it takes a while). Returns the running Op."""
        if self.task is not None and self.task.running:
            return self.task
        target = Path(self.path.text().strip())
        directory, period = self.workspace.directory, self.period
        modules, assignee, now = self.chosen_modules(), self.assignee.text(), _now()

        def work(_progress: Any, _cancelled: Any) -> handoff.HandoffRecord:
            from ..workspace import Workspace

            with Workspace.open(directory, create=False) as workspace:  # a connection of its own
                return handoff.send_modules(workspace, period, modules, assignee, target, now)

        def written(record: handoff.HandoffRecord) -> None:
            self.record = record
            self.sent.emit(record)
            self._show_done(target)

        def failed(exc: BaseException, details: str) -> None:
            self._update()
            if isinstance(exc, (UserError, OSError)):
                show_error(self, exc if isinstance(exc, UserError) else UserError(str(exc)))
            else:
                show_error(self, exc, details)

        self.ok.setEnabled(False)
        self.task = Op(self, work, changes=Changed.workspace("handoffs", about=directory)) \
            .with_progress(tr("正在生成分工文件…"), title=self.windowTitle(), cancellable=False, busy=True) \
            .success(written).failure(failed).run()
        return self.task

    def reject(self) -> None:
        """取消 or Esc while the file is written: it is written whole or not at all, so the dialog waits."""
        if self.task is not None and self.task.running:
            return
        super().reject()

    def _show_done(self, target: Path) -> None:
        """What to do next, in the dialog itself (no second box to click away)."""
        for widget in (self.modules, self.assignee, self.path):
            widget.setEnabled(False)
        self.done_note.setText(tr("已生成 {file}。请把它交给{name}（U 盘、邮件或共享文件夹均可）。同事填好后会交回一个"
                                  " .zgszback 文件，请点“导入同事答卷…”合并。").format(
            file=str(target), name=self.record.assignee if self.record else ""))
        self.done_note.show()
        self.buttons.clear()
        close = self.buttons.addButton(tr("完成"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setObjectName("done")
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.accept)


# --------------------------------------------------------------------------- merge

CHOICE_PENDING, CHOICE_RETURNED, CHOICE_CURRENT = "", handoff.TAKE_RETURNED, handoff.KEEP_CURRENT
COLUMN_COUNT = 4
TABLE_ROWS_SHOWN = 6


class MergeModel(QAbstractTableModel):
    """The questions of a returned answers file that need a look (conflicts, new answers, kept changes)."""

    def __init__(self, preview: handoff.MergePreview, parent: Any = None):
        super().__init__(parent)
        self.preview = preview
        self.items = [i for i in preview.items if i.kind != handoff.SAME]
        self.choices: dict[str, str] = {i.key: CHOICE_RETURNED for i in self.items if i.kind == handoff.NEW}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [tr("题目"), tr("当前答案"), tr("同事的答案"), tr("处理")][section]
        return None

    def _value(self, item: handoff.MergeItem, value: Any) -> str:
        """The answer as people read it; a table's rows shown (the first few), so two tables compare at a glance."""
        text = visible(answer(item.question, value, tr("（未填写）")), 120)
        if item.question.type == "table" and isinstance(value, list):
            comma = tr("、")
            rows = [f"{n}. {visible(comma.join(display_row(item.question, row)), 60)}"
                    for n, row in enumerate(value[:TABLE_ROWS_SHOWN], start=1) if isinstance(row, dict)]
            if len(value) > TABLE_ROWS_SHOWN:
                rows.append("…")
            text = "\n".join([text, *rows])
        return text

    def _rows_tip(self, item: handoff.MergeItem, value: Any) -> str:
        if item.question.type != "table" or not isinstance(value, list):
            return ""
        return "\n".join(tr("、").join(display_row(item.question, row)) for row in value if isinstance(row, dict))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        who = visible(self.preview.returned.filled_by, 40)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{content(item.module_title)} · {content(item.question_text)}"
            if column == 1:
                by = f"{said(item.current_by)} {local_time(item.current_changed_at or '')}".strip()
                return f"{self._value(item, item.current)}\n{by}"
            if column == 2:
                when = local_time(item.returned_changed_at or self.preview.returned.returned_at)
                return f"{self._value(item, item.returned)}\n{who} {when}"
            if column == 3:
                if item.kind == handoff.KEPT:
                    return tr("保留当前（同事未改此题）")
                if item.kind == handoff.NEW:
                    return tr("采用同事的新答案")
                return ""
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):
            return self._rows_tip(item, item.current if column == 1 else item.returned) or None
        if role == Qt.ItemDataRole.CheckStateRole and column == 3 and item.kind == handoff.NEW:
            taken = self.choices.get(item.key) == CHOICE_RETURNED
            return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and item.kind == handoff.CONFLICT:
            return QColor("#fdecea")
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and item.kind == handoff.CONFLICT:
            return QColor(ERROR)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == 3 and self.items[index.row()].kind == handoff.NEW:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 3:
            return False
        item = self.items[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if isinstance(value, int) else (
            value == Qt.CheckState.Checked)
        self.choices[item.key] = CHOICE_RETURNED if checked else CHOICE_CURRENT
        self.dataChanged.emit(index, index)
        return True

    def choose(self, key: str, choice: str) -> None:
        self.choices[key] = choice
        row = next(r for r, i in enumerate(self.items) if i.key == key)
        self.dataChanged.emit(self.index(row, 3), self.index(row, 3))

    def undecided(self) -> list[handoff.MergeItem]:
        return [i for i in self.items if i.kind == handoff.CONFLICT
                and self.choices.get(i.key) not in (CHOICE_RETURNED, CHOICE_CURRENT)]


class MergeDialog(QDialog):
    """A returned answers file, question by question: conflicts first, each to be chosen (采用同事的 / 保留当前)
    before 合并 is enabled; new answers ticked (untick to keep the current one); changes of the manager's the
    colleague did not touch are listed and kept. ``merged`` is emitted after a merge that wrote answers."""

    merged = Signal(object)  # the MergeResult

    def __init__(self, workspace: Any, preview: handoff.MergePreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.preview = preview
        self.result_: handoff.MergeResult | None = None
        self.task: Op[handoff.MergeResult] | None = None
        self.setWindowTitle(tr("合并同事交回的答卷"))
        layout = QVBoxLayout(self)
        returned = preview.returned
        heading = tr("{who} 于 {when} 交回的答卷（{period}，{modules}）").format(
            who=escape(visible(returned.filled_by, 40)), when=local_time(returned.returned_at),
            period=escape(period_text(preview.handoff.period)),
            modules=tr("、").join(escape(content(m.title)) for m in returned.modules))
        title = QLabel(f"<b>{heading}</b>", self)
        title.setObjectName("merge_title")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.summary = QLabel(self)
        self.summary.setObjectName("merge_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.model = MergeModel(preview, self)
        self.table = QTableView(self)
        self.table.setObjectName("merge_table")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.choosers: dict[str, QComboBox] = {}
        for row, item in enumerate(self.model.items):
            if item.kind != handoff.CONFLICT:
                continue
            cell = QWidget(self.table)  # the list keeps its own height, centred in a tall row
            holder = QVBoxLayout(cell)
            holder.setContentsMargins(4, 0, 4, 0)
            chooser = QComboBox(cell)
            holder.addWidget(chooser, 0, Qt.AlignmentFlag.AlignVCenter)
            chooser.setObjectName(f"choice:{item.key}")
            chooser.addItem(tr("请选择…"), CHOICE_PENDING)
            chooser.addItem(tr("采用同事的"), CHOICE_RETURNED)
            chooser.addItem(tr("保留当前"), CHOICE_CURRENT)
            chooser.currentIndexChanged.connect(
                lambda _i, c=chooser, k=item.key: self._chosen(k, c.currentData()))
            self.table.setIndexWidget(self.model.index(row, 3), cell)
            self.choosers[item.key] = chooser
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.model.items))
        layout.addWidget(self.table, 1)

        self.buttons = QDialogButtonBox(self)
        if preview.nothing_new:
            close = self.buttons.addButton(tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
            close.setObjectName("close")
            self.merge_button = None
        else:
            self.merge_button = self.buttons.addButton(tr("合并"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.merge_button.setObjectName("merge")
            self.buttons.addButton(tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
            self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(980, 560)

    def _chosen(self, key: str, choice: str) -> None:
        self.model.choose(key, choice)
        self._update()

    def choose(self, key: str, choice: str) -> None:
        """Choose for a conflict as the user does, through its list (``returned`` or ``current``)."""
        chooser = self.choosers[key]
        chooser.setCurrentIndex(chooser.findData(choice))

    def _update(self) -> None:
        undecided = self.model.undecided()
        text = said(self.preview.summary())
        if undecided:
            text = tr("{summary}。还有 {n} 道冲突没有选择：同事和您都改过这些题，请逐题选择后再合并。").format(
                summary=text.rstrip(tr("。")), n=len(undecided))
            self.summary.setStyleSheet(f"color: {ERROR};")
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)
        if self.merge_button is not None:
            self.merge_button.setEnabled(not undecided)
            self.merge_button.setToolTip(tr("请先为每道冲突选择") if undecided else "")

    def merge(self) -> Op[handoff.MergeResult] | None:
        """Write the answers taken, all in one transaction, on a pool thread; the Op announces the changed answers
        (``ops.changes``), so the pages showing them read them again. Returns the running Op."""
        if self.task is not None and self.task.running:
            return self.task
        directory, preview, choices, now = self.workspace.directory, self.preview, dict(self.model.choices), _now()

        def work(_progress: Any, _cancelled: Any) -> handoff.MergeResult:
            from ..workspace import Workspace

            with Workspace.open(directory, create=False) as workspace:  # a connection of its own
                return handoff.apply_merge(workspace, preview, choices, now)

        def merged(result: handoff.MergeResult) -> None:
            self.result_ = result
            self.merged.emit(result)
            self.accept()

        def failed(exc: BaseException, details: str) -> None:
            self._update()
            if isinstance(exc, UserError):
                show_error(self, exc)
            else:
                show_error(self, exc, details)

        if self.merge_button is not None:
            self.merge_button.setEnabled(False)
        self.task = Op(self, work, changes=Changed.workspace("answers", about=directory)) \
            .with_progress(tr("正在合并同事的答卷…"), title=self.windowTitle(), cancellable=False, busy=True) \
            .success(merged).failure(failed).run()
        return self.task

    def reject(self) -> None:
        """取消 or Esc while merging: the merge is whole or nothing, so the dialog waits for it."""
        if self.task is not None and self.task.running:
            return
        super().reject()
