"""The list of an import or its preview: one row per file with its verdict, colour and reason. Everything a
package or its file name says is shown as it is (``common.shown``): hidden characters written out."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from ..i18n import QT_TR_NOOP, period
from .common import BAD, GOOD, MUTED, WARN, Index, questionnaire_name, refilter, shown, tr

# verdict → (short name for the list, colour). The long Chinese label comes from the core's VERDICTS.
VERDICT_STYLE: dict[str, tuple[str, str]] = {
    "new": (QT_TR_NOOP("新报送"), GOOD),
    "superseding": (QT_TR_NOOP("更新版本"), GOOD),
    "stale": (QT_TR_NOOP("旧版本"), MUTED),
    "duplicate": (QT_TR_NOOP("重复"), MUTED),
    "key_held": (QT_TR_NOOP("待核准密钥"), WARN),
    "wrong_district": (QT_TR_NOOP("非本区县"), BAD),
    "tampered": (QT_TR_NOOP("验证未通过"), BAD),
    "damaged": (QT_TR_NOOP("文件损坏"), BAD),
    "unsupported": (QT_TR_NOOP("版本不支持"), BAD),
    "conflict": (QT_TR_NOOP("内容冲突"), BAD),
    "unreadable": (QT_TR_NOOP("无法读取"), BAD),
}
# the core's long labels (district.importer: VERDICTS, DRY_RUN_LABELS and the package-id conflict), the same
# words, marked for translation: an outcome's label is shown through tr() (a label not marked here stays Chinese)
CORE_LABELS = (
    QT_TR_NOOP("新报送，已导入"),
    QT_TR_NOOP("更新版本，已导入（旧版本保留在历史中）"),
    QT_TR_NOOP("旧版本：已有更新的报送，仅存入历史，不计入统计"),
    QT_TR_NOOP("重复：此报告包已导入过，未作任何改变"),
    QT_TR_NOOP("企业签名密钥与登记的不同，待核对盖章纸质报告后核准"),
    QT_TR_NOOP("不是本区县的报告包"),
    QT_TR_NOOP("验证未通过：内容被修改，或与签名、计分不符"),
    QT_TR_NOOP("文件损坏或不完整（可能没有复制完整）"),
    QT_TR_NOOP("问卷或格式版本本软件不支持，请升级软件"),
    QT_TR_NOOP("与已导入的同一版本报送内容不同，未导入"),
    QT_TR_NOOP("无法读取文件"),
    QT_TR_NOOP("核验此文件时程序出错，未导入"),
    QT_TR_NOOP("新报送，将导入"),
    QT_TR_NOOP("更新版本，将导入（旧版本保留在历史中）"),
    QT_TR_NOOP("旧版本：已有更新的报送，将仅存入历史"),
    QT_TR_NOOP("报告包编号与已导入的另一份报送重复，未导入"),
)
HEADERS = (QT_TR_NOOP("结果"), QT_TR_NOOP("企业"), QT_TR_NOOP("统一社会信用代码"), QT_TR_NOOP("评估期"),
           QT_TR_NOOP("问卷"), QT_TR_NOOP("文件"), QT_TR_NOOP("说明"))
VERDICT_ORDER = tuple(VERDICT_STYLE)
_ICONS: dict[str, QIcon] = {}


def verdict_name(verdict: str) -> str:
    return tr(VERDICT_STYLE.get(verdict, (verdict, MUTED))[0])


def verdict_text(outcome: Any) -> str:
    """An outcome's long label (the core's words) in the interface language."""
    return shown(tr(outcome.label) if outcome.label in CORE_LABELS else outcome.label)


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

    HEADERS = HEADERS
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.outcomes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[section])
        return None

    @staticmethod
    def explanation(outcome: Any) -> str:
        if not outcome.message:
            return verdict_text(outcome)
        return shown(tr("{label}：{message}").format(label=verdict_text(outcome), message=outcome.message), 1000)

    @staticmethod
    def note(outcome: Any) -> str:
        """The 说明 column: the reason when there is one (the verdict is in the first column already)."""
        return shown(outcome.message) if outcome.message else verdict_text(outcome)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        outcome = self.outcomes[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column in (0, 6):
                return self.explanation(outcome)
            if column in (1, 2, 3):
                return shown((outcome.enterprise, outcome.uscc, period(outcome.period))[column - 1])
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

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not self.problems_only or not isinstance(model, OutcomesModel):
            return True
        return model.outcomes[source_row].verdict not in ("new", "superseding", "duplicate", "stale")


def counts_html(counts: Counter[str]) -> str:
    """``● 新报送 58　● 验证未通过 1`` in the verdicts' colours, in a fixed order."""
    parts = [f"<span style='color:{verdict_colour(v)}'>●</span> {verdict_name(v)} <b>{counts[v]}</b>"
             for v in VERDICT_ORDER if counts.get(v)]
    return tr("　　").join(parts)
