"""The widgets of one question on the questionnaire page: the question itself (:class:`QuestionBlock`: text,
“口径” link, editor, message area), the message area of fixed height under it (:class:`MessageLine`), and a
one-line label that elides instead of growing (:class:`ElidedLabel`). UI thread only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextLayout
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..questionnaire.model import Question
from .editors import Editor, make_editor
from .i18n import content

ERROR, WARNING = "#b3261e", "#8a5a00"
MUTED = "#5f6b7a"
MESSAGE_LINES = 2  # lines reserved under every question
LINK = "#2f6fb0"  # the colour of the 口径 link, and of 佐证材料 drawn as one
LINK_BUTTON_STYLE = (f"QPushButton {{ color: {LINK}; border: none; background: transparent; padding: 0;"
                     " margin: 0; text-align: left; }"
                     "QPushButton:pressed { color: #1d4f86; }")


class MessageLine(QWidget):
    """The message area under a question: always the same height (``MESSAGE_LINES`` lines), hidden but
    keeping its space when empty. Messages are shown in order; when they do not all fit, the last line ends
    with how many more there are (“另有 1 处，见右侧口径栏”), never a silent cut. The full text is the tooltip
    and is shown in the 口径 panel; ``clicked`` asks for that panel."""

    COLOURS: ClassVar[dict[str, str]] = {"error": ERROR, "warning": WARNING}
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = MESSAGE_LINES):
        super().__init__(parent)
        self.setObjectName("message")
        self._lines = lines
        self._items: list[tuple[str, str]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._fit()
        self.hide()

    def _fit(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(100, self.height())

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """``items``: (kind, text) with kind "error" or "warning", in the order shown."""
        if items == self._items:
            return
        self._items = list(items)
        text = self.text()
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setVisible(bool(items))
        self.update()

    def items(self) -> list[tuple[str, str]]:
        return list(self._items)

    def text(self) -> str:
        return "\n".join(text for _, text in self._items)

    def mousePressEvent(self, event: Any) -> None:
        if self._items:
            self.clicked.emit()
        super().mousePressEvent(event)

    def _wrap(self, text: str, width: int) -> list[str]:
        layout = QTextLayout(text, self.font())
        layout.beginLayout()
        lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(text[line.textStart():line.textStart() + line.textLength()])
        layout.endLayout()
        return lines or [""]

    def plan(self, width: int | None = None) -> list[tuple[str, str, str]]:
        """The lines as painted at ``width`` (the widget's by default): (kind, text, count), where count is
        "另有 N 处，见右侧口径栏" on the last line when messages after the one it shows do not fit."""
        width = max(width if width is not None else self.width(), 1)
        metrics = self.fontMetrics()
        wrapped = [(kind, self._wrap(text, width)) for kind, text in self._items]
        if sum(len(lines) for _, lines in wrapped) <= self._lines:
            return [(kind, line, "") for kind, lines in wrapped for line in lines]
        plan: list[tuple[str, str, str]] = []
        for number, (kind, lines) in enumerate(wrapped):
            for index, line in enumerate(lines):
                if len(plan) < self._lines - 1:
                    plan.append((kind, line, ""))
                    continue
                rest = "".join(lines[index:])
                later = len(wrapped) - number - 1
                count = self.tr("另有 {n} 处，见右侧口径栏").format(n=later) if later else ""
                room = width - (metrics.horizontalAdvance(self._joined("", count)) if count else 0)
                plan.append((kind, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, max(room, 1)), count))
                return plan
        return plan

    def shown_lines(self) -> list[str]:
        """What is painted, line by line (for tests and screen readers)."""
        return [self._joined(text, count) if count and text else text + count for _, text, count in self.plan()]

    def _joined(self, text: str, count: str) -> str:
        """A message line with "另有 N 处" after it."""
        return self.tr("{text}　{count}").format(text=text, count=count)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        y = metrics.ascent()
        for kind, text, count in self.plan():
            painter.setPen(QColor(self.COLOURS.get(kind, MUTED)))
            painter.drawText(QPoint(0, y), text)
            if count:
                painter.setPen(QColor(MUTED))
                painter.drawText(QPoint(self.width() - metrics.horizontalAdvance(count), y), count)
            y += metrics.lineSpacing()
        painter.end()


class ElidedLabel(QLabel):
    """One line of plain text that is shortened with “…” when too narrow: at the left by default (the end of
    a module title names the module), or where ``elide`` says. The full text is the tooltip. Its height never
    depends on the text."""

    def __init__(self, parent: QWidget | None = None, elide: Qt.TextElideMode = Qt.TextElideMode.ElideLeft,
                 shrink_to: float | None = None):
        super().__init__(parent)
        self._full = ""
        self._mode = elide
        self._shrink_to = shrink_to  # a title too long for its line first gets smaller, down to this point size
        self._size: float | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setFont(self, font: QFont | str | Sequence[str]) -> None:
        font = font if isinstance(font, QFont) else QFont(font)  # Qt also takes a family name or names
        super().setFont(font)
        self._size = font.pointSizeF()
        if self._shrink_to is not None:  # the line keeps the height of the full-size font
            margins = self.contentsMargins()
            self.setFixedHeight(QFontMetrics(font).height() + margins.top() + margins.bottom())

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 1)
        if self._shrink_to is not None and self._size is not None:
            font = QFont(self.font())
            size = self._size
            font.setPointSizeF(size)
            while size > self._shrink_to and QFontMetrics(font).horizontalAdvance(self._full) > width:
                size = max(self._shrink_to, size - 0.5)
                font.setPointSizeF(size)
            if font.pointSizeF() != self.font().pointSizeF():
                super().setFont(font)
        self.setText(self.fontMetrics().elidedText(self._full, self._mode, width))


class QuestionBlock(QFrame):
    """One question: its text with a “口径” link (no Tab stop), the editor, and the message area.
    ``activated``: the user clicked the question (the page shows its 口径 if the panel is open);
    ``help_requested``: the user clicked the link (the panel opens on it); ``attachments_requested(question
    id)``: the user clicked 佐证材料（N） (the page opens the evidence dialog of this question)."""

    activated = Signal()
    help_requested = Signal()
    attachments_requested = Signal(str)

    def __init__(self, part_id: str, question: Question, parent: QWidget | None = None,
                 ref_names: Mapping[str, str] | None = None):
        """``ref_names``: the text of the questions the answer's bounds refer to (shown with the field)."""
        super().__init__(parent)
        self.part_id = part_id
        self.question = question
        self.input_problem = ""  # the input that could not be saved, with the reason
        self.setObjectName("question")
        self.setProperty("current", False)
        self.setProperty("flash", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 4, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        title = "<b>{question}</b>" if question.required else self.tr("<b>{question}</b>（选填）")
        self.title = QLabel(title.format(question=escape(content(question.text))), self)
        self.title.setObjectName("question_text")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.title, 1)
        link = self.tr("口径")  # not inside the f-string: lupdate would not see it
        self.help_link = QLabel(f"<a href='help' style='color:{LINK}'>{link}</a>", self)
        self.help_link.setObjectName("help_link")
        self.help_link.setTextFormat(Qt.TextFormat.RichText)
        self.help_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.help_link.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F1 is the keyboard's way to the 口径
        self.help_link.setToolTip(self.tr("在右侧口径栏显示本题的填报口径（F1）"))
        self.help_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.help_link.linkActivated.connect(lambda _link: self.help_requested.emit())
        self.help_link.setVisible(bool(question.help))
        head.addWidget(self.help_link, 0, Qt.AlignmentFlag.AlignTop)
        self.attachments_button = QPushButton(self)
        self.attachments_button.setObjectName("attachments_button")
        # drawn as a link like 口径 (same blue, underlined, a hand): a grey label did not look clickable
        self.attachments_button.setFlat(True)
        self.attachments_button.setStyleSheet(LINK_BUTTON_STYLE)
        underlined = QFont(self.attachments_button.font())
        underlined.setUnderline(True)
        self.attachments_button.setFont(underlined)
        self.attachments_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from answer to answer
        self.attachments_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.attachments_button.setToolTip(self.tr("附上证明这道题答案的文件（证书、台账、照片等），随报告包交给区县"))
        self.attachments_button.clicked.connect(lambda: self.attachments_requested.emit(self.question.id))
        # as wide as its text with a two-digit count: a count appearing never narrows the question's text
        widest = max(self.tr("佐证材料"), self.tr("佐证材料（{n}）").format(n=88),
                     key=QFontMetrics(underlined).horizontalAdvance)
        self.attachments_button.setFixedWidth(QFontMetrics(underlined).horizontalAdvance(widest) + 4)
        head.addWidget(self.attachments_button, 0, Qt.AlignmentFlag.AlignTop)
        self.set_attachment_count(0)
        layout.addLayout(head)
        # what the district said about this question in a receipt (回执, 退回修改): shown only when it did
        self.district_note = QLabel(self)
        self.district_note.setObjectName("district_note")
        self.district_note.setWordWrap(True)
        self.district_note.setTextFormat(Qt.TextFormat.PlainText)
        self.district_note.setStyleSheet(f"color: {WARNING}; background: #fff3d6; padding: 3px 6px;"
                                         " border-radius: 3px;")
        self.district_note.hide()
        layout.addWidget(self.district_note)
        self.setProperty("district", False)
        self.editor: Editor = make_editor(question, self, ref_names)
        layout.addWidget(self.editor)
        self.message = MessageLine(self)
        self.message.clicked.connect(self.help_requested.emit)  # the whole text is in the 口径 panel
        layout.addWidget(self.message)

    def set_attachment_count(self, count: int) -> None:
        """Show how many evidence files the question has (``佐证材料（2）``; plain ``佐证材料`` when none)."""
        self.attachment_count = count
        if count:
            self.attachments_button.setText(self.tr("佐证材料（{n}）").format(n=count))
        else:
            self.attachments_button.setText(self.tr("佐证材料"))

    def set_district_note(self, reason: str, changed: bool) -> None:
        """Mark the question as one the district asked to change (an amber frame and its reason); ``changed``:
        the answer has been changed since, and is to be exported again."""
        text = self.tr("区县意见：{reason}").format(reason=reason)
        if changed:
            text += self.tr("（已修改，重新导出报告包后交给区县）")
        self.district_note.setText(text)
        self.district_note.setToolTip(text)
        self.district_note.show()
        self.set_flag("district", True)

    @property
    def district_reason(self) -> str:
        return self.district_note.text() if self.property("district") else ""

    def mousePressEvent(self, event: Any) -> None:
        self.activated.emit()
        super().mousePressEvent(event)

    def set_flag(self, name: str, on: bool) -> None:
        if bool(self.property(name)) == on:
            return
        self.setProperty(name, on)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()

    def show_message(self, text: str) -> None:
        """Show ``text`` as the only message (kept for callers of the earlier page)."""
        self.message.set_items([("error", text)] if text else [])
