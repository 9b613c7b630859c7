"""Hand-worked scoring of the MIIT 中小企业数字化水平评测（2024年版）."""

from __future__ import annotations

from decimal import Decimal

import pytest
from scoring_fixtures import all_answers, best, worst

from zgsz_desktop.scoring.engine import score
from zgsz_desktop.scoring.results import INCOMPLETE

SCENES = ["product_design", "process_design", "marketing", "after_sales", "scheduling", "production_control",
          "quality_management", "equipment_management", "safety", "energy_management", "procurement",
          "warehousing", "finance", "human_resources", "office", "decision_support"]
BINDING = {"product_design", "marketing", "production_control", "quality_management", "equipment_management",
           "safety", "energy_management", "procurement", "warehousing", "finance"}


def test_demo_points_by_item_group_and_dimension(miit_q, miit_answers):
    report = score(miit_q, miit_answers)
    basis = report.module("basis")
    # 网络建设 B+C = 2+2 = 4; 设备数字化 D = 4.5; 设备联网 C = 3; 数据采集 7 × 0.7 = 4.9;
    # 信息系统 D = 7.5; 网络安全 2 × 1.25 = 2.5; 数据安全 2 × 1.25 = 2.5  -> 28.9
    assert basis.points == Decimal("28.9")
    groups = {g.name: g.points for g in basis.groups}
    assert groups == {"设备系统": Decimal("11.5"), "数据采集": Decimal("4.9"), "信息系统": Decimal("7.5"),
                      "信息安全": Decimal("5")}
    # 规划实施 D 4.5 + 管理机制 2 × 1.875 = 3.75 + 人才建设 2 × 1.5 = 3 + 资金保障 A 0 = 11.25
    assert report.module("management").points == Decimal("11.25")
    # 7 + 7 + 3 + 3 = 20
    assert report.module("effect").points == Decimal("20")
    # 28.9 + 11.25 + 20 = 60.15; 三级 needs 8 scenes at level >= 3 (demo has 4) -> 二级
    assert report.overall.total_points == Decimal("60.15")
    assert report.overall.level == "二级"
    assert report.overall.verified is False
    assert "第三方" in report.overall.caveat and "尚未" in report.overall.caveat


def test_full_marks_and_all_scenes_at_level_four_is_level_four(miit_q):
    report = score(miit_q, all_answers(miit_q, best, 4))
    assert report.overall.total_points == Decimal(100)
    assert report.overall.level == "四级"


def test_no_points_and_no_scenes_is_below_level_one(miit_q):
    report = score(miit_q, all_answers(miit_q, worst, 0))
    assert report.overall.total_points == 0
    assert report.overall.level == "未达到一级"


def test_level_needs_both_points_and_scenes(miit_q):
    # full marks but scenes only at level 1: 四/三/二级 fail on scenes, 一级 (>=20, 6 scenes >= 1, 3 binding) holds
    assert score(miit_q, all_answers(miit_q, best, 1)).overall.level == "一级"


def test_binding_scene_threshold_decides_level_three(miit_q):
    answers = all_answers(miit_q, best, 2)
    # 8 scenes at level 3 with 5 of them binding -> 三级 (>= 60 points, >= 8 scenes, >= 5 binding)
    chosen = ["process_design", "after_sales", "scheduling", "human_resources",  # 4 guiding scenes
              "product_design", "marketing", "production_control", "quality_management"]  # 4 binding scenes
    for scene in chosen:
        answers[f"miit.scenes.{scene}"] = "L3"
    assert score(miit_q, answers).overall.level == "二级"  # only 4 binding at level 3
    answers["miit.scenes.finance"] = "L3"  # the 5th binding scene
    assert score(miit_q, answers).overall.level == "三级"


def test_scene_binding_flags_follow_the_transcription(miit_q):
    flags = {q.id.removeprefix("miit.scenes."): q.scene_binding for q in miit_q.module("scenes").questions}
    assert set(flags) == set(SCENES)
    assert {name for name, binding in flags.items() if binding} == BINDING


def test_incomplete_dimension_gives_no_points_and_no_level(miit_q, miit_answers):
    del miit_answers["miit.effect.quality"]
    report = score(miit_q, miit_answers)
    effect = report.module("effect")
    assert effect.status == INCOMPLETE and effect.points is None
    assert effect.missing == ("miit.effect.quality",)
    assert report.overall.status == INCOMPLETE and report.overall.level is None


def test_multiple_choice_item_points_add_up(miit_q):
    answers = all_answers(miit_q, worst, 1)
    answers["miit.basis.data_collection"] = ["B", "O"]  # 产品设计 0.7 + 人力资源 0.9
    item = next(i for i in score(miit_q, answers).module("basis").items
                if i.question_id == "miit.basis.data_collection")
    assert item.points == Decimal("1.6")
    assert item.max_points == Decimal("10")


@pytest.mark.parametrize("total_points", [Decimal("39.99"), Decimal("40")])
def test_level_two_boundary_is_forty_points(miit_q, total_points):
    from zgsz_desktop.scoring.engine import _overall
    from zgsz_desktop.scoring.results import COMPLETE, PointsResult, SceneLevel, ScenesResult

    points = PointsResult(module_id="p", title="p", kind="points", status=COMPLETE, points=total_points,
                          max_points=Decimal(100))
    scenes = ScenesResult(module_id="s", title="s", kind="scenes", status=COMPLETE, scenes=tuple(
        SceneLevel(f"s{i}", f"s{i}", "g", i < 3, 2) for i in range(6)))
    level = _overall(miit_q, [points, scenes]).level
    assert level == ("二级" if total_points >= 40 else "一级")


def _band_warnings(report) -> list[str]:
    return [f.message for f in report.checks if f.rule_id.endswith("_band")]


def test_chosen_rate_band_is_cross_checked_against_entered_counts(miit_q, miit_answers):
    answers = dict(miit_answers)
    # 58 of 120 machines = 48.3 %: band D "(40%,60%]"; choosing E overstates and earns 1.5 points it should not.
    answers.update({"miit.basis.equipment_total": 120, "miit.basis.equipment_digital_count": 58,
                    "miit.basis.equipment_digital": "E"})
    warnings = _band_warnings(score(miit_q, answers))
    assert len(warnings) == 1
    assert "48.3%" in warnings[0] and "(40%,60%]" in warnings[0]

    answers["miit.basis.equipment_digital"] = "D"
    assert _band_warnings(score(miit_q, answers)) == []


def test_band_edges_follow_the_interval_notation(miit_q, miit_answers):
    answers = dict(miit_answers)
    # exactly 60 % belongs to "(40%,60%]", not to "(60%,100%]"; exactly 10 % to "[0-10%]"
    answers.update({"miit.basis.equipment_total": 100, "miit.basis.equipment_digital_count": 60,
                    "miit.basis.equipment_digital": "D"})
    assert _band_warnings(score(miit_q, answers)) == []
    answers.update({"miit.basis.equipment_digital_count": 10, "miit.basis.equipment_digital": "A"})
    assert _band_warnings(score(miit_q, answers)) == []
    answers["miit.basis.equipment_digital"] = "B"
    assert len(_band_warnings(score(miit_q, answers))) == 1


def test_no_band_check_without_counts(miit_q, miit_answers):
    answers = {k: v for k, v in miit_answers.items() if not k.endswith("_count") and k != "miit.basis.equipment_total"}
    answers["miit.basis.equipment_digital"] = "E"
    assert _band_warnings(score(miit_q, answers)) == []


def test_demo_answers_choose_the_bands_their_counts_give(miit_q, miit_answers):
    assert _band_warnings(score(miit_q, miit_answers)) == []
