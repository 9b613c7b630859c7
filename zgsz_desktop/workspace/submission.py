"""Submissions (报送) in the workspace: one per period, holding one assessment per questionnaire the district
asks for; checked, completed, exported and numbered as one.

Mixed into :class:`~.workspace.Workspace` (same contract: each write checks its input inside the write
transaction, changes nothing when refused, and is durable when it returns).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..errors import UserError
from ..messages import say
from ..periods import check_period, normalise_period, period_key
from . import storage

if TYPE_CHECKING:
    from pathlib import Path

    from ..questionnaire.model import Questionnaire
    from ..questionnaire.submission import SubmissionCheck
    from .overview import SubmissionOverview
    from .records import Assessment, Submission, SubmissionPart, VersionImpact

# The questionnaire modules are imported where they are used (see workspace.py): not at app start-up.

# Where a submission stands, in the order of the job (首页 shows the step and what to do next).
FILL, CHECK, EXPORT, HAND_IN = "fill", "check", "export", "hand_in"
STAGE_LABELS = {FILL: "填写中", CHECK: "待检查", EXPORT: "待导出", HAND_IN: "已导出"}


class IncompleteSubmission(UserError, ValueError):
    """Completing was refused; ``check`` says what is left (blanks, answers that do not fit, contradictions)."""

    def __init__(self, check: SubmissionCheck):
        self.check = check
        lines: list[str] = [say("报送尚不能完成：{summary}", summary=check.summary())]
        lines += [say("  - 未填：{module} · {question}", module=b.module_title, question=b.text)
                  for b in check.blanks[:20]]
        lines += [f"  - {p.message}" for p in check.problems[:20]]
        lines += [say("  - 矛盾：{message}", message=f.message) for f in check.errors[:20]]
        super().__init__("\n".join(lines))


def _stage(parts: tuple[SubmissionPart, ...], check: SubmissionCheck) -> str:
    statuses = {p.status for p in parts}
    if not parts or any(p.assessment is None for p in parts) or check.blanks or check.problems:
        return FILL
    if statuses == {"exported"}:
        return HAND_IN
    if statuses <= {"completed", "exported"}:
        return EXPORT
    return CHECK


class SubmissionMixin:
    """Submission operations of the workspace (see the module docstring)."""

    db: storage.Database
    directory: Path

    if TYPE_CHECKING:  # provided by Workspace
        def _now(self) -> str: ...
        def questionnaire_for(self, assessment: Assessment) -> Questionnaire: ...
        def _store_definition(self, questionnaire: Questionnaire) -> None: ...
        def _prefill(self, new_id: int, questionnaire: Questionnaire, previous: Assessment, now: str) -> None: ...
        def previous_assessment(self, questionnaire_id: str, period: str) -> Assessment | None: ...
        def version_impact(self, assessment_id: int, target: Questionnaire) -> list[VersionImpact]: ...
        def move_to_version(self, assessment_id: int, target: Questionnaire) -> list[VersionImpact]: ...

    @staticmethod
    def submission_questionnaires() -> tuple[str, ...]:
        from ..questionnaire.submission import submission_questionnaires

        return submission_questionnaires()

    # ------------------------------------------------------------------ reading

    def _parts(self, submission_id: int) -> list[tuple[Assessment, Questionnaire, dict[str, Any]]]:
        from ..questionnaire.submission import submission_questionnaires
        from .records import Assessment

        found = []
        for row in storage.submission_assessments(self.db, submission_id):
            assessment = Assessment.from_row(row)
            found.append((assessment, self.questionnaire_for(assessment), storage.get_answers(self.db, assessment.id)))
        order = {qid: i for i, qid in enumerate(submission_questionnaires())}
        found.sort(key=lambda part: (order.get(part[0].questionnaire_id, len(order)), part[0].id))
        return found

    def _summary(self, row: Mapping[str, Any]) -> Submission:
        from ..questionnaire import answers as answer_rules
        from ..questionnaire.loader import get_questionnaire
        from ..questionnaire.submission import check_submission, submission_questionnaires
        from .records import Submission, SubmissionPart

        found = self._parts(int(row["id"]))
        by_id = {assessment.questionnaire_id: (assessment, q, answers) for assessment, q, answers in found}
        wanted = list(submission_questionnaires()) + [a.questionnaire_id for a, _, _ in found
                                                       if a.questionnaire_id not in submission_questionnaires()]
        parts = []
        for qid in wanted:
            if qid in by_id:
                assessment, questionnaire, answers = by_id[qid]
                parts.append(SubmissionPart(qid, questionnaire.title, questionnaire.short_title, assessment,
                                            answer_rules.completion(questionnaire, answers),
                                            len(answer_rules.missing_required(questionnaire, answers))))
            else:
                newest = get_questionnaire(qid)
                parts.append(SubmissionPart(qid, newest.title, newest.short_title, None, 0.0, 0))
        check = check_submission([(q, answers) for _, q, answers in found], submission_questionnaires())
        exports = storage.exports_for(self.db, row["period"])
        return Submission(int(row["id"]), row["period"], tuple(parts), _stage(tuple(parts), check), check,
                          exports[-1] if exports else None, len(exports), row["created_at"], row["updated_at"],
                          row.get("last_position"))

    def submissions(self) -> list[Submission]:
        """Every submission, newest period first (a deleted one whose exports stay on record is not listed)."""
        rows = storage.list_submissions(self.db)
        rows.sort(key=lambda r: period_key(r["period"]), reverse=True)
        return [self._summary(row) for row in rows]

    def overviews(self, *, cached_only: bool = False, recompute: bool = False) -> list[SubmissionOverview] | None:
        """What the home page shows of every submission, newest period first (see overview.py), computed from
        :meth:`submissions` and kept in the overview cache for the next start. ``cached_only``: from the cache
        when it was computed from the workspace exactly as it is now — no definition is read, which is what lets
        the app paint its home page at once — else None; only the start-up paint uses it, and confirms it. Every
        other caller computes: a cache the confirmation proved wrong must never be shown again, even where it
        cannot be rewritten. ``recompute`` is kept for callers that say so explicitly (it is the default)."""
        from . import overview

        key = overview.fingerprint(self.db)
        if cached_only:
            return overview.read_cached(self.directory, key)
        found = [overview.overview_of(s) for s in self.submissions()]
        if overview.fingerprint(self.db) == key:  # nobody wrote meanwhile (another window, the command line)
            overview.write_cached(self.directory, key, found)
        return found

    def remember_overviews(self) -> None:
        """Bring the overview cache up to date, so that the next start paints its home page from it (the
        window calls this when it closes: answers saved on the questionnaire page changed the overview)."""
        self.overviews()

    def submission(self, period: str) -> Submission:
        from .workspace import WorkspaceError

        row = storage.get_submission(self.db, normalise_period(period))
        if row is None:
            raise WorkspaceError(say("没有{period}的报送", period=period))
        return self._summary(row)

    def submission_parts(self, period: str) -> list[tuple[Assessment, Questionnaire, dict[str, Any]]]:
        """(assessment, definition, answers) of each questionnaire of the period, in submission order."""
        return self._parts(self.submission(period).id)

    def check_submission(self, period: str) -> SubmissionCheck:
        return self.submission(period).check

    # ------------------------------------------------------------------ starting

    def start_submission(self, period: str, *, from_previous: bool = False) -> Submission:
        """Start the period's submission: one assessment per questionnaire (the newest versions), each
        pre-filled from the same questionnaire's previous period when asked and when there is one."""
        from ..questionnaire.loader import get_questionnaire
        from ..questionnaire.submission import submission_questionnaires
        from .workspace import WorkspaceError

        problem = check_period(period)
        if problem:
            raise WorkspaceError(problem)
        period = normalise_period(period)
        questionnaires = [get_questionnaire(qid) for qid in submission_questionnaires()]
        now = self._now()
        with storage.transaction(self.db):
            existing = storage.get_submission(self.db, period)
            if existing is not None and storage.submission_assessments(self.db, int(existing["id"])):
                raise WorkspaceError(say("{period}的报送已存在，请在首页继续填写", period=period))
            # a deleted submission whose packages are on record starts again here; its numbering goes on
            previous = {q.id: self.previous_assessment(q.id, period) for q in questionnaires} if from_previous else {}
            if from_previous and not any(previous.values()):
                raise WorkspaceError(say("没有{period}之前同类评估期的报送，无法以上期为基础", period=period))
            for questionnaire in questionnaires:
                self._add_part(questionnaire, period, previous.get(questionnaire.id), now)
        return self.submission(period)

    def _add_part(self, questionnaire: Questionnaire, period: str, previous: Assessment | None, now: str) -> int:
        self._store_definition(questionnaire)
        new_id = storage.insert_assessment(self.db, questionnaire.id, questionnaire.version,
                                           questionnaire.content_hash, period, previous.id if previous else None, now)
        if previous is not None:
            self._prefill(new_id, questionnaire, previous, now)
        return new_id

    def ensure_parts(self, period: str) -> Submission:
        """Add the questionnaires a submission lacks (a period started before they were asked for, e.g.
        a release 0.1 workspace with only the core questionnaire for 2025年度), empty."""
        from ..questionnaire.loader import get_questionnaire

        period = normalise_period(period)
        submission = self.submission(period)
        missing = [p.questionnaire_id for p in submission.parts if p.assessment is None]
        if not missing:
            return submission
        now = self._now()
        with storage.transaction(self.db):
            present = {r["questionnaire_id"] for r in storage.submission_assessments(self.db, submission.id)}
            for qid in missing:
                if qid not in present:
                    self._add_part(get_questionnaire(qid), period, None, now)
        return self.submission(period)

    def upgrade_submission(self, period: str) -> list[str]:
        """Move the submission's questionnaires that are not exported to the newest version shipped,
        where no answer would be lost (the newer version checks more, e.g. contradictions). Returns the
        questionnaire titles moved; each move is in the change log."""
        from ..questionnaire.loader import get_questionnaire, version_key

        moved = []
        for part in self.submission(period).parts:
            assessment = part.assessment
            if assessment is None or assessment.status == "exported":
                continue
            newest = get_questionnaire(part.questionnaire_id)
            if newest.content_hash == assessment.questionnaire_hash:
                continue
            if version_key(newest.version) <= version_key(assessment.questionnaire_version):
                continue
            impacts = self.version_impact(assessment.id, newest)
            if any(not impact.kept for impact in impacts):
                continue  # the user decides (zgsz assessment upgrade shows what would be dropped)
            self.move_to_version(assessment.id, newest)
            moved.append(newest.title)
        return moved

    # ------------------------------------------------------------------ completing and exporting

    def complete_submission(self, period: str) -> Submission:
        """Mark every questionnaire of the period 已完成 at once; refused with everything left to do
        (blanks, answers that do not fit, contradictions) — warnings do not stop it."""
        period = normalise_period(period)
        submission = self.submission(period)  # parse definitions outside the write lock
        with storage.transaction(self.db):
            submission = self.submission(period)
            if not submission.check.ok:
                raise IncompleteSubmission(submission.check)
            now = self._now()
            for part in submission.parts:
                if part.assessment is not None and part.assessment.status == "draft":
                    storage.set_assessment_status(self.db, part.assessment.id, "completed", now)
        return self.submission(period)

    def next_sequence(self, period: str) -> int:
        """第N次报送 of the next package of ``period``."""
        return storage.next_export_sequence(self.db, normalise_period(period))

    def mark_submission_exported(self, period: str, record: Mapping[str, Any], *,
                                 expected_sequence: int | None = None,
                                 expected_hashes: Mapping[str, str] | None = None) -> dict[str, Any]:
        """Record the package made for the whole submission (``package_id``, ``key_fingerprint``,
        ``file_name``, ``verification_code``) and mark every questionnaire 已导出. The sequence number
        is assigned here, inside the same transaction: a package built with ``expected_sequence`` is
        refused if another export took that number meanwhile, and one built from definitions other than
        ``expected_hashes`` (questionnaire id → hash) if the submission changed version meanwhile."""
        from .workspace import WorkspaceError

        missing = [k for k in ("package_id", "key_fingerprint", "file_name") if not record.get(k)]
        if missing:
            raise WorkspaceError(say("导出记录缺少：{fields}", fields="、".join(missing)))
        period = normalise_period(period)
        with storage.transaction(self.db):
            submission = self.submission(period)
            if any(p.status == "draft" for p in submission.parts):
                raise WorkspaceError(say("报送尚未完成（有问卷在填写中），请先检查并完成，再导出"))
            if expected_hashes is not None and {
                    p.questionnaire_id: p.assessment.questionnaire_hash
                    for p in submission.parts if p.assessment is not None} != dict(expected_hashes):
                raise WorkspaceError(say("导出期间报送的问卷版本有变化，请重新导出"))
            if storage.export_exists(self.db, str(record["package_id"])):
                raise WorkspaceError(say("报告包 {package} 已有导出记录", package=str(record["package_id"])))
            sequence = storage.next_export_sequence(self.db, period)
            if expected_sequence is not None and sequence != expected_sequence:
                raise WorkspaceError(say("同时有另一个导出在进行，请重新导出"))
            now = self._now()
            from .attachments import content_digest

            # the answers and the evidence files the package carried (editing either takes it back)
            digests = {p.questionnaire_id: content_digest(self.db, p.assessment.questionnaire_hash, p.assessment.id)
                       for p in submission.parts if p.assessment is not None}
            full = {"package_id": str(record["package_id"]), "submission_id": submission.id, "period": period,
                    "sequence": sequence, "format_version": int(record.get("format_version", 2)),
                    "questionnaires": [f"{p.questionnaire_id}@{p.assessment.questionnaire_version}"
                                       for p in submission.parts if p.assessment is not None],
                    "assessment_id": None, "key_fingerprint": str(record["key_fingerprint"]),
                    "verification_code": record.get("verification_code"), "file_name": str(record["file_name"]),
                    "created_at": record.get("created_at") or now, "answers_digest": digests,
                    "recipient_key_id": record.get("recipient_key_id")}
            storage.insert_export(self.db, full)
            for part in submission.parts:
                if part.assessment is not None:
                    storage.set_assessment_status(self.db, part.assessment.id, "exported", now)
        return full

    def submission_exports(self, period: str) -> list[dict[str, Any]]:
        return storage.exports_for(self.db, normalise_period(period))

    def set_submission_position(self, period: str, position: str) -> None:
        """Remember where the user was (``questionnaire id/module id``), to return there."""
        from .workspace import WorkspaceError

        with storage.transaction(self.db):
            if not storage.set_submission_position(self.db, normalise_period(period), position):
                raise WorkspaceError(say("没有{period}的报送", period=period))

    def delete_submission(self, period: str, *, confirm: str) -> None:
        """Delete a period's submission with its answers. ``confirm`` must repeat the period, as the UI
        asks the user to type it; the change log and the export records are kept."""
        from .workspace import WorkspaceError

        period = normalise_period(period)
        with storage.transaction(self.db):
            row = storage.get_submission(self.db, period)
            if row is None:
                raise WorkspaceError(say("没有{period}的报送", period=period))
            if normalise_period(confirm) != period:
                raise WorkspaceError(say("请输入评估期“{period}”以确认删除", period=period))
            now = self._now()
            for assessment in storage.submission_assessments(self.db, int(row["id"])):
                storage.append_log(self.db, int(assessment["id"]), "*", None, None, now, "delete",
                                   f"删除报送（{assessment['questionnaire_id']}，{period}）")
            storage.delete_submission(self.db, int(row["id"]))
