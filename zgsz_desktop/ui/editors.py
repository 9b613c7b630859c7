"""One editor per question type, generated from the definition. Each emits ``committed(value)`` when the
user has given an answer (a click, leaving a field, editing a table cell); the page saves it at once.

Input that cannot be taken is never dropped silently: a number field keeps the typed text, turns red
(``set_invalid``) and emits ``invalid(reason)`` instead of committing; a table commits its rows without
the cells that cannot be taken, marks those cells red and says which they are (``input_problem``).
Geometry never changes with these marks, so nothing moves under the cursor."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..questionnaire.answers import check_value
from ..questionnaire.model import Question

MUTED = "color: #5f6b7a;"
ERROR_COLOUR = "#b3261e"
ERROR_BACKGROUND = "#fdecea"
# Same border width in every state: marking a field invalid changes its colours, never its size.
FIELD_STYLE = (
    "QLineEdit, QPlainTextEdit { border: 2px solid #c3cad1; border-radius: 3px; padding: 2px 4px;"
    " background: #ffffff; }"
    "QLineEdit:focus, QPlainTextEdit:focus { border-color: #2f6fb0; }"
    f"QLineEdit[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"] {{ border-color: {ERROR_COLOUR};"
    f" background: {ERROR_BACKGROUND}; }}"
)


def style_field(field: QWidget) -> None:
    """The field look with room for the invalid mark; its height is fixed so marks never resize it."""
    field.setStyleSheet(FIELD_STYLE)
    field.setProperty("invalid", False)
    if isinstance(field, QLineEdit):
        field.setFixedHeight(field.sizeHint().height())


def mark_field(field: QWidget, invalid: bool) -> None:
    if bool(field.property("invalid")) == invalid:
        return
    field.setProperty("invalid", invalid)
    field.style().unpolish(field)
    field.style().polish(field)
    field.update()


class _CommitBeforeTab(QObject):
    """Commit a field before Tab moves on, so a follow-up question the answer reveals is the next stop."""

    def __init__(self, editor: Editor, field: QWidget):
        super().__init__(editor)
        self.editor = editor
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.editor.flush()
        elif event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.editor.flush()  # a plain text edit has no editingFinished
        return False


def _fmt(number: Decimal | None) -> str:
    return "" if number is None else f"{number.normalize():f}"


class ClickableLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: Any) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class Editor(QWidget):
    """``committed(value)``: an answer to save; ``invalid(reason)``: typed input that cannot be an answer
    (nothing committed, the input stays on screen)."""

    committed = Signal(object)
    invalid = Signal(str)

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self._setting = False

    def focus_widget(self) -> QWidget:
        """Where the keyboard focus goes when the page lands on this question."""
        return self

    def set_invalid(self, invalid: bool) -> None:
        """Mark the input red (the page does so when the core refuses the value too)."""

    def input_problem(self) -> str:
        """What of the shown input was not committed ("" when all of it was)."""
        return ""

    def raw_input(self) -> Any:
        """The input on screen that was not committed, to put back later (None: nothing to keep)."""
        return None

    def restore_input(self, raw: Any) -> None:
        """Put back what :meth:`raw_input` returned (over the saved value), marked red, committing nothing."""

    def set_value(self, value: Any) -> None:
        self._setting = True
        try:
            self._set(value)
        finally:
            self._setting = False
        self._known = value

    @property
    def known(self) -> Any:
        """The value last shown from the workspace or committed by the user: ``flush`` commits only what
        differs from it, so leaving a page never overwrites an answer saved meanwhile in another window."""
        return getattr(self, "_known", None)

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Commit anything typed but not yet confirmed (choices commit on click: nothing to do)."""

    def _commit(self, value: Any) -> None:
        if not self._setting:
            self._known = value
            self.committed.emit(value)


class ChoiceEditor(Editor):
    """Single or multiple choice as a list of options with wrapping text (scene levels are long)."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.multiple = question.type == "multiple"
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: dict[str, QRadioButton | QCheckBox] = {}
        for row, option in enumerate(question.options):
            button: QRadioButton | QCheckBox = QCheckBox(self) if self.multiple else QRadioButton(self)
            button.setObjectName(f"option_{option.key}")
            button.setAccessibleName(option.text)
            label = ClickableLabel(option.text, self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.clicked.connect(button.click)
            if option.help:
                label.setToolTip(option.help)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            self.group.addButton(button)
            self.buttons[option.key] = button
            button.clicked.connect(lambda _checked=False, key=option.key: self._clicked(key))

    def _clicked(self, key: str) -> None:
        if not self.multiple:
            self._commit(key)
            return
        option = self.question.option(key)
        if self.buttons[key].isChecked():
            for other, button in self.buttons.items():  # 无 stands alone
                other_option = self.question.option(other)
                if other != key and (option.exclusive or other_option.exclusive):
                    button.setChecked(False)
        chosen = [k for k, b in self.buttons.items() if b.isChecked()]
        self._commit(chosen or None)

    def _set(self, value: Any) -> None:
        chosen = set(value or []) if self.multiple else {value}
        for key, button in self.buttons.items():
            button.setChecked(key in chosen)

    def focus_widget(self) -> QWidget:
        checked = [b for b in self.buttons.values() if b.isChecked()]
        return checked[0] if checked else next(iter(self.buttons.values()), self)

    def choose(self, value: Any) -> None:
        """As a user would: click the options (used by tests and keyboard shortcuts)."""
        if self.multiple:
            for key, button in self.buttons.items():
                if button.isChecked() != (key in value):
                    button.click()
        else:
            self.buttons[value].click()


class YesNoEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.yes = QRadioButton(self.tr("是"), self)
        self.no = QRadioButton(self.tr("否"), self)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        self.yes.clicked.connect(lambda: self._commit(True))
        self.no.clicked.connect(lambda: self._commit(False))

    def _set(self, value: Any) -> None:
        group_off = value is None
        for button in (self.yes, self.no):
            button.setAutoExclusive(not group_off)
            button.setChecked(False)
            button.setAutoExclusive(True)
        if value is True:
            self.yes.setChecked(True)
        elif value is False:
            self.no.setChecked(True)

    def focus_widget(self) -> QWidget:
        return self.no if self.no.isChecked() else self.yes

    def choose(self, value: bool) -> None:
        (self.yes if value else self.no).click()


def parse_number(text: str, question: Question) -> Any:
    """The number typed (int when the question wants one), None for empty; raises ValueError with a
    Chinese message for anything else."""
    import unicodedata

    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace("。", ".")  # full-width input
    if question.type == "percent":
        cleaned = cleaned.removesuffix("%")
    if not cleaned:
        return None
    message = QApplication.translate("editors", "请输入数字（可带小数点），不要输入文字或单位")
    try:
        number = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(message) from exc
    if not number.is_finite():
        raise ValueError(message)
    if number == number.to_integral_value() and (question.integer or "." not in cleaned):
        return int(number)
    return float(number)


class NumberEditor(Editor):
    """A number (or percentage) with its unit and range shown; commits when the field is left (or on
    Return, or before Tab moves on). Text that is no number stays in the field, marked red."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(self)
        self.field.setMaximumWidth(180)
        self.field.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.field.setAccessibleName(question.text)
        style_field(self.field)
        _CommitBeforeTab(self, self.field)
        layout.addWidget(self.field)
        unit = question.unit or ("%" if question.type == "percent" else "")
        if unit:
            layout.addWidget(QLabel(unit, self))
        bounds = []
        if question.min is not None or question.max is not None:
            bounds.append(f"{_fmt(question.min) or '…'} – {_fmt(question.max) or '…'}")
        if question.integer:
            bounds.append(self.tr("整数"))
        if bounds:
            hint = QLabel("（" + "，".join(bounds) + "）", self)
            hint.setStyleSheet(MUTED)
            layout.addWidget(hint)
        layout.addStretch(1)
        self.field.editingFinished.connect(self._finished)
        self._last = None

    def _finished(self) -> None:
        try:
            value = parse_number(self.field.text(), self.question)
        except ValueError as exc:
            self.set_invalid(True)
            self.invalid.emit(str(exc))
            return
        # always commit: saving an unchanged value changes nothing, and clears an earlier error message
        self._commit(value)

    def flush(self) -> None:
        """Commit what is typed but not yet confirmed (the window closes, the module changes)."""
        try:
            value = parse_number(self.field.text(), self.question)
        except ValueError:
            self._finished()  # marks it red and says why
            return
        if value != self.known:
            self._commit(value)

    def focus_widget(self) -> QWidget:
        return self.field

    def set_invalid(self, invalid: bool) -> None:
        mark_field(self.field, invalid)

    def raw_input(self) -> Any:
        return self.field.text()

    def restore_input(self, raw: Any) -> None:
        self.field.setText(str(raw))
        self.set_invalid(True)

    def _set(self, value: Any) -> None:
        self._last = value
        self.field.setText("" if value is None else str(value))
        self.set_invalid(False)

    def accept_saved(self, value: Any) -> None:
        self._last = value

    def type_in(self, text: str) -> None:
        self.field.setText(text)
        self.field.editingFinished.emit()


class TextEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if question.multiline:
            self.field: QLineEdit | QPlainTextEdit = QPlainTextEdit(self)
            self.field.setMaximumHeight(90)
            self.field.setTabChangesFocus(True)  # Tab goes to the next answer, as everywhere else
        else:
            self.field = QLineEdit(self)
            if question.max_length:
                self.field.setMaxLength(question.max_length)
            self.field.editingFinished.connect(lambda: self._commit(self.field.text().strip() or None))
        if question.placeholder:
            self.field.setPlaceholderText(question.placeholder)
        self.field.setAccessibleName(question.text)
        style_field(self.field)
        _CommitBeforeTab(self, self.field)
        layout.addWidget(self.field)

    def focus_widget(self) -> QWidget:
        return self.field

    def set_invalid(self, invalid: bool) -> None:
        mark_field(self.field, invalid)

    def raw_input(self) -> Any:
        return self.field.toPlainText() if isinstance(self.field, QPlainTextEdit) else self.field.text()

    def restore_input(self, raw: Any) -> None:
        self._set(str(raw))
        self.set_invalid(True)

    def flush(self) -> None:
        text = self.field.toPlainText() if isinstance(self.field, QPlainTextEdit) else self.field.text()
        if (text.strip() or None) != self.known:
            self._commit(text.strip() or None)

    def _set(self, value: Any) -> None:
        if isinstance(self.field, QPlainTextEdit):
            self.field.setPlainText(value or "")
        else:
            self.field.setText(value or "")

    def type_in(self, text: str) -> None:
        self._set(text)
        if isinstance(self.field, QLineEdit):
            self.field.editingFinished.emit()
        else:
            self._commit(text.strip() or None)


class TableEditor(Editor):
    """The repeating table (one row per key process, project, honour): typed cells, add and remove rows.
    The whole table is committed on every change; rows still being filled in are kept. A cell that cannot
    be taken (no number, out of range) is left out of its row, marked red with the reason as its tooltip,
    and named by :meth:`input_problem`; the row's other cells are committed."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.bad_cells: dict[tuple[int, int], str] = {}  # (row, column index) → reason, 0-based
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(question.columns), self)
        self.table.setAccessibleName(question.text)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next answer
        headers = [c.text + (f"（{c.unit}）" if c.unit else "") for c in question.columns]
        self.table.setHorizontalHeaderLabels(headers)
        for index, column in enumerate(question.columns):
            self.table.horizontalHeaderItem(index).setToolTip(column.help)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self._changed())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("＋ 添加一行"), self)
        self.remove_button = QPushButton(self.tr("删除选中行"), self)
        self.remove_button.setToolTip(self.tr("先点选要删除的行（点行号可选中整行）"))
        self.remove_button.setEnabled(False)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectedIndexes())))
        self._fit_height()

    def focus_widget(self) -> QWidget:
        return self.table

    def _cell_widget(self, column: Question) -> QComboBox | None:
        if column.type not in ("single", "yesno"):
            return None
        combo = QComboBox(self.table)
        combo.addItem(self.tr("请选择"), None)
        if column.type == "yesno":
            combo.addItem(self.tr("是"), True)
            combo.addItem(self.tr("否"), False)
        else:
            for option in column.options:
                combo.addItem(option.text, option.key)
        combo.currentIndexChanged.connect(lambda _i: self._changed())
        return combo

    def add_row(self, values: dict[str, Any] | None = None) -> None:
        self._setting_rows(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for index, column in enumerate(self.question.columns):
            widget = self._cell_widget(column)
            value = (values or {}).get(column.id)
            if widget is not None:
                widget.setCurrentIndex(max(widget.findData(value), 0) if value is not None else 0)
                self.table.setCellWidget(row, index, widget)
            else:
                item = QTableWidgetItem("" if value is None else str(value))
                if column.type in ("number", "percent"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, index, item)
        self._setting_rows(False)
        if values is None:
            self._changed()

    def _setting_rows(self, on: bool) -> None:
        self.table.blockSignals(on)
        if not on:
            self._fit_height()

    def _fit_height(self) -> None:
        """Show up to 12 rows without an inner scroll bar (the page scrolls instead)."""
        header = self.table.horizontalHeader().sizeHint().height()
        rows = sum(self.table.rowHeight(r) for r in range(min(self.table.rowCount(), 12)))
        self.table.setFixedHeight(max(header + rows + 2 * self.table.frameWidth() + 4, 110))

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._fit_height()
        self._changed()

    def read(self) -> tuple[list[dict[str, Any]], dict[tuple[int, int], str]]:
        """The rows as typed, without the cells that cannot be taken; and those cells with the reason."""
        rows: list[dict[str, Any]] = []
        bad: dict[tuple[int, int], str] = {}
        labels = {f"__label__{c.id}": f"本行“{c.text}”" for c in self.question.columns}
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for index, column in enumerate(self.question.columns):
                name = f"第{row + 1}行“{column.text}”"
                widget = self.table.cellWidget(row, index)
                if isinstance(widget, QComboBox):
                    value = widget.currentData()
                else:
                    item = self.table.item(row, index)
                    text = item.text() if item else ""
                    if column.type in ("number", "percent"):
                        try:
                            value = parse_number(text, column)
                        except ValueError as exc:
                            bad[(row, index)] = f"{name}：{exc}"
                            continue
                    else:
                        value = text.strip() or None
                if value is None:
                    continue
                problems = check_value(column, value, None, name)  # the cell on its own (type, range, length)
                if problems:
                    bad[(row, index)] = problems[0]
                else:
                    values[column.id] = value
            refs = {**values, **labels}  # bounds from the row's other cells (设备数 ≤ 本行设备总数)
            for index, column in enumerate(self.question.columns):
                if column.id in values:
                    problems = check_value(column, values[column.id], refs, f"第{row + 1}行“{column.text}”")
                    if problems:
                        bad[(row, index)] = problems[0]
            for (bad_row, index) in bad:
                if bad_row == row:
                    values.pop(self.question.columns[index].id, None)
            rows.append(values)
        return rows, bad

    def rows(self) -> list[dict[str, Any]]:
        """The table as it is committed (cells that cannot be taken left out; see :meth:`read`)."""
        return self.read()[0]

    def input_problem(self) -> str:
        if not self.bad_cells:
            return ""
        reasons = "；".join(self.bad_cells[key] for key in sorted(self.bad_cells))
        return reasons + self.tr("。标红的格未保存，同一行其他内容已保存")

    def raw_input(self) -> Any:
        """The text of the cells that could not be taken, by (row, column index)."""
        texts = {}
        for row, index in self.bad_cells:
            item = self.table.item(row, index)
            if item is not None:
                texts[(row, index)] = item.text()
        return texts or None

    def restore_input(self, raw: Any) -> None:
        self.table.blockSignals(True)
        try:
            for (row, index), text in dict(raw).items():
                item = self.table.item(row, index)
                if item is not None:
                    item.setText(text)
        finally:
            self.table.blockSignals(False)
        self._mark(self.read()[1])

    def _mark(self, bad: dict[tuple[int, int], str]) -> None:
        self.bad_cells = bad
        self.table.blockSignals(True)  # colours are no edits
        try:
            for row in range(self.table.rowCount()):
                for index in range(len(self.question.columns)):
                    item = self.table.item(row, index)
                    if item is None:
                        continue
                    reason = bad.get((row, index))
                    if reason:
                        item.setBackground(QColor(ERROR_BACKGROUND))
                        item.setForeground(QColor(ERROR_COLOUR))
                        item.setToolTip(reason)
                    elif item.toolTip():
                        item.setData(Qt.ItemDataRole.BackgroundRole, None)
                        item.setData(Qt.ItemDataRole.ForegroundRole, None)
                        item.setToolTip("")
        finally:
            self.table.blockSignals(False)

    def flush(self) -> None:
        """Finish a cell being edited, so what was typed is committed with the rest of the table."""
        editor = self.table.focusWidget() if self.table.state() == QAbstractItemView.State.EditingState else None
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        rows, _ = self.read()
        if (rows or None) != self.known:
            self._changed()

    def _changed(self) -> None:
        if self._setting:
            return
        rows, bad = self.read()
        self._mark(bad)
        self._commit(rows or None)

    def _set(self, value: Any) -> None:
        self._setting_rows(True)
        self.table.setRowCount(0)
        self._setting_rows(False)
        for row in value or []:
            self.add_row(dict(row))
        self._mark({})

    def fill(self, rows: list[dict[str, Any]]) -> None:
        """As a user would: add rows and type every cell (each edit commits)."""
        for values in rows:
            self.add_row()
            row = self.table.rowCount() - 1
            for index, column in enumerate(self.question.columns):
                value = values.get(column.id)
                if value is None:
                    continue
                widget = self.table.cellWidget(row, index)
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(widget.findData(value))
                else:
                    self.table.item(row, index).setText(str(value))


def make_editor(question: Question, parent: QWidget | None = None) -> Editor:
    if question.type in ("single", "multiple"):
        return ChoiceEditor(question, parent)
    if question.type == "yesno":
        return YesNoEditor(question, parent)
    if question.type in ("number", "percent"):
        return NumberEditor(question, parent)
    if question.type == "text":
        return TextEditor(question, parent)
    return TableEditor(question, parent)


def give(editor: Editor, value: Any) -> None:
    """Enter ``value`` through the editor's own controls, as a user would."""
    if isinstance(editor, ChoiceEditor | YesNoEditor):
        editor.choose(value)
    elif isinstance(editor, NumberEditor | TextEditor):
        editor.type_in("" if value is None else str(value))
    elif isinstance(editor, TableEditor):
        editor.fill(value)
