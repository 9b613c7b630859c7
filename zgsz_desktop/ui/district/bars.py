"""Small bar charts drawn with QPainter: a benchmark's distribution (10 % bins, 重点企业 over all
enterprises, with the target marked) and a count per category (MIIT levels, cloud stars).

Drawn directly rather than with matplotlib: the dashboard appears at once, and a dozen tiny charts
need no figure machinery."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .common import BAD, GOOD, INK, MUTED, tr

if TYPE_CHECKING:
    from ...district.dashboard import BenchmarkStat

LIGHT = "#c9d3de"
DARK = "#2f5d8a"


class BarChart(QWidget):
    """Vertical bars with the count above and the label below. ``series`` is one or two lists of
    values over the same ``labels``; the second is drawn narrower, in front (e.g. 重点企业 within all)."""

    def __init__(self, labels: Sequence[str], series: Sequence[Sequence[int]], colours: Sequence[str] = (DARK,),
                 *, target: float | None = None, target_label: str = "", legend: Sequence[str] = (),
                 edges: Sequence[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.labels = list(labels)
        self.series = [list(s) for s in series]
        self.colours = list(colours)
        self.target = target  # a position 0..1 along the axis, for distributions
        self.target_label = target_label
        self.legend = list(legend)
        self.edges = list(edges)  # labels at the bin boundaries (len(labels) + 1) instead of under the bars
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip("\n".join(
            tr("{label}：{values}").format(label=label, values=" / ".join(str(s[i]) for s in self.series))
            for i, label in enumerate(self.labels)))

    def sizeHint(self) -> QSize:
        return QSize(320, 160 if self.legend else 150)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        left, right = 4.0, float(self.width() - 4)
        top = line + 4.0 + (line + 2 if self.legend else 0)
        bottom = float(self.height() - line - 6)
        if self.legend:
            x = left
            for name, colour in zip(self.legend, self.colours, strict=False):
                painter.fillRect(QRectF(x, 2, 10, 10), QColor(colour))
                painter.setPen(QColor(MUTED))
                painter.drawText(QRectF(x + 14, 0, 200, line), Qt.AlignmentFlag.AlignLeft, name)
                x += 24 + metrics.horizontalAdvance(name)
            if self.target is not None and self.target_label:  # the target's key, where no bar can cover it
                painter.setPen(QPen(QColor(BAD), 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(int(x), 7, int(x + 14), 7)
                painter.setPen(QColor(BAD))
                painter.drawText(QRectF(x + 18, 0, 200, line), Qt.AlignmentFlag.AlignLeft, self.target_label)
        count = max(1, len(self.labels))
        slot = (right - left) / count
        peak = max([max(s) if s else 0 for s in self.series] + [1])
        painter.setPen(QPen(QColor(LIGHT), 1))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        for index, label in enumerate(self.labels):
            x0 = left + index * slot
            for depth, values in enumerate(self.series):
                value = values[index] if index < len(values) else 0
                inset = slot * (0.12 if depth == 0 else 0.28)
                height = (bottom - top) * value / peak
                rect = QRectF(x0 + inset, bottom - height, slot - 2 * inset, height)
                painter.fillRect(rect, QColor(self.colours[depth % len(self.colours)]))
            shown = self.series[-1][index] if index < len(self.series[-1]) else 0
            total = self.series[0][index] if index < len(self.series[0]) else 0
            text = str(shown) if len(self.series) == 1 else f"{shown}/{total}"
            if total or shown:
                height = (bottom - top) * max(total, shown) / peak
                painter.setPen(QColor(INK))
                painter.drawText(QRectF(x0 - 4, bottom - height - line - 1, slot + 8, line),
                                 Qt.AlignmentFlag.AlignHCenter, text)
            if not self.edges:
                painter.setPen(QColor(MUTED))
                painter.drawText(QRectF(x0 - 6, bottom + 3, slot + 12, line), Qt.AlignmentFlag.AlignHCenter,
                                 metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot + 12)))
        painter.setPen(QColor(MUTED))
        for index, label in enumerate(self.edges):
            x = left + index * slot
            painter.drawLine(int(x), int(bottom), int(x), int(bottom + 3))
            width = metrics.horizontalAdvance(label) + 2
            painter.drawText(QRectF(min(max(x - width / 2, 0), self.width() - width), bottom + 3, width, line),
                             Qt.AlignmentFlag.AlignHCenter, label)
        if self.target is not None:
            x = left + (right - left) * self.target
            painter.setPen(QPen(QColor(BAD), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), int(top - 2), int(x), int(bottom))
        painter.end()


def distribution_chart(stat: BenchmarkStat, parent: QWidget | None = None) -> BarChart:
    """A benchmark's spread over 0–100 % in ten bins: all enterprises behind, 重点企业 in front."""
    labels = [f"{10 * i}–{10 * i + 10}%" for i in range(10)]
    return BarChart(labels, [stat.distribution_all, stat.distribution], (LIGHT, DARK),
                    target=stat.target_percent / 100.0,
                    target_label=(tr("参照值 {t}%") if stat.reference_only else tr("目标 {t}%"))
                    .replace("{t}", f"{stat.target_percent:g}"),
                    legend=(tr("全部企业"), tr("重点企业")), edges=[f"{10 * i}" for i in range(11)], parent=parent)


def count_chart(items: Sequence[tuple[str, int]], colour: str = GOOD, parent: QWidget | None = None) -> BarChart:
    return BarChart([label for label, _ in items], [[value for _, value in items]], (colour,), parent=parent)
