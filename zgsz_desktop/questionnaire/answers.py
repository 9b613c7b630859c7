"""Answer values: what each question type accepts, visibility, completeness.

Answers are a mapping ``question id → value`` in JSON types (see ``docs/answers-format.md``):

=========  ==========================================================
single     the chosen option's key (string)
multiple   list of option keys; an exclusive option (无) stands alone
number     int or float, within ``min``/``max`` (and ``min_ref``/``max_ref``)
percent    number from 0 to 100
yesno      true / false
text       string
table      list of rows, each an object ``column id → value``
=========  ==========================================================

A missing key or ``null`` means unanswered. Messages are Chinese and name the question (and the
row and column of a table) so that a manager, or a group filling answers from a file, can fix them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeGuard

from ..jsontypes import JSONValue
from ..messages import Said, say
from . import conditions
from .model import Module, Question, Questionnaire


@dataclass(frozen=True)
class AnswerProblem:
    question_id: str
    message: str
    row: int | None = None  # 1-based row of a table answer
    column: str | None = None

    def __str__(self) -> str:
        return self.message


MAX_MAGNITUDE = Decimal("1e15")  # beyond any real count or amount; keeps every later float() exact enough


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_finite_number(value: object) -> TypeGuard[int | float]:
    return _is_number(value) and (isinstance(value, int) or math.isfinite(value))


def _fmt(number: Decimal | float | int) -> str:
    value = Decimal(str(number)).normalize()
    return f"{value:f}"


def is_answered(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, list):
        return len(value) > 0
    return True


def exclusive_lookup(questionnaire: Questionnaire) -> Callable[[str, str], bool]:
    """``is_exclusive(question_id, option_key)``: whether that option (such as 无) excludes the others."""

    def is_exclusive(question_id: str, key: str) -> bool:
        if not questionnaire.has_question(question_id):
            return False
        option = questionnaire.question(question_id).option(key)
        return bool(option and option.exclusive)

    return is_exclusive


def holds(questionnaire: Questionnaire, condition: Mapping[str, JSONValue], answers: Mapping[str, JSONValue]) -> bool:
    """Evaluate a condition over answers, not counting exclusive options (无) as selections."""
    return conditions.evaluate(condition, answers, exclusive_lookup(questionnaire))


def is_visible(questionnaire: Questionnaire, question: Question, answers: Mapping[str, JSONValue]) -> bool:
    """Whether a question applies given the other answers: its ``show_if`` holds, and every question
    that condition reads is itself visible (a follow-up of a hidden follow-up is hidden too). The loader
    refuses cycles, so the recursion ends."""
    if question.show_if is None:
        return True
    for question_id in conditions.referenced_questions(question.show_if):
        if questionnaire.has_question(question_id) and not is_visible(
                questionnaire, questionnaire.question(question_id), answers):
            return False
    return holds(questionnaire, question.show_if, answers)


def question_label(question: Question) -> Said:
    """How a message names a question: its text in quotation marks."""
    return say("“{question}”", question=question.text)


def _problem(name: str, problem: Said) -> Said:
    """``name：problem``, keeping both parts so the interface can show the problem alone under the question."""
    return say("{name}：{problem}", name=name, problem=problem)


def problem_part(message: str) -> Said | None:
    """The problem alone (without the question's name) of a message :func:`check_value` made; None otherwise."""
    if isinstance(message, Said) and message.template == "{name}：{problem}":
        problem = message.params["problem"]
        return problem if isinstance(problem, Said) else None  # always a Said: _problem() makes these
    return None


def check_value(
    question: Question,
    value: JSONValue,
    refs: Mapping[str, JSONValue] | None = None,
    label: str | None = None,
    *,
    partial: bool = False,
) -> list[str]:
    """Problems with one non-empty value for ``question`` (an empty list when it is acceptable).

    ``refs`` resolves ``min_ref``/``max_ref`` (other answers, or the other cells of a table row).
    ``label`` prefixes each message; by default the question's text. Each message is a :class:`Said`
    ``{name}：{problem}``.
    """
    name = label if label is not None else question_label(question)
    problem = _value_problem(question, value, refs, name, partial=partial)
    if isinstance(problem, list):
        return problem
    return [] if problem is None else [_problem(name, problem)]


def _value_problem(question: Question, value: JSONValue, refs: Mapping[str, JSONValue] | None, name: str, *,
                   partial: bool) -> Said | list[str] | None:
    qtype = question.type
    if qtype == "single":
        if not isinstance(value, str) or question.option(value) is None:
            keys = "、".join(f"{o.key}（{o.text}）" for o in question.options[:8])
            return say("{value} 不是可选项，可选：{keys}", value=repr(value), keys=keys)
        return None
    if qtype == "multiple":
        if not isinstance(value, list) or not all(isinstance(key, str) for key in value):
            return say("多选题的答案应为选项代码列表，如 [\"B\", \"C\"]")
        chosen = [(key, question.option(key)) for key in value]
        unknown = [key for key, option in chosen if option is None]
        if unknown:
            return say("{keys} 不是可选项", keys="、".join(unknown))
        if len(set(value)) != len(value):
            return say("同一选项选了两次")
        exclusive = [option for _, option in chosen if option is not None and option.exclusive]
        if exclusive and len(value) > 1:
            return say("选了“{option}”就不能再选其他项", option=exclusive[0].text)
        return None
    if qtype in ("number", "percent"):
        return _number_problem(question, value, refs)
    if qtype == "yesno":
        return None if isinstance(value, bool) else say("应为 是（true）或 否（false）")
    if qtype == "text":
        if not isinstance(value, str):
            return say("应为文字")
        if question.max_length and len(value) > question.max_length:
            return say("不能超过 {limit} 个字，当前 {count} 个", limit=question.max_length, count=len(value))
        return None
    if qtype == "table":
        return [str(p) for p in check_table(question, value, name, partial=partial)]
    return say("未知题型 {kind}", kind=qtype)


def _number_problem(question: Question, value: JSONValue, refs: Mapping[str, JSONValue] | None) -> Said | None:
    if not _is_number(value):
        return say("应填数字，当前为 {value}", value=repr(value))
    if not _is_finite_number(value):
        return say("不是有效数字")
    unit = question.unit or ("%" if question.type == "percent" else "")
    number = Decimal(str(value))
    if abs(number) > MAX_MAGNITUDE:
        return say("数值过大，请核对")
    if question.integer and number != number.to_integral_value():
        return say("应为整数（{unit}），当前为 {value}", unit=unit or "个", value=str(value))
    if question.min is not None and number < question.min:
        return say("不能小于 {limit}{unit}", limit=_fmt(question.min), unit=unit)
    if question.max is not None and number > question.max:
        return say("不能大于 {limit}{unit}", limit=_fmt(question.max), unit=unit)
    for ref, smaller in ((question.min_ref, True), (question.max_ref, False)):
        # a bound from another answer only counts when that answer is itself a sane number
        if ref and refs is not None and _is_finite_number(refs.get(ref)) and abs(refs[ref]) <= MAX_MAGNITUDE:
            bound = Decimal(str(refs[ref]))
            other = refs.get("__label__" + ref, ref)
            if smaller and number < bound:
                return say("不能小于{other}（{limit}{unit}）", other=other, limit=_fmt(bound), unit=unit)
            if not smaller and number > bound:
                return say("不能大于{other}（{limit}{unit}）", other=other, limit=_fmt(bound), unit=unit)
    return None


def check_table(question: Question, value: JSONValue, name: str | None = None, *, partial: bool = False
                ) -> list[AnswerProblem]:
    """Problems with a table answer. ``partial`` accepts a table still being filled in (empty cells,
    fewer rows than required): it is saved as it is typed, and counts as answered only when complete."""
    name = name if name is not None else question_label(question)
    if not isinstance(value, list) or not all(isinstance(row, Mapping) for row in value):
        return [AnswerProblem(question.id, _problem(name, say("表格答案应为行的列表，每行是“列编号: 值”")))]
    problems: list[AnswerProblem] = []
    if len(value) < question.min_rows and not partial:
        problems.append(AnswerProblem(question.id, _problem(name, say("至少填写 {count} 行", count=question.min_rows))))
    if question.max_rows is not None and len(value) > question.max_rows:
        problems.append(AnswerProblem(question.id, _problem(
            name, say("最多 {limit} 行，当前 {count} 行", limit=question.max_rows, count=len(value)))))
    column_ids = {column.id for column in question.columns}
    for row_number, row in enumerate(value, start=1):
        row_name = say("{table}第{row}行", table=name, row=row_number)
        unknown = sorted(set(row) - column_ids)
        if unknown:
            problems.append(AnswerProblem(question.id, _problem(
                row_name, say("没有这些列：{columns}", columns="、".join(unknown))), row_number))
        refs = dict(row)
        refs.update({f"__label__{c.id}": say("本行“{column}”", column=c.text) for c in question.columns})
        for column in question.columns:
            cell = row.get(column.id)
            label = say("{row}“{column}”", row=row_name, column=column.text)
            if not is_answered(cell):
                if column.required and not partial:
                    problems.append(AnswerProblem(question.id, _problem(label, say("未填写")), row_number, column.id))
                continue
            for message in check_value(column, cell, refs, label):
                problems.append(AnswerProblem(question.id, message, row_number, column.id))
    return problems


def _answer_refs(questionnaire: Questionnaire, answers: Mapping[str, JSONValue]) -> dict[str, JSONValue]:
    refs = dict(answers)
    for question in questionnaire.questions():
        refs[f"__label__{question.id}"] = question_label(question)
    return refs


def check_answer(questionnaire: Questionnaire, question_id: str, value: JSONValue,
                 answers: Mapping[str, JSONValue], *, label: str | None = None) -> list[str]:
    """Problems with saving ``value`` for one question, given the other answers: the value itself, and
    the answers that use it as a bound (lowering design staff below the staff using tools already
    entered is refused with both named, rather than leaving the assessment invalid)."""
    if not questionnaire.has_question(question_id):
        return [f"问卷 {questionnaire.ref} 中没有题目 {question_id}"]
    if not is_answered(value):
        return []
    question = questionnaire.question(question_id)
    name = label if label is not None else f"题目 {question_id}“{question.text}”"
    # a table being filled in is saved row by row, before every cell is there
    problems = check_value(question, value, _answer_refs(questionnaire, answers), name, partial=True)
    if problems or not _is_finite_number(value):
        return problems
    updated = {**answers, question_id: value}
    for other in questionnaire.questions():
        other_value = answers.get(other.id)
        if other.id == question_id or not _is_finite_number(other_value):
            continue
        if not is_visible(questionnaire, other, updated):
            continue
        if other.max_ref == question_id and other_value > value:
            problems.append(f"{name}：不能小于已填写的“{other.text}”（{_fmt(other_value)}{other.unit}）；"
                            "如需减少，请先修改那道题")
        if other.min_ref == question_id and other_value < value:
            problems.append(f"{name}：不能大于已填写的“{other.text}”（{_fmt(other_value)}{other.unit}）；"
                            "如需增加，请先修改那道题")
    return problems


def validate_answers(questionnaire: Questionnaire, answers: Mapping[str, JSONValue], *, partial: bool = False
                     ) -> list[AnswerProblem]:
    """Every problem with a set of answers (unknown ids, wrong types, out of range).

    Missing answers are not problems here (a draft may be incomplete): see :func:`missing_required`.
    ``partial`` also accepts tables still being filled in (empty cells, too few rows).
    """
    problems: list[AnswerProblem] = []
    refs = _answer_refs(questionnaire, answers)
    for question_id, value in answers.items():
        if not questionnaire.has_question(question_id):
            message = f"问卷 {questionnaire.ref} 中没有题目 {question_id}（拼写错误？）"
            problems.append(AnswerProblem(question_id, message))
            continue
        if not is_answered(value):
            continue
        question = questionnaire.question(question_id)
        label = f"题目 {question_id}“{question.text}”"
        if question.type == "table":
            problems.extend(check_table(question, value, label, partial=partial))
            continue
        # A hidden question keeps its answer but is not scored, so bounds from other answers do not
        # apply to it (design staff corrected to 0 must not block the whole assessment).
        visible = is_visible(questionnaire, question, answers)
        problems.extend(AnswerProblem(question_id, m)
                        for m in check_value(question, value, refs if visible else None, label))
    return problems


def visible_answers(questionnaire: Questionnaire, answers: Mapping[str, JSONValue]) -> dict[str, JSONValue]:
    """The answered questions that are visible, hiding follow-ups of hidden questions too."""
    current = {k: v for k, v in answers.items() if is_answered(v)}
    for _ in range(len(current) + 1):  # a fixpoint is reached in at most that many rounds
        kept = {
            qid: value for qid, value in current.items()
            if questionnaire.has_question(qid) and is_visible(questionnaire, questionnaire.question(qid), current)
        }
        if kept == current:
            break
        current = kept
    return current


def visible_questions(questionnaire: Questionnaire, module: Module, answers: Mapping[str, JSONValue]) -> list[Question]:
    return [q for q in module.questions if is_visible(questionnaire, q, answers)]


def is_complete(question: Question, value: object) -> bool:
    """Answered, and for a table: enough rows, each with every required cell."""
    if not is_answered(value):
        return False
    if question.type != "table":
        return True
    if not isinstance(value, list) or len(value) < max(question.min_rows, 1):
        return False
    required = [c.id for c in question.columns if c.required]
    return all(isinstance(row, Mapping) and all(is_answered(row.get(c)) for c in required) for row in value)


def missing_required(questionnaire: Questionnaire, answers: Mapping[str, JSONValue],
                     module: Module | None = None) -> list[Question]:
    """Visible required questions without a complete answer (in questionnaire order)."""
    modules = [module] if module else list(questionnaire.modules)
    missing = []
    for mod in modules:
        for question in visible_questions(questionnaire, mod, answers):
            if question.required and not is_complete(question, answers.get(question.id)):
                missing.append(question)
    return missing


def completion(questionnaire: Questionnaire, answers: Mapping[str, JSONValue], module: Module | None = None) -> float:
    """Share of visible required questions answered, in [0, 1] (1.0 when none are required)."""
    modules = [module] if module else list(questionnaire.modules)
    required = [q for m in modules for q in visible_questions(questionnaire, m, answers) if q.required]
    if not required:
        return 1.0
    answered = sum(1 for q in required if is_complete(q, answers.get(q.id)))
    return answered / len(required)
