"""Evidence files (佐证材料) at the district: listed per enterprise from ``submission_evidence`` (what the signed
manifests say), and exported as files, opened on demand from the packages kept as received.

An export checks each kept package against its recorded SHA-256 and verifies it again (signature, every
hash of the sealed files) before opening the files with the district key; each opened file is checked
against the manifest's size, SHA-256 and type. Files go into ``<out>/<评估期>/<问卷>/<NN 题目>/<文件名>`` (the
question's number and the start of its text; the internal question id stays in the index) with an
index workbook ``佐证材料清单.xlsx``; everything is written into a folder of its own first and takes its
name only when complete, so a failed or cancelled export leaves nothing half-written.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from ..errors import UserError
from ..text import visible
from .identity import DistrictIdentity

INDEX_NAME = "佐证材料清单.xlsx"
INDEX_COLUMNS = ("评估期", "问卷", "题目编号", "题目", "文件", "类型", "大小（字节）", "SHA-256", "报告包编号")


class EvidenceExportRefused(UserError, ValueError):
    pass


@dataclass(frozen=True)
class EvidenceRow:
    period: str
    package_id: str
    evidence_id: str
    questionnaire_id: str
    question_id: str
    question: str  # the question's text, when the questionnaire version is installed
    file_name: str
    media_type: str
    size: int
    sha256: str
    question_number: int | None = None  # the question's place in its questionnaire (1, 2, …), when installed

    @property
    def folder_name(self) -> str:
        """The question as a folder name a manager recognises: its number and the start of its text; the
        internal id only when the questionnaire version is not installed (the index keeps the id always)."""
        if self.question_number is None or self.question == self.question_id:
            return _safe_part(self.question_id)
        text = _safe_part(" ".join(self.question.split()))[:30].rstrip(" .") or "_"
        return f"{self.question_number:02d} {text}"

    @property
    def type_label(self) -> str:
        from ..workspace.evidence_rules import type_label

        return type_label(self.media_type)

    @property
    def size_text(self) -> str:
        from ..workspace.evidence_rules import megabytes

        return megabytes(self.size)


def enterprise_evidence(db: sqlite_utils.Database, uscc: str, period: str | None = None) -> list[EvidenceRow]:
    """The evidence files of an enterprise's current submission of each period (or of one period), newest
    period first, in the order the package lists them."""
    sql = ("SELECT DISTINCT e.period, e.package_id, e.evidence_id, e.questionnaire_id, e.question_id, e.file_name, "
           "e.media_type, e.size, e.sha256, s.questionnaire_version, s.period_order FROM submission_evidence e "
           "JOIN submissions s ON s.package_id = e.package_id AND s.questionnaire_id = e.questionnaire_id "
           "WHERE e.uscc = ? AND s.current = 1")
    parameters: list[Any] = [uscc]
    if period is not None:
        sql += " AND e.period = ?"
        parameters.append(period)
    sql += " ORDER BY s.period_order DESC, e.package_id, e.evidence_id"
    rows = []
    for (period_, package_id, evidence_id, questionnaire_id, question_id, file_name, media_type, size, sha256,
         version, _) in db.execute(sql, parameters).fetchall():
        text, number = _question_text(questionnaire_id, version, question_id)
        rows.append(EvidenceRow(period_, package_id, evidence_id, questionnaire_id, question_id, text, file_name,
                                media_type, int(size), sha256, number))
    return rows


def _question_text(questionnaire_id: str, version: str, question_id: str) -> tuple[str, int | None]:
    """The question's text and its number in the questionnaire; the id and no number when not installed."""
    from ..questionnaire.loader import get_questionnaire

    try:
        questionnaire = get_questionnaire(questionnaire_id, version)
    except (KeyError, UserError):
        return question_id, None
    if not questionnaire.has_question(question_id):
        return question_id, None
    number = next(n for n, q in enumerate(questionnaire.questions(), start=1) if q.id == question_id)
    return questionnaire.question(question_id).text, number


Progress = Callable[[int, int], None]


def export_evidence(db: sqlite_utils.Database, identity: DistrictIdentity, uscc: str, out: Path, *,
                    period: str | None = None, progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> list[Path]:
    """Write one enterprise's evidence files (current submission of each period, or of ``period``) and the
    index into the folder ``out`` (new, or empty); returns the files written, the index last."""
    from ..package.verify import open_evidence, open_package

    rows = enterprise_evidence(db, uscc, period)
    if not rows:
        raise EvidenceExportRefused(f"企业 {visible(uscc, 20)}" + (f" {visible(period, 20)}" if period else "")
                                    + " 没有佐证材料")
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise EvidenceExportRefused(f"{out} 已存在且不是空文件夹，请选择一个新文件夹")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent))
    try:
        opened: dict[str, dict[str, bytes]] = {}
        written, index_rows = [], []
        folders = _question_folders(rows)
        names = _unique_names([(folders[r.period, r.questionnaire_id, r.question_id], r.file_name) for r in rows])
        for done, (row, name) in enumerate(zip(rows, names, strict=True), start=1):
            if cancel is not None and cancel.is_set():
                raise EvidenceExportRefused("已取消导出佐证材料，未写入任何文件")
            if row.package_id not in opened:
                data = kept_package(db, row.package_id)
                verified, entries = open_package(data)
                opened[row.package_id] = {c.info.id: c.data for c in open_evidence(
                    verified, entries, identity.key_id, identity.private_key())}
            content = opened[row.package_id].get(row.evidence_id)
            if content is None or hashlib.sha256(content).hexdigest() != row.sha256:
                raise EvidenceExportRefused("数据库中佐证材料的记录与保存的报告包不符，数据库可能被修改过"
                                            "（可运行“核查数据库”查看）")
            relative = Path(folders[row.period, row.questionnaire_id, row.question_id]) / name
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            written.append(out / relative)
            index_rows.append((row.period, _questionnaire_title(row.questionnaire_id), row.question_id, row.question,
                               relative.as_posix(), row.type_label, row.size, row.sha256, row.package_id))
            if progress is not None:
                progress(done, len(rows))
        _write_index(staging / INDEX_NAME, index_rows)
        if out.exists():
            out.rmdir()  # empty, checked above
        staging.rename(out)
    except OSError as exc:
        from ..errors import describe_os_error

        raise EvidenceExportRefused(f"无法写入 {out}：{describe_os_error(exc)}") from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return [*written, out / INDEX_NAME]


def kept_package(db: sqlite_utils.Database, package_id: str) -> bytes:
    row = db.execute("SELECT p.data, s.package_sha256 FROM submissions s LEFT JOIN packages p "
                     "ON p.sha256 = s.package_sha256 WHERE s.package_id = ? LIMIT 1", [package_id]).fetchone()
    if row is None or not isinstance(row[0], bytes) or hashlib.sha256(row[0]).hexdigest() != row[1]:
        raise EvidenceExportRefused("数据库中保存的报告包缺失或与导入时的不同，数据库可能被修改过"
                                    "（可运行“核查数据库”查看）")
    return row[0]


def _question_folders(rows: list[EvidenceRow]) -> dict[tuple[str, str, str], str]:
    """``<评估期>/<问卷>/<NN 题目>`` for each question with files; two questions that would share a folder name
    (texts alike at the start) are told apart by their internal id."""
    folders: dict[tuple[str, str, str], str] = {}
    taken: dict[str, tuple[str, str, str]] = {}
    for row in rows:
        key = (row.period, row.questionnaire_id, row.question_id)
        if key in folders:
            continue
        folder = (f"{_safe_part(row.period)}/{_safe_part(_questionnaire_title(row.questionnaire_id))}/"
                  f"{row.folder_name}")
        if taken.get(folder.casefold(), key) != key:
            folder = f"{folder} ({_safe_part(row.question_id)})"
        taken[folder.casefold()] = key
        folders[key] = folder
    return folders


def _safe_part(text: str) -> str:
    """A period or question id as a folder name (they are checked values, but never trust a path part)."""
    import re

    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", str(text)).strip(" .")
    return cleaned[:80] or "_"


def _unique_names(items: list[tuple[str, str]]) -> list[str]:
    from ..workspace.attachments import unique_names

    return unique_names(items)


def _questionnaire_title(questionnaire_id: str) -> str:
    from ..questionnaire.loader import get_questionnaire

    try:
        return get_questionnaire(questionnaire_id).short_title
    except (KeyError, UserError):
        return questionnaire_id


def _write_index(path: Path, rows: list[tuple[Any, ...]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "佐证材料清单"
    sheet.append(list(INDEX_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        # text from outside is never a formula in Excel
        sheet.append([f"'{v}" if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v for v in row])
    for column, width in zip("ABCDEFGHI", (12, 16, 18, 40, 40, 12, 12, 66, 38), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    book.save(path)
