"""The clerk's decisions on submissions (受理 / 退回修改, issue #17): recording them, the questions to pick a reason
from, the plausibility findings offered as reasons, and each submission's 受理状态.

A decision is about the *current* package of an enterprise's submission for a period (a release 0.1 submission is
a pair of packages: each gets the same decision). It is written to the append-only ``reviews`` table and, signed,
into the import log, in one transaction; a later decision is a new row, the latest row of a package is its decision.
The receipt files written from the decisions are ``receipt_files.py``; a submission's history ``receipt_history.py``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from ..errors import UserError
from ..jsontypes import JSONValue
from ..messages import say
from ..package.receipt import MAX_REASONS, MAX_TEXT, STATUS_LABELS, STATUSES, Decision, Reason
from ..text import visible
from .anchor import remember as remember_log
from .db import LogSigner, append_log, transaction

# 受理状态 of a submission, as the enterprise list shows them
PENDING = "pending"  # 待受理: the current package has no decision
ACCEPTED = "accepted"
RETURNED = "returned"
CORRECTED = "corrected"  # 已更正待受理: a corrected package came after a return and awaits its decision
STATE_LABELS = {PENDING: say("待受理"), ACCEPTED: say("已受理"), RETURNED: say("退回修改"),
                CORRECTED: say("已更正待受理")}
MAX_CLERK = 40
MAX_CONTACT = 60


class ReviewRefused(UserError, ValueError):
    """A decision that cannot be recorded; the message says why and what to do."""


@dataclass(frozen=True)
class CurrentPackage:
    package_id: str
    package_sha256: str
    sequence: int
    questionnaires: tuple[tuple[str, str], ...]  # (questionnaire id, version) the package carries


@dataclass(frozen=True)
class Review:
    id: int
    package_id: str
    uscc: str
    period: str
    decision: Decision


@dataclass(frozen=True)
class QuestionRow:
    """A question of the package with the enterprise's answer, for the clerk to point a reason at."""

    questionnaire_id: str
    questionnaire_title: str  # short title
    question_id: str
    number: int  # its number in the questionnaire (1-based)
    module_title: str
    text: str
    answer: str  # as the enterprise's answer reads (display_value), hidden characters written out


@dataclass(frozen=True)
class SubmissionState:
    state: str  # PENDING | ACCEPTED | RETURNED | CORRECTED
    receipt_written: bool  # the current decision has gone out in a receipt file
    decided_at: str = ""

    @property
    def label(self) -> str:
        text = STATE_LABELS[self.state]
        if self.state in (ACCEPTED, RETURNED):
            return say("{state}（回执已生成）", state=text) if self.receipt_written else \
                say("{state}（回执未生成）", state=text)
        return text


# ---------------------------------------------------------------------------------------------------- reading


def submission_key(uscc: str, period: str) -> tuple[str, str]:
    """The credit code and the period as the district stores them, however the clerk typed them: the code
    trimmed, full-width folded and in capitals; the period in its one written form, a bare year (``2024``,
    ``2024年``) meaning the annual period ``2024年度`` as the district's year selector does."""
    from ..periods import annual_period, normalise_period
    from ..uscc import normalise

    folded = unicodedata.normalize("NFKC", str(period)).replace(" ", "").strip()
    if re.fullmatch(r"[0-9]{4}年?", folded):
        return normalise(str(uscc)), annual_period(int(folded[:4]))
    return normalise(str(uscc)), normalise_period(str(period))



def current_packages(db: sqlite_utils.Database, uscc: str, period: str) -> list[CurrentPackage]:
    """The package(s) of the enterprise's current submission for the period (none when it has not reported)."""
    rows = db.execute("SELECT package_id, package_sha256, sequence, questionnaire_id, questionnaire_version "
                      "FROM submissions WHERE uscc = ? AND period = ? AND current = 1 "
                      "ORDER BY package_id, questionnaire_id", [uscc, period]).fetchall()
    packages: dict[str, CurrentPackage] = {}
    for package_id, sha, sequence, questionnaire_id, version in rows:
        known = packages.get(package_id)
        parts = (known.questionnaires if known else ()) + ((str(questionnaire_id), str(version)),)
        packages[package_id] = CurrentPackage(str(package_id), str(sha), int(sequence), parts)
    return list(packages.values())


def _decision_of(row: Sequence[Any]) -> Decision:
    status, reasons_text, note, clerk, contact, decided_at = row
    try:
        raw = json.loads(reasons_text)
        reasons = tuple(Reason(str(r["questionnaire"]), str(r["question"]), str(r.get("question_text", "")),
                               str(r["reason"])) for r in raw)
    except (ValueError, TypeError, KeyError):
        reasons = ()  # an edited row: the audit of the log entries says so; the list still shows the status
    return Decision(str(status), reasons, str(note), str(clerk), str(contact), str(decided_at))


_REVIEW_COLUMNS = "id, package_id, uscc, period, status, reasons, note, clerk, contact, decided_at"


def reviews_of(db: sqlite_utils.Database, uscc: str, period: str) -> list[Review]:
    """Every decision on the submission's packages, oldest first."""
    return [Review(int(row[0]), str(row[1]), str(row[2]), str(row[3]), _decision_of(row[4:]))
            for row in db.execute(f"SELECT {_REVIEW_COLUMNS} FROM reviews WHERE uscc = ? AND period = ? ORDER BY id",
                                  [uscc, period])]


def latest_review(db: sqlite_utils.Database, package_id: str) -> Review | None:
    row = db.execute(f"SELECT {_REVIEW_COLUMNS} FROM reviews WHERE package_id = ? ORDER BY id DESC LIMIT 1",
                     [package_id]).fetchone()
    return None if row is None else Review(int(row[0]), str(row[1]), str(row[2]), str(row[3]), _decision_of(row[4:]))


def receipted_review_ids(db: sqlite_utils.Database) -> set[int]:
    """The decisions that have gone out in a receipt file."""
    ids: set[int] = set()
    for (text,) in db.execute("SELECT review_ids FROM receipts_issued"):
        try:
            ids.update(int(i) for i in json.loads(text))
        except (ValueError, TypeError):
            continue
    return ids


def submission_states(db: sqlite_utils.Database, keys: Iterable[tuple[str, str]] | None = None
                      ) -> dict[tuple[str, str], SubmissionState]:
    """受理状态 of each (uscc, period) with a current submission (or of ``keys`` only): three queries for the whole
    district, so the enterprise list stays quick with thousands of rows."""
    wanted = None if keys is None else set(keys)
    latest: dict[str, tuple[int, str, str]] = {}  # package_id → (review id, status, decided_at)
    returned_submissions: set[tuple[str, str]] = set()
    for review_id, package_id, uscc, period, status, decided_at in db.execute(
            "SELECT id, package_id, uscc, period, status, decided_at FROM reviews ORDER BY id"):
        latest[package_id] = (int(review_id), str(status), str(decided_at))
        if status == RETURNED:
            returned_submissions.add((str(uscc), str(period)))
    receipted = receipted_review_ids(db) if latest else set()
    by_submission: dict[tuple[str, str], set[str]] = {}
    for uscc, period, package_id in db.execute("SELECT DISTINCT uscc, period, package_id FROM submissions "
                                               "WHERE current = 1"):
        key = (str(uscc), str(period))
        if wanted is None or key in wanted:
            by_submission.setdefault(key, set()).add(str(package_id))
    states: dict[tuple[str, str], SubmissionState] = {}
    for key, package_ids in by_submission.items():
        decided = [latest[p] for p in sorted(package_ids) if p in latest]
        if len(decided) < len(package_ids):
            state = CORRECTED if key in returned_submissions else PENDING
            states[key] = SubmissionState(state, False)
            continue
        state = RETURNED if any(status == RETURNED for _, status, _ in decided) else ACCEPTED
        states[key] = SubmissionState(state, all(review_id in receipted for review_id, _, _ in decided),
                                      max(at for _, _, at in decided))
    return states


def _questionnaire(questionnaire_id: str, version: str) -> Any:
    from ..questionnaire.loader import get_questionnaire

    try:
        return get_questionnaire(questionnaire_id, version)
    except (KeyError, UserError):
        return None


def _answers(db: sqlite_utils.Database, package_id: str, questionnaire_id: str) -> dict[str, JSONValue]:
    row = db.execute("SELECT answers FROM submission_content WHERE package_id = ? AND questionnaire_id = ?",
                     [package_id, questionnaire_id]).fetchone()
    try:
        document = json.loads(row[0]) if row else {}
    except ValueError:
        return {}
    answers = document.get("answers") if isinstance(document, dict) else None
    return answers if isinstance(answers, dict) else {}


def package_questions(db: sqlite_utils.Database, uscc: str, period: str) -> list[QuestionRow]:
    """The questions of the current submission that apply given its answers, in questionnaire order, each with the
    enterprise's answer as it reads — what the clerk picks a reason's question from."""
    from ..questionnaire.answers import is_visible
    from ..questionnaire.display import display_value

    uscc, period = submission_key(uscc, period)
    rows: list[QuestionRow] = []
    for package in current_packages(db, uscc, period):
        for questionnaire_id, version in package.questionnaires:
            questionnaire = _questionnaire(questionnaire_id, version)
            if questionnaire is None:
                continue
            answers = _answers(db, package.package_id, questionnaire_id)
            for number, question in enumerate(questionnaire.questions(), start=1):
                if not is_visible(questionnaire, question, answers):
                    continue
                rows.append(QuestionRow(questionnaire_id, questionnaire.short_title, question.id, number,
                                        questionnaire.module_of(question.id).title, question.text,
                                        visible(display_value(question, answers.get(question.id)), 120)))
    return rows


def suggested_reasons(db: sqlite_utils.Database, uscc: str, period: str) -> list[Reason]:
    """The plausibility findings (核查提示) the district already computes for this submission, as reasons the clerk
    may use or edit. They are about the submission as a whole (``question`` is empty)."""
    from .facts import period_year_order
    from .plausibility import plausibility_flags

    packages = {p.package_id: p for p in current_packages(db, uscc, period)}
    if not packages:
        return []
    year, _ = period_year_order(period)
    reasons = []
    for flag in plausibility_flags(db, year):
        if flag.uscc != uscc or flag.period != period:
            continue
        package = packages.get(flag.package_id)
        questionnaire = package.questionnaires[0][0] if package and flag.kind == "limit" else ""
        reasons.append(Reason(questionnaire, "", "", f"{flag.label}：{flag.message}"))
    return reasons


# ---------------------------------------------------------------------------------------------------- recording


def _clean(text: str, limit: int, what: str) -> str:
    """Text the clerk typed, as it will be signed and sent: controls and invisible characters dropped (a tab or a
    line break becomes a space), at most ``limit`` characters."""
    cleaned = "".join(" " if ch in "\t\r\n" else ch for ch in str(text)
                      if ch in "\t\r\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"))
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > limit:
        raise ReviewRefused(say("{what}太长（{count} 个字，最多 {limit} 个字）", what=what, count=len(cleaned),
                                limit=limit))
    return cleaned


def _checked_reasons(packages: Sequence[CurrentPackage], reasons: Sequence[Reason]) -> tuple[Reason, ...]:
    """Each reason pointing at a questionnaire of the package and a question of that questionnaire (or at the whole
    questionnaire / submission), with the question's text as the clerk saw it filled in when not given."""
    versions = {qid: version for p in packages for qid, version in p.questionnaires}
    checked = []
    for reason in reasons:
        text = _clean(reason.reason, MAX_TEXT, say("理由"))
        if not text:
            raise ReviewRefused(say("请写明要企业修改什么（理由不能为空）"))
        questionnaire_id, question_id = reason.questionnaire.strip(), reason.question.strip()
        question_text = _clean(reason.question_text, 400, say("题目"))
        if questionnaire_id and questionnaire_id not in versions:
            raise ReviewRefused(say("报送中没有问卷“{questionnaire}”（本报送的问卷：{known}）",
                                    questionnaire=visible(questionnaire_id, 60), known="、".join(sorted(versions))))
        if question_id:
            if not questionnaire_id:
                raise ReviewRefused(say("题目“{question}”要写明所属问卷，如 问卷编号/题目编号",
                                        question=visible(question_id, 60)))
            definition = _questionnaire(questionnaire_id, versions[questionnaire_id])
            if definition is None or not definition.has_question(question_id):
                raise ReviewRefused(say("问卷“{questionnaire}”中没有题目“{question}”，请核对题目编号",
                                        questionnaire=questionnaire_id, question=visible(question_id, 60)))
            question_text = question_text or definition.question(question_id).text
        checked.append(Reason(questionnaire_id, question_id, question_text, text))
    if len(checked) > MAX_REASONS:
        raise ReviewRefused(say("理由太多（{count} 条，最多 {limit} 条）", count=len(checked), limit=MAX_REASONS))
    return tuple(checked)


def _superseded_message(db: sqlite_utils.Database, package_id: str, uscc: str, period: str,
                        packages: Sequence[CurrentPackage]) -> str | None:
    if not package_id or any(p.package_id == package_id for p in packages):
        return None
    known = db.execute("SELECT 1 FROM submissions WHERE package_id = ? AND uscc = ? AND period = ?",
                       [package_id, uscc, period]).fetchone()
    if known is None:
        return say("该企业{period}的报送中没有编号为 {package} 的报告包", period=period,
                   package=visible(package_id, 60))
    newest = max(p.sequence for p in packages)
    return say("这个报告包已被第{n}次报送取代，不能再对它作出决定；请对最新的报送受理或退回", n=newest)


def record_review(db: sqlite_utils.Database, signer: LogSigner, uscc: str, period: str, status: str, *,
                  reasons: Sequence[Reason] = (), note: str = "", clerk: str, contact: str = "", now: str,
                  package_id: str = "") -> list[Review]:
    """Accept or return the enterprise's current submission for the period (``package_id``: the package the clerk
    looked at, refused when a newer one has come in since). One ``reviews`` row per current package and a signed
    log entry for each, in one transaction. A return needs at least one reason or a general note (the note alone
    then becomes the reason: an enterprise must always be told what to change)."""
    if status not in STATUSES:
        raise ReviewRefused(say("受理结果只能是“已受理”或“退回修改”"))
    uscc, period = submission_key(uscc, period)
    clerk = _clean(clerk, MAX_CLERK, say("经办人姓名"))
    if not clerk:
        raise ReviewRefused(say("请填写经办人姓名（写入回执，企业据此联系）"))
    contact = _clean(contact, MAX_CONTACT, say("联系电话"))
    note = _clean(note, MAX_TEXT, say("整体意见"))
    packages = current_packages(db, uscc, period)
    if not packages:
        raise ReviewRefused(say("该企业（{uscc}）没有{period}的报送，无法受理或退回", uscc=visible(uscc, 40),
                                period=visible(period, 40)))
    refused = _superseded_message(db, package_id, uscc, period, packages)
    if refused:
        raise ReviewRefused(refused)
    checked = _checked_reasons(packages, reasons) if status == RETURNED else ()
    if status == ACCEPTED and reasons:
        raise ReviewRefused(say("受理时不填写退回理由；如需企业修改，请选择“退回修改”"))
    if status == RETURNED and not checked:
        if not note:
            raise ReviewRefused(say("退回修改时请至少指出一处要修改的题目，或写明整体意见"))
        checked, note = (Reason("", "", "", note),), ""
    decision = Decision(status, checked, note, clerk, contact, now)
    reasons_text = json.dumps([r.to_json() for r in checked], ensure_ascii=False)
    recorded = []
    with transaction(db):
        for package in packages:
            cursor = db.execute("INSERT INTO reviews (package_id, uscc, period, status, reasons, note, clerk, contact, "
                                "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                [package.package_id, uscc, period, status, reasons_text, note, clerk, contact, now])
            review_id = int(cursor.lastrowid or 0)
            append_log(db, signer, at=now, action="review", verdict=status, uscc=uscc, package_id=package.package_id,
                       detail=say("{status}（第{n}次报送，{period}，经办人 {clerk}，{count} 条理由）",
                                  status=STATUS_LABELS[status], n=package.sequence, period=period, clerk=clerk,
                                  count=len(checked)),
                       data={"review_id": review_id, "period": period, **decision.to_json()})
            recorded.append(Review(review_id, package.package_id, uscc, period, decision))
    remember_log(db)
    return recorded


def reason_from_text(text: str) -> Reason:
    """``问卷编号/题目编号: 理由`` (or ``问卷编号: 理由`` for a whole questionnaire, or just ``理由``) as the CLI takes
    it; a full-width colon works too. The ids are checked when the decision is recorded."""
    head, colon, tail = str(text).replace("：", ":").partition(":")
    if not colon:
        return Reason("", "", "", text.strip())
    questionnaire, _, question = head.strip().partition("/")
    return Reason(questionnaire.strip(), question.strip(), "", tail.strip())


def decision_json(decision: Decision) -> dict[str, JSONValue]:
    """A decision as the CLI's ``--json`` prints it (with the status in words)."""
    return {**decision.to_json(), "status_label": str(STATUS_LABELS.get(decision.status, decision.status))}
