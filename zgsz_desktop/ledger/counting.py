"""From ledger rows to the key-process table: what each row is, where it was counted, or why not.

Two steps, so that the user can change the 工序 classification without the file being read again:
:func:`read_records` streams the sheet once and keeps only the mapped fields of each row (plus the rows
left out for what they are: 合计/小计, a repeated header, blank lines); :func:`count` applies the 工序
classification and the user's 数控 corrections and gives the proposed table with every row explained.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from ..messages import Said, say
from ..text import _is_hidden
from .header import FIELDS, Header, normalise, repeated_header, unmapped_columns
from .reading import Cancelled, Cell, LedgerCancelled, LedgerFile, Progress

MAX_KEY_PROCESSES = 50  # cnc.key_processes max_rows
MAX_EQUIPMENT_PER_PROCESS = 100_000  # equipment_total max
MAX_NAME_CHARS = 40  # the table's 工序名称 max_length
MAX_QUANTITY = 100_000

_TOTAL_ROW = re.compile(r"^(合计|小计|总计|共计|累计|本页合计|本页小计|总合计)")
_TOTAL_FIRST = frozenset("合小总共累本")
_YES = {"是", "y", "yes", "√", "✓", "✔", "1", "true", "t", "有", "对", "数控", "数控设备", "已联网", "联网", "cnc",
        "nc", "plc", "是(数控)", "是(联网)", "已接入", "接入"}
_NO = {"否", "n", "no", "×", "✗", "✘", "x", "0", "false", "f", "无", "非数控", "普通", "手动", "未联网", "不联网", "非",
       "-", "—", "/", "人工", "机械", "未接入", "没有"}
_NC_WORDS = ("数控", "cnc", "加工中心", "机器人", "机械手", "机械臂", "plc", "激光切割", "激光焊", "激光打标", "三坐标",
             "坐标测量", "线切割", "伺服", "自动化", "全自动", "智能", "数字化", "程控")
_NC_STANDALONE = re.compile(r"(?<![a-z])nc(?![a-z])")
_NOT_NC_WORDS = ("非数控", "普通", "手动", "人工")
_OUT_OF_USE = ("报废", "封存", "闲置", "待修", "停用", "处置", "调出", "出售", "拆除", "维修中", "停产")
_QUANTITY_TEXT = re.compile(r"^(\d+)(?:\.0+)?(?:台\(套\)|台套|台|套|件|个|部|架|组)?$")
_YEAR = re.compile(r"(19[5-9]\d|20\d\d)")
# Places where no key process runs: they start as 不计入 in the classification step (the user can tick them).
# 动力 only as a place (动力车间, 动力站): 动力总成 and 动力电池 are products made on production lines.
_NON_PRODUCTION = re.compile(
    r"办公|行政|总经办|财务|人事|人力资源|仓库|库房|仓储|后勤|总务|食堂|餐厅|宿舍|门卫|保卫|保安|物业|绿化|车队|"
    r"动力(?:车间|站|房|部|科|中心|班|工段|设备)|^动力$|配电|变电|空压|锅炉房|水泵房|污水站|销售|采购|市场部")

LEFT_OUT = "left_out"
COUNTED = "counted"


@dataclass(slots=True)
class Record:
    """One ledger row's mapped fields, as read (text or number); ``kind`` says what the row is."""

    row: int
    kind: str = "data"  # data | total | repeated_header | empty
    row_end: int = 0  # last row of a run of empty rows
    name: str = ""
    model: str = ""
    quantity: Cell = None
    process: str = ""
    numeric_control: Cell = None
    networked: Cell = None
    purchase_year: int | None = None
    status: str = ""
    # mapped cells that are formulas without a saved result (they read as empty): (field, "E12")
    unsaved: tuple[tuple[str, str], ...] = ()


@dataclass
class Records:
    """A sheet read with a mapping: the rows and what is needed to count them."""

    header: Header
    mapping: dict[str, int]
    items: list[Record]
    nc_counts_units: bool  # the 数控 column holds a number of units ("其中数控") rather than 是/否
    net_counts_units: bool
    source_rows: int = 0

    def processes(self) -> list[tuple[str, int, int]]:
        """Each distinct 工序/车间 value (cleaned) with its number of rows and of units, in ledger order."""
        found: dict[str, list[int]] = {}
        for record in self.items:
            if record.kind == "data" and record.process:
                entry = found.setdefault(record.process, [0, 0])
                entry[0] += 1
                quantity, _, _ = quantity_of(record.quantity) if "quantity" in self.mapping else (1, None, False)
                entry[1] += quantity or 0
        return [(name, rows, units) for name, (rows, units) in found.items()]


@dataclass(slots=True)
class Entry:
    """A row's outcome: counted under ``key_process`` (``quantity``/``nc`` units), or left out for ``reason``."""

    row: int
    row_end: int
    status: str  # counted | left_out
    name: str
    model: str
    process: str
    key_process: str
    quantity: int
    nc: int
    networked: int | None
    inferred: bool  # 数控 guessed from the name/model (or an unreadable 数控 cell): the user should check it
    reason: str  # why left out, or a note on a counted row
    quantity_assumed: bool = False  # 数量 was blank and counted as 1: the user should check it


@dataclass
class ProcessTotal:
    name: str
    equipment_total: int = 0
    nc_equipment: int = 0
    rows: int = 0


@dataclass
class LedgerCount:
    """The proposed key-process table, every row's outcome, and what blocks filling the table."""

    processes: list[ProcessTotal]
    entries: list[Entry]
    problems: list[str] = field(default_factory=list)
    in_use_total: int = 0  # every in-use unit with a valid quantity, key process or not (for reference only)
    in_use_nc: int = 0
    in_use_networked: int | None = None  # None: the ledger has no 联网 column
    nc_inferred: bool = False  # no 数控 column: every 数控 figure is a guess from names
    # labelled header columns given to no field: when there are some, a "missing" column may be among them
    unmapped_columns: list[str] = field(default_factory=list)
    unsaved_cells: list[str] = field(default_factory=list)  # formulas without a value on rows to be counted

    @property
    def counted_rows(self) -> int:
        return sum(1 for e in self.entries if e.status == COUNTED)

    @property
    def left_out_rows(self) -> int:
        return sum(1 + (e.row_end - e.row if e.row_end else 0) for e in self.entries if e.status == LEFT_OUT)

    @property
    def quantity_assumed_rows(self) -> int:
        return sum(1 for e in self.entries if e.status == COUNTED and e.quantity_assumed)

    @property
    def equipment_total(self) -> int:
        return sum(p.equipment_total for p in self.processes)

    @property
    def nc_equipment(self) -> int:
        return sum(p.nc_equipment for p in self.processes)

    def table_rows(self) -> list[dict[str, str | int]]:
        """The value for ``cnc.key_processes``."""
        return [{"name": p.name, "equipment_total": p.equipment_total, "nc_equipment": p.nc_equipment}
                for p in self.processes]


# --------------------------------------------------------------------------- cell readers


def clean_text(value: Cell, limit: int = 200) -> str:
    """A cell as one line of plain text: invisible and control characters dropped, spaces collapsed."""
    if value is None:
        return ""
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    if text.isprintable():  # the usual case, fast: no control, format or separator character
        return " ".join(text.split())[:limit] if " " in text else text[:limit]
    if any(_is_hidden(ch) for ch in text):
        text = "".join(" " if ch in "\n\r\t" else ch for ch in text if ch in "\n\r\t" or not _is_hidden(ch))
    text = " ".join(text.split())
    return text[:limit]


def parse_quantity(value: Cell) -> tuple[int | None, Said | None]:
    """Units on a row, or why not: blank, not a whole number, negative, implausibly large."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, say("数量为空")
    if isinstance(value, bool):
        return None, say("数量“{value}”不是数字", value=str(value))
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            return None, say("数量“{value}”不是整数", value=f"{value:g}")
        number = int(value)
    elif isinstance(value, str) and value.isdigit() and value.isascii():  # the usual case, fast
        number = int(value)
    else:
        text = normalise(value)
        match = _QUANTITY_TEXT.match(text)
        if not match:
            shown = clean_text(value, 20)
            if re.match(r"^-\d", text):
                return None, say("数量“{value}”是负数", value=shown)
            if re.match(r"^\d+\.\d+", text):
                return None, say("数量“{value}”不是整数", value=shown)
            return None, say("数量“{value}”不是数字", value=shown)
        number = int(match[1])
    if number < 0:
        return None, say("数量“{value}”是负数", value=str(number))
    if number > MAX_QUANTITY:
        return None, say("数量 {value} 过大（一行超过 {limit} 台），请核对", value=str(number), limit=MAX_QUANTITY)
    return number, None


def quantity_of(value: Cell) -> tuple[int | None, Said | None, bool]:
    """Units on a row as counted: a blank 数量 is one unit (a one-row-per-machine ledger leaves it blank),
    flagged as assumed; a 数量 that is there but not a usable number stays out, with its reason."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 1, None, True
    number, problem = parse_quantity(value)
    return number, problem, False


def non_production_reason(name: str) -> Said | None:
    """Why a 工序/车间 value starts as 不计入: it names a place where no production runs (办公室, 仓库, 食堂,
    动力车间, 配电房…). None for every other value, which starts as counted."""
    found = _NON_PRODUCTION.search(normalise(name))
    if not found:
        return None
    return say("非生产场所（{word}），默认不计入；确属关键工序的请改为计入", word=found[0])


def parse_yes_no(value: Cell, *, words: tuple[str, ...] = ()) -> bool | None:
    """是/否 in the many ways ledgers write it; None when the cell says neither (or is blank)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return {1: True, 0: False}.get(int(value)) if float(value).is_integer() else None
    text = normalise(value)
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO or text.startswith(("非", "不", "未", "无")):
        return False
    if any(word in text for word in _NOT_NC_WORDS):
        return False
    if words and any(word in text for word in words):
        return True
    return None


def infer_nc(name: str, model: str) -> bool:
    """A guess from the name and model (数控、CNC、加工中心、机器人、PLC、激光切割…); the user checks it."""
    text = f"{name} {model}".lower()
    if any(word in text for word in _NOT_NC_WORDS):
        return False
    return any(word in text for word in _NC_WORDS) or bool(_NC_STANDALONE.search(text))


def out_of_use(status: str) -> str | None:
    """The word that puts a row out of use (报废、封存、闲置、待修…), or None when the row is in use."""
    text = normalise(status)
    if not text or text.startswith(("未", "非", "不")):
        return None
    return next((word for word in _OUT_OF_USE if word in text), None)


def purchase_year(value: Cell) -> int | None:
    if isinstance(value, (datetime, date)):
        return value.year
    if isinstance(value, (int, float)) and 1950 <= value <= 2100:
        return int(value)
    match = _YEAR.search(str(value or ""))
    return int(match[1]) if match else None


def _counts_units(label: str) -> bool:
    """Whether a 数控/联网 column holds a number of units ("设备数量/其中数控", "数控台数") rather than 是/否."""
    text = normalise(label).replace("数控", "").replace("联网", "").replace("数字化", "")
    return "是否" not in text and any(word in text for word in ("其中", "数量", "台数", "台", "套", "数"))


# --------------------------------------------------------------------------- reading with a mapping


def read_records(ledger: LedgerFile, sheet: str | None, header: Header, mapping: Mapping[str, int], *,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> Records:
    """Stream the sheet and keep, for each row below the header, only its mapped fields."""
    mapping = {name: column for name, column in mapping.items() if name in FIELDS}
    columns = sorted(set(mapping.values()))
    field_of = {column: name for name, column in mapping.items()}
    sheet_name = sheet or ledger.sheets[0]
    items: list[Record] = []
    empty_from = 0
    last = 0
    total_rows = 0
    for number, cells in ledger.rows(sheet, cancelled=cancelled, progress=progress):
        total_rows = number
        if number < header.data_start:
            continue
        if not any(c is not None for c in cells):
            empty_from = empty_from or number
            continue
        if empty_from:
            items.append(Record(empty_from, "empty", row_end=number - 1))
            empty_from = 0
        last = number
        texts = [c for c in cells[:max(columns, default=0) + 8] if isinstance(c, str)][:6]
        if any(t[0] in _TOTAL_FIRST and _TOTAL_ROW.match(normalise(t)) for t in texts):
            items.append(Record(number, "total"))
            continue
        if repeated_header(cells, header, columns):
            items.append(Record(number, "repeated_header"))
            continue
        values = {name: (cells[col] if col < len(cells) else None) for name, col in mapping.items()}
        # filled by the reader before its first row; a formula without a saved value reads as an empty cell
        formulas = ledger.unsaved_formulas.get(sheet_name, {}).get(number)
        unsaved = tuple((field_of[col], ref) for col, ref in sorted(formulas.items()) if col in field_of) \
            if formulas else ()
        items.append(Record(
            number, "data",
            name=clean_text(values.get("name")), model=clean_text(values.get("model")),
            quantity=values.get("quantity"), process=clean_text(values.get("process"), 120),
            numeric_control=values.get("numeric_control"), networked=values.get("networked"),
            purchase_year=purchase_year(values.get("purchase_year")), status=clean_text(values.get("status")),
            unsaved=unsaved))
    if cancelled and cancelled():
        raise LedgerCancelled(say("已取消读取台账"))
    del last
    labels = header.labels
    nc_label = labels[mapping["numeric_control"]] if "numeric_control" in mapping else ""
    net_label = labels[mapping["networked"]] if "networked" in mapping else ""
    return Records(header, dict(mapping), items, _counts_units(nc_label) if nc_label else False,
                   _counts_units(net_label) if net_label else False, source_rows=total_rows)


# --------------------------------------------------------------------------- counting


def default_classification(names: Iterable[str], remembered: Mapping[str, str | None] | None = None
                           ) -> dict[str, str | None]:
    """Each 工序/车间 value → its key process: as remembered, else None (不计入) for a non-production place
    (:func:`non_production_reason` says why), else itself (cut to the table's 40 characters)."""
    remembered = remembered or {}
    return {name: (remembered[name] if name in remembered
                   else None if non_production_reason(name) is not None else name[:MAX_NAME_CHARS])
            for name in names}


def _units(record: Record, quantity: int, value: Cell, counts_units: bool, words: tuple[str, ...]
           ) -> tuple[int | None, Said | None]:
    """Units that are 数控 (or 联网) on a row: a count in a "其中数控" column, else all or none by 是/否."""
    if (counts_units and isinstance(value, (int, float)) and not isinstance(value, bool)) or (
            counts_units and isinstance(value, str) and normalise(value).isdigit()):
        number, problem = parse_quantity(value)
        if problem is not None or number is None:
            return None, None
        if number > quantity:
            return None, say("其中数控 {nc} 台多于数量 {quantity} 台", nc=number, quantity=quantity)
        return number, None
    if counts_units and value is None:
        return 0, None  # a blank "其中数控" cell: none of the row's units
    flag = parse_yes_no(value, words=words)
    if flag is None:
        return None, None
    return (quantity if flag else 0), None


def count(records: Records, classification: Mapping[str, str | None], *,
          nc_overrides: Mapping[int, bool] | None = None,
          excluded_rows: Iterable[int] = ()) -> LedgerCount:
    """The proposed table and every row's outcome. ``classification`` maps a 工序/车间 value to a key
    process name (None or "" = 不计入); ``nc_overrides`` sets 数控 by sheet row number and ``excluded_rows``
    leaves rows out (the user's say, e.g. a row whose blank 数量 was counted as 1 but is not a machine)."""
    nc_overrides = nc_overrides or {}
    excluded = set(excluded_rows)
    has_quantity = "quantity" in records.mapping
    has_nc = "numeric_control" in records.mapping
    has_net = "networked" in records.mapping
    totals: dict[str, ProcessTotal] = {}
    entries: list[Entry] = []
    result = LedgerCount([], entries, nc_inferred=not has_nc, in_use_networked=0 if has_net else None,
                         unmapped_columns=unmapped_columns(records.header, records.mapping))

    def key_process(process: str) -> str:
        target = classification.get(process, process[:MAX_NAME_CHARS])
        return clean_text(target, MAX_NAME_CHARS) if target else ""

    def left_out(record: Record, reason: str) -> None:
        entries.append(Entry(record.row, record.row_end, LEFT_OUT, record.name, record.model, record.process, "",
                             0, 0, None, False, reason))

    for record in records.items:
        if record.kind == "empty":
            left_out(record, say("空行"))
            continue
        if record.kind == "total":
            left_out(record, say("合计/小计行"))
            continue
        if record.kind == "repeated_header":
            left_out(record, say("重复的表头行"))
            continue
        if record.row in excluded:
            left_out(record, say("已手动设为不计入"))
            continue
        if not (record.name or record.model or record.process or record.quantity is not None
                or record.unsaved):
            left_out(record, say("没有设备名称、型号、数量和工序"))
            continue
        unsaved = dict(record.unsaved)
        word = out_of_use(record.status) if "status" not in unsaved else None
        if word:
            left_out(record, say("状态为“{status}”（不在用）", status=record.status))
            continue
        if unsaved:
            # A cell we cannot read: harmless when the row is left out anyway, else it blocks the table.
            if "process" not in unsaved and not record.process:
                left_out(record, say("未填工序/车间"))
            elif "process" not in unsaved and not key_process(record.process):
                left_out(record, say("“{process}”设为不计入关键工序", process=record.process))
            else:
                cells = "、".join(unsaved.values())
                result.unsaved_cells.extend(unsaved.values())
                left_out(record, say("{cells} 是公式，文件中没有保存计算结果", cells=cells))
            continue
        quantity_assumed = False
        if has_quantity:
            parsed, problem, quantity_assumed = quantity_of(record.quantity)
            if problem is not None or parsed is None:
                left_out(record, problem or say("数量为空"))
                continue
            quantity = parsed
        else:
            quantity = 1
        if quantity == 0:
            left_out(record, say("数量为 0"))
            continue
        note = ""
        inferred = False
        if record.row in nc_overrides:
            nc = quantity if nc_overrides[record.row] else 0
            note = say("已手动设为数控") if nc_overrides[record.row] else say("已手动设为非数控")
        elif has_nc:
            units, problem = _units(record, quantity, record.numeric_control, records.nc_counts_units, _NC_WORDS)
            if problem is not None:
                left_out(record, problem)
                continue
            if units is None:
                inferred = True
                nc = quantity if infer_nc(record.name, record.model) else 0
                note = say("数控栏“{value}”无法识别，按名称推断", value=clean_text(record.numeric_control, 20)) \
                    if record.numeric_control is not None else say("数控栏为空，按名称推断")
            else:
                nc = units
        else:
            inferred = True
            nc = quantity if infer_nc(record.name, record.model) else 0
        networked = None
        if has_net:
            networked, _ = _units(record, quantity, record.networked, records.net_counts_units, ())
            networked = networked or 0
            result.in_use_networked = (result.in_use_networked or 0) + networked
        result.in_use_total += quantity
        result.in_use_nc += nc
        if not record.process:
            left_out(record, say("未填工序/车间"))
            continue
        target = key_process(record.process)
        if not target:
            left_out(record, say("“{process}”设为不计入关键工序", process=record.process))
            continue
        total = totals.setdefault(target, ProcessTotal(target))
        total.equipment_total += quantity
        total.nc_equipment += nc
        total.rows += 1
        if quantity_assumed:
            blank = say("数量为空，按 1 台（套）计")
            note = say("{first}；{second}", first=blank, second=note) if note else blank
        entries.append(Entry(record.row, 0, COUNTED, record.name, record.model, record.process, target, quantity,
                             nc, networked, inferred, note, quantity_assumed))
    result.processes = [p for p in totals.values() if p.equipment_total > 0]
    result.problems = _problems(result)
    return result


def _problems(result: LedgerCount) -> list[str]:
    problems: list[str] = []
    if result.unsaved_cells:
        shown = "、".join(result.unsaved_cells[:5])
        if len(result.unsaved_cells) > 5:
            shown = say("{cells} 等 {n} 处", cells=shown, n=len(result.unsaved_cells))
        problems.append(say("{cells} 是公式，但文件中没有保存计算结果（由其他软件生成），无法知道其数值。"
                            "请在 Excel 中打开该文件、保存一次后再导入；或把这些行设为不计入", cells=shown))
    if not result.processes:
        problems.append(say("没有计入任何设备：请检查列的对应和工序归类"))
    if len(result.processes) > MAX_KEY_PROCESSES:
        problems.append(say("归入了 {n} 道关键工序，关键工序表最多 {limit} 行。"
                            "请把相近的车间归入同一道工序，或把非关键的设为不计入",
                            n=len(result.processes), limit=MAX_KEY_PROCESSES))
    for process in result.processes:
        if process.equipment_total > MAX_EQUIPMENT_PER_PROCESS:
            problems.append(say("“{name}”共 {n} 台（套），超过表格上限 {limit}，请核对数量列",
                                name=process.name, n=process.equipment_total, limit=MAX_EQUIPMENT_PER_PROCESS))
    return problems
