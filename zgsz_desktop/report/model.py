"""What a report is made of: plain data, assembled from answers files or from a workspace."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from .. import __version__
from ..jsontypes import JSONValue
from ..periods import period_key
from ..questionnaire import roles
from ..questionnaire.model import Questionnaire
from ..scoring.engine import score
from ..scoring.results import ScoreReport
from .charts import TrendPoint
from .metadata import now

if TYPE_CHECKING:
    from ..answers_file import AnswersDocument
    from ..questionnaire.consistency import Finding
    from ..scoring.peer_groups import Standing
    from ..workspace import Workspace

MAIN_QUESTIONNAIRE = roles.questionnaire_with_role("plan_indicators")  # resources/questionnaire-roles.yaml
MIIT_QUESTIONNAIRE = roles.questionnaire_with_role("maturity_level")


@dataclass(frozen=True)
class AssessmentPart:
    questionnaire: Questionnaire
    answers: Mapping[str, JSONValue]
    report: ScoreReport


@dataclass(frozen=True)
class SignatureInfo:
    """From the report package (issue #5): printed on the signature page with a QR code."""

    key_fingerprint: str
    verification_code: str
    package_id: str = ""
    sequence: int | None = None  # 第N次报送 of the period


@dataclass(frozen=True)
class EvidenceLine:
    """One evidence file (佐证材料) as the report lists it, so the stamped paper names what went with it."""

    question: str  # the question's text
    file_name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ReportData:
    enterprise: Mapping[str, JSONValue]  # the answers-file enterprise block (name, uscc, district, industry, scale…)
    period: str
    main: AssessmentPart
    companions: tuple[AssessmentPart, ...] = ()  # other questionnaires of the same period (MIIT level)
    history: tuple[TrendPoint, ...] = ()  # the main questionnaire in earlier periods and this one, oldest first
    generated_on: date = field(default_factory=date.today)
    app_version: str = __version__
    signature: SignatureInfo | None = None
    checks: tuple[Finding, ...] = ()  # consistency findings of the whole submission (questionnaire/consistency.py)
    # the PDF's CreationDate: the package's export time when exported (the same package rebuilds byte for
    # byte), else when this report was assembled
    created_at: datetime = field(default_factory=now)
    evidence: tuple[EvidenceLine, ...] = ()  # the submission's evidence files; the list is printed only if any
    # where the enterprise stands among its peers (同行对标), when a benchmark of the period was imported
    peers: Standing | None = None

    @property
    def parts(self) -> tuple[AssessmentPart, ...]:
        return (self.main, *self.companions)

    def part(self, questionnaire_id: str) -> AssessmentPart | None:
        return next((p for p in self.parts if p.questionnaire.id == questionnaire_id), None)


def part_for(questionnaire: Questionnaire, answers: Mapping[str, JSONValue],
             period: str | None = None) -> AssessmentPart:
    return AssessmentPart(questionnaire, dict(answers), score(questionnaire, answers, period=period))


def from_documents(documents: Sequence[AnswersDocument], *, generated_on: date | None = None,
                   signature: SignatureInfo | None = None, created_at: datetime | None = None) -> ReportData:
    """A report from answers files (``AnswersDocument``): the first is the main assessment; files of the
    same period add their results (e.g. the MIIT level); earlier periods of the main questionnaire make
    the trend."""
    from ..errors import UserError

    if not documents:
        raise UserError("没有答案文件")
    main_doc = documents[0]
    if not main_doc.enterprise:
        raise UserError("答案文件缺少企业信息（enterprise），无法生成报告封面")
    period = main_doc.period
    if not period:
        raise UserError("答案文件缺少评估期（period），无法生成报告")
    uscc = main_doc.enterprise.get("uscc")
    companions, history = [], []
    for doc in documents[1:]:
        if doc.enterprise and doc.enterprise.get("uscc") != uscc:
            raise UserError(f"答案文件属于不同企业（{doc.enterprise.get('name')}），不能合并到同一份报告")
        if doc.period == period and doc.questionnaire.id != main_doc.questionnaire.id:
            companions.append(part_for(doc.questionnaire, doc.answers, doc.period))
        elif doc.questionnaire.id == main_doc.questionnaire.id and period_key(doc.period) < period_key(period):
            history.append(TrendPoint(doc.period, score(doc.questionnaire, doc.answers, period=doc.period)))
        else:
            raise UserError(f"答案文件（{doc.questionnaire.title}，{doc.period}）"
                            "既不是同期的其他问卷，也不是更早的评估期")
    main = part_for(main_doc.questionnaire, main_doc.answers, period)
    history.sort(key=lambda point: period_key(point.period))
    trend = (*history, TrendPoint(period, main.report)) if history else ()
    return ReportData(enterprise=dict(main_doc.enterprise), period=period, main=main, companions=tuple(companions),
                      history=trend, generated_on=generated_on or date.today(), signature=signature,
                      checks=_checks((main, *companions)), created_at=created_at or now())


def _checks(parts: Sequence[AssessmentPart]) -> tuple[Finding, ...]:
    from ..questionnaire.consistency import submission_findings

    return tuple(submission_findings([(p.questionnaire, p.answers) for p in parts]))


def from_submission(workspace: Workspace, period: str, *, generated_on: date | None = None,
                    signature: SignatureInfo | None = None, created_at: datetime | None = None) -> ReportData:
    """The report of a period's submission: every questionnaire of it (the first leads), every
    contradiction left, and the first questionnaire's earlier periods as the trend."""
    from ..errors import UserError

    profile = workspace.profile()
    if profile is None:
        raise UserError("请先填写企业信息，再生成报告")
    parts = [part_for(q, answers, period) for _, q, answers in workspace.submission_parts(period)]
    if not parts:
        raise UserError(f"{period}的报送还没有问卷")
    main = parts[0]
    history = []
    for summary in workspace.assessments():
        other = summary.assessment
        if other.questionnaire_id == main.questionnaire.id and period_key(other.period) < period_key(period):
            questionnaire = workspace.questionnaire_for(other)
            history.append(TrendPoint(other.period,
                                      score(questionnaire, workspace.answers(other.id), period=other.period)))
    history.sort(key=lambda point: period_key(point.period))
    trend = (*history, TrendPoint(period, main.report)) if history else ()
    return ReportData(enterprise=profile.for_answers_file(), period=period, main=main,
                      companions=tuple(parts[1:]), history=trend, generated_on=generated_on or date.today(),
                      signature=signature, checks=_checks(parts), created_at=created_at or now(),
                      evidence=evidence_lines(workspace, period, parts), peers=peer_standing(workspace, period, parts))


def peer_standing(workspace: Workspace, period: str, parts: Sequence[AssessmentPart]) -> Standing | None:
    """The enterprise's standing in the period's imported benchmark (verified when it was imported), or None."""
    from ..workspace.peer_benchmark import standing_for_reports

    return standing_for_reports(workspace, period, [p.report for p in parts])


def evidence_lines(workspace: Workspace, period: str, parts: Sequence[AssessmentPart]) -> tuple[EvidenceLine, ...]:
    """The period's evidence files, in submission order, each with the text of the question it supports."""
    from ..workspace.attachments import submission_attachments

    by_id = {p.questionnaire.id: p.questionnaire for p in parts}
    lines = []
    for item in submission_attachments(workspace, period):
        questionnaire = by_id.get(item.questionnaire_id)
        text = questionnaire.question(item.question_id).text if questionnaire is not None and \
            questionnaire.has_question(item.question_id) else item.question_id
        lines.append(EvidenceLine(text, item.file_name, item.size, item.sha256))
    return tuple(lines)


def from_workspace(workspace: Workspace, assessment_id: int, *, generated_on: date | None = None,
                   signature: SignatureInfo | None = None, created_at: datetime | None = None) -> ReportData:
    """A report for one workspace assessment, with the same period's other questionnaires and the
    earlier periods of the same questionnaire."""
    from ..errors import UserError

    profile = workspace.profile()
    if profile is None:
        raise UserError("请先填写企业信息，再生成报告")
    assessment = workspace.assessment(assessment_id)
    main = part_for(workspace.questionnaire_for(assessment), workspace.answers(assessment.id), assessment.period)
    companions, history = [], []
    for summary in workspace.assessments():
        other = summary.assessment
        if other.id == assessment.id:
            continue
        questionnaire = workspace.questionnaire_for(other)
        if other.period == assessment.period:
            companions.append(part_for(questionnaire, workspace.answers(other.id), other.period))
        elif (other.questionnaire_id == assessment.questionnaire_id
              and period_key(other.period) < period_key(assessment.period)):
            history.append(TrendPoint(other.period,
                                      score(questionnaire, workspace.answers(other.id), period=other.period)))
    history.sort(key=lambda point: period_key(point.period))
    trend = (*history, TrendPoint(assessment.period, main.report)) if history else ()
    return ReportData(enterprise=profile.for_answers_file(), period=assessment.period, main=main,
                      companions=tuple(companions), history=trend, generated_on=generated_on or date.today(),
                      signature=signature, checks=_checks((main, *companions)), created_at=created_at or now(),
                      peers=peer_standing(workspace, assessment.period, (main, *companions)))
