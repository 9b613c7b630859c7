"""Evidence files (佐证材料) attached to a question of an assessment in the workspace.

The rules (types by content, 10 MB a file, 30 MB and 60 files a submission, cleaned names) are
``package/evidence.py``'s, shared with the package and the district. Each add or remove is one durable
transaction with its entry in the append-only ``attachment_log``, and — like an answer change — takes an
exported or completed submission back (to 草稿), unless the files and answers are again exactly those of the
period's last package. The export binds the files through :func:`content_digest`.

Functions take the :class:`~.workspace.Workspace` and, for writes, ``now`` (ISO text; the workspace's clock
when omitted). Nothing here imports Qt.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UserError
from ..messages import say
from . import storage
from .evidence_rules import (
    MAX_FILE_BYTES,
    EvidenceFile,
    EvidenceRefused,
    check_file,
    check_totals,
    megabytes,
    type_label,
)

if TYPE_CHECKING:
    from .workspace import Workspace


class AttachmentRefused(UserError, ValueError):
    """A file was not attached (or not removed); the message says why and what the limit is."""


@dataclass(frozen=True)
class Attachment:
    id: int
    assessment_id: int
    question_id: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: str
    questionnaire_id: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Attachment:
        return cls(**{name: row[name] for name in cls.__dataclass_fields__ if name in row})

    @property
    def type_label(self) -> str:
        return type_label(self.media_type)

    @property
    def size_text(self) -> str:
        return megabytes(self.size)


# --------------------------------------------------------------------------- digest (what an export binds)


def content_digest(db: storage.Database, questionnaire_hash: str, assessment_id: int) -> str:
    """What a package carried of one assessment, in one value: its answers and, when it has any, its
    evidence files (question and SHA-256 of each). Without files it is exactly ``answers_digest`` as
    before, so export records made before evidence existed still compare equal."""
    from .workspace import answers_digest

    answers = storage.get_answers(db, assessment_id)
    files = storage.attachment_fingerprints(db, assessment_id)
    if not files:
        return answers_digest(questionnaire_hash, answers)
    return answers_digest(questionnaire_hash, {**answers, "\x00evidence": [list(f) for f in files]})


def _status_after_change(db: storage.Database, assessment: Mapping[str, Any], now: str) -> None:
    """Inside the write, as for an answer: a changed assessment is a draft again, unless it is now exactly
    what the period's last package carried."""
    exported = storage.last_export_for(db, assessment["questionnaire_id"], assessment["period"])
    digests = (exported or {}).get("answers_digest") or {}
    if digests.get(assessment["questionnaire_id"]) == content_digest(db, assessment["questionnaire_hash"],
                                                                     int(assessment["id"])):
        if assessment["status"] != "exported":
            storage.set_assessment_status(db, int(assessment["id"]), "exported", now)
        else:
            storage.touch_assessment(db, int(assessment["id"]), now)
    elif assessment["status"] != "draft":
        storage.set_assessment_status(db, int(assessment["id"]), "draft", now)
    else:
        storage.touch_assessment(db, int(assessment["id"]), now)


# --------------------------------------------------------------------------- adding and removing


def _locked_assessment(ws: Workspace, assessment_id: int) -> dict[str, Any]:
    row = storage.get_assessment(ws.db, assessment_id)
    if row is None:
        raise AttachmentRefused(say("没有编号为 {id} 的评估（可能已在其他窗口删除）", id=assessment_id))
    return row


def add_attachment_bytes(ws: Workspace, assessment_id: int, question_id: str, data: bytes, file_name: str,
                         now: str | None = None) -> Attachment:
    """Attach ``data`` (named ``file_name`` by the user's system) to a question; refused with the reason
    and the limit, changing nothing, when it is not an allowed type, too large, one too many, or already
    attached to that question."""
    questionnaire = ws.questionnaire_for(ws.assessment(assessment_id))  # parse outside the write lock
    if not questionnaire.has_question(question_id):
        raise AttachmentRefused(say("问卷 {questionnaire} 中没有题目 {question}", questionnaire=questionnaire.ref,
                                    question=question_id))
    try:
        checked = check_file(data, file_name)
    except EvidenceRefused as exc:
        raise AttachmentRefused(str(exc)) from exc
    now = now or ws._now()
    with storage.transaction(ws.db):
        assessment = _locked_assessment(ws, assessment_id)
        same = storage.find_attachment(ws.db, assessment_id, question_id, checked.sha256)
        if same is not None:
            raise AttachmentRefused(say("这道题已附有相同内容的文件“{name}”", name=same["file_name"]))
        count, total = storage.submission_attachment_totals(ws.db, int(assessment["submission_id"]))
        try:
            check_totals(count, total, checked.size)
        except EvidenceRefused as exc:
            raise AttachmentRefused(str(exc)) from exc
        new_id = storage.insert_attachment(ws.db, assessment_id, question_id, checked.file_name, checked.media_type,
                                           checked.size, checked.sha256, checked.data, now)
        storage.append_attachment_log(ws.db, assessment_id, question_id, "add", checked.file_name, checked.size,
                                      checked.sha256, now)
        _status_after_change(ws.db, assessment, now)
    row = storage.get_attachment(ws.db, new_id)
    assert row is not None
    return Attachment.from_row(row)


def add_attachment(ws: Workspace, assessment_id: int, question_id: str, path: Path,
                   now: str | None = None) -> Attachment:
    """Attach the file at ``path`` (read at most just over the limit: a device or a huge file cannot
    exhaust memory)."""
    from ..fileio import read_at_most

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_at_most says what is wrong with the path
    if size > MAX_FILE_BYTES:
        raise AttachmentRefused(say("“{name}”有 {size}，超过每个文件 {limit} MB 的上限；请压缩或分成几个文件再附",
                                    name=path.name, size=megabytes(size), limit=MAX_FILE_BYTES // 1000 // 1000))
    if path.is_dir():
        raise AttachmentRefused(say("“{name}”是文件夹，请选择文件", name=path.name))
    try:
        data = read_at_most(path, MAX_FILE_BYTES, say("文件"))
    except UserError as exc:
        raise AttachmentRefused(str(exc)) from exc
    return add_attachment_bytes(ws, assessment_id, question_id, data, path.name, now)


def add_attachments(ws: Workspace, assessment_id: int, question_id: str, paths: Iterable[Path],
                    now: str | None = None) -> tuple[list[Attachment], list[tuple[Path, str]]]:
    """Several files at once, each on its own: the ones attached, and each refused one with why."""
    added, refused = [], []
    for path in paths:
        try:
            added.append(add_attachment(ws, assessment_id, question_id, Path(path), now))
        except AttachmentRefused as exc:  # the message as said (a messages.Said): translated where it is shown
            refused.append((Path(path), exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)))
    return added, refused


def remove_attachment(ws: Workspace, attachment_id: int, now: str | None = None) -> Attachment:
    """Remove one file (its record stays in the attachment log)."""
    now = now or ws._now()
    with storage.transaction(ws.db):
        row = storage.get_attachment(ws.db, attachment_id)
        if row is None:
            raise AttachmentRefused(say("没有编号为 {id} 的佐证材料（可能已在其他窗口删除）", id=attachment_id))
        assessment = _locked_assessment(ws, int(row["assessment_id"]))
        storage.delete_attachment(ws.db, attachment_id)
        storage.append_attachment_log(ws.db, int(row["assessment_id"]), row["question_id"], "remove",
                                      row["file_name"], int(row["size"]), row["sha256"], now)
        _status_after_change(ws.db, assessment, now)
    return Attachment.from_row(row)


# --------------------------------------------------------------------------- reading


def list_attachments(ws: Workspace, assessment_id: int, question_id: str | None = None) -> list[Attachment]:
    return [Attachment.from_row(r) for r in storage.list_attachments(ws.db, assessment_id, question_id)]


def attachment_counts(ws: Workspace, assessment_id: int) -> dict[str, int]:
    """question id → how many files (for the 佐证材料（N） buttons)."""
    counts: dict[str, int] = {}
    for item in list_attachments(ws, assessment_id):
        counts[item.question_id] = counts.get(item.question_id, 0) + 1
    return counts


def attachment_content(ws: Workspace, attachment_id: int) -> bytes:
    data = storage.get_attachment_content(ws.db, attachment_id)
    if data is None:
        raise AttachmentRefused(say("没有编号为 {id} 的佐证材料（可能已在其他窗口删除）", id=attachment_id))
    return data


def attachment_log(ws: Workspace, assessment_id: int | None = None) -> list[dict[str, Any]]:
    return storage.get_attachment_log(ws.db, assessment_id)


def submission_attachments(ws: Workspace, period: str) -> list[Attachment]:
    """Every file of the period's submission, in submission order (questionnaire, then as attached)."""
    submission = ws.submission(period)
    order = {p.questionnaire_id: i for i, p in enumerate(submission.parts)}
    found = [Attachment.from_row(r) for r in storage.submission_attachments(ws.db, submission.id)]
    return sorted(found, key=lambda a: (order.get(a.questionnaire_id, len(order)), a.id))


def evidence_totals(ws: Workspace, period: str) -> tuple[int, int]:
    """(files, bytes) the period's package would carry (the export dialog says it before exporting)."""
    return storage.submission_attachment_totals(ws.db, ws.submission(period).id)


def evidence_files(ws: Workspace, period: str) -> list[EvidenceFile]:
    """The period's files as the package carries them (read from the database at export time)."""
    return [EvidenceFile(a.questionnaire_id, a.question_id, a.file_name, a.media_type, attachment_content(ws, a.id))
            for a in submission_attachments(ws, period)]


# --------------------------------------------------------------------------- copying out


INDEX_COLUMNS = ("评估期", "问卷", "题目编号", "题目", "文件", "类型", "大小（字节）", "SHA-256", "添加时间")


def unique_names(items: Sequence[tuple[str, str]]) -> list[str]:
    """(folder, file name) pairs made unique within their folder: ``合同.pdf``, ``合同 (2).pdf``."""
    seen: set[tuple[str, str]] = set()
    names = []
    for folder, name in items:
        candidate, counter = name, 1
        stem, dot, suffix = name.rpartition(".")
        while (folder, candidate.lower()) in seen:
            counter += 1
            candidate = f"{stem} ({counter}).{suffix}" if dot else f"{name} ({counter})"
        seen.add((folder, candidate.lower()))
        names.append(candidate)
    return names


def index_csv(rows: Iterable[Sequence[Any]]) -> bytes:
    """An index as CSV with a BOM (Excel on Chinese Windows opens UTF-8 with a BOM correctly)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(INDEX_COLUMNS)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _cell(value: Any) -> Any:
    """A cell Excel will not run as a formula (a file name may start with = + - @)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else value


def export_attachments(ws: Workspace, period: str, out_dir: Path) -> list[Path]:
    """Copy the period's files to ``out_dir``/<question id>/<file name>, with ``佐证材料清单.csv``; returns
    the files written. Nothing is overwritten: an existing folder must be empty."""
    from ..fileio import write_bytes_atomic

    items = submission_attachments(ws, period)
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise AttachmentRefused(say("文件夹 {folder} 不是空的，请选择一个空文件夹或新文件夹", folder=str(out_dir)))
    titles = _question_titles(ws, period)
    names = unique_names([(a.question_id, a.file_name) for a in items])
    written, rows = [], []
    try:
        for item, name in zip(items, names, strict=True):
            target = out_dir / item.question_id / name
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(target, attachment_content(ws, item.id))
            written.append(target)
            rows.append((ws.submission(period).period, item.questionnaire_id, item.question_id,
                         titles.get((item.questionnaire_id, item.question_id), ""), f"{item.question_id}/{name}",
                         item.type_label, item.size, item.sha256, item.added_at))
        out_dir.mkdir(parents=True, exist_ok=True)
        index = out_dir / "佐证材料清单.csv"
        write_bytes_atomic(index, index_csv(rows))
    except OSError as exc:
        from ..errors import describe_os_error

        raise AttachmentRefused(say("无法写入 {folder}：{reason}", folder=str(out_dir),
                                    reason=describe_os_error(exc))) from exc
    return [*written, index]


def _question_titles(ws: Workspace, period: str) -> dict[tuple[str, str], str]:
    titles = {}
    for assessment, questionnaire, _ in ws.submission_parts(period):
        for item in list_attachments(ws, assessment.id):
            if questionnaire.has_question(item.question_id):
                titles[(assessment.questionnaire_id, item.question_id)] = questionnaire.question(item.question_id).text
    return titles
