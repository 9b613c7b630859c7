"""The workspace's records as the code hands them around: an assessment as stored, its summary, what a version
change would do to its answers, a submission and its questionnaires.

Kept apart from ``workspace.py`` and ``submission.py`` (issue #16): the app's start paints the home page from the
overview cache and needs none of them, and each frozen dataclass costs ~0.75 ms to create when its module is
imported (Python 3.11 compiles its generated methods one by one). The modules that build them import them where
they do; ``zgsz_desktop.workspace.Assessment`` and the like still work (the package finds them here).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..jsontypes import JSONValue
from .submission import HAND_IN, STAGE_LABELS

if TYPE_CHECKING:
    from ..questionnaire.submission import SubmissionCheck

STATUS_LABELS = {"draft": "草稿", "completed": "已完成", "exported": "已导出"}


@dataclass(frozen=True)
class Assessment:
    id: int
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_hash: str
    period: str
    status: str
    based_on: int | None
    created_at: str
    updated_at: str
    completed_at: str | None
    last_position: str | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Assessment:
        # the NOT NULL columns by index, the nullable ones with .get (a row without them reads as None)
        return cls(id=row["id"], questionnaire_id=row["questionnaire_id"],
                   questionnaire_version=row["questionnaire_version"], questionnaire_hash=row["questionnaire_hash"],
                   period=row["period"], status=row["status"], based_on=row.get("based_on"),
                   created_at=row["created_at"], updated_at=row["updated_at"], completed_at=row.get("completed_at"),
                   last_position=row.get("last_position"))


@dataclass(frozen=True)
class AssessmentSummary:
    assessment: Assessment
    title: str
    completion: float  # share of visible required questions answered
    newer_version: str | None = None  # a newer shipped version of its questionnaire the user may move to


@dataclass(frozen=True)
class AnswerDiff:
    question_id: str
    text: str
    module: str
    before: JSONValue  # the answer as stored (None: not answered)
    after: JSONValue

    @property
    def changed(self) -> bool:
        return bool(self.before != self.after)


@dataclass(frozen=True)
class VersionImpact:
    """What moving an assessment to another definition version would do to its answers."""

    question_id: str
    text: str
    reason: str
    kept: bool  # False: the answer would be dropped


@dataclass(frozen=True)
class SubmissionPart:
    """One questionnaire of a submission (``assessment`` None: not started yet)."""

    questionnaire_id: str
    title: str
    short_title: str
    assessment: Assessment | None
    completion: float
    blanks: int

    @property
    def status(self) -> str:
        return self.assessment.status if self.assessment is not None else "draft"


@dataclass(frozen=True)
class Submission:
    id: int
    period: str
    parts: tuple[SubmissionPart, ...]
    stage: str
    check: SubmissionCheck
    last_export: Mapping[str, Any] | None
    exports: int  # packages exported for this period
    created_at: str
    updated_at: str
    last_position: str | None

    @property
    def stage_label(self) -> str:
        return STAGE_LABELS[self.stage]

    @property
    def completion(self) -> float:
        """The questionnaires' shares of required questions answered, averaged."""
        return sum(p.completion for p in self.parts) / len(self.parts) if self.parts else 0.0

    @property
    def changed_since_export(self) -> bool:
        return self.last_export is not None and self.stage != HAND_IN

    def part(self, questionnaire_id: str) -> SubmissionPart | None:
        return next((p for p in self.parts if p.questionnaire_id == questionnaire_id), None)
