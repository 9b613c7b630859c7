"""What the district counts from one submission: the figures behind the dashboard, taken from the
decrypted answers and *our own* re-scoring (never from the scores the enterprise's app stated).

Kept small and JSON-serialisable: it is stored beside each submission so the dashboard never has
to parse full answers documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..questionnaire import roles
from ..workspace.periods import period_key

# which questionnaire, module and question carries each fact: resources/questionnaire-roles.yaml
CORE = roles.questionnaire_with_role("plan_indicators")
MIIT = roles.questionnaire_with_role("maturity_level")


def _q(role: str) -> str:
    return roles.question_id(CORE, role)


MIIT_LEVELS = ("一级", "二级", "三级", "四级")
STAR_RANKS = {"none": 0, "three": 3, "four": 4, "five": 5}
LIANGRONGHE_PASSED = ("a", "aa", "aaa")


def _rows(answers: Mapping[str, Any], question: str, flag: str | None = None) -> list[Mapping[str, Any]]:
    if flag is not None and answers.get(flag) is not True:
        return []
    value = answers.get(question)
    return [row for row in value if isinstance(row, Mapping)] if isinstance(value, list) else []


def _year(row: Mapping[str, Any]) -> int | None:
    value = row.get("year")
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _module(scores: Mapping[str, Any], module_id: str) -> Mapping[str, Any]:
    for module in scores.get("modules") or []:
        if isinstance(module, Mapping) and module.get("module_id") == module_id:
            return module
    return {}


def submission_facts(questionnaire_id: str, answers_doc: Mapping[str, Any],
                     rescored: Mapping[str, Any]) -> dict[str, Any]:
    """The dashboard's view of one submission (see the module docstring)."""
    enterprise = answers_doc.get("enterprise") or {}
    answers = answers_doc.get("answers") or {}
    facts: dict[str, Any] = {
        "key_enterprise": bool(enterprise.get("key_enterprise")),
        "complete": bool(rescored.get("complete")),
    }
    if questionnaire_id == CORE:
        for role, short in (("cnc_rate", "cnc"), ("management_rate", "mgmt"), ("design_tool_rate", "rnd")):
            module = _module(rescored, roles.module_id(CORE, role))
            figure = module.get("figure") if module.get("status") == "complete" else None
            facts[f"{short}_rate"] = figure
            facts[f"{short}_met"] = None if figure is None else bool(module.get("met"))
        cloud = _module(rescored, roles.module_id(CORE, "cloud_stars"))
        facts["cloud_estimate"] = int(cloud.get("rank") or 0) if cloud.get("status") == "complete" else None
        facts["cloud_awarded"] = STAR_RANKS.get(str(answers.get(_q("cloud_star_awarded"))), 0)
        award_year = answers.get(_q("cloud_star_award_year"))  # asked from core 2025.1: 附件3 counts 新培育 stars
        facts["cloud_awarded_year"] = _year({"year": award_year}) if facts["cloud_awarded"] else None
        projects = _rows(answers, _q("projects_table"), _q("projects_any"))
        facts["projects_completed"] = _count_by_year(p for p in projects if p.get("status") == "completed")
        facts["workshops"] = [[str(r.get("level")), _year(r)] for r in
                              _rows(answers, _q("smart_workshops_table"), _q("smart_workshops_any"))]
        facts["first_set"] = [[str(r.get("level")), _year(r)] for r in
                              _rows(answers, _q("first_set_table"), _q("first_set_any"))]
        facts["benchmark_factories"] = [[str(r.get("level")), _year(r)] for r in
                                        _rows(answers, _q("benchmark_factories_table"), _q("benchmark_factories_any"))]
        facts["pilots"] = [[str(r.get("category")), _year(r)] for r in
                           _rows(answers, _q("iiot_pilots_table"), _q("iiot_pilots_any"))]
        passed = answers.get(_q("liangronghe_grade")) in LIANGRONGHE_PASSED
        facts["liangronghe_year"] = answers.get(_q("liangronghe_year")) if passed else None
        facts["liangronghe_passed"] = passed
    elif questionnaire_id == MIIT:
        overall = rescored.get("overall") or {}
        facts["miit_level"] = overall.get("level") if overall.get("status") == "complete" else None
        facts["miit_points"] = overall.get("total_points") if overall.get("status") == "complete" else None
    return facts


def _count_by_year(rows: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        year = _year(row)
        if year is not None:
            counts[str(year)] = counts.get(str(year), 0) + 1
    return counts


def period_year_order(period: str) -> tuple[int, int]:
    """The period's year and a sortable order within the district database."""
    year, month, rank = period_key(period)
    return year, year * 100 + month * 4 + rank
