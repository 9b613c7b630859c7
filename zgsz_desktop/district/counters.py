"""What one enterprise's facts add to each quota row, by the counter a policy edition names (policy/edition.py
``COUNTERS``). One place for every count, so the dashboard, the plausibility flags and the exports agree.

Sources of each rule are in the edition's row (``resources/policy/*.yaml``):

* ``projects_completed_above_scale`` — 附件1 sets project numbers for 规上企业: only enterprises that are 规上
  (the roster's scale when the roster gives one, else the enterprise's own profile) and only projects whose
  status is 已完成, by the year completed.
* ``cloud_new_N`` — 附件3 counts 新培育 star-cloud enterprises: the current star N, by the year it was
  awarded (``cloud.current_star_year``, asked from questionnaire 2025.1); an award without a year (an older
  questionnaire) is not counted and the row says how many.
* ``iiot_fusion_pilots`` — 附件3 "工业互联网融合创新试点示范": only that category; 5G factories, platforms and
  identifier projects are recorded but are other rows of the plan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# 规模 as rosters and profiles write it: a closed list, because "非规上" contains "规上" (a substring test
# would count it) and a roster column of 大型/中型/小型 says nothing about 规模以上 (then the profile decides).
ABOVE_SCALE = frozenset({"规上", "规模以上", "规上企业", "规模以上企业", "规上工业企业", "规模以上工业企业", "是"})
NOT_ABOVE_SCALE = frozenset({"规下", "非规上", "规模以下", "规下企业", "非规上企业", "规模以下企业", "小微",
                             "小微企业", "列规纳统小微", "列规纳统小微企业", "其他", "否"})
HONOURS = {"provincial_workshops": ("workshops", ("provincial",)), "city_workshops": ("workshops", ("city",)),
           "first_set_equipment": ("first_set", ("national", "provincial", "city")),
           "benchmark_factories": ("benchmark_factories", ("national", "provincial", "city")),
           "iiot_fusion_pilots": ("pilots", ("fusion",))}
CLOUD = {"cloud_new_5": 5, "cloud_new_4": 4, "cloud_new_3": 3}


def scale_class(scale: str | None) -> bool | None:
    """True for 规上, False for a known 非规上 wording, None when the text does not say (e.g. 中型)."""
    text = "".join((scale or "").split())
    if text in ABOVE_SCALE:
        return True
    if text in NOT_ABOVE_SCALE:
        return False
    return None


def is_above_scale(scale: str | None) -> bool:
    return scale_class(scale) is True


def years_of(facts: Mapping[str, Any], counter: str, above_scale: bool = True) -> list[int]:
    """The years of every entry ``facts`` holds for ``counter`` (one item per counted entry)."""
    if counter == "projects_completed_above_scale":
        if not above_scale:
            return []
        counts = facts.get("projects_completed") or {}
        return [int(year) for year, n in counts.items() for _ in range(int(n))]
    if counter == "liangronghe_certified":
        year = facts.get("liangronghe_year")
        return [int(year)] if facts.get("liangronghe_passed") and isinstance(year, int) else []
    if counter in CLOUD:
        year = facts.get("cloud_awarded_year")
        awarded = int(facts.get("cloud_awarded") or 0) == CLOUD[counter]
        return [int(year)] if awarded and isinstance(year, int) and not isinstance(year, bool) else []
    if counter in HONOURS:
        source, kinds = HONOURS[counter]
        return [int(y) for kind, y in facts.get(source) or () if isinstance(y, int) and kind in kinds]
    return []


def contribution(facts: Mapping[str, Any], counter: str, first: int, last: int, above_scale: bool = True) -> int:
    return sum(1 for y in years_of(facts, counter, above_scale) if first <= y <= last)


def undated_awards(facts: Mapping[str, Any], counter: str) -> bool:
    """A star awarded without the year it was awarded (sent with a questionnaire that did not ask it)."""
    return (counter in CLOUD and int(facts.get("cloud_awarded") or 0) == CLOUD[counter]
            and not isinstance(facts.get("cloud_awarded_year"), int))


@dataclass
class Tally:
    """Every counter's entries by year over all enterprises, read in one pass (a refresh counts a dozen rows
    over thousands of enterprises: one pass instead of one per row). Same rules as ``years_of``; a test holds
    the two equal."""

    by_year: dict[str, Counter[int]] = field(default_factory=dict)
    outside_scale: Counter[int] = field(default_factory=Counter)  # projects of enterprises that are not 规上
    undated: Counter[str] = field(default_factory=Counter)  # stars awarded without a year
    national_workshops: Counter[int] = field(default_factory=Counter)  # named beside 附件2, not counted in it

    def count(self, counter: str, first: int, last: int) -> tuple[int, int]:
        """(counted, left out) as :func:`total` says them."""
        counted = sum(n for year, n in self.by_year.get(counter, {}).items() if first <= year <= last)
        if counter == "projects_completed_above_scale":
            return counted, sum(n for year, n in self.outside_scale.items() if first <= year <= last)
        return counted, self.undated.get(counter, 0)

    def national(self, first: int, last: int) -> int:
        return sum(n for year, n in self.national_workshops.items() if first <= year <= last)


_HONOUR_COUNTERS = {"workshops": {"provincial": "provincial_workshops", "city": "city_workshops"},
                    "first_set": dict.fromkeys(("national", "provincial", "city"), "first_set_equipment"),
                    "benchmark_factories": dict.fromkeys(("national", "provincial", "city"), "benchmark_factories"),
                    "pilots": {"fusion": "iiot_fusion_pilots"}}
_STAR_COUNTERS = {rank: counter for counter, rank in CLOUD.items()}

# What one submission adds, as ``entries`` gives it and ``submission_counts`` stores it (db.py, schema 6): a bucket,
# a year and how many. The buckets are the counters of COUNTED, except that projects are kept whatever the
# enterprise's scale (规上 is decided when counting: the roster may change), national workshops are kept to be
# named beside 附件2, and a star awarded without its year goes to UNDATED + the counter, with year 0.
PROJECTS = "projects_completed"
NATIONAL_WORKSHOPS = "national_workshops"
UNDATED = "undated:"
Entry = tuple[str, int, int]  # bucket, year, count


def entries(facts: Mapping[str, Any]) -> list[Entry]:
    """What one submission's facts add to each bucket, by year: the rules of ``years_of`` as the tally applies
    them (a test holds the two equal). Written beside each submission at import, so a refresh counts without
    parsing the facts; changing a rule here needs a schema migration that writes them again (see ``db._v6``)."""
    found: Counter[tuple[str, int]] = Counter()
    projects = facts.get("projects_completed")
    if projects:
        for year, n in projects.items():
            found[PROJECTS, int(year)] += int(n)
    for source, kinds in _HONOUR_COUNTERS.items():
        listed = facts.get(source)
        if listed:
            for kind, year in listed:
                if isinstance(year, int):
                    counter = kinds.get(kind)
                    if counter is not None:
                        found[counter, year] += 1
                    elif source == "workshops" and kind == "national":
                        found[NATIONAL_WORKSHOPS, year] += 1
    if facts.get("liangronghe_passed"):
        year = facts.get("liangronghe_year")
        if isinstance(year, int):
            found["liangronghe_certified", int(year)] += 1
    awarded = facts.get("cloud_awarded")
    if awarded:
        counter = _STAR_COUNTERS.get(int(awarded))
        if counter is not None:
            year = facts.get("cloud_awarded_year")
            if isinstance(year, int) and not isinstance(year, bool):
                found[counter, year] += 1
            else:
                found[UNDATED + counter, 0] += 1
    return [(bucket, year, n) for (bucket, year), n in found.items()]


def tally(latest: Mapping[str, Mapping[str, Any]], above_scale: Iterable[str] | None = None) -> Tally:
    """The tally of each enterprise's facts (``latest``: uscc → facts)."""
    return tally_rows(((uscc, *entry) for uscc, facts in latest.items() for entry in entries(facts)), above_scale)


def tally_rows(rows: Iterable[tuple[str, str, int, int]], above_scale: Iterable[str] | None = None) -> Tally:
    """The tally of every enterprise's entries: (uscc, bucket, year, count), each as :func:`entries` gives them
    (or ``submission_counts`` holds them)."""
    scale = None if above_scale is None else set(above_scale)
    result = Tally(by_year={name: Counter() for name in COUNTED})
    # the loop runs over every entry at every refresh: each bucket's target is looked up once here
    targets: dict[str, Counter[int]] = {**result.by_year, NATIONAL_WORKSHOPS: result.national_workshops}
    projects_counted = result.by_year["projects_completed_above_scale"]
    outside, undated = result.outside_scale, result.undated
    for uscc, bucket, year, n in rows:
        if bucket == PROJECTS:
            (projects_counted if scale is None or uscc in scale else outside)[year] += n
        elif bucket.startswith(UNDATED):
            undated[bucket[len(UNDATED):]] += n
        else:
            target = targets.get(bucket)
            if target is not None:  # a bucket this release does not know (an edited row: the audit says so)
                target[year] += n
    return result


COUNTED = ("projects_completed_above_scale", "provincial_workshops", "city_workshops", "first_set_equipment",
           "liangronghe_certified", "benchmark_factories", "cloud_new_5", "cloud_new_4", "cloud_new_3",
           "iiot_fusion_pilots")


def total(latest: Mapping[str, Mapping[str, Any]], counter: str, first: int, last: int,
          above_scale: Iterable[str] | None = None) -> tuple[int, int]:
    """(the count over every enterprise, the entries left out because they cannot be placed: a 非规上
    enterprise's projects, an undated star)."""
    scale = None if above_scale is None else set(above_scale)
    counted = left_out = 0
    for uscc, facts in latest.items():
        counts_here = scale is None or uscc in scale
        if counter == "projects_completed_above_scale" and not counts_here:
            left_out += contribution(facts, counter, first, last, above_scale=True)
            continue
        counted += contribution(facts, counter, first, last)
        left_out += int(undated_awards(facts, counter))
    return counted, left_out
