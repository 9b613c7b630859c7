"""Find text a window cuts off: a label, button, check box, tab, list item or group title narrower (or, when it
wraps, lower) than its text needs, a shortened title, and text escaped for rich text but shown as plain
(``&quot;`` on screen). Used with the pseudo-locale (every text 40 % longer, see
``zgsz_desktop/translations.py``) by the tests and by ``tools/screenshots.py --check``, so that a language
longer than Chinese never loses words off the edge of a button."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QListView,
    QScrollArea,
    QTabBar,
    QWidget,
)

TOLERANCE = 2  # pixels: rounding between the style's hint and the real width


@dataclass(frozen=True)
class Clipped:
    widget: str  # class and object name
    text: str
    need: int
    have: int

    def __str__(self) -> str:
        return f"{self.widget}: {self.text[:70]!r} needs {self.need}px, has {self.have}px"


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName()})" if widget.objectName() else type(widget).__name__


def _inside_scrolling(widget: QWidget) -> bool:
    """A widget in a scroll area that scrolls sideways can be wider than what shows: it is not clipped."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widgetResizable() is False:
            return True
        parent = parent.parentWidget()
    return False


def clipped_texts(root: QWidget) -> list[Clipped]:
    """Every visible widget under ``root`` whose text does not fit in it."""
    found: list[Clipped] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or _inside_scrolling(widget):
            continue
        full_text = getattr(widget, "full_text", None)
        if isinstance(widget, QLabel) and callable(full_text) and full_text() and widget.text() != full_text():
            found.append(Clipped(_name(widget) + " (shortened)", full_text(), 0, widget.width()))
        elif isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QListView) and not widget.wordWrap():
            found += _list_items(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + TOLERANCE < widget.sizeHint().width():
                found.append(Clipped(_name(widget), widget.text(), widget.sizeHint().width(), widget.width()))
        elif isinstance(widget, QGroupBox) and widget.title():
            if widget.width() + TOLERANCE < widget.minimumSizeHint().width():
                found.append(Clipped(_name(widget), widget.title(), widget.minimumSizeHint().width(),
                                     widget.width()))
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QComboBox) and widget.currentText():
            need = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if widget.width() - 30 + TOLERANCE < need:  # the arrow and the frame take about 30 px
                found.append(Clipped(_name(widget), widget.currentText(), need + 30, widget.width()))
    return found


_ENTITY = re.compile(r"&(?:quot|amp|lt|gt|#x?[0-9a-fA-F]+);")


def _label(label: QLabel) -> list[Clipped]:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    plain = label.textFormat() == Qt.TextFormat.PlainText or (
        label.textFormat() == Qt.TextFormat.AutoText and not Qt.mightBeRichText(label.text()))
    if plain and _ENTITY.search(label.text()):  # escaped for rich text, shown as plain: "&quot;" on screen
        return [Clipped(_name(label) + " (HTML entity shown as text)", label.text(), 0, label.width())]
    if label.wordWrap():
        need = label.heightForWidth(label.width()) if label.hasHeightForWidth() else -1
        have = label.height()
        if need > have + TOLERANCE:
            return [Clipped(_name(label) + " (height)", label.text(), need, have)]
        return []
    need = label.minimumSizeHint().width()
    if label.width() + TOLERANCE < need:
        return [Clipped(_name(label), label.text(), need, label.width())]
    return []


def _tabs(bar: QTabBar) -> list[Clipped]:
    """A tab narrower than its text (Qt then elides it with "…"); tabs scrolled out of sight are not clipped."""
    found = []
    for index in range(bar.count()):
        text = bar.tabText(index).replace("&", "")
        need = bar.fontMetrics().horizontalAdvance(text) + 8  # the tab's own padding, at the least
        have = bar.tabRect(index).width()
        if text and have + TOLERANCE < need:
            found.append(Clipped(f"{_name(bar)}[{index}]", text, need, have))
    return found


def _list_items(view: QListView) -> list[Clipped]:
    """A list whose items are cut (elided or running past the edge): the text is wider than the item's room."""
    found = []
    model = view.model()
    if model is None:
        return found
    room = view.viewport().width()
    for row in range(model.rowCount()):
        text = str(model.index(row, 0).data() or "")
        need = view.fontMetrics().horizontalAdvance(text) + 12  # the item's padding, at the least
        if text and room + TOLERANCE < need:
            found.append(Clipped(f"{_name(view)}[{row}]", text, need, room))
    return found
