"""The plan's targets (通政办发〔2022〕3号) as data, with a check of every table against its total.

The plan's own tables are reproduced as printed. Where a table's rows do not add up to its stated
合计 (附件4, 2024: the rows give 4100, the total says 5000) the loader reports the mismatch rather
than correcting either figure: the district and the city must see what the document says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml

from .errors import UserError
from .jsontypes import JSONValue
from .locate import resource

TARGETS_FILE = ("plan", "nantong-targets-2022-2024.yaml")
TOTAL_ROW = "合计"

# Tables checked against their 合计 row, with the plan's name for each and its column labels.
_TABLES: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "attachment1_zgsz_projects": ("附件1 全市制造业“智改数转”项目分解表", ("2022年", "2023年", "2024年")),
    "attachment2_per_year": ("附件2 示范智能车间（工厂）、首台（套）重大智能装备分解表", None),
    "attachment3": ("附件3 全市制造业数字化转型工作任务分解表", None),
    "attachment4_5g_base_stations": ("附件4 全市5G基站建设工作任务分解表", ("2022年", "2023年", "2024年")),
}


class TargetsError(UserError, ValueError):
    """The targets file is missing or not in the expected shape."""


@dataclass(frozen=True)
class Benchmark:
    key: str
    name: str
    target_percent: Decimal
    comparison: str  # ">=", ">" (超过) or "≈" (接近, treated as >= for 达标)
    scope: str = "重点企业"  # the plan sets the three benchmarks for 重点企业 (plan §一(三))
    # Filled by the policy edition (policy/edition.py): where the figure comes from and how sure we are.
    source: str = ""  # the document, as cited
    source_id: str = ""
    confidence: str = "V"  # V / 3P / U
    basis: str = ""  # one sentence: what this figure is, e.g. 规划主要目标：到2024年重点企业…达65%
    reference_only: bool = False  # not a target for this period (expired, national, or another level's)

    @property
    def target_fraction(self) -> float:
        return float(self.target_percent / 100)

    def is_met(self, fraction: float) -> bool:
        """Whether an enterprise figure (a fraction in [0, 1]) meets the target.

        "≈" (接近92%) has no official tolerance; we count it as met at or above the target, which
        is the conservative reading for a self-assessment (自评口径).
        """
        # Compared as floats: the figure is rounded to 6 decimals of a percent and both sides are exact decimal
        # strings' nearest floats, so this equals the Decimal comparison it replaced, at a tenth of its cost (the
        # dashboard judges every enterprise's three figures at each refresh).
        value = round(fraction * 100, 6)
        target = float(self.target_percent)
        return value > target if self.comparison == ">" else value >= target

    @property
    def note(self) -> str:
        if self.reference_only:
            return f"{self.basis}。仅作参照，不是对本企业的考核目标。"
        if self.comparison == "≈":
            return (f"规划表述为“接近{self.target_percent.normalize():f}%”，无官方容差，"
                    "本软件按达到该值判定为达标（自评口径）。")
        if self.comparison == ">":
            return f"规划表述为“超过{self.target_percent.normalize():f}%”，恰好等于该值不算达标。"
        return ""

    @property
    def target_label(self) -> str:
        words = {">=": "达到", ">": "超过", "≈": "接近"}
        return f"{words.get(self.comparison, '')}{self.target_percent.normalize():f}%"


@dataclass(frozen=True)
class TotalMismatch:
    table: str  # key in the YAML file
    table_title: str
    column: str
    stated_total: int
    rows_sum: int

    @property
    def message(self) -> str:
        return (
            f"{self.table_title}（{self.column}）：各地区合计为 {self.rows_sum}，"
            f"而表中“合计”行为 {self.stated_total}，相差 {self.stated_total - self.rows_sum}。"
            "此差异来自计划原文，未作更正。"
        )


@dataclass(frozen=True)
class PlanTargets:
    raw: Mapping[str, JSONValue]
    benchmarks: Mapping[str, Benchmark]
    districts: tuple[str, ...]
    mismatches: tuple[TotalMismatch, ...] = field(default=())

    def quota(self, table: str, district: str) -> JSONValue:
        return self.raw[table][district]


def _column_sums(table_key: str, table: Mapping[str, JSONValue]) -> list[TotalMismatch]:
    title, labels = _TABLES[table_key]
    if TOTAL_ROW not in table:
        raise TargetsError(f"{title}: 缺少“{TOTAL_ROW}”行")
    total = table[TOTAL_ROW]
    rows = [value for name, value in table.items() if name != TOTAL_ROW]
    mismatches: list[TotalMismatch] = []
    if isinstance(total, list):
        for index, stated in enumerate(total):
            computed = sum(int(row[index]) for row in rows)
            column = labels[index] if labels and index < len(labels) else f"第{index + 1}列"
            if computed != stated:
                mismatches.append(TotalMismatch(table_key, title, column, int(stated), computed))
    elif isinstance(total, Mapping):
        for column, stated in total.items():
            computed = sum(int(row.get(column, 0)) for row in rows)
            if computed != stated:
                mismatches.append(TotalMismatch(table_key, title, str(column), int(stated), computed))
    else:
        raise TargetsError(f"{title}: “{TOTAL_ROW}”行格式不对")
    return mismatches


def parse_targets(data: Mapping[str, JSONValue]) -> PlanTargets:
    """Build :class:`PlanTargets` from the parsed YAML and check every table's totals."""
    try:
        benchmarks = {
            key: Benchmark(
                key=key,
                name=str(spec["name"]),
                target_percent=Decimal(str(spec["target_percent"])),
                comparison=str(spec.get("comparison", ">=")),
                scope=str(spec.get("scope", "重点企业")),
            )
            for key, spec in data["benchmarks"].items()
        }
        districts = tuple(str(row["name"]) for row in data["districts"])
    except (KeyError, TypeError) as exc:
        raise TargetsError(f"规划目标文件缺少字段：{exc}") from exc
    mismatches: list[TotalMismatch] = []
    for table_key in _TABLES:
        if table_key in data:
            mismatches.extend(_column_sums(table_key, data[table_key]))
    return PlanTargets(raw=data, benchmarks=benchmarks, districts=districts, mismatches=tuple(mismatches))


def load_targets(path: Path | None = None) -> PlanTargets:
    path = path or resource(*TARGETS_FILE)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TargetsError(f"无法读取规划目标文件 {path}: {exc}") from exc
    return parse_targets(data)


@cache
def plan_targets() -> PlanTargets:
    """The shipped targets, loaded once per process."""
    return load_targets()
