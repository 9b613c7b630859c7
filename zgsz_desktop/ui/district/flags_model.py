"""核查提示 as a table: one row per plausibility flag (``district.plausibility.Flag``) — what the operator
should check with an enterprise before the figures go to the city — with a proxy filtering by kind and by
words typed. No widgets here: tested on their own."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ..i18n import QT_TR_NOOP, period
from .common import BAD, WARN, Index, refilter, shown, tr

FLAG_ROLE = Qt.ItemDataRole.UserRole
HEADERS = (QT_TR_NOOP("类型"), QT_TR_NOOP("企业"), QT_TR_NOOP("统一社会信用代码"), QT_TR_NOOP("评估期"),
           QT_TR_NOOP("说明"))
# the names of the core's flag kinds (district.plausibility.KINDS, the same words), shown through tr()
KIND_NAMES = {"limit": QT_TR_NOOP("数值异常"), "not_on_roster": QT_TR_NOOP("不在名单中"),
              "other_district": QT_TR_NOOP("信用代码属其他地区"), "hidden_characters": QT_TR_NOOP("名称含不可见字符")}
# a figure that looks wrong is red; the rest (roster, registration, hidden characters) amber
KIND_COLOURS = {"limit": BAD}


def kind_colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, WARN)


def kind_name(kind: str) -> str:
    """A flag kind's name in the interface language (a kind this screen does not know: the core's word)."""
    from ...district.plausibility import KINDS

    name = KIND_NAMES.get(kind)
    return tr(name) if name else str(KINDS.get(kind, kind))


def flag_label(flag: Any) -> str:
    return kind_name(flag.kind)


class FlagsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.items: list[Any] = []  # the flags (not ``flags``: that is QAbstractItemModel.flags())
        self.counts: Counter[str] = Counter()

    def set_flags(self, flags: list[Any]) -> None:
        self.beginResetModel()
        self.items = list(flags)
        self.counts = Counter(flag.kind for flag in self.items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[section])
        return None

    @staticmethod
    def cell(flag: Any, column: int) -> str:
        if column == 0:
            return flag_label(flag)
        # the core has written the name out already; shown() again changes nothing and covers the rest
        return shown((flag.enterprise, flag.uscc, period(flag.period), flag.message)[column - 1], None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        flag = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(flag, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 4):
            return self.cell(flag, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(QColor(kind_colour(flag.kind)))
        if role == FLAG_ROLE:
            return flag
        return None


class FlagsFilter(QSortFilterProxyModel):
    """One kind or all, and every word typed (in the name, code, period or message)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.kind = ""
        self.search = ""

    def set_filters(self, *, kind: str | None = None, search: str | None = None) -> None:
        def change() -> None:
            if kind is not None:
                self.kind = kind
            if search is not None:
                self.search = search.strip().casefold()

        refilter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, FlagsModel):
            return True
        flag = model.items[source_row]
        if self.kind and flag.kind != self.kind:
            return False
        if self.search:
            haystack = " ".join(FlagsModel.cell(flag, c) for c in range(len(HEADERS))).casefold()
            return all(term in haystack for term in self.search.split())
        return True
