"""The dashboard's reads since schema 5 (issue #16: one read of the year per questionnaire from a covering index,
the latest 南通核心指标 facts found on their own index, each figure judged once) give exactly what the definitions
they replaced gave: the window query per questionnaire and column list, the scan per questionnaire for what each
enterprise sent, the join for the latest facts. Checked on random districts: several periods a year, superseded
versions (some of a later period), partial submissions, enterprises with nothing for the year, a roster."""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from district_fixtures import uscc
from hypothesis import given
from hypothesis import strategies as st

from zgsz_desktop.district import counters
from zgsz_desktop.district import dashboard as dash
from zgsz_desktop.district.db import YEAR_FIGURE_COLUMNS, open_db, schema_version, transaction, write_counts
from zgsz_desktop.district.facts import CORE, MIIT, period_year_order

PERIODS = ("2023年第2季度", "2023年度", "2024年第1季度", "2024年上半年", "2024年第3季度", "2024年度", "2025年第1季度",
           "2025年上半年")
SCALES = ("规上", "规下", "中型", "", "规模以上企业", "非规上", "小微")
LEVELS = ("national", "provincial", "city", "other")
MIIT_LEVELS = (None, "未达到一级", "一级", "二级", "三级", "四级")
SUBMISSION_COLUMNS = (
    "package_id, questionnaire_id, uscc, enterprise_name, period, period_year, period_order, questionnaire_version, "
    "questionnaire_hash, format_version, key_epoch, sequence, supersedes, created_at, imported_at, signer_key_id, "
    "verification_code, package_sha256, source_name, current, key_enterprise, complete, cnc_rate, mgmt_rate, "
    "rnd_rate, cnc_met, mgmt_met, rnd_met, cloud_estimate, cloud_awarded, miit_level, miit_points, facts")


def _rate(rng: random.Random) -> float | None:
    return rng.choice([None, 0.0, 0.65, 0.82, 0.92, 1.0, rng.random(), rng.random(), round(rng.random(), 2)])


def _year(rng: random.Random) -> Any:
    return rng.choice([2019, 2021, 2022, 2023, 2024, 2024, 2025, None])


def _core_facts(rng: random.Random) -> dict[str, Any]:
    awarded = rng.choice([0, 0, 3, 4, 5])
    return {
        "key_enterprise": rng.random() < 0.5, "complete": rng.random() < 0.8,
        "cnc_rate": _rate(rng), "cloud_awarded": awarded,
        "cloud_awarded_year": _year(rng) if awarded else None,
        "projects_completed": {str(rng.choice([2022, 2023, 2024, 2025])): rng.randint(1, 4)
                               for _ in range(rng.choice([0, 0, 1, 2, 3]))},
        "workshops": [[rng.choice(LEVELS), _year(rng)] for _ in range(rng.choice([0, 0, 1, 2]))],
        "first_set": [[rng.choice(LEVELS), _year(rng)] for _ in range(rng.choice([0, 0, 1]))],
        "benchmark_factories": [[rng.choice(LEVELS), _year(rng)] for _ in range(rng.choice([0, 0, 0, 1]))],
        "pilots": [[rng.choice(["fusion", "five_g", "platform"]), _year(rng)] for _ in range(rng.choice([0, 0, 1, 2]))],
        "liangronghe_passed": rng.random() < 0.4, "liangronghe_year": _year(rng),
    }


def random_district(path: Path, seed: int, enterprises: int = 40) -> Any:
    """A district database written row by row (the shapes an import makes, without packages)."""
    rng = random.Random(seed)
    db = open_db(path)
    counted = schema_version(db) >= 6  # what each submission counts is written beside it, as an import does
    codes = [uscc(seed * 1000 + i, rng.choice(["320685", "320685", "320612"])) for i in range(enterprises)]
    with transaction(db):
        for index, code in enumerate(codes):
            name = rng.choice(["南通甲机械有限公司", "南通乙纺织有限公司", "南通\u202e丙\u202c科技有限公司"])
            name += str(index)
            db.execute("INSERT INTO enterprises (uscc, name, district, industry_code, industry_name, scale, "
                       "key_enterprise, contact, phone, key_id, public_key, key_pinned_at, first_seen, updated_at) "
                       "VALUES (?, ?, '海安市', '34', '通用设备制造业', ?, ?, '陈建华', '0513-80000000', ?, ?, "
                       "'2024-01-01', '2024-01-01', '2024-01-01')",
                       [code, name, rng.choice(SCALES), int(rng.random() < 0.5), f"key-{code}", code.encode()])
            for period in rng.sample(PERIODS, rng.randint(1, 4)):
                year, order = period_year_order(period)
                sent = rng.choice([(CORE, MIIT), (CORE, MIIT), (CORE, MIIT), (CORE,), (MIIT,)])
                versions = rng.choice([1, 1, 1, 2, 3])
                for sequence in range(1, versions + 1):
                    package_id = f"{code}-{period}-{sequence}"
                    created = f"{rng.choice([2023, 2024, 2025, 2026])}-0{rng.randint(1, 9)}-15T09:00:00+00:00"
                    imported = f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T10:00:00+00:00"
                    for questionnaire in sent:
                        facts = (_core_facts(rng) if questionnaire == CORE else
                                 {"key_enterprise": rng.random() < 0.5, "complete": rng.random() < 0.8,
                                  "miit_level": rng.choice(MIIT_LEVELS), "miit_points": rng.choice([None, 55.5])})
                        rates = [_rate(rng) for _ in range(3)] if questionnaire == CORE else [None] * 3
                        db.execute(
                            f"INSERT INTO submissions ({SUBMISSION_COLUMNS}) VALUES ({', '.join('?' * 33)})",
                            [package_id, questionnaire, code, name, period, year, order, "1", "h", 2, 1, sequence,
                             None, created, imported, f"key-{code}", "v", f"sha-{package_id}", "f.zgsz",
                             int(sequence == versions), int(facts["key_enterprise"]), int(facts["complete"]), *rates,
                             None, None, None, rng.choice([None, 0, 3, 4, 5]), facts.get("cloud_awarded"),
                             facts.get("miit_level"), facts.get("miit_points"), json.dumps(facts, ensure_ascii=False)])
                        if counted:
                            write_counts(db, package_id, questionnaire, facts)
        listed = rng.sample(codes, enterprises // 2) + [uscc(seed * 1000 + 900 + i) for i in range(3)]
        for code in listed:  # a roster naming half of them and three that never reported
            db.execute("INSERT INTO roster (uscc, name, key_enterprise, scale, industry, contact, phone, source, "
                       "imported_at) VALUES (?, '名单企业', ?, ?, '', '', '', 'r.csv', '2026-01-01')",
                       [code, int(rng.random() < 0.5), rng.choice(SCALES)])
    return db


# ----------------------------------------------------------------- the definitions before schema 5 (release 0.2)


def old_year_current(db: Any, year: int, questionnaire: str, columns: str) -> list[tuple[Any, ...]]:
    return db.execute(
        f"""SELECT {columns} FROM (
                SELECT {columns}, ROW_NUMBER() OVER (PARTITION BY uscc ORDER BY period_order DESC) AS pick
                FROM submissions WHERE questionnaire_id = ? AND current = 1 AND period_year = ?)
            WHERE pick = 1""", [questionnaire, year]).fetchall()


def old_year_submissions(db: Any, year: int) -> dict[str, tuple[str, frozenset[str]]]:
    from zgsz_desktop.questionnaire.submission import submission_questionnaires

    found: dict[str, tuple[int, str, set[str]]] = {}
    for questionnaire in dict.fromkeys([*submission_questionnaires(), CORE, MIIT]):
        for code, period, order in db.execute(
                "SELECT uscc, period, period_order FROM submissions "
                "WHERE questionnaire_id = ? AND current = 1 AND period_year = ?", [questionnaire, year]):
            known = found.get(code)
            if known is None or order > known[0]:
                found[code] = (order, period, {questionnaire})
            elif order == known[0]:
                known[2].add(questionnaire)
    return {code: (period, frozenset(parts)) for code, (_, period, parts) in found.items()}


def old_latest_core_facts(db: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    rows = db.execute(
        """SELECT s.uscc, s.facts, s.package_id, s.period, s.created_at FROM submissions s JOIN (
               SELECT uscc, max(period_order) AS latest FROM submissions
               WHERE questionnaire_id = ? AND current = 1 GROUP BY uscc) m
             ON s.uscc = m.uscc AND s.period_order = m.latest
           WHERE s.questionnaire_id = ? AND s.current = 1""", [CORE, CORE]).fetchall()
    return ({code: json.loads(facts) for code, facts, *_ in rows},
            {code: (package_id, period, created_at) for code, _, package_id, period, created_at in rows})


def old_distribution(values: list[float]) -> list[int]:
    bins = [0] * dash.BINS
    for value in values:
        bins[min(dash.BINS - 1, max(0, int(value * dash.BINS)))] += 1
    return bins


def old_above_scale(db: Any) -> set[str]:
    said = {code: counters.scale_class(scale) for code, scale in db.execute("SELECT uscc, scale FROM roster")}
    roster = {code: above for code, above in said.items() if above is not None}
    found = {code for code, scale in db.execute("SELECT uscc, scale FROM enterprises")
             if roster.get(code, counters.is_above_scale(scale))}
    return found | {code for code, above in roster.items() if above}


def old_figures(db: Any, year: int) -> dash.YearFigures:
    """What the dashboard read before schema 5, in the shape it reads now."""
    columns = f"uscc, period_order, {', '.join(YEAR_FIGURE_COLUMNS)}"
    by_questionnaire = {q: {row[0]: row for row in old_year_current(db, year, q, columns)}
                        for q in dash._year_questionnaires()}
    return dash.YearFigures(year, by_questionnaire, old_year_submissions(db, year), dash.year_edition(db, year))


# ----------------------------------------------------------------------------------------------------- the tests


@pytest.fixture(scope="module", params=range(6))
def district_db(request, tmp_path_factory):
    return random_district(tmp_path_factory.mktemp("random") / "d.zgszdb", seed=request.param + 1)


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_the_reads_give_what_the_old_definitions_gave(district_db, year):
    db = district_db
    figures, before = dash.year_figures(db, year), old_figures(db, year)
    assert figures.by_questionnaire == before.by_questionnaire
    assert figures.sent == before.sent == dash.year_submissions(db, year)
    latest, (old_facts, old_meta) = dash.latest_core_facts(db), old_latest_core_facts(db)
    assert dict(latest) == old_facts and latest.meta == old_meta
    assert dash.above_scale_enterprises(db) == old_above_scale(db)
    assert dash.above_scale_enterprises(db, dash.read_registers(db)) == old_above_scale(db)
    # what a refresh reads instead of the facts (schema 6) answers the same three questions
    counted, scale = dash.latest_core_counts(db), old_above_scale(db)
    assert counted.tally(scale) == counters.tally(old_facts, scale) and counted.tally(None) == counters.tally(old_facts)
    assert counted.awarded() == Counter(int(f.get("cloud_awarded") or 0) for f in old_facts.values())
    assert {code: n for code, n in counted.projects_completed(year).items() if n} == {
        code: f["projects_completed"][str(year)] for code, f in old_facts.items()
        if f["projects_completed"].get(str(year))}
    assert counted.made == {code: int(created_at[:4]) for code, (_, _, created_at) in old_meta.items()}
    # each figure judged once per refresh is judged as the edition judges it
    benchmarks = [figures.edition.benchmarks[key] for _, key in dash.BENCHMARKS]
    for code, row in figures.core.items():
        assert figures.met[code] == tuple(None if row[column] is None else benchmark.is_met(row[column])
                                          for benchmark, column in zip(benchmarks, dash.F_RATES, strict=True))


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_the_dashboard_and_the_table_are_those_of_the_old_reads(district_db, year):
    db = district_db
    old_latest = dash.LatestFacts(old_latest_core_facts(db)[0])  # without packages: plausibility looks them up
    before = (dash.build_dashboard(db, year, latest=old_latest, figures=old_figures(db, year)),
              dash.enterprise_rows(db, year, latest=old_latest, figures=old_figures(db, year)))
    board, rows = dash.refresh(db, year)
    assert board == before[0] and rows == before[1]
    assert board == dash.build_dashboard(db, year) and rows == dash.enterprise_rows(db, year)
    assert rows and (board.submitted or year == 2026)  # the random district has something to show
    for stat in board.benchmarks:  # the distributions as they were counted before
        rate = {"key_process_cnc_rate": "cnc_rate", "management_digitalization_rate": "mgmt_rate",
                "rnd_design_tool_rate": "rnd_rate"}[stat.key]
        reported = [getattr(r, rate) for r in rows if r.core_period and getattr(r, rate) is not None]
        assert stat.distribution_all == old_distribution(reported)
    partial = [(code, period, list(dash.missing_questionnaires(present)))
               for code, (period, present) in sorted(old_year_submissions(db, year).items())
               if dash.missing_questionnaires(present)]
    assert [(p["uscc"], p["period"], p["missing"]) for p in board.partial] == partial


def test_the_random_districts_have_the_cases_that_matter(district_db):
    """Several periods in a year, superseded versions, partial submissions: else the tests above prove little."""
    db = district_db
    assert db.execute("SELECT count(*) FROM submissions WHERE current = 0").fetchone()[0]
    assert db.execute("SELECT count(*) FROM (SELECT uscc FROM submissions WHERE current = 1 AND period_year = 2024 "
                      "AND questionnaire_id = ? GROUP BY uscc HAVING count(*) > 1)", [CORE]).fetchone()[0]
    assert any(len(present) == 1 for _, present in dash.year_submissions(db, 2024).values())


@given(st.lists(st.one_of(st.floats(min_value=-0.5, max_value=1.5), st.sampled_from([0.0, 0.1, 0.65, 0.999, 1.0])),
                max_size=60))
def test_the_distribution_bins_as_before(values):
    assert dash._distribution(values) == old_distribution(values)


def test_a_row_made_without_the_dataclass_init_is_the_same_frozen_row():
    from dataclasses import FrozenInstanceError, replace

    values = {f.name: f"v-{f.name}" for f in fields(dash.EnterpriseRow)}
    fast, made = dash._enterprise_row(**values), dash.EnterpriseRow(**values)
    assert fast == made and hash(fast) == hash(made) and repr(fast) == repr(made)
    assert replace(fast, name="x") == replace(made, name="x")
    with pytest.raises(FrozenInstanceError):
        fast.name = "x"  # type: ignore[misc]


def test_the_benchmarks_synthetic_database_has_the_fixtures_shape(tmp_path):
    """``bench_district.py --refresh-only`` times the refresh on this database instead of 5,700 imported packages."""
    from zgsz_desktop.demo_synthetic import synthetic_district_db

    path = tmp_path / "s.zgszdb"
    synthetic_district_db(path, 12, periods=("2024年度", "2023年度", "2023年第2季度"), workers=1)
    db = open_db(path)
    assert db.execute("SELECT count(*), count(DISTINCT uscc), sum(current) FROM submissions").fetchone() == (72, 12, 72)
    board, rows = dash.refresh(db, 2024)
    assert board.core_submitted == board.miit_submitted == len(rows) == 12 and not board.partial
    assert any(q.actual for q in board.quotas)  # the facts are counted
    assert dash.refresh(db, 2023)[0].core_submitted == 12  # the year's latest period of two
    for year in (2023, 2024):  # the refresh reads the counts the synthetic rows were given; the facts say the same
        latest = dash.LatestFacts(old_latest_core_facts(db)[0])
        assert dash.refresh(db, year) == (dash.build_dashboard(db, year, latest=latest),
                                          dash.enterprise_rows(db, year, latest=latest))
