"""Consistency rules: answers that contradict each other, kept as data in the questionnaire definitions.

A definition's ``consistency`` list holds rules of four kinds (``docs/questionnaire-format.md``):

``contradiction``  ``when`` (a condition, see :mod:`.conditions`) holds → a finding
                   (e.g. 15 tool users while "未使用任何数字化设计工具" is ticked);
``band``           a single-choice ``question`` whose options carry rate bands, and ``numerator`` /
                   ``denominator``: the rate they give falls in another band than the one chosen;
``trend``          a single-choice ``question`` of 增加 / 持平 / 降低 (``options: {up, flat, down}``) and
                   ``current`` / ``previous`` figures: the figures move the other way (changes within
                   ``tolerance``, relative, count as 持平);
``compare``        ``left`` ``op`` ``right`` must hold (e.g. key-process equipment ≤ all equipment).

Figures are a question reference, ``{sum: <table>, column: <column>}`` or ``{ratio: [a, b]}``. A reference
is a question id of the same definition, or ``<questionnaire id>:<question id>`` for a question of another
questionnaire of the same submission (报送); a rule whose other questionnaire is not in the submission is
not evaluated. Only answers that are shown (their ``show_if`` holds) take part, and a rule whose figures
are not all given says nothing: the optional supporting figures never create work for the user.

``severity: error`` is a contradiction the user must resolve before the submission is complete (change
either answer, or clear the optional figure); ``warning`` asks the user to check (请核对) and does not
block. Findings are plain data: the questionnaire page shows them beside the question, the check page
and the PDF list them, ``zgsz score --json`` returns them.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeGuard

from ..jsontypes import JSONValue
from ..messages import say
from . import conditions
from .model import Option, Question, Questionnaire

ERROR, WARNING = "error", "warning"
SEVERITY_LABELS = {ERROR: say("矛盾"), WARNING: say("请核对")}
KINDS = ("contradiction", "band", "trend", "compare")
OPS: dict[str, tuple[str, Callable[[float, float], bool]]] = {
    "lte": ("≤", operator.le), "lt": ("<", operator.lt), "gte": ("≥", operator.ge), "gt": (">", operator.gt)}
_PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_.:\-]+)\}")
_CJK = re.compile("[\u3400-\u9fff]")


@dataclass(frozen=True)
class QuestionRef:
    questionnaire_id: str
    question_id: str

    def to_dict(self) -> dict[str, str]:
        return {"questionnaire": self.questionnaire_id, "question": self.question_id}


@dataclass(frozen=True)
class Finding:
    """One rule that fires: where it belongs, how serious, and what to tell the user."""

    rule_id: str
    questionnaire_id: str  # the definition holding the rule
    severity: str
    message: str
    questions: tuple[QuestionRef, ...]  # the first is where the finding is shown
    # What ``message`` was made of: the rule's message as written in the definition (placeholders unfilled) and
    # the (placeholder, text) it was filled with, so that an interface in another language can fill in the
    # template's translation the same way (:meth:`render`). Not part of a finding's identity.
    template: str = field(default="", compare=False)
    values: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @property
    def blocking(self) -> bool:
        return self.severity == ERROR

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS[self.severity]

    def render(self, template: str, values: Mapping[str, str] | None = None) -> str:
        """``template`` (e.g. a translation of :attr:`template`) filled in as :attr:`message` was, with
        ``values`` in place of :attr:`values` where given. Only a Chinese template has the spaces of YAML's line
        folding removed (:func:`tidy` would join the words of another language's accented letters)."""
        values = {**dict(self.values), **(values or {})}
        if _CJK.search(template):
            return _render(template, values)
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template.strip())

    def involves(self, questionnaire_id: str, question_id: str) -> bool:
        return QuestionRef(questionnaire_id, question_id) in self.questions

    def to_dict(self) -> dict[str, JSONValue]:
        return {"rule": self.rule_id, "questionnaire": self.questionnaire_id, "severity": self.severity,
                "severity_label": self.severity_label, "message": self.message,
                "questions": [q.to_dict() for q in self.questions]}


# --------------------------------------------------------------------------- references


def split_ref(ref: str, own: str) -> QuestionRef:
    """``q.id`` → (own, q.id); ``other-questionnaire:q.id`` → (other, q.id)."""
    if ":" in ref:
        questionnaire_id, question_id = ref.split(":", 1)
        return QuestionRef(questionnaire_id, question_id)
    return QuestionRef(own, ref)


def figure_refs(expression: JSONValue) -> Iterator[str]:
    if isinstance(expression, str):
        yield expression
    elif isinstance(expression, Mapping):
        if "sum" in expression:
            yield str(expression["sum"])
        for part in expression.get("ratio", ()):
            yield from figure_refs(part)


def rule_refs(rule: Mapping[str, JSONValue]) -> list[str]:
    """Every question reference a rule reads or names."""
    refs: list[str] = list(rule.get("questions", ()))
    if "when" in rule:
        refs += conditions.referenced_questions(rule["when"])
    if "question" in rule:
        refs.append(str(rule["question"]))
    for key in ("numerator", "denominator", "current", "previous", "left", "right"):
        if key in rule:
            refs += figure_refs(rule[key])
    return list(dict.fromkeys(refs))


def other_questionnaires(rule: Mapping[str, JSONValue], own: str) -> set[str]:
    return {ref.questionnaire_id for ref in (split_ref(r, own) for r in rule_refs(rule))} - {own}


# --------------------------------------------------------------------------- evaluation


class _Context:
    """The shown answers of every questionnaire of the submission, looked up by reference."""

    def __init__(self, parts: Mapping[str, tuple[Questionnaire, Mapping[str, JSONValue]]]):
        from .answers import visible_answers

        self.parts = parts
        self.shown = {qid: visible_answers(q, answers) for qid, (q, answers) in parts.items()}

    def question(self, ref: QuestionRef) -> Question | None:
        part = self.parts.get(ref.questionnaire_id)
        if part is None or not part[0].has_question(ref.question_id):
            return None
        return part[0].question(ref.question_id)

    def value(self, ref: QuestionRef) -> JSONValue:
        return self.shown.get(ref.questionnaire_id, {}).get(ref.question_id)

    def flat(self, own: str) -> dict[str, JSONValue]:
        """Answers keyed for the condition language: own questions bare, others qualified."""
        flat = {f"{qid}:{question}": value
                for qid, answers in self.shown.items() for question, value in answers.items()}
        flat.update(self.shown.get(own, {}))
        return flat

    def figure(self, expression: JSONValue, own: str) -> float | None:
        """The number an expression stands for; None when any figure it needs is not given."""
        if isinstance(expression, str):
            value = self.value(split_ref(expression, own))
            return float(value) if _is_number(value) else None
        if "ratio" in expression:
            top, bottom = (self.figure(part, own) for part in expression["ratio"])
            if top is None or bottom is None or bottom <= 0:
                return None
            return top / bottom
        rows = self.value(split_ref(str(expression["sum"]), own))
        if not isinstance(rows, list) or not rows:
            return None
        cells = [row.get(expression["column"]) for row in rows if isinstance(row, Mapping)]
        numbers = [cell for cell in cells if _is_number(cell)]
        if not cells or len(numbers) != len(cells):
            return None  # a row still being filled in: nothing to compare yet
        return float(sum(numbers))


def _is_number(value: object) -> TypeGuard[int | float]:
    """A number the rules can compute with (a value beyond any real count is left to the answer checks)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) <= 1e15


def _number(value: float) -> str:
    return f"{Decimal(str(round(value, 2))).normalize():f}"


def _render(template: str, values: Mapping[str, str]) -> str:
    from ..text import tidy

    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), tidy(template))


def _answer_texts(context: _Context, rule: Mapping[str, JSONValue], own: str) -> dict[str, str]:
    from .display import display_value

    texts = {}
    for ref in rule_refs(rule):
        question = context.question(split_ref(ref, own))
        value = context.value(split_ref(ref, own))
        if question is not None and value is not None:
            texts[ref] = display_value(question, value)
    return texts


def _fitting_band(question: Question, rate: float) -> Option | None:
    bands = [(o, o.band) for o in question.options if o.band is not None]
    for index, (option, (low, high)) in enumerate(bands):
        if (low <= rate if index == 0 else low < rate) and rate <= high:
            return option
    return None


def _holds(condition: Mapping[str, JSONValue], own: str, context: _Context) -> bool:
    from .answers import exclusive_lookup

    lookups = {qid: exclusive_lookup(q) for qid, (q, _) in context.parts.items()}

    def is_exclusive(ref: str, key: str) -> bool:
        target = split_ref(ref, own)
        lookup = lookups.get(target.questionnaire_id)
        return bool(lookup and lookup(target.question_id, key))

    return conditions.evaluate(condition, context.flat(own), is_exclusive)


def _evaluate(rule: Mapping[str, JSONValue], own: str, context: _Context) -> tuple[bool, dict[str, str]] | None:
    """(fires, placeholder values), or None when the rule cannot be judged (figures missing)."""
    kind = rule["kind"]
    values: dict[str, str] = {}
    if kind != "contradiction" and "when" in rule and not _holds(rule["when"], own, context):
        return None  # the rule applies only when its condition holds
    if kind == "contradiction":
        return _holds(rule["when"], own, context), values
    if kind == "compare":
        left, right = context.figure(rule["left"], own), context.figure(rule["right"], own)
        if left is None or right is None:
            return None
        symbol, holds = OPS[rule["op"]]
        values.update(left=_number(left), right=_number(right), op=symbol)
        return not holds(left, right), values
    question_ref = split_ref(str(rule["question"]), own)
    question, chosen_key = context.question(question_ref), context.value(question_ref)
    if question is None or chosen_key is None:
        return None
    chosen = question.option(chosen_key)
    if chosen is None:
        return None
    values["chosen"] = chosen.text
    if kind == "band":
        top, bottom = context.figure(rule["numerator"], own), context.figure(rule["denominator"], own)
        if top is None or bottom is None or bottom <= 0:
            return None
        rate = top / bottom * 100
        fitting = _fitting_band(question, rate)
        if fitting is None:
            return None  # over 100 %: the bounds on the counts report that
        values.update(rate=f"{rate:.1f}%", expected=fitting.text)
        return fitting.key != chosen.key, values
    # trend
    current, previous = context.figure(rule["current"], own), context.figure(rule["previous"], own)
    if current is None or previous is None or previous <= 0:
        return None
    change = current / previous - 1
    tolerance = float(rule.get("tolerance", 0))
    direction = "flat" if abs(change) <= tolerance else "up" if change > 0 else "down"
    keys = rule["options"]
    expected = question.option(keys[direction])
    values.update(change=f"{change * 100:+.1f}%", expected=expected.text if expected else direction)
    chosen_direction = next((d for d, k in keys.items() if k == chosen.key), None)
    if chosen_direction is None:
        return None
    if "flat" in (direction, chosen_direction):
        values["direction_flat"] = "yes"
    return chosen_direction != direction, values


def evaluate_rules(parts: Mapping[str, tuple[Questionnaire, Mapping[str, JSONValue]]], *,
                   owners: Iterable[str] | None = None, cross: bool | None = None) -> list[Finding]:
    """The findings of the rules held by ``owners`` (default: every questionnaire in ``parts``).

    ``cross`` selects rules that read other questionnaires (True), only their own (False), or all (None).
    """
    context = _Context(parts)
    findings: list[Finding] = []
    for owner in owners if owners is not None else parts:
        questionnaire = parts[owner][0]
        for rule in questionnaire.consistency:
            others = other_questionnaires(rule, owner)
            if cross is not None and bool(others) != cross:
                continue
            if any(other not in parts for other in others):
                continue  # the other questionnaire is not part of this submission
            outcome = _evaluate(rule, owner, context)
            if outcome is None or not outcome[0]:
                continue
            values = {**_answer_texts(context, rule, owner), **outcome[1]}
            severity = str(rule["severity"])
            if rule["kind"] == "trend" and outcome[1].get("direction_flat") == "yes":
                severity = WARNING  # only the opposite direction is a contradiction; 持平 is worth a check
            refs = tuple(split_ref(r, owner) for r in rule.get("questions") or rule_refs(rule))
            template = str(rule["message"])
            findings.append(Finding(str(rule["id"]), owner, severity, _render(template, values), refs,
                                    template, tuple(values.items())))
    return findings


def local_findings(questionnaire: Questionnaire, answers: Mapping[str, JSONValue]) -> list[Finding]:
    """The findings of a questionnaire's own rules (those that read no other questionnaire)."""
    return evaluate_rules({questionnaire.id: (questionnaire, answers)}, cross=False)


def submission_findings(parts: Sequence[tuple[Questionnaire, Mapping[str, JSONValue]]], *,
                        cross_only: bool = False) -> list[Finding]:
    """Every finding of a submission's questionnaires together (own rules and rules across them)."""
    return evaluate_rules({q.id: (q, answers) for q, answers in parts}, cross=True if cross_only else None)


def findings_for(findings: Iterable[Finding], questionnaire_id: str, question_id: str) -> list[Finding]:
    return [f for f in findings if f.involves(questionnaire_id, question_id)]


# --------------------------------------------------------------------------- checking rules (loader)


def implicit_band_rules(questions: Iterable[Question]) -> tuple[dict[str, JSONValue], ...]:
    """Definitions written before rules existed (``band_check`` on the question) keep their check."""
    return tuple({"id": f"band.{q.id}", "kind": "band", "severity": WARNING, "question": q.id,
                  "numerator": q.band_check["numerator"], "denominator": q.band_check["denominator"],
                  "questions": [q.id, q.band_check["numerator"]],
                  "message": f"“{q.text}”选择了 {{chosen}}，但按填写的数量计算为 {{rate}}，应为 {{expected}}，请核对。"}
                 for q in questions if q.band_check)


_REQUIRED = {"contradiction": ("when",), "band": ("question", "numerator", "denominator"),
             "trend": ("question", "options", "current", "previous"), "compare": ("left", "op", "right")}


def rule_problems(rule: Mapping[str, JSONValue], own: str, lookup: conditions.QuestionLookup,
                  columns: Callable[[str], Mapping[str, str]]) -> list[tuple[str, str]]:
    """(field, message) for every problem of one rule, for the loader. ``lookup(question id)`` gives
    (type, option keys) or None; ``columns(question id)`` a table's column id → type. References to
    other questionnaires are checked when a submission brings the definitions together
    (:func:`unresolved_references`)."""
    kind = rule.get("kind")
    found: list[tuple[str, str]] = []
    for key in _REQUIRED.get(str(kind), ()):
        if key not in rule:
            found.append((key, f"{kind} 规则须有 {key}"))
    if found:
        return found

    def local(ref: str) -> tuple[str, frozenset[str]] | None:
        return None if ":" in ref else lookup(ref)

    for ref in rule_refs(rule):
        if ":" not in ref and lookup(ref) is None:
            found.append(("questions", f"规则引用的题目 {ref!r} 不存在"))
    if found:
        return found

    def check_figure(key: str, expression: JSONValue) -> None:
        if isinstance(expression, str):
            info = local(expression)
            if info is not None and info[0] not in ("number", "percent"):
                found.append((key, f"{expression} 不是数值题，不能用作数字"))
        elif "sum" in expression:
            info = local(str(expression["sum"]))
            if info is not None:
                types = columns(str(expression["sum"])) or {}
                if info[0] != "table" or types.get(expression["column"]) not in ("number", "percent"):
                    found.append((key, f"{expression['sum']} 没有数值列 {expression['column']!r}"))
        else:
            for part in expression["ratio"]:
                check_figure(key, part)

    for key in ("numerator", "denominator", "current", "previous", "left", "right"):
        if key in rule:
            check_figure(key, rule[key])
    if "when" in rule:
        def permissive(ref: str) -> tuple[str, frozenset[str]] | None:
            return ("*", frozenset()) if ":" in ref else lookup(ref)

        found += [("when", message) for message in conditions.problems(rule["when"], permissive)]
    if kind in ("band", "trend"):
        info = local(str(rule["question"]))
        if info is not None and info[0] != "single":
            found.append(("question", f"{rule['question']} 不是单选题"))
        if kind == "trend" and info is not None:
            unknown = [k for k in rule["options"].values() if k not in info[1]]
            if unknown:
                found.append(("options", f"{rule['question']} 没有选项 {', '.join(unknown)}"))
    return found


def unresolved_references(questionnaires: Sequence[Questionnaire]) -> list[str]:
    """References to other questionnaires that the given set does not answer (a test runs this over the
    shipped definitions of a submission)."""
    by_id = {q.id: q for q in questionnaires}
    problems = []
    for questionnaire in questionnaires:
        for rule in questionnaire.consistency:
            for ref in rule_refs(rule):
                target = split_ref(ref, questionnaire.id)
                other = by_id.get(target.questionnaire_id)
                if other is None or not other.has_question(target.question_id):
                    problems.append(f"{questionnaire.ref} 规则 {rule['id']}：{ref} 无法解析")
    return problems
