"""Shared filling (分工填报, issue #20): modules of a submission sent to a colleague and their answers merged back.

Three steps, three parties, two small files (docs/team-filling.md):

1. The manager sends modules: :func:`send_modules` writes a **分工文件** (``*.zgszfill``, ``zgsz-handoff/1``) and
   records the handoff in the workspace, with the answers it carried (the *base* of a three-way comparison).
2. The colleague opens it in their own copy of the app: :func:`open_handoff` makes a private workspace under
   ``data_dir/handoffs/<id>/`` (a real :class:`Workspace`: every answer saved the moment it is given) and
   :func:`write_return` writes the **交回答卷** (``*.zgszback``, ``zgsz-handoff-answers/1``) with the assigned
   modules' answers, who filled them in and when.
3. The manager imports it: :func:`preview_return` checks the file and compares each question three ways (what was
   sent, what the workspace holds now, what came back); :func:`apply_merge` writes the answers taken in one
   transaction, each logged with the colleague's name and time (the submission's history).

Nothing is overwritten silently: an answer both sides changed is a conflict the manager must decide. The files
carry a SHA-256 over their content to tell a damaged or edited file apart; it is not a signature (the files stay
inside the company). No Qt here: the desktop app and the command line share it.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import uscc
from ..errors import UserError
from ..messages import say
from ..periods import normalise_period
from ..text import hidden_characters, local_time, visible
from . import storage

if TYPE_CHECKING:
    from ..questionnaire.model import Question, Questionnaire
    from .workspace import Workspace

HANDOFF_FORMAT = "zgsz-handoff/1"
RETURN_FORMAT = "zgsz-handoff-answers/1"
HANDOFF_SUFFIX = ".zgszfill"
RETURN_SUFFIX = ".zgszback"
MAX_FILE_BYTES = 5 * 1024 * 1024  # a real file is a few kB (tables of key processes included)
MAX_NAME_CHARS = 40
HANDOFFS_DIR = "handoffs"
META_KEY = "handoff"  # colleague workspace: the handoff it was made from (preferences table)
FILLER_KEY = "handoff.filled_by"  # colleague workspace: the colleague's name, given once

# what becomes of a question when a returned answers file is merged
SAME, NEW, KEPT, CONFLICT = "same", "new", "kept", "conflict"
KIND_LABELS = {SAME: "相同", NEW: "新答案", KEPT: "保留本机的修改", CONFLICT: "冲突"}
TAKE_RETURNED, KEEP_CURRENT = "returned", "current"
STATUS_LABELS = {"sent": "已发出", "merged": "已合并", "cancelled": "已取消"}


class HandoffError(UserError, ValueError):
    """A handoff or returned answers file cannot be used, or a merge was refused; the message says why."""


class MergeNeedsChoice(HandoffError):
    """Conflicts were left undecided; ``conflicts`` lists them (nothing was written)."""

    def __init__(self, conflicts: Sequence[MergeItem]):
        self.conflicts = list(conflicts)
        lines = "\n".join(f"  - {c.question_id}“{c.question_text}”" for c in self.conflicts[:30])
        super().__init__(say("有 {count} 道题同事和本机都改过，请逐题选择采用同事的答案还是保留当前答案：\n{lines}",
                             count=len(self.conflicts), lines=lines))


# --------------------------------------------------------------------------- what the files hold


@dataclass(frozen=True)
class ModuleRef:
    questionnaire_id: str
    module_id: str
    title: str

    @property
    def key(self) -> str:
        """``questionnaire_id/module_id``: how the workspace and the command line name a module."""
        return f"{self.questionnaire_id}/{self.module_id}"

    def to_json(self) -> dict[str, str]:
        return {"questionnaire": self.questionnaire_id, "module": self.module_id, "title": self.title}


@dataclass(frozen=True)
class Handoff:
    """A 分工文件 as read (``answers`` empty when read back from a colleague workspace's record)."""

    id: str
    created_at: str
    sender: dict[str, Any]  # the manager's enterprise block (docs/answers-format.md)
    period: str
    assignee: str
    modules: tuple[ModuleRef, ...]
    definitions: dict[str, dict[str, str]]  # questionnaire id → {"id", "version", "hash"}
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def sender_name(self) -> str:
        return str(self.sender.get("name", ""))

    def meta_json(self) -> dict[str, Any]:
        return {"format": HANDOFF_FORMAT, "id": self.id, "created_at": self.created_at, "from": self.sender,
                "period": self.period, "assignee": self.assignee, "modules": [m.to_json() for m in self.modules],
                "questionnaires": list(self.definitions.values())}


@dataclass(frozen=True)
class HandoffRecord:
    """A handoff as the manager's workspace records it."""

    id: str
    period: str
    modules: tuple[str, ...]  # questionnaire_id/module_id
    assignee: str
    created_at: str
    returned_at: str | None
    status: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> HandoffRecord:
        return cls(str(row["id"]), str(row["period"]), tuple(row["modules"]), str(row["assignee"]),
                   str(row["created_at"]), row.get("returned_at"), str(row["status"]))


@dataclass(frozen=True)
class ReturnedAnswer:
    value: Any
    changed_at: str | None  # when the colleague last changed it (None: left as it came)


@dataclass(frozen=True)
class ReturnFile:
    handoff_id: str
    enterprise: dict[str, Any]
    period: str
    filled_by: str
    returned_at: str
    modules: tuple[ModuleRef, ...]
    definitions: dict[str, dict[str, str]]
    answers: dict[str, dict[str, ReturnedAnswer]]


@dataclass(frozen=True)
class MergeItem:
    """One question of the assigned modules, compared three ways."""

    questionnaire_id: str
    question_id: str
    question: Question
    module_title: str
    kind: str  # SAME / NEW / KEPT / CONFLICT
    base: Any  # what was sent (or merged last time)
    current: Any  # what the workspace holds now
    current_changed_at: str | None
    current_by: str  # who gave the current answer, in words (本机填写, 分工填报：张三…)
    returned: Any
    returned_changed_at: str | None

    @property
    def key(self) -> str:
        return f"{self.questionnaire_id}/{self.question_id}"

    @property
    def question_text(self) -> str:
        return self.question.text

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class MergePreview:
    handoff: HandoffRecord
    returned: ReturnFile
    items: tuple[MergeItem, ...]  # every question of the assigned modules, conflicts first
    source_name: str

    @property
    def conflicts(self) -> list[MergeItem]:
        return [i for i in self.items if i.kind == CONFLICT]

    @property
    def new(self) -> list[MergeItem]:
        return [i for i in self.items if i.kind == NEW]

    @property
    def kept(self) -> list[MergeItem]:
        return [i for i in self.items if i.kind == KEPT]

    @property
    def nothing_new(self) -> bool:
        return not self.conflicts and not self.new

    def summary(self) -> str:
        if self.nothing_new:
            if self.handoff.status == "merged":
                return say("这份答卷已经合并过，没有新的改动；合并不会改变任何答案。")
            return say("同事交回的答案与本机当前答案相同，没有需要合并的内容。")
        return say("新答案 {new} 道，冲突 {conflicts} 道（需逐题选择），保留本机修改 {kept} 道",
                   new=len(self.new), conflicts=len(self.conflicts), kept=len(self.kept))


@dataclass(frozen=True)
class MergeResult:
    changed: int  # answers written
    taken: int  # answers taken from the colleague (some may already have been equal)
    kept: int  # conflicts and new answers where the current answer was kept


# --------------------------------------------------------------------------- helpers


def _canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content_digest(document: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON (sorted keys, no spaces, UTF-8) of everything but ``sha256``."""
    return hashlib.sha256(_canonical({k: v for k, v in document.items() if k != "sha256"})).hexdigest()


def _normal(value: Any) -> Any:
    """A value as compared: unanswered is None, 3.0 is 3 (JSON written by two programs may differ there)."""
    from ..questionnaire.answers import is_answered

    if not is_answered(value):
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_normal(v) if not isinstance(v, dict) else {k: _normal(x) for k, x in v.items()} for v in value]
    return value


def _same(a: Any, b: Any) -> bool:
    return _canonical(_normal(a)) == _canonical(_normal(b))


def check_name(name: str, what: str) -> str:
    """A person's name as typed (the colleague, the filler): trimmed; refused when empty, too long or holding
    control or invisible characters (a name shown as another name)."""
    text = str(name or "").strip()
    if not text:
        raise HandoffError(say("请填写{what}", what=what))
    hidden = hidden_characters(text)
    if hidden:
        raise HandoffError(say("{what}中含有不可见或控制字符（{chars}），请重新输入", what=what,
                               chars="、".join(hidden)))
    if len(text) > MAX_NAME_CHARS:
        raise HandoffError(say("{what}过长（最多{limit}个字）", what=what, limit=MAX_NAME_CHARS))
    return text


def _read_json(path: Path, what: str) -> dict[str, Any]:
    from ..fileio import read_at_most

    path = Path(path)
    data = read_at_most(path, MAX_FILE_BYTES, what)
    if len(data) > MAX_FILE_BYTES:
        raise HandoffError(say("{name} 过大（超过 {limit} MB），不是{what}", name=path.name,
                               limit=MAX_FILE_BYTES // (1024 * 1024), what=what))
    try:
        text = data.decode("utf-8-sig")
        document = json.loads(text, parse_constant=_refuse_constant)
    except UnicodeDecodeError as exc:
        raise HandoffError(say("{name} 不是{what}（不是 UTF-8 文本），文件可能已损坏", name=path.name,
                               what=what)) from exc
    except json.JSONDecodeError as exc:
        raise HandoffError(say("{name} 已损坏或不完整（第{line}行第{column}列），请让对方重新发送",
                               name=path.name, line=exc.lineno, column=exc.colno)) from exc
    except (ValueError, RecursionError) as exc:
        raise HandoffError(say("{name} 内容异常，不是{what}", name=path.name, what=what)) from exc
    if not isinstance(document, dict):
        raise HandoffError(say("{name} 不是{what}", name=path.name, what=what))
    return document


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def _check_digest(document: Mapping[str, Any], name: str) -> None:
    if document.get("sha256") != content_digest(document):
        raise HandoffError(say("{name} 的校验值不符：文件已损坏或被改动过，未使用。请让对方重新发送原文件。",
                               name=name))


def _text(document: Mapping[str, Any], key: str, name: str) -> str:
    value = document.get(key)
    if not isinstance(value, str) or not value.strip():
        raise HandoffError(say("{name} 缺少“{field}”，文件不完整", name=name, field=key))
    return value


def _handoff_id(value: Any, name: str) -> str:
    """A UUID in its canonical form: it names a folder, so nothing else may pass (``../`` and the like)."""
    try:
        parsed = uuid.UUID(str(value))
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != value:
        raise HandoffError(say("{name} 中的分工编号无效，文件可能被改动", name=name))
    return str(value)


def _modules(value: Any, name: str) -> tuple[ModuleRef, ...]:
    if not isinstance(value, list) or not value:
        raise HandoffError(say("{name} 没有列出任何模块", name=name))
    found = []
    for entry in value:
        if not (isinstance(entry, Mapping) and all(isinstance(entry.get(k), str) for k in ("questionnaire", "module"))):
            raise HandoffError(say("{name} 的模块列表格式不对，文件可能被改动", name=name))
        found.append(ModuleRef(entry["questionnaire"], entry["module"], visible(entry.get("title", ""), 80)))
    return tuple(found)


def _definitions(value: Any, name: str) -> dict[str, dict[str, str]]:
    if not isinstance(value, list) or not value:
        raise HandoffError(say("{name} 没有注明问卷版本", name=name))
    found: dict[str, dict[str, str]] = {}
    for entry in value:
        if not (isinstance(entry, Mapping) and all(isinstance(entry.get(k), str) for k in ("id", "version", "hash"))):
            raise HandoffError(say("{name} 的问卷版本格式不对，文件可能被改动", name=name))
        found[entry["id"]] = {"id": entry["id"], "version": entry["version"], "hash": entry["hash"]}
    return found


def installed_definition(ref: Mapping[str, str]) -> Questionnaire:
    """The installed definition a file names, exactly (id, version and content hash), or 请升级."""
    from ..questionnaire.loader import get_questionnaire

    try:
        questionnaire = get_questionnaire(ref["id"], ref["version"])
    except KeyError:
        questionnaire = None
    if questionnaire is None or questionnaire.content_hash != ref["hash"]:
        raise HandoffError(say("这个文件按问卷“{id}”版本 {version} 填写，本软件没有这个版本。请升级到最新版本的"
                               "智改数转企业自评估软件后再打开。", id=visible(ref["id"], 60),
                               version=visible(ref["version"], 20)))
    return questionnaire


def _module_of(questionnaire: Questionnaire, ref: ModuleRef, name: str) -> Any:
    try:
        return questionnaire.module(ref.module_id)
    except KeyError:
        raise HandoffError(say("{name} 所列模块 {module} 不在问卷 {questionnaire} 中，文件可能被改动", name=name,
                               module=visible(ref.module_id, 60), questionnaire=questionnaire.ref)) from None


def _question_ids(questionnaire: Questionnaire, modules: Sequence[ModuleRef], name: str) -> set[str]:
    ids: set[str] = set()
    for ref in modules:
        if ref.questionnaire_id == questionnaire.id:
            ids.update(q.id for q in _module_of(questionnaire, ref, name).questions)
    return ids


def _write(path: Path, document: dict[str, Any]) -> None:
    from ..fileio import write_bytes_atomic

    document["sha256"] = content_digest(document)
    write_bytes_atomic(Path(path), (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def enterprise_block(ws: Workspace) -> dict[str, Any]:
    profile = ws.profile()
    if profile is None:
        raise HandoffError(say("请先填写企业信息，再分工填报"))
    return profile.for_answers_file()


# --------------------------------------------------------------------------- manager: send


def module_refs(ws: Workspace, period: str, modules: Sequence[str]) -> list[ModuleRef]:
    """``questionnaire_id/module_id`` names checked against the period's submission, in submission order."""
    parts = {a.questionnaire_id: q for a, q, _ in ws.submission_parts(period)}
    wanted: list[ModuleRef] = []
    for name in modules:
        qid, _, module_id = str(name).partition("/")
        questionnaire = parts.get(qid)
        if questionnaire is None or not module_id or module_id not in {m.id for m in questionnaire.modules}:
            known = "、".join(f"{q.id}/{m.id}" for q in parts.values() for m in q.modules)
            raise HandoffError(say("{period}的报送中没有模块“{module}”（可选：{known}）", period=period,
                                   module=visible(name, 60), known=known))
        ref = ModuleRef(qid, module_id, questionnaire.module(module_id).title)
        if ref not in wanted:
            wanted.append(ref)
    if not wanted:
        raise HandoffError(say("请至少选择一个模块"))
    order = [(qid, m.id) for qid, q in parts.items() for m in q.modules]
    return sorted(wanted, key=lambda r: order.index((r.questionnaire_id, r.module_id)))


def send_modules(ws: Workspace, period: str, modules: Sequence[str], assignee: str, out_path: Path,
                 now: str) -> HandoffRecord:
    """Write a 分工文件 for ``modules`` (``questionnaire_id/module_id``) of the period's submission to ``out_path``
    and record the handoff, with the answers it carries as the base of the later merge. The record and the
    file go together: a file that cannot be written leaves no record."""
    period = normalise_period(period)
    assignee = check_name(assignee, say("同事姓名"))
    sender = enterprise_block(ws)
    refs = module_refs(ws, period, modules)
    involved = {r.questionnaire_id for r in refs}
    with storage.transaction(ws.db):
        submission = storage.get_submission(ws.db, period)
        if submission is None:
            raise HandoffError(say("没有{period}的报送", period=period))
        definitions: dict[str, dict[str, str]] = {}
        answers: dict[str, dict[str, Any]] = {}
        for row in storage.submission_assessments(ws.db, int(submission["id"])):
            if row["questionnaire_id"] in involved:
                definitions[row["questionnaire_id"]] = {"id": row["questionnaire_id"],
                                                        "version": row["questionnaire_version"],
                                                        "hash": row["questionnaire_hash"]}
                answers[row["questionnaire_id"]] = storage.get_answers(ws.db, int(row["id"]))
        handoff_id = str(uuid.uuid4())
        document: dict[str, Any] = {
            "format": HANDOFF_FORMAT, "id": handoff_id, "created_at": now, "from": sender, "period": period,
            "assignee": assignee, "modules": [r.to_json() for r in refs],
            "questionnaires": [definitions[q] for q in sorted(definitions)], "answers": answers,
        }
        storage.insert_handoff(ws.db, handoff_id, int(submission["id"]), period, [r.key for r in refs], assignee,
                               answers, now)
        _write(Path(out_path), document)  # inside the transaction: a failed write records nothing
    return HandoffRecord(handoff_id, period, tuple(r.key for r in refs), assignee, now, None, "sent")


def list_handoffs(ws: Workspace, period: str | None = None) -> list[HandoffRecord]:
    return [HandoffRecord.from_row(r)
            for r in storage.list_handoffs(ws.db, normalise_period(period) if period else None)]


def cancel_handoff(ws: Workspace, handoff_id: str) -> None:
    """A handoff no longer expected back: a returned file for it is refused from now on."""
    with storage.transaction(ws.db):
        if not storage.set_handoff_status(ws.db, handoff_id, "cancelled"):
            raise HandoffError(say("没有编号为 {id} 的分工", id=visible(handoff_id, 40)))


# --------------------------------------------------------------------------- colleague: open, fill, return


def read_handoff_file(path: Path) -> Handoff:
    """Read and check a 分工文件; refused with a message when it is damaged, edited, of another kind, or made
    with a questionnaire version this installation lacks (请升级)."""
    from ..questionnaire.answers import validate_answers

    path = Path(path)
    name = path.name
    document = _read_json(path, say("分工文件"))
    if document.get("format") == RETURN_FORMAT:
        raise HandoffError(say("{name} 是同事交回的答卷，请在“导入同事答卷”中打开", name=name))
    if document.get("format") != HANDOFF_FORMAT:
        raise HandoffError(say("{name} 不是分工文件", name=name))
    _check_digest(document, name)
    handoff_id = _handoff_id(document.get("id"), name)
    sender = document.get("from")
    if not isinstance(sender, Mapping) or not uscc.validate(str(sender.get("uscc", ""))):
        raise HandoffError(say("{name} 中的企业信息不完整，文件可能被改动", name=name))
    period = normalise_period(_text(document, "period", name))
    modules = _modules(document.get("modules"), name)
    definitions = _definitions(document.get("questionnaires"), name)
    raw_answers = document.get("answers")
    if not isinstance(raw_answers, Mapping):
        raise HandoffError(say("{name} 缺少答案，文件不完整", name=name))
    answers: dict[str, dict[str, Any]] = {}
    for qid, ref in definitions.items():
        questionnaire = installed_definition(ref)
        for module in modules:
            if module.questionnaire_id == qid:
                _module_of(questionnaire, module, name)
        given = raw_answers.get(qid, {})
        if not isinstance(given, Mapping):
            raise HandoffError(say("{name} 的答案格式不对，文件可能被改动", name=name))
        problems = validate_answers(questionnaire, given, partial=True)
        if problems:
            raise HandoffError(say("{name} 中有不符合问卷的答案，文件可能被改动：{problem}", name=name,
                                   problem=str(problems[0])))
        answers[qid] = dict(given)
    if any(m.questionnaire_id not in definitions for m in modules):
        raise HandoffError(say("{name} 缺少所列模块的问卷版本，文件可能被改动", name=name))
    return Handoff(handoff_id, _text(document, "created_at", name), dict(sender), period,
                   check_name(_text(document, "assignee", name), say("同事姓名")), modules, definitions, answers)


@dataclass
class ColleagueCopy:
    """The colleague's private workspace for one handoff, and the handoff it was made from."""

    workspace: Workspace
    handoff: Handoff


def colleague_dir(data_dir: Path, handoff_id: str) -> Path:
    return Path(data_dir) / HANDOFFS_DIR / handoff_id


def open_handoff(path: Path, data_dir: Path, *, clock: Callable[[], datetime] | None = None) -> ColleagueCopy:
    """Open a 分工文件 on the colleague's computer: the first time, make its private workspace under
    ``data_dir/handoffs/<id>/`` (the manager's profile, the submission with the questionnaires concerned, the
    answers sent, imported with source ``handoff``); later, the same file (same handoff id) reopens it with the
    colleague's answers as they left them. Built in a side folder and moved into place whole, so a crash
    halfway leaves nothing half made."""
    from .workspace import Workspace, utc_now

    clock = clock or utc_now
    handoff = read_handoff_file(path)
    target = colleague_dir(data_dir, handoff.id)
    if not (target / "workspace.sqlite").exists():
        building = target.with_name(f".{handoff.id}.building")
        shutil.rmtree(building, ignore_errors=True)
        with Workspace.open(building, clock=clock) as ws:
            _fill_copy(ws, handoff, Path(path).name)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(building, target)
    ws = Workspace.open(target, create=False, clock=clock)
    try:
        stored = colleague_handoff(ws)
    except BaseException:
        ws.close()
        raise
    if stored is None or stored.id != handoff.id:
        ws.close()
        raise HandoffError(say("文件夹 {folder} 不是这份分工的填写副本", folder=str(target)))
    return ColleagueCopy(ws, stored)


def _fill_copy(ws: Workspace, handoff: Handoff, source_name: str) -> None:
    sender = handoff.sender
    ws.set_profile({**{k: sender.get(k) for k in ("name", "uscc", "district", "scale", "contact", "phone")},
                    "industry_code": (sender.get("industry") or {}).get("code", ""),
                    "key_enterprise": bool(sender.get("key_enterprise", False))})
    reason = f"分工文件：{handoff.sender_name}于{local_time(handoff.created_at)}发来（{source_name}）"
    for qid, ref in handoff.definitions.items():
        assessment = ws.start_assessment(qid, handoff.period, version=ref["version"])
        if handoff.answers.get(qid):
            ws.save_answers(assessment.id, handoff.answers[qid], source="handoff", reason=reason)
    with storage.transaction(ws.db):
        storage.put_preference(ws.db, META_KEY, handoff.meta_json(), handoff.created_at)


def colleague_handoff(ws: Workspace) -> Handoff | None:
    """The handoff a colleague workspace was made from (None: an ordinary workspace)."""
    meta = storage.get_preference(ws.db, META_KEY)
    if not isinstance(meta, Mapping):
        return None
    return Handoff(str(meta["id"]), str(meta["created_at"]), dict(meta["from"]), str(meta["period"]),
                   str(meta["assignee"]), _modules(meta["modules"], "handoff"),
                   _definitions(meta["questionnaires"], "handoff"))


def filler(ws: Workspace) -> str:
    """The colleague's name as they gave it (填写人), or empty."""
    value = storage.get_preference(ws.db, FILLER_KEY)
    return str(value) if isinstance(value, str) else ""


def set_filler(ws: Workspace, name: str, now: str) -> str:
    name = check_name(name, say("填写人姓名"))
    with storage.transaction(ws.db):
        storage.put_preference(ws.db, FILLER_KEY, name, now)
    return name


def write_return(ws: Workspace, handoff: Handoff, out_path: Path, now: str) -> Path:
    """Write the 交回答卷: every question of the assigned modules with its value (null: unanswered) and when the
    colleague last changed it, who filled it in, and a checksum. Needs the filler's name (:func:`set_filler`)."""
    name = filler(ws)
    if not name:
        raise HandoffError(say("请先填写您的姓名（填写人），再交回答卷"))
    definitions: dict[str, dict[str, str]] = {}
    answers: dict[str, dict[str, Any]] = {}
    for qid in sorted({m.questionnaire_id for m in handoff.modules}):
        assessment = ws.find_assessment(qid, handoff.period)
        if assessment is None:
            raise HandoffError(say("填写副本中缺少问卷 {id}，请重新打开分工文件", id=qid))
        questionnaire = ws.questionnaire_for(assessment)
        current = ws.answers(assessment.id)
        changed: dict[str, str] = {}
        for entry in ws.log(assessment.id):
            if entry["source"] != "handoff":
                changed[entry["question_id"]] = entry["changed_at"]
        definitions[qid] = {"id": qid, "version": assessment.questionnaire_version,
                            "hash": assessment.questionnaire_hash}
        answers[qid] = {question_id: {"value": current.get(question_id), "changed_at": changed.get(question_id)}
                        for question_id in sorted(_question_ids(questionnaire, handoff.modules, "handoff"))}
    profile = ws.profile()
    document: dict[str, Any] = {
        "format": RETURN_FORMAT, "handoff_id": handoff.id,
        "enterprise": {"name": profile.name if profile else handoff.sender_name,
                       "uscc": profile.uscc if profile else str(handoff.sender.get("uscc", ""))},
        "period": handoff.period, "filled_by": name, "returned_at": now,
        "modules": [m.to_json() for m in handoff.modules],
        "questionnaires": [definitions[q] for q in sorted(definitions)], "answers": answers,
    }
    _write(Path(out_path), document)
    return Path(out_path)


# --------------------------------------------------------------------------- manager: preview and merge


def read_return_file(path: Path) -> ReturnFile:
    path = Path(path)
    name = path.name
    document = _read_json(path, say("同事交回的答卷"))
    if document.get("format") == HANDOFF_FORMAT:
        raise HandoffError(say("{name} 是发给同事的分工文件，不是同事交回的答卷（{suffix}）", name=name,
                               suffix=RETURN_SUFFIX))
    if document.get("format") != RETURN_FORMAT:
        raise HandoffError(say("{name} 不是同事交回的答卷", name=name))
    _check_digest(document, name)
    enterprise = document.get("enterprise")
    if not isinstance(enterprise, Mapping) or not isinstance(enterprise.get("uscc"), str):
        raise HandoffError(say("{name} 缺少企业信息，文件不完整", name=name))
    filled_by = _text(document, "filled_by", name)
    if hidden_characters(filled_by) or len(filled_by) > MAX_NAME_CHARS:
        raise HandoffError(say("{name} 中的填写人姓名“{who}”含有不可见字符或过长，文件可能被改动，未导入",
                               name=name, who=visible(filled_by, MAX_NAME_CHARS)))
    raw = document.get("answers")
    if not isinstance(raw, Mapping):
        raise HandoffError(say("{name} 缺少答案，文件不完整", name=name))
    answers: dict[str, dict[str, ReturnedAnswer]] = {}
    for qid, given in raw.items():
        if not isinstance(given, Mapping) or not all(
                isinstance(v, Mapping) and "value" in v and (v.get("changed_at") is None
                                                             or isinstance(v.get("changed_at"), str))
                for v in given.values()):
            raise HandoffError(say("{name} 的答案格式不对，文件可能被改动", name=name))
        answers[str(qid)] = {str(k): ReturnedAnswer(v["value"], v.get("changed_at")) for k, v in given.items()}
    return ReturnFile(_handoff_id(document.get("handoff_id"), name), dict(enterprise),
                      normalise_period(_text(document, "period", name)), filled_by,
                      _text(document, "returned_at", name), _modules(document.get("modules"), name),
                      _definitions(document.get("questionnaires"), name), answers)


def _ref_of(key: str) -> ModuleRef:
    """The module named ``questionnaire_id/module_id`` (as :attr:`ModuleRef.key` writes it), title unknown."""
    questionnaire_id, module_id = key.split("/", 1)
    return ModuleRef(questionnaire_id, module_id, "")


def _who(entry: Mapping[str, Any] | None) -> str:
    """Who gave the current answer, in words: the answer log's source (a merged answer names its colleague)."""
    if entry is None:
        return ""
    if entry["source"] == "handoff" and entry.get("reason"):
        return str(entry["reason"])
    words = {"ui": say("本机填写"), "import": say("从文件导入"), "prefill": say("以上期为基础"),
             "version": say("换用问卷版本")}
    return words.get(entry["source"], str(entry["source"]))


def preview_return(ws: Workspace, path: Path) -> MergePreview:
    """Check a 交回答卷 against this workspace and compare each question of the assigned modules three ways.
    Refused (nothing changes) when the file is damaged or edited, answers a handoff this workspace did not
    send (another enterprise, another computer), another period, another questionnaire version, holds a
    question outside the assigned modules or a value the questionnaire does not accept."""
    from ..questionnaire.answers import is_answered, validate_answers

    path = Path(path)
    name = path.name
    returned = read_return_file(path)
    row = storage.get_handoff(ws.db, returned.handoff_id)
    if row is None:
        raise HandoffError(say("{name} 对应的分工不是从本工作区发出的（可能属于另一家企业或另一台电脑的工作区），"
                               "未导入", name=name))
    record = HandoffRecord.from_row(row)
    if record.status == "cancelled":
        raise HandoffError(say("发给{assignee}的这份分工已取消，不再合并它的答卷", assignee=record.assignee))
    profile = ws.profile()
    code = uscc.normalise(str(returned.enterprise.get("uscc", "")))
    if profile is None or code != profile.uscc:
        raise HandoffError(say("{name} 属于另一家企业（{other}，{code}），与本工作区的企业不符，未导入", name=name,
                               other=visible(returned.enterprise.get("name", ""), 60), code=visible(code, 30)))
    if returned.period != record.period:
        raise HandoffError(say("{name} 的评估期（{period}）与分工时的评估期（{expected}）不符，未导入", name=name,
                               period=visible(returned.period, 30), expected=record.period))
    if sorted(m.key for m in returned.modules) != sorted(record.modules):
        raise HandoffError(say("{name} 所列模块与发出的分工不符，文件可能被改动，未导入", name=name))
    assigned = [_ref_of(key) for key in record.modules]
    items: list[MergeItem] = []
    for qid, given in returned.answers.items():
        if qid not in {m.questionnaire_id for m in assigned}:
            raise HandoffError(say("{name} 含有未分给同事的问卷 {id} 的答案，未导入", name=name, id=visible(qid, 60)))
        assessment = ws.find_assessment(qid, record.period)
        if assessment is None:
            raise HandoffError(say("本工作区已没有{period}的问卷 {id}（可能已删除），无法合并", period=record.period,
                                   id=qid))
        ref = returned.definitions.get(qid)
        if ref is None or ref["hash"] != assessment.questionnaire_hash:
            raise HandoffError(say("本报送的问卷“{id}”已换用版本 {version}，这份答卷按分工时的版本填写，不能直接合并；"
                                   "请重新分工", id=qid, version=assessment.questionnaire_version))
        questionnaire = ws.questionnaire_for(assessment)
        allowed = _question_ids(questionnaire, assigned, name)
        outside = sorted(set(given) - allowed)
        if outside:
            raise HandoffError(say("{name} 含有不属于所分模块的题目（{questions}），文件可能被改动，未导入", name=name,
                                   questions="、".join(visible(q, 60) for q in outside[:5])))
        values = {k: v.value for k, v in given.items() if is_answered(v.value)}
        problems = validate_answers(questionnaire, values, partial=True)
        if problems:
            raise HandoffError(say("{name} 中有不符合问卷的答案，未导入：{problem}", name=name,
                                   problem=str(problems[0])))
        current = ws.answers(assessment.id)
        base = row["base_answers"].get(qid, {})
        last: dict[str, Mapping[str, Any]] = {}
        for logged in ws.log(assessment.id):
            last[logged["question_id"]] = logged
        for question in questionnaire.questions():
            if question.id not in given:
                continue
            back, now_value, sent = given[question.id].value, current.get(question.id), base.get(question.id)
            if _same(back, now_value):
                kind = SAME
            elif _same(now_value, sent):
                kind = NEW
            elif _same(back, sent):
                kind = KEPT
            else:
                kind = CONFLICT
            entry = last.get(question.id)
            items.append(MergeItem(qid, question.id, question, questionnaire.module_of(question.id).title, kind,
                                   sent, now_value, entry["changed_at"] if entry else None, _who(entry),
                                   _normal(back), given[question.id].changed_at))
    order = {CONFLICT: 0, NEW: 1, KEPT: 2, SAME: 3}
    items.sort(key=lambda i: order[i.kind])  # stable: questionnaire order within each kind
    return MergePreview(record, returned, tuple(items), name)


def merge_reason(preview: MergePreview) -> str:
    """What the answer log says of each answer taken: who filled it in and when."""
    return f"分工填报：{preview.returned.filled_by}于{local_time(preview.returned.returned_at)}填写"


def apply_merge(ws: Workspace, preview: MergePreview, choices: Mapping[str, str], now: str) -> MergeResult:
    """Write the answers taken from the return, all in one transaction, each logged (source ``handoff``) with
    the colleague's name and time. ``choices``: item key (``questionnaire_id/question_id``) → ``returned`` or
    ``current``; a new answer is taken unless ``current`` is chosen, a conflict must be chosen
    (:class:`MergeNeedsChoice` otherwise). Refused, writing nothing, when an answer changed since the preview
    or the answers taken do not fit together with the others (the workspace's own checks)."""
    undecided = [i for i in preview.conflicts if choices.get(i.key) not in (TAKE_RETURNED, KEEP_CURRENT)]
    if undecided:
        raise MergeNeedsChoice(undecided)
    taken = [i for i in preview.items
             if (i.kind == NEW and choices.get(i.key, TAKE_RETURNED) == TAKE_RETURNED)
             or (i.kind == CONFLICT and choices[i.key] == TAKE_RETURNED)]
    kept = len(preview.new) + len(preview.conflicts) - len(taken)
    if preview.nothing_new:
        return MergeResult(0, 0, 0)
    reason = merge_reason(preview)
    changed = 0
    for qid in {i.questionnaire_id for i in preview.items}:
        assessment = ws.find_assessment(qid, preview.handoff.period)
        if assessment is not None:
            ws.questionnaire_for(assessment)  # parse outside the write lock
    with storage.transaction(ws.db):
        row = storage.get_handoff(ws.db, preview.handoff.id)
        if row is None or row["status"] == "cancelled":
            raise HandoffError(say("这份分工已取消或已不在本工作区，未合并"))
        base = {qid: dict(values) for qid, values in row["base_answers"].items()}
        for qid in sorted({i.questionnaire_id for i in preview.items}):
            found = storage.find_assessment(ws.db, qid, preview.handoff.period)
            if found is None:
                raise HandoffError(say("本工作区已没有{period}的问卷 {id}，未合并", period=preview.handoff.period,
                                       id=qid))
            assessment, questionnaire = ws._locked_assessment(int(found["id"]))
            current = storage.get_answers(ws.db, assessment.id)
            mine = [i for i in preview.items if i.questionnaire_id == qid]
            if any(not _same(current.get(i.question_id), i.current) for i in mine):
                raise HandoffError(say("预览之后本机的答案又有改动（可能在另一个窗口），请重新导入这份答卷再合并"))
            values = {i.question_id: i.returned for i in taken if i.questionnaire_id == qid}
            if values:
                ws._check_many(questionnaire, current, values)
                changed += ws._write_many(assessment, values, "handoff", reason, ws._now())
            # the colleague's copy now holds what came back: the base of a later, corrected return
            for item in mine:
                if item.returned is None:
                    base.setdefault(qid, {}).pop(item.question_id, None)
                else:
                    base.setdefault(qid, {})[item.question_id] = item.returned
        storage.set_handoff_merged(ws.db, preview.handoff.id, base, now)
    return MergeResult(changed, len(taken), kept)
