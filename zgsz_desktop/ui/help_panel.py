"""The 口径 panel beside the questions: the help text of one question at a time (the one with the keyboard
focus, or whose “口径” link was clicked last), the notes of its options and columns, and the full text of
the messages shown under it (which may be cut short there).

Display only; the questionnaire page decides which question it shows. UI thread only.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ..questionnaire.model import Question
from .i18n import content, tr

MUTED = "#5f6b7a"
COLOURS = {"error": "#b3261e", "warning": "#8a5a00"}


def _label(parent: QWidget, object_name: str, style: str = "", rich: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: Tab goes from answer to answer
    if style:
        label.setStyleSheet(style)
    return label


class HelpPanel(QFrame):
    """``jump(questionnaire id, question id)``: a “另见” link was clicked; ``closed``: the user hid the panel."""

    jump = Signal(str, str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("help_panel")
        self.setMinimumWidth(200)
        self.current: tuple[str, str] | None = None  # (questionnaire id, question id) shown
        head = QHBoxLayout()
        head.setContentsMargins(8, 4, 4, 4)
        title = QLabel(self.tr("<b>填报口径</b>"), self)
        head.addWidget(title, 1)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("收起口径栏（F1 再次打开）"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.closed.emit)
        head.addWidget(self.close_button)

        body = QWidget()
        body.setObjectName("help_body")
        column = QVBoxLayout(body)
        column.setContentsMargins(10, 4, 10, 10)
        column.setSpacing(8)
        self.location = _label(body, "help_location", f"color: {MUTED};")
        self.question = _label(body, "help_question", "font-weight: bold;")
        self.help = _label(body, "help_text")
        self.details = _label(body, "help_details", f"color: {MUTED};", rich=True)
        self.notes = QLabel(body)
        self.notes.setObjectName("help_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.notes.linkActivated.connect(self._link)
        for widget in (self.location, self.question, self.help, self.details, self.notes):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("help_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        self.setStyleSheet("QFrame#help_panel { background: #f6f8fa; border-left: 1px solid #d8dee4; }"
                           "QWidget#help_body { background: #f6f8fa; }")
        self.clear()

    def clear(self) -> None:
        self.current = None
        self.help.setText(self.tr("把光标放在答题框中，或点击题目旁的“口径”，这里显示该题的填报口径。"
                                  "按 F1 打开或收起本栏。"))
        for label in (self.location, self.question, self.details, self.notes):
            label.setText("")
            label.hide()

    def show_question(self, questionnaire_id: str, question: Question, location: str, notes: list[tuple[str, str]]
                      ) -> None:
        """Show ``question`` (``location``: 问卷 · 模块); ``notes`` as (kind, html) with kind error/warning."""
        self.current = (questionnaire_id, question.id)
        self.location.setText(location)
        self.question.setText(content(question.text))
        self.location.show()
        self.question.show()
        self.help.setText(content(question.help) or self.tr("本题没有另外的口径说明。"))
        self.details.setText(self._details(question))
        self.details.setVisible(bool(self.details.text()))
        self.set_notes(notes)

    def set_notes(self, notes: list[tuple[str, str]]) -> None:
        """The messages of the shown question in full (html; ``<a href="qid|question_id">`` links jump)."""
        lines = [f"<p style='color:{COLOURS.get(kind, MUTED)}; margin:0 0 6px 0'>{html}</p>" for kind, html in notes]
        self.notes.setText("".join(lines))
        self.notes.setVisible(bool(lines))

    def text(self) -> str:
        """Everything shown, as plain text (for tests and for copying)."""
        parts = [self.location.text(), self.question.text(), self.help.text(), self.details.text(),
                 self.notes.text()]
        return "\n".join(p for p in parts if p)

    @staticmethod
    def _details(question: Question) -> str:
        rows = []
        if question.unit:
            rows.append(tr("单位：{unit}").format(unit=escape(content(question.unit))))
        note = tr("<b>{name}</b>：{note}")
        rows += [note.format(name=escape(content(o.text)), note=escape(content(o.help)))
                 for o in question.options if o.help]
        rows += [note.format(name=escape(content(c.text)), note=escape(content(c.help)))
                 for c in question.columns if c.help]
        return "<br>".join(rows)

    def _link(self, target: str) -> None:
        questionnaire_id, _, question_id = target.partition("|")
        if question_id:
            self.jump.emit(questionnaire_id, question_id)
