"""Invariants of scoring, checked on generated answers (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zgsz_desktop.questionnaire.loader import get_questionnaire
from zgsz_desktop.scoring.engine import score

CORE = get_questionnaire("nantong-zgsz-core")
MIIT = get_questionnaire("miit-sme-2024")
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def process_rows(draw):
    rows = []
    for index in range(draw(st.integers(1, 8))):
        total = draw(st.integers(0, 500))
        rows.append({"name": f"工序{index}", "equipment_total": total, "nc_equipment": draw(st.integers(0, total))})
    return rows


def cnc_rate(rows):
    return score(CORE, {"cnc.industry_type": "discrete", "cnc.key_processes": rows},
                 with_recommendations=False).module("cnc")


@FAST
@given(process_rows())
def test_nc_rate_stays_in_unit_interval(rows):
    result = cnc_rate(rows)
    if result.figure is not None:
        assert 0.0 <= result.figure <= 1.0


@FAST
@given(process_rows(), st.data())
def test_adding_an_nc_machine_never_lowers_the_nc_rate(rows, data):
    before = cnc_rate(rows)
    index = data.draw(st.integers(0, len(rows) - 1))
    more = [dict(row) for row in rows]
    more[index]["equipment_total"] += 1
    more[index]["nc_equipment"] += 1
    after = cnc_rate(more)
    assert after.figure is not None
    if before.figure is not None:
        assert after.figure >= before.figure - 1e-12


@FAST
@given(st.lists(st.sampled_from(["na", "paper", "spreadsheet", "system", "integrated"]), min_size=9, max_size=9))
def test_management_rate_stays_in_unit_interval(modes):
    names = [q.id for q in CORE.module("mgmt").questions]
    result = score(CORE, dict(zip(names, modes, strict=True)), with_recommendations=False).module("mgmt")
    assert result.figure is None or 0.0 <= result.figure <= 1.0


@FAST
@given(st.integers(0, 1000), st.data())
def test_design_tool_rate_stays_in_unit_interval(staff, data):
    users = data.draw(st.integers(0, staff))
    answers = {"rnd.has_design": True, "rnd.design_staff": staff, "rnd.tool_users": users, "rnd.tools": ["cad2d"]}
    result = score(CORE, answers, with_recommendations=False).module("rnd")
    assert result.figure is None or 0.0 <= result.figure <= 1.0


@st.composite
def miit_answers(draw):
    answers = {}
    for question in MIIT.questions():
        if question.points is None and not question.is_scene:
            continue
        if question.type == "single":
            answers[question.id] = draw(st.sampled_from([o.key for o in question.options]))
        else:
            exclusive = [o.key for o in question.options if o.exclusive]
            others = [o.key for o in question.options if not o.exclusive]
            chosen = draw(st.lists(st.sampled_from(others), min_size=0, max_size=len(others), unique=True))
            answers[question.id] = chosen or exclusive
    return answers


@FAST
@given(miit_answers())
def test_miit_total_never_exceeds_100_and_equals_the_sum_of_its_items(answers):
    report = score(MIIT, answers, with_recommendations=False)
    point_modules = [m for m in report.modules if m.kind == "points"]
    items = [item for module in point_modules for item in module.items]
    assert len(items) == 15
    total = report.overall.total_points
    assert total == sum((item.points for item in items), Decimal(0))
    assert Decimal(0) <= total <= Decimal(100)
    for module in point_modules:
        assert module.points == sum((g.points for g in module.groups), Decimal(0))
        assert module.points <= module.max_points


def _reference_plain(value):
    """The conversion as first written (dataclasses asked afresh each time): the cached one must agree."""
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _reference_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {str(k): _reference_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_reference_plain(v) for v in value]
    return value


@FAST
@given(miit_answers(), process_rows())
def test_scores_json_is_the_same_as_the_plain_dataclass_conversion(miit, rows):
    """The scores a package carries (and the district compares) must not change with how they are built."""
    import json

    from zgsz_desktop.scoring.results import plain

    core = {"cnc.industry_type": "discrete", "cnc.key_processes": rows, "mgmt.finance": "system"}
    for report in (score(MIIT, miit), score(CORE, core)):
        for module in report.modules:
            assert json.dumps(plain(module), sort_keys=True) == json.dumps(_reference_plain(module), sort_keys=True)
        assert plain(report.overall) == _reference_plain(report.overall)
        assert plain(list(report.recommendations)) == _reference_plain(list(report.recommendations))
