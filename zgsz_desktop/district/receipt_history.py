"""A submission's history for the clerk: every package of an enterprise's submission for a period in order, every
decision on each (who, when, the status and its own reasons: a return later followed by an acceptance keeps both),
the receipts that answered them, and for each later package what changed compared with the one before
("第2次报送（更正）：3 处修改" after a return, "第2次报送（更新）" when the enterprise sent a new version unasked).
Times are stored in UTC; the sentences here show them in the computer's local time (``text.local_time``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from ..jsontypes import JSONValue
from ..messages import say
from ..package.receipt import STATUS_LABELS
from ..text import local_time, visible
from .receipts import RETURNED, Review, reviews_of, submission_key


@dataclass(frozen=True)
class Change:
    questionnaire_id: str
    question_id: str
    question_text: str
    old: str
    new: str

    def to_json(self) -> dict[str, JSONValue]:
        return {"questionnaire": self.questionnaire_id, "question": self.question_id,
                "question_text": self.question_text, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class IssuedReceipt:
    receipt_id: str
    file_name: str
    issued_at: str
    review_ids: tuple[int, ...] = ()


@dataclass
class HistoryEntry:
    package_id: str
    sequence: int
    imported_at: str
    created_at: str
    current: bool
    corrected: bool  # it came after a return of the one before
    questionnaires: tuple[str, ...]
    reviews: list[Review] = field(default_factory=list)
    receipts: list[IssuedReceipt] = field(default_factory=list)
    changes: list[Change] | None = None  # None for the first package (nothing to compare with)

    @property
    def title(self) -> str:
        """第2次报送（更正）：3 处修改 — as the detail and the CLI say it. 更正: the package before it had been returned
        (even if accepted afterwards); 更新: a new version the district had not asked for."""
        kind = say("（更正）") if self.corrected else say("（更新）") if self.changes is not None else ""
        head = say("第{n}次报送{kind}", n=self.sequence, kind=kind)
        if self.changes is None:
            return head
        return say("{head}：{count} 处修改", head=head, count=len(self.changes)) if self.changes else \
            say("{head}：答卷没有改动", head=head)

    @property
    def status_text(self) -> str:
        """Where this package stands now: its latest decision's status, or 待受理."""
        return STATUS_LABELS[self.reviews[-1].decision.status] if self.reviews else say("待受理")

    def receipted(self, review: Review) -> bool:
        """The decision has gone out to the enterprise in a receipt file."""
        return any(review.id in receipt.review_ids for receipt in self.receipts)

    def review_text(self, review: Review) -> str:
        """One decision as the clerk reads it, in local time:
        退回修改（2025-02-01 16:00，王敏，0513-1234567，回执已生成）."""
        decision = review.decision
        contact = say("，{contact}", contact=visible(decision.contact, 60)) if decision.contact else ""
        sent = say("，回执已生成") if self.receipted(review) else say("，回执未生成")
        return say("{status}（{at}，{clerk}{contact}{sent}）", status=STATUS_LABELS[decision.status],
                   at=local_time(decision.decided_at), clerk=visible(decision.clerk, 40), contact=contact, sent=sent)

    @property
    def decision_text(self) -> str:
        """The latest decision (who, when) or 待受理; ``review_text`` of each gives the whole history."""
        return self.review_text(self.reviews[-1]) if self.reviews else say("待受理")

    def to_json(self) -> dict[str, JSONValue]:
        return {"package_id": self.package_id, "sequence": self.sequence, "imported_at": self.imported_at,
                "created_at": self.created_at, "current": self.current, "corrected": self.corrected,
                "title": str(self.title), "questionnaires": list(self.questionnaires),
                "status": self.reviews[-1].decision.status if self.reviews else "pending",
                "reviews": [{"review_id": r.id, **r.decision.to_json(), "receipted": self.receipted(r)}
                            for r in self.reviews],
                "receipts": [{"receipt_id": r.receipt_id, "file_name": r.file_name, "issued_at": r.issued_at}
                             for r in self.receipts],
                "changes": None if self.changes is None else [c.to_json() for c in self.changes]}


def _answers(db: sqlite_utils.Database, package_id: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """questionnaire id → (version, answers) of a stored package."""
    found = {}
    for questionnaire_id, version, text in db.execute(
            "SELECT s.questionnaire_id, s.questionnaire_version, c.answers FROM submissions s "
            "JOIN submission_content c ON c.package_id = s.package_id AND c.questionnaire_id = s.questionnaire_id "
            "WHERE s.package_id = ?",
            [package_id]):
        try:
            document = json.loads(text)
            answers = document.get("answers") if isinstance(document, dict) else None
        except ValueError:
            answers = None
        found[str(questionnaire_id)] = (str(version), answers if isinstance(answers, dict) else {})
    return found


def _changes(before: dict[str, tuple[str, dict[str, Any]]], after: dict[str, tuple[str, dict[str, Any]]]
             ) -> list[Change]:
    from ..questionnaire.display import display_value
    from .receipts import _questionnaire

    changes = []
    for questionnaire_id, (version, new_answers) in after.items():
        if questionnaire_id not in before:
            continue
        old_answers = before[questionnaire_id][1]
        definition = _questionnaire(questionnaire_id, version)
        order = [q.id for q in definition.questions()] if definition is not None else []
        ids = sorted(set(old_answers) | set(new_answers),
                     key=lambda q: (order.index(q) if q in order else len(order), q))
        for question_id in ids:
            old, new = old_answers.get(question_id), new_answers.get(question_id)
            if old == new:
                continue
            if definition is not None and definition.has_question(question_id):
                question = definition.question(question_id)
                text, old_text, new_text = question.text, display_value(question, old), display_value(question, new)
                if old_text == new_text:  # a table with the same number of rows, other contents
                    new_text = say("{value}（内容有改动）", value=new_text)
            else:
                text, old_text, new_text = question_id, json.dumps(old, ensure_ascii=False), \
                    json.dumps(new, ensure_ascii=False)
            changes.append(Change(questionnaire_id, question_id, visible(text, 200), visible(old_text, 120),
                                  visible(new_text, 120)))
    return changes


def history(db: sqlite_utils.Database, uscc: str, period: str) -> list[HistoryEntry]:
    """Every package of the enterprise's submission for the period, oldest first (ordered as the import orders
    versions: key epoch, then sequence), with decisions, receipts and the changes against the package before it
    that carries the same questionnaire. The credit code and the period may be typed as the clerk likes
    (``receipts.submission_key``)."""
    uscc, period = submission_key(uscc, period)
    rows = db.execute("SELECT package_id, min(key_epoch), min(sequence), min(imported_at), min(created_at), "
                      "max(current), group_concat(questionnaire_id) FROM submissions WHERE uscc = ? AND period = ? "
                      "GROUP BY package_id ORDER BY min(key_epoch), min(sequence), min(imported_at)",
                      [uscc, period]).fetchall()
    reviews: dict[str, list[Review]] = {}
    for review in reviews_of(db, uscc, period):
        reviews.setdefault(review.package_id, []).append(review)
    receipts: dict[str, list[IssuedReceipt]] = {}
    for receipt_id, package_ids, review_ids, file_name, issued_at in db.execute(
            "SELECT receipt_id, package_ids, review_ids, file_name, issued_at FROM receipts_issued WHERE uscc = ? "
            "ORDER BY issued_at", [uscc]):
        try:
            ids = [str(i) for i in json.loads(package_ids)]
            answered = tuple(int(i) for i in json.loads(review_ids))
        except (ValueError, TypeError):
            continue
        for package_id in ids:
            receipts.setdefault(package_id, []).append(
                IssuedReceipt(str(receipt_id), str(file_name), str(issued_at), answered))
    entries: list[HistoryEntry] = []
    # questionnaire → (package, its answers) of the latest package seen that carries it
    answers_seen: dict[str, tuple[str, dict[str, tuple[str, dict[str, Any]]]]] = {}
    for package_id, _, sequence, imported_at, created_at, current, questionnaire_text in rows:
        questionnaires = tuple(sorted(str(questionnaire_text).split(",")))
        answers = _answers(db, package_id)
        earlier = [answers_seen[q] for q in questionnaires if q in answers_seen]
        changes = None
        corrected = False
        if earlier:
            previous_id, previous_answers = earlier[-1]
            changes = _changes(previous_answers, answers)
            # a correction answers a return, even one the clerk later replaced by an acceptance
            corrected = any(r.decision.status == RETURNED for r in reviews.get(previous_id) or [])
        for questionnaire_id in questionnaires:
            answers_seen[questionnaire_id] = (package_id, answers)
        entries.append(HistoryEntry(str(package_id), int(sequence), str(imported_at), str(created_at), bool(current),
                                    corrected, questionnaires, reviews.get(package_id, []),
                                    receipts.get(package_id, []), changes))
    return entries
