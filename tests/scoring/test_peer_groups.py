"""Peer groups: small groups merged upward or suppressed, the differencing rule, figures that never use the
extremes (a planted outlier is not recoverable) and the words for an enterprise's position."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from zgsz_desktop.scoring.peer_groups import (
    ALL_SIZES,
    MANUFACTURING,
    MIN_GROUP,
    Record,
    build_groups,
    group_for,
    group_from_json,
    measure_stats,
    nearest_rank,
    position,
)

NAMES = {"26": "化学原料和化学制品制造业", "34": "通用设备制造业", "38": "电气机械和器材制造业"}


def records(industry: str, size: str, rates: list[float], **extra) -> list[Record]:
    return [Record(industry, size, cnc_rate=r, mgmt_rate=r, rnd_rate=r, **extra) for r in rates]


def keys(grouping) -> dict[tuple[str, str], int]:
    return {g.key: g.n for g in grouping.groups}


def file_bytes(grouping) -> bytes:
    return json.dumps([g.to_json() for g in grouping.groups], ensure_ascii=False, sort_keys=True).encode()


def test_nearest_rank_never_uses_the_minimum_or_the_maximum():
    for n in range(5, 200):
        for p in (10, 25, 50, 75, 90):
            assert 2 <= nearest_rank(p, n) <= n - 1


def test_a_group_of_five_is_published_with_three_quantiles_and_a_group_of_four_is_not():
    assert measure_stats("cnc_rate", [10, 20, 30, 40]) is None
    stats = measure_stats("cnc_rate", [10, 20, 30, 40, 50])
    assert stats is not None and stats.n == 5
    assert stats.quantiles == ((25, 20.0), (50, 30.0), (75, 40.0))  # never 10 (min) or 50 (max)
    wide = measure_stats("cnc_rate", list(range(1, 21)))
    assert wide is not None and [p for p, _ in wide.quantiles] == [10, 25, 50, 75, 90]
    assert wide.at(10) == 2 and wide.at(90) == 18


def test_small_groups_are_merged_upward_and_a_small_whole_is_suppressed():
    # division 34: 6 规上 (own group) + 2 其他 → the 2 count only in a wider group
    data = records("34", "规上", [50, 55, 60, 65, 70, 75]) + records("34", "其他", [20, 30])
    grouping = build_groups(data, NAMES)
    # the two 其他 count in (34, 全部规模); publishing (34, 规上) beside it would single them out (8 − 6 = 2),
    # so the sub-group is merged into its parent
    assert keys(grouping) == {("34", ALL_SIZES): 8}
    assert grouping.merged == (("34", "规上"),)
    assert grouping.suppressed == 0
    for group in grouping.groups:
        assert group.n >= MIN_GROUP
    assert build_groups(records("34", "规上", [1, 2, 3, 4]), NAMES).groups == ()
    assert build_groups(records("34", "规上", [1, 2, 3, 4]), NAMES).suppressed == 4


def test_merge_order_division_before_size_before_manufacturing():
    # 3 + 3 in division 26 (two sizes): neither is published, (26, 全部规模) is
    data = records("26", "规上", [10, 20, 30]) + records("26", "其他", [40, 50, 60])
    assert keys(build_groups(data, NAMES)) == {("26", ALL_SIZES): 6}
    # 3 规上 in each of 26 and 38: no division reaches 5; (制造业, 规上) does
    data = records("26", "规上", [10, 20, 30]) + records("38", "规上", [40, 50, 60])
    grouping = build_groups(data, NAMES)
    assert keys(grouping) == {(MANUFACTURING, "规上"): 6}
    assert grouping.groups[0].label == "制造业（规上）"
    # three divisions and sizes, each too small: only 制造业 as a whole
    data = (records("26", "规上", [10, 20]) + records("38", "其他", [40, 50]) + records("34", "列规纳统小微", [1]))
    assert keys(build_groups(data, NAMES)) == {(MANUFACTURING, ALL_SIZES): 5}


def test_a_parent_never_differs_from_its_published_children_by_one_to_four():
    # 34: 5 规上 and 5 其他 published, plus 2 列规纳统小微; (34, 全部规模) = 12 would be 2 more than its children
    data = (records("34", "规上", [50, 55, 60, 65, 70]) + records("34", "其他", [10, 15, 20, 25, 30])
            + records("34", "列规纳统小微", [40, 41]))
    grouping = build_groups(data, NAMES)
    published = keys(grouping)
    assert published[("34", ALL_SIZES)] == 12
    children = [k for k in published if k[0] == "34" and k[1] != ALL_SIZES]
    assert len(children) == 1  # the smaller child was merged: the remainder is now 2 + 5 = 7
    assert grouping.merged
    assert_differencing_safe(grouping, data)


def assert_differencing_safe(grouping, data) -> None:
    def members(key):
        return {i for i, r in enumerate(data)
                if key[0] in (MANUFACTURING, r.industry) and key[1] in (ALL_SIZES, r.size)}

    published = [g.key for g in grouping.groups]
    for parent in published:
        children = [k for k in published if k != parent and parent[0] in (MANUFACTURING, k[0])
                    and parent[1] in (ALL_SIZES, k[1])]
        if children:
            rest = members(parent) - set().union(*(members(k) for k in children))
            assert not 1 <= len(rest) <= 4, (parent, children, len(rest))


def test_a_planted_outlier_is_not_recoverable():
    base = [61.0, 62.5, 64.0, 66.0, 70.0, 71.5, 73.0, 75.0, 78.0]
    with_outlier = records("34", "规上", [*base, 99.9], miit_level="二级", cloud_stars=3)
    without = records("34", "规上", [*base, 80.0], miit_level="二级", cloud_stars=3)
    a, b = build_groups(with_outlier, NAMES), build_groups(without, NAMES)
    assert file_bytes(a) == file_bytes(b)  # no published figure depends on the extreme value
    for group in a.groups:
        for stats in group.measures.values():
            assert all(v not in (99.9, 80.0) for _, v in stats.quantiles)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["26", "34", "38"]), st.sampled_from(["规上", "其他", "列规纳统小微"]),
                          st.floats(0, 100)), min_size=0, max_size=60),
       st.floats(0, 100))
def test_property_extremes_never_matter_and_differences_stay_safe(rows, bump):
    data = [Record(i, s, cnc_rate=v) for i, s, v in rows]
    grouping = build_groups(data, NAMES)
    assert_differencing_safe(grouping, data)
    for group in grouping.groups:
        assert group.n >= MIN_GROUP
        restored = group_from_json(json.loads(json.dumps(group.to_json())))
        assert restored.measures == group.measures
    if data:  # raising the overall maximum further changes nothing published
        top = max(range(len(data)), key=lambda i: data[i].cnc_rate)
        raised = list(data)
        raised[top] = Record(data[top].industry, data[top].size, cnc_rate=data[top].cnc_rate + bump + 1000)
        assert file_bytes(build_groups(raised, NAMES)) == file_bytes(grouping)


def test_ordinal_measures_are_published_as_levels_and_thin_measures_are_left_out():
    data = [Record("34", "规上", cnc_rate=50 + i, miit_level=lvl, cloud_stars=None)
            for i, lvl in enumerate(["一级", "二级", "二级", "三级", "四级", "二级"])]
    group = build_groups(data, NAMES).groups[0]
    assert group.to_json()["measures"]["miit_level"]["quantiles"] == {"p25": "二级", "p50": "二级", "p75": "三级"}
    assert "cloud_stars" not in group.measures and "mgmt_rate" not in group.measures


def test_position_in_words_from_the_published_quantiles_only():
    group = build_groups(records("34", "规上", [40, 50, 60, 70, 80]), NAMES).groups[0]
    # P25 = 50, P50 = 60, P75 = 70: plain words, no percentile codes for a manager
    assert position(group, "cnc_rate", 65).text == "高于同组约一半的企业"
    assert position(group, "cnc_rate", 65).percentile_band == "P50–P75"
    assert position(group, "cnc_rate", 55).text == "低于同组约一半的企业"
    assert position(group, "cnc_rate", 45).text == "低于同组约四分之三的企业"
    assert position(group, "cnc_rate", 95).text == "高于同组约四分之三的企业"
    assert position(group, "cnc_rate", 60).text == "与同组中位数持平"
    for value in (45, 55, 60, 65, 95):
        assert "P" not in position(group, "cnc_rate", value).text
    where = position(group, "cnc_rate", 65)
    assert (where.n, where.median, where.group_label) == (5, "60.0%", "34 通用设备制造业（规上）")
    assert position(group, "miit_level", 2) is None  # not published for this group
    assert position(group, "cnc_rate", None) is None


def test_a_value_equal_to_a_quantile_at_the_published_precision_is_level_with_it():
    """Finding 5: 83.26 % is shown as 83.3 %, the group's P75 is 83.3 %: "level with", not "higher than"."""
    group = build_groups(records("34", "规上", [60.04, 70.0, 75.0, 83.3, 90.0]), NAMES).groups[0]
    assert group.measures["cnc_rate"].quantiles == ((25, 70.0), (50, 75.0), (75, 83.3))
    at_p75 = position(group, "cnc_rate", 83.26)
    assert at_p75.text == "与同组四分之三处的数值持平" and at_p75.percentile_band == "=P75"
    assert position(group, "cnc_rate", 69.96).text == "与同组四分之一处的数值持平"  # shown as 70.0 %, P25 70.0 %
    assert position(group, "cnc_rate", 83.36).text == "高于同组约四分之三的企业"  # 83.4 %
    assert position(group, "cnc_rate", 74.96).text == "与同组中位数持平"
    # levels: 二级 equal to a P75 of 二级 is level with it, not above
    levels = build_groups([Record("34", "规上", miit_level=lvl) for lvl in ["一级", "一级", "一级", "二级", "三级"]],
                          NAMES).groups[0]
    assert position(levels, "miit_level", 2.0).text == "与同组四分之三处的数值持平"
    # tied quantiles (P25 = P50 = 一级): the median is named
    assert position(levels, "miit_level", 1.0).text == "与同组中位数持平"


def test_the_enterprise_finds_its_most_specific_published_group():
    data = records("34", "规上", [50, 55, 60, 65, 70]) + records("26", "其他", [1, 2, 3, 4, 5])
    groups = build_groups(data, NAMES).groups
    assert group_for(groups, "34", "规上").key == ("34", "规上")
    assert group_for(groups, "38", "规上") is None or group_for(groups, "38", "规上").industry == MANUFACTURING


def _published(groups, kind: str = "district"):
    from zgsz_desktop.scoring.peer_groups import PublishedBenchmark

    return PublishedBenchmark("b", "2025-03-01T09:00:00+00:00", "2024年度", ("海安市",), kind, "海安市", 20, 0,
                              tuple(groups), {})


def test_the_enterprise_is_told_why_and_with_whom_it_is_compared_when_its_own_group_is_not_published():
    """Finding 6: 34 规上 has only 3 enterprises, so the file has (制造业, 规上); the enterprise reads why."""
    from zgsz_desktop.scoring.peer_groups import standing

    data = (records("34", "规上", [50, 55, 60]) + records("36", "规上", [70, 80])
            + records("26", "规上", [10, 20, 30, 40, 50, 60]) + records("26", "其他", [1, 2, 3, 4, 5]))
    grouping = build_groups(data, NAMES)
    assert (MANUFACTURING, "规上") in keys(grouping) and ("34", "规上") not in keys(grouping)
    found = standing(_published(grouping.groups), "34", "规上", {"cnc_rate": 55.0})
    assert found.group.key == (MANUFACTURING, "规上")
    assert found.wider == ("本行业同规模的企业不足 5 家（或单独列出会让人推算出个别企业的数值），"
                           "因此与本区县全部制造业企业（规上）比较")
    by_city = standing(_published(grouping.groups, "city"), "34", "规上", {})
    assert by_city.wider.endswith("与本市全部制造业企业（规上）比较")
    own = standing(_published(grouping.groups), "26", "规上", {"cnc_rate": 55.0})
    assert own.group.key == ("26", "规上") and own.wider is None
    wide = build_groups(records("34", "规上", [1, 2, 3]) + records("34", "其他", [4, 5, 6]), NAMES)
    assert standing(_published(wide.groups), "34", "规上", {}).wider.endswith("因此与本行业全部规模的企业比较")


def _earlier(grouping):
    from zgsz_desktop.scoring.peer_groups import EarlierRelease

    return EarlierRelease("2025-03-01T09:00:00+00:00", grouping.groups, grouping.counted)


def _who(rs: list[Record], start: int) -> list[Record]:
    from dataclasses import replace

    return [replace(r, who=f"E{start + i}") for i, r in enumerate(rs)]


def test_a_later_release_holds_back_groups_that_differ_by_one_to_four_enterprises():
    """Finding 11, the rule: the same group with 1–4 more (or fewer), or another group of nearly the same
    enterprises (34 全部规模 now ≈ 34 规上 before), is not published; with 5 more it is again."""
    first = build_groups(_who(records("34", "规上", [50, 55, 60, 65, 70, 75]), 0), NAMES)
    assert keys(first) == {("34", "规上"): 6}
    one_more = _who(records("34", "规上", [50, 55, 60, 65, 70, 75, 99]), 0)
    second = build_groups(one_more, NAMES, [_earlier(first)])
    assert second.groups == () and ("34", "规上") in second.held and ("34", ALL_SIZES) in second.held
    five_more = _who(records("34", "规上", [50, 55, 60, 65, 70, 75, 81, 82, 83, 84, 85]), 0)
    third = build_groups(five_more, NAMES, [_earlier(first), _earlier(second)])
    assert keys(third) == {("34", "规上"): 11} and third.held == ()
    # the same enterprises, one of them replaced by another: 2 differ, held too
    swapped = _who(records("34", "规上", [50, 55, 60, 65, 70]), 0) + _who(records("34", "规上", [99]), 50)
    assert build_groups(swapped, NAMES, [_earlier(first)]).groups == ()
    # nothing changed: published again as it was
    assert file_bytes(build_groups(_who(records("34", "规上", [50, 55, 60, 65, 70, 75]), 0), NAMES,
                                   [_earlier(first)])) == file_bytes(first)


def test_a_measure_that_one_more_enterprise_now_reports_is_left_out_of_a_later_release():
    base = [Record("34", "规上", cnc_rate=50 + i, miit_level="二级" if i < 5 else None, who=f"E{i}") for i in range(8)]
    first = build_groups(base, NAMES)
    assert first.groups[0].measures["miit_level"].n == 5
    later = [*base[:5], *(Record("34", "规上", cnc_rate=50 + i, miit_level="三级", who=f"E{i}") for i in (5, 6)),
             base[7]]
    second = build_groups(later, NAMES, [_earlier(first)])
    assert keys(second) == {("34", "规上"): 8}
    assert "miit_level" not in second.groups[0].measures and "cnc_rate" in second.groups[0].measures
    assert second.measures_held == ((("34", "规上"), "miit_level"),)
