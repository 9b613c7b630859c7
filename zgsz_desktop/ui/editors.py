"""One editor per question type, generated from the definition. Each emits ``committed(value)`` when the
user has given an answer (a click, leaving a field, editing a table cell); the page saves it at once.

Input that cannot be taken is never dropped silently: a number field keeps the typed text, turns red
(``set_invalid``) and emits ``invalid(reason)`` instead of committing; a table commits its rows with the
value saved before in each cell that cannot be taken (left out only when there was none), marks those cells
red and says which they are (``input_problem``). Geometry never changes with these marks, so nothing moves
under the cursor."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QTextLayout
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
    QStyle,
    QStyleOptionHeader,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..questionnaire.answers import check_value, is_answered
from ..questionnaire.model import Question
from .i18n import chinese_interface, content, error_text, said, tr

MUTED = "color: #5f6b7a;"
ERROR_COLOUR = "#b3261e"
ERROR_BACKGROUND = "#fdecea"
REQUIRED_BACKGROUND = "#fff3d6"  # light amber: a required cell of a started table still empty
REQUIRED_COMBO = (f"QComboBox {{ background: {REQUIRED_BACKGROUND}; border: 1px solid #d9b25f; border-radius: 2px;"
                  " padding: 1px 4px; }")
IDEOGRAPHIC_FULL_STOP = chr(0x3002)  # a decimal point typed with a Chinese input method
MARK_ROLE = Qt.ItemDataRole.UserRole + 1  # on a table item: "bad" or "required" while it is marked
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
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.editor.flush()
        elif event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.editor.flush()  # a plain text edit has no editingFinished
        return False


def _fmt(number: Decimal | None) -> str:
    return "" if number is None else f"{number.normalize():f}"


def shorten(text: str, limit: int = 16) -> str:
    """A question text short enough to be named inside another line ("…" when cut)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def plain(value: Any) -> str:
    """A cell value as typed: 20, 0.5, 数控车削."""
    if isinstance(value, bool):
        return QApplication.translate("editors", "是") if value else QApplication.translate("editors", "否")
    if isinstance(value, int | float):
        return _fmt(Decimal(str(value)))
    return str(value)


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


def exclusive_option(question: Question, key: str) -> bool:
    """Whether the option stands alone (无: unticks the others); an unknown key does not."""
    option = question.option(key)
    return option is not None and option.exclusive


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
            button.setAccessibleName(content(option.text))
            label = ClickableLabel(content(option.text), self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.clicked.connect(button.click)
            if option.help:
                label.setToolTip(content(option.help))
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            self.group.addButton(button)
            self.buttons[option.key] = button
            button.clicked.connect(lambda _checked=False, key=option.key: self._clicked(key))

    def _clicked(self, key: str) -> None:
        if not self.multiple:
            self._commit(key)
            return
        if self.buttons[key].isChecked():
            exclusive = exclusive_option(self.question, key)
            for other, button in self.buttons.items():  # 无 stands alone
                if other != key and (exclusive or exclusive_option(self.question, other)):
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

    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace(IDEOGRAPHIC_FULL_STOP, ".")
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

    def __init__(self, question: Question, parent: QWidget | None = None, ref_names: Mapping[str, str] | None = None):
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(self)
        self.field.setMaximumWidth(180)
        self.field.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.field.setAccessibleName(content(question.text))
        style_field(self.field)
        _CommitBeforeTab(self, self.field)
        layout.addWidget(self.field)
        unit = content(question.unit) or ("%" if question.type == "percent" else "")
        if unit:
            layout.addWidget(QLabel(unit, self))
        bounds = []
        if any(b is not None for b in (question.min, question.max, question.min_ref, question.max_ref)):
            bounds.append(self._range(question, ref_names or {}))
        if question.integer:
            bounds.append(self.tr("整数"))
        if bounds:
            hint = QLabel(self.tr("（{bounds}）").format(bounds=tr("，").join(bounds)), self)
            hint.setObjectName("bounds")
            hint.setStyleSheet(MUTED)
            layout.addWidget(hint)
        layout.addStretch(1)
        self.field.editingFinished.connect(self._finished)
        self._last = None

    def _range(self, question: Question, ref_names: Mapping[str, str]) -> str:
        """"0 – 100000"; with a bound from another answer "0 – 不超过从事研发设计的人员数"; with one end only
        "不小于 0" (never "0 – …")."""
        def name(ref: str) -> str:
            text = content(ref_names.get(ref, "")) or self.tr("另一题的答案")
            return shorten(text, 16 if chinese_interface() else 32)

        low, high = _fmt(question.min), _fmt(question.max)
        if question.min_ref:
            low = (self.tr("{low}，且不少于{name}") if low else self.tr("不少于{name}")).format(
                low=low, name=name(question.min_ref))
        if question.max_ref:
            high = (self.tr("{high}，且不超过{name}") if high else self.tr("不超过{name}")).format(
                high=high, name=name(question.max_ref))
        if low and high:
            return f"{low} – {high}"
        if low:
            return low if question.min_ref else self.tr("不小于 {n}").format(n=low)
        return high if question.max_ref else self.tr("不超过 {n}").format(n=high)

    def _finished(self) -> None:
        try:
            value = parse_number(self.field.text(), self.question)
        except ValueError as exc:
            self.set_invalid(True)
            self.invalid.emit(error_text(exc))
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
            self.field.setPlaceholderText(content(question.placeholder))
        self.field.setAccessibleName(content(question.text))
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


# where a header may break, full-width (Chinese) and ASCII: ( ) and after 、 ， , /
OPENING, CLOSING, AFTER = "(" + chr(0xFF08), ")" + chr(0xFF09), ",/" + chr(0x3001) + chr(0xFF0C)


def header_splits(text: str) -> list[tuple[str, str]]:
    """Sensible places to break a header in two: before an opening bracket (the unit: 设备总数 /（台（套））),
    after a closing one (完成（或计划完成）/ 年份), after 、，/ — never inside a bracket."""
    splits = []
    depth = 0
    for index, char in enumerate(text):
        if char in OPENING:
            if depth == 0 and index > 0:
                splits.append(index)
            depth += 1
        elif char in CLOSING:
            depth = max(depth - 1, 0)
            if depth == 0 and index + 1 < len(text):
                splits.append(index + 1)
        elif char in AFTER and depth == 0 and index + 1 < len(text):
            splits.append(index + 1)
    return [(text[:i], text[i:]) for i in dict.fromkeys(splits)]


def header_width(text: str, metrics: Any) -> int:
    """The narrowest a header can be on two lines broken at a sensible place (or half of it, unbroken)."""
    whole = metrics.horizontalAdvance(text)
    widths = [max(metrics.horizontalAdvance(a), metrics.horizontalAdvance(b)) for a, b in header_splits(text)]
    return min([whole, *widths]) if widths else (whole + 1) // 2


class WrapHeader(QHeaderView):
    """A horizontal table header whose labels wrap onto ``LINES`` lines (the last one ends in “…” when even
    that is too little; the whole label is the tooltip). Its height is that of ``LINES`` lines, whatever the
    labels, so a column made narrower never changes the table's height."""

    LINES = 2
    PADDING = 4

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSectionsClickable(True)  # a click selects the column, as in a plain table
        self.setHighlightSections(True)

    def label(self, index: int) -> str:
        model = self.model()
        text = model.headerData(index, self.orientation(), Qt.ItemDataRole.DisplayRole) if model else None
        return str(text or "")

    def _lines(self, text: str, width: int) -> list[str]:
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(text) <= width:
            return [text]
        fitting = [(a, b) for a, b in header_splits(text)
                   if max(metrics.horizontalAdvance(a), metrics.horizontalAdvance(b)) <= width]
        if fitting:  # the most even of the sensible breaks
            first, second = min(fitting, key=lambda p: abs(metrics.horizontalAdvance(p[0]) -
                                                           metrics.horizontalAdvance(p[1])))
            return [first, second]
        layout = QTextLayout(text, self.font())
        layout.beginLayout()
        lines: list[tuple[int, int]] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1))
            lines.append((line.textStart(), line.textLength()))
        layout.endLayout()
        if len(lines) <= self.LINES:
            return [text[start:start + length] for start, length in lines]
        shown = [text[start:start + length] for start, length in lines[:self.LINES - 1]]
        rest = text[lines[self.LINES - 1][0]:]
        return [*shown, self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, max(width, 1))]

    def wrapped_lines(self, index: int) -> int:
        """How many lines the label of column ``index`` takes at its present width."""
        return len(self._lines(self.label(index), self.sectionSize(index) - 2 * self.PADDING))

    def sectionSizeFromContents(self, index: int) -> QSize:
        size = super().sectionSizeFromContents(index)
        return QSize(size.width(), max(size.height(), self.fontMetrics().lineSpacing() * self.LINES + 10))

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, index)
        option.rect = rect
        option.text = ""  # the frame and background from the style, the label drawn here, wrapped
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        inner = rect.adjusted(self.PADDING, 2, -self.PADDING, -2)
        lines = self._lines(self.label(index), inner.width())
        spacing = self.fontMetrics().lineSpacing()
        top = inner.top() + (inner.height() - spacing * len(lines)) // 2
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(option.palette.color(option.palette.ColorRole.ButtonText))
        for number, line in enumerate(lines):
            painter.drawText(QRect(inner.left(), top + number * spacing, inner.width(), spacing),
                             int(Qt.AlignmentFlag.AlignCenter), line)
        painter.restore()


class TableEditor(Editor):
    """The repeating table (one row per key process, project, honour): typed cells, add and remove rows.
    The whole table is committed on every change; rows still being filled in are kept. A cell that cannot
    be taken (no number, out of range) is committed with the value it had when last committed or shown
    (:attr:`known`; the row number is its identity), or left out when it had none; it is marked red with the
    reason as its tooltip and named by :meth:`input_problem`. Required cells still empty are marked light
    amber, so a table left half done shows where to look.

    Columns keep a readable width by type (text wider than numbers) and share what is left; when they do
    not fit, the table scrolls sideways instead of squeezing them. Headers wrap onto two lines."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.bad_cells: dict[tuple[int, int], str] = {}  # (row, column index) → reason, 0-based
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(question.columns), self)
        self.table.setHorizontalHeader(WrapHeader(self.table))
        self.table.setAccessibleName(content(question.text))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next answer
        headers = [self.tr("{column}（{unit}）").format(column=content(c.text), unit=content(c.unit)) if c.unit
                   else content(c.text) for c in question.columns]
        self.headers = headers
        for index, column in enumerate(question.columns):
            header_item = QTableWidgetItem(headers[index])
            header_item.setToolTip(
                self.tr("{header}：{help}").format(header=headers[index], help=content(column.help)) if column.help
                else headers[index])
            self.table.setHorizontalHeaderItem(index, header_item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self._changed())
        self.table.viewport().installEventFilter(self)
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
        self._fit_columns()

    def focus_widget(self) -> QWidget:
        return self.table

    # ---------------------------------------------------------------- geometry

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()
        super().changeEvent(event)

    def minimum_widths(self) -> list[int]:
        """The narrowest each column may get: numbers ~90 px, choices their longest option, text wider; and
        at least half the header, which wraps onto two lines. In pixels of the table's font."""
        metrics = self.table.fontMetrics()
        han = metrics.horizontalAdvance(chr(0x4E2D))  # the width of one Chinese character
        widths = []
        for index, column in enumerate(self.question.columns):
            if column.type in ("number", "percent"):
                width = max(90, metrics.horizontalAdvance("0") * 9 + 16)
            elif column.type in ("single", "yesno"):
                texts = [content(o.text) for o in column.options] or [self.tr("请选择")]
                widest = max(metrics.horizontalAdvance(t) for t in [*texts, self.tr("请选择")])
                widest_allowed = han * (12 if chinese_interface() else 30)  # English options are ~twice as wide
                width = min(max(widest + 44, 100), widest_allowed + 44)
            else:
                width = max(160, han * 10 + 16)
            header = self.headers[index]
            width = max(width, min(header_width(header, metrics) + 2 * WrapHeader.PADDING + 8, han * 14))
            widths.append(width)
        return widths

    def _fit_columns(self) -> None:
        """Give each column its minimum and share the rest (text columns take more); when the minimums do
        not fit, keep them and let the table scroll sideways."""
        minimums = self.minimum_widths()
        available = self.table.viewport().width()
        extra = available - sum(minimums)
        widths = list(minimums)
        if extra > 0:
            weights = [3 if c.type == "text" else 1 for c in self.question.columns]
            shares = [extra * w // sum(weights) for w in weights]
            shares[-1] += extra - sum(shares)
            widths = [m + s for m, s in zip(minimums, shares, strict=True)]
        header = self.table.horizontalHeader()
        for index, width in enumerate(widths):
            if header.sectionSize(index) != width:
                header.resizeSection(index, width)
        self._fit_height(scrolls=extra < 0)

    def _fit_height(self, scrolls: bool | None = None) -> None:
        """Show up to 12 rows without an inner scroll bar (the page scrolls instead), plus the sideways
        scroll bar when the columns do not fit."""
        if scrolls is None:
            scrolls = sum(self.minimum_widths()) > self.table.viewport().width()
        header = self.table.horizontalHeader().sizeHint().height()
        rows = sum(self.table.rowHeight(r) for r in range(min(self.table.rowCount(), 12)))
        bar = self.table.horizontalScrollBar().sizeHint().height() if scrolls else 0
        self.table.setFixedHeight(max(header + rows + bar + 2 * self.table.frameWidth() + 4, 110 + bar))

    # ---------------------------------------------------------------- rows

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
                combo.addItem(content(option.text), option.key)
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

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        known = list(self.known or [])
        for row in rows:
            self.table.removeRow(row)
            if row < len(known):
                del known[row]  # the rows below move up, and what they had saved with them
        self._known = known or None
        self._fit_height()
        self._changed()

    # ---------------------------------------------------------------- reading and marking

    def _saved_row(self, row: int) -> dict[str, Any]:
        known = self.known
        if isinstance(known, list) and row < len(known) and isinstance(known[row], dict):
            return known[row]
        return {}

    def read(self) -> tuple[list[dict[str, Any]], dict[tuple[int, int], str]]:
        """The rows to commit, and the cells that cannot be taken with the reason. Such a cell keeps its
        saved value (the row of :attr:`known` with the same number) when that value still fits the row;
        otherwise it is left out of the row."""
        rows: list[dict[str, Any]] = []
        bad: dict[tuple[int, int], str] = {}
        columns = self.question.columns
        labels = {f"__label__{c.id}": self.tr("本行“{column}”").format(column=content(c.text)) for c in columns}
        for row in range(self.table.rowCount()):
            names = [self.tr("第{row}行“{column}”").format(row=row + 1, column=content(column.text))
                     for column in columns]
            saved = self._saved_row(row)
            values: dict[str, Any] = {}
            kept: dict[int, Any] = {}  # column index → the saved value committed instead of the input
            for index, column in enumerate(columns):
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
                            bad[(row, index)] = self.tr("{cell}：{problem}").format(cell=names[index], problem=exc)
                            continue
                    else:
                        value = text.strip() or None
                if value is None:
                    continue
                problems = check_value(column, value, None, names[index])  # the cell on its own
                if problems:
                    bad[(row, index)] = said(problems[0])
                else:
                    values[column.id] = value
            for (bad_row, index) in list(bad):
                old = saved.get(columns[index].id)
                if bad_row == row and is_answered(old) and not check_value(columns[index], old, None, ""):
                    values[columns[index].id] = kept[index] = old
            # bounds from the row's other cells (设备数 ≤ 本行设备总数); each round settles one cell
            for _ in range(2 * len(columns)):
                refs = {**values, **labels}
                failing = next(((i, c, p[0]) for i, c in enumerate(columns) if c.id in values
                                and (p := check_value(c, values[c.id], refs, names[i]))), None)
                if failing is None:
                    break
                index, column, problem = failing
                if index in kept:  # the saved value does not fit what is typed now: left out
                    del values[column.id], kept[index]
                    continue
                bad[(row, index)] = said(problem)
                old = saved.get(column.id)
                if is_answered(old) and old != values[column.id]:
                    values[column.id] = kept[index] = old
                else:
                    del values[column.id]
            for (bad_row, index), reason in list(bad.items()):
                if bad_row != row:
                    continue
                if index in kept:
                    text = self.tr("{reason}（未保存，原值 {value} 仍有效）")
                elif is_answered(saved.get(columns[index].id)):
                    text = self.tr("{reason}（未保存，本格暂为空）")
                else:
                    text = self.tr("{reason}（未保存，本格仍未填写）")
                bad[(row, index)] = text.format(reason=reason, value=plain(kept[index]) if index in kept else "")
            rows.append(values)
        return rows, bad

    def rows(self) -> list[dict[str, Any]]:
        """The table as it is committed (see :meth:`read`)."""
        return self.read()[0]

    def input_problem(self) -> str:
        if not self.bad_cells:
            return ""
        reasons = tr("；").join(self.bad_cells[key] for key in sorted(self.bad_cells))
        return self.tr("{problems}。同一行其他内容已保存").format(problems=reasons)

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
        """Red for the cells that cannot be taken; light amber for required cells still empty."""
        self.bad_cells = bad
        required = self.tr("必填，尚未填写")
        self.table.blockSignals(True)  # colours are no edits
        try:
            for row in range(self.table.rowCount()):
                for index, column in enumerate(self.question.columns):
                    widget = self.table.cellWidget(row, index)
                    if isinstance(widget, QComboBox):
                        empty = column.required and widget.currentData() is None
                        if bool(widget.property("required_empty")) != empty:
                            widget.setProperty("required_empty", empty)
                            widget.setStyleSheet(REQUIRED_COMBO if empty else "")
                            widget.setToolTip(required if empty else "")
                        continue
                    item = self.table.item(row, index)
                    if item is None:
                        continue
                    reason = bad.get((row, index))
                    if reason:
                        item.setData(MARK_ROLE, "bad")
                        item.setBackground(QColor(ERROR_BACKGROUND))
                        item.setForeground(QColor(ERROR_COLOUR))
                        item.setToolTip(reason)
                    elif column.required and not item.text().strip():
                        if item.data(MARK_ROLE) != "required":
                            item.setData(MARK_ROLE, "required")
                            item.setBackground(QColor(REQUIRED_BACKGROUND))
                            item.setData(Qt.ItemDataRole.ForegroundRole, None)
                            item.setToolTip(required)
                    elif item.data(MARK_ROLE):
                        item.setData(MARK_ROLE, None)
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
                    item = self.table.item(row, index)
                    if item is None:  # add_row gives every text cell an item; a cell without one gets it here
                        item = QTableWidgetItem()
                        self.table.setItem(row, index, item)
                    item.setText(str(value))


def make_editor(question: Question, parent: QWidget | None = None, ref_names: Mapping[str, str] | None = None
                ) -> Editor:
    """The editor of ``question``; ``ref_names``: the text of the questions its bounds refer to."""
    if question.type in ("single", "multiple"):
        return ChoiceEditor(question, parent)
    if question.type == "yesno":
        return YesNoEditor(question, parent)
    if question.type in ("number", "percent"):
        return NumberEditor(question, parent, ref_names)
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
