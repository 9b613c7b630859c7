"""A read-only table of text rows (the dashboard's lists of enterprises: not submitted, not on the roster).
Model-based, as such a list can hold thousands of rows; every cell is text from outside, shown as it is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from .common import Index, shown

ROW_ROLE = Qt.ItemDataRole.UserRole  # the row's payload (e.g. the roster entry), for actions on a row


class TextRowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: Any = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []
        self.payloads: list[Any] = []

    def set_rows(self, rows: Sequence[Sequence[Any]], payloads: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self.rows = [tuple(shown(value) if value not in (None, "") else "" for value in row) for row in rows]
        self.payloads = list(payloads) if payloads is not None else [None] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == ROW_ROLE:
            return self.payloads[index.row()]
        return None
