"""Typed, read-only view of a loaded questionnaire definition.

Objects are built by :mod:`zgsz_desktop.questionnaire.loader` after the definition passed its checks;
nothing here validates. See ``docs/questionnaire-format.md`` for the meaning of each field.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Literal

from ..jsontypes import JSONValue

QuestionType = Literal["single", "multiple", "number", "percent", "yesno", "text", "table"]
QUESTION_TYPES: tuple[str, ...] = ("single", "multiple", "number", "percent", "yesno", "text", "table")

TYPE_LABELS: Mapping[str, str] = {
    "single": "单选",
    "multiple": "多选",
    "number": "数值",
    "percent": "百分比",
    "yesno": "是/否",
    "text": "文本",
    "table": "表格",
}


@dataclass(frozen=True)
class Option:
    key: str
    text: str
    help: str = ""
    points: Decimal | None = None
    level: int | None = None
    exclusive: bool = False
    not_applicable: bool = False
    band: tuple[float, float] | None = None


@dataclass(frozen=True)
class Question:
    """A question, or a column of a table question (columns have no ``show_if`` or ``columns``)."""

    id: str
    type: str
    text: str
    help: str
    required: bool = True
    show_if: Mapping[str, JSONValue] | None = None
    options: tuple[Option, ...] = ()
    unit: str = ""
    min: Decimal | None = None
    max: Decimal | None = None
    min_ref: str | None = None
    max_ref: str | None = None
    integer: bool = False
    max_length: int | None = None
    multiline: bool = False
    placeholder: str = ""
    min_rows: int = 0
    max_rows: int | None = None
    row_label: str = ""
    columns: tuple[Question, ...] = ()
    points: Decimal | None = None
    group: str = ""
    item: str = ""
    scene_group: str = ""
    scene_binding: bool = False
    band_check: Mapping[str, str] | None = None

    def option(self, key: str) -> Option | None:
        for option in self.options:
            if option.key == key:
                return option
        return None

    def column(self, column_id: str) -> Question | None:
        for column in self.columns:
            if column.id == column_id:
                return column
        return None

    @property
    def is_scene(self) -> bool:
        return bool(self.scene_group)


@dataclass(frozen=True)
class Group:
    name: str
    points: Decimal


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    description: str
    questions: tuple[Question, ...]
    scoring: Mapping[str, JSONValue]
    points: Decimal | None = None
    groups: tuple[Group, ...] = ()

    @property
    def kind(self) -> str:
        return str(self.scoring["kind"])


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: str
    title: str
    short_title: str
    description: str
    source: str
    modules: tuple[Module, ...]
    content_hash: str  # sha256 hex of the canonical JSON of the definition
    path: Path | None = None
    points: Decimal | None = None
    overall: Mapping[str, JSONValue] | None = None
    consistency: tuple[Mapping[str, JSONValue], ...] = ()  # rules over the answers (questionnaire/consistency.py)
    source_text: str = field(default="", repr=False, compare=False)  # the YAML it was parsed from
    _index: Mapping[str, tuple[Module, Question]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12]

    @property
    def ref(self) -> str:
        """``id@version`` — how packages and logs name this definition."""
        return f"{self.id}@{self.version}"

    def questions(self) -> Iterator[Question]:
        for module in self.modules:
            yield from module.questions

    def question(self, question_id: str) -> Question:
        return self._index[question_id][1]

    def module_of(self, question_id: str) -> Module:
        return self._index[question_id][0]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._index

    def module(self, module_id: str) -> Module:
        for module in self.modules:
            if module.id == module_id:
                return module
        raise KeyError(module_id)
