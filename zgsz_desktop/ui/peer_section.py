"""The results page's 同行对标 section: where the enterprise stands among its peers, from the benchmark file its
district published (``scoring/peer_groups.py``), and the button that imports such a file.

Only the group's published quantiles are shown (the file holds nothing else): the group, its size, the median,
the enterprise's band in words and a small box-like bar per measure — the P25–P75 band, the median tick and
the enterprise's own value as a dot, painted directly (no chart library for five bars).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import content, error_text, said, tr

MUTED, BRAND, BAND, INK = "#5f6b7a", "#1f4e79", "#c9d1db", "#1d2733"


class PeerBar(QWidget):
    """The P25–P75 band, the median tick and the enterprise's own value on the measure's scale."""

    def __init__(self, position: Any, parent: QWidget | None = None):
        from ..scoring.peer_groups import ORDINAL_LABELS

        super().__init__(parent)
        self.position = position
        labels = ORDINAL_LABELS.get(position.measure)
        self.top = float(len(labels) - 1) if labels else 100.0
        self.setMinimumSize(220, 18)
        self.setToolTip(tr("灰色：同组中间一半企业所在的区间；竖线：同组中位数；圆点：本企业"))

    def at(self, value: float) -> float:
        return 6 + (self.width() - 12) * min(max(value, 0.0), self.top) / self.top

    def paintEvent(self, event: Any) -> None:
        where = self.position
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        middle = self.height() / 2
        painter.setPen(QPen(QColor(BAND), 1))
        painter.drawLine(QPointF(6, middle), QPointF(self.width() - 6, middle))
        left, right = self.at(where.low), self.at(where.high)
        painter.fillRect(QRectF(left, middle - 5, max(right - left, 2.0), 10), QColor(BAND))
        painter.setPen(QPen(QColor(INK), 2))
        painter.drawLine(QPointF(self.at(where.mid), middle - 7), QPointF(self.at(where.mid), middle + 7))
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(QColor(BRAND))
        painter.drawEllipse(QPointF(self.at(where.value), middle), 4.5, 4.5)
        painter.end()


def value_words(measure: str, value: float) -> str:
    from ..scoring.peer_groups import ORDINAL_LABELS, value_text

    text = value_text(measure, value)
    return said(text) if measure in ORDINAL_LABELS else text  # a level's name (a message) in the interface language


def issuer_words(published: Any) -> str:
    """Who published the benchmark (``PublishedBenchmark.issuer_label``: its districts, or its issuer's name) with
    each district's name in the interface language."""
    if published.scope:
        return tr("、").join(content(name) for name in published.scope)
    return content(published.issuer_name)


class PeerSection(QFrame):
    """The section; ``import_requested`` when the user asks to import (or replace) a benchmark file."""

    import_requested = Signal()

    def __init__(self, standing: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("peers")
        self.setStyleSheet("#peers { background: #f4f6f8; border-radius: 8px; }")
        layout = QVBoxLayout(self)
        what = QLabel(tr("区县工信部门发布的同行统计，只有分组的分位数，不含任何企业的名称或数值"), self)
        what.setObjectName("peers_what")
        what.setWordWrap(True)
        what.setStyleSheet(f"color: {MUTED};")
        if standing is None:
            layout.addWidget(QLabel(tr("还没有导入本期的对标文件（.zgszbench）。"), self))
            layout.addWidget(what)
            self._button(layout, tr("导入对标文件…"))
            return
        published = standing.benchmark
        source = QLabel(tr("{issuer}发布（{date}），共 {n} 家企业").format(
            issuer=issuer_words(published), date=published.issued_at[:10], n=published.enterprises), self)
        source.setObjectName("peers_source")
        source.setTextFormat(Qt.TextFormat.PlainText)  # names from the file, shown as written (Hai'an: no entity)
        source.setStyleSheet(f"color: {MUTED};")
        group = standing.group
        if group is None:
            layout.addWidget(source)
            none = QLabel(tr("本企业所在的行业和规模没有发布分组：企业太少，为保护各企业的信息未单独统计。"), self)
            none.setObjectName("peers_group")
            none.setWordWrap(True)
            layout.addWidget(none)
            layout.addWidget(what)
            self._button(layout, tr("更换对标文件…"))
            return
        head = QLabel(tr("<b>所在分组：</b>{group}，{n} 家企业").format(
            group=html.escape(said(group.label)), n=group.n), self)
        head.setObjectName("peers_group")
        layout.addWidget(head)
        if standing.wider is not None:  # its own industry and size are not in the file: say why, and with whom
            wider = QLabel(said(standing.wider), self)
            wider.setObjectName("peers_wider")
            wider.setWordWrap(True)
            wider.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(wider)
        layout.addWidget(source)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for column, title in enumerate((tr("指标"), tr("本企业"), tr("同组中位数"), tr("位置"), "")):
            label = QLabel(f"<span style='color:{MUTED}'>{title}</span>", self)
            grid.addWidget(label, 0, column)
        from ..scoring.peer_groups import MEASURE_NAMES

        for row, where in enumerate(standing.positions, start=1):
            grid.addWidget(QLabel(said(MEASURE_NAMES[where.measure]), self), row, 0)
            grid.addWidget(QLabel(f"<b>{html.escape(value_words(where.measure, where.value))}</b>", self), row, 1)
            median = value_words(where.measure, where.mid)
            if where.n != group.n:
                median = tr("{median}（{n} 家有此项）").format(median=median, n=where.n)
            grid.addWidget(QLabel(median, self), row, 2)
            band = QLabel(said(where.text), self)
            band.setObjectName("peers_band")
            band.setWordWrap(True)
            grid.addWidget(band, row, 3)
            grid.addWidget(PeerBar(where, self), row, 4)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid)
        if not standing.positions:
            layout.addWidget(QLabel(tr("该分组发布的指标中，本期还没有本企业已完成的数值。"), self))
        from ..scoring.peer_groups import QUANTILE_EXPLAINED

        # no percentile codes for a manager: the bar and the words "四分之三处" are explained in one sentence each
        bar = tr("示意条：灰色为同组中间一半企业所在的区间，竖线为中位数，圆点为本企业。")
        legend = QLabel(bar + said(QUANTILE_EXPLAINED), self)
        legend.setObjectName("peers_legend")
        legend.setStyleSheet(f"color: {MUTED};")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        layout.addWidget(what)
        self._button(layout, tr("更换对标文件…"))

    def _button(self, layout: QVBoxLayout, text: str) -> None:
        row = QHBoxLayout()
        button = QPushButton(text, self)
        button.setObjectName("peers_import")
        button.clicked.connect(self.import_requested.emit)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)


def import_benchmark_file(parent: QWidget, directory: Path, path: str | None = None,
                          recipient_path: str | None = None, done: Any = None) -> Any:
    """Ask for a benchmark file (unless ``path`` is given) and import it on a pool thread; when the workspace
    knows no district file with the signing key, ask for the district file (.zgszkey) and try again.
    ``done(ImportedBenchmark)`` runs on success. Returns the Op (None when the user chose nothing)."""
    from .ops import Changed, Op

    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, tr("导入对标文件"), str(Path.home()),
                                              tr("对标文件 (*.zgszbench)"))
        if not path:
            return None
    chosen, key_path = Path(path), Path(recipient_path) if recipient_path else None

    def work(progress: Any, cancelled: Any) -> Any:
        from ..keys import load_recipient
        from ..package.benchmark_file import MAX_BYTES
        from ..package.benchmark_import import import_benchmark
        from ..workspace import Workspace

        with chosen.open("rb") as file:  # a huge file is read no further than the core's limit, which refuses it
            data = file.read(MAX_BYTES + 1)
        recipient = load_recipient(key_path) if key_path is not None else None
        with Workspace.open(directory, create=False) as workspace:  # a connection of its own
            return import_benchmark(workspace, data, recipient)

    def failed(exc: BaseException, details: str) -> None:
        from ..signed_files import SignedFileError
        from .errors import show_error

        if isinstance(exc, SignedFileError) and exc.reason == "wrong_key" and key_path is None:
            answer = QMessageBox.question(parent, tr("需要区县文件"), error_text(exc) + "\n\n" + tr(
                "现在选择区县文件（.zgszkey）吗？"))
            if answer == QMessageBox.StandardButton.Yes:
                key, _ = QFileDialog.getOpenFileName(parent, tr("选择区县文件"), str(chosen.parent),
                                                     tr("区县文件 (*.zgszkey)"))
                if key:
                    import_benchmark_file(parent, directory, str(chosen), key, done)
            return
        show_error(parent, exc, details)

    op = Op(parent, work, changes=Changed.workspace("benchmark", about=directory)).failure(failed)
    if done is not None:
        op.success(done)
    return op.run()


__all__ = ["PeerBar", "PeerSection", "import_benchmark_file"]
