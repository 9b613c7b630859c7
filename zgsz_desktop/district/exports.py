"""Exports for the city: an Excel workbook, a CSV of the enterprises, and a summary PDF with charts.

The workbook's 汇总 sheet follows the plan's attachments (附件1 projects, 附件2 workshops and 首台（套）,
附件3 digital-transformation tasks) with the district's figure, its quota and the share done, then
the three benchmarks and the MIIT level distribution; 企业明细 has one row per enterprise, 未报送 the
roster entries without a submission, 核查提示 what the plausibility checks found, 说明 how each figure
is counted and the import log's state. Every figure comes from :func:`build_dashboard`, so the workbook
and the screen cannot disagree.

Text that came from outside (names, contacts, phones, industry, roster cells, periods, package ids, the
district's name) goes through :func:`zgsz_desktop.text.visible` in all three files: a control, bidi or
zero-width character is written out as ``⟦U+202E⟧``. It can neither stop an export (Excel refuses control
characters) nor make one name display as another, and every row is still there.

The workbook is streamed (openpyxl's write-only mode: linear in the number of rows) and every sheet is set up
for the clerk who prints it: A4 landscape, one page wide, the header row repeated on every page and frozen
on screen, the sheet's name and the page number in the page header and footer.
"""

from __future__ import annotations

import csv
import io
import math
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from ..errors import UserError
from ..fileio import write_bytes_atomic
from ..text import visible
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
# 企业明细 column widths (Excel's units: one "0"; a Chinese character takes about two)
ENTERPRISE_WIDTHS = {"uscc": 21, "name": 32, "industry": 20, "scale": 6, "key_enterprise": 6,
                     "submission_status": 12, "core_period": 11, "miit_period": 11, "imported_at": 16,
                     "cloud_estimate": 9, "cloud_awarded": 9, "miit_level": 11, "contact": 9, "phone": 14,
                     "projects_completed": 8, "miit_points": 7, "cnc_met": 7, "mgmt_met": 7, "rnd_met": 7}
WRAPPED = frozenset({"name", "industry", "submission_status", "core_period", "miit_period"})
FLAG_COLUMNS = ("类型", "统一社会信用代码", "企业", "评估期", "报告包", "说明")

DATE_FORMAT = "yyyy-mm-dd hh:mm"
CELL_TEXT_LIMIT = 32_000  # Excel holds 32,767 characters in a cell; longer text is cut with its real length noted

CSV_OPEN_HINT = (
    "CSV 供其他系统读取；查看、打印和报市里请用 Excel 工作簿（.xlsx）。"
    "Excel、WPS 双击即可打开（文件为带 BOM 的 UTF-8）；LibreOffice 打开时会出现“文本导入”对话框，"
    "确认字符集为“Unicode (UTF-8)”后点“确定”。统一社会信用代码前有一个制表符，"
    "使表格软件把代码当作文本、不改成科学计数法；导入其他系统时请去掉它。")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_Value = TypeVar("_Value")


def csv_safe(value: _Value) -> _Value | str:
    """Text that a spreadsheet would run as a formula (a company name "=HYPERLINK(…)" sent in a
    package, a roster cell) gets a leading apostrophe, as OWASP advises for CSV."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def shown(value: object) -> str:
    """Text from outside with its hidden characters written out (:func:`visible`, never cut)."""
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    # isprintable() is False for every character visible() escapes except U+FFFC: the common case costs
    # one C-level scan instead of a category lookup per character.
    if text.isprintable() and "\ufffc" not in text:
        return text
    return visible(text, limit=None)


def cell_text(value: object) -> str:
    """Text as it goes into a workbook cell: :func:`shown`, and cut (with its real length) only beyond what
    a cell can hold."""
    text = shown(value)
    return visible(text, limit=CELL_TEXT_LIMIT) if len(text) > CELL_TEXT_LIMIT else text


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("是" if value else "否")


def local_datetime(iso: str) -> datetime | str | None:
    """A stored timestamp (ISO 8601, UTC) as the local time to the minute, naive (Excel has no time zones);
    empty is None, and text that is no timestamp stays text."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return moment.replace(tzinfo=None, second=0, microsecond=0)


def enterprise_record(row: EnterpriseRow) -> list[Any]:
    """One enterprise as the cells of the table: percentages as numbers (Excel can sum and sort them),
    最近导入时间 as a local datetime, text with its hidden characters written out."""
    values = {
        **row.__dict__,
        "key_enterprise": _yes_no(row.key_enterprise),
        "cnc_rate": _percent(row.cnc_rate), "mgmt_rate": _percent(row.mgmt_rate), "rnd_rate": _percent(row.rnd_rate),
        "cnc_met": _yes_no(row.cnc_met), "mgmt_met": _yes_no(row.mgmt_met), "rnd_met": _yes_no(row.rnd_met),
        "cloud_estimate": "" if row.cloud_estimate is None else STAR_NAMES.get(row.cloud_estimate, ""),
        "cloud_awarded": "" if row.cloud_awarded is None else STAR_NAMES.get(row.cloud_awarded, "未获评")
        if row.cloud_awarded else "未获评",
        "miit_points": None if row.miit_points is None else round(row.miit_points, 1),
        "imported_at": local_datetime(row.imported_at),
        "core_period": row.core_period or ("未报送" if row.on_roster_only else ""),
        "submission_status": row.submission_status,
    }
    cells = [values[key] for key, _ in ENTERPRISE_COLUMNS]
    return [shown(value) if isinstance(value, str) else value for value in cells]


def _log_state(board: Dashboard) -> str:
    if board.log_ok is None:
        return "未校验"
    return "完整" if board.log_ok else "断开（日志在导入后被修改过，数据不可信）"


def _ratio_text(ratio: float | None) -> str:
    return "" if ratio is None else f"{ratio * 100:.1f}%"


def _flags(board: Dashboard) -> list[Any] | None:
    """The board's plausibility flags; None when this dashboard does not carry them."""
    flags = getattr(board, "flags", None)
    return None if flags is None else list(flags)


def _flag_values(flag: Any) -> list[str]:
    return [getattr(flag, "label", "") or getattr(flag, "kind", ""), flag.uscc, flag.enterprise, flag.period,
            flag.package_id, flag.message]


def _reference(board: Dashboard) -> bool:
    return any(stat.reference_only for stat in board.benchmarks)


REFERENCE_LABELS = {"数控化率达标": "数控化率达到参照值", "普及率达标": "普及率达到参照值",
                    "研发工具达标": "研发工具达到参照值"}


def enterprise_labels(reference: bool) -> list[str]:
    """The detail columns' headings: 达标 against a target, 达到参照值 against a reference figure (2025+)."""
    return [REFERENCE_LABELS.get(label, label) if reference else label for _, label in ENTERPRISE_COLUMNS]


def met_words(reference: bool) -> str:
    return "达到参照值" if reference else "达标"


def edition_lines(board: Dashboard, *, sources: bool = False) -> list[str]:
    """Which policy edition the year is measured against, and (``sources``) every source with its confidence."""
    edition = board.edition
    if edition is None:
        return []
    from ..policy.edition import CONFIDENCE_LABELS

    trust = CONFIDENCE_LABELS[edition.confidence]
    lines = [f"对照的政策版本：{edition.label}，{edition.years_label}（可信度：{trust}）"
             + (f"；{edition.origin}" if edition.origin != "shipped" else "") + "。"]
    if board.edition_note:
        lines.append(board.edition_note)
    if sources:
        lines += [f"来源：{source.citation}（{CONFIDENCE_LABELS[source.confidence]}）"
                  + (f"——{source.note}" if source.note else "") for source in edition.cited_sources()]
        lines += [f"{stat.name}对照值“{stat.target_label}”：{stat.basis}" for stat in board.benchmarks if stat.basis]
    return lines


def _flags_note(flags: list[Any] | None) -> str | None:
    if flags is None:
        return None
    if not flags:
        return "核查提示：无。"
    counts: dict[str, int] = {}
    for flag in flags:
        label = str(getattr(flag, "label", "") or getattr(flag, "kind", ""))
        counts[label] = counts.get(label, 0) + 1
    detail = "，".join(f"{shown(label)} {count} 条" for label, count in counts.items())
    return f"核查提示：{len(flags)} 条（{detail}），逐条见“核查提示”页；报市里前请逐条核实。"


def _check_target(path: Path, suffix: str) -> Path:
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path} 是文件夹，请给出文件名，如 {path / ('汇总' + suffix)}")
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    return path


# --------------------------------------------------------------------------- workbook


WRAP_STYLE, HEAD_STYLE = "智改数转 折行", "智改数转 表头"
WRAPPING_STYLES = frozenset({WRAP_STYLE, HEAD_STYLE})
LINE_HEIGHT = 15.0  # points per line of 11 pt text


def _named_styles(book: Any) -> dict[str, str]:
    """The workbook's cell looks as named styles (a streamed cell takes one by name: each cell given its own
    font, fill and alignment objects cost two thirds of the export's time); name → style name."""
    from copy import copy

    from openpyxl.styles import Alignment, NamedStyle, PatternFill
    from openpyxl.styles.fonts import DEFAULT_FONT

    def font(bold: bool = False, size: float | None = None) -> Any:
        made = copy(DEFAULT_FONT)
        made.b = bold
        if size is not None:
            made.sz = size
        return made

    top = Alignment(vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    looks = {
        "title": NamedStyle("智改数转 标题", font=font(True, 14)),
        "head": NamedStyle(HEAD_STYLE, font=font(True), fill=PatternFill("solid", fgColor="DCE6F1"),
                           alignment=Alignment(wrap_text=True, horizontal="center", vertical="center")),
        "bold": NamedStyle("智改数转 合计", font=font(True), alignment=top),
        "plain": NamedStyle("智改数转 文字", font=font(), alignment=top),
        "wrap": NamedStyle(WRAP_STYLE, font=font(), alignment=wrap),
        # a USCC is text, never a number in scientific notation
        "code": NamedStyle("智改数转 代码", font=font(), alignment=top, number_format="@"),
        "one_place": NamedStyle("智改数转 一位小数", font=font(), alignment=top, number_format="0.0"),
        "share": NamedStyle("智改数转 百分比", font=font(), alignment=top, number_format="0.0%"),  # sortable
        "moment": NamedStyle("智改数转 时间", font=font(), alignment=top, number_format=DATE_FORMAT),
    }
    for style in looks.values():
        book.add_named_style(style)
    return {key: style.name for key, style in looks.items()}


def _display_width(text: str) -> float:
    """Width of ``text`` in Excel's column units (a Chinese character is about two)."""
    return sum(2.1 if unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in text)


def _lines(value: Any, width: float) -> int:
    """How many lines ``value`` takes wrapped in a column of ``width``."""
    if not isinstance(value, str) or not value:
        return 1
    room = max(width - 1.5, 1.0)
    if len(value) * 2.1 <= room:  # short enough whatever its characters
        return 1
    return max(1, math.ceil(_display_width(value) / room))


def _row_height(values: list[Any], looks: Sequence[str | None], widths: list[float]) -> float | None:
    """The height (points) a row needs for its wrapped cells; None when one line will do. Set explicitly:
    Excel does not size rows to wrapped text when it opens a file, nor does LibreOffice 7.4 for xlsx."""
    lines = max((_lines(value, width) for value, look, width in zip(values, looks, widths, strict=False)
                 if look in WRAPPING_STYLES), default=1)
    return None if lines <= 1 else lines * LINE_HEIGHT + 3


class _Sheet:
    """One streamed sheet: widths, frozen header and print setup are fixed before the first row (write-only
    sheets write them first); rows are appended once, never read back."""

    def __init__(self, book: Any, title: str, widths: list[float], *, freeze: str | None, header: str,
                 title_rows: str | None = "1:1", gridlines: bool = True):
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.page import PageMargins
        from openpyxl.worksheet.properties import PageSetupProperties

        self.sheet = sheet = book.create_sheet(title)
        self.widths = widths
        self.rows = 0
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        if freeze:
            sheet.freeze_panes = freeze
        # print: A4 landscape, one page wide (as many pages down as it takes), the title rows on every page
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = 9  # A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.page_margins = PageMargins(left=0.3, right=0.3, top=0.75, bottom=0.7, header=0.3, footer=0.3)
        sheet.print_options.gridLines = gridlines
        sheet.print_options.horizontalCentered = True
        if title_rows:
            sheet.print_title_rows = title_rows
        # "&" starts a code in a page header ("&P" is the page number): a district name's own "&" is doubled
        sheet.oddHeader.left.text = header.replace("&", "&&")
        sheet.oddHeader.left.size = 9
        sheet.oddHeader.right.text = "&A"  # the sheet's name
        sheet.oddHeader.right.size = 9
        sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
        sheet.oddFooter.center.size = 9

    def cell(self, value: Any, look: str | None = None) -> Any:
        """A streamed cell for ``value`` (text already through :func:`cell_text`)."""
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, None if value == "" else value)  # "" would count as filled in Excel
        if cell.data_type == "f":
            cell.data_type = "s"  # "=HYPERLINK(…)" sent as a company name is shown, never run
        if look is not None:
            cell.style = look
        return cell

    def append(self, values: list[Any], looks: Sequence[str | None] | str | None = None,
               height: float | None = None) -> None:
        """One row; ``looks``: a named style per cell, or one for the whole row."""
        self.rows += 1
        if looks is None or isinstance(looks, str):
            looks = [looks] * len(values)
        values = [cell_text(value) if isinstance(value, str) else value for value in values]
        height = height or _row_height(values, looks, self.widths)
        if height is not None:
            self.sheet.row_dimensions[self.rows].height = height
        self.sheet.append([self.cell(value, look) for value, look in zip(values, looks, strict=False)])

    def header(self, labels: list[str], look: str) -> None:
        self.append(labels, look, height=(_row_height(labels, [look] * len(labels), self.widths) or LINE_HEIGHT) + 4)

    def blank(self) -> None:
        self.rows += 1
        self.sheet.append([])


def write_xlsx(db: sqlite_utils.Database, year: int, path: Path, dashboard: Dashboard | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    path = _check_target(path, ".xlsx")
    board = dashboard or build_dashboard(db, year, verify_log=True)
    rows = enterprise_rows(db, year)
    flags = _flags(board)
    district = shown(board.district)
    page_header = f"{district[:60]} {year}年智改数转进展汇总"
    book = Workbook(write_only=True)
    look = _named_styles(book)
    head, plain, wrap, code = look["head"], look["plain"], look["wrap"], look["code"]
    one_place, share = look["one_place"], look["share"]

    summary = _Sheet(book, "汇总", [22, 34, 18, 12, 12, 12, 40, 14, 16], freeze="A3", header=page_header)
    summary.append([f"{district} 制造业智改数转进展汇总（{year}年）"], look["title"], height=24)
    summary.append([f"生成时间 {datetime.now().strftime('%Y-%m-%d %H:%M')}；库中企业 {board.enterprises} 家，"
                    f"{year}年已报送 {board.submitted} 家"
                    f"（核心指标 {board.core_submitted}，评测 {board.miit_submitted}）"
                    + (f"；核查提示 {len(flags)} 条，见“核查提示”页" if flags else "")])
    for line in edition_lines(board):
        summary.append([line], wrap)
    summary.blank()
    summary.header(["附件", "指标", "统计范围", "完成数", "目标数", "完成率", "说明"], head)
    for quota in board.quotas:
        actual = quota.actual if quota.actual is not None else "未采集"
        target = "未下达" if quota.quota is None else quota.quota
        summary.append([quota.table, quota.label, quota.period, actual, target, quota.ratio, quota.note],
                       [plain, wrap, wrap, plain, plain, share, wrap])
    summary.blank()
    compared_with = "对照值" if _reference(board) else "规划目标"
    met = met_words(_reference(board))
    summary.header(["三项指标（重点企业）", compared_with, "报送企业数", f"{met}企业数", f"{met}比例", "平均值(%)",
                    "全部企业报送数", f"全部企业{met}数", "全部企业平均值(%)"], head)
    for stat in board.benchmarks:
        summary.append([stat.name, stat.target_label, stat.key_reported, stat.key_met,
                        stat.key_met / stat.key_reported if stat.key_reported else None,
                        _percent(stat.key_average), stat.all_reported, stat.all_met, _percent(stat.all_average)],
                       [wrap, wrap, plain, plain, share, one_place, plain, plain, one_place])
    summary.blank()
    summary.header(["工信部评测等级", "企业数"], head)
    for level in (*LEVEL_ORDER, "未完成"):
        summary.append([level, board.miit_levels.get(level, 0)], plain)
    summary.append(["合计", sum(board.miit_levels.values())], look["bold"])
    summary.blank()
    summary.header(["星级上云", "已获评企业数", "自评估计企业数"], head)
    for star in (5, 4, 3):
        summary.append([STAR_NAMES[star], board.cloud_awarded.get(star, 0), board.cloud_estimate.get(star, 0)], plain)

    keys = [key for key, _ in ENTERPRISE_COLUMNS]
    detail = _Sheet(book, "企业明细", [ENTERPRISE_WIDTHS.get(key, 10) for key in keys], freeze="C2",
                    header=page_header)
    detail.sheet.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{len(rows) + 1}"
    detail.header(enterprise_labels(_reference(board)), head)
    looks = [code if key == "uscc" else wrap if key in WRAPPED else look["moment"] if key == "imported_at"
             else one_place if key.endswith("_rate") or key == "miit_points" else plain for key in keys]
    for row in rows:
        detail.append(enterprise_record(row), looks)

    missing = _Sheet(book, "未报送", [21, 34, 8, 8, 24, 10, 16], freeze="A2", header=page_header)
    missing.header(["统一社会信用代码", "企业名称", "重点企业", "规模", "行业", "联系人", "电话"], head)
    for entry in board.not_submitted:
        missing.append([entry["uscc"], entry["name"], "是" if entry["key_enterprise"] else "否", entry["scale"],
                        entry["industry"], entry["contact"], entry["phone"]], [code, wrap, plain, plain, wrap, wrap,
                                                                               plain])
    if not board.roster_total:
        missing.append(["（未导入企业名单，无法统计未报送企业）"])

    if board.partial:
        partial = _Sheet(book, "不完整报送", [21, 34, 13, 36], freeze="A2", header=page_header)
        partial.header(["统一社会信用代码", "企业名称", "评估期", "缺少的问卷"], head)
        for entry in board.partial:
            partial.append([entry["uscc"], entry["name"], entry["period"], "、".join(entry["missing"])],
                           [code, wrap, wrap, wrap])

    if flags:
        checks = _Sheet(book, "核查提示", [14, 21, 30, 13, 38, 60], freeze="A2", header=page_header)
        checks.header(list(FLAG_COLUMNS), head)
        for flag in flags:
            checks.append(_flag_values(flag), [wrap, code, wrap, wrap, plain, wrap])

    notes = _Sheet(book, "说明", [120], freeze="A2", header=page_header, gridlines=False)
    notes.append(["统计口径"], look["bold"])
    for line in board.notes:
        notes.append([line], wrap)
    flags_note = _flags_note(flags)
    if flags_note:
        notes.append([flags_note], wrap)
    notes.blank()
    notes.append([f"导入日志：{board.log_entries} 条，哈希链{_log_state(board)}；末条哈希 {board.log_head}"], wrap)
    for line in edition_lines(board, sources=True):
        notes.append([line], wrap)
    notes.append(["文本中的 ⟦U+202E⟧ 等：报送或名单中原有的控制字符、双向文字控制符或零宽字符，照原样逐个写出，"
                  "以免一个名称显示成另一个名称。"], wrap)
    buffer = io.BytesIO()
    book.save(buffer)
    write_bytes_atomic(path, buffer.getvalue())
    return path


def write_csv(db: sqlite_utils.Database, year: int, path: Path) -> Path:
    """The 企业明细 table as CSV for other systems (UTF-8 with BOM, every text field quoted); see
    :data:`CSV_OPEN_HINT` for opening it. The workbook is the file for people.

    What works, checked with LibreOffice 7.4 (tests/test_district_exports.py) and the folk wisdom on Excel:
    the BOM makes Excel and WPS read UTF-8, and LibreOffice's Text Import dialog preselects UTF-8 from it
    (its headless converter does not look at it and needs the charset given). A ``sep=`` line would cost
    Excel its BOM detection, and LibreOffice shows it as data. An 18-character code of digits only (or with
    one "E" among digits) is turned into a number by every spreadsheet (9.13206855655357E+17) unless
    something marks it as text that the program does not show: a tab before the code does, for Excel, WPS
    and LibreOffice alike (``="…"`` is shown literally by LibreOffice, which evaluates no formulas on import,
    and an apostrophe stays visible in all of them). The fields are quoted so that the tab — and a ";" in a
    name, both separators in LibreOffice's default import — stay inside their field.
    """
    path = _check_target(path, ".csv")
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC)
    from .dashboard import year_edition

    writer.writerow(enterprise_labels(any(b.reference_only for b in year_edition(db, year).benchmarks.values())))
    moment = ENTERPRISE_COLUMNS.index(("imported_at", "最近导入时间"))
    for row in enterprise_rows(db, year):
        record = enterprise_record(row)
        if isinstance(record[moment], datetime):
            record[moment] = record[moment].strftime("%Y-%m-%d %H:%M")
        values = ["" if value is None else csv_safe(value) for value in record]
        values[0] = "\t" + values[0]  # the 统一社会信用代码 stays text (see above)
        writer.writerow(values)
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
                   label=f"{'参照值' if stat.reference_only else '目标'} {stat.target_percent:g}%")
        ax.set_title(stat.name, fontsize=8, fontfamily=font)
        ax.set_xlim(0, 100)
        ax.set_xticks(range(0, 101, 20))
        ax.set_xlabel("数值（%），每 10% 一组", fontsize=6, fontfamily=font)
        ax.tick_params(labelsize=6)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(prop={"family": font, "size": 5.5}, loc="upper left", frameon=False)
    axes[0].set_ylabel("企业数（家）", fontsize=7, fontfamily=font)
    figure.tight_layout()
    line = "参照值" if _reference(board) else "规划目标"
    charts.append((f"三项指标分布（柱：企业数；虚线：{line}）", _png(figure)))

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
    if not quotas:  # an edition without district quotas (2025–2027): say so rather than draw an empty axis
        ax_quota.set_yticks([])
        ax_quota.text(75, 0.5, "本年度未下达分地区任务数", ha="center", va="center", fontsize=7, fontfamily=font,
                      transform=ax_quota.get_xaxis_transform())
    ax_quota.tick_params(labelsize=6)
    figure.tight_layout()
    charts.append(("评测等级与目标任务完成率", _png(figure)))
    return charts


_SHORT_LABELS = {
    "完成“智改数转”项目数": "智改数转项目", "省级示范智能车间（工厂）": "省级示范车间",
    "市级示范智能车间": "市级示范车间", "完成“智改数转”项目数（规上企业）": "智改数转项目（规上）",
    "新增省级示范智能车间（工厂）": "省级示范车间", "新增市级示范智能车间": "市级示范车间",
    "新增市级以上首台（套）重大智能装备": "首台（套）装备", "新培育五星级上云企业数": "五星上云（新培育）",
    "新培育四星级上云企业数": "四星上云（新培育）", "新培育三星级上云企业数": "三星上云（新培育）",
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


def pdf_text(value: object, limit: int | None = 200) -> str:
    """Text from outside as Paragraph markup: hidden characters written out (the bundled font has no ⟦⟧, so
    the PDF shows 〔U+202E〕), markup characters escaped ("<", "&" in a name would otherwise break the
    layout), and cut at ``limit`` characters with the real length (a cell taller than the page stops reportlab)."""
    from xml.sax.saxutils import escape

    text = value if isinstance(value, str) else ("" if value is None else str(value))
    if not (text.isprintable() and "\ufffc" not in text) or (limit is not None and len(text) > limit):
        text = visible(text, limit=limit)
    return escape(text.replace("⟦", "〔").replace("⟧", "〕"))


def write_summary_pdf(db: sqlite_utils.Database, year: int, path: Path, dashboard: Dashboard | None = None) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from .. import __version__
    from ..report.fonts import register_pdf_fonts
    from ..report.metadata import now, stamp_creation_date

    path = _check_target(path, ".pdf")
    board = dashboard or build_dashboard(db, year, verify_log=True)
    flags = _flags(board)
    district = pdf_text(board.district, 60)
    created = now()
    font = register_pdf_fonts()
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    # wordWrap CJK: Chinese lines break between any characters, never with "。" starting a line
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=13, wordWrap="CJK")
    small = ParagraphStyle("small", fontName=font, fontSize=7.5, leading=10, textColor=colors.HexColor("#555555"),
                           wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10, wordWrap="CJK")

    def table(data: list[list[Any]], widths: list[float]) -> Table:
        wrapped = [[v if isinstance(v, Paragraph) else Paragraph(pdf_text(v), cell) for v in row] for row in data]
        t = Table(wrapped, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b6")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
                               ("FONTNAME", (0, 0), (-1, -1), font),  # a table's own default is Helvetica
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return t

    story: list[Any] = [
        Paragraph(f"{district}制造业智改数转进展汇总（{year}年）", title),
        Paragraph(f"生成于 {created.strftime('%Y-%m-%d %H:%M')}。库中企业 {board.enterprises} 家，"
                  f"{year}年已报送 {board.submitted} 家（南通核心指标 {board.core_submitted} 份，"
                  f"工信部评测 {board.miit_submitted} 份）"
                  + (f"；名单 {board.roster_total} 家，未报送 {len(board.not_submitted)} 家"
                     if board.roster_total else "")
                  + (f"；核查提示 {len(flags)} 条，见文末" if flags else "") + "。", body),
        *[Paragraph(pdf_text(line), small) for line in edition_lines(board)],
        Paragraph("目标任务（规划附件1—3）" if board.edition is None or board.edition.has_quotas
                  else "企业填报的数量（本版本未下达分地区任务）", h2),
        table([["附件", "指标", "范围", "完成", "目标", "完成率"]]
              + [[q.table, q.label, q.period, "未采集" if q.actual is None else q.actual,
                  "未下达" if q.quota is None else q.quota, _ratio_text(q.ratio) or "—"] for q in board.quotas],
              [14, 62, 32, 18, 18, 20]),
        Paragraph("三项指标（与参照值对照）" if _reference(board) else "三项指标（规划对重点企业的目标）", h2),
        table([["指标", "参照值" if _reference(board) else "目标", f"重点企业{met_words(_reference(board))}/报送",
                 "重点企业平均", f"全部企业{met_words(_reference(board))}/报送", "全部企业平均"]]
              + [[s.name, s.target_label, f"{s.key_met}/{s.key_reported}",
                  "—" if s.key_average is None else f"{s.key_average * 100:.1f}%", f"{s.all_met}/{s.all_reported}",
                  "—" if s.all_average is None else f"{s.all_average * 100:.1f}%"] for s in board.benchmarks],
              [46, 20, 32, 24, 32, 24]),
    ]
    for caption, png in _charts(board):
        story += [Spacer(1, 4), KeepTogether([Image(io.BytesIO(png), width=170 * mm, height=170 * mm * _aspect(png)),
                                              Paragraph(pdf_text(caption), small)])]
    if board.roster_total:
        story.append(Paragraph(f"未报送企业（名单 {board.roster_total} 家中 {len(board.not_submitted)} 家）", h2))
        if board.not_submitted:
            story.append(table([["统一社会信用代码", "企业名称", "重点企业", "联系人", "电话"]]
                               + [[m["uscc"], m["name"], "是" if m["key_enterprise"] else "", m["contact"], m["phone"]]
                                  for m in board.not_submitted], [40, 64, 16, 20, 34]))
    if flags:
        story.append(Paragraph(f"核查提示（{len(flags)} 条，报市里前请逐条核实）", h2))
        story.append(table([["类型", "企业", "评估期", "说明"]]
                           + [[values[0], Paragraph(f"{pdf_text(values[2])}<br/>{pdf_text(values[1])}", cell),
                               values[3], values[5]] for values in map(_flag_values, flags)], [24, 50, 20, 80]))
    story += [Paragraph("统计口径", h2)] + [Paragraph("· " + pdf_text(line, None), small) for line in board.notes]
    story += [Paragraph("· " + pdf_text(line, None), small) for line in edition_lines(board, sources=True)[1:]]
    story.append(Paragraph(
        f"· 导入日志 {board.log_entries} 条，哈希链{_log_state(board)}，末条哈希 {pdf_text(board.log_head)}", small))
    buffer = io.BytesIO()
    plain_district = shown(board.district)[:60]
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=f"{plain_district}制造业智改数转进展汇总（{year}年）",
                            author=plain_district, subject=f"{year}年规划附件1—3目标任务、三项指标、工信部评测等级",
                            creator=f"智改数转企业自评估 {__version__}",
                            # start in the embedded font: reportlab's default Helvetica would be listed, unembedded
                            initialFontName=font, initialFontSize=9)
    footer = f"{plain_district} {year}年智改数转进展汇总".replace("⟦", "〔").replace("⟧", "〕")

    def number_pages(canvas: Any, document: Any) -> None:
        if document.page == 1:
            stamp_creation_date(canvas, created)
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

    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk: two big-endian unsigned ints
    return float(height) / float(width)
