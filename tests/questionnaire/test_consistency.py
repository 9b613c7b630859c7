"""Consistency rules as data: contradictions found within and across the questionnaires of a submission,
and definitions whose rules are broken refused precisely."""

from __future__ import annotations

import pytest

from zgsz_desktop.questionnaire.consistency import local_findings, submission_findings, unresolved_references
from zgsz_desktop.questionnaire.loader import DefinitionError, get_questionnaire, parse_definition
from zgsz_desktop.questionnaire.submission import check_submission, submission_questionnaires


def findings(core_q, miit_q, core: dict, miit: dict) -> dict[str, object]:
    return {f.rule_id: f for f in submission_findings([(core_q, core), (miit_q, miit)])}


def test_the_demo_submission_is_consistent(core_q, miit_q, core_answers, miit_answers):
    assert findings(core_q, miit_q, core_answers, miit_answers) == {}


def test_tool_users_against_the_tool_list(core_q, core_answers):
    core_answers.update({"rnd.tool_users": 15, "rnd.tools": ["none"]})
    (finding,) = local_findings(core_q, core_answers)
    assert finding.rule_id == "rnd.users_without_tools" and finding.blocking
    core_answers.update({"rnd.tool_users": 0, "rnd.tools": ["cad2d", "cam"]})
    (finding,) = local_findings(core_q, core_answers)
    assert finding.rule_id == "rnd.tools_without_users" and "二维CAD" in finding.message


def test_networked_devices_against_the_chosen_band(miit_q, miit_answers):
    """The issue's case: 30 of 120 devices networked while (40%,60%] is chosen."""
    miit_answers.update({"miit.basis.equipment_total": 120, "miit.basis.equipment_networked_count": 30,
                         "miit.basis.equipment_networked": "D"})
    (finding,) = local_findings(miit_q, miit_answers)
    assert finding.rule_id == "miit.basis.equipment_networked_band" and finding.blocking
    assert "25.0%" in finding.message and "(20%,40%]" in finding.message
    miit_answers["miit.basis.equipment_networked"] = "C"
    assert local_findings(miit_q, miit_answers) == []
    # the supporting counts are optional: without them there is nothing to check (no work for the user)
    del miit_answers["miit.basis.equipment_networked_count"]
    miit_answers["miit.basis.equipment_networked"] = "E"
    assert local_findings(miit_q, miit_answers) == []


def test_revenue_falling_while_increase_is_answered(miit_q, miit_answers):
    """The issue's case: revenue falling while 增加 is answered gave full points without a word."""
    miit_answers.update({"miit.effect.revenue_last_year": 9000, "miit.effect.revenue_year_before": 10000,
                         "miit.effect.staff_last_year": 200, "miit.effect.staff_year_before": 200,
                         "miit.effect.revenue_per_employee": "C"})
    by_rule = {f.rule_id: f for f in local_findings(miit_q, miit_answers)}
    per_employee = by_rule["miit.effect.revenue_per_employee_trend"]
    assert per_employee.blocking and "-10.0%" in per_employee.message and "降低" in per_employee.message
    # staff figures not given: revenue alone cannot prove per-capita revenue fell, so it is a 请核对
    for key in ("miit.effect.staff_last_year", "miit.effect.staff_year_before"):
        del miit_answers[key]
    (revenue,) = [f for f in local_findings(miit_q, miit_answers) if "revenue" in f.rule_id]
    assert revenue.rule_id == "miit.effect.revenue_trend" and not revenue.blocking


def test_a_small_change_is_flat_and_flat_against_a_change_is_only_a_check(miit_q, miit_answers):
    miit_answers.update({"miit.effect.revenue_last_year": 10050, "miit.effect.revenue_year_before": 10000,
                         "miit.effect.staff_last_year": 100, "miit.effect.staff_year_before": 100,
                         "miit.effect.revenue_per_employee": "B"})  # +0.5 %: 持平 is right
    assert [f for f in local_findings(miit_q, miit_answers) if "revenue" in f.rule_id] == []
    miit_answers["miit.effect.revenue_last_year"] = 12000  # +20 % but 持平 chosen
    (finding,) = [f for f in local_findings(miit_q, miit_answers) if "revenue" in f.rule_id]
    assert finding.severity == "warning"


def test_a_finding_keeps_its_template_and_values_to_fill_in_another_language(core_q, miit_q, core_answers,
                                                                             miit_answers):
    """An interface in another language fills the translated template with the same values (or its own);
    the template and values are no part of what makes two findings equal."""
    core_answers.update({"rnd.tool_users": 15, "rnd.tools": ["none"]})
    (finding,) = local_findings(core_q, core_answers)
    rule = next(r for r in core_q.consistency if r["id"] == finding.rule_id)
    assert finding.template == rule["message"] and "{rnd.tool_users}" in finding.template
    assert finding.render(finding.template) == finding.message  # filled in exactly as the message was
    values = dict(finding.values)
    assert values["rnd.tool_users"] in finding.message
    assert finding.render("{rnd.tool_users} use the tools") == f"{values['rnd.tool_users']} use the tools"
    assert finding.render("{rnd.tool_users} users", {"rnd.tool_users": "15"}) == "15 users"
    assert finding.render("{unknown} stays") == "{unknown} stays"
    # a template in another language keeps its spaces, even between accented letters (the pseudo-locale)
    assert finding.render("Ŷöü éñťéřéđ {rnd.tool_users} ü") == f"Ŷöü éñťéřéđ {values['rnd.tool_users']} ü"
    miit_answers.update({"miit.basis.equipment_total": 120, "miit.basis.equipment_networked_count": 30,
                         "miit.basis.equipment_networked": "D"})
    (band,) = local_findings(miit_q, miit_answers)
    assert dict(band.values)["rate"] == "25.0%" and band.render(band.template) == band.message
    from dataclasses import replace

    assert replace(finding, template="", values=()) == finding


def test_equipment_counts_across_the_two_questionnaires(core_q, miit_q, core_answers, miit_answers):
    key_equipment = sum(row["equipment_total"] for row in core_answers["cnc.key_processes"])
    miit_answers.update({"miit.basis.equipment_total": key_equipment - 1,
                         "miit.basis.equipment_digital_count": 0, "miit.basis.equipment_digital": "A",
                         "miit.basis.equipment_networked_count": 0, "miit.basis.equipment_networked": "A"})
    found = findings(core_q, miit_q, core_answers, miit_answers)
    cross = found["cnc.key_equipment_within_all"]
    assert not cross.blocking and str(key_equipment) in cross.message
    assert {q.questionnaire_id for q in cross.questions} == {"nantong-zgsz-core", "miit-sme-2024"}
    assert "cnc.nc_within_digital" in found
    # the core questionnaire alone cannot judge a rule about the other one: it says nothing
    assert "cnc.key_equipment_within_all" not in {f.rule_id for f in local_findings(core_q, core_answers)}


def test_hidden_answers_take_no_part(core_q, core_answers):
    core_answers.update({"rnd.has_design": False, "rnd.tool_users": 15, "rnd.tools": ["none"]})
    assert local_findings(core_q, core_answers) == []  # the design questions are hidden: not a contradiction


def test_the_check_lists_blanks_contradictions_and_missing_questionnaires(core_q, miit_q, core_answers):
    core_answers.update({"rnd.tool_users": 15, "rnd.tools": ["none"]})
    del core_answers["mgmt.hr"]
    check = check_submission([(core_q, core_answers)], submission_questionnaires())
    assert not check.ok and check.missing_questionnaires == ("miit-sme-2024",)
    assert [b.question_id for b in check.blanks] == ["mgmt.hr"]
    assert [f.rule_id for f in check.errors] == ["rnd.users_without_tools"]
    assert "1 道必答题未填" in check.summary() and "1 处前后矛盾" in check.summary()


def test_every_reference_of_the_shipped_rules_resolves():
    shipped = [get_questionnaire(q) for q in submission_questionnaires()]
    assert unresolved_references(shipped) == []
    assert all(q.consistency for q in shipped)


def test_older_definitions_keep_their_band_check(miit_answers):
    old = get_questionnaire("miit-sme-2024", "2024.1")  # before rules existed: band_check on the question
    answers = {k: v for k, v in miit_answers.items() if old.has_question(k)}
    answers.update({"miit.basis.equipment_total": 100, "miit.basis.equipment_digital_count": 58,
                    "miit.basis.equipment_digital": "E"})
    (finding,) = local_findings(old, answers)
    assert "58.0%" in finding.message and finding.severity == "warning"


def _with_rule(rule_yaml: str) -> str:
    text = get_questionnaire("nantong-zgsz-core").source_text
    return text.replace("consistency:\n", "consistency:\n" + rule_yaml, 1)


@pytest.mark.parametrize(("rule", "expected"), [
    ("  - {id: x, kind: compare, severity: error, message: m, questions: [rnd.tools], left: rnd.nothing, op: lte,"
     " right: rnd.design_staff}\n", "rnd.nothing"),
    ("  - {id: x, kind: compare, severity: error, message: m, questions: [rnd.tools], left: rnd.tools, op: lte,"
     " right: rnd.design_staff}\n", "不是数值题"),
    ("  - {id: x, kind: band, severity: error, message: m, questions: [rnd.tools]}\n", "须有 question"),
    ("  - {id: x, kind: trend, severity: error, message: m, questions: [rnd.tools], question: cloud.deployment,"
     " options: {up: A, flat: B, down: C}, current: rnd.design_staff, previous: rnd.tool_users}\n", "没有选项"),
    ("  - {id: x, kind: contradiction, severity: error, message: m, questions: [rnd.tools],"
     " when: {question: rnd.tools, includes: nothing}}\n", "没有选项"),
    ("  - {id: x, kind: guess, severity: error, message: m, questions: [rnd.tools]}\n", "consistency"),
    ("  - {id: rnd.users_without_tools, kind: contradiction, severity: error, message: m, questions: [rnd.tools],"
     " when: {question: rnd.tools, includes: none}}\n", "重复"),
])
def test_a_broken_rule_is_refused_naming_where(rule, expected):
    with pytest.raises(DefinitionError) as caught:
        parse_definition(_with_rule(rule), "broken.yaml")
    assert expected in str(caught.value) and "consistency" in str(caught.value)
