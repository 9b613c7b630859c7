"""The city's figures as an Excel workbook (sheets 全市, 各区县, 企业清单) and a PDF (reportlab, the app's bundled
CJK font). Text that came from the districts is shown with its hidden characters written out and is never taken
for a formula."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from ..district.dashboard import LEVEL_ORDER
from ..district.exports import cell_text, pdf_text
from ..district.receipts import STATE_LABELS
from ..errors import UserError
from ..fileio import write_bytes_atomic
from ..messages import say
from .consolidate import REPORTED, CityBoard, DistrictRow
from .importer import RATES

RATE_NAMES = {"cnc_rate": "关键工序数控化率", "mgmt_rate": "经营管理数字化普及率",
              "rnd_rate": "数字化研发设计工具普及率"}
# 工信部评测等级 in the district's order (district/exports.py): below 一级, 一级…四级, then the unfinished
LEVELS = (*LEVEL_ORDER, "未完成")
UNDER_CORRECTION_WORDS = "退回修改中"  # returned to the enterprise for correction, no corrected package yet


class Share(float):
    """A rate (0–1): a number with a percent format in the workbook, ``68.4%`` in the PDF."""


def _share(value: float | None) -> Share | None:
    return None if value is None else Share(value)


def _target(path: Path, suffix: str) -> Path:
    path = Path(path)
    if path.is_dir():
        raise UserError(say("{path} 是文件夹，请给出文件名，如 {example}", path=str(path),
                            example=str(path / f"全市汇总{suffix}")))
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _count(value: int | None, empty: str) -> str | int:
    return empty if value is None else value


def _local(iso: str) -> datetime | None:
    """A stored time as the clerk's local time (naive: a workbook cell has no time zone)."""
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).astimezone().replace(tzinfo=None, second=0, microsecond=0)
    except ValueError:
        return None


def shown(value: object) -> object:
    """A line's value as the PDF writes it: rates as percentages, times as local minutes."""
    if isinstance(value, Share):
        return _percent(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else value


def ordered_levels(levels: dict[str, int]) -> list[tuple[str, int]]:
    """The 评测等级 counts in the district's order (any level the plan does not name last)."""
    return [(level, levels.get(level, 0)) for level in LEVELS] + [
        (level, n) for level, n in levels.items() if level not in LEVELS]


def _audit_words(d: DistrictRow) -> str:
    if d.audit_ok is None:
        return ""
    return "通过" if d.audit_ok else "未通过（强制导出）"


def city_lines(board: CityBoard) -> list[list[Any]]:
    """The 全市 sheet's rows (and the PDF's first tables)."""
    rows: list[list[Any]] = [
        ["评估期", board.period],
        ["已报区县", f"{board.reported_districts} / {len(board.districts)}"],
        ["已报送企业", board.submitted],
        [f"其中{UNDER_CORRECTION_WORDS}", board.under_correction],
        [],
        ["附件", "指标", "范围", "全市完成", "全市任务数", "完成率"],
    ]
    for q in board.quotas:
        rows.append([q.table, q.label, "当年" if q.span == "year" else "累计", _count(q.actual, "未采集"),
                     _count(q.quota, "未下达"), _share(q.ratio)])
    rows += [[], ["指标", "全市目标", "重点企业达标/报送", "重点企业平均", "平均是否达到目标"]]
    for b in board.benchmarks:
        rows.append([b.name, b.target_label, f"{b.key_met}/{b.key_reported}", _share(b.key_average),
                     "—" if b.average_met is None else ("是" if b.average_met else "否")])
    levels = ordered_levels(board.miit_levels)
    rows += [[], ["工信部评测等级", *[level for level, _ in levels]], ["企业数", *[n for _, n in levels]]]
    if board.disputed:
        rows += [[], ["归属待核实的企业", "同时报送的区县"]]
        rows += [[u, "、".join(ds)] for u, ds in board.disputed]
    rows += [[], *[[note] for note in board.notes]]
    return rows


def district_lines(board: CityBoard) -> list[list[Any]]:
    keys = [q.key for q in board.quotas]
    head = ["区县", "状态", "签发时间", "核查", "已报送企业", UNDER_CORRECTION_WORDS,
            *[f"{RATE_NAMES[r]}（重点企业平均）" for r, _ in RATES], *[f"{q.table} {q.label}" for q in board.quotas],
            "核查说明"]
    rows: list[list[Any]] = [head]
    for d in board.districts:
        reported = d.status == REPORTED
        rows.append([d.district, d.status, _local(d.issued_at), _audit_words(d),
                     d.submitted if reported else None, d.under_correction if reported else None,
                     *[_share(d.key_averages.get(r)) if reported else None for r, _ in RATES],
                     *[_count(d.quota_actual.get(k), "未采集") if reported else None for k in keys],
                     d.audit_message if reported and d.audit_ok is False else None])
    return rows


def enterprise_lines(board: CityBoard) -> list[list[Any]]:
    rows: list[list[Any]] = [["区县", "统一社会信用代码", "企业名称", "行业代码", "规模", "重点企业", "评估期",
                              "受理状态", *RATE_NAMES.values(), "工信部评测等级", "已获评星级", "报告包编号"]]
    for e in board.enterprises:
        state = e.get("acceptance")
        rows.append([e["district"], e["uscc"], e["name"], e["industry_code"], e["scale"],
                     "是" if e["key_enterprise"] else "", e["period"] or "（本年度未报送）",
                     str(STATE_LABELS[state]) if state in STATE_LABELS else "",
                     *[_share(e[r]) for r, _ in RATES], e["miit_level"] or "", e["cloud_awarded"] or "",
                     e["package_id"]])
    return rows


def _width(value: Any) -> float:
    """A cell's width in Excel's units (one "0"; a Chinese character takes about two)."""
    if isinstance(value, Share):
        return 7
    if isinstance(value, datetime):
        return 16
    text = "" if value is None else str(value)
    longest = max(text.split("\n"), key=len, default="")
    return sum(2.1 if unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in longest)


def write_xlsx(board: CityBoard, path: Path) -> Path:
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    path = _target(path, ".xlsx")
    book = Workbook()
    for index, (title, rows) in enumerate((("全市", city_lines(board)), ("各区县", district_lines(board)),
                                           ("企业清单", enterprise_lines(board)))):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = title
        widths: dict[int, float] = {}
        for number, row in enumerate(rows, 1):
            sheet.append([cell_text(v) if isinstance(v, str) else float(v) if isinstance(v, Share) else v
                          for v in row])
            for column, value in enumerate(row, 1):
                cell = sheet.cell(number, column)
                if isinstance(value, Share):
                    cell.number_format = "0.0%"  # a number the clerk can sum and chart, shown as 68.4%
                elif isinstance(value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(value, str) and value.startswith(("=", "+", "-", "@")):
                    cell.data_type = "s"  # text from a district is never a formula
                if isinstance(value, str) and "\n" in value:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                # the notes and long lists on 全市 run across the sheet; a heading wraps rather than widens
                if title == "全市" and len(row) == 1:
                    continue
                heading = title != "全市" and number == 1
                limit = 16 if heading else 40
                widths[column] = max(widths.get(column, 8), min(_width(value) + 2, limit))
        if title != "全市":
            for cell in sheet[1]:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(wrap_text=True, vertical="center")
            # Excel does not size a row to wrapped text when it opens a file: the heading row says how tall it is
            lines = max((math.ceil(_width(v) / max(widths.get(c, 8) - 1.5, 1)) for c, v in enumerate(rows[0], 1)),
                        default=1)
            sheet.row_dimensions[1].height = 15 * max(1, lines)
        for column, width in widths.items():
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "A2" if title != "全市" else None
    buffer = io.BytesIO()
    book.save(buffer)
    write_bytes_atomic(path, buffer.getvalue())
    return path


PER_TABLE = 5  # districts side by side in one quota table (A4 portrait)


def quota_cell(d: DistrictRow, key: str) -> str:
    """One district's figure of a quota row for the PDF: 完成 / 任务 (未报: only the task it owes)."""
    quota = d.quota.get(key)
    task = "—" if quota is None else str(quota)
    if d.status != REPORTED:
        return f"未报 / {task}"
    actual = d.quota_actual.get(key)
    return f"{'未采集' if actual is None else actual} / {task}"


def per_district_quotas(board: CityBoard, table: Callable[[list[list[Any]], list[float]], Any]) -> list[Any]:
    """The plan's quota rows for each district (a table per five districts, the rows down the side)."""
    tables = []
    count = max(1, math.ceil(len(board.districts) / PER_TABLE))
    size = math.ceil(len(board.districts) / count)  # 11 districts: 4, 4, 3 rather than 5, 5, 1
    for start in range(0, len(board.districts), size):
        chunk = board.districts[start:start + size]
        data = [["附件", "指标", *[d.district for d in chunk]]] + [
            [q.table, q.label, *[quota_cell(d, q.key) for d in chunk]] for q in board.quotas]
        tables.append(table(data, [12, 50, *[120 / len(chunk)] * len(chunk)]))  # every table the page's width
    return tables


def write_pdf(board: CityBoard, path: Path, created: str) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from ..report.fonts import register_pdf_fonts

    path = _target(path, ".pdf")
    font = register_pdf_fonts()
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=13, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9.5, wordWrap="CJK")

    def table(data: list[list[Any]], widths: list[float]) -> Table:
        wrapped = [[Paragraph(pdf_text(v), cell) for v in row] for row in data]
        t = Table(wrapped, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b6")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
                               ("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return t

    quotas = [["附件", "指标", "范围", "全市完成", "全市任务数", "完成率"]] + [
        [q.table, q.label, "当年" if q.span == "year" else "累计", _count(q.actual, "未采集"),
         _count(q.quota, "未下达"), _percent(q.ratio)] for q in board.quotas]
    rates = [["指标", "全市目标", "重点企业达标/报送", "重点企业平均"]] + [
        [b.name, b.target_label, f"{b.key_met}/{b.key_reported}", _percent(b.key_average)] for b in board.benchmarks]
    districts = [["区县", "状态", "签发时间", "核查", "已报送企业", UNDER_CORRECTION_WORDS,
                  *[f"{RATE_NAMES[r]}（重点企业平均）" for r, _ in RATES]]] + [
        [d.district, d.status, shown(_local(d.issued_at)), "" if d.audit_ok is None else
         ("通过" if d.audit_ok else "未通过"), d.submitted if d.status == REPORTED else "",
         d.under_correction if d.status == REPORTED else "",
         *[_percent(d.key_averages.get(r)) if d.status == REPORTED else "" for r, _ in RATES]]
        for d in board.districts]
    # a forced summary's audit verdict, a problem a line (each line's markup escaped on its own)
    audits = [Paragraph("<br/>".join(pdf_text(line, limit=400) for line in [
        f"{d.district}：区县导出时数据库核查未通过（强制导出），其数字仅供参考，请与区县核实。",
        *d.audit_message.splitlines()]), body) for d in board.districts if d.audit_ok is False]
    story: list[Any] = [
        Paragraph(pdf_text(f"南通市制造业智改数转进展汇总（{board.period}）"), title),
        Paragraph(pdf_text(f"生成于 {created}。已报区县 {board.reported_districts} / {len(board.districts)}，"
                           f"已报送企业 {board.submitted} 家"
                           f"（其中{UNDER_CORRECTION_WORDS} {board.under_correction} 家："
                           "区县已退回企业修改、尚未收到更正的报送）。"), body),
        Paragraph("目标任务（全市）", h2), table(quotas, [16, 95, 16, 22, 22, 20]),
        Paragraph("三项指标（重点企业）", h2), table(rates, [60, 30, 40, 30]),
        Paragraph("各区县", h2), table(districts, [27, 10, 22, 14, 15, 15, 26, 26, 27]), *audits,
        Paragraph("各区县目标任务（完成数 / 任务数）", h2),
        *per_district_quotas(board, table),
        Spacer(1, 6), *[Paragraph(pdf_text(note), body) for note in board.notes],
    ]
    import io

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm,
                            rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title=f"全市汇总 {board.period}")
    doc.build(story)
    write_bytes_atomic(path, buffer.getvalue())
    return path
