"""Plain result objects of scoring, with a stable JSON form (``to_dict``).

The JSON form is what ``zgsz score --json`` prints and what a package carries as the enterprise's
own scores; the district re-scores and compares it, so field names are part of the contract
(documented in ``docs/answers-format.md``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal

from ..jsontypes import JSONValue
from ..messages import say
from ..policy.edition import PolicyEdition
from ..questionnaire.consistency import Finding
from .formulas import Fact

COMPLETE = "complete"
INCOMPLETE = "incomplete"
NOT_APPLICABLE = "not_applicable"
STATUS_LABELS = {COMPLETE: say("已完成"), INCOMPLETE: say("未完成"), NOT_APPLICABLE: say("不适用")}


def fmt_number(value: Decimal | float | int) -> str:
    """Shortest plain rendering: 28.9, 11.25, 20 (never 2E+1 or 28.90)."""
    text = f"{Decimal(str(value)).normalize():f}"
    return text


def fmt_points(value: Decimal | float | int, thresholds: tuple[float, ...] = (20, 40, 60, 80)) -> str:
    """Points as officials write them: one decimal (60.15 → 60.2), with a second decimal only where one
    would cross a level threshold the score did not reach (59.96 stays 59.96, never "60.0")."""
    number = Decimal(str(value))
    shown = number.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if any((number < Decimal(str(t))) != (shown < Decimal(str(t))) for t in thresholds):
        return f"{number.quantize(Decimal('0.01'), rounding=ROUND_DOWN)}"
    return f"{shown}"


def joined(items: list[str] | tuple[str, ...], separator: str) -> str:
    """``separator.join(items)`` (the same text) as messages the interface can translate item by item: each
    separator is a message of its own, ``{first}、{rest}``, nested to the right. ``separator`` is 、 ； or ，."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    first, rest = items[0], joined(items[1:], separator)
    if separator == "、":
        return say("{first}、{rest}", first=first, rest=rest)
    if separator == "；":
        return say("{first}；{rest}", first=first, rest=rest)
    if separator == "，":
        return say("{first}，{rest}", first=first, rest=rest)
    raise ValueError(f"no message for the separator {separator!r}")


_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})
# field names per class (None: not a dataclass): asking ``dataclasses.fields`` again for each of the ~700
# objects of a district re-scoring was a fifth of the import's scoring time
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def plain(value: object) -> JSONValue:
    """Convert dataclasses/Decimals/tuples to JSON-ready types."""
    kind = type(value)
    if kind in _JSON_SCALARS:
        return value
    try:
        names = _FIELD_NAMES[kind]
    except KeyError:
        names = tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None
        _FIELD_NAMES[kind] = names
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


@dataclass(frozen=True)
class ModuleResult:
    module_id: str
    title: str
    kind: str
    status: str
    reason: str = ""  # why incomplete / not applicable, in Chinese
    missing: tuple[str, ...] = ()  # ids of required questions still unanswered

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def to_dict(self) -> dict[str, JSONValue]:
        data: dict[str, JSONValue] = plain(self)  # a dataclass: a dict of its fields
        data["status_label"] = self.status_label
        return data


@dataclass(frozen=True)
class BenchmarkResult(ModuleResult):
    benchmark: str = ""
    name: str = ""
    figure: float | None = None  # fraction in [0, 1]; None unless complete
    target: float = 0.0  # fraction
    target_label: str = ""  # e.g. 超过82%
    comparison: str = ">="
    met: bool | None = None
    gap_points: float | None = None  # percentage points short of the target (<= 0 when met)
    caliber: str = ""
    scope: str = ""  # whom the plan's target is set for (重点企业)
    note: str = ""  # how the comparison is read, when it needs saying (接近92%)
    details: dict[str, JSONValue] = field(default_factory=dict)
    # From the policy edition of the period (policy/edition.py): what the target is and how sure we are.
    basis: str = ""
    source: str = ""
    confidence: str = ""
    reference_only: bool = False  # compared with a reference figure, not a target set for this period

    @property
    def verdict(self) -> str:
        if self.met is None:
            return self.status_label
        if self.reference_only:
            return say("达到参照值") if self.met else say("低于参照值")
        return say("达标") if self.met else say("未达标")

    @property
    def figure_text(self) -> str:
        """The figure as a percentage, with enough decimals never to contradict the verdict
        (64.96 % is not shown as "65.0%, 未达标")."""
        if self.figure is None:
            return "—"
        percent = Decimal(str(self.figure)) * 100
        target = Decimal(str(self.target)) * 100
        for places in (1, 2, 3, 4):
            shown = percent.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
            looks_met = shown > target if self.comparison == ">" else shown >= target
            if looks_met == bool(self.met):
                return f"{shown}%"
        # still ambiguous at 4 places: round away from the target
        return f"{percent.quantize(Decimal('0.0001'), rounding=ROUND_UP if self.met else ROUND_DOWN)}%"

    @property
    def gap_text(self) -> str:
        """How far below the target, in percentage points ("" when met)."""
        if self.met is not False or self.gap_points is None:
            return ""
        if self.gap_points < 0.1:
            return say("不足0.1个百分点") if self.gap_points > 0 else say("需超过对照值")
        return say("{points}个百分点", points=f"{self.gap_points:.1f}")

    def to_dict(self) -> dict[str, JSONValue]:
        data = super().to_dict()
        data["verdict"] = self.verdict
        data["figure_percent"] = None if self.figure is None else round(self.figure * 100, 4)
        data["figure_text"] = self.figure_text
        data["gap_text"] = self.gap_text
        data["target_percent"] = round(self.target * 100, 2)
        return data


@dataclass(frozen=True)
class Reason:
    level: str
    text: str
    met: bool


@dataclass(frozen=True)
class StarResult(ModuleResult):
    estimate: str | None = None  # e.g. 四星; None when below the lowest level or incomplete
    rank: int = 0  # 0 = below the lowest level
    awarded: str | None = None  # the level already awarded (official list), as answered
    awarded_rank: int = 0
    reasons: tuple[Reason, ...] = ()
    next_level: str | None = None
    next_level_missing: tuple[str, ...] = ()
    caveat: str = ""


@dataclass(frozen=True)
class ItemPoints:
    question_id: str
    item: str
    group: str
    points: Decimal
    max_points: Decimal


@dataclass(frozen=True)
class GroupPoints:
    name: str
    points: Decimal
    max_points: Decimal


@dataclass(frozen=True)
class PointsResult(ModuleResult):
    points: Decimal | None = None
    max_points: Decimal = Decimal(0)
    groups: tuple[GroupPoints, ...] = ()
    items: tuple[ItemPoints, ...] = ()


@dataclass(frozen=True)
class SceneLevel:
    question_id: str
    name: str
    group: str
    binding: bool
    level: int | None


@dataclass(frozen=True)
class ScenesResult(ModuleResult):
    scenes: tuple[SceneLevel, ...] = ()

    def count_at_least(self, level: int, binding_only: bool = False) -> int:
        return sum(
            1 for s in self.scenes
            if s.level is not None and s.level >= level and (s.binding or not binding_only)
        )


@dataclass(frozen=True)
class SummaryResult(ModuleResult):
    facts: tuple[Fact, ...] = ()
    details: dict[str, JSONValue] = field(default_factory=dict)


@dataclass(frozen=True)
class LevelCheck:
    level: str
    points_ok: bool
    scenes_ok: bool
    binding_ok: bool
    text: str


@dataclass(frozen=True)
class OverallLevel:
    status: str
    level: str | None  # e.g. 二级; None when incomplete
    total_points: Decimal | None
    max_points: Decimal | None
    checks: tuple[LevelCheck, ...] = ()
    caveat: str = ""
    verified: bool = False  # the rule is a third-party reading (standards-notes §2.3)


@dataclass(frozen=True)
class Reference:
    kind: str  # "task" (重点任务) | "measure" (保障措施/支持政策)
    code: str
    label: str
    section: str


@dataclass(frozen=True)
class Recommendation:
    id: str
    title: str
    advice: str
    priority: int
    references: tuple[Reference, ...] = ()


def edition_dict(edition: PolicyEdition, period: str = "") -> dict[str, JSONValue]:
    """How scores name the policy edition they were compared with (docs/answers-format.md)."""
    year = None
    if period:
        from ..periods import period_key

        year = period_key(period)[0]
    return {"id": edition.id, "version": edition.edition_version, "title": edition.title, "label": edition.label,
            "years": [edition.first_year, edition.last_year], "confidence": edition.confidence,
            "digest": edition.digest, "fit_note": edition.fit_note(year) if year is not None else ""}


@dataclass(frozen=True)
class ScoreReport:
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_hash: str
    questionnaire_title: str
    modules: tuple[ModuleResult, ...]
    completion: float
    overall: OverallLevel | None = None
    recommendations: tuple[Recommendation, ...] = ()
    warnings: tuple[str, ...] = ()
    checks: tuple[Finding, ...] = ()  # consistency findings of the questionnaire's own rules
    edition: PolicyEdition | None = None  # the policy edition the figures were compared with
    period: str = ""

    @property
    def complete(self) -> bool:
        return all(m.status != INCOMPLETE for m in self.modules)

    def module(self, module_id: str) -> ModuleResult:
        for module in self.modules:
            if module.module_id == module_id:
                return module
        raise KeyError(module_id)

    def benchmarks(self) -> list[BenchmarkResult]:
        return [m for m in self.modules if isinstance(m, BenchmarkResult)]

    def to_dict(self) -> dict[str, JSONValue]:
        return {
            "format": "zgsz-scores/1",
            "questionnaire": {
                "id": self.questionnaire_id,
                "version": self.questionnaire_version,
                "hash": self.questionnaire_hash,
                "title": self.questionnaire_title,
            },
            "complete": self.complete,
            "completion": round(self.completion, 4),
            "modules": [m.to_dict() for m in self.modules],
            "overall": plain(self.overall) if self.overall else None,
            "recommendations": plain(list(self.recommendations)),
            "warnings": list(self.warnings),
            "checks": [finding.to_dict() for finding in self.checks],
            **({"edition": edition_dict(self.edition, self.period)} if self.edition is not None else {}),
        }
