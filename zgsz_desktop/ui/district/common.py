"""Small shared pieces of the district screens: number formats, colours, cards, opening a file, and text
from outside (names, contacts, file names in packages and rosters) made visible before it is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...text import visible

GOOD, BAD, WARN, MUTED, INK = "#1f6f43", "#b3261e", "#a15c00", "#5f6b7a", "#1d2733"
CARD_STYLE = "#card { background: #f4f6f8; border-radius: 8px; }"
STAR_NAMES = {0: "未达三星", 3: "三星", 4: "四星", 5: "五星"}
QUESTIONNAIRES = {"nantong-zgsz-core": "南通核心指标", "miit-sme-2024": "工信部评测"}


def tr(text: str) -> str:
    return QCoreApplication.translate("district", text)


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
    return "" if value is None else tr(STAR_NAMES.get(int(value), f"{value}星"))


def awarded(value: int | None) -> str:
    """A star already awarded: 0 means none (not “未达三星”, which is an estimate's word)."""
    if value is None:
        return ""
    return tr("无") if not value else stars(value)


def questionnaire_name(questionnaire_id: str) -> str:
    """A questionnaire's short name; a whole submission's ids joined by ``+`` (a format 2 package) by ``、``."""
    if "+" in questionnaire_id:
        return "、".join(questionnaire_name(part) for part in questionnaire_id.split("+"))
    name = QUESTIONNAIRES.get(questionnaire_id)
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


def when_rows_change(model: Any, slot: Callable[..., Any]) -> None:
    """Call ``slot`` whenever the rows a (filtered) model shows change."""
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
        signal.connect(slot)
