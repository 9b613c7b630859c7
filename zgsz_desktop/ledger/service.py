"""The ledger import as the CLI and the dialog use it: look at a file, remember choices, fill the table.

Choices are remembered in the workspace (``preferences``): the column mapping per header layout (the same
ledger next quarter is mapped without asking) and the 工序/车间 → key process classification. Filling the
table goes through :meth:`Workspace.save_answer` with ``source="ledger"`` and the file's name and SHA-256
prefix as the reason, so the answer log keeps where the numbers came from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError
from ..jsontypes import JSONValue
from ..messages import say
from ..questionnaire import roles
from .counting import LedgerCount, Records, read_records
from .header import FIELDS, Header, find_header, guess_mapping, mapping_by_label, mapping_from_labels
from .reading import Cancelled, LedgerFile, LedgerFileError, Progress, Row, open_ledger

if TYPE_CHECKING:  # the workspace is imported when a choice is remembered or the table filled
    from ..workspace import Assessment, Workspace

# the table this fills and the question saying whether the plant is 离散型 (resources/questionnaire-roles.yaml)
CORE_QUESTIONNAIRE = roles.questionnaire_with_role("plan_indicators")
KEY_PROCESSES = roles.question_id(CORE_QUESTIONNAIRE, "key_process_table")
INDUSTRY_TYPE = roles.question_id(CORE_QUESTIONNAIRE, "production_type")
MAPPING_KEY = "ledger.column_mapping"
CLASSIFICATION_KEY = "ledger.process_classification"
REMEMBERED_LAYOUTS = 30
REMEMBERED_PROCESSES = 2_000
PREVIEW_ROWS = 20
SCAN_ROWS = 60


class ReplaceNeeded(UserError):
    """The key-process table already has rows: the caller must confirm replacing them (``old`` shows them)."""

    def __init__(self, old: list[JSONValue]) -> None:
        super().__init__(say("关键工序表中已有 {n} 行，确认后才会用台账的结果替换", n=len(old)))
        self.old = old


@dataclass
class LedgerPreview:
    """What the mapping step shows: the sheets, the header found, the first data rows, the guessed mapping."""

    ledger: LedgerFile
    sheet: str
    sheet_scores: dict[str, int]
    header: Header | None
    preview: list[Row]
    mapping: dict[str, int]
    remembered: bool = False  # the mapping is the one chosen last time for this layout
    warnings: list[str] = field(default_factory=list)


def _first_rows(ledger: LedgerFile, sheet: str, limit: int, cancelled: Cancelled | None) -> list[Row]:
    rows: list[Row] = []
    iterator = ledger.rows(sheet, cancelled=cancelled)
    try:
        for row in iterator:
            rows.append(row)
            if len(rows) >= limit:
                break
    finally:
        iterator.close()  # the workbook is closed now, not when the generator is collected
    return rows


def inspect(path: Path | str, sheet: str | None = None, *, remembered: Mapping[str, JSONValue] | None = None,
            header_row: int | None = None, cancelled: Cancelled | None = None) -> LedgerPreview:
    """Open the ledger, pick the sheet (the one that looks most like a ledger unless ``sheet`` is given),
    find its header and guess (or recall from ``remembered`` layouts) the column mapping."""
    ledger = open_ledger(path)
    if sheet is not None and sheet not in ledger.sheets:
        raise LedgerFileError(say("{name} 中没有名为“{sheet}”的工作表，可选：{sheets}", name=ledger.path.name,
                                  sheet=sheet, sheets="、".join(ledger.sheets)))
    from .header import row_score

    scores: dict[str, int] = {}
    first: dict[str, list[Row]] = {}
    for name in ([sheet] if sheet else ledger.sheets):
        first[name] = _first_rows(ledger, name, SCAN_ROWS, cancelled)
        scores[name] = max((row_score(cells) for _, cells in first[name]), default=0)
    chosen = sheet or max(ledger.sheets, key=lambda s: (scores[s], -ledger.sheets.index(s)))
    rows = first[chosen]
    if not any(any(c is not None for c in cells) for _, cells in rows):
        if len(ledger.sheets) == 1:  # no other sheet to choose: the file itself is empty
            raise LedgerFileError(say("台账文件 {name} 中没有内容（唯一的工作表“{sheet}”是空的），请确认选对了文件",
                                      name=ledger.path.name, sheet=chosen))
        raise LedgerFileError(say("工作表“{sheet}”是空的，请选择设备清单所在的工作表", sheet=chosen))
    header = find_header(rows, header_row)
    warnings: list[str] = []
    mapping: dict[str, int] = {}
    recalled = False
    if header is None:
        warnings.append(say("没有找到表头（含“设备名称”“数量”“车间”等的行），请指定表头所在的行"))
    else:
        memory = (remembered or {}).get(header.signature())
        if memory:
            mapping = mapping_from_labels(header, memory.get("mapping", {}))
            recalled = bool(mapping)
        if not recalled:
            mapping = guess_mapping(header)
    preview = [r for r in rows if header is None or r[0] >= header.data_start][:PREVIEW_ROWS]
    return LedgerPreview(ledger, chosen, scores, header, preview, mapping, recalled, warnings)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read(preview: LedgerPreview, mapping: Mapping[str, int], *, progress: Progress | None = None,
         cancelled: Cancelled | None = None) -> Records:
    """Read the whole sheet with the chosen mapping."""
    from .header import check_mapping

    if preview.header is None:
        raise LedgerFileError(say("没有找到表头，无法读取台账"))
    problems = check_mapping(preview.header, mapping)
    if problems:
        raise LedgerFileError(say("列的对应不完整：{problems}", problems="；".join(problems)))
    return read_records(preview.ledger, preview.sheet, preview.header, mapping, progress=progress,
                        cancelled=cancelled)


# --------------------------------------------------------------------------- remembered choices


def remembered_layouts(workspace: Workspace) -> dict[str, JSONValue]:
    from ..workspace import storage

    value = storage.get_preference(workspace.db, MAPPING_KEY)
    return value if isinstance(value, dict) else {}


def remembered_classification(workspace: Workspace) -> dict[str, str | None]:
    from ..workspace import storage

    value = storage.get_preference(workspace.db, CLASSIFICATION_KEY)
    if not isinstance(value, dict):
        return {}
    return {str(k): (v if isinstance(v, str) and v else None) for k, v in value.items()}


def remember(workspace: Workspace, header: Header, mapping: Mapping[str, int],
             classification: Mapping[str, str | None] | None = None) -> None:
    """Remember the column mapping for this layout (and the classification), in one durable write."""
    from ..workspace import storage

    now = workspace._now()
    with storage.transaction(workspace.db):
        layouts = storage.get_preference(workspace.db, MAPPING_KEY)
        layouts = layouts if isinstance(layouts, dict) else {}
        layouts[header.signature()] = {"mapping": mapping_by_label(header, mapping), "used": now,
                                       "labels": [label for label in header.labels if label][:40]}
        if len(layouts) > REMEMBERED_LAYOUTS:  # the oldest layouts go first
            keep = sorted(layouts, key=lambda k: str(layouts[k].get("used", "")))[-REMEMBERED_LAYOUTS:]
            layouts = {k: layouts[k] for k in keep}
        storage.put_preference(workspace.db, MAPPING_KEY, layouts, now)
        if classification is not None:
            known = storage.get_preference(workspace.db, CLASSIFICATION_KEY)
            known = known if isinstance(known, dict) else {}
            for name, target in classification.items():
                known.pop(name, None)
                known[name] = target or ""  # re-inserted: the newest last, so the oldest are dropped first
            if len(known) > REMEMBERED_PROCESSES:
                known = dict(list(known.items())[-REMEMBERED_PROCESSES:])
            storage.put_preference(workspace.db, CLASSIFICATION_KEY, known, now)


# --------------------------------------------------------------------------- filling the table


def core_assessment(workspace: Workspace, period: str) -> Assessment:
    assessment = workspace.find_assessment(CORE_QUESTIONNAIRE, period)
    if assessment is None:
        raise UserError(say("{period} 还没有南通核心指标问卷的评估，请先开始该期报送", period=period))
    return assessment


def current_table(workspace: Workspace, assessment_id: int) -> list[JSONValue]:
    value = workspace.answers(assessment_id).get(KEY_PROCESSES)
    return value if isinstance(value, list) else []


def fill_key_processes(workspace: Workspace, assessment_id: int, counted: LedgerCount, *, source_name: str,
                       sha256: str, replace: bool = False,
                       expected_old: list[JSONValue] | None = None) -> list[JSONValue]:
    """Write the proposed rows into ``cnc.key_processes``; returns the table as it was.

    A table that already has rows is replaced only with ``replace=True`` (else :class:`ReplaceNeeded`
    carries the old rows for the caller to show); with ``expected_old``, only if it still holds exactly
    those rows (someone may have edited it while the dialog was open)."""
    if counted.problems:
        raise UserError(say("无法填入关键工序表：{problems}", problems="；".join(counted.problems)))
    answers = workspace.answers(assessment_id)
    if answers.get(INDUSTRY_TYPE) == "process":
        raise UserError(say("问卷中企业的生产方式选的是“流程型制造”，关键工序设备表（离散型）不计入结果。"
                            "如确为离散型，请先改选生产方式"))
    old = answers.get(KEY_PROCESSES)
    old = old if isinstance(old, list) else []
    if old and not replace:
        raise ReplaceNeeded(old)
    if expected_old is not None and old != expected_old:
        raise UserError(say("关键工序表在此期间被修改过，请重新确认后再填入"))
    reason = say("设备台账 {name}（SHA-256 {digest}）", name=source_name, digest=sha256[:12])
    workspace.save_answer(assessment_id, KEY_PROCESSES, counted.table_rows(), source="ledger", reason=reason)
    return old


__all__ = ["FIELDS", "LedgerPreview", "ReplaceNeeded", "core_assessment", "current_table", "file_sha256",
           "fill_key_processes", "inspect", "read", "remember", "remembered_classification", "remembered_layouts"]
