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

from collections.abc import Callable, Iterator, Mapping
from typing import Any

LEAF_TESTS = ("equals", "in", "not_in", "includes", "gt", "gte", "lt", "lte", "answered", "min_selected",
              "min_rows")


def referenced_questions(condition: Mapping[str, Any]) -> Iterator[str]:
    """Every question id a condition reads (for the loader's reference check)."""
    if "question" in condition:
        yield str(condition["question"])
    for key in ("all", "any"):
        for sub in condition.get(key, ()):
            yield from referenced_questions(sub)
    if "not" in condition:
        yield from referenced_questions(condition["not"])


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def evaluate(
    condition: Mapping[str, Any],
    answers: Mapping[str, Any],
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
        ("gt", lambda a, b: a > b),
        ("gte", lambda a, b: a >= b),
        ("lt", lambda a, b: a < b),
        ("lte", lambda a, b: a <= b),
    ):
        if test in condition:
            return _is_number(value) and bool(compare(value, condition[test]))
    raise ValueError(f"condition has no test: {dict(condition)!r}")


def describe(condition: Mapping[str, Any]) -> str:
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
