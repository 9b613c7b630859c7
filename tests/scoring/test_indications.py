"""Indications (提示) of a policy edition, checked against real questionnaires and answers scored by the engine.

What a manager relies on: 符合 only when the answers show every condition, 尚不符合 when one clearly fails,
无法判断 (naming what is missing) whenever an input is missing — and each result beside its rule, source,
the source's confidence and 以主管部门认定为准.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import pytest
from scoring_fixtures import all_answers

from zgsz_desktop.policy import edition_for_period
from zgsz_desktop.policy.edition import Indication
from zgsz_desktop.questionnaire.loader import get_questionnaire
from zgsz_desktop.questionnaire.model import Questionnaire
from zgsz_desktop.scoring.engine import score
from zgsz_desktop.scoring.indications import CAVEAT, MET, NOT_MET, UNKNOWN, evaluate_indications
from zgsz_desktop.scoring.results import ScoreReport

MATURITY, ASSESSMENT = "honours.cmmm_level", "honours.jiangsu_assessment_score"


@dataclass(frozen=True)
class Part:
    questionnaire: Questionnaire
    answers: dict[str, Any]
    report: ScoreReport


def part(questionnaire: Questionnaire, answers: dict[str, Any], period: str = "2025年度") -> Part:
    return Part(questionnaire, answers, score(questionnaire, answers, period=period))


def edition_2025():
    return edition_for_period("2025年度")


def only(edition, kind: str):
    """The edition reduced to its indication of ``kind``."""
    chosen = tuple(i for i in edition.indications if i.kind == kind)
    assert chosen, kind
    return replace(edition, indications=chosen)


def result_of(kind: str, *parts: Part, edition=None):
    results = evaluate_indications(only(edition or edition_2025(), kind), parts)
    assert len(results) == 1
    return results[0]


def best(question: Any) -> Any:
    if question.type == "single":
        return max(question.options, key=lambda o: o.points).key
    return [o.key for o in question.options if not o.exclusive]


def worst(question: Any) -> Any:
    if question.type == "single":
        return min(question.options, key=lambda o: o.points).key
    return [next(o.key for o in question.options if o.exclusive)]


# --------------------------------------------------------------------------- every result


def test_every_result_carries_rule_source_confidence_and_the_caveat(core_q, miit_q, core_answers, miit_answers):
    for period in ("2024年度", "2025年度"):
        edition = edition_for_period(period)
        results = evaluate_indications(edition, [part(core_q, core_answers, period),
                                                 part(miit_q, miit_answers, period)])
        assert [r.id for r in results] == [i.id for i in edition.indications]
        for result, indication in zip(results, edition.indications, strict=True):
            source = edition.source(indication.source)
            assert result.rule == indication.rule and result.title == indication.title
            assert result.source == source.citation
            assert result.confidence_label in ("已核对原文", "转引，原文未核对", "未证实")
            assert result.confidence_label in result.source_text
            assert result.caveat == CAVEAT == "仅为提示，以主管部门认定为准"
            assert result.status in (MET, NOT_MET, UNKNOWN) and result.reason


def test_an_unknown_kind_asks_for_an_upgrade(core_q, core_answers):
    edition = edition_2025()
    newer = replace(edition, indications=(Indication("x", "ai_diagnosis", "人工智能+制造诊断", "某条件",
                                                     "jiangsu-ai-manufacturing"),))
    [result] = evaluate_indications(newer, [part(core_q, core_answers)])
    assert result.status == UNKNOWN
    assert "本软件版本不能判断此项，请升级" in result.reason
    assert result.confidence_label == "未证实"  # the source's mark, from the edition


# --------------------------------------------------------------------------- MIIT level


def test_miit_level_two_meets_level_two(miit_q):
    answers = all_answers(miit_q, best, 2)  # full points, every scene at level 2 -> 二级 (三级 needs level-3 scenes)
    result = result_of("miit_level_at_least", part(miit_q, answers))
    assert result.status == MET
    assert "二级" in result.reason and "正式等级" in result.reason


def test_miit_level_four_meets_level_two(miit_q):
    assert result_of("miit_level_at_least", part(miit_q, all_answers(miit_q, best, 4))).status == MET


def test_miit_level_one_does_not_meet_level_two(miit_q):
    answers = all_answers(miit_q, best, 1)  # full points but scenes only at level 1 -> 一级
    result = result_of("miit_level_at_least", part(miit_q, answers))
    assert result.status == NOT_MET
    assert "一级" in result.reason and "未达到二级" in result.reason


def test_below_level_one_does_not_meet_level_two(miit_q):
    result = result_of("miit_level_at_least", part(miit_q, all_answers(miit_q, worst, 0)))
    assert result.status == NOT_MET and "未达到一级" in result.reason


def test_an_unfinished_miit_questionnaire_cannot_be_judged(miit_q):
    answers = all_answers(miit_q, best, 4)
    del answers[next(iter(answers))]
    result = result_of("miit_level_at_least", part(miit_q, answers))
    assert result.status == UNKNOWN and "尚未填完" in result.reason


def test_without_the_miit_questionnaire_the_level_cannot_be_judged(core_q, core_answers):
    result = result_of("miit_level_at_least", part(core_q, core_answers))
    assert result.status == UNKNOWN and "中小企业数字化水平评测" in result.reason


# --------------------------------------------------------------------------- cloud stars, step by step


def with_star(answers: dict[str, Any], star: str) -> dict[str, Any]:
    changed = {**answers, "cloud.current_star": star}
    if star != "none":
        changed["cloud.current_star_year"] = 2023
    return changed


def test_no_star_yet_applies_for_three_stars_first_even_when_four_stars_look_reachable(core_q, core_answers):
    report = part(core_q, with_star(core_answers, "none"))
    star = next(m for m in report.report.modules if m.kind == "star_estimate")
    assert star.estimate == "四星"  # the demo's answers show 四星's conditions…
    result = result_of("cloud_step_path", report)
    assert result.status == MET
    assert "下一步一般申报三星级" in result.reason  # …but the stars are applied for one by one
    assert "以当年遴选通知为准" in result.reason  # the older reading (四星 directly) is not ruled out as fact


def test_no_star_and_three_stars_conditions_missing_names_them(core_q, core_answers):
    answers = {**with_star(core_answers, "none"), "cloud.industrial_apps": 0}
    result = result_of("cloud_step_path", part(core_q, answers))
    assert result.status == NOT_MET
    assert "三星级" in result.reason and "使用工业APP" in result.reason


def test_three_stars_awarded_applies_for_four_stars(core_q, core_answers):
    result = result_of("cloud_step_path", part(core_q, with_star(core_answers, "three")))
    assert result.status == MET
    assert "已获评三星级" in result.reason and "下一步一般申报四星级" in result.reason


def test_three_stars_awarded_without_edge_processing_lacks_four_stars(core_q, core_answers):
    answers = {**with_star(core_answers, "three"), "cloud.edge_processing": False}
    result = result_of("cloud_step_path", part(core_q, answers))
    assert result.status == NOT_MET
    assert "下一步一般申报四星级" in result.reason and "边缘侧处理" in result.reason


def test_four_stars_awarded_applies_for_five_stars(core_q, core_answers):
    result = result_of("cloud_step_path", part(core_q, with_star(core_answers, "four")))
    assert result.status == MET  # demo: 数据+模型 (remote monitoring), devices on the cloud, edge processing
    assert "下一步一般申报五星级" in result.reason


def test_four_stars_awarded_without_data_and_model_apps_lacks_five_stars(core_q, core_answers):
    answers = {**with_star(core_answers, "four"), "cloud.data_model_apps": ["none"]}
    result = result_of("cloud_step_path", part(core_q, answers))
    assert result.status == NOT_MET
    assert "五星级" in result.reason and "数据+模型" in result.reason


def test_five_stars_is_the_top(core_q, core_answers):
    result = result_of("cloud_step_path", part(core_q, with_star(core_answers, "five")))
    assert result.status == MET and "最高星级" in result.reason


def test_an_unfinished_cloud_section_cannot_be_judged(core_q, core_answers):
    answers = dict(core_answers)
    del answers["cloud.deployment"]
    result = result_of("cloud_step_path", part(core_q, answers))
    assert result.status == UNKNOWN and "尚未填完" in result.reason


def test_the_2024_edition_has_the_step_path_too(core_q, core_answers):
    result = result_of("cloud_step_path", part(core_q, core_answers, "2024年度"),
                       edition=edition_for_period("2024年度"))
    assert result.status == MET and "苏工信信基〔2024〕181号" in result.source


# --------------------------------------------------------------------------- 先进级智能工厂 pre-check




@pytest.fixture(scope="module")
def core_with_maturity() -> Questionnaire:
    """The shipped core questionnaire: from 2025.1 it asks the maturity level and the Jiangsu assessment score."""
    shipped = get_questionnaire("nantong-zgsz-core")
    assert shipped.has_question(MATURITY) and shipped.has_question(ASSESSMENT)
    return shipped


def smart(questionnaire: Questionnaire, answers: dict[str, Any], **extra: Any):
    return result_of("smart_factory_advanced", part(questionnaire, {**answers, **extra}))


def test_maturity_two_and_sixty_points_meets_the_advanced_factory_conditions(core_with_maturity, core_answers):
    result = smart(core_with_maturity, core_answers, **{MATURITY: "l2", ASSESSMENT: 60})
    assert result.status == MET
    assert "二级" in result.reason and "60分" in result.reason


def test_fifty_nine_points_is_not_enough(core_with_maturity, core_answers):
    result = smart(core_with_maturity, core_answers, **{MATURITY: "l2", ASSESSMENT: 59})
    assert result.status == NOT_MET and "59分" in result.reason and "不低于60分" in result.reason


def test_fifty_nine_point_nine_is_not_enough(core_with_maturity, core_answers):
    assert smart(core_with_maturity, core_answers, **{MATURITY: "l3", ASSESSMENT: 59.9}).status == NOT_MET


def test_maturity_one_is_not_enough_whatever_the_score(core_with_maturity, core_answers):
    result = smart(core_with_maturity, core_answers, **{MATURITY: "l1", ASSESSMENT: 95})
    assert result.status == NOT_MET and "一级" in result.reason and "二级及以上" in result.reason


def test_no_maturity_assessment_yet_is_not_met_and_says_to_assess_first(core_with_maturity, core_answers):
    result = smart(core_with_maturity, core_answers, **{MATURITY: "none", ASSESSMENT: 80})
    assert result.status == NOT_MET and "尚未开展" in result.reason


def test_maturity_unanswered_cannot_be_judged(core_with_maturity, core_answers):
    result = smart(core_with_maturity, core_answers, **{ASSESSMENT: 80})
    assert result.status == UNKNOWN
    assert "智能制造能力成熟度等级（未填写）" in result.reason


def test_score_unanswered_cannot_be_judged_even_with_a_high_maturity(core_with_maturity, core_answers):
    result = smart(core_with_maturity, core_answers, **{MATURITY: "l5"})
    assert result.status == UNKNOWN  # never 符合 on one of two inputs
    assert "通用评估得分（未填写）" in result.reason


def test_nothing_answered_cannot_be_judged(core_with_maturity, core_answers):
    result = smart(core_with_maturity, core_answers)
    assert result.status == UNKNOWN and "成熟度" in result.reason and "得分" in result.reason


def test_an_older_questionnaire_without_the_questions_cannot_be_judged(core_answers):
    older = get_questionnaire("nantong-zgsz-core", "2024.2")
    assert not older.has_question(MATURITY)
    answers = {k: v for k, v in core_answers.items() if older.has_question(k)}
    result = smart(older, answers)
    assert result.status == UNKNOWN and "问卷版本没有这道题" in result.reason
