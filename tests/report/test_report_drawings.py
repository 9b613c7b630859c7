"""The PDF's charts (vector drawings, ``report/drawings.py``) show what the screen's matplotlib figures show."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.report import build_report, charts, drawings, from_documents, from_workspace

WIDTH = 481.9  # the report's text width (170 mm) in points


def drawing_texts(drawing) -> list[str]:
    """Each text of a drawing, its lines joined by a line break (drawings.py puts a text's lines in one group)."""
    from reportlab.graphics.shapes import Group, String

    texts = []

    def walk(node) -> None:
        children = getattr(node, "contents", [])
        if isinstance(node, Group) and children and all(isinstance(c, String) for c in children):
            texts.append("\n".join(c.text for c in children))
            return
        for child in children:
            walk(child)

    walk(drawing)
    return texts


def figure_texts(figure) -> list[str]:
    """Every text the matplotlib figure shows once drawn: titles, axis labels, tick labels, texts, legends."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure).draw()
    texts = []
    for ax in figure.axes:
        texts += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
        low, high = sorted(ax.get_xlim())
        texts += [t.get_text() for t, loc in zip(ax.get_xticklabels(), ax.get_xticks(), strict=True)
                  if low - 1e-9 <= loc <= high + 1e-9]
        low, high = sorted(ax.get_ylim())
        texts += [t.get_text() for t, loc in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True)
                  if low - 1e-9 <= loc <= high + 1e-9]
        texts += [t.get_text() for t in ax.texts]
        if ax.get_legend() is not None:
            texts += [t.get_text() for t in ax.get_legend().get_texts()]
    return [t for t in texts if t]


@pytest.fixture(scope="module")
def reports():
    data = from_documents(demo_documents())
    return data.main.report, data.companions[0].report


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    from zgsz_desktop.workspace import Workspace

    core, miit = demo_documents()
    with Workspace.open(tmp_path_factory.mktemp("ws")) as ws:
        ws.import_answers(core.questionnaire, core.answers, "2023年度", enterprise=core.enterprise)
        b, _ = ws.import_answers(core.questionnaire, {**core.answers, "mgmt.hr": "system"}, "2024年度")
        ws.import_answers(miit.questionnaire, miit.answers, "2024年度")
        return from_workspace(ws, b.id).history


def pairs(core, miit, history):
    return {
        "benchmarks": (charts.benchmarks_chart(core), drawings.benchmarks_drawing(core, WIDTH)),
        "radar": (charts.radar_chart(core, miit), drawings.radar_drawing(core, miit, WIDTH * 0.68)),
        "radar-core": (charts.radar_chart(core), drawings.radar_drawing(core, None, WIDTH * 0.68)),
        "dimensions": (charts.miit_dimensions_chart(miit), drawings.miit_dimensions_drawing(miit, WIDTH)),
        "scenes": (charts.scenes_chart(miit), drawings.scenes_drawing(miit, WIDTH)),
        "trend": (charts.trend_chart(history), drawings.trend_drawing(history, WIDTH)),
    }


@pytest.mark.parametrize("name", ["benchmarks", "radar", "radar-core", "dimensions", "scenes", "trend"])
def test_the_pdf_chart_says_what_the_screen_chart_says(reports, history, name):
    figure, drawing = pairs(*reports, history)[name]
    assert sorted(drawing_texts(drawing)) == sorted(figure_texts(figure))


@pytest.mark.parametrize("name", ["benchmarks", "radar", "radar-core", "dimensions", "scenes", "trend"])
def test_every_part_of_a_pdf_chart_is_inside_it(reports, history, name):
    """A label cut at the edge misleads (the radar's were once): everything is drawn inside the chart's box."""
    _, drawing = pairs(*reports, history)[name]
    x0, y0, x1, y1 = drawing.getBounds()
    assert 0 <= x0 and x1 <= drawing.width and 0 <= y0 and y1 <= drawing.height, (x0, y0, x1, y1, drawing.width,
                                                                                  drawing.height)
    assert drawing.width == pytest.approx(WIDTH * (0.68 if name.startswith("radar") else 1))


def test_nothing_to_draw_gives_no_drawing(reports):
    core, _ = reports
    assert drawings.miit_dimensions_drawing(core, WIDTH) is None and drawings.scenes_drawing(core, WIDTH) is None
    assert drawings.trend_drawing([], WIDTH) is None


def test_a_figure_that_does_not_apply_has_no_target_mark_in_the_pdf(core_q):
    from zgsz_desktop.scoring.engine import score

    core = demo_documents()[0]
    answers = {k: v for k, v in core.answers.items() if not k.startswith("rnd.")} | {"rnd.has_design": False}
    texts = drawing_texts(drawings.benchmarks_drawing(score(core_q, answers), WIDTH))
    assert "不适用" in texts and "目标接近92%" not in texts


def test_automatic_ticks_are_matplotlibs():
    assert drawings.nice_ticks(0, 100, 330) == [0, 20, 40, 60, 80, 100]
    assert drawings.nice_ticks(0, 65, 350) == [0, 10, 20, 30, 40, 50, 60]
    assert drawings.nice_ticks(0, 105, 150, per_label=2) == [0, 20, 40, 60, 80, 100]
    assert drawings.nice_ticks(0, 13, 350) == [0, 2, 4, 6, 8, 10, 12]


def test_a_report_needs_no_matplotlib():
    """The PDF draws its charts itself: building one loads no matplotlib (about half a second at a cold start)."""
    script = ("import io, sys;"
              "from zgsz_desktop.demo import demo_documents;"
              "from zgsz_desktop.report import build_report, from_documents;"
              "build_report(from_documents(demo_documents()), io.BytesIO());"
              "print('matplotlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_a_report_with_a_trend_draws_it(history):
    from pypdf import PdfReader

    data = replace(from_documents(demo_documents(), generated_on=date(2025, 3, 1)), history=history)
    buffer = io.BytesIO()
    build_report(data, buffer)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages).replace(" ", "")
    assert "历次评估对比" in text
