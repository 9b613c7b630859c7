"""The district's roster (名单) of enterprises expected to submit, imported from xlsx or csv.

Staff keep this list in Excel. The file is read whole and checked before anything changes: a row with
a wrong 统一社会信用代码 or no name, or a code listed twice, rejects the import with the row numbers
(as Excel shows them), and the roster stays as it was. A good file replaces the roster in one
transaction.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from ..errors import UserError
from ..uscc import normalise
from ..uscc import validate as validate_uscc
from .anchor import remember as remember_log
from .db import LogSigner, append_log, transaction

MAX_ROSTER_BYTES = 50 * 1024 * 1024
# A district's roster of manufacturers runs to a few thousand rows; 50,000 leaves room for every registered
# manufacturer of the largest district and refuses a city- or province-wide company register picked by
# mistake (our judgement, not a rule: raise it if a district needs more).
MAX_ROWS = 50_000
HEADERS = {
    "uscc": ("统一社会信用代码", "信用代码", "社会信用代码", "uscc"),
    "name": ("企业名称", "单位名称", "名称", "name"),
    "key_enterprise": ("重点企业", "是否重点企业", "key_enterprise"),
    "scale": ("规模", "企业规模", "scale"),
    "industry": ("行业", "所属行业", "industry"),
    "contact": ("联系人", "contact"),
    "phone": ("电话", "联系电话", "phone"),
}
YES = {"是", "y", "yes", "true", "1", "重点", "√", "✓"}


class RosterError(UserError, ValueError):
    pass


@dataclass(frozen=True)
class RosterEntry:
    uscc: str
    name: str
    key_enterprise: bool = False
    scale: str = ""
    industry: str = ""
    contact: str = ""
    phone: str = ""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _read_file(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise RosterError(f"{path} 是文件夹，请选择名单文件（.xlsx 或 .csv）")
        size = path.stat().st_size
        if size > MAX_ROSTER_BYTES:
            raise RosterError(f"名单文件 {path.name} 过大（{size / 1024 / 1024:.0f} MB，上限 50 MB）："
                              "区县名单不会有这么大，请检查是否选错了文件")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise RosterError(f"找不到名单文件 {path}") from exc
    except OSError as exc:
        raise RosterError(f"无法读取名单文件 {path}（{exc.strerror or exc}）") from exc


def _too_many_rows(name: str, count: int | str) -> RosterError:
    return RosterError(f"名单 {name} 有 {count} 行，超过 {MAX_ROWS:,} 行的上限：一个区县的企业名单不会有这么多行，"
                       "请检查是否选错了文件（如全市或全省的企业库），或只保留本区县的企业后再导入")


def _read_rows(data: bytes, name: str) -> list[list[Any]]:
    suffix = Path(name).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        import zipfile

        from openpyxl import load_workbook

        try:
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
            raise RosterError(f"无法打开 {name}：不是有效的 Excel 工作簿（.xlsx），或文件已损坏") from exc
        try:
            sheet = book.worksheets[0]
            declared = sheet.max_row or 0
            if declared > MAX_ROWS + 1:  # the sheet's own dimension: refused before reading a row
                raise _too_many_rows(name, f"{declared:,}")
            rows = []
            for row in sheet.iter_rows(values_only=True):
                rows.append(list(row))  # raw: a code stored as a number must be recognised as such
                if len(rows) > MAX_ROWS + 1:
                    raise _too_many_rows(name, f"超过 {MAX_ROWS + 1:,}")
            return rows
        finally:
            book.close()
    if suffix in (".csv", ".txt"):
        for encoding in ("utf-8-sig", "gb18030"):  # Excel on Chinese Windows saves CSV as GBK
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise RosterError(f"{name} 的文字编码无法识别，请在 Excel 中另存为“CSV UTF-8”")
        try:
            rows = []
            for row in csv.reader(io.StringIO(text)):
                rows.append([_cell(v) for v in row])
                if len(rows) > MAX_ROWS + 1:
                    raise _too_many_rows(name, f"超过 {MAX_ROWS + 1:,}")
            return rows
        except csv.Error as exc:
            raise RosterError(f"{name} 不是有效的 CSV 文件（{exc}）") from exc
    if suffix == ".xls":
        raise RosterError("不支持旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 后再导入")
    raise RosterError(f"名单文件应为 .xlsx 或 .csv，而不是“{Path(name).suffix or '无扩展名'}”")


def _formula_rows(data: bytes, column: int, rows: set[int]) -> set[int]:
    """Which of ``rows`` (Excel numbering) hold a formula in ``column``: a formula whose result Excel never
    saved (a file written by a script) reads as empty, and the operator must be told why."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        found = set()
        for number, row in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
            if number in rows and column < len(row) and isinstance(row[column], str) and row[column].startswith("="):
                found.add(number)
        return found
    finally:
        book.close()


def parse_roster(path: Path) -> list[RosterEntry]:
    path = Path(path)
    return parse_roster_bytes(_read_file(path), path.name)


def parse_roster_bytes(data: bytes, name: str) -> list[RosterEntry]:
    """The roster in a file's bytes (the audit parses the kept file again the same way)."""
    path = Path(name)
    raw_rows = _read_rows(data, name)
    rows = [[_cell(v) for v in row] for row in raw_rows]
    header_index = next((i for i, row in enumerate(rows[:20])
                         if any(cell in HEADERS["uscc"] for cell in row)), None)
    if header_index is None:
        raise RosterError(f"{path.name} 前 20 行中找不到“统一社会信用代码”列标题，请检查表头")
    header = rows[header_index]
    columns: dict[str, int] = {}
    for key, names in HEADERS.items():
        for index, cell in enumerate(header):
            if cell in names and key not in columns:
                columns[key] = index
    if "name" not in columns:
        raise RosterError(f"{path.name} 中找不到“企业名称”列")
    entries: list[RosterEntry] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    empty_codes: list[int] = []
    for offset, row in enumerate(rows[header_index + 1:], start=header_index + 2):
        def get(key: str, row: list[str] = row) -> str:
            index = columns.get(key)
            return row[index] if index is not None and index < len(row) else ""

        if not any(row):
            continue
        raw = raw_rows[offset - 1][columns["uscc"]] if columns["uscc"] < len(raw_rows[offset - 1]) else None
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            problems.append(f"第 {offset} 行：统一社会信用代码单元格是“数字”格式，Excel 只保留 15 位有效数字，"
                            "代码已被改变。请把这一列设为“文本”格式后重新输入（或粘贴）这些代码")
            continue
        code = normalise(get("uscc"))
        check = validate_uscc(code)
        if not code and get("name"):
            empty_codes.append(offset)
            problems.append(f"第 {offset} 行：{check.message}")
            continue
        if not check.ok:
            problems.append(f"第 {offset} 行：{check.message}")
            continue
        if not get("name"):
            problems.append(f"第 {offset} 行：企业名称为空")
            continue
        if code in seen:
            problems.append(f"第 {offset} 行：统一社会信用代码 {code} 与第 {seen[code]} 行重复")
            continue
        seen[code] = offset
        entries.append(RosterEntry(code, get("name"), get("key_enterprise").lower() in YES, get("scale"),
                                   get("industry"), get("contact"), get("phone")))
    if empty_codes and path.suffix.lower() in (".xlsx", ".xlsm"):
        formulas = _formula_rows(data, columns["uscc"], set(empty_codes))
        problems = [f"第 {int(p.split(' ')[1])} 行：统一社会信用代码单元格是公式，文件中没有保存公式的结果。"
                    "请在 Excel 中打开并保存一次，或把这一列“选择性粘贴为数值”后再导入"
                    if p.startswith("第 ") and int(p.split(" ")[1]) in formulas else p for p in problems]
    if problems:
        shown = "\n".join(problems[:20]) + (f"\n……另有 {len(problems) - 20} 处" if len(problems) > 20 else "")
        raise RosterError(f"名单 {path.name} 有 {len(problems)} 处问题，未导入（原名单保持不变）：\n{shown}")
    if not entries:
        raise RosterError(f"名单 {path.name} 中没有企业")
    return entries


class RosterNeedsConfirmation(RosterError):
    """The new roster does not look like a newer version of this district's: the caller asks the user
    and calls again with ``confirm=True``."""


def replacement_warning(db: sqlite_utils.Database, entries: list[RosterEntry]) -> str:
    """Why replacing the roster with ``entries`` might be a mistake (empty when it looks right)."""
    codes = {e.uscc for e in entries}
    old = {row[0] for row in db.execute("SELECT uscc FROM roster")}
    known = {row[0] for row in db.execute("SELECT uscc FROM enterprises")}
    reasons = []
    if old and len(old & codes) < len(old) / 2:
        reasons.append(f"原名单 {len(old)} 家企业中只有 {len(old & codes)} 家在新名单中")
    if len(known) >= 5 and not known & codes:
        reasons.append(f"已报送的 {len(known)} 家企业都不在新名单中（是否是其他区县的名单？）")
    return "；".join(reasons)


def import_roster(db: sqlite_utils.Database, path: Path, signer: LogSigner, now: str | None = None, *,
                  confirm: bool = False) -> int:
    """Replace the roster with the file's enterprises; returns how many. A roster that shares little
    with the current one (or with the enterprises that reported) is only taken with ``confirm``. The file
    is kept, byte for byte, with its hash in the signed log: the audit re-reads it."""
    path = Path(path)
    data = _read_file(path)
    entries = parse_roster_bytes(data, path.name)
    warning = replacement_warning(db, entries)
    if warning and not confirm:
        raise RosterNeedsConfirmation(f"名单 {path.name} 与本区县现有数据差别很大：{warning}。"
                                      "确认要用它替换现有名单吗？")
    now = now or datetime.now(timezone.utc).isoformat(timespec="seconds")
    sha = hashlib.sha256(data).hexdigest()
    with transaction(db):
        db.execute("INSERT OR IGNORE INTO roster_files (sha256, name, data, imported_at) VALUES (?, ?, ?, ?)",
                   [sha, path.name, data, now])
        apply_roster(db, entries, path.name, now)
        append_log(db, signer, at=now, action="roster", verdict="roster_imported", source_name=path.name,
                   file_sha256=sha, detail=f"名单共 {len(entries)} 家企业")
    remember_log(db)
    return len(entries)


def apply_roster(db: sqlite_utils.Database, entries: list[RosterEntry], source: str, now: str) -> None:
    """The roster replaced by ``entries`` (the caller holds the transaction; the audit replays it)."""
    db.execute("DELETE FROM roster")
    db.conn.executemany(
        "INSERT INTO roster (uscc, name, key_enterprise, scale, industry, contact, phone, source, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(e.uscc, e.name, int(e.key_enterprise), e.scale, e.industry, e.contact, e.phone, source, now)
         for e in entries])
