"""The one-pass tally the dashboard counts with gives, for every counter and span, exactly what the per-row
rules (``years_of``, which the plausibility flags also use) give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zgsz_desktop.district import counters

years = st.integers(min_value=2018, max_value=2030)
levels = st.sampled_from(["national", "provincial", "city", "other"])
complete_facts = st.fixed_dictionaries({
    "projects_completed": st.dictionaries(years.map(str), st.integers(min_value=0, max_value=5), max_size=4),
    "workshops": st.lists(st.tuples(levels, st.one_of(years, st.none())).map(list), max_size=4),
    "first_set": st.lists(st.tuples(levels, years).map(list), max_size=3),
    "benchmark_factories": st.lists(st.tuples(levels, years).map(list), max_size=3),
    "pilots": st.lists(st.tuples(st.sampled_from(["fusion", "five_g", "platform", "other"]), years).map(list),
                       max_size=4),
    "liangronghe_passed": st.booleans(),
    "liangronghe_year": st.one_of(years, st.none()),
    "cloud_awarded": st.sampled_from([0, 3, 4, 5]),
    "cloud_awarded_year": st.one_of(years, st.none()),
})
# facts stored by an older release lack what it did not ask, or hold null (the 两化融合 year even a boolean)
changes = st.dictionaries(st.sampled_from(["projects_completed", "workshops", "pilots", "cloud_awarded",
                                           "cloud_awarded_year", "liangronghe_year"]),
                          st.sampled_from(["missing", None, True, False]), max_size=3)


def _changed(pair: tuple[dict, dict]) -> dict:
    facts, changed = dict(pair[0]), pair[1]
    for key, value in changed.items():
        if value == "missing":
            facts.pop(key)
        elif value is None or key == "liangronghe_year":
            facts[key] = value
    return facts


facts = st.tuples(complete_facts, changes).map(_changed)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from([f"E{i}" for i in range(8)]), facts, max_size=8),
       st.sets(st.sampled_from([f"E{i}" for i in range(8)])), years, years)
def test_the_tally_counts_what_the_rules_count(latest, above_scale, first, last):
    tally = counters.tally(latest, above_scale)
    for counter in counters.COUNTED:
        scale = above_scale if counter == "projects_completed_above_scale" else None
        assert tally.count(counter, first, last) == counters.total(latest, counter, first, last, scale), counter
    national = sum(1 for f in latest.values() for level, year in f.get("workshops") or ()
                   if level == "national" and year is not None and first <= year <= last)
    assert tally.national(first, last) == national
