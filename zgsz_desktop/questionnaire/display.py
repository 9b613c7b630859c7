"""How an answer reads to a person (report appendix, summaries, comparisons)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from ..jsontypes import JSONValue
from .model import Question


def plain_number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{Decimal(str(value)).normalize():f}" if isinstance(value, float) else str(value)


def display_value(question: Question, value: JSONValue, empty: str = "未填写", *, unit: bool = True) -> str:
    """The answer as text: option texts, numbers with units (unless ``unit`` is False, e.g. under a
    column header that names the unit), 是/否, a table as "n 项"."""
    if value is None or value == "" or value == []:
        return empty
    if question.type == "single":
        option = question.option(value)
        return option.text if option else str(value)
    if question.type == "multiple":
        texts = [o.text for o in question.options if o.key in value]
        return "、".join(texts) if texts else empty
    if question.type == "yesno":
        return "是" if value else "否"
    if question.type == "percent":
        return f"{plain_number(value)}%"
    if question.type == "number":
        return f"{plain_number(value)}{question.unit if unit else ''}"
    if question.type == "table":
        return f"{len(value)} 项"
    return str(value)


def display_row(question: Question, row: Mapping[str, JSONValue]) -> list[str]:
    """One table row as texts, in column order (units are in the column headers)."""
    return [display_value(column, row.get(column.id), empty="—", unit=False) for column in question.columns]
