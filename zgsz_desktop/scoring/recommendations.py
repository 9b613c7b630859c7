"""Recommendations as data: ``resources/recommendations.yaml`` maps gaps to the plan's tasks.

Each rule names the questionnaire it applies to, a ``when`` condition over the score report (and
the answers), the advice, and references into ``resources/plan/plan-references.yaml`` — the
plan's 重点任务 一–十 and the support measures (诊断服务, 星级上云, 贯标, 财税, 金融 …); a measure that
comes from the plan's 保障措施 names it, and the name must match the plan's 保障措施 一–五 listed there.

``when`` tests (combine with ``all`` / ``any`` / ``not``):

===========================  ==========================================================
``benchmark_not_met: key``   a benchmark module is complete and below its target
``benchmark_met: key``       a benchmark module is complete and meets its target
``module_status: {module, status}``  a module's status is complete/incomplete/not_applicable
``star_rank_below: n``       the star module is complete and neither estimate nor award reaches rank n
``star_estimate_at_least: n``  the star module is complete and the estimate reaches rank n
``level_in: [..]``           the overall (MIIT) level is one of the names
``scene_below: {scene, level}``  a scene question is answered below the level
``answer: {condition}``      a condition over the answers (see questionnaire/conditions.py)
``always: true``             always
===========================  ==========================================================
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import cache

import yaml

from ..errors import UserError
from ..jsontypes import JSONValue
from ..locate import resource
from ..questionnaire import answers as answer_rules
from ..questionnaire.model import Questionnaire
from ..text import tidy
from .results import (
    COMPLETE,
    BenchmarkResult,
    Recommendation,
    Reference,
    ScenesResult,
    ScoreReport,
    StarResult,
)

RULES_FILE = ("recommendations.yaml",)
REFERENCES_FILE = ("plan", "plan-references.yaml")


class RulesError(UserError, ValueError):
    pass


@cache
def load_rules() -> tuple[dict[str, JSONValue], dict[str, JSONValue]]:
    rules = yaml.safe_load(resource(*RULES_FILE).read_text(encoding="utf-8"))
    references = yaml.safe_load(resource(*REFERENCES_FILE).read_text(encoding="utf-8"))
    check_rules(rules, references)
    return rules, references


_SAFEGUARD_SECTION = re.compile(r"三、保障措施（(.+?)）")


def check_references(references: Mapping[str, JSONValue]) -> None:
    """A measure whose section names one of the plan's 保障措施 must name one that exists, with its title."""
    safeguards = references.get("safeguards") or {}
    for key, measure in references["measures"].items():
        match = _SAFEGUARD_SECTION.search(measure["section"])
        if match is None:
            continue
        entry = safeguards.get(match.group(1))
        if entry is None:
            raise RulesError(f"plan-references.yaml: 支持措施 {key} 引用了不存在的保障措施（{match.group(1)}）")
        if entry["title"] not in measure["section"][match.end():]:
            raise RulesError(f"plan-references.yaml: 支持措施 {key} 所引保障措施（{match.group(1)}）的标题应为"
                             f"“{entry['title']}”")


def check_rules(rules: Mapping[str, JSONValue], references: Mapping[str, JSONValue]) -> None:
    """Every reference a rule names must exist; ids must be unique."""
    check_references(references)
    ids: set[str] = set()
    for rule in rules["rules"]:
        if rule["id"] in ids:
            raise RulesError(f"recommendations.yaml: 规则 {rule['id']} 重复")
        ids.add(rule["id"])
        for task in rule.get("plan_tasks", []):
            if str(task) not in references["tasks"]:
                raise RulesError(f"recommendations.yaml: 规则 {rule['id']} 引用了不存在的重点任务 {task}")
        for measure in rule.get("measures", []):
            if measure not in references["measures"]:
                raise RulesError(f"recommendations.yaml: 规则 {rule['id']} 引用了不存在的支持措施 {measure}")


def _holds(when: Mapping[str, JSONValue], report: ScoreReport, questionnaire: Questionnaire,
           answers: Mapping[str, JSONValue]) -> bool:
    if "all" in when:
        return all(_holds(w, report, questionnaire, answers) for w in when["all"])
    if "any" in when:
        return any(_holds(w, report, questionnaire, answers) for w in when["any"])
    if "not" in when:
        return not _holds(when["not"], report, questionnaire, answers)
    if when.get("always"):
        return True
    if "benchmark_not_met" in when:
        return any(isinstance(m, BenchmarkResult) and m.benchmark == when["benchmark_not_met"]
                   and m.status == COMPLETE and m.met is False for m in report.modules)
    if "benchmark_met" in when:
        return any(isinstance(m, BenchmarkResult) and m.benchmark == when["benchmark_met"]
                   and m.status == COMPLETE and m.met is True for m in report.modules)
    if "module_status" in when:
        spec = when["module_status"]
        return any(m.module_id == spec["module"] and m.status == spec["status"] for m in report.modules)
    if "star_rank_below" in when:  # neither estimated nor already awarded at that level
        return any(isinstance(m, StarResult) and m.status == COMPLETE
                   and max(m.rank, m.awarded_rank) < when["star_rank_below"] for m in report.modules)
    if "star_estimate_at_least" in when:
        return any(isinstance(m, StarResult) and m.status == COMPLETE and m.rank >= when["star_estimate_at_least"]
                   for m in report.modules)
    if "level_in" in when:
        return bool(report.overall and report.overall.level in when["level_in"])
    if "scene_below" in when:
        spec = when["scene_below"]
        for module in report.modules:
            if isinstance(module, ScenesResult):
                for scene in module.scenes:
                    if scene.question_id == spec["scene"] and scene.level is not None:
                        return bool(scene.level < spec["level"])
        return False
    if "answer" in when:
        return answer_rules.holds(questionnaire, when["answer"], answers)
    raise RulesError(f"recommendations.yaml: 不认识的条件 {dict(when)!r}")


def _references(rule: Mapping[str, JSONValue], references: Mapping[str, JSONValue]) -> tuple[Reference, ...]:
    refs = []
    for task in rule.get("plan_tasks", []):
        entry = references["tasks"][str(task)]
        refs.append(Reference("task", str(task), f"重点任务（{task}）{entry['title']}", entry["section"]))
    for measure in rule.get("measures", []):
        entry = references["measures"][measure]
        refs.append(Reference("measure", measure, entry["title"], entry["section"]))
    return tuple(refs)


EXPIRED_PLAN = "（南通2022—2024年计划中的条目，该计划已到期，仅作参考）"


def _plan_expired(report: ScoreReport) -> bool:
    """The references point into the 2022–2024 plan: after its years they are history, not current support."""
    if not report.period:
        return False
    from ..periods import period_key
    from ..policy import shipped_editions

    return period_key(report.period)[0] > shipped_editions()[0].last_year


def recommend(report: ScoreReport, questionnaire: Questionnaire, answers: Mapping[str, JSONValue]) -> ScoreReport:
    """``report`` with the recommendations whose rules hold, highest priority first."""
    rules, references = load_rules()
    expired = _plan_expired(report)

    def cited(rule: Mapping[str, JSONValue]) -> tuple[Reference, ...]:
        refs = _references(rule, references)
        return tuple(dataclasses.replace(r, section=r.section + EXPIRED_PLAN) for r in refs) if expired else refs

    found = [
        Recommendation(rule["id"], rule["title"], tidy(rule["advice"]), int(rule.get("priority", 5)), cited(rule))
        for rule in rules["rules"]
        if rule["questionnaire"] == questionnaire.id and _holds(rule["when"], report, questionnaire, answers)
    ]
    found.sort(key=lambda r: r.priority)
    return dataclasses.replace(report, recommendations=tuple(found))
