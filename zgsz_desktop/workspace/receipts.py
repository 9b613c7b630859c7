"""The district's receipts (回执) as this workspace keeps them: what the district said about each package, and
what that means for a period now — accepted, returned with questions to fix, or corrected and sent again.

Plain reads of the workspace database, no cryptography: the home page and the questionnaire page call these at
start-up (issue #16). Checking and importing a receipt file is ``package/receive.py``; this module only reads
what that stored. Which receipt counts: the one about the period's highest package number, the last issued
among those (``storage.receipts_for`` orders them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..periods import normalise_period
from . import storage

ACCEPTED, RETURNED = "accepted", "returned"
# the state of a period, as the home page shows it
STATE_ACCEPTED = "accepted"  # 已受理: the district took the newest package
STATE_RETURNED = "returned"  # 退回修改: the newest package came back with questions to fix
STATE_AWAITING = "awaiting"  # a newer package was exported after the receipt: the district has not answered it yet


@dataclass(frozen=True)
class Flag:
    """One point the district asked to change (``question`` empty: about the questionnaire or the whole
    submission)."""

    questionnaire: str
    question: str
    question_text: str
    reason: str
    changed: bool = False  # the answer was changed after the package the receipt is about was exported

    @property
    def place(self) -> str:
        """Where the point is, as a manager reads it: the question's text, else the questionnaire's title (a point
        about a whole questionnaire: never its id), else empty — a point about the whole submission."""
        return reason_place(self.questionnaire, self.question, self.question_text)


def questionnaire_title(questionnaire_id: str) -> str:
    """The questionnaire's title as the app shows it (the id itself when this installation does not have it)."""
    from ..errors import UserError
    from ..questionnaire.definitions import get_questionnaire

    try:
        return get_questionnaire(questionnaire_id).title
    except (KeyError, UserError):
        return questionnaire_id


def reason_place(questionnaire: str, question: str, question_text: str) -> str:
    """Where a district's reason points (see ``Flag.place``); the district's history says it the same way."""
    if question_text or question:
        return question_text or question
    return questionnaire_title(questionnaire) if questionnaire else ""


@dataclass(frozen=True)
class StoredReceipt:
    receipt_id: str
    package_id: str
    period: str
    sequence: int
    status: str
    reasons: tuple[Flag, ...]
    note: str
    clerk: str
    contact: str
    decided_at: str
    issued_at: str
    district: str
    signer_key_id: str
    file_sha256: str
    imported_at: str

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> StoredReceipt:
        reasons = tuple(Flag(str(r.get("questionnaire", "")), str(r.get("question", "")),
                             str(r.get("question_text", "")), str(r.get("reason", "")))
                        for r in row["reasons"] if isinstance(r, Mapping))
        return cls(str(row["receipt_id"]), str(row["package_id"]), str(row["period"]), int(row["sequence"]),
                   str(row["status"]), reasons, str(row["note"]), str(row["clerk"]), str(row["contact"]),
                   str(row["decided_at"]), str(row["issued_at"]), str(row["district"]), str(row["signer_key_id"]),
                   str(row["file_sha256"]), str(row["imported_at"]))


@dataclass(frozen=True)
class PeriodReceipt:
    """Where a period stands with the district: its newest receipt and what that means now."""

    receipt: StoredReceipt
    state: str  # STATE_ACCEPTED | STATE_RETURNED | STATE_AWAITING
    latest_sequence: int  # the period's newest package (第N次报送)
    flags: tuple[Flag, ...]  # open points (STATE_RETURNED only), each marked when already changed

    @property
    def open_count(self) -> int:
        return len(self.flags)


def receipt_history(db: storage.Database, period: str) -> list[StoredReceipt]:
    """Every receipt of ``period``, oldest first."""
    return [StoredReceipt.from_row(r) for r in storage.receipts_for(db, normalise_period(period))]


def all_receipts(db: storage.Database) -> list[StoredReceipt]:
    return [StoredReceipt.from_row(r) for r in storage.receipts_for(db)]


def _latest_sequence(db: storage.Database, period: str) -> int:
    return storage.next_export_sequence(db, period) - 1


def _state(db: storage.Database, receipt: StoredReceipt) -> PeriodReceipt:
    latest = _latest_sequence(db, receipt.period)
    if latest > receipt.sequence:
        return PeriodReceipt(receipt, STATE_AWAITING, latest, ())
    if receipt.status == ACCEPTED:
        return PeriodReceipt(receipt, STATE_ACCEPTED, latest, ())
    export = storage.export_by_package(db, receipt.package_id)
    changed = storage.answers_changed_since(db, receipt.period, str(export["created_at"])) if export else set()
    flags = tuple(Flag(f.questionnaire, f.question, f.question_text, f.reason,
                       (f.questionnaire, f.question) in changed) for f in receipt.reasons)
    return PeriodReceipt(receipt, STATE_RETURNED, latest, flags)


def period_receipt(db: storage.Database, period: str) -> PeriodReceipt | None:
    """The period's standing with the district, or None before any receipt."""
    history = receipt_history(db, period)
    return _state(db, history[-1]) if history else None


def period_receipts(db: storage.Database) -> dict[str, PeriodReceipt]:
    """Period → its standing, for every period with a receipt (the home page's one read)."""
    return {period: _state(db, StoredReceipt.from_row(row)) for period, row in storage.latest_receipts(db).items()}


def open_flags(db: storage.Database, period: str) -> tuple[Flag, ...]:
    """The points to fix in ``period``: the reasons of its newest receipt when that is 退回修改 about the newest
    package. After a newer export they are no longer open (已修改并重新报送)."""
    standing = period_receipt(db, period)
    return standing.flags if standing is not None else ()


__all__ = ["ACCEPTED", "RETURNED", "STATE_ACCEPTED", "STATE_AWAITING", "STATE_RETURNED", "Flag", "PeriodReceipt",
           "StoredReceipt", "all_receipts", "open_flags", "period_receipt", "period_receipts", "questionnaire_title",
           "reason_place", "receipt_history"]
