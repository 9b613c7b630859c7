"""The submission (报送): one enterprise × one period, holding every questionnaire the district asks for.

``resources/submission.yaml`` names the questionnaires. :func:`check_submission` is what stands between
a submission and the district: blanks, answers that do not fit, and contradictions (consistency rules,
within and across the questionnaires), each pointing at its question.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from ..errors import UserError
from ..jsontypes import JSONValue
from . import answers as answer_rules
from .consistency import Finding, submission_findings
from .model import Question, Questionnaire

SPEC_FORMAT = "zgsz-submission-spec/1"


@cache
def submission_questionnaires() -> tuple[str, ...]:
    """The ids of the questionnaires every submission holds, in order."""
    import yaml

    from ..locate import resource

    path = resource("submission.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UserError(f"无法读取报送内容定义 {path}（{exc}），安装可能不完整") from exc
    ids = data.get("questionnaires") if isinstance(data, Mapping) and data.get("format") == SPEC_FORMAT else None
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids) or len(set(ids)) != len(ids):
        raise UserError(f"报送内容定义 {path} 格式不对")
    return tuple(ids)


@dataclass(frozen=True)
class Blank:
    """A required question without a (complete) answer."""

    questionnaire_id: str
    question_id: str
    module_id: str
    module_title: str
    text: str
    detail: str = ""  # for a table started but not complete: which rows and cells are still empty

    @property
    def where(self) -> str:
        return f"{self.text}（{self.detail}）" if self.detail else self.text


@dataclass(frozen=True)
class Problem:
    """An answer that does not fit its question (out of range, no longer an option…)."""

    questionnaire_id: str
    question_id: str
    message: str


@dataclass(frozen=True)
class SubmissionCheck:
    blanks: tuple[Blank, ...]
    problems: tuple[Problem, ...]
    findings: tuple[Finding, ...]
    missing_questionnaires: tuple[str, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocking)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.blocking)

    @property
    def ok(self) -> bool:
        """Nothing stands in the way of completing the submission (warnings do not)."""
        return not (self.blanks or self.problems or self.errors or self.missing_questionnaires)

    def summary(self, *, blocking_only: bool = False) -> str:
        """One line for a manager: what is left to do (``blocking_only``: only what stops completion)."""
        parts = []
        if self.missing_questionnaires:
            parts.append(f"{len(self.missing_questionnaires)} 份问卷尚未开始")
        if self.blanks:
            parts.append(f"{len(self.blanks)} 道必答题未填")
        if self.problems:
            parts.append(f"{len(self.problems)} 个答案不符合要求")
        if self.errors:
            parts.append(f"{len(self.errors)} 处前后矛盾")
        if self.warnings and not blocking_only:
            parts.append(f"{len(self.warnings)} 处请核对")
        return "，".join(parts) if parts else "检查通过"

    def to_dict(self) -> dict[str, JSONValue]:
        return {"ok": self.ok, "summary": self.summary(),
                "missing_questionnaires": list(self.missing_questionnaires),
                "blanks": [{"questionnaire": b.questionnaire_id, "question": b.question_id, "module": b.module_id,
                            "text": b.text, "detail": b.detail} for b in self.blanks],
                "problems": [{"questionnaire": p.questionnaire_id, "question": p.question_id, "message": p.message}
                             for p in self.problems],
                "findings": [f.to_dict() for f in self.findings]}


def _empty_cells(question: Question, value: JSONValue) -> str:
    """Which required cells of a started table are still empty: "第3行“其中数控化设备数”…" (a table with a
    cell the user could not save is reported as unfilled: this says where to look)."""
    if question.type != "table" or not isinstance(value, list) or not value:
        return ""
    missing = [f"第{number}行“{column.text}”" for number, row in enumerate(value, start=1)
               for column in question.columns
               if column.required and not answer_rules.is_answered(row.get(column.id) if isinstance(row, Mapping)
                                                                   else None)]
    if not missing:
        return f"至少填写 {question.min_rows} 行" if len(value) < question.min_rows else ""
    return "未填：" + "、".join(missing[:4]) + (f"等 {len(missing)} 处" if len(missing) > 4 else "")


def check_submission(parts: Sequence[tuple[Questionnaire, Mapping[str, JSONValue]]],
                     expected: Sequence[str] = ()) -> SubmissionCheck:
    """Everything left to do before ``parts`` (questionnaire, answers) can be handed in; ``expected``
    names questionnaires that must be there (missing ones are listed)."""
    blanks: list[Blank] = []
    problems: list[Problem] = []
    for questionnaire, answers in parts:
        missing = answer_rules.missing_required(questionnaire, answers)
        for question in missing:
            module = questionnaire.module_of(question.id)
            blanks.append(Blank(questionnaire.id, question.id, module.id, module.title, question.text,
                                _empty_cells(question, answers.get(question.id))))
        blank_ids = {q.id for q in missing}
        shown = answer_rules.visible_answers(questionnaire, answers)
        for problem in answer_rules.validate_answers(questionnaire, shown):
            if problem.question_id not in blank_ids:  # an incomplete table is listed once, as a blank
                problems.append(Problem(questionnaire.id, problem.question_id, problem.message))
    present = {q.id for q, _ in parts}
    return SubmissionCheck(tuple(blanks), tuple(problems), tuple(submission_findings(parts)),
                           tuple(q for q in expected if q not in present))
