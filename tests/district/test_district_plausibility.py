"""Plausibility flags on a small district built from genuine packages: a package adding implausibly many
projects (counted all the same), an enterprise not on the roster, a USCC registered in another district, a name
with a bidi override, something dated after its package was made — and a normal enterprise with no flag."""

from __future__ import annotations

from pathlib import Path

import pytest
from district_fixtures import district, document, package, uscc, write
from hypothesis import given, settings
from hypothesis import strategies as st

from zgsz_desktop.district.dashboard import build_dashboard, latest_core_facts
from zgsz_desktop.district.db import db_path, open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.plausibility import (
    KINDS,
    MAX_PROJECTS_PER_YEAR,
    division_message,
    divisions,
    hidden_message,
    limit_messages,
    plausibility_flags,
)
from zgsz_desktop.district.roster import import_roster
from zgsz_desktop.targets import plan_targets
from zgsz_desktop.uscc import validate

CORE = "nantong-zgsz-core"
NORMAL, BUSY, UNLISTED, RUGAO, HIDDEN, EARLY = (uscc(31), uscc(32), uscc(33), uscc(34, "320682"), uscc(35),
                                                uscc(36))
RLO_NAME = "南通\u202e司公限有械机\u202c"  # shows as 南通机械有限公司 on most screens
MOST_ROWS = 100  # the questionnaire's limit for the project list: the importer's re-scoring refuses more
NO_HONOURS = {"honours.liangronghe": "none", "honours.has_smart_workshop": False, "honours.has_first_set": False,
              "honours.has_benchmark_factory": False, "honours.has_iiot_pilot": False}
NO_HONOUR_TABLES = ("honours.smart_workshops", "honours.first_set", "honours.benchmark_factories",
                    "honours.iiot_pilots", "honours.liangronghe_year")


def _projects(count: int, year: int = 2024, status: str = "completed") -> dict:
    return {"projects.has_any": True,
            "projects.list": [{"type": "upgrade", "name": f"改造{i}", "year": year, "status": status}
                              for i in range(count)]}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("plausibility")
    enterprises = [
        (NORMAL, "正常机械有限公司", _projects(2)),
        (BUSY, "忙碌机械有限公司", _projects(MOST_ROWS)),
        (UNLISTED, "名单外机械有限公司", _projects(1)),
        (RUGAO, "如皋登记机械有限公司", _projects(1)),
        (HIDDEN, RLO_NAME, _projects(1)),
        # packages are made on 2025-01-15 (district_fixtures.CREATED): "completed in 2026" cannot be true
        (EARLY, "提前完成机械有限公司", _projects(3, year=2026)),
    ]
    for serial, (code, name, changes) in enumerate(enterprises):
        assert validate(code).ok
        doc = document(CORE, code=code, name=name, changes={**NO_HONOURS, **changes}, remove=NO_HONOUR_TABLES)
        write(folder, f"{serial:02d}.zgsz", package(doc, f"plausibility-{serial}"))
    database = open_db(folder / "d.zgszdb")
    summary = import_packages(database, [folder], district().identity, workers=1)
    assert {o.verdict for o in summary.outcomes} == {"new"}
    roster = folder / "roster.csv"
    listed = [(NORMAL, "正常机械有限公司"), (BUSY, "忙碌机械有限公司"), (RUGAO, "如皋登记机械有限公司"),
              (HIDDEN, "南通机械有限公司"), (EARLY, "提前完成机械有限公司")]
    roster.write_text("统一社会信用代码,企业名称\n" + "".join(f"{code},{name}\n" for code, name in listed),
                      encoding="utf-8")
    assert import_roster(database, roster, district().identity) == len(listed)
    return database


def _flags(board, kind):
    return [flag for flag in board.flags if flag.kind == kind]


def test_a_package_with_implausibly_many_projects_is_flagged_and_still_counted(db):
    board = build_dashboard(db, 2024)
    projects = next(q for q in board.quotas if q.key == "zgsz_projects")
    assert projects.actual == 2 + MOST_ROWS + 1 + 1 + 1  # nothing capped, nothing left out
    [flag] = _flags(board, "limit")
    assert (flag.uscc, flag.enterprise, flag.period, flag.quota_key, flag.value) == (
        BUSY, "忙碌机械有限公司", "2024年度", "zgsz_projects", MOST_ROWS)
    assert flag.package_id == db.execute("SELECT package_id FROM submissions WHERE uscc = ?", [BUSY]).fetchone()[0]
    assert f"项目 {MOST_ROWS} 个" in flag.message and "已全部计入附件1" in flag.message
    assert "目标 320 个" in flag.message and "不是规划的规定" in flag.message and "核实" in flag.message
    assert flag.label == KINDS["limit"] == "数值异常"


def test_150_projects_in_one_year_are_flagged_naming_the_count():
    # a package cannot carry more than 100 rows (the importer re-scores and refuses it); the rule itself has no cap
    facts = {"projects_completed": {"2024": 150, "2023": 1}}
    [(key, count, message)] = limit_messages(facts, 2024, {})
    assert (key, count) == ("zgsz_projects", 150) and "150 个" in message
    assert limit_messages({"projects_completed": {"2024": MAX_PROJECTS_PER_YEAR}}, 2024, {}) == []


def test_honours_beyond_one_enterprise_are_flagged_by_row():
    three = {"workshops": [["provincial", 2024]] * 3 + [["city", 2024]] * 2, "benchmark_factories":
             [["provincial", 2022], ["national", 2023], ["national", 2024]], "pilots": [["fusion", 2019]] * 5}
    found = {key: (count, message) for key, count, message in limit_messages(three, 2024, {})}
    assert set(found) == {"provincial_workshops", "benchmark_factories"}  # 2 city ones are fine, 2019 is not counted
    count, message = found["provincial_workshops"]
    assert count == 3 and "2024年省级示范智能车间（工厂） 3 项" in message
    assert "2022—2024年" in found["benchmark_factories"][1] and "同一工厂" in found["benchmark_factories"][1]


def test_an_enterprise_not_on_the_roster_is_flagged_and_listed(db):
    board = build_dashboard(db, 2024)
    assert board.not_on_roster == [{"uscc": UNLISTED, "name": "名单外机械有限公司", "period": "2024年度"}]
    [flag] = _flags(board, "not_on_roster")
    assert (flag.uscc, flag.enterprise) == (UNLISTED, "名单外机械有限公司")
    assert "不在导入的企业名单中" in flag.message and "已计入汇总" in flag.message
    assert board.to_dict()["not_on_roster"] == board.not_on_roster


def test_without_a_roster_nobody_is_flagged_for_not_being_on_it(db):
    db.execute("BEGIN")
    try:
        db.execute("DELETE FROM roster")
        board = build_dashboard(db, 2024)
        assert board.not_on_roster == [] and not _flags(board, "not_on_roster")
        assert {flag.kind for flag in board.flags} == {"limit", "other_district", "hidden_characters"}
    finally:
        db.execute("ROLLBACK")
    assert plausibility_flags(open_db(Path(db_path(db)).parent / "empty.zgszdb"), 2024, district="海安市") == []


def test_a_code_registered_in_another_nantong_district_is_flagged_with_the_reason(db):
    board = build_dashboard(db, 2024)
    [flag] = _flags(board, "other_district")
    assert flag.uscc == RUGAO and "320682（如皋市）" in flag.message and "本数据库属于海安市" in flag.message
    assert "迁" in flag.message and "区划调整前登记" in flag.message and "核实" in flag.message


def test_division_codes():
    def code(division: str) -> str:
        return uscc(77, division)

    assert division_message(code("320685"), "海安市") is None
    assert division_message(code("320621"), "海安市") is None  # 海安县 before 2018: the same district
    assert division_message(code("320684"), "海门区") is None and division_message(code("320614"), "海门区") is None
    assert division_message(code("320611"), "崇川区") is None  # 港闸区 merged into 崇川区 in 2020
    assert division_message(code("320600"), "海安市") is None  # the city's own registration authority
    assert division_message(code("320691"), "南通开发区") is None
    assert division_message(code("320691"), "苏锡通园区") is None  # a zone registered by its host
    assert division_message(code("320699"), "海安市") is None  # a Nantong code we do not know: said nothing
    assert division_message(code("320685"), "示例区") is None  # a district the table does not know
    merged = division_message(code("320611"), "通州区")
    assert merged and "原港闸区，2020年并入崇川区" in merged and "登记机关在原港闸区（今崇川区）" in merged
    park = division_message(code("320691"), "海安市")
    assert park and "320691（南通经济技术开发区）" in park
    outside = division_message(code("320585"), "海安市")
    assert outside and "江苏省苏州市" in outside and "不在南通市" in outside
    shanghai = division_message(code("310115"), "海安市")
    assert shanghai and "上海市" in shanghai


def test_every_plan_district_is_in_the_division_table():
    known = divisions().districts
    assert set(plan_targets().districts) <= known
    for zone, hosts in divisions().zones.items():
        assert zone in plan_targets().districts and set(hosts) <= known


def test_a_name_with_a_bidi_override_is_flagged_escaped(db):
    board = build_dashboard(db, 2024)
    [flag] = _flags(board, "hidden_characters")
    assert flag.uscc == HIDDEN and flag.enterprise == "南通⟦U+202E⟧司公限有械机⟦U+202C⟧"
    assert "U+202E（从右向左覆盖" in flag.message and "企业名称" in flag.message
    assert "\u202e" not in flag.message
    assert hidden_message({"name": "正常机械有限公司", "contact": "张三", "phone": "0513-88888888"}) is None
    zero_width = hidden_message({"name": "正常", "contact": "张\u200b三"})
    assert zero_width and "联系人含 U+200B（零宽空格）" in zero_width


def test_something_dated_after_its_package_was_made_is_flagged(db):
    board = build_dashboard(db, 2026)
    [flag] = _flags(board, "limit")
    assert flag.uscc == EARLY and "2026年已完成项目 3 个" in flag.message
    assert "晚于报告包的生成日期 2025-01-15" in flag.message and "已计入2026年的汇总" in flag.message
    assert next(q for q in board.quotas if q.key == "zgsz_projects").actual == 3  # counted all the same
    assert not _flags(build_dashboard(db, 2024), "limit")[0].uscc == EARLY


def test_a_normal_enterprise_has_no_flags(db):
    board = build_dashboard(db, 2024)
    assert not [flag for flag in board.flags if flag.uscc == NORMAL]
    assert {flag.uscc for flag in board.flags} == {BUSY, UNLISTED, RUGAO, HIDDEN}


def test_flags_are_sorted_and_exported(db):
    board = build_dashboard(db, 2024)
    assert [flag.kind for flag in board.flags] == ["limit", "not_on_roster", "other_district", "hidden_characters"]
    exported = board.to_dict()["flags"]
    assert [f["label"] for f in exported] == [KINDS[f.kind] for f in board.flags]
    assert exported[0]["message"] == board.flags[0].message
    assert any("不封顶" in note for note in board.notes)


def test_facts_without_their_packages_give_the_same_flags(db):
    plain = dict(latest_core_facts(db))  # a caller holding only the facts: the packages are looked up
    for year in (2024, 2026):
        assert plausibility_flags(db, year, latest=plain) == build_dashboard(db, year).flags


def test_the_flags_from_the_counts_are_those_from_the_facts(db):
    """A refresh reads only the facts of the enterprises whose counts could break a limit; the flags are those of
    reading every enterprise's facts (with their packages, as latest_core_facts gives them)."""
    from zgsz_desktop.district.dashboard import latest_core_counts

    for year in (2023, 2024, 2025, 2026):
        from_facts = plausibility_flags(db, year, latest=latest_core_facts(db))
        assert plausibility_flags(db, year, latest=latest_core_counts(db)) == from_facts
        assert build_dashboard(db, year).flags == from_facts
    assert {f.kind for f in build_dashboard(db, 2024).flags} >= {"limit"}  # the test has something to compare


_years = st.integers(min_value=2018, max_value=2030)
_entries = st.lists(st.tuples(st.sampled_from(["national", "provincial", "city", "fusion", "other"]),
                              st.one_of(_years, st.none())).map(list), max_size=5)
_facts = st.fixed_dictionaries({
    "projects_completed": st.dictionaries(_years.map(str), st.integers(min_value=0, max_value=14), max_size=3),
    "workshops": _entries, "first_set": _entries, "benchmark_factories": _entries, "pilots": _entries,
    "liangronghe_passed": st.booleans(), "liangronghe_year": st.one_of(_years, st.none(), st.booleans()),
    "cloud_awarded": st.sampled_from([0, 3, 4, 5]), "cloud_awarded_year": st.one_of(_years, st.none()),
})


@settings(max_examples=400, deadline=None)
@given(_facts, _years, st.one_of(_years, st.none()), st.sampled_from([2022, 2025]))
def test_every_enterprise_a_limit_flags_has_its_facts_read(facts, year, made, first_year):
    """The screen on the counts lets through every enterprise whose facts ``limit_messages`` has something to say
    about — so the flags from the counts cannot miss one."""
    from zgsz_desktop.district import counters
    from zgsz_desktop.district.dashboard import LatestCounts
    from zgsz_desktop.district.plausibility import _worth_checking

    created_at = "" if made is None else f"{made}-06-30T08:00:00+08:00"
    latest = LatestCounts([("E", *entry) for entry in counters.entries(facts)], {"E": facts["cloud_awarded"]},
                          {"E": made})
    if limit_messages(facts, year, {}, created_at, first_year):
        assert "E" in _worth_checking(latest, year)
