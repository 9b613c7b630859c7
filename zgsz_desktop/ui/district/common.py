"""Small shared pieces of the district screens: number formats, colours, cards, opening a file, and text
from outside (names, contacts, file names in packages and rosters) made visible before it is shown."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...text import visible
from ..i18n import QT_TR_NOOP, chinese_interface

# tr is re-exported for the district screens (``as tr``: explicitly); its context is "", where lupdate puts free
# tr() calls (see ..i18n)
from ..i18n import tr as tr

# a cell of a model as Qt hands it to the overrides (rowCount, data, filterAcceptsRow …)
Index = QModelIndex | QPersistentModelIndex

GOOD, BAD, WARN, MUTED, INK = "#1f6f43", "#b3261e", "#a15c00", "#5f6b7a", "#1d2733"
CARD_STYLE = "#card { background: #f4f6f8; border-radius: 8px; }"
# labels shown in the interface language: marked here, translated where shown (tr(...))
STAR_NAMES = {0: QT_TR_NOOP("未达三星"), 3: QT_TR_NOOP("三星"), 4: QT_TR_NOOP("四星"), 5: QT_TR_NOOP("五星")}
# the questionnaires by their role (resources/questionnaire-roles.yaml), each with its short name
QUESTIONNAIRE_NAMES = {"plan_indicators": QT_TR_NOOP("南通核心指标"), "maturity_level": QT_TR_NOOP("工信部评测")}
# MIIT levels as the core stores them (data: compared and sorted in Chinese), lowest first; shown through tr()
LEVELS = (QT_TR_NOOP("未完成"), QT_TR_NOOP("未达到一级"), QT_TR_NOOP("一级"), QT_TR_NOOP("二级"),
          QT_TR_NOOP("三级"), QT_TR_NOOP("四级"))
# the core's Chinese punctuation, to take its texts apart (never shown on their own)
FULL_STOP = chr(0x3002)  # 。 ends a message of the core
LIST_COMMA = chr(0x3001)  # 、 joins the names in a list of the core


def shown(text: object, limit: int | None = 200) -> str:
    """Text from outside as it is shown: hidden characters written out as ``⟦U+202E⟧``, cut when very long
    (``text.visible``). Every name, contact, file name or package field on a district screen goes through it."""
    return visible(text, limit)


def shown_lines(text: object, limit: int | None = 2000) -> str:
    """A message of several lines (an error naming files or rows): each line made visible, the line breaks
    kept."""
    return "\n".join(visible(line, limit) for line in ("" if text is None else str(text)).split("\n"))


def percent(value: float | None, digits: int = 1) -> str:
    """A fraction as a percentage; ``—`` when there is no figure."""
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def stars(value: int | None) -> str:
    if value is None:
        return ""
    name = STAR_NAMES.get(int(value))
    return tr(name) if name else tr("{n}星").format(n=value)


def level_name(level: str | None) -> str:
    """A MIIT level (``一级`` … as stored) in the interface language; an unknown one as it is."""
    if not level:
        return ""
    return tr(level) if level in LEVELS else shown(level, 60)


def listed(items: Iterable[str]) -> str:
    """Names in a list as a sentence shows them (``A、B、C`` in Chinese, ``A, B, C`` in English)."""
    return tr("、").join(items)


def sentences(*parts: str) -> str:
    """Whole sentences, each translated on its own, one after the other: Chinese runs them together, other
    languages leave a space between them."""
    return ("" if chinese_interface() else " ").join(part for part in parts if part)


def without_full_stop(text: str) -> str:
    """A sentence without its final full stop (Chinese or Western), to be continued by a template."""
    return text.rstrip(FULL_STOP + ".")


def awarded(value: int | None) -> str:
    """A star already awarded: 0 means none (not “未达三星”, which is an estimate's word)."""
    if value is None:
        return ""
    return tr("无") if not value else stars(value)


def questionnaire_name(questionnaire_id: str) -> str:
    """A questionnaire's short name; a whole submission's ids joined by ``+`` (a format 2 package) by ``、``."""
    if "+" in questionnaire_id:
        return listed(questionnaire_name(part) for part in questionnaire_id.split("+"))
    from ...questionnaire import roles

    name = next((label for role, label in QUESTIONNAIRE_NAMES.items()
                 if roles.questionnaire_with_role(role) == questionnaire_id), None)
    return tr(name) if name else visible(questionnaire_id, 60)


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A rounded grey panel (the same look as the enterprise results cards)."""
    frame = QFrame(parent)
    frame.setObjectName("card")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(4)
    return frame, layout


def muted(text: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    if "&" in text and not QtGui.Qt.mightBeRichText(text):  # escaped text (R&amp;D, People&#x27;s) reads as written
        label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(f"color: {MUTED};")
    label.setWordWrap(wrap)
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(f"<span style='font-size:14pt'>{text}</span>", parent)
    label.setContentsMargins(0, 10, 0, 2)
    return label


def refilter(proxy: Any, change: Callable[[], None]) -> None:
    """Change a proxy's filter state and re-filter its rows (the Qt 6.10+ way where available)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:
        change()
        proxy.invalidateFilter()


def open_path(path: Path) -> bool:
    """Open a file or folder with the system's application (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def row_table(parent: QWidget | None, name: str, model: Any, *, single: bool = False,
              alternating: bool = False) -> QTableView:
    """A read-only table of rows as every district list shows one: whole rows selected, one line per row,
    no row numbers, columns the user can resize and the last one stretched."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(alternating)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fit_headers(table: QTableView) -> None:
    """Outside Chinese, widen each column to its header's text at least (the widths set for the Chinese headers
    are too narrow for English ones); the Chinese interface keeps the widths as set."""
    if chinese_interface():
        return
    header = table.horizontalHeader()
    for column in range(header.count()):
        table.setColumnWidth(column, max(table.columnWidth(column), header.sectionSizeHint(column)))


def when_rows_change(model: Any, slot: Callable[..., Any]) -> None:
    """Call ``slot`` whenever the rows a (filtered) model shows change."""
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
        signal.connect(slot)
