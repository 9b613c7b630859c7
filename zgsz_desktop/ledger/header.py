"""Finding the header of a ledger and guessing which column holds what.

Ledgers start with a title ("南通某某公司设备台账（2025年12月）"), blank rows, sometimes a header over two rows
(a merged "设备数量" over "总数 | 其中数控"). The header is the row whose cells name the most known fields; a
second header row below it is taken in when the first row has merged (repeated) labels with text under them.
Each column's label joins its header parts ("设备数量/其中数控").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..messages import say
from .reading import Cell, Row

# The fields a ledger can give us, in the order the mapping step shows them.
FIELDS: tuple[str, ...] = ("name", "model", "quantity", "process", "numeric_control", "networked",
                           "purchase_year", "status")

FIELD_LABELS: dict[str, str] = {
    "name": "设备名称", "model": "规格型号", "quantity": "数量", "process": "所属工序/车间",
    "numeric_control": "是否数控", "networked": "是否联网", "purchase_year": "购置年份", "status": "使用状态",
}

# Whole-label synonyms (after normalising: no spaces, half-width brackets, no trailing colon or asterisk).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("设备名称", "名称", "设备", "资产名称", "固定资产名称", "设备资产名称", "机器名称", "设备名"),
    "model": ("规格型号", "型号", "规格", "型号规格", "规格及型号", "设备型号", "型号/规格"),
    "quantity": ("数量", "台数", "台(套)数", "台套数", "设备数量", "总数", "数量(台)", "数量(台/套)", "台(套)",
                 "数量(台套)", "合计台数", "总台数"),
    "process": ("工序", "所属工序", "车间", "所属车间", "使用部门", "使用车间", "产线", "生产线", "工段", "部门",
                "所在车间", "使用单位", "所属部门", "工序/车间", "车间/工序", "所属产线", "安装地点", "使用地点"),
    "numeric_control": ("是否数控", "数控", "是否数控设备", "控制方式", "数控化", "其中数控", "数控设备",
                        "是否数字化控制", "其中数控设备", "数控台数", "数控设备数", "其中:数控", "是否cnc", "cnc",
                        "nc", "是否nc", "cnc设备", "是否cnc设备", "数控机床", "是否数控机床", "数控与否",
                        "是否数控化", "是否数控控制", "控制类型", "控制系统", "数控系统", "是否plc控制",
                        "其中cnc", "cnc台数"),
    "networked": ("是否联网", "联网", "联网情况", "是否接入网络", "是否联网设备", "其中联网"),
    "purchase_year": ("购置年份", "购置日期", "启用日期", "投产日期", "购买日期", "购入日期", "购置时间", "启用时间",
                      "入账日期", "购置年月", "投用日期", "出厂日期", "启用年份"),
    "status": ("状态", "使用状态", "设备状态", "使用情况", "现状", "设备现状", "运行状态"),
}

# Words a label may contain (a weaker match than a synonym).
CONTAINS: dict[str, tuple[str, ...]] = {
    "name": ("名称",), "model": ("型号",), "quantity": ("数量", "台数"),
    "process": ("工序", "车间", "产线", "生产线", "部门"), "numeric_control": ("数控", "cnc"), "networked": ("联网",),
    "purchase_year": ("购置", "启用", "投产", "购入"), "status": ("状态",),
}

HEADER_SCAN_ROWS = 40
_TRANSLATE = str.maketrans({"（": "(", "）": ")", "：": ":", "／": "/", "\n": "", "\r": "", "\t": "", " ": "",
                            "\u3000": ""})


def normalise(value: Cell) -> str:
    """A label as compared: no spaces or line breaks, half-width brackets, no trailing ':' or '*'."""
    if value is None:
        return ""
    return _normalise_text(value if isinstance(value, str) else str(value))


@lru_cache(maxsize=8192)  # ledgers repeat the same few words (在用, 是, 机加工车间) on every row
def _normalise_text(text: str) -> str:
    return text.translate(_TRANSLATE).strip().strip("*:").lower()


# A hint on how to fill a column ("(是/否)", "（Y/N）", "(√/×)"): dropped before matching, as is the "为" of
# "是否为": "是否为CNC" and "数控(是/否)" name the same column as "是否CNC" and "数控".
_FILL_HINT = re.compile(r"\((?:[^()]*[是否有无√×✓✗yn01][^()]*)\)$")


def _label_key(label: str) -> str:
    """A normalised label reduced to what names its field: full-width Latin letters made half-width
    (case was already folded), a fill-in hint and a "为" after "是否" dropped."""
    key = unicodedata.normalize("NFKC", label).lower() if not label.isascii() else label
    key = _FILL_HINT.sub("", key) or key
    return key.replace("是否为", "是否")


def _label_fields(label: str) -> dict[str, int]:
    """How well a (composite) label names each field: 3 exact on its last part, 2 exact on another part,
    1 contains a key word."""
    label = _label_key(label)
    parts = [p for p in label.split("/") if p]
    scores: dict[str, int] = {}
    if not parts:
        return scores
    whole = label
    for name in FIELDS:
        synonyms = SYNONYMS[name]
        if whole in synonyms or parts[-1] in synonyms:
            scores[name] = 3
        elif any(p in synonyms for p in parts[:-1]):
            scores[name] = 2
        elif any(word in whole for word in CONTAINS[name]):
            scores[name] = 1
    return scores


@dataclass
class Header:
    """Where the header is and what each column is called."""

    rows: list[int]  # sheet row numbers of the header row(s)
    labels: list[str]  # one per column, as shown ("设备数量/其中数控"); "" for an unnamed column
    raw_last: list[str] = field(default_factory=list)  # the last header row's own cells, to spot repeats

    @property
    def data_start(self) -> int:
        return (self.rows[-1] + 1) if self.rows else 1

    def signature(self) -> str:
        """The same layout (next quarter's ledger) gives the same signature."""
        text = "\x1f".join(normalise(label) for label in self.labels).rstrip("\x1f")
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def column_name(self, index: int) -> str:
        label = self.labels[index] if index < len(self.labels) else ""
        return label or say("第{n}列", n=_column_letter(index))


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def row_score(cells: Sequence[Cell]) -> int:
    """How many distinct fields a row's cells name (numbers never name a field)."""
    named: set[str] = set()
    for cell in cells:
        if isinstance(cell, str):
            named.update(_label_fields(normalise(cell)))
    return len(named)


def _width(cells: Sequence[Cell]) -> int:
    width = len(cells)
    while width and cells[width - 1] is None:
        width -= 1
    return width


def _is_text_row(cells: Sequence[Cell]) -> bool:
    return all(c is None or isinstance(c, str) for c in cells) and any(isinstance(c, str) for c in cells)


def find_header(rows: Sequence[Row], header_row: int | None = None) -> Header | None:
    """The header among the first rows (``header_row`` forces one); None when no row names two fields."""
    candidates = [(n, cells) for n, cells in rows[:HEADER_SCAN_ROWS]]
    if header_row is not None:
        index = next((i for i, (n, _) in enumerate(candidates) if n == header_row), None)
        if index is None:
            return None
    else:
        best, index = 1, None
        for i, (_, cells) in enumerate(candidates):
            score = row_score(cells)
            if score > best:
                best, index = score, i
        if index is None:
            return None
        # Cells merged down a two-row header repeat in its second row, which can then name more fields than
        # the first: start from the first row.
        if index > 0 and candidates[index - 1][0] == candidates[index][0] - 1 and row_score(
                candidates[index - 1][1]) and _second_header_row(candidates[index - 1][1], candidates[index][1]):
            index -= 1
    number, first = candidates[index]
    parts = [[c] for c in first]
    header_rows = [number]
    if index + 1 < len(candidates):
        next_number, second = candidates[index + 1]
        if next_number == number + 1 and _second_header_row(first, second):
            header_rows.append(next_number)
            width = max(len(first), len(second))
            parts = [[first[i] if i < len(first) else None, second[i] if i < len(second) else None]
                     for i in range(width)]
    labels = []
    for column in parts:
        seen: list[str] = []
        for part in column:
            text = " ".join(str(part).split()) if part is not None else ""
            if text and text not in seen:
                seen.append(text)
        labels.append("/".join(seen))
    width = max((_width(cells) for _, cells in candidates), default=0)
    labels += [""] * (width - len(labels))
    last_cells = candidates[header_rows.index(header_rows[-1]) + index][1]
    raw_last = [normalise(c) for c in last_cells]
    return Header(header_rows, labels, raw_last)


def _second_header_row(first: Sequence[Cell], second: Sequence[Cell]) -> bool:
    """A sub-header: text only, and either under a merged (repeated) label of the first row, or naming a
    field itself where the first row is empty."""
    if not _is_text_row(second):
        return False
    for i in range(len(first) - 1):
        a, b = first[i], first[i + 1]
        if isinstance(a, str) and a == b and i + 1 < len(second) and second[i] and second[i + 1]:
            return True
    for i, cell in enumerate(second):
        if isinstance(cell, str) and (i >= len(first) or first[i] is None) and _label_fields(normalise(cell)):
            return True
    return False


def guess_mapping(header: Header) -> dict[str, int]:
    """field → column index, the strongest label match first; each column used once."""
    offers: list[tuple[int, int, str, int]] = []
    for column, label in enumerate(header.labels):
        for name, score in _label_fields(normalise(label)).items():
            offers.append((-score, FIELDS.index(name), name, column))
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for _, _, name, column in sorted(offers, key=lambda o: (o[0], o[1], o[3])):
        if name not in mapping and column not in used:
            mapping[name] = column
            used.add(column)
    return mapping


def mapping_by_label(header: Header, mapping: Mapping[str, int]) -> dict[str, str]:
    """A mapping as column labels, to remember (labels survive a column moved next quarter)."""
    return {name: header.labels[col] for name, col in mapping.items() if col < len(header.labels)
            and header.labels[col]}


def mapping_from_labels(header: Header, remembered: Mapping[str, str]) -> dict[str, int]:
    """A remembered mapping applied to this header; fields whose column is gone are left out."""
    index = {normalise(label): i for i, label in enumerate(header.labels) if label}
    mapping = {}
    for name, label in remembered.items():
        if name in FIELDS and normalise(label) in index:
            mapping[name] = index[normalise(label)]
    return mapping


# Columns that never hold a field we count (序号, 资产编号, 备注): not offered as "maybe this is it".
_NEVER_A_FIELD = re.compile(r"^(序号|编号|资产编号|设备编号|固定资产编号|卡片编号|备注|说明|附注|no\.?|#)$")


def unmapped_columns(header: Header, mapping: Mapping[str, int]) -> list[str]:
    """The labelled columns given to no field (序号 and 备注 aside), as shown: when a field is not mapped
    its column may be one of these under a name we did not recognise, so the user is told to choose it
    rather than that the ledger lacks it."""
    used = set(mapping.values())
    return [label for index, label in enumerate(header.labels)
            if label and index not in used and not _NEVER_A_FIELD.match(normalise(label))]


def check_mapping(header: Header, mapping: Mapping[str, int]) -> list[str]:
    """What is wrong with a mapping, in words (empty when it can be used)."""
    problems = []
    if "process" not in mapping:
        problems.append(say("请指定“所属工序/车间”所在的列：按它把设备归入关键工序"))
    if "name" not in mapping and "model" not in mapping and "quantity" not in mapping:
        problems.append(say("请至少指定“设备名称”“规格型号”或“数量”中的一列"))
    columns = list(mapping.values())
    for name, column in mapping.items():
        if name not in FIELDS:
            problems.append(say("未知的字段 {field}", field=name))
        elif not 0 <= column < len(header.labels):
            problems.append(say("“{field}”指定的列不存在", field=FIELD_LABELS[name]))
        elif columns.count(column) > 1:
            problems.append(say("“{column}”列被指定给了多个字段", column=header.column_name(column)))
    return list(dict.fromkeys(problems))


def repeated_header(cells: Sequence[Cell], header: Header, columns: Iterable[int]) -> bool:
    """A data row that repeats the header (a ledger printed page by page, pasted back together)."""
    hits = 0
    for column in columns:
        if column < len(cells) and column < len(header.raw_last) and header.raw_last[column]:
            cell = cells[column]
            if isinstance(cell, str) and cell[:1].lower() == header.raw_last[column][:1] \
                    and normalise(cell) == header.raw_last[column]:
                hits += 1
    return hits >= 2
