"""设备台账导入 (#20): from an equipment ledger to the key-process table, every row explained.

Four steps in one dialog: choose the file (read in a background :class:`~.ops.Op`) → which column is what (one
combo per field, the first rows beside them) → which 车间/工序 is which key process (or 不计入) → the
result (per key process, and every row counted or left out, with its reason) → 填入关键工序表, asking first
when it replaces rows already there. Choices are remembered in the workspace for the next ledger.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import ledger as core
from ..errors import UserError
from ..ledger import service
from ..ledger.counting import COUNTED, LEFT_OUT, LedgerCount, Records
from . import i18n
from .errors import show_error
from .i18n import error_text, tr
from .ops import Op

FILE_STEP, MAPPING_STEP, PROCESS_STEP, RESULT_STEP = range(4)
NOT_USED = -1
Index = QModelIndex | QPersistentModelIndex


def field_label(name: str) -> str:
    labels = {"name": tr("设备名称"), "model": tr("规格型号"), "quantity": tr("数量"), "process": tr("所属工序/车间"),
              "numeric_control": tr("是否数控"), "networked": tr("是否联网"), "purchase_year": tr("购置年份"),
              "status": tr("使用状态")}
    return labels[name]


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    from ..text import visible

    return visible(value, 60)


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows (the first ledger rows, the per-process totals)."""

    def __init__(self, headers: list[str], rows: list[list[Any]], parent: Any = None):
        super().__init__(parent)
        self.headers, self.rows = headers, rows

    def reset(self, headers: list[str], rows: list[list[Any]]) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else ""
        return None


class ClassificationModel(QAbstractTableModel):
    """Each 车间/工序 value of the ledger, its rows and units, and the key process it goes to (editable);
    unticking 计入 sets it to 不计入."""

    COLUMNS = 4

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.items: list[list[Any]] = []  # [value, rows, units, target, included]

    def load(self, processes: list[tuple[str, int, int]], classification: dict[str, str | None]) -> None:
        self.beginResetModel()
        self.items = [[name, rows, units, classification.get(name) or name[:core.counting.MAX_NAME_CHARS],
                       bool(classification.get(name))] for name, rows, units in processes]
        self.endResetModel()

    def classification(self) -> dict[str, str | None]:
        return {value: (target.strip() or None) if included else None
                for value, _, _, target, included in self.items}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [tr("台账中的工序/车间"), tr("行数"), tr("台（套）"), tr("计入关键工序（可改名）")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == 3 and self.items[index.row()][4]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value, rows, units, target, included = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return _cell_text(value)
            if column == 1:
                return str(rows)
            if column == 2:
                return str(units)
            if column == 3:
                return target if included or role == Qt.ItemDataRole.EditRole else tr("不计入")
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and not included:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            item[4] = Qt.CheckState(value) == Qt.CheckState.Checked
            if item[4] and not str(item[3]).strip():
                item[3] = str(item[0])[:core.counting.MAX_NAME_CHARS]
        elif role == Qt.ItemDataRole.EditRole and index.column() == 3:
            text = " ".join(str(value).split())[:core.counting.MAX_NAME_CHARS]
            item[3] = text
            item[4] = bool(text)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.COLUMNS - 1))
        return True


class EntriesModel(QAbstractTableModel):
    """Every ledger row's outcome, filterable: 全部 / 已计入 / 未计入 / 推断 (数控 guessed from the name)."""

    ALL, COUNTED, LEFT_OUT, INFERRED = range(4)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.entries: list[core.Entry] = []
        self.shown: list[int] = []
        self.filter = self.ALL

    def load(self, entries: list[core.Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, which: int) -> None:
        self.beginResetModel()
        self.filter = which
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        keep = {self.ALL: lambda e: True, self.COUNTED: lambda e: e.status == COUNTED,
                self.LEFT_OUT: lambda e: e.status == LEFT_OUT, self.INFERRED: lambda e: e.inferred}[self.filter]
        self.shown = [i for i, entry in enumerate(self.entries) if keep(entry)]

    def entry(self, row: int) -> core.Entry:
        return self.entries[self.shown[row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [tr("行"), tr("设备名称"), tr("规格型号"), tr("工序/车间"), tr("结果"), tr("台（套）/数控"),
                    tr("说明")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return tr("第{a}–{b}行").format(a=entry.row, b=entry.row_end) if entry.row_end and \
                    entry.row_end != entry.row else tr("第{n}行").format(n=entry.row)
            if column == 1:
                return _cell_text(entry.name)
            if column == 2:
                return _cell_text(entry.model)
            if column == 3:
                return _cell_text(entry.process)
            if column == 4:
                return tr("→ {process}").format(process=entry.key_process) if entry.status == COUNTED \
                    else tr("未计入")
            if column == 5:
                if entry.status != COUNTED:
                    return ""
                text = tr("{total} / {nc}").format(total=entry.quantity, nc=entry.nc)
                return text + (tr("（推断）") if entry.inferred else "")
            if column == 6:
                return i18n.said(entry.reason) if entry.reason else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.status == LEFT_OUT:
                return QBrush(QColor("#8a4b00"))
            if entry.inferred and column == 5:
                return QBrush(QColor("#1d5fa8"))
        return None


class LedgerDialog(QDialog):
    """The ledger import for one period's 南通核心指标 assessment. ``filled`` is emitted with the new rows."""

    inspected = Signal()  # the mapping step is shown
    records_read = Signal()  # the classification step is shown
    counted = Signal()  # the result step is shown
    failed = Signal(str)
    filled = Signal(object)

    def __init__(self, workspace: Any, period: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.period = workspace, period
        self.preview: service.LedgerPreview | None = None
        self.records: Records | None = None
        self.ledger_count: LedgerCount | None = None
        self.nc_overrides: dict[int, bool] = {}
        # rows the user set to 不计入 by hand (e.g. a blank 数量 that is not one unit)
        self.excluded_rows: set[int] = set()
        self.task: Op[Any] | None = None
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(tr("从设备台账导入关键工序"))
        self.resize(980, 660)
        layout = QVBoxLayout(self)
        self.steps = QLabel(self)
        layout.addWidget(self.steps)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b00020")
        layout.addWidget(self.message)
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._process_page())
        self.stack.addWidget(self._result_page())
        buttons = QHBoxLayout()
        self.back = QPushButton(tr("上一步"), self)
        self.next = QPushButton(tr("下一步"), self)
        self.fill = QPushButton(tr("填入关键工序表"), self)
        self.close_button = QPushButton(tr("取消"), self)
        buttons.addStretch(1)
        for button in (self.back, self.next, self.fill, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.fill.clicked.connect(self.fill_table)
        self.close_button.clicked.connect(self.reject)
        self.show_step(FILE_STEP)

    # ------------------------------------------------------------------ pages

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(tr(
            "从企业的设备台账（Excel .xlsx 或 CSV 文件）统计各关键工序的设备总数和数控化设备数，填入关键工序表。"
            "<br><br>台账通常有这些列：设备名称、规格型号、数量、所属工序/车间、是否数控、是否联网、购置年份、使用状态。"
            "标题行、两行的表头、合并单元格和 GBK 编码的 CSV 都可以直接导入；每一行计入哪道工序、哪些行未计入及原因，"
            "导入前都会列出。<br><br>文件不超过 50 MB、30 万行。旧版 Excel（.xls）请先另存为 .xlsx。"), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choose = QPushButton(tr("选择台账文件…"), page)
        self.choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.file_label = QLabel(page)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(tr("工作表"), page))
        self.sheet_combo = QComboBox(page)
        self.sheet_combo.activated.connect(self.sheet_chosen)
        top.addWidget(self.sheet_combo)
        top.addWidget(QLabel(tr("表头在第"), page))
        self.header_spin = QSpinBox(page)
        self.header_spin.setRange(1, 40)
        top.addWidget(self.header_spin)
        top.addWidget(QLabel(tr("行", "表头在第…行"), page))  # after the number: English says "of the sheet"
        self.header_button = QPushButton(tr("按此行重新读取"), page)
        self.header_button.clicked.connect(self.header_chosen)
        top.addWidget(self.header_button)
        layout.addLayout(top)
        self.mapping_note = QLabel(page)
        self.mapping_note.setWordWrap(True)
        layout.addWidget(self.mapping_note)
        grid = QGridLayout()
        self.field_combos: dict[str, QComboBox] = {}
        for i, name in enumerate(core.FIELDS):
            combo = QComboBox(page)
            combo.addItem(tr("（无此列）"))  # wide enough for this choice in any language (180 px in Chinese)
            combo.setMinimumWidth(max(180, combo.sizeHint().width()))
            combo.clear()
            self.field_combos[name] = combo
            grid.addWidget(QLabel(field_label(name), page), i // 4, (i % 4) * 2)
            grid.addWidget(combo, i // 4, (i % 4) * 2 + 1)
        layout.addLayout(grid)
        layout.addWidget(QLabel(tr("台账的前几行："), page))
        self.preview_model = RowsModel([], [], self)
        self.preview_view = QTableView(page)
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().setVisible(False)
        layout.addWidget(self.preview_view, 1)
        return page

    def _process_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        note = QLabel(tr(
            "台账中的每个工序/车间归入哪道关键工序：默认同名；可改名，几个车间填同一个名称即合并为一道工序；"
            "取消勾选即“不计入”（如办公室、仓库、动力车间等非关键工序）。关键工序表最多 50 行。"
            "下次导入时记住这些选择。"),
            page)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.classification_model = ClassificationModel(self)
        self.process_view = QTableView(page)
        self.process_view.setModel(self.classification_model)
        self.process_view.verticalHeader().setVisible(False)
        self.process_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.process_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.process_view, 1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.totals_model = RowsModel([], [], self)
        self.totals_view = QTableView(page)
        self.totals_view.setModel(self.totals_model)
        self.totals_view.verticalHeader().setVisible(False)
        self.totals_view.setMaximumHeight(170)
        self.totals_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.totals_view)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("台账各行："), page))
        self.filter_combo = QComboBox(page)
        self.filter_combo.addItems([tr("全部"), tr("已计入"), tr("未计入"), tr("数控为推断")])
        self.filter_combo.currentIndexChanged.connect(self.filter_changed)
        row.addWidget(self.filter_combo)
        self.toggle_nc = QPushButton(tr("改为数控 / 非数控"), page)
        self.toggle_nc.setToolTip(tr("把选中的已计入行改为数控或非数控（如推断有误）"))
        self.toggle_nc.clicked.connect(self.toggle_selected_nc)
        row.addWidget(self.toggle_nc)
        self.exclude_rows = QPushButton(tr("不计入选中行"), page)
        self.exclude_rows.setObjectName("exclude_rows")
        self.exclude_rows.setToolTip(tr("把选中的已计入行设为不计入（如数量为空却不是一台设备的行）"))
        self.exclude_rows.clicked.connect(self.exclude_selected)
        row.addWidget(self.exclude_rows)
        row.addStretch(1)
        layout.addLayout(row)
        self.entries_model = EntriesModel(self)
        self.entries_view = QTableView(page)
        self.entries_view.setModel(self.entries_model)
        self.entries_view.verticalHeader().setVisible(False)
        self.entries_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.entries_view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.entries_view, 1)
        self.reference = QLabel(page)
        self.reference.setWordWrap(True)
        self.reference.setStyleSheet("color:#555555")
        layout.addWidget(self.reference)
        return page

    def show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = [tr("1 选择文件"), tr("2 对应列"), tr("3 归类工序"), tr("4 核对结果")]
        self.steps.setText("  ›  ".join(f"<b>{n}</b>" if i == step else n for i, n in enumerate(names)))
        self.back.setVisible(step > FILE_STEP)
        self.next.setVisible(step in (MAPPING_STEP, PROCESS_STEP))
        self.fill.setVisible(step == RESULT_STEP)
        self.fill.setEnabled(step == RESULT_STEP and self.ledger_count is not None and not self.ledger_count.problems)
        self.message.clear()

    # ------------------------------------------------------------------ step 1: the file

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择设备台账"), "",
                                              tr("设备台账 (*.xlsx *.xlsm *.csv *.txt *.xls);;所有文件 (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path, sheet: str | None = None, header_row: int | None = None) -> None:
        """Open and look at ``path`` in the background; the mapping step follows (``inspected``)."""
        layouts = service.remembered_layouts(self.workspace)

        def work(progress: Any, cancelled: Any) -> service.LedgerPreview:
            return service.inspect(path, sheet, remembered=layouts, header_row=header_row, cancelled=cancelled)

        self._run(work, tr("正在打开台账…"), self._inspected)

    def _inspected(self, preview: service.LedgerPreview) -> None:
        self.preview = preview
        self.nc_overrides = {}
        self.excluded_rows = set()
        ledger = preview.ledger
        self.file_label.setText(tr("文件：{name}").format(name=ledger.path.name))
        self.sheet_combo.clear()
        self.sheet_combo.addItems(ledger.sheets)
        self.sheet_combo.setCurrentText(preview.sheet)
        self.sheet_combo.setEnabled(len(ledger.sheets) > 1)
        header = preview.header
        self.header_spin.setValue(header.rows[0] if header else 1)
        labels = header.labels if header else []
        for name, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(tr("（无此列）"), NOT_USED)
            for index in range(len(labels)):
                combo.addItem(i18n.said(header.column_name(index)) if header else "", index)
            chosen = preview.mapping.get(name, NOT_USED)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        notes = [i18n.said(w) for w in preview.warnings]
        if header:
            rows = tr("、").join(str(n) for n in header.rows)
            notes.insert(0, tr("表头在第 {rows} 行。").format(rows=rows) + (
                tr("已按上次导入同样格式的台账对应各列。") if preview.remembered else tr("已按列名自动对应，请核对。")))
        if ledger.encoding:
            notes.append(tr("文字编码：{encoding}").format(encoding="GBK" if ledger.encoding == "gb18030"
                                                           else ledger.encoding.upper()))
        self.mapping_note.setText(" ".join(notes))
        width = max([len(labels)] + [len(cells) for _, cells in preview.preview])
        headers = [tr("行")] + [labels[i] if i < len(labels) and labels[i] else "" for i in range(width)]
        self.preview_model.reset(headers, [[number, *cells] for number, cells in preview.preview])
        self.preview_view.resizeColumnsToContents()
        self.show_step(MAPPING_STEP)
        self.inspected.emit()

    def sheet_chosen(self) -> None:
        if self.preview and self.sheet_combo.currentText() != self.preview.sheet:
            self.load_file(self.preview.ledger.path, self.sheet_combo.currentText())

    def header_chosen(self) -> None:
        if self.preview:
            self.load_file(self.preview.ledger.path, self.preview.sheet, self.header_spin.value())

    # ------------------------------------------------------------------ step 2: the columns

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.field_combos.items()
                if combo.currentData() is not None and combo.currentData() != NOT_USED}

    def read_with_mapping(self) -> None:
        """Read the whole sheet with the chosen columns in the background (``records_read`` follows)."""
        assert self.preview is not None
        if self.preview.header is None:
            self.message.setText(tr("没有找到表头：请在上方填写表头所在的行，再点“按此行重新读取”。"))
            return
        problems = core.header.check_mapping(self.preview.header, self.mapping())
        if problems:
            self.message.setText("\n".join(i18n.said(p) for p in problems))
            return
        preview, mapping = self.preview, self.mapping()

        def work(progress: Any, cancelled: Any) -> Records:
            return service.read(preview, mapping, progress=progress, cancelled=cancelled)

        self._run(work, tr("正在读取台账…"), self._records_read)

    def _records_read(self, records: Records) -> None:
        self.records = records
        names = records.processes()
        known = service.remembered_classification(self.workspace)
        self.classification_model.load(names, core.default_classification([n for n, _, _ in names], known))
        self.process_view.resizeColumnsToContents()
        self.process_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.process_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.show_step(PROCESS_STEP)
        if not names:
            self.message.setText(tr("所选的工序/车间列中没有内容：请回到上一步核对列的对应。"))
        self.records_read.emit()

    # ------------------------------------------------------------------ step 3 → 4: counting

    def recount(self) -> None:
        assert self.records is not None
        self.ledger_count = core.count(self.records, self.classification_model.classification(),
                                       nc_overrides=self.nc_overrides, excluded_rows=self.excluded_rows)
        result = self.ledger_count
        self.totals_model.reset([tr("关键工序"), tr("设备总数"), tr("其中数控化设备"), tr("台账行数")],
                                [[p.name, p.equipment_total, p.nc_equipment, p.rows] for p in result.processes])
        self.entries_model.load(result.entries)
        self.entries_view.resizeColumnsToContents()  # Qt measures at most 1,000 rows: quick on a huge ledger
        self.entries_view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        parts = [tr("计入 {counted} 行，共 {total} 台（套），其中数控化 {nc} 台（套）；"
                    "未计入 {left} 行（原因见下表）。")
                 .format(counted=result.counted_rows, total=result.equipment_total, nc=result.nc_equipment,
                         left=result.left_out_rows)]
        if result.nc_inferred and result.unmapped_columns:
            parts.append(tr("没有识别出“是否数控”列，数控化设备暂按名称和型号推断并标为“推断”。台账中未对应的列：{columns}。"
                            "如其中一列写的是是否数控，请回到“对应列”一步为“是否数控”选出该列。")
                         .format(columns=tr("、").join(result.unmapped_columns)))
        elif result.nc_inferred:
            parts.append(tr("台账没有“是否数控”列：数控化设备按名称和型号推断（数控、CNC、加工中心、机器人、PLC 等），"
                            "标为“推断”，请逐行核对，有误的选中后点“改为数控 / 非数控”。"))
        elif any(e.inferred for e in result.entries):
            parts.append(tr("部分行的“是否数控”无法识别，已按名称推断并标为“推断”，请核对。"))
        if result.quantity_assumed_rows:
            parts.append(tr("{n} 行的数量为空，每行按 1 台（套）计，已在下表注明；"
                            "不是一台设备的行请选中后点“不计入选中行”。")
                         .format(n=result.quantity_assumed_rows))
        parts += [i18n.said(p) for p in result.problems]
        self.summary.setText("<br>".join(parts))
        networked = "" if result.in_use_networked is None else tr("、联网 {n}").format(n=result.in_use_networked)
        self.reference.setText(tr(
            "供参考：台账中全部在用设备（含不计入关键工序的）{total} 台（套），其中数控 {nc}{networked}。"
            "《中小企业数字化水平评测》的“生产设备总数量”只计生产设备、“数字化生产设备”的范围与数控化设备不完全相同，"
            "本软件不自动填入，请核对后在该问卷中填写。").format(total=result.in_use_total, nc=result.in_use_nc,
                                                    networked=networked))
        self.show_step(RESULT_STEP)
        self.counted.emit()

    def filter_changed(self, which: int) -> None:
        self.entries_model.set_filter(which)

    def toggle_selected_nc(self) -> None:
        rows = {index.row() for index in self.entries_view.selectionModel().selectedRows()}
        entries = [self.entries_model.entry(r) for r in rows]
        entries = [e for e in entries if e.status == COUNTED]
        if not entries:
            self.message.setText(tr("请先在下表中选中已计入的行。"))
            return
        for entry in entries:
            self.nc_overrides[entry.row] = entry.nc == 0
        which = self.filter_combo.currentIndex()
        self.recount()
        self.filter_combo.setCurrentIndex(which)

    def exclude_selected(self) -> None:
        rows = {index.row() for index in self.entries_view.selectionModel().selectedRows()}
        entries = [e for e in (self.entries_model.entry(r) for r in rows) if e.status == COUNTED]
        if not entries:
            self.message.setText(tr("请先在下表中选中已计入的行。"))
            return
        self.excluded_rows.update(entry.row for entry in entries)
        which = self.filter_combo.currentIndex()
        self.recount()
        self.filter_combo.setCurrentIndex(which)

    # ------------------------------------------------------------------ navigation

    def go_next(self) -> None:
        if self.stack.currentIndex() == MAPPING_STEP:
            self.read_with_mapping()
        elif self.stack.currentIndex() == PROCESS_STEP:
            self.recount()

    def go_back(self) -> None:
        self.show_step(max(FILE_STEP, self.stack.currentIndex() - 1))

    # ------------------------------------------------------------------ filling the table

    def fill_table(self) -> None:
        """Fill ``cnc.key_processes``; a table that has rows is replaced only after the user confirms."""
        assert self.ledger_count is not None and self.preview is not None
        try:
            assessment = service.core_assessment(self.workspace, self.period)
            old = service.current_table(self.workspace, assessment.id)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        if not old:
            self._write(assessment.id, [], replace=False)
            return
        self.confirm_box = QMessageBox(QMessageBox.Icon.Question, tr("替换关键工序表"),
                                       tr("关键工序表中已有 {n} 行。用台账的结果替换吗？原有内容会保留在修改记录中。")
                                       .format(n=len(old)), parent=self)
        self.confirm_box.setInformativeText(self._old_new_html(old, self.ledger_count.table_rows()))
        self.confirm_box.setTextFormat(Qt.TextFormat.RichText)
        self.confirm_box.addButton(tr("替换"), QMessageBox.ButtonRole.AcceptRole)
        self.confirm_box.addButton(tr("不替换"), QMessageBox.ButtonRole.RejectRole)
        self.confirm_box.buttonClicked.connect(
            lambda button: self._write(assessment.id, old, replace=True)
            if self.confirm_box is not None and self.confirm_box.buttonRole(button) ==
            QMessageBox.ButtonRole.AcceptRole else None)
        self.confirm_box.open()

    def _old_new_html(self, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> str:
        def cells(row: dict[str, Any] | None) -> str:
            if not row:
                return "<td>—</td><td></td><td></td>"
            return "".join(f"<td>{_cell_text(row.get(k, ''))}</td>"
                           for k in ("name", "equipment_total", "nc_equipment"))

        head = "<tr><th colspan=3>{}</th><th></th><th colspan=3>{}</th></tr>".format(tr("现有"), tr("台账"))
        lines = [f"<tr>{cells(old[i] if i < len(old) else None)}<td>→</td>{cells(new[i] if i < len(new) else None)}"
                 "</tr>" for i in range(max(len(old), len(new)))]
        return "<table cellspacing=4>" + head + "".join(lines) + "</table>"

    def _write(self, assessment_id: int, expected_old: list[dict[str, Any]], *, replace: bool) -> None:
        assert self.ledger_count is not None and self.preview is not None and self.preview.header is not None
        try:
            path = self.preview.ledger.path
            service.fill_key_processes(self.workspace, assessment_id, self.ledger_count, source_name=path.name,
                                       sha256=service.file_sha256(path), replace=replace,
                                       expected_old=expected_old if replace else None)
            service.remember(self.workspace, self.preview.header, self.mapping(),
                             self.classification_model.classification())
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        except OSError as exc:
            from ..errors import describe_os_error

            self.message.setText(describe_os_error(exc))
            return
        self.filled.emit(self.ledger_count.table_rows())
        self.accept()

    # ------------------------------------------------------------------ background work

    def _run(self, work: Any, label: str, done: Any) -> None:
        self.message.clear()
        for button in (self.next, self.back, self.choose):
            button.setEnabled(False)
        self.task = Op(self, work).with_progress(label, title=tr("设备台账")) \
            .success(lambda result: self._finished(result, done)).failure(self._on_failed).run()

    def _end_task(self) -> None:
        for button in (self.next, self.back, self.choose):
            button.setEnabled(True)

    def _finished(self, result: Any, done: Any) -> None:
        self._end_task()
        done(result)

    def _on_failed(self, exc: BaseException, details: str) -> None:
        self._end_task()
        if isinstance(exc, UserError):
            self.message.setText(error_text(exc))
            self.failed.emit(error_text(exc))
            return
        if isinstance(exc, OSError):
            from ..errors import describe_os_error

            self.message.setText(describe_os_error(exc))
            self.failed.emit(describe_os_error(exc))
            return
        show_error(self, exc, details)
        self.failed.emit(str(exc))

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        super().reject()


def open_ledger_dialog(parent: QWidget | None, workspace: Any, period: str) -> bool:
    """Run the ledger import for ``period``; True when the key-process table was filled."""
    dialog = LedgerDialog(workspace, period, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


__all__ = ["LedgerDialog", "open_ledger_dialog"]
