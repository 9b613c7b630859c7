"""The enterprise table: one row per enterprise for the selected year (thousands of rows), with raw values
under :data:`SORT_ROLE` so rates sort as numbers, and a filter proxy (search, 重点企业, 未达标, 未报送).
No widgets here: the model and the proxy are tested on their own.

Names, contacts and the other fields from packages and rosters are shown as they are (``common.shown``): a
name holding a bidi override shows ``⟦U+202E⟧`` in amber, never text reversed into another name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ...text import local_time
from ..i18n import QT_TR_NOOP, content, period, said
from .common import (
    BAD,
    GOOD,
    LEVELS,
    LIST_COMMA,
    MUTED,
    WARN,
    Index,
    awarded,
    level_name,
    listed,
    percent,
    refilter,
    shown,
    stars,
    tr,
)

ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}  # 未完成 0, 未达到一级 1, 一级 2 … 四级 5

# (field of EnterpriseRow, header)
# the figures first, so they show without scrolling; what the detail panel repeats comes last
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TR_NOOP("企业名称")), ("uscc", QT_TR_NOOP("统一社会信用代码")), ("key_enterprise", QT_TR_NOOP("重点")),
    ("cnc_rate", QT_TR_NOOP("数控化率")), ("mgmt_rate", QT_TR_NOOP("经营管理数字化")),
    ("rnd_rate", QT_TR_NOOP("研发设计工具")), ("cloud_estimate", QT_TR_NOOP("上云估计")),
    ("cloud_awarded", QT_TR_NOOP("已获评")), ("miit_level", QT_TR_NOOP("评测等级")),
    ("miit_points", QT_TR_NOOP("评测得分")), ("projects_completed", QT_TR_NOOP("当年完成项目")),
    ("submission_status", QT_TR_NOOP("报送情况")), ("review_state", QT_TR_NOOP("受理状态")),
    ("core_period", QT_TR_NOOP("评估期")),
    ("industry", QT_TR_NOOP("行业")), ("scale", QT_TR_NOOP("规模")),
    ("imported_at", QT_TR_NOOP("最近导入")), ("contact", QT_TR_NOOP("联系人")), ("phone", QT_TR_NOOP("电话")),
)
FIELDS = tuple(name for name, _ in COLUMNS)
RATES = {"cnc_rate": "cnc_met", "mgmt_rate": "mgmt_met", "rnd_rate": "rnd_met"}
# text that came from outside (packages, the roster): written out with its hidden characters
OUTSIDE = {"name", "uscc", "industry", "scale", "contact", "phone"}
# 受理状态 sorted with what needs the clerk first: corrected, pending, returned, accepted
STATE_ORDER = {"corrected": 0, "pending": 1, "returned": 2, "accepted": 3}
NUMERIC = {"cnc_rate", "mgmt_rate", "rnd_rate", "cloud_estimate", "cloud_awarded", "miit_points",
           "projects_completed"}


def column_of(field: str) -> int:
    return FIELDS.index(field)


def submitted(row: Any) -> bool:
    return bool(row.core_period or row.miit_period)


def has_hidden(value: Any) -> bool:
    """Whether text holds a character ``text.visible`` writes out (all are unprintable but U+FFFC)."""
    return isinstance(value, str) and (not value.isprintable() or "\ufffc" in value)


def below_target(row: Any) -> bool:
    return any(met is False for met in (row.cnc_met, row.mgmt_met, row.rnd_met))



def reference_text(value: str) -> str:
    """An industry or a size as the interface shows it: sizes are interface words (规上, 规下), industries come
    from the reference list (content)."""
    word = tr(value)
    return word if word != value else content(value)

class EnterpriseTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        # 受理状态 by (uscc, period): ``district.receipts.submission_states``, read with the rows
        self.states: dict[tuple[str, str], Any] = {}

    def set_rows(self, rows: list[Any], states: dict[tuple[str, str], Any] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.states = dict(states or {})
        self.endResetModel()

    def state_of(self, row: Any) -> Any:
        """The row's submission's 受理状态 (None when it has not reported this year)."""
        return self.states.get((row.uscc, row.core_period or row.miit_period or ""))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.ToolTipRole and FIELDS[section] in RATES:
            return tr("本年度南通核心指标报送中的数值；绿色达到规划目标，红色未达到")
        return None

    def display(self, row: Any, field: str) -> str:
        if field == "review_state":
            state = self.state_of(row)
            return "" if state is None else said(state.label)
        value = getattr(row, field)
        if field in RATES:
            return percent(value)
        if field == "key_enterprise":
            return tr("是") if value else ""
        if field == "cloud_estimate":
            return stars(value)
        if field == "cloud_awarded":
            return awarded(value)
        if field == "miit_points":
            return "" if value is None else f"{value:.1f}"
        if field == "miit_level":
            return level_name(value)
        if field == "core_period":
            periods = [shown(period(p)) for p in (row.core_period, row.miit_period) if p]
            return " / ".join(dict.fromkeys(periods)) if periods else tr("未报送")
        if field == "imported_at":
            return local_time(value)
        if field == "submission_status":
            if row.on_roster_only or not submitted(row):
                return tr("未报送")
            if row.missing:  # the questionnaires' short titles, as the core joined them
                missing = listed(content(name) for name in row.missing.split(LIST_COMMA))
                return tr("不完整（缺{missing}）").format(missing=shown(missing))
            return tr("完整")
        if field in ("industry", "scale"):  # from the reference lists: in the interface language where known
            return "" if value is None else shown(reference_text(value))
        return "" if value is None else shown(value)

    def sort_value(self, row: Any, field: str) -> Any:
        """What the column sorts by: numbers as numbers, None (no figure) kept apart."""
        if field == "review_state":
            state = self.state_of(row)
            return None if state is None else f"{STATE_ORDER.get(state.state, 9)}{int(state.receipt_written)}"
        value = getattr(row, field)
        if field == "miit_level":
            return LEVEL_RANK.get(value) if value else None
        if field == "key_enterprise":
            return int(bool(value))
        if field == "core_period":
            return row.core_period or row.miit_period or None
        if field in NUMERIC:
            return None if value is None else float(value)
        if field in ("industry", "scale") and value:
            return reference_text(value).casefold()  # in the order the reader sees, not the Chinese one
        return value or None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        field = FIELDS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, field)
        if role == SORT_ROLE:
            return self.sort_value(row, field)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and field in OUTSIDE:
            value = getattr(row, field)
            if has_hidden(value):
                return tr("含不可见字符，以 ⟦U+…⟧ 写出：{text}").replace("{text}", shown(value, 1000))
            return shown(value, 1000) if isinstance(value, str) and len(value) > 40 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if field == "review_state":
                state = self.state_of(row)
                colours = {"returned": BAD, "accepted": GOOD, "corrected": WARN}
                return None if state is None or state.state not in colours else QBrush(QColor(colours[state.state]))
            if field in OUTSIDE and has_hidden(getattr(row, field)):
                return QBrush(QColor(WARN))
            if field in RATES:
                met = getattr(row, RATES[field])
                return None if met is None else QBrush(QColor(GOOD if met else BAD))
            if field == "core_period" and not submitted(row):
                return QBrush(QColor(MUTED))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if field in ("cloud_estimate", "cloud_awarded", "key_enterprise", "miit_level"):
                return int(Qt.AlignmentFlag.AlignCenter)
            if field in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EnterpriseFilter(QSortFilterProxyModel):
    """Sorting by :data:`SORT_ROLE` (rows without a figure last, in either order) and the filters."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.search = ""
        self.key_only = False
        self.below_target = False
        self.not_submitted = False

    def set_filters(self, *, search: str | None = None, key_only: bool | None = None,
                    below_target: bool | None = None, not_submitted: bool | None = None) -> None:
        def change() -> None:
            if search is not None:
                self.search = search.strip().casefold()
            if key_only is not None:
                self.key_only = key_only
            if below_target is not None:
                self.below_target = below_target
            if not_submitted is not None:
                self.not_submitted = not_submitted

        refilter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, EnterpriseTableModel):
            return True
        row = model.rows[source_row]
        if self.search:
            # every word typed must match (名称 or 代码): "华利 药业" finds 南通华利药业有限公司
            haystack = f"{row.name} {row.uscc} {row.contact}"
            if has_hidden(haystack):  # as shown, too: "U+202E" finds the names that hold one
                haystack += " " + shown(haystack, None)
            haystack = haystack.casefold()
            if not all(term in haystack for term in self.search.split()):
                return False
        if self.key_only and not row.key_enterprise:
            return False
        if self.below_target and not below_target(row):
            return False
        return not (self.not_submitted and submitted(row))

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            # no figure sorts after every figure, ascending or descending
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (a is not None and ascending) or (a is None and b is not None and not ascending)
        if isinstance(a, str) or isinstance(b, str):
            return str(a) < str(b)
        return a < b
