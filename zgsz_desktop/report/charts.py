"""The report's charts: what each one shows, and that content as a matplotlib ``Figure`` (no pyplot).

Each chart's content — bars, values, labels, colours, title, axis label — comes from one ``*_content``
function, plain data. The desktop app draws it as a matplotlib figure (the ``*_chart`` builders here, shown on a
``FigureCanvasQTAgg``); the PDF draws the same content as vector graphics in the embedded font
(``drawings.py``), so the screen and the paper say the same thing and the PDF needs no matplotlib.
Every builder returns None when there is nothing to draw.
Axes carry units; 达标 and 未达标 differ in lightness as well as hue, so they survive greyscale printing.

The texts are Chinese, the report's. Each is a plain data text (a module title, a scene name) or a ``say()``
message, so that the desktop interface can show a chart in its own language: every function here takes
``words``, applied to each text put on the chart (``ui.i18n.word``); the default, ``str``, leaves the report's
Chinese exactly as it is.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..messages import say
from ..scoring.results import (
    NOT_APPLICABLE,
    BenchmarkResult,
    PointsResult,
    ScenesResult,
    ScoreReport,
    StarResult,
    fmt_points,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MET = "#1f6f43"
NOT_MET = "#c8691c"
NEUTRAL = "#8a8f98"
TARGET = "#b3261e"
INK = "#1d2733"
ACCENT = "#2f5d8a"
GROUP_COLOURS = ("#2f5d8a", "#3f8f6b", "#c07a2c", "#7a4f9a")

Words = Callable[[str], str]  # a chart text as it is shown (see the module docstring)
STATUS_WORDS = {"已完成": say("已完成"), "未完成": say("未完成"), "不适用": say("不适用")}  # scoring's STATUS_LABELS
UNFINISHED = STATUS_WORDS["未完成"]


@contextmanager
def _style() -> Iterator[None]:
    import matplotlib

    from .fonts import register_chart_font

    family = register_chart_font()
    with matplotlib.rc_context({
        "font.family": [family],
        "font.size": 9,
        "axes.titlesize": 10.5,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.unicode_minus": False,  # the CJK font has no U+2212
        "svg.fonttype": "none",
    }):
        yield


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


@dataclass(frozen=True)
class BenchmarkBar:
    """One rate: its bar (``value`` in %, None when there is no figure: then ``text`` is its status) and its
    target mark (``target`` in %, None without a figure). Both are set, or neither."""

    name: str
    value: float | None
    text: str
    colour: str
    target: float | None = None
    target_text: str = ""


@dataclass(frozen=True)
class BenchmarksContent:
    bars: tuple[BenchmarkBar, ...]
    title: str
    xlabel: str


def benchmarks_content(report: ScoreReport, *, words: Words = str) -> BenchmarksContent | None:
    """The three rates against their targets (see ``benchmarks_chart``)."""
    benchmarks = report.benchmarks()
    if not benchmarks:
        return None
    # A reference figure (an expired plan's target, a national figure) is not a target for this enterprise:
    # the chart says 参照值 then, as the report does.
    reference = any(b.reference_only for b in benchmarks)
    bars = []
    for result in benchmarks:
        if result.figure is None:
            bars.append(BenchmarkBar(words(result.name), None,
                                     words(STATUS_WORDS.get(result.status_label, result.status_label)), NEUTRAL))
            continue
        target = result.target_label.removeprefix("达到")
        bars.append(BenchmarkBar(words(result.name), result.figure * 100, words(result.figure_text),
                                 MET if result.met else NOT_MET, result.target * 100,
                                 words(say("参照值{target}", target=target) if reference
                                       else say("目标{target}", target=target))))
    if reference:
        return BenchmarksContent(tuple(bars), words(say("三项主要指标与参照值")),
                                 words(say("企业数值（%）；红线为参照值（不是对本企业的考核目标）")))
    return BenchmarksContent(tuple(bars), words(say("三项主要指标与规划目标（重点企业）")),
                             words(say("企业数值（%）；红线为规划目标")))


def value_inside(value: float) -> bool:
    """A benchmark's value is written inside its bar (in white) when the bar is long enough."""
    return value >= 16


def benchmarks_chart(report: ScoreReport, *, words: Words = str) -> Figure | None:
    """The three rates against their targets: the value at the start of its bar (never under the target
    mark), the target as a red mark labelled above the bar. A figure that does not apply or is not
    complete shows its status, without a target mark."""
    content = benchmarks_content(report, words=words)
    if content is None:
        return None
    with _style():
        fig = _figure(6.4, 2.7)
        ax = fig.add_subplot()
        rows = list(range(len(content.bars)))[::-1]
        for row, bar in zip(rows, content.bars, strict=True):
            if bar.value is None or bar.target is None:
                ax.text(1, row, bar.text, va="center", color=bar.colour, fontsize=9)
                continue
            ax.barh(row, bar.value, height=0.5, color=bar.colour)
            inside = value_inside(bar.value)
            ax.text(1.5 if inside else bar.value + 1, row, bar.text, va="center", ha="left",
                    color="white" if inside else INK, fontsize=9)
            ax.plot([bar.target, bar.target], [row - 0.34, row + 0.34], color=TARGET, linewidth=2.2,
                    solid_capstyle="butt")
            ax.text(bar.target, row + 0.36, bar.target_text, color=TARGET, fontsize=7.5, ha="center", va="bottom")
        ax.set_yticks(rows, [_fit(b.name, 24) for b in content.bars])
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.6, len(content.bars) - 0.2)
        ax.set_xlabel(content.xlabel)
        ax.set_title(content.title)
        return fig


def _score_axes(core: ScoreReport | None, miit: ScoreReport | None) -> list[tuple[str, float | None]]:
    """Radar axes as 0–100 得分率: the rates, the cloud star, and MIIT dimensions and scenes. A module
    that does not apply (no own design, say) is left out; an unfinished one is kept and marked."""
    axes: list[tuple[str, float | None]] = []
    if core is not None:
        for module in core.modules:
            if module.status == NOT_APPLICABLE:
                continue
            if isinstance(module, BenchmarkResult):
                axes.append((module.name, None if module.figure is None else module.figure * 100))
            elif isinstance(module, StarResult):
                rank = max(module.rank, module.awarded_rank) if module.status == "complete" else None
                axes.append((say("星级上云"), None if rank is None else rank / 5 * 100))
    if miit is not None:
        for module in miit.modules:
            if isinstance(module, PointsResult):
                share = None if module.points is None else float(module.points / module.max_points) * 100
                axes.append((module.title, share))
            elif isinstance(module, ScenesResult):
                levels = [s.level or 0 for s in module.scenes]
                done = module.status == "complete" and levels
                axes.append((say("场景等级"), sum(levels) / (4 * len(levels)) * 100 if done else None))
    return axes


RADAR_LABELS = {"关键工序数控化率": "关键工序\n数控化率", "经营管理数字化普及率": "经营管理\n数字化普及率",
                "数字化研发设计工具普及率": "研发设计工具\n普及率"}


CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def _spaced(label: str) -> bool:
    """Whether a label is in words with spaces between them (the interface's English), not Chinese."""
    return " " in label.strip() and not CJK.search(label)


def _fit(label: str, width: int) -> str:
    """A label in words with spaces between them broken into lines of at most ``width`` letters at its
    spaces; any other label, Chinese, as it is."""
    if not _spaced(label):
        return label
    return "\n".join(textwrap.wrap(label, width, break_on_hyphens=False)) or label


def _wrap(label: str, width: int = 6) -> str:
    """Break a long Chinese label in two lines so it stays clear of the chart; a label in words with spaces
    between them (English) is broken at its spaces instead, about twice as many letters a line."""
    if label in RADAR_LABELS:
        return RADAR_LABELS[label]
    if _spaced(label):
        return _fit(label, 2 * width + 2)
    if len(label) <= width:
        return label
    middle = (len(label) + 1) // 2
    return f"{label[:middle]}\n{label[middle:]}"


@dataclass(frozen=True)
class RadarContent:
    """Module scores as 得分率 0–100, one spoke each, counter-clockwise from the right; an unanswered module is
    drawn at 0 and its label (already ending in （未完成）) in grey."""

    labels: tuple[str, ...]
    values: tuple[float, ...]
    finished: tuple[bool, ...]
    title: str = say("各模块得分率（%）")
    rings: tuple[tuple[int, str], ...] = ((20, "20"), (40, "40"), (60, "60"), (80, "80"), (100, "100%"))


def radar_content(core: ScoreReport | None, miit: ScoreReport | None = None, *,
                  words: Words = str) -> RadarContent | None:
    axes = _score_axes(core, miit)
    if len(axes) < 3:
        return None
    unfinished = words(say("（未完成）"))
    return RadarContent(tuple(_wrap(words(label)) if value is not None else f"{_wrap(words(label))}\n{unfinished}"
                              for label, value in axes),
                        tuple(value or 0.0 for _, value in axes), tuple(value is not None for _, value in axes),
                        words(RadarContent.title))


def radar_alignment(angle: float) -> Literal["left", "center", "right"]:
    """Labels on the right start at the ring, on the left end at it, so none overlaps it."""
    import math

    cos = math.cos(angle)
    return "left" if cos > 0.2 else "right" if cos < -0.2 else "center"


def radar_chart(core: ScoreReport | None, miit: ScoreReport | None = None, *,
                words: Words = str) -> Figure | None:
    """A radar of module scores (得分率 0–100; unanswered modules are shown at 0 and named in grey)."""
    import math

    content = radar_content(core, miit, words=words)
    if content is None:
        return None
    with _style():
        fig = _figure(4.6, 4.0)
        # constrained layout does not make room for polar tick labels (they were cut at the edge), so the
        # circle gets a fixed place with a margin on each side wide enough for a six-character label
        fig.set_layout_engine("none")
        ax = fig.add_axes(RADAR_AXES, projection="polar")
        count = len(content.values)
        angles = [2 * math.pi * i / count for i in range(count)]
        values = list(content.values)
        ax.plot([*angles, angles[0]], [*values, values[0]], color=ACCENT, linewidth=1.8)
        ax.fill([*angles, angles[0]], [*values, values[0]], color=ACCENT, alpha=RADAR_FILL_ALPHA)
        ax.set_xticks(angles, list(content.labels))
        ax.tick_params(axis="x", pad=8)
        for tick, angle, finished in zip(ax.get_xticklabels(), angles, content.finished, strict=True):
            tick.set_horizontalalignment(radar_alignment(angle))
            if not finished:
                tick.set_color(NEUTRAL)
        ax.set_ylim(0, 100)
        ax.set_yticks([r for r, _ in content.rings], [t for _, t in content.rings], fontsize=7, color=NEUTRAL)
        ax.set_title(content.title, pad=14)
        return fig


RADAR_AXES = (0.24, 0.09, 0.52, 0.74)  # the circle's box in the figure (fractions of width and height)
RADAR_FILL_ALPHA = 0.18


@dataclass(frozen=True)
class DimensionRow:
    name: str
    full: float
    got: float
    text: str


@dataclass(frozen=True)
class DimensionsContent:
    rows: tuple[DimensionRow, ...]
    title: str = say("中小企业数字化水平评测：各维度得分（满分100分）")
    xlabel: str = say("分")
    full_colour: str = "#e6e8eb"
    got_colour: str = ACCENT
    legend: tuple[str, str] = (say("满分"), say("得分"))


def miit_dimensions_content(report: ScoreReport, *, words: Words = str) -> DimensionsContent | None:
    modules = [m for m in report.modules if isinstance(m, PointsResult)]
    if not modules:
        return None
    return DimensionsContent(tuple(
        DimensionRow(words(m.title), float(m.max_points), float(m.points) if m.points is not None else 0.0,
                     words(UNFINISHED if m.points is None else say("{points} / {full} 分", points=fmt_points(m.points),
                                                                   full=f"{m.max_points.normalize():f}")))
        for m in modules), title=words(DimensionsContent.title), xlabel=words(DimensionsContent.xlabel),
        legend=(words(DimensionsContent.legend[0]), words(DimensionsContent.legend[1])))


def miit_dimensions_chart(report: ScoreReport, *, words: Words = str) -> Figure | None:
    """Points per MIIT dimension against full marks."""
    content = miit_dimensions_content(report, words=words)
    if content is None:
        return None
    with _style():
        fig = _figure(6.4, 2.1)
        ax = fig.add_subplot()
        full = [row.full for row in content.rows]
        positions = range(len(content.rows))
        ax.barh(positions, full, height=0.55, color=content.full_colour, label=content.legend[0])
        ax.barh(positions, [row.got for row in content.rows], height=0.55, color=content.got_colour,
                label=content.legend[1])
        for position, row in enumerate(content.rows):
            ax.text(row.full + 0.8, position, row.text, va="center", fontsize=8.5)
        ax.set_yticks(list(positions), [_fit(row.name, 24) for row in content.rows])
        ax.invert_yaxis()
        ax.set_xlim(0, max(full) * 1.3)
        ax.set_xlabel(content.xlabel)
        ax.set_title(content.title)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
        return fig


@dataclass(frozen=True)
class SceneRow:
    label: str  # ★ first for a 约束性场景
    level: int
    text: str
    colour: str


@dataclass(frozen=True)
class ScenesContent:
    rows: tuple[SceneRow, ...]
    groups: tuple[tuple[str, str], ...]  # name, colour
    ticks: tuple[str, ...] = tuple(say("{level}级", level=level) for level in range(5))
    xlabel: str = say("场景等级（★为第三方资料所称约束性场景）")
    title: str = say("数字化经营：16个场景的自评等级")


def scenes_content(report: ScoreReport, *, words: Words = str) -> ScenesContent | None:
    modules = [m for m in report.modules if isinstance(m, ScenesResult)]
    if not modules:
        return None
    scenes = [s for m in modules for s in m.scenes]
    if all(s.level is None for s in scenes):
        return None
    groups = list(dict.fromkeys(s.group for s in scenes))
    colours = {g: GROUP_COLOURS[i % len(GROUP_COLOURS)] for i, g in enumerate(groups)}
    return ScenesContent(
        tuple(SceneRow(f"{'★' if s.binding else ''}{words(s.name)}", s.level or 0,
                       words(say("未填写") if s.level is None else say("{level}级", level=s.level or 0)),
                       colours[s.group]) for s in scenes),
        tuple((words(g), colours[g]) for g in groups), tuple(words(t) for t in ScenesContent.ticks),
        words(ScenesContent.xlabel), words(ScenesContent.title))


def scenes_chart(report: ScoreReport, *, words: Words = str) -> Figure | None:
    """The 16 scenes' levels (0–4), grouped by colour; ★ marks 约束性场景."""
    content = scenes_content(report, words=words)
    if content is None:
        return None
    with _style():
        fig = _figure(6.4, 3.5)
        ax = fig.add_subplot()
        for position, row in enumerate(content.rows):
            ax.barh(position, row.level, height=0.6, color=row.colour)
            ax.text(row.level + 0.05, position, row.text, va="center", fontsize=8)
        ax.set_yticks(range(len(content.rows)), [row.label for row in content.rows])
        ax.invert_yaxis()
        ax.set_xlim(0, 4.6)
        ax.set_xticks(range(len(content.ticks)), list(content.ticks))
        ax.set_xlabel(content.xlabel)
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=colour, label=name) for name, colour in content.groups],
                  loc="upper center", bbox_to_anchor=(0.5, -0.16), frameon=False, fontsize=7.5,
                  ncol=2 if any(_spaced(name) for name, _ in content.groups) else len(content.groups))
        ax.set_title(content.title)
        return fig


@dataclass(frozen=True)
class TrendPoint:
    period: str
    report: ScoreReport


TREND_COLOURS = ("#1f4e79", "#4f81b0", "#8fb3d9")
TREND_MARKERS = ("o", "s", "^")


@dataclass(frozen=True)
class TrendSeries:
    name: str
    colour: str
    marker: str  # matplotlib's: o, s, ^
    points: tuple[tuple[int, float], ...]  # period index, value
    target: float | None
    target_text: str


@dataclass(frozen=True)
class TrendContent:
    periods: tuple[str, ...]
    series: tuple[TrendSeries, ...]
    ylabel: str
    title: str
    ylim: tuple[float, float] = (0, 105)


def trend_content(points: Sequence[TrendPoint], *, words: Words = str) -> TrendContent | None:
    """The three rates over the periods (or, for the MIIT questionnaire, the total points); None unless
    at least two periods have a figure."""
    if len(points) < 2:
        return None
    periods = [p.period for p in points]
    series: dict[str, tuple[str, float | None, list[float | None]]] = {}
    for index, point in enumerate(points):
        for result in point.report.benchmarks():
            entry = series.setdefault(result.benchmark, (result.name, None, [None] * len(points)))
            entry[2][index] = None if result.figure is None else result.figure * 100
            # the line marks the figure of the latest period's policy edition, not the first period's
            series[result.benchmark] = (entry[0], result.target * 100, entry[2])
        overall = point.report.overall
        if overall is not None:
            entry = series.setdefault("miit_total", (say("基础+管理+成效得分"), None, [None] * len(points)))
            entry[2][index] = None if overall.total_points is None else float(overall.total_points)
    series = {k: v for k, v in series.items() if sum(x is not None for x in v[2]) >= 1}
    if not series or sum(any(v[2][i] is not None for v in series.values()) for i in range(len(points))) < 2:
        return None
    reference = any(b.reference_only for b in points[-1].report.benchmarks())
    lines = tuple(
        TrendSeries(words(name), colour, marker, tuple((i, v) for i, v in enumerate(values) if v is not None),
                    target, "" if target is None else words(say("参照值{target}", target=f"{target:g}") if reference
                                                            else say("目标{target}", target=f"{target:g}")))
        for (name, target, values), colour, marker in zip(series.values(), TREND_COLOURS, TREND_MARKERS,
                                                           strict=False))
    last = _period(periods[-1])
    return TrendContent(tuple(words(_period(p)) for p in periods), lines,
                        words(say("%（得分为分）")) if "miit_total" in series else "%",
                        words(say("历次评估对比（虚线为{period}的参照值）", period=last) if reference
                              else say("历次评估对比（虚线为{period}的规划目标）", period=last)))


def _period(text: str) -> str:
    """An assessment period (2025年度) as a message, so that another language says it in its own words."""
    from ..periods import ANNUAL, HALF, period_key, period_kind

    kind = period_kind(text)
    if not kind:
        return text
    year, end_month, _ = period_key(text)
    if kind == ANNUAL:
        said = say("{year}年度", year=year)
    elif kind == HALF:
        said = say("{year}年上半年", year=year) if end_month == 6 else say("{year}年下半年", year=year)
    else:
        said = say("{year}年第{quarter}季度", year=year, quarter=end_month // 3)
    return said if said == text else text  # another spelling (2025年第一季度) stays as written


def trend_chart(points: Sequence[TrendPoint], *, words: Words = str) -> Figure | None:
    """The three rates over the periods (or, for the MIIT questionnaire, the total points); None unless
    at least two periods have a figure. Each point carries its value; each target is labelled."""
    content = trend_content(points, words=words)
    if content is None:
        return None
    periods = content.periods
    with _style():
        fig = _figure(6.4, 2.9)
        ax = fig.add_subplot()
        for line in content.series:
            xs = [x for x, _ in line.points]
            ys = [y for _, y in line.points]
            ax.plot(xs, ys, marker=line.marker, color=line.colour, label=_fit(line.name, 22))
            for x, y in line.points:
                ax.annotate(f"{y:.1f}", (x, y), textcoords="offset points", xytext=(0, 6), ha="center",
                            fontsize=7.5, color=line.colour)
            if line.target is not None:
                ax.axhline(line.target, color=line.colour, linestyle="--", linewidth=0.8, alpha=0.8)
                ax.text(len(periods) - 0.5, line.target, line.target_text, color=line.colour, fontsize=7,
                        va="center")
        ax.set_xticks(range(len(periods)), list(periods))
        ax.set_xlim(-0.4, len(periods) - 0.1)
        ax.set_ylim(*content.ylim)
        ax.set_ylabel(content.ylabel)
        ax.set_title(content.title)
        ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        return fig
