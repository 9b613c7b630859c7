"""Reading an equipment ledger (设备台账) as plain rows: ``.xlsx`` through openpyxl, ``.csv``/``.txt`` as text.

Rows are streamed (a 200,000-row ledger is read in seconds without holding per-cell objects); each comes
with its sheet row number, so every explanation can say "第12行". Cells of a merged range all carry the
range's value (a 车间 merged down ten rows gives each row its 车间; a "设备数量" merged across two header
columns heads both). The file's kind is told by its first bytes, not its name.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeAlias

from ..errors import UserError
from ..messages import say

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 300_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10_000
# A sheet whose stated size is bogus (formatting down to row 1,048,576) ends after this many empty rows.
TRAILING_EMPTY_STOP = 2_000
# Formula cells without a saved result kept per sheet (a sheet made by another program may have one per row).
MAX_UNSAVED_FORMULAS = 300_000

# a cell's value as openpyxl (read-only, cached values) or the CSV reader gives it; None for an empty cell
Cell: TypeAlias = str | int | float | bool | datetime | date | time | timedelta | None
_CELL_TYPES = (int, float, datetime, date, time, timedelta)  # bool is an int
Row = tuple[int, list[Cell]]  # (sheet row number from 1, cell values)
Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


class LedgerFileError(UserError, ValueError):
    """The ledger file cannot be read as it is; the message says what to do."""


class LedgerCancelled(UserError):
    """The user cancelled reading; nothing was changed."""


@dataclass
class LedgerFile:
    """An opened ledger: its kind, its sheets (a CSV has one) and how its text was decoded."""

    path: Path
    kind: str  # "xlsx" | "csv"
    sheets: list[str]
    encoding: str = ""
    delimiter: str = ""
    size: int = 0
    sheet_rows: dict[str, int] = field(default_factory=dict)  # the sheet's stated size, 0 when unknown
    # Formula cells with no saved result, per sheet: row number → "E12"-style references by column index
    # (from 0). Filled when the sheet's rows are read, before the first row is given: such a cell reads as
    # empty, so whoever uses the cell must refuse it (a 合计 row's formula does not matter; a 数量 one does).
    unsaved_formulas: dict[str, dict[int, dict[int, str]]] = field(default_factory=dict)

    def rows(self, sheet: str | None = None, *, cancelled: Cancelled | None = None,
             progress: Progress | None = None) -> Generator[Row, None, None]:
        """Every row of ``sheet`` (default: the first), merged ranges filled, numbered from 1."""
        if self.kind == "csv":
            return _csv_rows(self, cancelled, progress)
        return _xlsx_rows(self, sheet or self.sheets[0], cancelled, progress)


def open_ledger(path: Path | str) -> LedgerFile:
    """Look at the file and say what it is; refuse early what cannot be read (with what to do instead)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError as exc:
        raise LedgerFileError(say("找不到台账文件 {path}", path=str(path))) from exc
    except IsADirectoryError as exc:
        raise LedgerFileError(say("{path} 是文件夹，请选择台账文件（.xlsx 或 .csv）", path=str(path))) from exc
    except OSError as exc:
        raise LedgerFileError(say("无法读取台账文件 {path}（{reason}）", path=str(path),
                                  reason=exc.strerror or str(exc))) from exc
    if size == 0:
        raise LedgerFileError(say("台账文件 {name} 是空的（0 字节），请确认选对了文件", name=path.name))
    if size > MAX_FILE_BYTES:
        raise LedgerFileError(say("台账文件 {name} 有 {size} MB，超过上限 {limit} MB。请只保留设备清单所在的工作表，"
                                  "另存后再导入", name=path.name, size=round(size / 1024 / 1024),
                                  limit=MAX_FILE_BYTES // 1024 // 1024))
    if head.startswith(_OLE_MAGIC):
        _refuse_ole(path)
    if head.startswith(b"PK"):
        return _open_xlsx(path, size)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".et", ".ods", ".numbers"):
        raise LedgerFileError(say("{name} 不是有效的 Excel（.xlsx）文件，可能已损坏或只下载了一部分。请在 Excel 中"
                                  "打开并另存为 .xlsx（或 CSV）后再导入", name=path.name))
    return _open_csv(path, size)


def _refuse_ole(path: Path) -> None:
    """An old-format (.xls) workbook, or an .xlsx with a password to open: both are OLE containers."""
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES)
    if _ENCRYPTION_INFO in data:
        raise LedgerFileError(say("{name} 设有打开密码，无法读取。请在 Excel 中打开，去掉密码"
                                  "（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx 再导入",
                                  name=path.name))
    raise LedgerFileError(say("{name} 是旧版 Excel 97-2003 文件（.xls），本软件无法读取。请在 Excel 中另存为 .xlsx"
                              "（或 CSV）后再导入", name=path.name))


# --------------------------------------------------------------------------- xlsx


def _broken_xlsx(path: Path) -> LedgerFileError:
    return LedgerFileError(say("{name} 已损坏或不是 Excel 工作簿，无法读取。请在 Excel 中打开并另存为 .xlsx（或 CSV）"
                               "后再导入", name=path.name))


def _load_workbook(path: Path) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, AttributeError, EOFError) as exc:
        raise _broken_xlsx(path) from exc
    except Exception as exc:  # openpyxl raises assorted errors (XML, "invalid file") for a broken workbook
        if isinstance(exc, (MemoryError, OSError)):
            raise
        raise _broken_xlsx(path) from exc


def _open_xlsx(path: Path, size: int) -> LedgerFile:
    workbook = _load_workbook(path)
    try:
        sheets = [ws.title for ws in workbook.worksheets]
        stated = {}
        for ws in workbook.worksheets:
            try:
                stated[ws.title] = int(ws.max_row or 0)
            except (TypeError, ValueError):
                stated[ws.title] = 0
    finally:
        workbook.close()
    if not sheets:
        raise LedgerFileError(say("{name} 中没有工作表", name=path.name))
    return LedgerFile(path, "xlsx", sheets, size=size, sheet_rows=stated)


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"")
# A formula cell with no cached value: <c ...><f>…</f></c> (no <v>): Excel never saved the result.
_FORMULA_NO_VALUE = re.compile(rb"<(?:\w+:)?c\s[^>]*?r=\"([A-Z]+\d+)\"[^>]*>\s*<(?:\w+:)?f(?:\s[^>]*)?(?:/>|>[^<]*"
                               rb"</(?:\w+:)?f>)\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


@dataclass
class _SheetScan:
    merges: list[tuple[int, int, int, int]]  # min_row, min_col, max_row, max_col
    formulas_without_value: dict[int, dict[int, str]]  # row → column index (from 0) → "E12"


_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def _note_formulas(found: dict[int, dict[int, str]], body: bytes, noted: int) -> int:
    """Add the formulas without a saved value in ``body`` to ``found``; returns how many are noted now."""
    for m in _FORMULA_NO_VALUE.finditer(body):
        if noted >= MAX_UNSAVED_FORMULAS:
            break
        ref = m[1].decode("ascii")
        parts = _CELL_REF.fullmatch(ref)
        if parts:
            found.setdefault(int(parts[2]), {})[_column_number(parts[1].encode("ascii")) - 1] = ref
            noted += 1
    return noted


def _scan_sheet_xml(archive: zipfile.ZipFile, member: str, cancelled: Cancelled | None) -> _SheetScan:
    """Merged ranges and the formulas without a cached value, by a streaming scan of the sheet XML
    (openpyxl's read-only mode, which we need for speed, does not report merged cells)."""
    merges: list[tuple[int, int, int, int]] = []
    formulas: dict[int, dict[int, str]] = {}
    noted = 0
    tail = b""
    with archive.open(member) as raw:
        while True:
            if cancelled and cancelled():
                raise LedgerCancelled(say("已取消读取台账"))
            chunk = raw.read(1 << 20)
            if not chunk:
                break
            data = tail + chunk
            # keep the last, maybe unfinished, row (or merge) for the next round
            cut = max(data.rfind(b"<row"), data.rfind(b"<mergeCell"), data.rfind(b"<x:row"))
            if cut < len(data) - 65536:
                cut = max(0, data.rfind(b"<"))
            body, tail = data[:cut], data[cut:]
            for m in _MERGE.finditer(body):
                merges.append((int(m[2]), _column_number(m[1]), int(m[4]), _column_number(m[3])))
            noted = _note_formulas(formulas, body, noted)
        for m in _MERGE.finditer(tail):
            merges.append((int(m[2]), _column_number(m[1]), int(m[4]), _column_number(m[3])))
        _note_formulas(formulas, tail, noted)
    merges = [m for m in merges if m[0] <= m[2] and m[1] <= m[3] and m[1] <= MAX_COLUMNS]
    return _SheetScan(merges, formulas)


def _cell(value: object) -> Cell:
    if isinstance(value, str):
        value = value.strip()
        if len(value) > MAX_CELL_CHARS:
            value = value[:MAX_CELL_CHARS]
        return value or None
    if value is None or isinstance(value, _CELL_TYPES):
        return value
    return _cell(str(value))  # nothing else is expected from openpyxl; as text if it ever is


def _xlsx_rows(ledger: LedgerFile, sheet: str, cancelled: Cancelled | None,
               progress: Progress | None) -> Generator[Row, None, None]:
    workbook = _load_workbook(ledger.path)
    try:
        if sheet not in workbook.sheetnames:
            raise LedgerFileError(say("{name} 中没有名为“{sheet}”的工作表", name=ledger.path.name, sheet=sheet))
        ws = workbook[sheet]
        member = getattr(ws, "_worksheet_path", None)
        archive = getattr(workbook, "_archive", None)
        scan = _SheetScan([], {})
        if member and archive is not None:
            try:
                scan = _scan_sheet_xml(archive, member, cancelled)
            except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
                if isinstance(exc, OSError) and not isinstance(exc, (zipfile.BadZipFile, EOFError)):
                    raise
                raise _broken_xlsx(ledger.path) from exc
        ledger.unsaved_formulas[sheet] = scan.formulas_without_value
        stated = ledger.sheet_rows.get(sheet, 0)
        ws.reset_dimensions()  # a stated size of A1:XFD1048576 must not pad every row to 16,384 cells
        starts: dict[int, list[tuple[int, int, int, int]]] = {}
        for merge in scan.merges:
            starts.setdefault(merge[0], []).append(merge)
        active: list[tuple[int, int, int, int, Cell]] = []  # min_row, min_col, max_row, max_col, value
        number = 0
        empty_run = 0
        try:
            iterator = ws.iter_rows(values_only=True)
            for values in iterator:
                number += 1
                if number % 2000 == 0:
                    if cancelled and cancelled():
                        raise LedgerCancelled(say("已取消读取台账"))
                    if progress and stated:
                        progress(min(99, number * 100 // stated), say("正在读取第 {n} 行", n=number))
                if number > MAX_ROWS:
                    raise LedgerFileError(say("工作表“{sheet}”超过 {limit} 行，超出本软件的上限。请删去与设备无关的行后"
                                              "再导入", sheet=sheet, limit=MAX_ROWS))
                cells = [_cell(v) for v in values[:MAX_COLUMNS]]
                if active or number in starts:
                    cells = _fill_merged(number, cells, starts, active)
                if any(c is not None for c in cells):
                    empty_run = 0
                else:
                    empty_run += 1
                    if empty_run >= TRAILING_EMPTY_STOP:
                        break
                yield number, cells
        except (zipfile.BadZipFile, KeyError, EOFError) as exc:
            raise _broken_xlsx(ledger.path) from exc
        except (UserError, MemoryError, OSError, GeneratorExit):
            raise
        except Exception as exc:  # a malformed sheet XML surfaces from openpyxl's parser mid-stream
            raise _broken_xlsx(ledger.path) from exc
    finally:
        workbook.close()


def _fill_merged(number: int, cells: list[Cell], starts: dict[int, list[tuple[int, int, int, int]]],
                 active: list[tuple[int, int, int, int, Cell]]) -> list[Cell]:
    """Give every cell of a merged range the value of its top-left cell (which is the only one stored)."""
    for min_row, min_col, max_row, max_col in starts.pop(number, ()):
        value = cells[min_col - 1] if min_col - 1 < len(cells) else None
        active.append((min_row, min_col, max_row, max_col, value))
    still = []
    for entry in active:
        _, min_col, max_row, max_col, value = entry
        if max_row < number:
            continue
        if max_col > len(cells):
            cells.extend([None] * (min(max_col, MAX_COLUMNS) - len(cells)))
        for col in range(min_col, min(max_col, MAX_COLUMNS) + 1):
            cells[col - 1] = value
        still.append(entry)
    active[:] = still
    return cells


# --------------------------------------------------------------------------- csv / text


def _detect_encoding(path: Path) -> str:
    """UTF-16 (Excel's "Unicode 文本", by its BOM), UTF-8 with or without BOM, else GB18030 (a superset of GBK).

    The whole file is checked, incrementally: a GBK file whose first megabyte is plain ASCII is still GBK."""
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        handle.seek(0)
        for encoding in ("utf-8-sig", "gb18030"):
            decoder = codecs.getincrementaldecoder(encoding)()
            handle.seek(0)
            try:
                while chunk := handle.read(1 << 20):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
                return encoding
            except UnicodeDecodeError:
                continue
    raise LedgerFileError(say("{name} 不是能识别的文字文件（既不是 UTF-8，也不是 GBK 编码），可能不是台账。"
                              "请在 Excel 中打开后另存为 .xlsx 再导入", name=path.name))


def _sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the first lines most evenly: comma, tab or semicolon."""
    lines = [line for line in sample.splitlines()[:30] if line.strip()]
    best, best_score = ",", -1.0
    for delimiter in (",", "\t", ";"):
        counts = sorted(line.count(delimiter) for line in lines)
        if not counts or counts[-1] == 0:
            continue
        median = counts[len(counts) // 2]
        score = median + sum(1 for c in counts if c == median) / (len(counts) + 1)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _open_csv(path: Path, size: int) -> LedgerFile:
    encoding = _detect_encoding(path)
    with path.open("r", encoding=encoding, newline="") as handle:
        sample = handle.read(64 * 1024)
    if "\x00" in sample:
        raise LedgerFileError(say("{name} 含有二进制内容，不是表格文字文件。请选择 .xlsx 或 .csv 台账", name=path.name))
    if not sample.strip():
        raise LedgerFileError(say("台账文件 {name} 中没有内容", name=path.name))
    return LedgerFile(path, "csv", [path.stem], encoding=encoding, delimiter=_sniff_delimiter(sample), size=size)


def _csv_rows(ledger: LedgerFile, cancelled: Cancelled | None,
              progress: Progress | None) -> Generator[Row, None, None]:
    with ledger.path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=ledger.encoding, newline="")
        reader = csv.reader(text, delimiter=ledger.delimiter)
        number = 0
        try:
            for values in reader:
                number += 1
                if number % 2000 == 0:
                    if cancelled and cancelled():
                        raise LedgerCancelled(say("已取消读取台账"))
                    if progress:
                        progress(min(99, raw.tell() * 100 // max(1, ledger.size)),
                                 say("正在读取第 {n} 行", n=number))
                if number > MAX_ROWS:
                    raise LedgerFileError(say("{name} 超过 {limit} 行，超出本软件的上限。请删去与设备无关的行后再导入",
                                              name=ledger.path.name, limit=MAX_ROWS))
                yield number, [_cell(v) for v in values[:MAX_COLUMNS]]
        except csv.Error as exc:
            raise LedgerFileError(say("{name} 第 {n} 行无法按表格读取（{reason}）。"
                                      "请在 Excel 中打开后另存为 .xlsx 再导入",
                                      name=ledger.path.name, n=number + 1, reason=str(exc))) from exc
