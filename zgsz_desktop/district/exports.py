"""Exports for the city: an Excel workbook, a CSV of the enterprises, and a summary PDF with charts.

The workbook's 汇总 sheet follows the plan's attachments (附件1 projects, 附件2 workshops and 首台（套）,
附件3 digital-transformation tasks) with the district's figure, its quota and the share done, then
the three benchmarks and the MIIT level distribution; 企业明细 has one row per enterprise, 未报送 the
roster entries without a submission, 说明 how each figure is counted and the import log's state.
Every figure comes from :func:`build_dashboard`, so the workbook and the screen cannot disagree.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from ..errors import UserError
from ..fileio import write_bytes_atomic
from ..text import local_time
from .dashboard import LEVEL_ORDER, Dashboard, EnterpriseRow, build_dashboard, enterprise_rows

STAR_NAMES = {0: "未达三星", 3: "三星", 4: "四星", 5: "五星"}

ENTERPRISE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("uscc", "统一社会信用代码"), ("name", "企业名称"), ("industry", "行业"), ("scale", "规模"),
    ("key_enterprise", "重点企业"), ("submission_status", "报送情况"),
    ("core_period", "核心指标评估期"), ("cnc_rate", "关键工序数控化率(%)"),
    ("cnc_met", "数控化率达标"), ("mgmt_rate", "经营管理数字化普及率(%)"), ("mgmt_met", "普及率达标"),
    ("rnd_rate", "数字化研发设计工具普及率(%)"), ("rnd_met", "研发工具达标"), ("cloud_estimate", "星级上云估计"),
    ("cloud_awarded", "已获评星级"), ("projects_completed", "当年完成项目数"), ("miit_period", "评测评估期"),
    ("miit_level", "工信部评测等级"), ("miit_points", "评测得分"), ("imported_at", "最近导入时间"),
    ("contact", "联系人"), ("phone", "电话"),
)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula (a company name "=HYPERLINK(…)" sent in a
    package, a roster cell) gets a leading apostrophe, as OWASP advises for CSV."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _append(sheet: Any, values: list[Any]) -> None:
    """Append a row; text that openpyxl would store as a formula is kept as text."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if cell.data_type == "f":
            cell.data_type = "s"


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("是" if value else "否")


def enterprise_record(row: EnterpriseRow) -> list[Any]:
    """One enterprise as the cells of the table (percentages as numbers, so Excel can sum and sort)."""
    values = {
        **row.__dict__,
        "key_enterprise": _yes_no(row.key_enterprise),
        "cnc_rate": _percent(row.cnc_rate), "mgmt_rate": _percent(row.mgmt_rate), "rnd_rate": _percent(row.rnd_rate),
        "cnc_met": _yes_no(row.cnc_met), "mgmt_met": _yes_no(row.mgmt_met), "rnd_met": _yes_no(row.rnd_met),
        "cloud_estimate": "" if row.cloud_estimate is None else STAR_NAMES.get(row.cloud_estimate, ""),
        "cloud_awarded": "" if row.cloud_awarded is None else STAR_NAMES.get(row.cloud_awarded, "未获评")
        if row.cloud_awarded else "未获评",
        "miit_points": None if row.miit_points is None else round(row.miit_points, 1),
        "imported_at": local_time(row.imported_at),
        "core_period": row.core_period or ("未报送" if row.on_roster_only else ""),
        "submission_status": row.submission_status,
    }
    return [values[key] for key, _ in ENTERPRISE_COLUMNS]


def _log_state(board: Dashboard) -> str:
    if board.log_ok is None:
        return "未校验"
    return "完整" if board.log_ok else "断开（日志在导入后被修改过，数据不可信）"


def _ratio_text(ratio: float | None) -> str:
    return "" if ratio is None else f"{ratio * 100:.1f}%"


def _check_target(path: Path, suffix: str) -> Path:
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path} 是文件夹，请给出文件名，如 {path / ('汇总' + suffix)}")
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    return path


def write_xlsx(db: sqlite_utils.Database, year: int, path: Path, dashboard: Dashboard | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = _check_target(path, ".xlsx")
    board = dashboard or build_dashboard(db, year, verify_log=True)
    rows = enterprise_rows(db, year)
    book = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DCE6F1")

    def header(sheet: Any, values: list[str]) -> None:
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            cell.font = bold
            cell.fill = head_fill

    summary = book.active
    summary.title = "汇总"
    summary.append([f"{board.district} 制造业智改数转进展汇总（{year}年）"])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([f"生成时间 {datetime.now().strftime('%Y-%m-%d %H:%M')}；库中企业 {board.enterprises} 家，"
                    f"{year}年已报送 {board.submitted} 家"
                    f"（核心指标 {board.core_submitted}，评测 {board.miit_submitted}）"])
    summary.append([])
    header(summary, ["附件", "指标", "统计范围", "完成数", "目标数", "完成率", "说明"])
    for quota in board.quotas:
        actual = quota.actual if quota.actual is not None else "未采集"
        _append(summary, [quota.table, quota.label, quota.period, actual, quota.quota, quota.ratio, quota.note])
        summary.cell(summary.max_row, 6).number_format = "0.0%"  # a number Excel can sort and chart
    summary.append([])
    header(summary, ["三项指标（重点企业）", "规划目标", "报送企业数", "达标企业数", "达标率", "平均值(%)",
                     "全部企业报送数", "全部企业达标数", "全部企业平均值(%)"])
    for stat in board.benchmarks:
        summary.append([stat.name, stat.target_label, stat.key_reported, stat.key_met,
                        stat.key_met / stat.key_reported if stat.key_reported else None,
                        _percent(stat.key_average), stat.all_reported, stat.all_met, _percent(stat.all_average)])
        summary.cell(summary.max_row, 5).number_format = "0.0%"
    summary.append([])
    header(summary, ["工信部评测等级", "企业数"])
    for level in (*LEVEL_ORDER, "未完成"):
        summary.append([level, board.miit_levels.get(level, 0)])
    summary.append(["合计", sum(board.miit_levels.values())])
    summary.append([])
    header(summary, ["星级上云", "已获评企业数", "自评估计企业数"])
    for star in (5, 4, 3):
        summary.append([STAR_NAMES[star], board.cloud_awarded.get(star, 0), board.cloud_estimate.get(star, 0)])
    for column, width in zip("ABCDEFGHI", (22, 34, 18, 12, 12, 12, 40, 14, 16), strict=True):
        summary.column_dimensions[column].width = width

    detail = book.create_sheet("企业明细")
    header(detail, [label for _, label in ENTERPRISE_COLUMNS])
    for row in rows:
        _append(detail, enterprise_record(row))
    detail.freeze_panes = "C2"
    detail.auto_filter.ref = f"A1:{get_column_letter(len(ENTERPRISE_COLUMNS))}{max(1, len(rows) + 1)}"
    for index, (key, _) in enumerate(ENTERPRISE_COLUMNS, start=1):
        detail.column_dimensions[get_column_letter(index)].width = {"uscc": 22, "name": 32, "industry": 24}.get(key, 14)
    for cell in detail["A"][1:]:
        cell.number_format = "@"  # a USCC is text, never a number in scientific notation

    missing = book.create_sheet("未报送")
    header(missing, ["统一社会信用代码", "企业名称", "重点企业", "规模", "行业", "联系人", "电话"])
    missing.freeze_panes = "A2"
    for entry in board.not_submitted:
        _append(missing, [entry["uscc"], entry["name"], "是" if entry["key_enterprise"] else "否", entry["scale"],
                        entry["industry"], entry["contact"], entry["phone"]])
    if not board.roster_total:
        missing.append(["（未导入企业名单，无法统计未报送企业）"])
    for column, width in zip("ABCDEFG", (22, 32, 10, 8, 24, 10, 16), strict=True):
        missing.column_dimensions[column].width = width

    if board.partial:
        partial = book.create_sheet("不完整报送")
        header(partial, ["统一社会信用代码", "企业名称", "评估期", "缺少的问卷"])
        partial.freeze_panes = "A2"
        for entry in board.partial:
            _append(partial, [entry["uscc"], entry["name"], entry["period"], "、".join(entry["missing"])])
        for column, width in zip("ABCD", (22, 32, 12, 36), strict=True):
            partial.column_dimensions[column].width = width

    notes = book.create_sheet("说明")
    notes.append(["统计口径"])
    notes["A1"].font = bold
    for line in board.notes:
        notes.append([line])
    notes.append([])
    notes.append([f"导入日志：{board.log_entries} 条，哈希链{_log_state(board)}；末条哈希 {board.log_head}"])
    notes.append(["规划：南通市制造业智能化改造和数字化转型三年行动计划（2022—2024年）（通政办发〔2022〕3号）"])
    notes.column_dimensions["A"].width = 120
    for row in notes.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    book.save(buffer)
    write_bytes_atomic(path, buffer.getvalue())
    return path


def write_csv(db: sqlite_utils.Database, year: int, path: Path) -> Path:
    """The 企业明细 table as CSV for other systems (UTF-8 with BOM). For Excel use the workbook: Excel
    shows an all-digit 统一社会信用代码 from a CSV in scientific notation."""
    path = _check_target(path, ".csv")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([label for _, label in ENTERPRISE_COLUMNS])
    for row in enterprise_rows(db, year):
        writer.writerow(["" if value is None else csv_safe(value) for value in enterprise_record(row)])
    write_bytes_atomic(path, buffer.getvalue().encode("utf-8-sig"))  # the BOM makes Excel read UTF-8
    return path


# --------------------------------------------------------------------------- PDF


def _charts(board: Dashboard) -> list[tuple[str, bytes]]:
    """PNG charts (matplotlib Figures, no pyplot): benchmark distributions, MIIT levels, quota progress."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    from ..report.fonts import register_chart_font

    font = register_chart_font()
    charts = []
    figure = Figure(figsize=(7.2, 2.6), dpi=150)
    axes = figure.subplots(1, 3, sharey=False)
    centres = [i * 10 + 5 for i in range(10)]  # bars on the percent axis: the target line falls where it is
    for ax, stat in zip(axes, board.benchmarks, strict=True):
        ax.bar(centres, stat.distribution_all, width=9, color="#c9d6e8", label="全部企业")
        ax.bar(centres, stat.distribution, width=9, color="#2f6db5", label="重点企业")
        ax.axvline(stat.target_percent, color="#c0392b", linestyle="--", linewidth=1,
                   label=f"目标 {stat.target_percent:g}%")
        ax.set_title(stat.name, fontsize=8, fontfamily=font)
        ax.set_xlim(0, 100)
        ax.set_xticks(range(0, 101, 20))
        ax.set_xlabel("数值（%），每 10% 一组", fontsize=6, fontfamily=font)
        ax.tick_params(labelsize=6)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(prop={"family": font, "size": 5.5}, loc="upper left", frameon=False)
    axes[0].set_ylabel("企业数（家）", fontsize=7, fontfamily=font)
    figure.tight_layout()
    charts.append(("三项指标分布（柱：企业数；虚线：规划目标）", _png(figure)))

    figure = Figure(figsize=(7.2, 2.6), dpi=150)
    ax_levels, ax_quota = figure.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.4]})
    levels = [*LEVEL_ORDER, "未完成"]
    ax_levels.bar(range(len(levels)), [board.miit_levels.get(level, 0) for level in levels], color="#2f6db5")
    ax_levels.set_xticks(range(len(levels)), levels, fontsize=6, fontfamily=font)
    ax_levels.set_ylabel("企业数（家）", fontsize=7, fontfamily=font)
    ax_levels.set_title("工信部评测等级分布", fontsize=8, fontfamily=font)
    ax_levels.tick_params(labelsize=6)
    ax_levels.yaxis.set_major_locator(MaxNLocator(integer=True))
    quotas = [q for q in board.quotas if q.ratio is not None]
    ax_quota.barh(range(len(quotas)), [min(q.ratio or 0, 1.5) * 100 for q in quotas], color="#3a9b5c")
    ax_quota.axvline(100, color="#c0392b", linestyle="--", linewidth=1)
    ax_quota.set_yticks(range(len(quotas)), [_short_label(q.label) for q in quotas], fontsize=6, fontfamily=font)
    ax_quota.invert_yaxis()
    ax_quota.set_xlim(0, 150)
    ax_quota.set_xlabel("完成率（%，超过150%按150%画）", fontsize=6, fontfamily=font)
    ax_quota.set_title("目标任务完成率", fontsize=8, fontfamily=font)
    ax_quota.tick_params(labelsize=6)
    figure.tight_layout()
    charts.append(("评测等级与目标任务完成率", _png(figure)))
    return charts


_SHORT_LABELS = {
    "完成“智改数转”项目数": "智改数转项目", "省级示范智能车间（工厂）": "省级示范车间",
    "市级示范智能车间": "市级示范车间",
    "市级以上首台（套）重大智能装备": "首台（套）装备", "两化融合管理体系贯标通过企业数": "两化融合贯标",
    "工业互联网标杆工厂数": "标杆工厂", "五星级上云企业数": "五星上云", "四星级上云企业数": "四星上云",
    "三星级上云企业数": "三星上云", "工业互联网融合创新试点示范": "融合创新试点",
}


def _short_label(label: str) -> str:
    return _SHORT_LABELS.get(label, label[:8])


def _png(figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def write_summary_pdf(db: sqlite_utils.Database, year: int, path: Path, dashboard: Dashboard | None = None) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from ..report.fonts import register_pdf_fonts

    path = _check_target(path, ".pdf")
    board = dashboard or build_dashboard(db, year, verify_log=True)
    font = register_pdf_fonts()
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
    # wordWrap CJK: Chinese lines break between any characters, never with "。" starting a line
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=13, wordWrap="CJK")
    small = ParagraphStyle("small", fontName=font, fontSize=7.5, leading=10, textColor=colors.HexColor("#555555"),
                           wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10, wordWrap="CJK")

    def table(data: list[list[Any]], widths: list[float]) -> Table:
        wrapped = [[Paragraph(str(v), cell) if not isinstance(v, Paragraph) else v for v in row] for row in data]
        t = Table(wrapped, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b6")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return t

    story: list[Any] = [
        Paragraph(f"{board.district}制造业智改数转进展汇总（{year}年）", title),
        Paragraph(f"生成于 {datetime.now().strftime('%Y-%m-%d %H:%M')}。库中企业 {board.enterprises} 家，"
                  f"{year}年已报送 {board.submitted} 家（南通核心指标 {board.core_submitted} 份，"
                  f"工信部评测 {board.miit_submitted} 份）"
                  + (f"；名单 {board.roster_total} 家，未报送 {len(board.not_submitted)} 家"
                     if board.roster_total else "") + "。", body),
        Paragraph("目标任务（规划附件1—3）", h2),
        table([["附件", "指标", "范围", "完成", "目标", "完成率"]]
              + [[q.table, q.label, q.period, "未采集" if q.actual is None else q.actual,
                  "—" if q.quota is None else q.quota, _ratio_text(q.ratio) or "—"] for q in board.quotas],
              [14, 62, 32, 18, 18, 20]),
        Paragraph("三项指标（规划对重点企业的目标）", h2),
        table([["指标", "目标", "重点企业达标/报送", "重点企业平均", "全部企业达标/报送", "全部企业平均"]]
              + [[s.name, s.target_label, f"{s.key_met}/{s.key_reported}",
                  "—" if s.key_average is None else f"{s.key_average * 100:.1f}%", f"{s.all_met}/{s.all_reported}",
                  "—" if s.all_average is None else f"{s.all_average * 100:.1f}%"] for s in board.benchmarks],
              [46, 20, 32, 24, 32, 24]),
    ]
    for caption, png in _charts(board):
        story += [Spacer(1, 4), KeepTogether([Image(io.BytesIO(png), width=170 * mm, height=170 * mm * _aspect(png)),
                                              Paragraph(caption, small)])]
    if board.roster_total:
        story.append(Paragraph(f"未报送企业（名单 {board.roster_total} 家中 {len(board.not_submitted)} 家）", h2))
        if board.not_submitted:
            story.append(table([["统一社会信用代码", "企业名称", "重点企业", "联系人", "电话"]]
                               + [[m["uscc"], m["name"], "是" if m["key_enterprise"] else "", m["contact"], m["phone"]]
                                  for m in board.not_submitted], [40, 64, 16, 20, 34]))
    story += [Paragraph("统计口径", h2)] + [Paragraph("· " + line, small) for line in board.notes]
    story.append(Paragraph(
        f"· 导入日志 {board.log_entries} 条，哈希链{_log_state(board)}，末条哈希 {board.log_head}", small))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=f"{board.district}智改数转进展汇总{year}",
                            author="智改数转企业自评估")
    footer = f"{board.district} {year}年智改数转进展汇总"

    def number_pages(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(18 * mm, 9 * mm, footer)
        canvas.drawRightString(A4[0] - 18 * mm, 9 * mm, f"第 {document.page} 页")
        canvas.restoreState()

    doc.build(story, onFirstPage=number_pages, onLaterPages=number_pages)
    write_bytes_atomic(path, buffer.getvalue())
    return path


def _aspect(png: bytes) -> float:
    import struct

    width, height = struct.unpack(">II", png[16:24])
    return height / width
