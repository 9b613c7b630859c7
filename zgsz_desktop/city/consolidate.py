"""The city's figures for one period (全市汇总): the sum of the districts' current summaries, against the plan's
city-wide targets, with one row per district of the plan — those that have sent nothing yet shown as 未报.

How things are counted (written into every export):

* quota rows: the city's figure is the sum of the districts' figures; its task (任务数) is the sum of the plan's
  tasks for every district of the plan (a district that has not reported still owes its share);
* the three rates: the city average is over every 重点企业 reported in the districts' lists (not an average of the
  districts' averages), 达标 as each district judged it against the year's policy edition;
* an enterprise two districts both report for the period is listed under 归属待核实 and counted in both.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..jsontypes import JSONValue
from ..policy import edition_for_year
from ..targets import plan_targets
from .db import CityDb, StoredSummary, quota_rows, submission_rows, summaries, summary_content
from .importer import RATES, UNDER_CORRECTION

NOT_REPORTED = "未报"
REPORTED = "已报"
NOTES = (
    "各项数字为各区县当前汇总包之和（同一区县同一评估期以签发时间最晚的汇总包为准，较早的保留为历史）。",
    "任务数为规划中各区县任务数之和，未报区县的任务数同样计入。",
    "三项指标的全市平均按各区县企业清单中的全部重点企业计算，不是各区县平均值的平均；达标按各区县所用的政策版本判定。",
    "同一企业同一评估期被两个区县同时报送的，列为“归属待核实”，在两个区县都计入，请与相关区县核实。",
)


@dataclass(frozen=True)
class CityQuotaRow:
    table: str
    key: str
    label: str
    span: str
    actual: int | None  # None: no district collects it
    quota: int | None  # the plan's city-wide task (sum over its districts), None when none is set

    @property
    def ratio(self) -> float | None:
        return None if self.actual is None or not self.quota else self.actual / self.quota


@dataclass(frozen=True)
class CityBenchmark:
    key: str
    name: str
    target_label: str
    target_percent: float
    key_reported: int
    key_met: int
    key_average: float | None

    @property
    def average_met(self) -> bool | None:
        """Whether the city's average of 重点企业 reaches the plan's city-wide figure."""
        return None if self.key_average is None else self.key_average * 100 >= self.target_percent


@dataclass
class DistrictRow:
    district: str
    status: str  # 已报 / 未报
    issued_at: str = ""
    audit_ok: bool | None = None
    audit_forced: bool = False
    audit_message: str = ""  # the district's audit verdict, a problem a line
    submitted: int = 0
    core_submitted: int = 0
    miit_submitted: int = 0
    quota_actual: dict[str, int | None] = field(default_factory=dict)
    quota: dict[str, int | None] = field(default_factory=dict)
    key_averages: dict[str, float | None] = field(default_factory=dict)  # rate → mean of its 重点企业
    key_met: dict[str, int] = field(default_factory=dict)
    key_reported: dict[str, int] = field(default_factory=dict)
    under_correction: int = 0  # listed submissions the district returned for correction, no corrected one yet
    sha256: str = ""


@dataclass
class CityBoard:
    period: str
    year: int
    districts: list[DistrictRow]
    quotas: list[CityQuotaRow]
    benchmarks: list[CityBenchmark]
    miit_levels: dict[str, int]
    cloud_awarded: dict[str, int]
    submitted: int
    core_submitted: int
    miit_submitted: int
    enterprises: list[dict[str, Any]]  # every district's list, with its district
    disputed: list[tuple[str, list[str]]]  # uscc → the districts that both report it
    under_correction: int = 0  # of ``submitted``: returned to the enterprise for correction, not yet corrected
    notes: tuple[str, ...] = NOTES

    @property
    def reported_districts(self) -> int:
        return sum(1 for d in self.districts if d.status == REPORTED)

    def to_dict(self) -> dict[str, JSONValue]:
        return {
            "period": self.period, "year": self.year, "submitted": self.submitted,
            "core_submitted": self.core_submitted, "miit_submitted": self.miit_submitted,
            "under_correction": self.under_correction, "reported_districts": self.reported_districts,
            "districts_total": len(self.districts),
            "quotas": [{"table": q.table, "key": q.key, "label": q.label, "span": q.span, "actual": q.actual,
                        "quota": q.quota, "ratio": q.ratio} for q in self.quotas],
            "benchmarks": [{"key": b.key, "name": b.name, "target_label": b.target_label,
                            "target_percent": b.target_percent, "key_reported": b.key_reported,
                            "key_met": b.key_met, "key_average": b.key_average, "average_met": b.average_met}
                           for b in self.benchmarks],
            "miit_levels": dict(self.miit_levels), "cloud_awarded": dict(self.cloud_awarded),
            "districts": [{"district": d.district, "status": d.status, "issued_at": d.issued_at,
                           "audit_ok": d.audit_ok, "audit_forced": d.audit_forced, "audit_message": d.audit_message,
                           "submitted": d.submitted, "under_correction": d.under_correction,
                           "quota_actual": dict(d.quota_actual), "key_averages": dict(d.key_averages)}
                          for d in self.districts],
            "disputed": [{"uscc": u, "districts": list(ds)} for u, ds in self.disputed],
            "notes": list(self.notes),
        }


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def consolidate(db: CityDb, period: str) -> CityBoard:
    """The city's figures for ``period`` (a year, e.g. 2024年度) from the current summaries."""
    year = int(period[:4])
    edition = edition_for_year(year)
    plan_districts = list(plan_targets().districts)
    current: dict[str, StoredSummary] = {s.district: s for s in summaries(db, period)}
    rows: list[DistrictRow] = []
    enterprises: list[dict[str, Any]] = []
    quota_specs: dict[str, dict[str, Any]] = {}  # key → table, label, span, in the order first seen
    actual_sum: Counter[str] = Counter()
    collected: set[str] = set()
    levels: Counter[str] = Counter()
    stars: Counter[str] = Counter()
    for district in [*plan_districts, *sorted(set(current) - set(plan_districts))]:
        stored = current.get(district)
        if stored is None:
            # a district that has not reported still owes its tasks (the plan's, shown beside its 未报)
            rows.append(DistrictRow(district, NOT_REPORTED, quota={
                spec.key: spec.quota_for(district, year) if edition.covers(year) and district in plan_districts
                else None for spec in edition.quota_rows}))
            continue
        content = summary_content(db, stored.sha256)
        totals = content["totals"]
        listed = submission_rows(db, stored.sha256)
        for entry in listed:
            enterprises.append({"district": district, **entry})
        audit = content.get("audit")
        row = DistrictRow(district, REPORTED, stored.issued_at, stored.audit_ok, stored.audit_forced,
                          str(audit.get("message") or "") if isinstance(audit, dict) else "",
                          int(totals["submitted"]), int(totals["core_submitted"]), int(totals["miit_submitted"]),
                          under_correction=sum(1 for e in listed if e["acceptance"] == UNDER_CORRECTION),
                          sha256=stored.sha256)
        for quota in quota_rows(db, stored.sha256):
            quota_specs.setdefault(quota["key"], quota)
            row.quota_actual[quota["key"]] = quota["actual"]
            row.quota[quota["key"]] = quota["quota"]
            if quota["actual"] is not None:
                actual_sum[quota["key"]] += int(quota["actual"])
                collected.add(quota["key"])
        for rate, met in RATES:
            key_rows = [e for e in listed if e["has_core"] and e["key_enterprise"] and e[rate] is not None]
            row.key_reported[rate] = len(key_rows)
            row.key_met[rate] = sum(1 for e in key_rows if e[met])
            row.key_averages[rate] = _mean([float(e[rate]) for e in key_rows])
        for level, n in content["miit_levels"].items():
            levels[str(level)] += int(n)
        for star, n in content["cloud_awarded"].items():
            stars[str(star)] += int(n)
        rows.append(row)
    # the plan's rows in the edition's order (a district summary may come from an edition of the same year)
    for spec in edition.quota_rows:
        quota_specs.setdefault(spec.key, {"table_name": spec.table, "key": spec.key, "label": spec.label,
                                          "span": spec.span})
    city_quota: dict[str, int | None] = {}
    for spec in edition.quota_rows:
        tasks = [spec.quota_for(d, year) for d in plan_districts] if edition.covers(year) else []
        known = [t for t in tasks if t is not None]
        city_quota[spec.key] = sum(known) if known else None
    # "year" or "cumulative" as the edition says (a summary's own row gives the period in words: 2024年, 2022—2024年)
    spans = {spec.key: spec.span for spec in edition.quota_rows}
    quotas = [CityQuotaRow(str(q["table_name"]), key, str(q["label"]),
                           spans.get(key) or ("year" if str(q["span"]) in ("year", f"{year}年") else "cumulative"),
                           actual_sum[key] if key in collected else None, city_quota.get(key))
              for key, q in quota_specs.items()]
    benchmarks = []
    for (rate, met), (_short, bench_key) in zip(RATES, (("cnc", "key_process_cnc_rate"),
                                                        ("mgmt", "management_digitalization_rate"),
                                                        ("rnd", "rnd_design_tool_rate")), strict=True):
        bench = edition.benchmarks[bench_key]
        key_rows = [e for e in enterprises if e["has_core"] and e["key_enterprise"] and e[rate] is not None]
        benchmarks.append(CityBenchmark(bench_key, bench.name, bench.target_label, float(bench.target_percent),
                                        len(key_rows), sum(1 for e in key_rows if e[met]),
                                        _mean([float(e[rate]) for e in key_rows])))
    by_uscc: dict[str, list[str]] = {}
    for e in enterprises:
        if e["period"]:
            by_uscc.setdefault(e["uscc"], []).append(e["district"])
    disputed = [(u, ds) for u, ds in sorted(by_uscc.items()) if len(ds) > 1]
    reported = [r for r in rows if r.status == REPORTED]
    return CityBoard(period, year, rows, quotas, benchmarks, dict(levels), dict(stars),
                     sum(r.submitted for r in reported), sum(r.core_submitted for r in reported),
                     sum(r.miit_submitted for r in reported), enterprises, disputed,
                     sum(r.under_correction for r in reported))
