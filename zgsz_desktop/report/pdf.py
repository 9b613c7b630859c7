"""The assessment report as an A4 PDF (reportlab platypus), in Chinese, laid out like a submission.

Sections: cover · 一、评估结论 · 二、图表 · 三、分项详情 · 四、改进建议 · 五、政策依据与来源 · 附录 全部答案 · 签字页.
The figures are compared with the policy edition of the period (``policy/edition.py``): section 一 opens with
a box naming it, each compared figure says what it is and where it comes from, section 五 lists the edition,
the basis of each figure and every source with its confidence in words.
Every page but the cover carries the enterprise name and "第 x 页 / 共 y 页". The bundled font is embedded
as a subset, so the file reads the same on every PC.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeAlias

from ..fileio import write_bytes_atomic
from ..questionnaire import answers as answer_rules
from ..questionnaire.display import display_row, display_value
from ..questionnaire.model import Question
from ..scoring.results import (
    BenchmarkResult,
    PointsResult,
    ScenesResult,
    StarResult,
    SummaryResult,
    fmt_number,
    fmt_points,
)
from . import edition_text
from .fonts import PDF_FONT, PDF_FONT_MONO, register_pdf_fonts, register_pdf_mono_font
from .metadata import stamp_creation_date
from .model import MAIN_QUESTIONNAIRE, MIIT_QUESTIONNAIRE, ReportData
from .text import chinese_date, conclusion_sentences, industry_text

if TYPE_CHECKING:  # reportlab ships no type information: to a type checker these are Any, yet they name what flows
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate

# A reportlab TableStyle command: its name, the first and last cell (column, row), then its values.
TableCommand: TypeAlias = "tuple[object, ...]"
# What reportlab calls as each page is drawn (onFirstPage / onLaterPages).
PageHook: TypeAlias = "Callable[[Canvas, BaseDocTemplate], None]"

TITLE = "南通市制造业智改数转企业自评估报告"
INK = "#1d2733"
MUTED = "#5f6b7a"
LINE = "#c9d1db"
HEAD_BG = "#e9eef4"
BRAND = "#1f4e79"
GOOD = "#1f6f43"
BAD = "#b3261e"
NOTE_BG = "#f4f6f8"
STATUS_COLOURS = {"符合": GOOD, "尚不符合": BAD}


@dataclass(frozen=True)
class ReportInfo:
    pages: int
    size: int  # bytes


class _Styles:
    """The report's paragraph styles, made once per process (``_styles``): they never change."""

    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle

        # colours as Color objects: reportlab would parse a "#rrggbb" string again for every line it draws
        ink, muted, brand = colors.HexColor(INK), colors.HexColor(MUTED), colors.HexColor(BRAND)
        font = register_pdf_fonts()
        base = ParagraphStyle("base", fontName=font, bulletFontName=font, fontSize=10, leading=15.5,
                              textColor=ink, wordWrap="CJK")
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=12.5, textColor=muted)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=13)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, textColor=brand)
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        # keepWithNext: a heading never stays alone at the foot of a page
        self.h1 = ParagraphStyle("h1", parent=base, fontSize=15, leading=22, textColor=brand, spaceBefore=6,
                                 spaceAfter=8, keepWithNext=1)
        self.h2 = ParagraphStyle("h2", parent=base, fontSize=11.5, leading=17, textColor=brand, spaceBefore=10,
                                 spaceAfter=4, keepWithNext=1)
        self.title = ParagraphStyle("title", parent=base, fontSize=22, leading=34, alignment=TA_CENTER,
                                    textColor=brand)
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=12, leading=20, alignment=TA_CENTER,
                                       textColor=muted)
        self.mono = ParagraphStyle("mono", parent=self.cell, fontName=PDF_FONT_MONO)


@cache
def _styles() -> _Styles:
    return _Styles()


@cache
def _paragraph_class() -> type:
    """reportlab's Paragraph, breaking its lines once per width: reportlab wraps a table cell's paragraph when
    it measures the table and again when it draws it, and a flowable in KeepTogether once more before it is
    placed; breaking Chinese text into lines is a large part of the time a report takes (issue #16)."""
    from reportlab.platypus import Paragraph

    class WrapOnce(Paragraph):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any to mypy
        _wrapped_at: float | None = None

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            # (reportlab drops blPara when a split leaves the paragraph whole for the next page)
            if availWidth == self._wrapped_at and hasattr(self, "blPara"):
                return self.width, self.height
            size: tuple[float, float] = super().wrap(availWidth, availHeight)
            self._wrapped_at = availWidth
            return size

    return WrapOnce


_PLAIN_TEMPLATES: dict[str, tuple[Any, Any]] = {}  # style name -> (style, its parser's fragment of plain text)


def _plain_paragraph(text: str, style: Any) -> Any:
    """``Paragraph(escape(text), style)`` without running reportlab's markup parser over text that has no
    markup (most table cells): its one fragment is the parser's fragment for this style with this text, as the
    parser would make it (tests/test_report.py checks that they are the same)."""
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    paragraph = _paragraph_class()
    cleaned = cleanBlockQuotedText(text)
    if not cleaned or any(c in cleaned for c in "&<>"):
        return paragraph(_esc(text), style)
    template = _PLAIN_TEMPLATES.get(style.name)
    if template is None or template[0] is not style:
        template = _PLAIN_TEMPLATES[style.name] = (style, paragraph("x", style).frags[0])
    return paragraph(cleaned, style, frags=[template[1].clone(text=cleaned, us_lines=[])])


def _esc(text: Any) -> str:
    """``text`` with &, < and > escaped for reportlab's markup (as ``xml.sax.saxutils.escape`` does: quotes are
    left alone). ``html`` is already loaded by reportlab's parser; ``xml.sax.saxutils`` imports
    ``urllib.request``, which cost the first report 20 ms (issue #16)."""
    from html import escape

    return escape(str(text), quote=False)


class _Builder:
    """Collects the flowables of one report."""

    def __init__(self, data: ReportData, width: float):
        from reportlab.lib.units import mm

        self.data = data
        self.width = width
        self.mm = mm
        self.s = _styles()
        self.story: list[Any] = []
        self.edition = data.main.report.edition  # the policy edition the figures are compared with

    # ------------------------------------------------------------------ primitives

    def p(self, text: str, style: Any = None) -> None:
        self.story.append(_paragraph_class()(text, style or self.s.body))

    def space(self, height_mm: float) -> None:
        from reportlab.platypus import Spacer

        self.story.append(Spacer(1, height_mm * self.mm))

    def table(self, rows: list[list[Any]], widths: list[float], *, header: bool = True,
              styles: Sequence[TableCommand] | None = None) -> Any:
        """A table whose string cells wrap (Paragraphs); widths are fractions of the text width."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        def cell(value: Any, head: bool) -> Any:
            if isinstance(value, str):
                return _plain_paragraph(value, self.s.cell_head if head else self.s.cell)
            return value

        body = [[cell(v, header and i == 0) for v in row] for i, row in enumerate(rows)]
        table = Table(body, colWidths=[w * self.width for w in widths], repeatRows=1 if header else 0)
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), PDF_FONT),  # reportlab sets each cell's font, Helvetica by default
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(LINE)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEAD_BG)))
        table.setStyle(TableStyle([*commands, *(styles or ())]))
        return table

    def add(self, flowable: Any) -> None:
        self.story.append(flowable)

    def chart(self, drawing: Any) -> None:
        """A chart (a vector drawing from ``drawings.py``), kept on one page, with a little room under it."""
        from reportlab.platypus import KeepTogether

        if drawing is None:
            return
        self.story.append(KeepTogether([drawing]))
        self.space(3)

    # ------------------------------------------------------------------ sections

    def cover(self) -> None:
        from reportlab.platypus import PageBreak

        e = self.data.enterprise
        self.space(40)
        self.p(TITLE, self.s.title)
        self.space(4)
        self.p(f"{_esc(self.data.period)}", self.s.subtitle)
        self.space(28)
        questionnaires = "；".join(f"{p.questionnaire.title}（版本 {p.questionnaire.version}）"
                                  for p in self.data.parts)
        sig = self.data.signature
        handed = f"本期第 {sig.sequence} 次报送" if sig is not None and sig.sequence else "自评报告（尚未导出报告包）"
        rows = [
            ["企业名称", e.get("name", "")],
            ["统一社会信用代码", e.get("uscc", "")],
            ["所属地区", f"南通市 {e.get('district', '')}"],
            ["所属行业", industry_text(e)],
            ["企业规模", f"{e.get('scale', '')}{'（重点企业）' if e.get('key_enterprise') else ''}"],
            ["联系人", "　".join(str(x) for x in (e.get("contact", ""), e.get("phone", "")) if x) or "—"],
            ["评估期", self.data.period],
            *([["对照政策", self.edition.label]] if self.edition is not None else []),
            ["报送", handed],
            ["评估问卷", questionnaires],
            ["报告日期", chinese_date(self.data.generated_on)],
        ]
        self.add(self.table(rows, [0.28, 0.72], header=False, styles=[
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        self.space(30)
        self.p(f"本报告由“智改数转企业自评估”软件 {_esc(self.data.app_version)} 离线生成；各项数值为企业自评，"
               "计算口径见正文。", self.s.small)
        self.add(PageBreak())

    def summary(self) -> None:
        from reportlab.lib import colors

        self.p("一、评估结论", self.s.h1)
        self.edition_box()
        core = self.data.part(MAIN_QUESTIONNAIRE)
        benchmarks = core.report.benchmarks() if core is not None else []
        reference = edition_text.is_reference(benchmarks)
        rows: list[list[Any]] = [["指标", "企业数值", edition_text.target_heading(benchmarks), "结论", "差距"]]
        colours = []
        if core is not None:
            for b in benchmarks:
                figure = b.figure_text if b.figure is not None else b.status_label
                if b.figure is not None and "流程型" in b.caliber:
                    figure += "（流程型口径）"
                verdict = b.verdict
                rows.append([b.name, figure, edition_text.target_cell(b), verdict, b.gap_text or "—"])
                if b.met is not None:
                    colours.append(("TEXTCOLOR", (3, len(rows) - 1), (3, len(rows) - 1),
                                    colors.HexColor(GOOD if b.met else BAD)))
            for module in core.report.modules:
                if isinstance(module, StarResult):
                    if module.status == "complete":
                        estimate = module.estimate or "未达到三星"
                        awarded = f"（已获评{module.awarded}）" if module.awarded else ""
                        gap = (f"距{module.next_level}尚缺{len(module.next_level_missing)}项条件"
                               if module.next_level else "—")
                        rows.append(["星级上云（估计）", f"{estimate}{awarded}", "三星/四星/五星（省级遴选）",
                                     "自评估计", gap])
                    else:
                        rows.append(["星级上云（估计）", module.status_label, "—", "—", "—"])
        for part in self.data.parts:
            overall = part.report.overall
            if overall is not None:
                level = overall.level or "未完成"
                points = f"（{fmt_points(overall.total_points)}分）" if overall.total_points is not None else ""
                rows.append([part.questionnaire.short_title + "等级", f"{level}{points}", "—",
                             "自评口径", "—"])
        # a reference figure names whom it is set for (全国制造业整体): its column takes the room
        widths = [0.25, 0.15, 0.29, 0.14, 0.17] if reference else [0.27, 0.2, 0.23, 0.14, 0.16]
        self.add(self.table(rows, widths, styles=colours))
        self.space(3)
        self.p("结论", self.s.h2)
        for sentence in conclusion_sentences(self.data):
            self.p(_esc(sentence))
        if reference:
            # each reference figure's basis is in section 三 and 五; here one sentence says what they are
            notes = ["表中参照值不是对本企业的考核目标，也不是南通市对本期设定的目标，各数值的依据和来源见第五部分。"
                     ] if benchmarks else []
        else:
            notes = [b.note for b in benchmarks if b.note and b.figure is not None]
            if core is not None and not self.data.enterprise.get("key_enterprise"):
                notes.append("规划的三项目标针对重点企业，本企业未登记为重点企业，对照结果供参考。")
        if notes:
            self.space(2)
            self.p("注：" + "".join(_esc(n) for n in notes) + "三项指标的企业级计算为自评口径，见第三部分。",
                   self.s.small)
        self.indications()
        self.consistency()

    def peers(self) -> None:
        """同行对标: the enterprise's position among its peers, from the imported benchmark's published quantiles
        (no other enterprise's figure is in the file, so none is printed)."""
        from ..scoring.peer_groups import MEASURE_NAMES, QUANTILE_EXPLAINED, value_text

        found = self.data.peers
        if found is None:
            return
        published = found.benchmark
        self.p("同行对标", self.s.h2)
        source = (f"对标文件由{_esc(published.issuer_label)}工信部门发布（{_esc(published.issued_at[:10])}，"
                  f"{_esc(published.period)}，共 {published.enterprises} 家企业）。文件只含分组的分位数，"
                  "不含任何企业的名称或数值；少于 5 家的分组已并入上一级或不发布。")
        if found.group is None:
            self.p(source + "本企业所在行业和规模没有可发布的分组，故无对标结果。", self.s.small)
            return
        wider = f"{_esc(found.wider)}。" if found.wider else ""  # its own industry and size are not in the file
        self.p(f"所在分组：{_esc(found.group.label)}，{found.group.n} 家企业。{wider}", self.s.body)
        rows: list[list[Any]] = [["指标", "本企业", "同组中位数", "同组中间一半企业", "位置", "示意"]]
        for where in found.positions:
            spread = f"{value_text(where.measure, where.low)}–{value_text(where.measure, where.high)}"
            words = where.text if where.n == found.group.n else f"{where.text}（有此项数值的 {where.n} 家）"
            rows.append([str(MEASURE_NAMES[where.measure]), value_text(where.measure, where.value), where.median,
                         spread, words, self._peer_bar(where)])
        if len(rows) == 1:
            self.p("同组发布的指标中没有本企业已完成的数值。", self.s.small)
        else:
            self.add(self.table(rows, [0.19, 0.09, 0.1, 0.14, 0.26, 0.22]))
        self.space(1)
        self.p(source + "示意条：灰色为同组中间一半企业所在的区间，竖线为中位数，圆点为本企业。"
               + _esc(QUANTILE_EXPLAINED), self.s.small)

    def _peer_bar(self, where: Any) -> Any:
        """A box-like bar: the P25–P75 band, the median tick, the enterprise's own value as a dot."""
        from reportlab.graphics.shapes import Circle, Drawing, Line, Rect
        from reportlab.lib import colors

        from ..scoring.peer_groups import ORDINAL_LABELS

        labels = ORDINAL_LABELS.get(where.measure)
        top = float(len(labels) - 1) if labels else 100.0
        width, height = 0.22 * self.width - 14, 12.0  # the cell pads 6 pt each side

        def x(value: float) -> float:
            return 2 + (width - 4) * min(max(value, 0.0), top) / top

        drawing = Drawing(width, height)
        drawing.add(Line(2, height / 2, width - 2, height / 2, strokeColor=colors.HexColor(LINE), strokeWidth=1))
        drawing.add(Rect(x(where.low), 2, max(x(where.high) - x(where.low), 1.5), height - 4,
                         fillColor=colors.HexColor("#c9d1db"), strokeColor=None))
        drawing.add(Line(x(where.mid), 0.5, x(where.mid), height - 0.5, strokeColor=colors.HexColor(INK),
                         strokeWidth=1.2))
        drawing.add(Circle(x(where.value), height / 2, 2.6, fillColor=colors.HexColor(BRAND),
                           strokeColor=colors.white, strokeWidth=0.6))
        return drawing

    def edition_box(self) -> None:
        """Which policy edition the figures are compared with: before any figure, so no reader takes a
        reference for a target."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        Paragraph = _paragraph_class()
        edition = self.edition
        if edition is None:
            return
        lines = [
            Paragraph(f"<b>对照的政策版本：</b>{_esc(edition.label)}", self.s.cell),
            Paragraph(f"适用年份：{_esc(edition.years_label)}；"
                      f"内容可信度：{_esc(edition_text.confidence_words(edition.confidence))}", self.s.cell),
            Paragraph(f"发布机关：{_esc(edition.issuer)}", self.s.cell),
            Paragraph(_esc(edition.summary), self.s.small),
        ]
        note = edition_text.fit_note(edition, self.data.period)
        if note:
            lines.append(Paragraph(f"<b>请注意：</b>{_esc(note)}", self.s.cell))
        box = Table([[lines]], colWidths=[self.width])
        box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), PDF_FONT),
                                 ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(NOTE_BG)),
                                 ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(LINE)),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        self.add(box)
        self.space(3)

    def indications(self) -> None:
        """Conditions enterprises ask about (专精特新 digital level, star cloud steps…), each beside its rule
        and source, marked 以主管部门认定为准."""
        from reportlab.lib import colors

        from ..scoring.indications import evaluate_indications

        Paragraph = _paragraph_class()
        if self.edition is None or not self.edition.indications:
            return
        results = evaluate_indications(self.edition, self.data.parts)
        self.p("政策条件提示", self.s.h2)
        self.p(_esc(edition_text.INDICATIONS_CAVEAT), self.s.small)
        rows: list[list[Any]] = [["事项", "条件及来源", "提示", "说明"]]
        styles = []
        for result in results:
            rule = Paragraph(f"{_esc(result.rule)}<br/><font color='{MUTED}' size='7.5'>来源："
                             f"{_esc(result.source_text)}</font>", self.s.cell)
            reason = Paragraph(f"{_esc(result.reason)}<font color='{MUTED}'>（{_esc(result.caveat)}）</font>",
                               self.s.cell)
            rows.append([result.title, rule, result.status, reason])
            colour = STATUS_COLOURS.get(result.status, MUTED)
            styles.append(("TEXTCOLOR", (2, len(rows) - 1), (2, len(rows) - 1), colors.HexColor(colour)))
        self.add(self.table(rows, [0.17, 0.35, 0.11, 0.37], styles=styles))

    def consistency(self) -> None:
        """What the software found when it compared the answers with each other (填报核对)."""
        self.p("填报核对", self.s.h2)
        if not self.data.checks:
            self.p("软件已逐项核对各问卷答案之间的一致性（如设备数量与所选比例区间、研发人员与设计工具、"
                   "营业收入变化与所选变化情况），未发现前后矛盾。", self.s.small)
            return
        self.p("软件按各问卷的核对规则比较了答案之间的一致性。“矛盾”须改正后才能报送；“请核对”由企业确认，"
               "确属实际情况的可保留。", self.s.small)
        titles = {part.questionnaire.id: part.questionnaire.short_title for part in self.data.parts}
        rows = [["类别", "内容", "涉及"]]
        for finding in self.data.checks:
            where = "、".join(dict.fromkeys(titles.get(q.questionnaire_id, q.questionnaire_id)
                                            for q in finding.questions))
            rows.append([finding.severity_label, finding.message, where])
        self.add(self.table(rows, [0.12, 0.66, 0.22]))

    def chart_section(self) -> None:
        from reportlab.platypus import CondPageBreak

        from . import drawings

        self.add(CondPageBreak(100 * self.mm))  # the heading never stands alone at the foot of a page
        self.p("二、图表", self.s.h1)
        core = self.data.part(MAIN_QUESTIONNAIRE)
        miit = self.data.part(MIIT_QUESTIONNAIRE)
        if core is not None:
            self.chart(drawings.benchmarks_drawing(core.report, self.width))
        self.chart(drawings.radar_drawing(core.report if core else None, miit.report if miit else None,
                                          self.width * 0.68))
        if self.data.history:
            self.chart(drawings.trend_drawing(self.data.history, self.width))
        if miit is not None:
            self.chart(drawings.miit_dimensions_drawing(miit.report, self.width))
            self.chart(drawings.scenes_drawing(miit.report, self.width))

    def details(self) -> None:
        from reportlab.platypus import CondPageBreak

        self.p("三、分项详情", self.s.h1)
        for part in self.data.parts:
            if len(self.data.parts) > 1:
                self.p(_esc(part.questionnaire.title), self.s.h2)
            for module in part.report.modules:
                self.add(CondPageBreak(40 * self.mm))
                self.p(f"{_esc(module.title)}　<font color='{MUTED}'>【{module.status_label}】</font>", self.s.h2)
                if module.reason:
                    self.p(_esc(module.reason), self.s.small)
                if isinstance(module, BenchmarkResult):
                    self.benchmark_detail(module, part)
                elif isinstance(module, StarResult):
                    self.star_detail(module)
                elif isinstance(module, PointsResult):
                    self.points_detail(module)
                elif isinstance(module, ScenesResult):
                    self.scenes_detail(module)
                elif isinstance(module, SummaryResult):
                    self.summary_detail(module)
            if part.report.overall is not None:
                self.overall_detail(part)
            if part.report.warnings:
                self.p("提示", self.s.h2)
                for warning in part.report.warnings:
                    self.p("· " + _esc(warning), self.s.small)

    def benchmark_detail(self, b: BenchmarkResult, part: Any) -> None:
        if b.figure is not None:
            d = b.details
            unit = d.get("unit", "")
            calc = f"{fmt_number(d['numerator'])} ÷ {fmt_number(d['denominator'])} {unit} = {b.figure_text}"
            verdict_colour = GOOD if b.met else BAD
            self.p(f"企业数值 <b>{b.figure_text}</b>；{_esc(edition_text.target_words(b))}；"
                   f"<font color='{verdict_colour}'>{b.verdict}</font>"
                   f"{'，差距 ' + _esc(b.gap_text) if b.gap_text else ''}。计算：{_esc(calc)}。")
        self.p(_esc(edition_text.benchmark_basis(b)), self.s.small)
        if b.caliber:
            self.p(f"口径：{_esc(b.caliber)}", self.s.small)
        rows = b.details.get("rows")
        if rows and "equipment_total" in rows[0]:
            table = [["关键工序", "设备总数（台（套））", "数控化设备（台（套））", "本工序数控化率"]]
            for r in rows:
                rate = f"{r['nc_equipment'] / r['equipment_total'] * 100:.1f}%" if r["equipment_total"] else "—"
                table.append([r["name"], fmt_number(r["equipment_total"]), fmt_number(r["nc_equipment"]), rate])
            table.append(["合计", fmt_number(b.details["denominator"]), fmt_number(b.details["numerator"]),
                          b.figure_text])
            self.space(1.5)
            self.add(self.table(table, [0.34, 0.22, 0.22, 0.22]))
        elif rows and "controlled" in rows[0]:
            table = [["关键工序", "是否采用过程控制系统"]]
            table += [[r["name"], "是" if r["controlled"] else "否"] for r in rows]
            self.space(1.5)
            self.add(self.table(table, [0.6, 0.4]))
        elif "covered" in b.details:
            module = part.questionnaire.module(b.module_id)
            table = [["经营管理业务", "开展方式", "计为数字化"]]
            for question in module.questions:
                value = part.answers.get(question.id)
                option = question.option(value) if isinstance(value, str) else None
                counted = "不计入" if option is not None and option.not_applicable else (
                    "是" if question.text in b.details["covered"] else "否")
                table.append([question.text, display_value(question, value), counted])
            self.space(1.5)
            self.add(self.table(table, [0.42, 0.42, 0.16]))
        elif "tools" in b.details:
            tools = "、".join(b.details["tools"]) or "无"
            self.p(f"在用的数字化研发设计工具：{_esc(tools)}", self.s.small)

    def star_detail(self, star: StarResult) -> None:
        if star.status != "complete":
            return
        head = f"按自评口径估计可达 <b>{_esc(star.estimate or '未达到三星')}</b>"
        if star.awarded:
            head += f"；已获评{_esc(star.awarded)}"
        self.p(head + "。")
        rows = [["星级", "条件", "是否满足"]]
        for reason in star.reasons:
            rows.append([reason.level, reason.text, "满足" if reason.met else "未满足"])
        from reportlab.lib import colors

        styles = [("TEXTCOLOR", (2, i), (2, i), colors.HexColor(GOOD if r.met else BAD))
                  for i, r in enumerate(star.reasons, start=1)]
        self.add(self.table(rows, [0.12, 0.7, 0.18], styles=styles))
        if star.caveat:
            self.space(1)
            self.p("注：" + _esc(star.caveat), self.s.small)

    def points_detail(self, module: PointsResult) -> None:
        if module.points is None:
            return
        self.p(f"得分 <b>{fmt_number(module.points)}</b> / {fmt_number(module.max_points)} 分。")
        rows = [["分组", "指标", "得分", "满分"]]
        for item in module.items:
            rows.append([item.group, item.item, fmt_number(item.points), fmt_number(item.max_points)])
        self.add(self.table(rows, [0.3, 0.4, 0.15, 0.15]))

    def scenes_detail(self, module: ScenesResult) -> None:
        rows = [["场景", "所属", "约束性（第三方资料）", "自评等级"]]
        for scene in module.scenes:
            rows.append([scene.name, scene.group, "是" if scene.binding else "", "未填写" if scene.level is None
                         else (f"{scene.level}级" if scene.level else "未达一级")])
        self.add(self.table(rows, [0.3, 0.34, 0.14, 0.22]))

    def summary_detail(self, module: SummaryResult) -> None:
        if not module.facts:
            return
        rows = [["项目", "情况"]] + [[fact.label, fact.display] for fact in module.facts]
        self.add(self.table(rows, [0.6, 0.4]))

    def overall_detail(self, part: Any) -> None:
        overall = part.report.overall
        self.p(f"综合等级：{_esc(overall.level or '未完成')}", self.s.h2)
        for check in overall.checks:
            ok = check.points_ok and check.scenes_ok and check.binding_ok
            mark = f"<font color='{GOOD if ok else MUTED}'>{'满足' if ok else '不满足'}</font>"
            self.p(f"{mark}　{_esc(check.text)}", self.s.small)
        if overall.caveat:
            self.p("注：" + _esc(overall.caveat), self.s.small)

    def recommendations(self) -> None:
        from reportlab.platypus import KeepTogether

        Paragraph = _paragraph_class()
        self.p("四、改进建议", self.s.h1)
        items = [r for part in self.data.parts for r in part.report.recommendations]
        incomplete = [m.title for part in self.data.parts for m in part.report.modules if m.status == "incomplete"]
        if incomplete:
            self.p(f"以下模块尚未填写完整，相关建议将在填写完成后给出：{_esc('、'.join(incomplete))}。")
        if not items:
            if not incomplete:
                self.p("已填报的各项均达到规划目标，暂无针对性建议；可对照规划重点任务持续提升。")
            return
        for index, rec in enumerate(items, start=1):
            # a task's label already names its section; a support measure gets its source in brackets
            refs = "；".join(_esc(r.label) if r.kind == "task" else f"{_esc(r.label)}（{_esc(r.section)}）"
                            for r in rec.references)
            block = [
                Paragraph(f"{index}. {_esc(rec.title)}", self.s.h2),
                Paragraph(_esc(rec.advice), self.s.body),
                Paragraph(f"依据与支持政策：{refs}", self.s.small),
            ]
            self.add(KeepTogether(block))

    def sources_section(self) -> None:
        """五、政策依据与来源: the edition, the basis of each compared figure, other published figures of the
        edition, and every source with its confidence in plain words."""
        from reportlab.platypus import KeepTogether, Spacer

        Paragraph = _paragraph_class()

        edition = self.edition
        if edition is None:
            return
        # the heading, the opening sentence and the edition's table start on the same page
        self.add(KeepTogether([
            Paragraph("五、政策依据与来源", self.s.h1),
            Paragraph(_esc(edition_text.edition_opening(edition, self.data.period)), self.s.body),
            Spacer(1, 1.5 * self.mm),
            self.table([list(row) for row in edition_text.edition_rows(edition, self.data.period)],
                       [0.16, 0.84], header=False)]))
        core = self.data.part(MAIN_QUESTIONNAIRE)
        benchmarks = core.report.benchmarks() if core is not None else []
        if benchmarks:
            self.p("三项指标的对照依据", self.s.h2)
            rows = [["指标", "对照值", "依据", "来源"]]
            for b in benchmarks:
                kind = "参照值" if b.reference_only else "规划目标"
                rows.append([b.name, f"{kind}{edition_text.target_cell(b)}", b.basis or "—",
                             edition_text.source_text(b.source, b.confidence)])
            self.add(self.table(rows, [0.17, 0.17, 0.36, 0.30]))
        figures = edition_text.figure_lines(edition)
        if figures:
            self.p("本版本汇集的其他公开目标（仅供了解，不用于上述对照）", self.s.h2)
            for line in figures:
                self.p("· " + _esc(line), self.s.small)
        sources = edition_text.source_lines(edition)
        if sources:
            self.p("来源", self.s.h2)
            rows = [["文件", "可信度", "说明"]] + [list(row) for row in sources]
            self.add(self.table(rows, [0.41, 0.18, 0.41]))
        self.space(1.5)
        self.p(_esc(edition_text.CONFIDENCE_LEGEND), self.s.small)

    def appendix(self) -> None:
        from reportlab.platypus import CondPageBreak, PageBreak

        for index, part in enumerate(self.data.parts):
            q = part.questionnaire
            self.add(PageBreak())
            title = "附录：全部答案" if len(self.data.parts) == 1 else f"附录{index + 1}：全部答案 — {q.title}"
            self.p(_esc(title), self.s.h1)
            self.p(f"{_esc(q.title)}（版本 {_esc(q.version)}，内容哈希 {q.short_hash}）", self.s.small)
            for module in q.modules:
                self.add(CondPageBreak(45 * self.mm))  # never a module heading alone at the foot of a page
                self.p(_esc(module.title), self.s.h2)
                simple = [["题目", "答案"]]
                tables: list[Question] = []
                for question in module.questions:
                    value = part.answers.get(question.id)
                    if answer_rules.is_visible(q, question, part.answers):
                        if question.type == "table" and value:
                            tables.append(question)
                            simple.append([question.text, f"{len(value)} 项（见下表）"])
                        else:
                            simple.append([question.text, display_value(question, value)])
                    elif self._trigger_unanswered(question, part.answers):
                        simple.append([question.text, "未填写（待回答前置题）"])
                    else:
                        simple.append([question.text, "不适用（前置条件未满足）"])
                self.add(self.table(simple, [0.55, 0.45]))
                for question in tables:
                    self.space(2)
                    self.p(_esc(question.text), self.s.small)
                    rows = [[c.text + (f"（{c.unit}）" if c.unit else "") for c in question.columns]]
                    rows += [display_row(question, row) for row in part.answers[question.id]]
                    weights = [3.0 if c.type == "text" else 1.4 if c.type in ("single", "multiple") else 1.0
                               for c in question.columns]
                    self.add(self.table(rows, [w / sum(weights) for w in weights]))

    def evidence_list(self) -> None:
        """佐证材料清单: the stamped paper names every file that went with the package (only when any did)."""
        from reportlab.platypus import CondPageBreak

        if not self.data.evidence:
            return
        from ..workspace.evidence_rules import megabytes

        self.add(CondPageBreak(60 * self.mm))
        self.space(4)
        self.p("佐证材料清单", self.s.h1)
        self.p(_esc(f"随报告包提交 {len(self.data.evidence)} 个文件（已签名、加密）。SHA-256 为文件的校验值"
                    "（前 16 位），区县可据此核对收到的文件与本报告所列的一致。"), self.s.small)
        rows = [["题目", "文件", "大小", "SHA-256（前 16 位）"]]
        rows += [[line.question, line.file_name, megabytes(line.size), line.sha256[:16]]
                 for line in self.data.evidence]
        self.add(self.table(rows, [0.38, 0.32, 0.1, 0.2]))

    @staticmethod
    def _trigger_unanswered(question: Question, answers: Any) -> bool:
        from ..questionnaire import conditions

        if question.show_if is None:
            return False
        return any(answers.get(qid) in (None, "", []) for qid in conditions.referenced_questions(question.show_if))

    def signature_page(self) -> None:
        from reportlab.lib import colors
        from reportlab.platypus import PageBreak, Table, TableStyle

        self.add(PageBreak())
        self.p("签字页", self.s.h1)
        self.p("本企业承诺：本报告所填数据真实、准确、完整，与企业实际情况一致，并对数据的真实性负责。")
        self.space(14)
        line = "_" * 18
        self.p(f"企业负责人（签字）：{line}　　　　日期：______年____月____日")
        self.space(10)
        seal = Table([[self._para("企业公章", self.s.cell_center)]], colWidths=[48 * self.mm],
                     rowHeights=[48 * self.mm])
        seal.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), PDF_FONT),
                                  ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(LINE)),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(MUTED))]))
        seal.hAlign = "RIGHT"
        self.p("企业（盖章）：")
        self.add(seal)
        self.space(10)
        self.p("电子报告包信息", self.s.h2)
        sig = self.data.signature
        if sig is None:
            self.p("本报告尚未生成报告包。导出报告包后，签字页将显示企业密钥指纹、核验码和二维码，"
                   "供区县工信部门核对盖章的纸质报告与电子报告包是否一致。", self.s.small)
            return
        from reportlab.graphics.barcode.qr import QrCodeWidget
        from reportlab.graphics.shapes import Drawing

        register_pdf_mono_font()  # the codes below are set in the monospaced face
        payload = "|".join(["ZGSZ", str(self.data.enterprise.get("uscc", "")), self.data.period,
                            sig.package_id, sig.key_fingerprint, sig.verification_code])
        widget = QrCodeWidget(payload)
        x0, y0, x1, y1 = widget.getBounds()
        size = 34 * self.mm
        drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0],
                          initialFontName=PDF_FONT)  # reportlab's default would add an unembedded Helvetica
        drawing.add(widget)
        info = [["报送", self._para(f"{self.data.period}第 {sig.sequence} 次报送" if sig.sequence else "—",
                                    self.s.cell)],
                ["报告包编号", self._para(sig.package_id or "—", self.s.mono)],
                ["企业密钥指纹", self._para(sig.key_fingerprint, self.s.mono)],
                ["核验码", self._para(sig.verification_code, self.s.mono)]]
        inner = self.table(info, [0.22, 0.5], header=False)
        outer = Table([[inner, drawing]], colWidths=[0.74 * self.width, 0.26 * self.width])
        outer.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), PDF_FONT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        self.add(outer)
        self.space(2)
        self.p("企业密钥指纹：本企业签名密钥的编号，每次导出都相同（更换电脑或重装软件后会变，区县届时凭本页核准）。"
               "核验码：由这次报送的内容算出，区县工信部门用它核对这份盖章纸质报告与收到的电子报告包是否一致。"
               "报告包编号：这次报送的编号，同一评估期再次报送时会更新。", self.s.small)
        versions = "；".join(f"{p.questionnaire.title} 版本 {p.questionnaire.version}（内容哈希 "
                            f"{p.questionnaire.short_hash}）" for p in self.data.parts)
        self.p(f"问卷定义：{_esc(versions)}。", self.s.small)

    def _para(self, text: str, style: Any) -> Any:
        return _plain_paragraph(text, style)


def fit_text(text: str, width: float, font: str, size: float) -> str:
    """``text`` shortened with "…" so that it fits in ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _page_decorations(data: ReportData) -> tuple[PageHook, PageHook, type]:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as canvas_module

    name = str(data.enterprise.get("name", ""))

    class NumberedCanvas(canvas_module.Canvas):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any to mypy
        """Defers page furniture to the end so the footer can say 共 y 页."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []  # each page's drawing state (the canvas's __dict__)
            # invariant=1 keeps the bytes reproducible but would date the file 2000-01-01
            stamp_creation_date(self, data.created_at)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self._furniture(self._pageNumber, total)
                super().showPage()
            super().save()

        def _furniture(self, page: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(PDF_FONT, 8.5)
            self.setFillColor(colors.HexColor(MUTED))
            right = f"{TITLE} · {data.period}"
            room = width - 40 * mm - self.stringWidth(right, PDF_FONT, 8.5) - 8 * mm
            self.drawString(20 * mm, height - 12 * mm, fit_text(name, room, PDF_FONT, 8.5))
            self.drawRightString(width - 20 * mm, height - 12 * mm, right)
            self.setStrokeColor(colors.HexColor(LINE))
            self.setLineWidth(0.5)
            self.line(20 * mm, height - 14 * mm, width - 20 * mm, height - 14 * mm)
            self.line(20 * mm, 14 * mm, width - 20 * mm, 14 * mm)
            self.drawCentredString(width / 2, 9 * mm, f"第 {page} 页 / 共 {total} 页")
            sig = data.signature
            left = (f"第 {sig.sequence} 次报送 · 核验码 {sig.verification_code}" if sig is not None and sig.sequence
                    else "自评报告（尚未导出报告包）")
            self.drawString(20 * mm, 9 * mm, left)
            self.restoreState()

    def nothing(canvas: Canvas, doc: BaseDocTemplate) -> None:
        return None

    return nothing, nothing, NumberedCanvas


def build_report(data: ReportData, out: Path | BinaryIO) -> ReportInfo:
    """Write the PDF to ``out`` (a path — written atomically — or a binary stream). The same ``data`` gives
    the same bytes; the file is dated ``data.created_at``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_pdf_fonts()
    buffer = io.BytesIO()
    e = data.enterprise
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
        title=f"{TITLE}（{e.get('name', '')}，{data.period}）", author=str(e.get("name", "")),
        subject=f"{data.main.questionnaire.ref} {data.main.questionnaire.content_hash}",
        creator=f"智改数转企业自评估 {data.app_version}", invariant=1,
        # Start in the embedded font: reportlab's default Helvetica would be listed as an unembedded font.
        initialFontName=PDF_FONT, initialFontSize=10,
    )
    builder = _Builder(data, doc.width)
    builder.cover()
    builder.summary()
    builder.peers()
    builder.chart_section()
    builder.details()
    builder.recommendations()
    builder.sources_section()
    builder.appendix()
    builder.evidence_list()
    builder.signature_page()
    first, later, canvas_class = _page_decorations(data)
    doc.build(builder.story, onFirstPage=first, onLaterPages=later, canvasmaker=canvas_class)
    pdf = buffer.getvalue()
    pages = doc.page
    if isinstance(out, str | Path):
        write_bytes_atomic(Path(out), pdf)
    else:
        out.write(pdf)
    return ReportInfo(pages=pages, size=len(pdf))
