"""One policy edition (document, issuer, period, targets, quota rows, indications, sources) parsed from data.

The shipped editions live in ``resources/policy/``; the format is documented in ``docs/policy-editions.md``.
Every benchmark, quota row and indication names one of the edition's sources, and every source carries a
confidence mark: V (read in an official text), 3P (quoted by a newspaper, another city or a third party),
U (not confirmed). Nothing here is code about a particular year: which edition applies to a period is
decided by the editions' ``years`` alone.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

import yaml

from ..errors import UserError
from ..jsontypes import JSONValue
from ..locate import resource
from ..targets import Benchmark, PlanTargets, TotalMismatch

FORMAT = "zgsz-policy-edition/1"
POLICY_DIR = "policy"
CONFIDENCE_LABELS = {"V": "已核对原文", "3P": "转引，原文未核对", "U": "未证实", "ours": "本软件的选择"}
SOURCE_CONFIDENCES = ("V", "3P", "U")  # a source is a text; "ours" is only for how the app uses one
BENCHMARK_KEYS = ("key_process_cnc_rate", "management_digitalization_rate", "rnd_design_tool_rate")
COMPARISONS = (">=", ">", "≈")
SPANS = ("year", "cumulative")
# What the district knows how to count from a submission (district/counters.py). A city edition naming a
# counter this release does not know still loads: its row says the software must be upgraded to count it.
COUNTERS = ("projects_completed_above_scale", "provincial_workshops", "city_workshops", "first_set_equipment",
            "liangronghe_certified", "benchmark_factories", "cloud_new_5", "cloud_new_4", "cloud_new_3",
            "iiot_fusion_pilots", "not_collected")
INDICATION_KINDS = ("miit_level_at_least", "smart_factory_advanced", "cloud_step_path")
MAX_TEXT = 400


class EditionError(UserError, ValueError):
    """A policy edition file is not in the expected shape; the message names the field."""


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    issuer: str
    document_no: str
    date: str
    confidence: str  # V / 3P / U
    note: str = ""
    kind: str = "document"  # document: title is the document's; description: what it is, no document title seen

    @property
    def confidence_label(self) -> str:
        return CONFIDENCE_LABELS[self.confidence]

    @property
    def citation(self) -> str:
        """How a report names it: 《title》（document_no，issuer）; a description without 《》."""
        issued_by = "，".join(part for part in (self.document_no, self.issuer) if part)
        title = f"《{self.title}》" if self.kind == "document" else self.title
        return title + (f"（{issued_by}）" if issued_by else "")


def citation_parts(citation: str) -> tuple[str, list[str], list[str]]:
    """A citation as :attr:`Source.citation` writes it, taken apart: the title (without 《》), the document
    numbers (as issued: 通政办发〔2022〕3号) and the other details in its last brackets (the issuer). Lets another
    language rebuild it from translated parts."""
    if not citation.endswith("）"):
        return citation.removeprefix("《").removesuffix("》"), [], []
    depth = 0
    for index in range(len(citation) - 1, -1, -1):  # the bracket that opens the last group, nested ones skipped
        depth += {"）": 1, "（": -1}.get(citation[index], 0)
        if depth == 0:
            break
    else:
        return citation, [], []
    title = citation[:index]
    if title.startswith("《") and title.endswith("》"):
        title = title[1:-1]
    if not title:
        return citation, [], []
    details = [part for part in citation[index + 1:-1].split("，") if part]
    numbers = [part for part in details if "〔" in part]
    return title, numbers, [part for part in details if part not in numbers]


@dataclass(frozen=True)
class QuotaRowSpec:
    key: str
    table: str  # e.g. 附件1, or 统计 when the edition sets no quota
    label: str
    counter: str
    span: str  # year | cumulative
    quota: Mapping[str, Mapping[int, int]] | Mapping[str, int] | None  # district → per-year / period total
    source: str = ""
    note: str = ""

    @property
    def known_counter(self) -> bool:
        return self.counter in COUNTERS

    def quota_for(self, district: str, year: int) -> int | None:
        if self.quota is None or district not in self.quota:
            return None
        value = self.quota[district]
        if self.span == "year":
            return value.get(year) if isinstance(value, Mapping) else None
        return value if isinstance(value, int) else None


@dataclass(frozen=True)
class Indication:
    id: str
    kind: str
    title: str
    rule: str
    source: str
    params: Mapping[str, JSONValue] = field(default_factory=dict)


@dataclass(frozen=True)
class Figure:
    text: str
    source: str
    year: int | None = None
    scope: str = ""


@dataclass(frozen=True)
class PolicyEdition:
    id: str
    edition_version: str
    title: str
    short_title: str
    issuer: str
    document_no: str
    issued: str
    first_year: int
    last_year: int
    region: str
    confidence: str
    summary: str
    sources: tuple[Source, ...]
    benchmarks: Mapping[str, Benchmark]
    quota_rows: tuple[QuotaRowSpec, ...]
    indications: tuple[Indication, ...] = ()
    figures: tuple[Figure, ...] = ()
    no_quota_reason: str = ""
    mismatches: tuple[TotalMismatch, ...] = ()
    digest: str = ""  # SHA-256 of the edition's canonical content: names exactly which data was used
    origin: str = "shipped"  # shipped | the city's signature, for a loaded edition

    @property
    def years_label(self) -> str:
        return f"{self.first_year}—{self.last_year}年"

    @property
    def label(self) -> str:
        """One line naming the edition, e.g. 南通市“智改数转”三年行动计划（2022—2024年）（通政办发〔2022〕3号）."""
        return self.short_title + (f"（{self.document_no}）" if self.document_no else "")

    @property
    def has_quotas(self) -> bool:
        return any(row.quota is not None for row in self.quota_rows)

    def covers(self, year: int) -> bool:
        return self.first_year <= year <= self.last_year

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def fit_note(self, year: int) -> str:
        """What a reader must know when the year lies outside the edition's years ("" when it fits)."""
        if self.covers(year):
            return ""
        if year > self.last_year:
            return (f"{year}年在本软件已知的政策版本之后：以下按“{self.short_title}”对照，"
                    "其期限已过，仅作参照；有新的政策版本时请更新软件或导入市里下发的版本文件。")
        return f"{year}年早于“{self.short_title}”的期限，以下按该版本对照，仅作参照。"

    def cited_sources(self) -> list[Source]:
        """The sources something in this edition actually rests on, in the edition's order."""
        used = {b.source_id for b in self.benchmarks.values()} | {r.source for r in self.quota_rows} | {
            i.source for i in self.indications} | {f.source for f in self.figures}
        return [s for s in self.sources if s.id in used]


# --------------------------------------------------------------------------- parsing


def unfolded(value: str) -> str:
    """A text as an edition holds it: folded YAML joins lines with a space, which Chinese does not have between
    characters (the interface's translations are keyed by this form too)."""
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", " ".join(value.split()))


def _text(data: Mapping[str, JSONValue], key: str, where: str, *, required: bool = True) -> str:
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise EditionError(f"政策版本文件：{where}.{key} 应为文字")
    text = unfolded(str(value))
    if required and not text:
        raise EditionError(f"政策版本文件：缺少 {where}.{key}")
    if len(text) > MAX_TEXT * 4 or any(ord(ch) < 32 for ch in text):
        raise EditionError(f"政策版本文件：{where}.{key} 过长或含控制字符")
    return text


def _confidence(value: JSONValue, where: str, allowed: tuple[str, ...] = SOURCE_CONFIDENCES) -> str:
    if value not in allowed:
        raise EditionError(f"政策版本文件：{where} 的可信度应为 {'、'.join(allowed)}")
    return str(value)


def _year(value: JSONValue, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 2000 <= value <= 2100:
        raise EditionError(f"政策版本文件：{where} 应为四位年份")
    return value


def _count(value: JSONValue, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10**7:
        raise EditionError(f"政策版本文件：{where} 应为非负整数")
    return value


def _items(data: JSONValue, name: str) -> list[tuple[str, Mapping[str, JSONValue]]]:
    """(where, item) of an optional list of fields tables, ``where`` naming the item in messages."""
    if data is None:
        return []
    if not isinstance(data, list):
        raise EditionError(f"政策版本文件：{name} 应为列表")
    for index, item in enumerate(data):
        if not isinstance(item, Mapping):
            raise EditionError(f"政策版本文件：{name}[{index}] 格式不对")
    return [(f"{name}[{index}]", item) for index, item in enumerate(data)]


def _sources(data: JSONValue) -> tuple[Source, ...]:
    if not data:
        raise EditionError("政策版本文件：缺少 sources（来源）")
    sources = []
    for where, item in _items(data, "sources"):
        kind = str(item.get("kind", "document"))
        if kind not in ("document", "description"):
            raise EditionError(f"政策版本文件：{where}.kind 应为 document 或 description")
        sources.append(Source(_text(item, "id", where), _text(item, "title", where), _text(item, "issuer", where),
                              _text(item, "document_no", where, required=False),
                              _text(item, "date", where, required=False),
                              _confidence(item.get("confidence"), where), _text(item, "note", where, required=False),
                              kind))
    ids = [s.id for s in sources]
    if len(set(ids)) != len(ids):
        raise EditionError("政策版本文件：来源编号重复")
    return tuple(sources)


def _benchmarks(data: JSONValue, base: Mapping[str, Benchmark] | None,
                sources: Mapping[str, Source]) -> dict[str, Benchmark]:
    if not isinstance(data, Mapping):
        raise EditionError("政策版本文件：缺少 benchmarks（三项指标）")
    result = {}
    for key in BENCHMARK_KEYS:
        spec = data.get(key)
        where = f"benchmarks.{key}"
        if not isinstance(spec, Mapping):
            raise EditionError(f"政策版本文件：缺少 {where}")
        source_id = _text(spec, "source", where)
        if source_id not in sources:
            raise EditionError(f"政策版本文件：{where} 引用了不存在的来源 {source_id}")
        if base is not None and "target_percent" not in spec:
            figure = base[key]
            name, percent, comparison, scope = figure.name, figure.target_percent, figure.comparison, figure.scope
        else:
            name, scope = _text(spec, "name", where), _text(spec, "scope", where)
            comparison = str(spec.get("comparison", ">="))
            if comparison not in COMPARISONS:
                raise EditionError(f"政策版本文件：{where}.comparison 应为 >=、> 或 ≈")
            try:
                percent = Decimal(str(spec.get("target_percent")))
            except InvalidOperation as exc:
                raise EditionError(f"政策版本文件：{where}.target_percent 应为数字") from exc
            if not percent.is_finite() or not 0 <= percent <= 100:
                raise EditionError(f"政策版本文件：{where}.target_percent 应在0到100之间")
        source = sources[source_id]
        # a benchmark may be less sure than its source (an expired figure reused: "ours"), never surer
        confidence = source.confidence
        if "confidence" in spec:
            confidence = _confidence(spec["confidence"], where, ("V", "3P", "U", "ours"))
            if ("V", "3P", "U", "ours").index(confidence) < ("V", "3P", "U").index(source.confidence):
                raise EditionError(f"政策版本文件：{where} 的可信度不能高于其来源")
        result[key] = Benchmark(key=key, name=name, target_percent=percent, comparison=comparison, scope=scope,
                                source=source.citation, source_id=source_id, confidence=confidence,
                                basis=_text(spec, "basis", where), reference_only=bool(spec.get("reference_only")))
    return result


def _seed_quota(spec: Mapping[str, JSONValue], targets: PlanTargets, span: str, years: range,
                where: str) -> dict[str, JSONValue]:
    table_key = spec.get("table")
    table = targets.raw.get(table_key) if isinstance(table_key, str) else None
    if not isinstance(table, Mapping):
        raise EditionError(f"政策版本文件：{where}.quota_from 引用了不存在的表 {table_key}")
    column = spec.get("column")
    quota: dict[str, JSONValue] = {}
    for district, row in table.items():
        if district == "合计":
            continue
        if isinstance(row, list):  # one figure per plan year
            values = {year: _count(value, where) for year, value in zip(years, row, strict=False)}
        elif isinstance(row, Mapping) and column in row:
            value = _count(row[column], where)
            values = {year: value for year in years}  # 附件2: the same figure each year; 附件3: the period total
        else:
            raise EditionError(f"政策版本文件：{where}.quota_from 的列 {column} 不存在")
        quota[district] = values if span == "year" else (values[years[0]] if column else sum(values.values()))
    return quota


def _inline_quota(data: JSONValue, span: str, districts: tuple[str, ...], years: range,
                  where: str) -> dict[str, JSONValue]:
    if not isinstance(data, Mapping):
        raise EditionError(f"政策版本文件：{where}.quota 格式不对")
    quota: dict[str, JSONValue] = {}
    for district, value in data.items():
        if district not in districts:
            raise EditionError(f"政策版本文件：{where}.quota 中的地区“{district}”不是南通市的地区")
        if span == "year":
            if not isinstance(value, Mapping):
                raise EditionError(f"政策版本文件：{where}.quota.{district} 应按年份列出")
            per_year = {}
            for year, count in value.items():
                year = _year(int(year) if isinstance(year, str) and year.isdigit() else year, f"{where}.quota")
                if year not in years:
                    raise EditionError(f"政策版本文件：{where}.quota.{district} 的 {year} 年不在版本期限内")
                per_year[year] = _count(count, f"{where}.quota.{district}")
            quota[district] = per_year
        else:
            quota[district] = _count(value, f"{where}.quota.{district}")
    return quota


def _quota_rows(data: JSONValue, sources: Mapping[str, Source], targets: PlanTargets | None,
                districts: tuple[str, ...], years: range) -> tuple[QuotaRowSpec, ...]:
    rows = []
    for where, item in _items(data, "quota_rows"):
        span = item.get("span")
        if span not in SPANS:
            raise EditionError(f"政策版本文件：{where}.span 应为 year 或 cumulative")
        source = _text(item, "source", where, required=False)
        if source and source not in sources:
            raise EditionError(f"政策版本文件：{where} 引用了不存在的来源 {source}")
        quota = None
        if "quota_from" in item:
            if targets is None:
                raise EditionError(f"政策版本文件：{where}.quota_from 只能用于随软件附带的版本")
            quota = _seed_quota(item["quota_from"], targets, span, years, where)
        elif "quota" in item:
            quota = _inline_quota(item["quota"], span, districts, years, where)
        if quota is not None and not source:
            raise EditionError(f"政策版本文件：{where} 有任务数，但没有注明来源")
        rows.append(QuotaRowSpec(_text(item, "key", where), _text(item, "table", where), _text(item, "label", where),
                                 _text(item, "counter", where), str(span), quota, source,
                                 _text(item, "note", where, required=False)))
    keys = [row.key for row in rows]
    if len(set(keys)) != len(keys):
        raise EditionError("政策版本文件：quota_rows 的 key 重复")
    return tuple(rows)


def _cited_items(data: JSONValue, name: str,
                 sources: Mapping[str, Source]) -> list[tuple[str, Mapping[str, JSONValue], str]]:
    """(where, item, source id) of an optional list whose every item cites one of the edition's sources."""
    items = []
    for where, item in _items(data, name):
        source = _text(item, "source", where)
        if source not in sources:
            raise EditionError(f"政策版本文件：{where} 引用了不存在的来源 {source}")
        items.append((where, item, source))
    return items


def _indications(data: JSONValue, sources: Mapping[str, Source]) -> tuple[Indication, ...]:
    result = []
    for where, item, source in _cited_items(data, "indications", sources):
        params = item.get("params") or {}
        if not isinstance(params, Mapping):
            raise EditionError(f"政策版本文件：{where}.params 格式不对")
        # an unknown kind is kept (a newer city edition): the app says it cannot evaluate it
        result.append(Indication(_text(item, "id", where), _text(item, "kind", where), _text(item, "title", where),
                                 _text(item, "rule", where), source, dict(params)))
    return tuple(result)


def _figures(data: JSONValue, sources: Mapping[str, Source]) -> tuple[Figure, ...]:
    return tuple(Figure(_text(item, "text", where), source,
                        None if item.get("year") is None else _year(item.get("year"), where),
                        _text(item, "scope", where, required=False))
                 for where, item, source in _cited_items(data, "figures", sources))


def load_yaml(text: str, source: str) -> JSONValue:
    """YAML without anchors and aliases: an edition never needs them, and nested aliases in a hostile file
    would expand exponentially when the edition is hashed or shown."""
    try:
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=yaml.SafeLoader)):
            raise EditionError(f"{source} 使用了 YAML 别名（*），政策版本文件不允许")
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise EditionError(f"{source} 不是有效的 YAML：{exc}") from exc
    except RecursionError as exc:  # nesting thousands deep: not an edition
        raise EditionError(f"{source} 的内容嵌套过深，不是政策版本文件") from exc


def canonical_digest(data: Mapping[str, JSONValue]) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_edition(data: object, *, base_dir: Path | None = None, origin: str = "shipped") -> PolicyEdition:
    """Check and build an edition. ``base_dir`` (shipped editions only) lets it name a targets file."""
    from ..targets import plan_targets

    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise EditionError(f"不是本软件的政策版本文件（应为 {FORMAT}）")
    years = data.get("years")
    if not isinstance(years, list) or len(years) != 2:
        raise EditionError("政策版本文件：years 应为 [起始年, 结束年]")
    first, last = _year(years[0], "years"), _year(years[1], "years")
    if last < first or last - first > 10:
        raise EditionError("政策版本文件：years 的起止年份不对")
    sources = _sources(data.get("sources"))
    by_id = {s.id: s for s in sources}
    targets: PlanTargets | None = None
    if data.get("targets_file"):
        if base_dir is None:
            raise EditionError("政策版本文件：targets_file 只能用于随软件附带的版本")
        from ..targets import load_targets

        targets = load_targets((base_dir / str(data["targets_file"])).resolve())
    districts = plan_targets().districts
    span_years = range(first, last + 1)
    seed_digest = canonical_digest(targets.raw) if targets is not None else ""
    return PolicyEdition(
        id=_text(data, "id", "edition"), edition_version=_text(data, "edition_version", "edition"),
        title=_text(data, "title", "edition"), short_title=_text(data, "short_title", "edition"),
        issuer=_text(data, "issuer", "edition"), document_no=_text(data, "document_no", "edition", required=False),
        issued=_text(data, "issued", "edition", required=False), first_year=first, last_year=last,
        region=_text(data, "region", "edition"), confidence=_confidence(data.get("confidence"), "edition"),
        summary=_text(data, "summary", "edition"), sources=sources,
        benchmarks=_benchmarks(data.get("benchmarks"), targets.benchmarks if targets else None, by_id),
        quota_rows=_quota_rows(data.get("quota_rows"), by_id, targets, districts, span_years),
        indications=_indications(data.get("indications"), by_id), figures=_figures(data.get("figures"), by_id),
        no_quota_reason=_text(data, "no_quota_reason", "edition", required=False),
        mismatches=targets.mismatches if targets else (),
        digest=canonical_digest({"edition": data, "targets": seed_digest}), origin=origin)


def load_edition_file(path: Path) -> PolicyEdition:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EditionError(f"无法读取政策版本文件 {path.name}：{exc}") from exc
    return parse_edition(load_yaml(text, path.name), base_dir=path.parent)


@cache
def shipped_editions() -> tuple[PolicyEdition, ...]:
    """The editions shipped in ``resources/policy/``, oldest first."""
    folder = resource(POLICY_DIR)
    editions = [load_edition_file(path) for path in sorted(folder.glob("*.yaml"))]
    if not editions:
        raise EditionError("安装不完整：缺少政策版本文件（resources/policy）")
    return tuple(sorted(editions, key=lambda e: (e.first_year, e.last_year)))


def edition_for_year(year: int, loaded: Iterable[PolicyEdition] = ()) -> PolicyEdition:
    """The edition a submission for ``year`` is measured against. An edition loaded from the city wins over a
    shipped one for the same years (it is newer by construction); outside every edition's years, the
    nearest one applies and says so (``fit_note``)."""
    candidates = [*loaded, *shipped_editions()]
    covering = [e for e in candidates if e.covers(year)]
    if covering:
        return covering[0]
    before = [e for e in candidates if e.last_year < year]
    if before:
        return max(before, key=lambda e: (e.last_year, e.origin != "shipped"))
    return min(candidates, key=lambda e: e.first_year)


def edition_for_period(period: str | None, loaded: Iterable[PolicyEdition] = ()) -> PolicyEdition:
    """The edition for an assessment period such as "2025年度" or "2026年第一季度"; the seed without one."""
    if not period:
        return shipped_editions()[0]
    from ..periods import period_key

    return edition_for_year(period_key(period)[0], loaded)


def edition_by_id(edition_id: str, loaded: Iterable[PolicyEdition] = ()) -> PolicyEdition | None:
    return next((e for e in [*loaded, *shipped_editions()] if e.id == edition_id), None)
