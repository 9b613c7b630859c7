"""The city's figures as an Excel workbook (sheets 全市, 各区县, 企业清单) and a PDF (reportlab, the app's bundled
CJK font). Text that came from the districts is shown with its hidden characters written out and is never taken
for a formula."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..district.exports import cell_text, pdf_text
from ..errors import UserError
from ..fileio import write_bytes_atomic
from ..messages import say
from .consolidate import REPORTED, CityBoard
from .importer import RATES

RATE_NAMES = {"cnc_rate": "关键工序数控化率", "mgmt_rate": "经营管理数字化普及率",
              "rnd_rate": "数字化研发设计工具普及率"}


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


def city_lines(board: CityBoard) -> list[list[Any]]:
    """The 全市 sheet's rows (and the PDF's first tables)."""
    rows: list[list[Any]] = [
        ["评估期", board.period],
        ["已报区县", f"{board.reported_districts} / {len(board.districts)}"],
        ["已报送企业", board.submitted],
        [],
        ["附件", "指标", "范围", "全市完成", "全市任务数", "完成率"],
    ]
    for q in board.quotas:
        rows.append([q.table, q.label, "当年" if q.span == "year" else "累计", _count(q.actual, "未采集"),
                     _count(q.quota, "未下达"), _percent(q.ratio)])
    rows += [[], ["指标", "全市目标", "重点企业达标/报送", "重点企业平均", "平均是否达到目标"]]
    for b in board.benchmarks:
        rows.append([b.name, b.target_label, f"{b.key_met}/{b.key_reported}", _percent(b.key_average),
                     "—" if b.average_met is None else ("是" if b.average_met else "否")])
    rows += [[], ["工信部评测等级", *board.miit_levels.keys()], ["企业数", *board.miit_levels.values()]]
    if board.disputed:
        rows += [[], ["归属待核实的企业", "同时报送的区县"]]
        rows += [[u, "、".join(ds)] for u, ds in board.disputed]
    rows += [[], *[[note] for note in board.notes]]
    return rows


def district_lines(board: CityBoard) -> list[list[Any]]:
    keys = [q.key for q in board.quotas]
    head = ["区县", "状态", "签发时间", "核查", "已报送企业", *[f"{RATE_NAMES[r]}（重点企业平均）" for r, _ in RATES],
            *[f"{q.table} {q.label}" for q in board.quotas]]
    rows: list[list[Any]] = [head]
    for d in board.districts:
        audit = "" if d.audit_ok is None else ("通过" if d.audit_ok else "未通过（强制导出）")
        rows.append([d.district, d.status, d.issued_at, audit, d.submitted if d.status == REPORTED else "",
                     *[_percent(d.key_averages.get(r)) if d.status == REPORTED else "" for r, _ in RATES],
                     *[_count(d.quota_actual.get(k), "未采集") if d.status == REPORTED else "" for k in keys]])
    return rows


def enterprise_lines(board: CityBoard) -> list[list[Any]]:
    rows: list[list[Any]] = [["区县", "统一社会信用代码", "企业名称", "行业代码", "规模", "重点企业", "评估期",
                              *RATE_NAMES.values(), "工信部评测等级", "已获评星级", "报告包编号"]]
    for e in board.enterprises:
        rows.append([e["district"], e["uscc"], e["name"], e["industry_code"], e["scale"],
                     "是" if e["key_enterprise"] else "", e["period"] or "（本年度未报送）",
                     *[_percent(e[r]) for r, _ in RATES], e["miit_level"] or "", e["cloud_awarded"] or "",
                     e["package_id"]])
    return rows


def write_xlsx(board: CityBoard, path: Path) -> Path:
    import io

    from openpyxl import Workbook

    path = _target(path, ".xlsx")
    book = Workbook()
    for index, (title, rows) in enumerate((("全市", city_lines(board)), ("各区县", district_lines(board)),
                                           ("企业清单", enterprise_lines(board)))):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = title
        for row in rows:
            sheet.append([cell_text(v) if isinstance(v, str) else v for v in row])
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    cell.data_type = "s"  # text from a district is never a formula
        sheet.column_dimensions["A"].width = 18 if title != "全市" else 28
        sheet.column_dimensions["B"].width = 30
        sheet.freeze_panes = "A2" if title != "全市" else None
    buffer = io.BytesIO()
    book.save(buffer)
    write_bytes_atomic(path, buffer.getvalue())
    return path


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
    districts = [["区县", "状态", "已报送企业", "核查", *[RATE_NAMES[r] for r, _ in RATES]]] + [
        [d.district, d.status, d.submitted if d.status == REPORTED else "",
         "" if d.audit_ok is None else ("通过" if d.audit_ok else "未通过"),
         *[_percent(d.key_averages.get(r)) if d.status == REPORTED else "" for r, _ in RATES]]
        for d in board.districts]
    story: list[Any] = [
        Paragraph(pdf_text(f"南通市制造业智改数转进展汇总（{board.period}）"), title),
        Paragraph(pdf_text(f"生成于 {created}。已报区县 {board.reported_districts} / {len(board.districts)}，"
                           f"已报送企业 {board.submitted} 家。"), body),
        Paragraph("目标任务（全市）", h2), table(quotas, [16, 95, 16, 22, 22, 20]),
        Paragraph("三项指标（重点企业）", h2), table(rates, [60, 30, 40, 30]),
        Paragraph("各区县", h2), table(districts, [34, 14, 22, 18, 32, 32, 32]),
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
