"""The report's charts as matplotlib ``Figure`` objects, built without pyplot.

The desktop app shows the same figures on a ``FigureCanvasQTAgg``; the PDF embeds them as PNG. Every
builder takes plain score data and returns a new Figure (or None when there is nothing to draw).
Axes carry units; 达标 and 未达标 differ in lightness as well as hue, so they survive greyscale printing.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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


@contextmanager
def _style():
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


def benchmarks_chart(report: ScoreReport) -> Figure | None:
    """The three rates against their targets: the value at the start of its bar (never under the target
    mark), the target as a red mark labelled above the bar. A figure that does not apply or is not
    complete shows its status, without a target mark."""
    benchmarks = report.benchmarks()
    if not benchmarks:
        return None
    # A reference figure (an expired plan's target, a national figure) is not a target for this enterprise:
    # the chart says 参照值 then, as the report does.
    reference = any(b.reference_only for b in benchmarks)
    mark = "参照值" if reference else "目标"
    with _style():
        fig = _figure(6.4, 2.7)
        ax = fig.add_subplot()
        rows = list(range(len(benchmarks)))[::-1]
        for row, result in zip(rows, benchmarks, strict=True):
            if result.figure is None:
                ax.text(1, row, result.status_label, va="center", color=NEUTRAL, fontsize=9)
                continue
            value = result.figure * 100
            target = result.target * 100
            ax.barh(row, value, height=0.5, color=MET if result.met else NOT_MET)
            inside = value >= 16
            ax.text(1.5 if inside else value + 1, row, result.figure_text, va="center", ha="left",
                    color="white" if inside else INK, fontsize=9)
            ax.plot([target, target], [row - 0.34, row + 0.34], color=TARGET, linewidth=2.2, solid_capstyle="butt")
            ax.text(target, row + 0.36, f"{mark}{result.target_label.removeprefix('达到')}", color=TARGET,
                    fontsize=7.5, ha="center", va="bottom")
        ax.set_yticks(rows, [b.name for b in benchmarks])
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.6, len(benchmarks) - 0.2)
        if reference:
            ax.set_xlabel("企业数值（%）；红线为参照值（不是对本企业的考核目标）")
            ax.set_title("三项主要指标与参照值")
        else:
            ax.set_xlabel("企业数值（%）；红线为规划目标")
            ax.set_title("三项主要指标与规划目标（重点企业）")
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
                axes.append(("星级上云", None if rank is None else rank / 5 * 100))
    if miit is not None:
        for module in miit.modules:
            if isinstance(module, PointsResult):
                share = None if module.points is None else float(module.points / module.max_points) * 100
                axes.append((module.title, share))
            elif isinstance(module, ScenesResult):
                levels = [s.level or 0 for s in module.scenes]
                done = module.status == "complete" and levels
                axes.append(("场景等级", sum(levels) / (4 * len(levels)) * 100 if done else None))
    return axes


RADAR_LABELS = {"关键工序数控化率": "关键工序\n数控化率", "经营管理数字化普及率": "经营管理\n数字化普及率",
                "数字化研发设计工具普及率": "研发设计工具\n普及率"}


def _wrap(label: str, width: int = 6) -> str:
    """Break a long Chinese label in two lines so it stays clear of the chart."""
    if label in RADAR_LABELS:
        return RADAR_LABELS[label]
    if len(label) <= width:
        return label
    middle = (len(label) + 1) // 2
    return f"{label[:middle]}\n{label[middle:]}"


def radar_chart(core: ScoreReport | None, miit: ScoreReport | None = None) -> Figure | None:
    """A radar of module scores (得分率 0–100; unanswered modules are shown at 0 and named in grey)."""
    import math

    axes = _score_axes(core, miit)
    if len(axes) < 3:
        return None
    with _style():
        fig = _figure(4.6, 4.0)
        # constrained layout does not make room for polar tick labels (they were cut at the edge), so the
        # circle gets a fixed place with a margin on each side wide enough for a six-character label
        fig.set_layout_engine("none")
        ax = fig.add_axes((0.24, 0.09, 0.52, 0.74), projection="polar")
        angles = [2 * math.pi * i / len(axes) for i in range(len(axes))]
        values = [v or 0.0 for _, v in axes]
        ax.plot([*angles, angles[0]], [*values, values[0]], color=ACCENT, linewidth=1.8)
        ax.fill([*angles, angles[0]], [*values, values[0]], color=ACCENT, alpha=0.18)
        ax.set_xticks(angles, [_wrap(label) if value is not None else f"{_wrap(label)}\n（未完成）"
                               for label, value in axes])
        ax.tick_params(axis="x", pad=8)
        for tick, angle, (_, value) in zip(ax.get_xticklabels(), angles, axes, strict=True):
            # labels on the right start at the ring, on the left end at it, so none overlaps it
            cos = math.cos(angle)
            tick.set_horizontalalignment("left" if cos > 0.2 else "right" if cos < -0.2 else "center")
            if value is None:
                tick.set_color(NEUTRAL)
        ax.set_ylim(0, 100)
        ax.set_yticks([20, 40, 60, 80, 100], ["20", "40", "60", "80", "100%"], fontsize=7, color=NEUTRAL)
        ax.set_title("各模块得分率（%）", pad=14)
        return fig


def miit_dimensions_chart(report: ScoreReport) -> Figure | None:
    """Points per MIIT dimension against full marks."""
    modules = [m for m in report.modules if isinstance(m, PointsResult)]
    if not modules:
        return None
    with _style():
        fig = _figure(6.4, 2.1)
        ax = fig.add_subplot()
        names = [m.title for m in modules]
        full = [float(m.max_points) for m in modules]
        got = [float(m.points) if m.points is not None else 0.0 for m in modules]
        positions = range(len(modules))
        ax.barh(positions, full, height=0.55, color="#e6e8eb", label="满分")
        ax.barh(positions, got, height=0.55, color=ACCENT, label="得分")
        for row, module in enumerate(modules):
            text = (f"{fmt_points(module.points)} / {module.max_points.normalize():f} 分"
                    if module.points is not None else "未完成")
            ax.text(float(module.max_points) + 0.8, row, text, va="center", fontsize=8.5)
        ax.set_yticks(list(positions), names)
        ax.invert_yaxis()
        ax.set_xlim(0, max(full) * 1.3)
        ax.set_xlabel("分")
        ax.set_title("中小企业数字化水平评测：各维度得分（满分100分）")
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
        return fig


def scenes_chart(report: ScoreReport) -> Figure | None:
    """The 16 scenes' levels (0–4), grouped by colour; ★ marks 约束性场景."""
    modules = [m for m in report.modules if isinstance(m, ScenesResult)]
    if not modules:
        return None
    scenes = [s for m in modules for s in m.scenes]
    if all(s.level is None for s in scenes):
        return None
    groups = list(dict.fromkeys(s.group for s in scenes))
    with _style():
        fig = _figure(6.4, 3.5)
        ax = fig.add_subplot()
        for row, scene in enumerate(scenes):
            colour = GROUP_COLOURS[groups.index(scene.group) % len(GROUP_COLOURS)]
            level = scene.level or 0
            ax.barh(row, level, height=0.6, color=colour)
            ax.text(level + 0.05, row, "未填写" if scene.level is None else f"{level}级", va="center", fontsize=8)
        ax.set_yticks(range(len(scenes)), [f"{'★' if s.binding else ''}{s.name}" for s in scenes])
        ax.invert_yaxis()
        ax.set_xlim(0, 4.6)
        ax.set_xticks([0, 1, 2, 3, 4], ["0级", "1级", "2级", "3级", "4级"])
        ax.set_xlabel("场景等级（★为第三方资料所称约束性场景）")
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=GROUP_COLOURS[i % len(GROUP_COLOURS)], label=g) for i, g in enumerate(groups)],
                  loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=len(groups), frameon=False, fontsize=7.5)
        ax.set_title("数字化经营：16个场景的自评等级")
        return fig


@dataclass(frozen=True)
class TrendPoint:
    period: str
    report: ScoreReport


TREND_COLOURS = ("#1f4e79", "#4f81b0", "#8fb3d9")
TREND_MARKERS = ("o", "s", "^")


def trend_chart(points: Sequence[TrendPoint]) -> Figure | None:
    """The three rates over the periods (or, for the MIIT questionnaire, the total points); None unless
    at least two periods have a figure. Each point carries its value; each target is labelled."""
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
            entry = series.setdefault("miit_total", ("基础+管理+成效得分", None, [None] * len(points)))
            entry[2][index] = None if overall.total_points is None else float(overall.total_points)
    series = {k: v for k, v in series.items() if sum(x is not None for x in v[2]) >= 1}
    if not series or sum(any(v[2][i] is not None for v in series.values()) for i in range(len(points))) < 2:
        return None
    reference = any(b.reference_only for b in points[-1].report.benchmarks())
    mark = "参照值" if reference else "目标"
    with _style():
        fig = _figure(6.4, 2.9)
        ax = fig.add_subplot()
        for (name, target, values), colour, marker in zip(series.values(), TREND_COLOURS, TREND_MARKERS,
                                                           strict=False):
            xs = [i for i, v in enumerate(values) if v is not None]
            ys = [values[i] for i in xs]
            ax.plot(xs, ys, marker=marker, color=colour, label=name)
            for x, y in zip(xs, ys, strict=True):
                ax.annotate(f"{y:.1f}", (x, y), textcoords="offset points", xytext=(0, 6), ha="center",
                            fontsize=7.5, color=colour)
            if target is not None:
                ax.axhline(target, color=colour, linestyle="--", linewidth=0.8, alpha=0.8)
                ax.text(len(periods) - 0.5, target, f"{mark}{target:g}", color=colour, fontsize=7, va="center")
        ax.set_xticks(range(len(periods)), periods)
        ax.set_xlim(-0.4, len(periods) - 0.1)
        ax.set_ylim(0, 105)
        ax.set_ylabel("%（得分为分）" if "miit_total" in series else "%")
        ax.set_title(f"历次评估对比（虚线为{periods[-1]}的{'参照值' if reference else '规划目标'}）")
        ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        return fig


def figure_png(fig: Any, dpi: int = 150, *, compact: bool = True) -> bytes:
    """Render a Figure to PNG bytes (Agg canvas; no GUI).

    ``compact`` reduces the image to a 64-colour palette: charts are flat colours, so this keeps them
    sharp at a quarter of the size (a report must stay small enough to e-mail).
    """
    from io import BytesIO

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    if not compact:
        return buffer.getvalue()
    from PIL import Image

    image = Image.open(BytesIO(buffer.getvalue())).convert("RGB")
    small = BytesIO()
    image.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(small, format="PNG", optimize=True)
    return small.getvalue()
