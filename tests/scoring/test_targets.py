"""Plan targets: the 65 / 82 / 92 benchmarks and the check of every table against its stated total."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from zgsz_desktop.targets import load_targets, parse_targets, plan_targets

ROOT = Path(__file__).resolve().parents[2]


def test_benchmarks_are_65_82_92_from_resources():
    targets = plan_targets()
    assert {k: (b.target_percent, b.comparison) for k, b in targets.benchmarks.items()} == {
        "key_process_cnc_rate": (Decimal(65), ">="),
        "management_digitalization_rate": (Decimal(82), ">"),
        "rnd_design_tool_rate": (Decimal(92), "≈"),
    }


def test_attachment4_2024_mismatch_is_reported_not_hidden():
    mismatches = plan_targets().mismatches
    # 附件4 2024: 420+410+410+413+803+371+379+422+149+161+162 = 4100, but the 合计 row says 5000
    assert len(mismatches) == 1
    only = mismatches[0]
    assert only.table == "attachment4_5g_base_stations"
    assert only.column == "2024年"
    assert (only.rows_sum, only.stated_total) == (4100, 5000)
    assert "4100" in only.message and "5000" in only.message and "计划原文" in only.message


def test_a_table_that_adds_up_reports_nothing_and_a_changed_row_is_caught():
    data = yaml.safe_load((ROOT / "resources" / "plan" / "nantong-targets-2022-2024.yaml").read_text(encoding="utf-8"))
    fixed = copy.deepcopy(data)
    fixed["attachment4_5g_base_stations"]["合计"][2] = 4100
    assert parse_targets(fixed).mismatches == ()
    broken = copy.deepcopy(fixed)
    broken["attachment3"]["海安市"]["cloud_3"] = 40  # one more 三星 than the plan's 39
    (mismatch,) = parse_targets(broken).mismatches
    assert mismatch.table == "attachment3" and mismatch.column == "cloud_3"
    assert (mismatch.rows_sum, mismatch.stated_total) == (331, 330)


def test_district_list_includes_the_plan_districts():
    districts = load_targets().districts
    assert districts[0] == "海安市" and "国际家纺产业园区" in districts and len(districts) == 11


@pytest.mark.parametrize("target, comparison", [("65", ">="), ("82", ">"), ("92", "≈"), ("72.5", ">"), ("82.3", ">=")])
def test_a_figure_meets_a_target_exactly_as_the_decimal_reading_says(target, comparison):
    """The comparison runs on floats for speed; it must agree with the exact decimal reading everywhere,
    including a hair either side of the target (64.9999999 % is not 65 %, 65.0000001 % is)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from zgsz_desktop.targets import Benchmark

    benchmark = Benchmark("k", "n", Decimal(target), comparison)

    def decimal_reading(fraction: float) -> bool:
        value = Decimal(str(round(fraction * 100, 6)))
        return value > benchmark.target_percent if comparison == ">" else value >= benchmark.target_percent

    edge = float(Decimal(target) / 100)
    for fraction in (edge, edge - 1e-9, edge + 1e-9, edge - 1e-8, edge + 1e-8, 0.0, 1.0):
        assert benchmark.is_met(fraction) == decimal_reading(fraction)

    @settings(max_examples=2000, deadline=None)
    @given(st.floats(min_value=0, max_value=1))
    def agrees(fraction: float) -> None:
        assert benchmark.is_met(fraction) == decimal_reading(fraction)

    agrees()
