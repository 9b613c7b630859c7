"""The report's charts for the PDF: vector drawings (reportlab graphics) in the embedded font.

They draw the same content as the screen's matplotlib figures (``charts.*_content``), laid out the way
matplotlib lays those figures out: the same figure size, font sizes, tick marks, label places and legends.
Drawn as vector graphics, the charts are sharp at any print resolution, their text is the document's own
subset font (searchable, no second copy of the glyphs), and building them takes a few milliseconds where
drawing a matplotlib figure and encoding it as PNG took a tenth of a second (issue #16).

Each builder returns a reportlab ``Drawing`` (a flowable) of the given width, or None when there is nothing
to draw. Sizes below are in points of the figure at its natural size (inches × 72), as in matplotlib.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeAlias

from . import charts
from .fonts import PDF_FONT, register_pdf_fonts

if TYPE_CHECKING:
    # reportlab ships no type information: to a type checker these are Any, yet they name what flows
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import Color

    from ..scoring.results import ScoreReport

# draws one legend entry's symbol in the box (x, baseline, width, height)
LegendHandle: TypeAlias = "Callable[[float, float, float, float], None]"

# matplotlib's defaults for what the charts use (rcParams), in points
FONT_SIZE = 9.0
TITLE_SIZE = 10.5
TITLE_PAD = 6.0
TICK_LENGTH = 3.5
TICK_PAD = 3.5
LABEL_PAD = 4.0
AXIS_WIDTH = 0.8
FIGURE_PAD = 3.0  # constrained layout's padding at the figure's edge
GRID = "#b0b0b0"
# the bundled font's text box as matplotlib measures it (fractions of the font size): the top of a line above
# its baseline, the bottom below it, and the distance between the baselines of two lines
ASCENT = 0.8125
DESCENT = 0.24
LINE_PITCH = 1.117


def _blend(colour: str, alpha: float) -> str:
    """``colour`` at ``alpha`` over white, as an opaque colour (no transparency in the printed file)."""
    channels = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(255 - alpha * (255 - c)):02x}" for c in channels)


def text_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths: list[float] = [stringWidth(line, PDF_FONT, size) for line in text.split("\n")]
    return max(widths)


def text_height(text: str, size: float) -> float:
    return (ASCENT + DESCENT + LINE_PITCH * text.count("\n")) * size


def nice_ticks(low: float, high: float, length: float, size: float = FONT_SIZE, per_label: float = 3) -> list[float]:
    """matplotlib's automatic ticks (``MaxNLocator``: at most 9, steps 1, 2, 2.5, 5, 10 × a power of ten) for an
    axis ``length`` points long whose labels are ``size`` points (``per_label`` × size apart: 3 across, 2 up)."""
    if high <= low:
        return [low]
    bins = max(1, min(9, int(length // (size * per_label))))
    raw = (high - low) / bins
    scale = 10 ** math.floor(math.log10(raw))
    step = next(s * scale for s in (1, 2, 2.5, 5, 10) if s * scale >= raw * (1 - 1e-9))
    first = math.ceil(low / step - 1e-9)
    ticks = []
    value = first * step
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    return ticks


def tick_text(value: float) -> str:
    return f"{value:g}"


class _Sketch:
    """Shapes in figure points (y up), scaled into a Drawing ``width`` wide."""

    def __init__(self, width_pt: float, height_pt: float):
        from reportlab.graphics.shapes import Group

        self.width = width_pt
        self.height = height_pt
        self.group = Group()

    @staticmethod
    def _colour(colour: str) -> Color:
        from reportlab.lib import colors

        return colors.white if colour == "white" else colors.black if colour == "black" else colors.HexColor(colour)

    def rect(self, x: float, y: float, width: float, height: float, fill: str) -> None:
        from reportlab.graphics.shapes import Rect

        self.group.add(Rect(x, y, width, height, fillColor=self._colour(fill), strokeColor=None, strokeWidth=0))

    def line(self, points: Sequence[tuple[float, float]], colour: str = "black", width: float = AXIS_WIDTH, *,
             cap: int = 0, dash: Sequence[float] | None = None) -> None:
        from reportlab.graphics.shapes import PolyLine

        flat = [v for point in points for v in point]
        self.group.add(PolyLine(flat, strokeColor=self._colour(colour), strokeWidth=width, strokeLineCap=cap,
                                strokeLineJoin=1, strokeDashArray=list(dash) if dash else None))

    def polygon(self, points: Sequence[tuple[float, float]], fill: str, stroke: str | None = None,
                width: float = 1.0) -> None:
        from reportlab.graphics.shapes import Polygon

        self.group.add(Polygon([v for point in points for v in point], fillColor=self._colour(fill),
                               strokeColor=self._colour(stroke) if stroke else None, strokeWidth=width,
                               strokeLineJoin=1))

    def circle(self, x: float, y: float, radius: float, fill: str | None, stroke: str | None = None,
               width: float = 1.0) -> None:
        from reportlab.graphics.shapes import Circle

        self.group.add(Circle(x, y, radius, fillColor=self._colour(fill) if fill else None,
                              strokeColor=self._colour(stroke) if stroke else None, strokeWidth=width))

    def text(self, x: float, y: float, text: str, size: float = FONT_SIZE, colour: str = "black", *,
             ha: str = "left", va: str = "baseline", rotation: float = 0) -> None:
        """Text placed as matplotlib places it: ``ha`` left/center/right, ``va`` baseline/bottom/center/
        center_baseline/top; lines of a multi-line text share ``ha``."""
        from reportlab.graphics.shapes import Group, String

        lines = text.split("\n")
        count = len(lines)
        if va == "center":
            first = ((count - 1) / 2 * LINE_PITCH - (ASCENT - DESCENT) / 2) * size
        elif va == "center_baseline":
            first = (count - 1) / 2 * LINE_PITCH * size - 0.406 * size
        elif va == "top":
            first = -ASCENT * size
        elif va == "bottom":
            first = (DESCENT + (count - 1) * LINE_PITCH) * size
        else:
            first = (count - 1) * LINE_PITCH * size
        anchor = {"left": "start", "center": "middle", "right": "end"}[ha]
        colour_value = self._colour(colour)
        strings = [String(0, first - i * LINE_PITCH * size, line, fontName=PDF_FONT, fontSize=size,
                          fillColor=colour_value, textAnchor=anchor) for i, line in enumerate(lines)]
        if rotation:
            angle = math.radians(rotation)
            cos, sin = math.cos(angle), math.sin(angle)
            group = Group(*strings, transform=(cos, sin, -sin, cos, x, y))
        else:
            group = Group(*strings, transform=(1, 0, 0, 1, x, y))
        self.group.add(group)

    def drawing(self, width: float) -> Drawing:
        from reportlab.graphics.shapes import Drawing

        scale = width / self.width
        self.group.transform = (scale, 0, 0, scale, 0, 0)
        # reportlab's default font would add an unembedded Helvetica to the file
        drawing = Drawing(width, self.height * scale, self.group, initialFontName=PDF_FONT)
        drawing.hAlign = "CENTER"
        return drawing


class _Axes:
    """A rectangular plot area with matplotlib's look: left and bottom spines, outward ticks, labels."""

    def __init__(self, sketch: _Sketch, left: float, bottom: float, right: float, top: float,
                 xlim: tuple[float, float], ylim: tuple[float, float]):
        self.s = sketch
        self.x0, self.y0 = left, bottom
        self.x1, self.y1 = sketch.width - right, sketch.height - top
        self.xlim, self.ylim = xlim, ylim

    def x(self, value: float) -> float:
        low, high = self.xlim
        return self.x0 + (value - low) / (high - low) * (self.x1 - self.x0)

    def y(self, value: float) -> float:
        low, high = self.ylim
        return self.y0 + (value - low) / (high - low) * (self.y1 - self.y0)

    def hbar(self, row: float, start: float, end: float, height: float, colour: str) -> None:
        top, bottom = self.y(row - height / 2), self.y(row + height / 2)
        self.s.rect(self.x(start), min(top, bottom), self.x(end) - self.x(start), abs(top - bottom), colour)

    def spines(self) -> None:
        self.s.line([(self.x0, self.y1), (self.x0, self.y0), (self.x1, self.y0)], cap=2)

    def xticks(self, ticks: Sequence[float], labels: Sequence[str], size: float = FONT_SIZE) -> float:
        """Tick marks and labels under the axis; returns the lowest point of the labels."""
        for value, label in zip(ticks, labels, strict=True):
            x = self.x(value)
            self.s.line([(x, self.y0), (x, self.y0 - TICK_LENGTH)])
            self.s.text(x, self.y0 - TICK_LENGTH - TICK_PAD, label, size, ha="center", va="top")
        return self.y0 - TICK_LENGTH - TICK_PAD - max((text_height(t, size) for t in labels), default=0)

    def yticks(self, ticks: Sequence[float], labels: Sequence[str], size: float = FONT_SIZE) -> float:
        """Tick marks and labels left of the axis; returns the leftmost point of the labels."""
        right = self.x0 - TICK_LENGTH - TICK_PAD
        for value, label in zip(ticks, labels, strict=True):
            y = self.y(value)
            self.s.line([(self.x0, y), (self.x0 - TICK_LENGTH, y)])
            self.s.text(right, y, label, size, ha="right", va="center_baseline")
        return right - max((text_width(t, size) for t in labels), default=0)

    def xlabel(self, text: str, below: float) -> float:
        self.s.text((self.x0 + self.x1) / 2, below - LABEL_PAD, text, FONT_SIZE, ha="center", va="top")
        return below - LABEL_PAD - text_height(text, FONT_SIZE)

    def ylabel(self, text: str, left: float) -> None:
        self.s.text(left - LABEL_PAD - DESCENT * FONT_SIZE, (self.y0 + self.y1) / 2, text, FONT_SIZE, ha="center",
                    rotation=90)

    def title(self, text: str) -> None:
        self.s.text((self.x0 + self.x1) / 2, self.y1 + TITLE_PAD, text, TITLE_SIZE, ha="center")


def _top_margin() -> float:
    return FIGURE_PAD + TITLE_PAD + ASCENT * TITLE_SIZE


def _bottom_margin(has_label: bool = True) -> float:
    """Room for the tick labels and the axis label under the axis."""
    labels = TICK_LENGTH + TICK_PAD + text_height("0", FONT_SIZE)
    return FIGURE_PAD + labels + (LABEL_PAD + text_height("分", FONT_SIZE) if has_label else 0)


def _left_margin(labels: Sequence[str], size: float = FONT_SIZE) -> float:
    return FIGURE_PAD + 1.8 + max((text_width(t, size) for t in labels), default=0) + TICK_LENGTH + TICK_PAD


class _Legend:
    """matplotlib's legend without a frame: a swatch (or a line with its marker) before each label."""

    def __init__(self, labels: Sequence[str], size: float, columns: int = 1):
        self.labels = list(labels)
        self.size = size
        self.columns = columns
        rows = math.ceil(len(self.labels) / columns)
        self.row_height = (ASCENT + DESCENT) * size
        self.height = 2 * 0.4 * size + rows * self.row_height + (rows - 1) * 0.5 * size
        column_widths = [max(text_width(label, size) for label in self.labels[c::columns]) for c in range(columns)]
        self.column_widths = [2.0 * size + 0.8 * size + w for w in column_widths]
        self.width = 2 * 0.4 * size + sum(self.column_widths) + (columns - 1) * 2.0 * size

    def draw(self, sketch: _Sketch, left: float, top: float, handles: Sequence[LegendHandle]) -> None:
        size = self.size
        for index, (label, handle) in enumerate(zip(self.labels, handles, strict=True)):
            row, column = divmod(index, self.columns)
            x = left + 0.4 * size + sum(self.column_widths[:column]) + column * 2.0 * size
            baseline = top - 0.4 * size - row * (self.row_height + 0.5 * size) - ASCENT * size
            handle(x, baseline, 2.0 * size, 0.7 * size)
            sketch.text(x + 2.8 * size, baseline, label, size)


def _swatch(sketch: _Sketch, colour: str) -> LegendHandle:
    return lambda x, y, width, height: sketch.rect(x, y, width, height, colour)


def benchmarks_drawing(report: ScoreReport, width: float) -> Drawing | None:
    content = charts.benchmarks_content(report)
    if content is None:
        return None
    register_pdf_fonts()
    s = _Sketch(6.4 * 72, 2.7 * 72)
    bars = content.bars
    right = FIGURE_PAD + text_width("100", FONT_SIZE) / 2
    ax = _Axes(s, _left_margin([b.name for b in bars]), _bottom_margin(), right, _top_margin(),
               (0, 100), (-0.6, len(bars) - 0.2))
    rows = list(range(len(bars)))[::-1]
    for row, bar in zip(rows, bars, strict=True):
        if bar.value is None or bar.target is None:
            s.text(ax.x(1), ax.y(row), bar.text, 9, bar.colour, va="center")
            continue
        ax.hbar(row, 0, bar.value, 0.5, bar.colour)
        inside = charts.value_inside(bar.value)
        s.text(ax.x(1.5 if inside else bar.value + 1), ax.y(row), bar.text, 9, "white" if inside else charts.INK,
               va="center")
        s.line([(ax.x(bar.target), ax.y(row - 0.34)), (ax.x(bar.target), ax.y(row + 0.34))], charts.TARGET, 2.2)
        s.text(ax.x(bar.target), ax.y(row + 0.36), bar.target_text, 7.5, charts.TARGET, ha="center", va="bottom")
    ticks = nice_ticks(0, 100, ax.x1 - ax.x0)
    ax.yticks(rows, [b.name for b in bars])
    ax.spines()
    ax.xlabel(content.xlabel, ax.xticks(ticks, [tick_text(t) for t in ticks]))
    ax.title(content.title)
    return s.drawing(width)


def miit_dimensions_drawing(report: ScoreReport, width: float) -> Drawing | None:
    content = charts.miit_dimensions_content(report)
    if content is None:
        return None
    register_pdf_fonts()
    s = _Sketch(6.4 * 72, 2.1 * 72)
    legend = _Legend(content.legend, 8)
    rows = content.rows
    count = len(rows)
    margin = 0.05 * (count - 1 + 0.55)  # matplotlib's 5 % beyond the bars
    ax = _Axes(s, _left_margin([r.name for r in rows]), _bottom_margin(), FIGURE_PAD + legend.width + 0.5 * 8,
               _top_margin(), (0, max(r.full for r in rows) * 1.3), (count - 1 + 0.275 + margin, -0.275 - margin))
    for position, row in enumerate(rows):
        ax.hbar(position, 0, row.full, 0.55, content.full_colour)
    for position, row in enumerate(rows):
        ax.hbar(position, 0, row.got, 0.55, content.got_colour)
    for position, row in enumerate(rows):
        s.text(ax.x(row.full + 0.8), ax.y(position), row.text, 8.5, va="center")
    ticks = nice_ticks(*ax.xlim, ax.x1 - ax.x0)
    ax.yticks(range(count), [r.name for r in rows])
    ax.spines()
    ax.xlabel(content.xlabel, ax.xticks(ticks, [tick_text(t) for t in ticks]))
    ax.title(content.title)
    legend.draw(s, ax.x1 + 0.5 * 8, ax.y1 - 0.5 * 8,
                [_swatch(s, content.full_colour), _swatch(s, content.got_colour)])
    return s.drawing(width)


def scenes_drawing(report: ScoreReport, width: float) -> Drawing | None:
    content = charts.scenes_content(report)
    if content is None:
        return None
    register_pdf_fonts()
    s = _Sketch(6.4 * 72, 3.5 * 72)
    legend = _Legend([name for name, _ in content.groups], 7.5, columns=len(content.groups))
    top = _top_margin()
    # the legend hangs 16 % of the plot's height under it (as in the screen's figure), clear of the figure's edge
    below = legend.height + 0.5 * 7.5 + FIGURE_PAD
    bottom = max(_bottom_margin() + 1, (below + 0.16 * (s.height - top)) / 1.16)
    rows = content.rows
    count = len(rows)
    margin = 0.05 * (count - 1 + 0.6)
    ax = _Axes(s, _left_margin([r.label for r in rows]), bottom, FIGURE_PAD, top, (0, 4.6),
               (count - 1 + 0.3 + margin, -0.3 - margin))
    for position, row in enumerate(rows):
        ax.hbar(position, 0, row.level, 0.6, row.colour)
        s.text(ax.x(row.level + 0.05), ax.y(position), row.text, 8, va="center")
    ax.yticks(range(count), [r.label for r in rows])
    ax.spines()
    ax.xlabel(content.xlabel, ax.xticks(range(len(content.ticks)), content.ticks))
    ax.title(content.title)
    legend_top = ax.y0 - 0.16 * (ax.y1 - ax.y0) - 0.5 * 7.5
    legend.draw(s, (ax.x0 + ax.x1) / 2 - legend.width / 2, legend_top,
                [_swatch(s, colour) for _, colour in content.groups])
    return s.drawing(width)


def _marker(sketch: _Sketch, kind: str, x: float, y: float, colour: str, size: float = 6.0) -> None:
    half = size / 2
    if kind == "s":
        sketch.polygon([(x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half)],
                       colour, colour)
    elif kind == "^":
        sketch.polygon([(x, y + half), (x - half, y - half), (x + half, y - half)], colour, colour)
    else:
        sketch.circle(x, y, half, colour, colour)


def trend_drawing(points: Sequence[charts.TrendPoint], width: float) -> Drawing | None:
    content = charts.trend_content(points)
    if content is None:
        return None
    register_pdf_fonts()
    s = _Sketch(6.4 * 72, 2.9 * 72)
    legend = _Legend([line.name for line in content.series], 8)
    top, bottom = _top_margin(), _bottom_margin(has_label=False)
    yticks = nice_ticks(*content.ylim, s.height - top - bottom, per_label=2)
    ylabel_room = text_height(content.ylabel, FONT_SIZE) + LABEL_PAD
    left = _left_margin([tick_text(t) for t in yticks]) + ylabel_room
    count = len(content.periods)
    ax = _Axes(s, left, bottom, FIGURE_PAD + legend.width + 0.5 * 8, top, (-0.4, count - 0.1), content.ylim)
    for line in content.series:
        if line.target is not None:
            faded = _blend(line.colour, 0.8)
            s.line([(ax.x0, ax.y(line.target)), (ax.x1, ax.y(line.target))], faded, 0.8, dash=(2.96, 1.28))
            s.text(ax.x(count - 0.5), ax.y(line.target), line.target_text, 7, line.colour, va="center")
    for line in content.series:
        s.line([(ax.x(x), ax.y(y)) for x, y in line.points], line.colour, 1.5, cap=2)
        for x, y in line.points:
            _marker(s, line.marker, ax.x(x), ax.y(y), line.colour)
            s.text(ax.x(x), ax.y(y) + 6, f"{y:.1f}", 7.5, line.colour, ha="center")
    ax.spines()
    ax.xticks(range(count), content.periods)
    ax.ylabel(content.ylabel, ax.yticks(yticks, [tick_text(t) for t in yticks]))
    ax.title(content.title)

    def handle(line: charts.TrendSeries) -> LegendHandle:
        def draw(x: float, y: float, length: float, height: float) -> None:
            s.line([(x, y + height / 2), (x + length, y + height / 2)], line.colour, 1.5, cap=2)
            _marker(s, line.marker, x + length / 2, y + height / 2, line.colour)
        return draw

    legend.draw(s, ax.x1 + 0.5 * 8, ax.y1 - 0.5 * 8, [handle(line) for line in content.series])
    return s.drawing(width)


def radar_drawing(core: ScoreReport | None, miit: ScoreReport | None, width: float) -> Drawing | None:
    content = charts.radar_content(core, miit)
    if content is None:
        return None
    register_pdf_fonts()
    s = _Sketch(4.6 * 72, 4.0 * 72)
    box_left, box_bottom, box_width, box_height = charts.RADAR_AXES
    side = min(box_width * s.width, box_height * s.height)  # the circle keeps its aspect in its box
    cx = (box_left + box_width / 2) * s.width
    cy = (box_bottom + box_height / 2) * s.height
    radius = side / 2
    count = len(content.values)
    angles = [2 * math.pi * i / count for i in range(count)]

    def point(angle: float, value: float) -> tuple[float, float]:
        return cx + math.cos(angle) * radius * value / 100, cy + math.sin(angle) * radius * value / 100

    shape = [point(a, v) for a, v in zip(angles, content.values, strict=True)]
    s.polygon(shape, _blend(charts.ACCENT, charts.RADAR_FILL_ALPHA))
    for ring, _ in content.rings[:-1]:
        s.circle(cx, cy, radius * ring / 100, None, GRID, AXIS_WIDTH)
    for angle in angles:
        s.line([(cx, cy), point(angle, 100)], GRID)
    s.line([*shape, shape[0]], charts.ACCENT, 1.8)
    s.circle(cx, cy, radius, None, "black", AXIS_WIDTH)
    label_top = cy + radius
    for angle, label, finished in zip(angles, content.labels, content.finished, strict=True):
        # matplotlib centres a polar axis's labels 8 (the pad) + 7 + 3.5 (the tick) points beyond the circle
        x = cx + math.cos(angle) * (radius + 18.5)
        y = cy + math.sin(angle) * (radius + 18.5)
        s.text(x, y, label, FONT_SIZE, "black" if finished else charts.NEUTRAL, ha=charts.radar_alignment(angle),
               va="center")
        label_top = max(label_top, y + text_height(label, FONT_SIZE) / 2)
    ring_angle = math.radians(22.5)  # matplotlib's place for the ring values
    for ring, text in content.rings:
        x, y = point(ring_angle, ring)
        s.text(x, y, text, 7, charts.NEUTRAL, va="bottom")
    s.text(cx, label_top + 14, content.title, TITLE_SIZE, ha="center")
    return s.drawing(width)
