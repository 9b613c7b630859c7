"""Peer groups (同行对标): which groups of enterprises a benchmark file may publish, the figures it may publish of
each, and where one enterprise stands in its group. Pure: records in, plain data out (no files, no clock).

The rules (``docs/benchmark.md`` gives their reasons):

* **Groups** are GB/T 4754 division × size (the profile's 规模). A group of fewer than :data:`MIN_GROUP`
  enterprises is not published; its enterprises count in the next group up — (division, 全部规模), then
  (制造业, size), then (制造业, 全部规模) — and, when that too is smaller than :data:`MIN_GROUP`, in none
  (suppressed). Every published group is the *whole* population of its cell, so groups nest.
* **Differencing**: a published group beside its published sub-groups must not leave 1–4 enterprises outside
  them (the difference would single those out); when it does, the smallest published sub-group is merged into
  it (no longer published), and the check runs again until no group breaks it.
* **Figures** that cannot single out one enterprise: per measure, the count n of enterprises with a value and
  quantiles by nearest rank whose ranks are clamped to 2..n−1, so the minimum and the maximum are never used —
  P25, P50, P75 (n ≥ 5) and P10, P90 (n ≥ 20). No mean, no minimum or maximum, no histogram. Rates are rounded
  to 0.1; the MIIT level and the cloud stars are published as levels. A measure with fewer than
  :data:`MIN_GROUP` values in a group is left out of that group.
* **Earlier releases of the same period**: a benchmark published again for a period must not be compared with an
  earlier one to single out the enterprises that came or went in between. A group that counts 1–4 enterprises more
  or fewer than the same group of an earlier release, or whose enterprises differ in 1–4 from those of any group an
  earlier release published, is not published (merged upward, as for differencing); a measure whose enterprises with
  a value differ so is left out of the group.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from ..jsontypes import JSONValue
from ..messages import Said, say
from .results import BenchmarkResult, ScoreReport, StarResult

MIN_GROUP = 5
WIDE_GROUP = 20  # from this many values on, P10 and P90 are published too
MANUFACTURING = "C"  # GB/T 4754 门类 C: every manufacturing division
MANUFACTURING_NAME = "制造业"
ALL_SIZES = "全部规模"
RATES = ("cnc_rate", "mgmt_rate", "rnd_rate")
ORDINALS = ("miit_level", "cloud_stars")
MEASURES = (*RATES, *ORDINALS)
MEASURE_NAMES: dict[str, Said] = {
    "cnc_rate": say("关键工序数控化率"), "mgmt_rate": say("经营管理数字化普及率"),
    "rnd_rate": say("数字化研发设计工具普及率"), "miit_level": say("中小企业数字化水平等级"),
    "cloud_stars": say("星级上云（估计）")}
MIIT_LEVELS = ("未达到一级", "一级", "二级", "三级", "四级")  # index = rank
STAR_LABELS = ("未达三星", "一星", "二星", "三星", "四星", "五星")  # index = stars
ORDINAL_LABELS = {"miit_level": MIIT_LEVELS, "cloud_stars": STAR_LABELS}
# The same levels, sizes and names as they are shown: each one a message, so that another interface language says
# it in its own words (``ui/i18n.said``). Equal to the data values above, which the file format keeps as they are.
LEVEL_WORDS = (say("未达到一级"), say("一级"), say("二级"), say("三级"), say("四级"))
STAR_WORDS = (say("未达三星"), say("一星"), say("二星"), say("三星"), say("四星"), say("五星"))
ORDINAL_WORDS = {"miit_level": LEVEL_WORDS, "cloud_stars": STAR_WORDS}
SIZE_WORDS = {"规上": say("规上"), "列规纳统小微": say("列规纳统小微"), "其他": say("其他"),
              ALL_SIZES: say("全部规模")}
MANUFACTURING_WORDS = say("制造业")


def quantiles_for(n: int) -> tuple[int, ...]:
    """The percentiles published for ``n`` values (none below :data:`MIN_GROUP`)."""
    if n < MIN_GROUP:
        return ()
    return (10, 25, 50, 75, 90) if n >= WIDE_GROUP else (25, 50, 75)


def nearest_rank(p: int, n: int) -> int:
    """The 1-based nearest rank of percentile ``p`` among ``n`` values, never the first or the last."""
    return min(max(math.ceil(p * n / 100), 2), n - 1)


def rules_json() -> dict[str, JSONValue]:
    """The rules as the file states them, so a reader can see what was applied."""
    return {"min_group_size": MIN_GROUP, "quantiles": {"from_5": [25, 50, 75], "from_20": [10, 25, 50, 75, 90]},
            "quantile_method": "nearest rank, ranks clamped to 2..n-1 (never the minimum or the maximum)",
            "rates_rounded_to": 0.1, "merge_order": ["division×size", "division×全部规模", "制造业×size",
                                                     "制造业×全部规模"],
            "differencing": "a published group differs from its published sub-groups by 0 or at least 5 enterprises",
            "earlier_releases": "a group or measure differing by 1-4 enterprises from one an earlier release of the "
                                "period published is not published"}


# --------------------------------------------------------------------------- input


@dataclass(frozen=True)
class Record:
    """One enterprise's figures (its current, complete submission of the period)."""

    industry: str  # GB/T 4754 division code "13".."43"
    size: str  # the profile's 规模
    cnc_rate: float | None = None  # percent
    mgmt_rate: float | None = None
    rnd_rate: float | None = None
    miit_level: str | None = None  # 一级..四级 (未达到一级 counts as the level below 一级)
    cloud_stars: int | None = None  # 0..5
    who: str = ""  # the enterprise (统一社会信用代码): compared with earlier releases only, never published

    def value(self, measure: str) -> float | None:
        """The measure as a number to sort by (ordinal measures as their rank); None when not reported."""
        if measure == "miit_level":
            return float(MIIT_LEVELS.index(self.miit_level)) if self.miit_level in MIIT_LEVELS else None
        raw = getattr(self, measure)
        if raw is None or isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
            return None
        if measure == "cloud_stars":
            return float(raw) if 0 <= raw < len(STAR_LABELS) else None
        return float(raw)


GroupKey = tuple[str, str]  # (industry: a division or MANUFACTURING, size or ALL_SIZES)


def _contains(parent: GroupKey, child: GroupKey) -> bool:
    """Whether every enterprise of ``child``'s cell is in ``parent``'s (a strict sub-group)."""
    return parent != child and parent[0] in (MANUFACTURING, child[0]) and parent[1] in (ALL_SIZES, child[1])


def _keys_of(record: Record) -> tuple[GroupKey, ...]:
    """The groups containing ``record``, the most specific first (the merge order)."""
    return ((record.industry, record.size), (record.industry, ALL_SIZES), (MANUFACTURING, record.size),
            (MANUFACTURING, ALL_SIZES))


def _level(key: GroupKey) -> int:
    return (key[0] == MANUFACTURING) * 2 + (key[1] == ALL_SIZES)


# --------------------------------------------------------------------------- output


@dataclass(frozen=True)
class MeasureStats:
    measure: str
    n: int
    quantiles: tuple[tuple[int, float], ...]  # (percentile, value): rates in percent, ordinals as their rank

    def at(self, p: int) -> float | None:
        return next((v for q, v in self.quantiles if q == p), None)

    @property
    def median(self) -> float:
        value = self.at(50)
        assert value is not None  # every published measure has P50
        return value

    def to_json(self) -> dict[str, JSONValue]:
        labels = ORDINAL_LABELS.get(self.measure)
        return {"n": self.n, "quantiles": {f"p{q}": labels[int(v)] if labels else v for q, v in self.quantiles}}


@dataclass(frozen=True)
class PeerGroup:
    industry: str  # a division code or MANUFACTURING
    industry_name: str
    size: str  # a 规模 or ALL_SIZES
    n: int
    measures: dict[str, MeasureStats] = field(default_factory=dict)

    @property
    def key(self) -> GroupKey:
        return self.industry, self.size

    @property
    def label(self) -> Said:
        size = SIZE_WORDS.get(self.size, self.size)  # a size this version does not know is shown as written
        if self.industry == MANUFACTURING:
            return say("{industry}（{size}）", industry=MANUFACTURING_WORDS, size=size)
        # the industry's name is data: the interface looks it up among the GB/T 4754 names it translates
        return say("{code} {industry}（{size}）", code=self.industry, industry=self.industry_name, size=size)

    def to_json(self) -> dict[str, JSONValue]:
        return {"industry": self.industry, "industry_name": self.industry_name, "size": self.size, "n": self.n,
                "measures": {m: stats.to_json() for m, stats in self.measures.items()}}


@dataclass(frozen=True)
class Counted:
    """Who a release counted, and in which cell: what the district keeps of a release to compare the next one
    with (never published)."""

    who: str
    industry: str
    size: str
    measures: frozenset[str]  # the measures it had a value for

    def to_json(self) -> list[JSONValue]:
        return [self.who, self.industry, self.size, sorted(self.measures)]

    @classmethod
    def from_json(cls, raw: JSONValue) -> Counted:
        if not (isinstance(raw, list) and len(raw) == 4 and all(isinstance(x, str) for x in raw[:3])
                and isinstance(raw[3], list)):
            raise BenchmarkContentError("counted")
        return cls(str(raw[0]), str(raw[1]), str(raw[2]), frozenset(str(m) for m in raw[3] if m in MEASURES))


@dataclass(frozen=True)
class EarlierRelease:
    """A benchmark of the same period published before: its groups (as published) and whom it counted."""

    issued_at: str
    groups: tuple[PeerGroup, ...]
    counted: tuple[Counted, ...]


@dataclass(frozen=True)
class Grouping:
    groups: tuple[PeerGroup, ...]  # in file order: most specific level first, then by code and size
    enterprises: int  # records given
    suppressed: int  # records in no published group
    merged: tuple[GroupKey, ...]  # groups of ≥ MIN_GROUP not published because of the differencing rule
    # groups of ≥ MIN_GROUP not published because they differ by 1–4 enterprises from a group of an earlier release
    held: tuple[GroupKey, ...] = ()
    # (group, measure) left out of a published group for the same reason
    measures_held: tuple[tuple[GroupKey, str], ...] = ()
    counted: tuple[Counted, ...] = ()  # whom this release counts (for the next release's comparison)


def _round(value: float) -> float:
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def measure_stats(measure: str, values: Iterable[float]) -> MeasureStats | None:
    """The published figures of one measure in one group; None below MIN_GROUP values."""
    ordered = sorted(values)
    n = len(ordered)
    if n < MIN_GROUP:
        return None
    rate = measure in RATES
    quantiles = tuple((p, _round(v) if rate else v)
                      for p in quantiles_for(n) for v in [ordered[nearest_rank(p, n) - 1]])
    return MeasureStats(measure, n, quantiles)


def _singles_out(now: frozenset[str], before: frozenset[str]) -> bool:
    """Whether comparing a group of ``now``'s enterprises with one of ``before``'s tells 1–4 enterprises apart."""
    return abs(len(now) - len(before)) < MIN_GROUP and 1 <= len(now ^ before) < MIN_GROUP


class _Earlier:
    """The enterprises of every group (and measure) earlier releases published, to compare a new release with."""

    def __init__(self, releases: Sequence[EarlierRelease]):
        self.sets: list[tuple[GroupKey, str, int, frozenset[str]]] = []  # (key, measure or "", published n, who)
        for release in releases:
            cells: dict[GroupKey, list[Counted]] = {}
            for counted in release.counted:
                for key in _keys_of(Record(counted.industry, counted.size)):
                    cells.setdefault(key, []).append(counted)
            for group in release.groups:
                members = cells.get(group.key, [])
                self.sets.append((group.key, "", group.n, frozenset(c.who for c in members)))
                for measure, stats in group.measures.items():
                    self.sets.append((group.key, measure, stats.n,
                                      frozenset(c.who for c in members if measure in c.measures)))

    def holds(self, key: GroupKey, measure: str, who: frozenset[str]) -> bool:
        """Whether publishing ``key`` (its ``measure``, or the group for "") with ``who`` would single out 1–4
        enterprises against an earlier release: the same group with 1–4 more or fewer, or any earlier group whose
        enterprises differ from these in 1–4."""
        for old_key, old_measure, old_n, old_who in self.sets:
            if old_measure != measure:
                continue
            if old_key == key and 1 <= abs(len(who) - old_n) < MIN_GROUP:
                return True
            if _singles_out(who, old_who):
                return True
        return False


def _who(record: Record, index: int) -> str:
    return record.who or f"#{index}"


def _published_keys(records: Sequence[Record], earlier: _Earlier | None = None,
                    ) -> tuple[list[GroupKey], list[GroupKey], list[GroupKey]]:
    """Which groups are published (the merge order, earlier releases and the differencing rule), which were merged
    by the differencing rule and which were held back because of an earlier release."""
    members: dict[GroupKey, set[int]] = {}
    for index, record in enumerate(records):
        for key in _keys_of(record):
            members.setdefault(key, set()).add(index)
    eligible = sorted((key for key, who in members.items() if len(who) >= MIN_GROUP), key=lambda k: (_level(k), k))
    held: list[GroupKey] = []
    if earlier is not None:
        held = [key for key in eligible
                if earlier.holds(key, "", frozenset(_who(records[i], i) for i in members[key]))]
        eligible = [key for key in eligible if key not in held]
    published: list[GroupKey] = []
    merged: list[GroupKey] = []
    while True:
        # coverage: the most specific eligible group of each enterprise not counted yet
        for key in eligible:
            if key in published or key in merged:
                continue
            covered = set().union(*(members[k] for k in published)) if published else set()
            if members[key] - covered:
                published.append(key)
        # differencing: a published group must not exceed its published sub-groups by 1–4 enterprises
        violation = None
        for parent in sorted(published, key=lambda k: (-_level(k), k)):
            children = [k for k in published if _contains(parent, k)]
            if not children:
                continue
            remainder = len(members[parent] - set().union(*(members[k] for k in children)))
            if 1 <= remainder < MIN_GROUP:
                # the sub-groups not inside another published sub-group: merging one of them changes the remainder
                outer = [k for k in children if not any(_contains(other, k) for other in children)]
                violation = min(outer, key=lambda k: (len(members[k]), _level(k), k))
                break
        if violation is None:
            break
        published.remove(violation)
        merged.append(violation)
    published.sort(key=lambda k: (_level(k), k))
    return published, merged, held


def build_groups(records: Sequence[Record], industry_names: Mapping[str, str],
                 earlier: Sequence[EarlierRelease] = ()) -> Grouping:
    """The groups a benchmark publishes of ``records`` (``industry_names``: division code → name); ``earlier``:
    the releases already published for the same period, which the new one must not single anyone out against
    (the records then carry ``who``)."""
    compared = _Earlier(earlier) if earlier else None
    published, merged, held = _published_keys(records, compared)
    groups = []
    measures_held: list[tuple[GroupKey, str]] = []
    covered: set[int] = set()
    for key in published:
        who = [i for i, r in enumerate(records) if key in _keys_of(r)]
        covered.update(who)
        measures = {}
        for measure in MEASURES:
            having = [(i, v) for i in who if (v := records[i].value(measure)) is not None]
            stats = measure_stats(measure, [v for _, v in having])
            if stats is None:
                continue
            if compared is not None and compared.holds(key, measure, frozenset(_who(records[i], i) for i, _ in having)):
                measures_held.append((key, measure))
                continue
            measures[measure] = stats
        name = MANUFACTURING_NAME if key[0] == MANUFACTURING else industry_names.get(key[0], "")
        groups.append(PeerGroup(key[0], name, key[1], len(who), measures))
    counted = tuple(Counted(_who(r, i), r.industry, r.size, frozenset(m for m in MEASURES if r.value(m) is not None))
                    for i, r in enumerate(records))
    return Grouping(tuple(groups), len(records), len(records) - len(covered), tuple(merged), tuple(held),
                    tuple(measures_held), counted)


# --------------------------------------------------------------------------- reading a published file's groups


class BenchmarkContentError(ValueError):
    """The groups of a benchmark file are not as this module writes them."""


def _number(value: JSONValue) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise BenchmarkContentError("not a number")
    return float(value)


def group_from_json(raw: JSONValue) -> PeerGroup:
    """A group as :meth:`PeerGroup.to_json` wrote it; raises :class:`BenchmarkContentError` on anything else."""
    if not isinstance(raw, dict):
        raise BenchmarkContentError("group")
    try:
        industry, name, size, n = raw["industry"], raw["industry_name"], raw["size"], raw["n"]
        if not all(isinstance(x, str) and len(x) <= 80 for x in (industry, name, size)):
            raise BenchmarkContentError("group names")
        if isinstance(n, bool) or not isinstance(n, int) or n < MIN_GROUP:
            raise BenchmarkContentError("group size")
        measures: dict[str, MeasureStats] = {}
        raw_measures = raw["measures"]
        if not isinstance(raw_measures, dict):
            raise BenchmarkContentError("measures")
        for measure, stats in raw_measures.items():
            if measure not in MEASURES or not isinstance(stats, dict) or not isinstance(stats["quantiles"], dict):
                raise BenchmarkContentError("measure")
            count = stats["n"]
            if isinstance(count, bool) or not isinstance(count, int) or not MIN_GROUP <= count <= n:
                raise BenchmarkContentError("measure size")
            labels = ORDINAL_LABELS.get(measure)
            quantiles = []
            for p in quantiles_for(count):
                value = stats["quantiles"][f"p{p}"]
                if labels:
                    if value not in labels:
                        raise BenchmarkContentError("level")
                    quantiles.append((p, float(labels.index(value))))
                else:
                    quantiles.append((p, _number(value)))
            if [v for _, v in quantiles] != sorted(v for _, v in quantiles):
                raise BenchmarkContentError("quantiles out of order")
            measures[measure] = MeasureStats(measure, count, tuple(quantiles))
    except (KeyError, TypeError) as exc:
        raise BenchmarkContentError("group") from exc
    from ..text import visible

    # names from outside as they may be shown: hidden and control characters written out
    return PeerGroup(visible(industry, 80), visible(name, 80), visible(size, 80), n, measures)


def group_for(groups: Iterable[PeerGroup], industry: str, size: str) -> PeerGroup | None:
    """The most specific published group an enterprise of ``industry`` × ``size`` belongs to."""
    by_key = {g.key: g for g in groups}
    probe = Record(industry, size)
    return next((by_key[k] for k in _keys_of(probe) if k in by_key), None)


# --------------------------------------------------------------------------- where one enterprise stands


def value_text(measure: str, value: float) -> str:
    """A published or own value as officials write it: 66.7% or a level's name."""
    words = ORDINAL_WORDS.get(measure)
    if words:
        return words[int(value)]  # equal to the data value (ORDINAL_LABELS), said in the interface's language
    return f"{_round(value):.1f}%"


@dataclass(frozen=True)
class Position:
    measure: str
    percentile_band: str  # for machines (JSON): e.g. "P50–P75", "<P25", ">P90", "=P75"
    group_label: str
    n: int  # enterprises of the group with this measure
    median: str  # as written: 66.7% / 二级
    text: Said  # in plain words, e.g. 高于同组约一半的企业
    value: float  # the enterprise's own value (percent or rank)
    low: float  # P25
    high: float  # P75
    mid: float  # P50


# Plain words, no percentile codes: a manager reads "higher than about half of the group", not "P50–P75".
_BELOW = {10: say("低于同组约九成的企业"), 25: say("低于同组约四分之三的企业"), 50: say("低于同组约一半的企业")}
_ABOVE = {50: say("高于同组约一半的企业"), 75: say("高于同组约四分之三的企业"), 90: say("高于同组约九成的企业")}
_EQUAL = {10: say("与同组十分之一处的数值持平"), 25: say("与同组四分之一处的数值持平"), 50: say("与同组中位数持平"),
          75: say("与同组四分之三处的数值持平"), 90: say("与同组十分之九处的数值持平")}
# The one sentence that explains the words above (shown beside the positions on the results page and in the PDF).
QUANTILE_EXPLAINED = say("四分之一处、一半处（中位数）、四分之三处：把同组企业按数值从低到高排列，"
                         "分别位于四分之一、一半、四分之三处的数值。")


def own_value(measure: str, raw: float | str | None) -> float | None:
    """The enterprise's own value as :class:`Record` counts it (rates in percent, levels as ranks)."""
    if measure == "miit_level":
        return Record("", "", miit_level=raw if isinstance(raw, str) else None).value(measure)
    if measure == "cloud_stars":
        return Record("", "", cloud_stars=int(raw) if isinstance(raw, int | float) else None).value(measure)
    return raw if isinstance(raw, int | float) and not isinstance(raw, bool) else None


def position(group: PeerGroup, measure: str, value: float | None) -> Position | None:
    """Where ``value`` (percent, or a level's rank) lies among the group's published quantiles, in words that
    claim no more than the quantiles say; None when the group does not publish the measure or there is no value."""
    stats = group.measures.get(measure)
    if stats is None or value is None:
        return None
    # compared as published: a rate at 0.1 (83.26 % is 83.3 %, equal to a published 83.3 %), a level as its rank
    value = _round(value) if measure in RATES else value
    qs = tuple((p, _round(q) if measure in RATES else q) for p, q in stats.quantiles)
    median = stats.median
    equal = [p for p, q in qs if q == value]
    if equal:
        p = min(equal, key=lambda p: abs(p - 50))  # tied quantiles: the one nearest the middle
        band, text = f"=P{p}", _EQUAL[p]
    elif value < qs[0][1]:
        band, text = f"<P{qs[0][0]}", _BELOW[qs[0][0]]
    elif value > qs[-1][1]:
        band, text = f">P{qs[-1][0]}", _ABOVE[qs[-1][0]]
    else:
        lower, upper = next((a, b) for a, b in pairwise(qs) if a[1] < value < b[1])
        band = f"P{lower[0]}–P{upper[0]}"
        text = _ABOVE[lower[0]] if lower[0] >= 50 else _BELOW[upper[0]]
    low, high = stats.at(25), stats.at(75)
    assert low is not None and high is not None
    return Position(measure, band, str(group.label), stats.n, value_text(measure, median), text, value, low, high,
                    median)


# --------------------------------------------------------------------------- a published benchmark as a whole


@dataclass(frozen=True)
class PublishedBenchmark:
    """The content of a benchmark file (``package/benchmark_file.py`` signs and checks it; the workspace keeps the
    content of a verified file and reads it back here)."""

    benchmark_id: str
    issued_at: str
    period: str
    scope: tuple[str, ...]
    issuer_kind: str  # district | city
    issuer_name: str
    enterprises: int
    suppressed: int
    groups: tuple[PeerGroup, ...]
    rules: dict[str, JSONValue]

    @property
    def issuer_label(self) -> str:
        return "、".join(self.scope) if self.scope else self.issuer_name


ISSUER_KINDS = ("district", "city")
MAX_GROUPS = 2000  # 31 divisions × a few sizes and their parents: a few hundred at most


def _count(value: JSONValue) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise BenchmarkContentError("count")
    return value


def published_from_json(content: Mapping[str, JSONValue]) -> PublishedBenchmark:
    """The checked content of a benchmark file; raises :class:`BenchmarkContentError` on anything else."""
    from ..periods import check_period, normalise_period
    from ..text import visible

    try:
        period = normalise_period(str(content["period"]))
        issuer, scope, sources, groups_raw = content["issuer"], content["scope"], content["sources"], content["groups"]
        if check_period(period) or not isinstance(issuer, dict) or issuer.get("kind") not in ISSUER_KINDS:
            raise BenchmarkContentError("period or issuer")
        if not isinstance(scope, list) or not 1 <= len(scope) <= 50 or not isinstance(sources, dict):
            raise BenchmarkContentError("scope")
        if not isinstance(groups_raw, list) or len(groups_raw) > MAX_GROUPS:
            raise BenchmarkContentError("groups")
        groups = tuple(group_from_json(g) for g in groups_raw)
        if len({g.key for g in groups}) != len(groups):
            raise BenchmarkContentError("a group twice")
        rules = content.get("rules")
        return PublishedBenchmark(
            visible(content["benchmark_id"], 60), visible(content["issued_at"], 40), period,
            tuple(visible(s, 40) for s in scope), str(issuer["kind"]), visible(issuer.get("name"), 60),
            _count(sources["enterprises"]), _count(sources["suppressed"]), groups,
            dict(rules) if isinstance(rules, dict) else {})
    except (KeyError, TypeError, AttributeError) as exc:
        raise BenchmarkContentError("content") from exc


@dataclass(frozen=True)
class Standing:
    """Where the enterprise stands in a published benchmark: its group (None when no published group contains
    it) and a position per measure it has a value for and the group publishes."""

    benchmark: PublishedBenchmark
    group: PeerGroup | None
    positions: tuple[Position, ...]
    # why the group is wider than the enterprise's own industry and size, and with whom it is compared instead
    wider: Said | None = None


def wider_reason(benchmark: PublishedBenchmark, group: PeerGroup, industry: str, size: str) -> Said | None:
    """Why the enterprise is compared with ``group`` rather than with its own industry × size, from the file's groups
    alone (its own cell is not in the file: too few enterprises, or publishing it would let someone work out
    individual ones); None when the group is its own."""
    if group.key == (industry, size):
        return None
    where = say("本区县") if benchmark.issuer_kind == "district" else say("本市")
    if group.industry != MANUFACTURING:
        compared = say("本行业全部规模的企业")
    elif group.size == ALL_SIZES:
        compared = say("{where}全部制造业企业", where=where)
    else:
        compared = say("{where}全部制造业企业（{size}）", where=where, size=SIZE_WORDS.get(group.size, group.size))
    return say("本行业同规模的企业不足 5 家（或单独列出会让人推算出个别企业的数值），因此与{compared}比较",
               compared=compared)


def standing(benchmark: PublishedBenchmark, industry: str, size: str,
             own: Mapping[str, float | None]) -> Standing:
    group = group_for(benchmark.groups, industry, size)
    positions: list[Position] = []
    if group is not None:
        for measure in MEASURES:
            found = position(group, measure, own.get(measure))
            if found is not None:
                positions.append(found)
    wider = wider_reason(benchmark, group, industry, size) if group is not None else None
    return Standing(benchmark, group, tuple(positions), wider)


def own_values(reports: Iterable[ScoreReport]) -> dict[str, float | None]:
    """The enterprise's own figures of a period, as a benchmark counts them: the three rates in percent and the
    cloud-star estimate from the 南通核心指标 report, the level from the MIIT report (complete modules only)."""
    from ..questionnaire import roles

    core = roles.questionnaire_with_role("plan_indicators")
    miit = roles.questionnaire_with_role("maturity_level")
    values: dict[str, float | None] = dict.fromkeys(MEASURES)
    for report in reports:
        if report.questionnaire_id == core:
            for measure, role in (("cnc_rate", "cnc_rate"), ("mgmt_rate", "management_rate"),
                                  ("rnd_rate", "design_tool_rate"), ("cloud_stars", "cloud_stars")):
                module = next((m for m in report.modules if m.module_id == roles.module_id(core, role)), None)
                if module is None or module.status != "complete":
                    continue
                if isinstance(module, BenchmarkResult) and module.figure is not None:
                    values[measure] = module.figure * 100
                elif isinstance(module, StarResult):
                    values[measure] = float(module.rank)
        elif report.questionnaire_id == miit and report.overall is not None and report.overall.status == "complete":
            values["miit_level"] = own_value("miit_level", report.overall.level)
    return values


__all__ = ["ALL_SIZES", "MANUFACTURING", "MEASURES", "MEASURE_NAMES", "MIN_GROUP", "QUANTILE_EXPLAINED",
           "BenchmarkContentError", "Counted", "EarlierRelease", "Grouping", "MeasureStats", "PeerGroup", "Position",
           "PublishedBenchmark", "Record", "Standing", "build_groups", "group_for", "group_from_json",
           "measure_stats", "nearest_rank", "own_value", "own_values", "position", "published_from_json",
           "quantiles_for", "rules_json", "standing", "value_text", "wider_reason"]
