"""The small condition language used by ``show_if``, star-estimate levels and recommendation rules.

A condition is a mapping. Leaf conditions name a ``question`` and one test:

=================  =======================================================================
``equals: v``      the answer equals ``v``
``in: [..]``       the answer (single choice) is one of the listed values
``not_in: [..]``   answered, and not one of the listed values
``includes: k``    a multiple-choice answer includes option ``k``
``gt/gte/lt/lte``  numeric comparison with the answer
``answered: b``    whether the question has an answer
``min_selected``   a multiple-choice answer has at least n options, exclusive ones (无) not counted
``min_rows``       a table answer has at least n rows
=================  =======================================================================

Composite conditions: ``all: [..]``, ``any: [..]``, ``not: {..}``. An unanswered question makes
every leaf test false except ``answered: false`` (so a hidden follow-up stays hidden until its
trigger is answered). ``text`` is a human description and has no effect.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Mapping
from typing import TypeGuard

from ..jsontypes import JSONValue

# What a condition needs to know about a question to check it: its type and its option keys
# (None when the question does not exist). The loader answers from the raw definition, tests from the model.
QuestionLookup = Callable[[str], "tuple[str, frozenset[str]] | None"]
COMPOSITES = ("all", "any", "not")

LEAF_TESTS = ("equals", "in", "not_in", "includes", "gt", "gte", "lt", "lte", "answered", "min_selected",
              "min_rows")


def referenced_questions(condition: Mapping[str, JSONValue]) -> Iterator[str]:
    """Every question id a condition reads (for the loader's reference check)."""
    if "question" in condition:
        yield str(condition["question"])
    for key in ("all", "any"):
        for sub in condition.get(key, ()):
            yield from referenced_questions(sub)
    if "not" in condition:
        yield from referenced_questions(condition["not"])


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def evaluate(
    condition: Mapping[str, JSONValue],
    answers: Mapping[str, JSONValue],
    is_exclusive: Callable[[str, str], bool] | None = None,
) -> bool:
    """Evaluate ``condition`` against ``answers`` (question id → value; missing = unanswered).

    ``is_exclusive(question_id, option_key)`` tells ``min_selected`` which options (such as 无) not
    to count.
    """
    if "all" in condition:
        return all(evaluate(sub, answers, is_exclusive) for sub in condition["all"])
    if "any" in condition:
        return any(evaluate(sub, answers, is_exclusive) for sub in condition["any"])
    if "not" in condition:
        return not evaluate(condition["not"], answers, is_exclusive)
    question_id = condition.get("question")
    if question_id is None:
        raise ValueError(f"condition without a question: {dict(condition)!r}")
    answered = question_id in answers and answers[question_id] is not None
    if "answered" in condition:
        return answered == bool(condition["answered"])
    if not answered:
        return False
    value = answers[question_id]
    if "equals" in condition:
        return bool(value == condition["equals"])
    if "in" in condition:
        return value in condition["in"]
    if "not_in" in condition:
        return value not in condition["not_in"]
    if "includes" in condition:
        return isinstance(value, list) and condition["includes"] in value
    if "min_selected" in condition:
        if not isinstance(value, list):
            return False
        counted = [key for key in value if not (is_exclusive and is_exclusive(question_id, key))]
        return len(counted) >= int(condition["min_selected"])
    if "min_rows" in condition:
        return isinstance(value, list) and len(value) >= int(condition["min_rows"])
    for test, compare in (
        ("gt", operator.gt),
        ("gte", operator.ge),
        ("lt", operator.lt),
        ("lte", operator.le),
    ):
        if test in condition:
            return _is_number(value) and bool(compare(value, condition[test]))
    raise ValueError(f"condition has no test: {dict(condition)!r}")


def describe(condition: Mapping[str, JSONValue]) -> str:
    """The condition's ``text`` if it has one, else a compact technical rendering."""
    if condition.get("text"):
        return str(condition["text"])
    if "all" in condition:
        return "且".join(describe(sub) for sub in condition["all"])
    if "any" in condition:
        return "或".join(describe(sub) for sub in condition["any"])
    if "not" in condition:
        return f"非（{describe(condition['not'])}）"
    tests = {k: v for k, v in condition.items() if k in LEAF_TESTS}
    return f"{condition.get('question')} {tests}"


def _is_plain_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def problems(condition: Mapping[str, JSONValue], lookup: QuestionLookup, own: str | None = None) -> list[str]:
    """Everything wrong with a condition: shape, unknown questions, tests that do not fit the question's
    type, and values that are not option keys (a typo such as ``equals: discret`` would otherwise
    silently hide a question for everybody)."""
    if not isinstance(condition, Mapping):
        return ["条件应为字段表"]
    found: list[str] = []
    composite = [key for key in COMPOSITES if key in condition]
    tests = [key for key in LEAF_TESTS if key in condition]
    if composite:
        if len(composite) > 1 or tests or "question" in condition:
            return [f"一个条件只能是 all / any / not 之一，或一个题目判断（当前：{', '.join(composite + tests)}）"]
        subs = condition["all"] if "all" in condition else condition["any"] if "any" in condition else [
            condition["not"]]
        for sub in subs:
            found.extend(problems(sub, lookup, own))
        return found
    question_id = condition.get("question")
    if not question_id:
        return ["条件缺少 question（题目编号），或 all / any / not"]
    if len(tests) != 1:
        listed = "、".join(tests) if tests else "无"
        return [f"条件（题目 {question_id}）须有且只有一个判断，如 equals / in / gte（当前：{listed}）"]
    if question_id == own:
        return ["题目的显示条件不能引用题目自身"]
    info = lookup(question_id)
    if info is None:
        return [f"条件引用的题目 {question_id!r} 不存在"]
    qtype, keys = info
    test = tests[0]
    if qtype == "*":  # a question of another questionnaire: checked when a submission brings them together
        return found
    value = condition[test]
    allowed = {
        "equals": ("single", "yesno", "number", "percent", "text"),
        "in": ("single", "number", "percent", "text"),
        "not_in": ("single", "number", "percent", "text"),
        "includes": ("multiple",),
        "min_selected": ("multiple",),
        "min_rows": ("table",),
        "gt": ("number", "percent"), "gte": ("number", "percent"),
        "lt": ("number", "percent"), "lte": ("number", "percent"),
        "answered": ("single", "multiple", "number", "percent", "yesno", "text", "table"),
    }[test]
    if qtype not in allowed:
        return [f"判断 {test} 不适用于{qtype}题 {question_id}"]
    values = value if test in ("in", "not_in") else [value]
    if test in ("equals", "in", "not_in", "includes"):
        if qtype in ("single", "multiple"):
            unknown = [v for v in values if v not in keys]
            if unknown:
                listed, valid = ", ".join(map(repr, unknown)), ", ".join(sorted(keys))
                found.append(f"题目 {question_id} 没有选项 {listed}（可选：{valid}）")
        elif qtype == "yesno" and not all(isinstance(v, bool) for v in values):
            found.append(f"是/否题 {question_id} 的判断值应为 true 或 false")
        elif qtype in ("number", "percent") and not all(_is_plain_number(v) for v in values):
            found.append(f"数值题 {question_id} 的判断值应为数字")
    if test in ("gt", "gte", "lt", "lte", "min_selected", "min_rows") and not _is_plain_number(value):
        found.append(f"判断 {test} 的值应为数字")
    return found
