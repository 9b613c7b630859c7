"""退回修改…: the questions of the submission in a searchable list with the enterprise's answers; the clerk ticks the
ones to return and writes a reason for each (the district's 核查提示 for this submission are pre-filled in the
general note, editable), and signs with name and contact (remembered in QSettings for next time). The dialog only
collects: the page records the decision (``district.receipts.record_review``)."""

from __future__ import annotations

import re
from itertools import combinations
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...package.receipt import Reason
from ..i18n import QT_TR_NOOP, answer, chinese_interface, content, said
from .common import Index, refilter, shown, tr

CLERK_KEY = "district/clerk"
CONTACT_KEY = "district/clerk_contact"
HEADERS = (QT_TR_NOOP("退回"), QT_TR_NOOP("问卷"), QT_TR_NOOP("题号"), QT_TR_NOOP("题目"), QT_TR_NOOP("企业的回答"),
           QT_TR_NOOP("理由（写给企业）"))
TICK, QUESTIONNAIRE, NUMBER, TEXT, ANSWER, REASON = range(6)
ANSWER_LIMIT = 120  # characters of an answer the core keeps (district.receipts.package_questions, receipt_history)


def _question(questionnaire_id: str, question_id: str) -> Any:
    """The shipped question (newest version of its questionnaire), or None when this version does not know it."""
    from ...errors import UserError
    from ...questionnaire.definitions import get_questionnaire

    try:
        questionnaire = get_questionnaire(questionnaire_id)
    except (KeyError, UserError):
        return None
    return questionnaire.question(question_id) if questionnaire.has_question(question_id) else None


def _number(text: str) -> int | float | None:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return None


def _chosen_options(question: Any, text: str) -> list[list[str]]:
    """The options a multiple choice that reads ``text`` may hold: their texts, in the options' order, joined with
    、 (an option's own text may hold a 、 too). A text the core cut short (``text.visible``: …（共 n 个字符）) ends
    inside an option; the options after it are not known, so each choice of them is a candidate."""
    cut = re.match(r"(?s)(.*)\u2026\uff08\u5171 \d+ \u4e2a\u5b57\u7b26\uff09$", text)
    shown = cut[1] if cut else text
    keys: list[str] = []
    position, last = 0, -1
    for index, option in enumerate(question.options):
        end = position + len(option.text)
        whole = shown.startswith(option.text, position) and (end == len(shown) or shown[end] == chr(0x3001))
        if whole or (cut and position < len(shown) and option.text.startswith(shown[position:])):
            keys.append(option.key)
            position, last = end + 1, index
            if position > len(shown):
                break
    rest = [o.key for o in question.options[last + 1:]] if cut else []
    if len(rest) > 8:  # more than a few hundred choices: not read back
        rest = []
    return [[*keys, *chosen] for size in range(len(rest) + 1) for chosen in combinations(rest, size)]


def _candidates(question: Any, text: str) -> list[Any]:
    """The answers that may read ``text`` (``display_value``'s Chinese, perhaps cut short by ``text.visible``):
    each is checked by reading it again."""
    found: list[Any] = [None]
    if question.type == "single":
        found += [o.key for o in question.options]
    elif question.type == "multiple":
        found += _chosen_options(question, text)
    elif question.type == "yesno":
        found += [True, False]
    elif question.type == "percent":
        found.append(_number(text.removesuffix("%")))
    elif question.type == "number":
        found.append(_number(text.removesuffix(question.unit or "")))
    elif question.type == "table":
        count = _number(text.removesuffix(" " + chr(0x9879)))  # "3 项": a table's rows
        if isinstance(count, int) and 0 < count <= 10000:
            found.append([{}] * count)
    return found


def answer_words(questionnaire_id: str, question_id: str, text: str) -> str:
    """An answer the core wrote as it reads in Chinese (``questionnaire.display.display_value``: 未填写, an option's
    text, 12台) as the interface shows answers (``i18n.answer``: options from the translation, units spaced). The
    Chinese is read back to the answer, and used only when reading that answer again gives the same Chinese; any
    other text (cut short, from another version of the questionnaire) is looked up as content, else shown as
    written. In Chinese: the text itself."""
    if chinese_interface() or not text:
        return text
    from ...questionnaire.display import display_value
    from ...text import visible

    question = _question(questionnaire_id, question_id)
    if question is not None:
        for value in _candidates(question, text):
            if visible(display_value(question, value), ANSWER_LIMIT) == text:  # as the core wrote it
                return answer(question, value)
    return content(text)


class QuestionsModel(QAbstractTableModel):
    """The questions (``receipts.QuestionRow``), a tick and a reason per question."""

    def __init__(self, rows: list[Any], parent: Any = None):
        super().__init__(parent)
        self.rows = rows
        # each answer as the interface shows it, worked out once (the table asks for it at every paint)
        self.answers = [answer_words(row.questionnaire_id, row.question_id, row.answer) for row in rows]
        self.ticked: set[int] = set()
        self.reasons: dict[int, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TICK:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == REASON:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == TICK:
            return Qt.CheckState.Checked if index.row() in self.ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = {QUESTIONNAIRE: content(row.questionnaire_title), NUMBER: str(row.number),
                      TEXT: content(row.text), ANSWER: shown(self.answers[index.row()]),
                      REASON: self.reasons.get(index.row(), "")}
            return values.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TEXT, ANSWER):
            return f"{content(row.module_title)} · {content(row.text)}\n{shown(self.answers[index.row()], 1000)}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if index.column() == TICK and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            (self.ticked.add if on else self.ticked.discard)(index.row())
        elif index.column() == REASON and role == Qt.ItemDataRole.EditRole:
            self.reasons[index.row()] = str(value)
            if str(value).strip():
                self.ticked.add(index.row())  # writing a reason ticks the question
            self.dataChanged.emit(self.index(index.row(), TICK), self.index(index.row(), TICK))
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def chosen(self) -> list[Reason]:
        return [Reason(self.rows[i].questionnaire_id, self.rows[i].question_id, self.rows[i].text,
                       self.reasons.get(i, "").strip()) for i in sorted(self.ticked)]


class SearchFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.terms: list[str] = []

    def set_search(self, text: str) -> None:
        def change() -> None:
            self.terms = text.casefold().split()

        refilter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not self.terms or not isinstance(model, QuestionsModel):
            return True
        row = model.rows[source_row]
        shown_answer = model.answers[source_row]  # the answer as shown, and as the core wrote it
        haystack = (f"{row.number} {row.question_id} {content(row.text)} {shown_answer} {row.answer} "
                    f"{content(row.module_title)}")
        return all(term in haystack.casefold() for term in self.terms)


class ReviewDialog(QDialog):
    """``questions``: ``receipts.package_questions``; ``suggestions``: ``receipts.suggested_reasons``."""

    def __init__(self, enterprise: str, period_text: str, questions: list[Any], suggestions: list[Reason],
                 settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("退回修改 — {enterprise}").format(enterprise=shown(enterprise, 40)))
        self.resize(980, 640)
        intro = QLabel(self.tr("{enterprise}　{period}：勾选要企业修改的题目，并写明理由（双击“理由”一栏填写）。"
                               "理由和整体意见写入回执，企业在软件中逐条看到。")
                       .format(enterprise=shown(enterprise, 60), period=period_text), self)
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("question_search")
        self.search.setPlaceholderText(self.tr("搜索题号、题目或企业的回答"))
        self.search.setClearButtonEnabled(True)
        self.model = QuestionsModel(questions, self)
        self.proxy = SearchFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = QTableView(self)
        self.table.setObjectName("questions")
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in ((TICK, 44), (QUESTIONNAIRE, 110), (NUMBER, 44), (TEXT, 300), (ANSWER, 180)):
            if column in (TICK, NUMBER):  # narrow columns: a longer language's heading must still show whole
                width = max(width, header.sectionSizeHint(column))
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("整体意见（可选）：不针对某一道题的说明"))
        self.note.setPlainText("\n".join(said(s.reason) for s in suggestions))
        self.note.setMaximumHeight(90)
        self.clerk = QLineEdit(str(settings.value(CLERK_KEY, "") or ""), self)
        self.clerk.setObjectName("clerk")
        self.contact = QLineEdit(str(settings.value(CONTACT_KEY, "") or ""), self)
        self.contact.setObjectName("contact")
        form = QFormLayout()
        form.addRow(self.tr("整体意见"), self.note)
        form.addRow(self.tr("经办人"), self.clerk)
        form.addRow(self.tr("联系电话"), self.contact)
        if suggestions:
            hint = QLabel(self.tr("整体意见中已填入本区县对这份报送的核查提示，可修改或删去。"), self)
            hint.setStyleSheet("color: #6b7280;")
            form.addRow("", hint)
        self.message = QLabel("", self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b42318;")
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("退回修改"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("return_button")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def reasons(self) -> list[Reason]:
        return self.model.chosen()

    def check_and_accept(self) -> None:
        """Say what is missing here rather than after a refusal from the core."""
        chosen = self.reasons()
        if any(not r.reason for r in chosen):
            self.message.setText(self.tr("请为每道勾选的题目写明理由"))
            return
        if not chosen and not self.note.toPlainText().strip():
            self.message.setText(self.tr("请至少勾选一道题目并写明理由，或填写整体意见"))
            return
        if not self.clerk.text().strip():
            self.message.setText(self.tr("请填写经办人姓名（写入回执，企业据此联系）"))
            self.clerk.setFocus()
            return
        self.settings.setValue(CLERK_KEY, self.clerk.text().strip())
        self.settings.setValue(CONTACT_KEY, self.contact.text().strip())
        self.accept()
