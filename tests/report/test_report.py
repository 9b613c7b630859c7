"""The PDF report: embedded fonts, the figures a reader looks for, sane size, no dependence on system fonts."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.report import SignatureInfo, build_report, charts, from_documents, from_workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_pdf() -> bytes:
    buffer = io.BytesIO()
    build_report(from_documents(demo_documents(), generated_on=date(2025, 3, 1)), buffer)
    return buffer.getvalue()


def fonts_of(reader: PdfReader) -> list[dict]:
    fonts = []
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            fonts.append(font.get_object())
    return fonts


def is_embedded(font: dict) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_every_font_is_embedded(demo_pdf):
    fonts = fonts_of(PdfReader(io.BytesIO(demo_pdf)))
    assert fonts
    names = {str(f.get("/BaseFont")) for f in fonts}
    assert all(is_embedded(f) for f in fonts), names
    assert not any("Helvetica" in n or "Times" in n for n in names)


def test_text_has_the_enterprise_and_each_benchmark_with_its_target(demo_pdf):
    text = text_of(demo_pdf).replace(" ", "")
    assert "南通瑞丰精密机械有限公司" in text and "91320685MA1R8K2X5W" in text
    # demo: NC 44/65 = 67.7 %, management 6/9 = 66.7 %, design tools 15/18 = 83.3 %
    for figure, target in (("67.7%", "达到65%"), ("66.7%", "超过82%"), ("83.3%", "接近92%")):
        assert figure in text and target in text
    assert "第1页/共" not in text  # the cover has no page furniture
    pages = len(PdfReader(io.BytesIO(demo_pdf)).pages)
    assert f"第2页/共{pages}页" in text and f"第{pages}页/共{pages}页" in text
    assert "二级" in text and "60.15" in text  # the MIIT level of the same period
    assert "企业公章" in text and "企业负责人（签字）" in text


def test_page_count_and_size_stay_sane(demo_pdf):
    pages = len(PdfReader(io.BytesIO(demo_pdf)).pages)
    assert 8 <= pages <= 30
    assert 50_000 <= len(demo_pdf) <= 400_000


def test_the_same_input_gives_the_same_pdf():
    data = from_documents(demo_documents(), generated_on=date(2025, 3, 1))
    first, second = io.BytesIO(), io.BytesIO()
    build_report(data, first)
    build_report(data, second)
    assert first.getvalue() == second.getvalue()


def test_signature_page_carries_the_package_fingerprint_and_code():
    data = from_documents(demo_documents(), generated_on=date(2025, 3, 1),
                          signature=SignatureInfo("K7Q2-9XWM-4HTC-PV3D", "381-924", "pkg-0001"))
    buffer = io.BytesIO()
    build_report(data, buffer)
    text = text_of(buffer.getvalue()).replace(" ", "")
    assert "K7Q2-9XWM-4HTC-PV3D" in text and "381-924" in text and "pkg-0001" in text
    assert "尚未生成报告包" not in text
    fonts = fonts_of(PdfReader(io.BytesIO(buffer.getvalue())))
    assert all(is_embedded(f) for f in fonts)  # the QR drawing must not bring in Helvetica


def summary_page_text(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[1].extract_text().replace(" ", "")


def test_the_summary_table_has_each_benchmark_row_with_figure_target_and_verdict(demo_pdf):
    page = summary_page_text(demo_pdf)
    for row in ("关键工序数控化率67.7%达到65%达标", "经营管理数字化普及率66.7%超过82%未达标15.3个百分点",
                "数字化研发设计工具普及率83.3%接近92%未达标8.7个百分点", "星级上云（估计）四星",
                "中小企业数字化水平评测等级二级（60.2分）—自评口径"):
        assert row in page.replace("\n", ""), row
    assert "第三方解读" not in page


def test_points_are_written_to_one_decimal_without_crossing_a_level_threshold():
    from zgsz_desktop.scoring.results import fmt_points

    assert [fmt_points(v) for v in (60.15, 40, 7.875, 59.96, 79.951, 80)] == [
        "60.2", "40.0", "7.9", "59.96", "79.95", "80.0"]


def test_the_report_lists_contradictions_and_names_the_plan_its_targets_come_from(tmp_path):
    from zgsz_desktop.answers_file import parse_answers

    documents = []
    for document in demo_documents():
        raw = {**document.to_json(), "period": "2025年度"}
        if document.questionnaire.id == "nantong-zgsz-core":
            raw["answers"] = {**raw["answers"], "rnd.tool_users": 15, "rnd.tools": ["none"]}
        documents.append(parse_answers(raw, "test"))
    buffer = io.BytesIO()
    build_report(from_documents(documents, generated_on=date(2026, 3, 1)), buffer)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages[:3]).replace("\n", "")
    assert "填报核对" in text and "矛盾" in text and "未使用任何数字化设计工具" in text
    # a 2025 report names the edition it is compared with, and says no Nantong 2025–2027 plan was found
    assert "对照的政策版本：2025—2027年参照" in text and "未查到南通市2025—2027年" in text


def test_every_section_and_chart_is_present(demo_pdf):
    reader = PdfReader(io.BytesIO(demo_pdf))
    text = "".join(p.extract_text() for p in reader.pages).replace(" ", "")
    for heading in ("一、评估结论", "二、图表", "三、分项详情", "四、改进建议", "全部答案", "签字页", "口径："):
        assert heading in text, heading
    # indicators, radar, MIIT dimensions, scenes (no earlier period: no trend), drawn as vector graphics whose
    # text is the document's own (searchable, in the embedded font), not as pictures
    for title in ("三项主要指标与规划目标（重点企业）", "各模块得分率（%）",
                  "中小企业数字化水平评测：各维度得分（满分100分）", "数字化经营：16个场景的自评等级"):
        assert title in text, title
    assert "历次评估对比" not in text
    assert sum(len(page.images) for page in reader.pages) == 0


def test_not_applicable_is_never_drawn_as_unfinished(core_q):
    from zgsz_desktop.answers_file import AnswersDocument
    from zgsz_desktop.scoring.engine import score

    core = demo_documents()[0]
    answers = {k: v for k, v in core.answers.items() if not k.startswith("rnd.")} | {"rnd.has_design": False}
    report = score(core_q, answers)
    radar = charts.radar_chart(report)
    labels = [t.get_text() for t in radar.axes[0].get_xticklabels()]
    assert not any("研发设计" in label for label in labels) and not any("未完成" in label for label in labels)
    bars = charts.benchmarks_chart(report)
    texts = [t.get_text() for t in bars.axes[0].texts]
    assert "不适用" in texts and "目标接近92%" not in texts  # no target mark for a figure that does not apply
    buffer = io.BytesIO()
    build_report(from_documents([AnswersDocument(core_q, answers, "2024年度", core.enterprise)]), buffer)
    page = summary_page_text(buffer.getvalue())
    assert "数字化研发设计工具普及率不适用" in page.replace("\n", "")


def test_no_matplotlib_warnings_when_building(recwarn):
    import warnings

    core, miit = demo_documents()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. "No artists with labels found to put in legend"
        build_report(from_documents([miit]), io.BytesIO())
        build_report(from_documents([core, miit]), io.BytesIO())


def test_a_long_enterprise_name_is_shortened_to_fit_the_header():
    from zgsz_desktop.report.fonts import PDF_FONT, register_pdf_fonts
    from zgsz_desktop.report.pdf import fit_text

    register_pdf_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    name = "南通" + "超长名称" * 20 + "有限公司"
    shortened = fit_text(name, 200, PDF_FONT, 8.5)
    assert shortened.endswith("…") and stringWidth(shortened, PDF_FONT, 8.5) <= 200
    assert fit_text("短名", 200, PDF_FONT, 8.5) == "短名"


def test_an_incomplete_assessment_still_reports_and_says_so(core_q):
    from zgsz_desktop.answers_file import AnswersDocument

    enterprise = demo_documents()[0].enterprise
    partial = AnswersDocument(core_q, {"cnc.industry_type": "discrete"}, "2024年度", enterprise)
    buffer = io.BytesIO()
    build_report(from_documents([partial]), buffer)
    text = text_of(buffer.getvalue()).replace(" ", "")
    assert "未完成" in text and "尚未填写完整" in text


def test_report_from_a_workspace_has_the_trend_and_the_companion(tmp_path):
    from zgsz_desktop.workspace import Workspace

    core, miit = demo_documents()
    with Workspace.open(tmp_path) as ws:
        ws.import_answers(core.questionnaire, core.answers, "2023年度", enterprise=core.enterprise)
        b, _ = ws.import_answers(core.questionnaire, {**core.answers, "mgmt.hr": "system"}, "2024年度")
        ws.import_answers(miit.questionnaire, miit.answers, "2024年度")
        data = from_workspace(ws, b.id)
    assert [p.period for p in data.history] == ["2023年度", "2024年度"]
    assert [p.questionnaire.id for p in data.companions] == ["miit-sme-2024"]
    figure = charts.trend_chart(data.history)
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == ["2023年度", "2024年度"]
    buffer = io.BytesIO()
    assert build_report(data, buffer).pages >= 8


def test_charts_have_titles_and_units():
    core, miit = (from_documents(demo_documents()).main.report, from_documents(demo_documents()).companions[0].report)
    for figure, unit in ((charts.benchmarks_chart(core), "%"), (charts.miit_dimensions_chart(miit), "分"),
                         (charts.scenes_chart(miit), "级")):
        ax = figure.axes[0]
        assert ax.get_title() and unit in ax.get_xlabel()
    assert "%" in charts.radar_chart(core, miit).axes[0].get_title()


def test_report_builds_without_any_system_font(tmp_path):
    """As on an office PC or server without Chinese fonts: fontconfig sees nothing, matplotlib has a fresh cache."""
    (tmp_path / "fonts.conf").write_text('<?xml version="1.0"?><fontconfig></fontconfig>', encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(tmp_path / "fonts.conf"), MPLCONFIGDIR=str(tmp_path / "mpl"),
               HOME=str(tmp_path))
    script = ("from zgsz_desktop.demo import demo_documents;"
              "from zgsz_desktop.report import build_report, from_documents;"
              f"print(build_report(from_documents(demo_documents()), r'{tmp_path / 'r.pdf'}').pages)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "findfont" not in result.stderr  # matplotlib found the bundled font, no fallback
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert all(is_embedded(f) for f in fonts_of(PdfReader(io.BytesIO(pdf))))
    assert "南通瑞丰精密机械有限公司" in text_of(pdf).replace(" ", "")


@pytest.mark.parametrize("which", ["core", "miit", "both"])
def test_radar_labels_stay_inside_the_figure(which):
    """A label cut at the edge ("字化成效") misleads; every axis name must be drawn whole, on screen and in the PDF."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    parts = from_documents(demo_documents())
    core, miit = parts.main.report, parts.companions[0].report
    figure = charts.radar_chart(core if which != "miit" else None, miit if which != "core" else None)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    bounds = figure.bbox
    for label in [*figure.axes[0].get_xticklabels(), figure.axes[0].title]:
        box = label.get_window_extent(renderer)
        assert bounds.x0 <= box.x0 and box.x1 <= bounds.x1 and bounds.y0 <= box.y0 and box.y1 <= bounds.y1, \
            (label.get_text(), box, bounds)


def test_the_shortcuts_for_speed_leave_the_pdf_byte_for_byte_the_same(monkeypatch):
    """Plain cells skip reportlab's markup parser and a paragraph breaks its lines once per width (issue #16):
    the file must be exactly the one reportlab's own Paragraph makes."""
    from reportlab.platypus import Paragraph

    from zgsz_desktop.report import pdf

    data = from_documents(demo_documents(), generated_on=date(2025, 3, 1),
                          signature=SignatureInfo("K7Q2-9XWM-4HTC-PV3D", "381-924", "pkg-0001"))
    fast = io.BytesIO()
    build_report(data, fast)
    monkeypatch.setattr(pdf, "_paragraph_class", lambda: Paragraph)
    monkeypatch.setattr(pdf, "_plain_paragraph", lambda text, style: Paragraph(pdf._esc(text), style))
    plain = io.BytesIO()
    build_report(data, plain)
    assert fast.getvalue() == plain.getvalue()


@pytest.mark.parametrize("text", ["关键工序数控化率", "  前后有空格  ", "两行\n文字", "a\tb", "不\u00a0断", "A & B <c>",
                                  "", " "])
def test_a_plain_cell_is_the_paragraph_the_parser_makes(text):
    from reportlab.platypus import Paragraph

    from zgsz_desktop.report import pdf

    style = pdf._styles().cell
    fast, parsed = pdf._plain_paragraph(text, style), Paragraph(pdf._esc(text), style)
    assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]
    assert fast.text == parsed.text


def test_markup_is_escaped_as_saxutils_escapes_it():
    """``_esc`` uses ``html.escape`` (already loaded by reportlab) rather than ``xml.sax.saxutils``, whose import
    of urllib.request cost the first report 20 ms (issue #16): the same text must reach reportlab's parser."""
    from xml.sax.saxutils import escape

    from zgsz_desktop.report.pdf import _esc

    for text in ("a & b < c > d", "&amp; &lt;", "引号“”\"'’", "<b>粗</b>", "", 12.5):
        assert _esc(text) == escape(str(text))
