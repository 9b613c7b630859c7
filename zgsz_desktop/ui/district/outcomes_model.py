"""The list of an import or its preview: one row per file with its verdict, colour and reason. Everything a
package or its file name says is shown as it is (``common.shown``): hidden characters written out."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from .common import BAD, GOOD, MUTED, WARN, questionnaire_name, refilter, shown, tr

# verdict → (short name for the list, colour). The long Chinese label comes from the core's VERDICTS.
VERDICT_STYLE: dict[str, tuple[str, str]] = {
    "new": ("新报送", GOOD),
    "superseding": ("更新版本", GOOD),
    "stale": ("旧版本", MUTED),
    "duplicate": ("重复", MUTED),
    "key_held": ("待核准密钥", WARN),
    "wrong_district": ("非本区县", BAD),
    "tampered": ("验证未通过", BAD),
    "damaged": ("文件损坏", BAD),
    "unsupported": ("版本不支持", BAD),
    "conflict": ("内容冲突", BAD),
    "unreadable": ("无法读取", BAD),
}
VERDICT_ORDER = tuple(VERDICT_STYLE)
_ICONS: dict[str, QIcon] = {}


def verdict_name(verdict: str) -> str:
    return tr(VERDICT_STYLE.get(verdict, (verdict, MUTED))[0])


def verdict_colour(verdict: str) -> str:
    return VERDICT_STYLE.get(verdict, (verdict, MUTED))[1]


def verdict_icon(verdict: str) -> QIcon:
    """A coloured dot: green stored, grey nothing to do, amber waits for staff, red refused."""
    icon = _ICONS.get(verdict)
    if icon is None:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(verdict_colour(verdict)))
        painter.drawEllipse(1, 1, 12, 12)
        painter.end()
        icon = _ICONS[verdict] = QIcon(pixmap)
    return icon


class OutcomesModel(QAbstractTableModel):
    """Outcomes in the order the files were processed; grows row by row while the work runs."""

    HEADERS = ("结果", "企业", "统一社会信用代码", "评估期", "问卷", "文件", "说明")
    OUTCOME_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.outcomes: list[Any] = []
        self.counts: Counter[str] = Counter()

    def clear(self) -> None:
        self.beginResetModel()
        self.outcomes = []
        self.counts = Counter()
        self.endResetModel()

    def extend(self, outcomes: list[Any]) -> None:
        if not outcomes:
            return
        first = len(self.outcomes)
        self.beginInsertRows(QModelIndex(), first, first + len(outcomes) - 1)
        self.outcomes.extend(outcomes)
        self.counts.update(o.verdict for o in outcomes)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.outcomes)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None

    @staticmethod
    def explanation(outcome: Any) -> str:
        return shown(outcome.label + (f"：{outcome.message}" if outcome.message else ""), 1000)

    @staticmethod
    def note(outcome: Any) -> str:
        """The 说明 column: the reason when there is one (the verdict is in the first column already)."""
        return shown(outcome.message or outcome.label)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        outcome = self.outcomes[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column in (0, 6):
                return self.explanation(outcome)
            if column in (1, 2, 3):
                return shown((outcome.enterprise, outcome.uscc, outcome.period)[column - 1])
            if column == 4:
                return shown(questionnaire_name(outcome.questionnaire)) if outcome.questionnaire else ""
            if column == 5:
                return shown(Path(outcome.source).name)
            return verdict_name(outcome.verdict) if column == 0 else self.note(outcome)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return verdict_icon(outcome.verdict)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(QColor(verdict_colour(outcome.verdict)))
        if role == self.OUTCOME_ROLE:
            return outcome
        return None


class OutcomesFilter(QSortFilterProxyModel):
    """Everything, or only the files that were not stored (the ones staff must look at)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.problems_only = False

    def set_problems_only(self, value: bool) -> None:
        refilter(self, lambda: setattr(self, "problems_only", value))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self.problems_only:
            return True
        model = self.sourceModel()
        return model.outcomes[source_row].verdict not in ("new", "superseding", "duplicate", "stale")


def counts_html(counts: Counter[str]) -> str:
    """``● 新报送 58　● 验证未通过 1`` in the verdicts' colours, in a fixed order."""
    parts = [f"<span style='color:{verdict_colour(v)}'>●</span> {verdict_name(v)} <b>{counts[v]}</b>"
             for v in VERDICT_ORDER if counts.get(v)]
    return "　　".join(parts)
