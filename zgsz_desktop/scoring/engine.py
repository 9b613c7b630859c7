"""Score a set of answers against a questionnaire definition.

Pure function of (definition, answers, plan targets, recommendation rules): no clock, no files
beyond the shipped resources it is given, no Qt. The district re-runs exactly this on every
imported package.

Rules that hold for every module kind:

* a module with a required, visible question unanswered is **未完成** (incomplete) and carries no
  figure — never 0 %;
* a module whose formula says the figure does not apply is **不适用** with the reason;
* answers to questions hidden by ``show_if`` are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from ..errors import UserError
from ..jsontypes import JSONValue
from ..messages import say
from ..policy import PolicyEdition, edition_for_period
from ..questionnaire import answers as answer_rules
from ..questionnaire import conditions
from ..questionnaire.consistency import local_findings
from ..questionnaire.model import Module, Questionnaire
from ..targets import Benchmark
from ..text import tidy
from .formulas import FORMULAS, FormulaContext
from .results import (
    COMPLETE,
    INCOMPLETE,
    NOT_APPLICABLE,
    BenchmarkResult,
    GroupPoints,
    ItemPoints,
    LevelCheck,
    ModuleResult,
    OverallLevel,
    PointsResult,
    Reason,
    SceneLevel,
    ScenesResult,
    ScoreReport,
    StarResult,
    SummaryResult,
    fmt_number,
    joined,
)


class AnswersInvalid(UserError, ValueError):
    """The answers do not fit the questionnaire; ``problems`` names each bad answer."""

    def __init__(self, problems: list[answer_rules.AnswerProblem]):
        self.problems = problems
        listed = "\n".join(f"  - {p}" for p in problems[:20])
        more = say("\n  …… 另有 {count} 处", count=len(problems) - 20) if len(problems) > 20 else ""
        super().__init__(say("答案有 {count} 处问题：\n{listed}{more}", count=len(problems), listed=listed, more=more))


visible_answers = answer_rules.visible_answers  # kept here too: callers of the scoring API use it


def _missing(questionnaire: Questionnaire, module: Module, answers: Mapping[str, JSONValue]) -> tuple[str, ...]:
    return tuple(q.id for q in answer_rules.missing_required(questionnaire, answers, module))


def _incomplete_reason(questionnaire: Questionnaire, missing: tuple[str, ...]) -> str:
    names = joined([answer_rules.question_label(questionnaire.question(q)) for q in missing[:3]], "、")
    if len(missing) > 3:
        return say("尚未填写：{questions}等 {count} 题", questions=names, count=len(missing))
    return say("尚未填写：{questions}", questions=names)


def _benchmark(questionnaire: Questionnaire, module: Module, answers: Mapping[str, JSONValue],
               benchmarks: Mapping[str, Benchmark], warnings: list[str]) -> BenchmarkResult:
    scoring = module.scoring
    benchmark = benchmarks[scoring["benchmark"]]
    # what every outcome says; each return below completes it with its status and figures
    base = BenchmarkResult(module_id=module.id, title=module.title, kind="benchmark", status=COMPLETE,
                           benchmark=benchmark.key, name=benchmark.name, target=benchmark.target_fraction,
                           target_label=benchmark.target_label, comparison=benchmark.comparison,
                           caliber=scoring.get("caliber", ""), scope=benchmark.scope, note=benchmark.note,
                           basis=benchmark.basis, source=benchmark.source, confidence=benchmark.confidence,
                           reference_only=benchmark.reference_only)
    missing = _missing(questionnaire, module, answers)
    if missing:
        return replace(base, status=INCOMPLETE, reason=_incomplete_reason(questionnaire, missing), missing=missing)
    formula = FORMULAS[scoring["formula"]]
    result = formula.compute(FormulaContext(questionnaire, answers, scoring["inputs"], scoring.get("params", {})))
    if result.caliber:
        base = replace(base, caliber=result.caliber)
    if result.value is None:
        return replace(base, status=NOT_APPLICABLE, reason=result.not_applicable, details=dict(result.details))
    warnings.extend(result.warnings)
    figure = max(0.0, min(1.0, result.value))
    gap = round((benchmark.target_fraction - figure) * 100, 2)
    return replace(base, status=COMPLETE, figure=figure, met=benchmark.is_met(figure), gap_points=gap,
                   details=dict(result.details))


def _star(questionnaire: Questionnaire, module: Module, answers: Mapping[str, JSONValue]) -> StarResult:
    scoring = module.scoring
    levels = sorted(scoring["levels"], key=lambda level: level["rank"])
    base = StarResult(module_id=module.id, title=module.title, kind="star_estimate", status=COMPLETE,
                      caveat=tidy(scoring.get("caveat", "")))
    missing = _missing(questionnaire, module, answers)
    if missing:
        return replace(base, status=INCOMPLETE, reason=_incomplete_reason(questionnaire, missing), missing=missing)

    reasons: list[Reason] = []
    own_ok: dict[int, bool] = {}
    unmet: dict[int, list[str]] = {}
    for level in levels:
        oks = []
        for condition in level["conditions"]:
            ok = answer_rules.holds(questionnaire, condition, answers)
            reasons.append(Reason(level["name"], tidy(conditions.describe(condition)), ok))
            oks.append(ok)
            if not ok:
                unmet.setdefault(level["rank"], []).append(conditions.describe(condition))
        own_ok[level["rank"]] = all(oks)
    estimate, rank = None, 0
    # The estimate is the highest level whose own qualitative conditions hold (自评口径); it is not the star
    # the enterprise may apply for. The 2024 first-batch notice (苏工信信基〔2024〕181号, docs/standards-notes.md
    # §4 [V]) says 逐级申报, so the next application is the star above the one awarded (三星 when none): the
    # recommendations and the step-path indication (scoring/indications.py) say that. A level that builds
    # on another says so in its own conditions (五星 needs 四星).
    for level in levels:
        if own_ok[level["rank"]]:
            estimate, rank = level["name"], level["rank"]
    next_level = next((level for level in levels if level["rank"] > rank), None)
    missing_next = tuple(unmet.get(next_level["rank"], [])) if next_level else ()
    awarded, awarded_rank = None, 0
    awarded_question = scoring.get("awarded_question")
    if awarded_question and isinstance(answers.get(awarded_question), str):
        option = questionnaire.question(awarded_question).option(answers[awarded_question])
        if option is not None and option.level:
            awarded, awarded_rank = option.text, option.level
    return replace(base, estimate=estimate, rank=rank, reasons=tuple(reasons),
                   awarded=awarded, awarded_rank=awarded_rank,
                   next_level=next_level["name"] if next_level else None,
                   next_level_missing=missing_next)


def _points(questionnaire: Questionnaire, module: Module, answers: Mapping[str, JSONValue]) -> PointsResult:
    items: list[ItemPoints] = []
    for question in module.questions:
        if question.points is None:
            continue
        value = answers.get(question.id)
        chosen = [value] if question.type == "single" else list(value or [])
        options = [question.option(key) for key in chosen if isinstance(key, str)]  # validated: option keys
        got = sum((option.points or Decimal(0) for option in options if option), Decimal(0))
        items.append(ItemPoints(question.id, question.item or question.text, question.group,
                                min(got, question.points), question.points))
    max_points = sum((i.max_points for i in items), Decimal(0))
    base = PointsResult(module_id=module.id, title=module.title, kind="points", status=COMPLETE,
                        max_points=max_points)
    missing = _missing(questionnaire, module, answers)
    if missing:
        return replace(base, status=INCOMPLETE, reason=_incomplete_reason(questionnaire, missing), missing=missing)
    groups = tuple(
        GroupPoints(g.name, sum((i.points for i in items if i.group == g.name), Decimal(0)), g.points)
        for g in module.groups
    )
    return replace(base, points=sum((i.points for i in items), Decimal(0)), groups=groups, items=tuple(items))


def _scenes(questionnaire: Questionnaire, module: Module, answers: Mapping[str, JSONValue]) -> ScenesResult:
    scenes = []
    for question in module.questions:
        option = question.option(answers[question.id]) if question.id in answers else None
        scenes.append(SceneLevel(question.id, question.text, question.scene_group, question.scene_binding,
                                 option.level if option else None))
    result = ScenesResult(module_id=module.id, title=module.title, kind="scenes", status=COMPLETE,
                          scenes=tuple(scenes))
    missing = _missing(questionnaire, module, answers)
    if missing:
        return replace(result, status=INCOMPLETE, reason=_incomplete_reason(questionnaire, missing), missing=missing)
    return result


def _summary(questionnaire: Questionnaire, module: Module, answers: Mapping[str, JSONValue]) -> SummaryResult:
    missing = _missing(questionnaire, module, answers)
    if missing:
        return SummaryResult(module_id=module.id, title=module.title, kind="summary", status=INCOMPLETE,
                             reason=_incomplete_reason(questionnaire, missing), missing=missing)
    scoring = module.scoring
    result = FORMULAS[scoring["formula"]].compute(
        FormulaContext(questionnaire, answers, scoring["inputs"], scoring.get("params", {})))
    return SummaryResult(module_id=module.id, title=module.title, kind="summary", status=COMPLETE,
                         facts=result.facts, details=dict(result.details))


def _overall(questionnaire: Questionnaire, results: list[ModuleResult]) -> OverallLevel | None:
    spec = questionnaire.overall
    if not spec:
        return None
    point_modules = [r for r in results if isinstance(r, PointsResult)]
    scene_modules = [r for r in results if isinstance(r, ScenesResult)]
    caveat = tidy(spec.get("caveat", ""))
    max_points = sum((m.max_points for m in point_modules), Decimal(0))
    if any(r.status == INCOMPLETE for r in point_modules + scene_modules):
        return OverallLevel(status=INCOMPLETE, level=None, total_points=None, max_points=max_points, caveat=caveat)
    total = sum((m.points or Decimal(0) for m in point_modules), Decimal(0))
    checks: list[LevelCheck] = []
    level_name: str | None = None
    for level in spec["levels"]:  # highest first (checked by the loader)
        at = level["scene_level"]
        scenes = sum(m.count_at_least(at) for m in scene_modules)
        binding = sum(m.count_at_least(at, binding_only=True) for m in scene_modules)
        check = LevelCheck(
            level=level["name"],
            points_ok=total >= Decimal(str(level["min_points"])),
            scenes_ok=scenes >= level["min_scenes"],
            binding_ok=binding >= level["min_binding_scenes"],
            text=(f"{level['name']}：基础+管理+成效得分 {fmt_number(total)}（需≥{level['min_points']}）；"
                  f"达到{at}级及以上的场景 {scenes} 个（需≥{level['min_scenes']}），"
                  f"其中约束性场景 {binding} 个（需≥{level['min_binding_scenes']}）"),
        )
        checks.append(check)
        if level_name is None and check.points_ok and check.scenes_ok and check.binding_ok:
            level_name = level["name"]
    return OverallLevel(status=COMPLETE, level=level_name or spec.get("below_lowest", "未达到一级"),
                        total_points=total, max_points=max_points, checks=tuple(checks), caveat=caveat)


_SCORERS = {"star_estimate": _star, "points": _points, "scenes": _scenes, "summary": _summary}


def score(
    questionnaire: Questionnaire,
    answers: Mapping[str, JSONValue],
    *,
    period: str | None = None,
    edition: PolicyEdition | None = None,
    with_recommendations: bool = True,
) -> ScoreReport:
    """Score ``answers``; raise :class:`AnswersInvalid` if any answer does not fit the definition.

    The three figures are compared with the policy edition of ``period`` (``edition`` overrides it: a
    district that loaded the city's newer edition passes it); without a period, the seed edition."""
    problems = answer_rules.validate_answers(questionnaire, answers, partial=True)  # drafts score too
    if problems:
        raise AnswersInvalid(problems)
    edition = edition or edition_for_period(period)
    shown = visible_answers(questionnaire, answers)
    results: list[ModuleResult] = []
    warnings: list[str] = []
    for module in questionnaire.modules:
        if module.kind == "benchmark":
            results.append(_benchmark(questionnaire, module, shown, edition.benchmarks, warnings))
        else:
            results.append(_SCORERS[module.kind](questionnaire, module, shown))
    hidden = sorted(set(k for k, v in answers.items() if answer_rules.is_answered(v)) - set(shown))
    warnings.extend(f"题目 {qid} 因前置条件不满足而不计分（答案已保留）" for qid in hidden)
    report = ScoreReport(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        questionnaire_hash=questionnaire.content_hash,
        questionnaire_title=questionnaire.title,
        modules=tuple(results),
        completion=answer_rules.completion(questionnaire, shown),
        overall=_overall(questionnaire, results),
        warnings=tuple(warnings),
        checks=tuple(local_findings(questionnaire, answers)),
        edition=edition,
        period=period or "",
    )
    if with_recommendations:
        from .recommendations import recommend

        report = recommend(report, questionnaire, shown)
    return report
