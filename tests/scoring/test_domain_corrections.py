"""Issue 15, corrections: what the app tells a user about the plan and the standards says what the sources say.

Each test reads the sources of truth (the plan's text in resources/plan/, docs/standards-notes.md) or states the
source's words, and checks the shipped definitions, recommendations and report text against them — never against
text the code under test produces by itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from zgsz_desktop.questionnaire import answers as answer_rules
from zgsz_desktop.questionnaire.loader import get_questionnaire, shipped_questionnaires, version_key
from zgsz_desktop.questionnaire.model import Question, Questionnaire
from zgsz_desktop.scoring.engine import score

ROOT = Path(__file__).resolve().parents[2]
PLAN = (ROOT / "resources" / "plan" / "nantong-zgsz-plan-2022-2024.md").read_text(encoding="utf-8")
NOTES = (ROOT / "docs" / "standards-notes.md").read_text(encoding="utf-8")
RULES = yaml.safe_load((ROOT / "resources" / "recommendations.yaml").read_text(encoding="utf-8"))["rules"]
REFERENCES = yaml.safe_load((ROOT / "resources" / "plan" / "plan-references.yaml").read_text(encoding="utf-8"))
LEVEL_NAMES = ("一级", "二级", "三级", "四级")


# --------------------------------------------------------------------------- what a user reads


def _question_texts(question: Question) -> Iterator[str]:
    yield question.text
    yield question.help
    for option in question.options:
        yield option.text
        yield option.help
    for column in question.columns:
        yield from _question_texts(column)


def user_texts(questionnaire: Questionnaire) -> Iterator[str]:
    """Every text of a definition that the app shows: titles, descriptions, help, options, the caveats and
    condition texts of its scoring, the messages of its consistency rules."""
    yield questionnaire.title
    yield questionnaire.description
    for module in questionnaire.modules:
        yield module.title
        yield module.description
        yield str(module.scoring.get("caveat", ""))
        for level in module.scoring.get("levels", []):
            for condition in level.get("conditions", []):
                yield str(condition.get("text", ""))
        for question in module.questions:
            yield from _question_texts(question)
    if questionnaire.overall:
        yield str(questionnaire.overall.get("caveat", ""))
    for rule in questionnaire.consistency:
        yield str(rule.get("message", ""))
        yield str(rule.get("source", ""))


def recommendation_texts() -> Iterator[str]:
    for rule in RULES:
        yield rule["title"]
        yield rule["advice"]
    for group in ("tasks", "safeguards", "measures"):
        for entry in REFERENCES.get(group, {}).values():
            yield entry["title"]
            yield entry["section"]


def current_questionnaires() -> list[Questionnaire]:
    """The newest version of each shipped questionnaire (archived versions stay as they were shipped)."""
    return [get_questionnaire(qid) for qid in sorted({q.id for q in shipped_questionnaires()})]


def all_user_texts() -> list[str]:
    return [t for q in current_questionnaires() for t in user_texts(q)] + list(recommendation_texts())


def _sentences_with(word: str, texts: list[str]) -> list[str]:
    return [s for t in texts for s in re.split(r"(?<=[。；])", t) if word in s]


# --------------------------------------------------------------------------- versions


def test_the_corrected_definitions_are_new_versions_and_the_previous_ones_are_archived():
    core, miit = get_questionnaire("nantong-zgsz-core"), get_questionnaire("miit-sme-2024")
    for questionnaire, previous in ((core, "2024.2"), (miit, "2024.2")):
        old = get_questionnaire(questionnaire.id, previous)  # still loadable: packages and workspaces name it
        assert old.path is not None and old.path.parent.name == "archive"
        assert version_key(questionnaire.version) > version_key(previous)
        assert old.content_hash != questionnaire.content_hash
    demo = [yaml.safe_load((ROOT / "resources" / "demo" / f"{q.id}.answers.json").read_text(encoding="utf-8"))
            for q in (core, miit)]
    assert [d["questionnaire"]["version"] for d in demo] == [core.version, miit.version]  # the demo is current


# --------------------------------------------------------------------------- 附件1: project types


def _plan_project_types() -> list[str]:
    """附件1 备注: “智改数转”项目主要包括…、…等。"""
    match = re.search(r"“智改数转”项目主要包括(.+?)等。", PLAN)
    assert match, "the plan's 附件1 备注 was not found"
    return [re.sub(r"^“智改数转”", "", name) for name in match.group(1).split("、")]


def test_project_types_are_the_plans_open_list_plus_other(core_q):
    listed = _plan_project_types()
    assert len(listed) == 5
    column = core_q.question("projects.list").column("type")
    texts = [o.text for o in column.options]
    assert all(any(name in text for text in texts) for name in listed), (listed, texts)
    other = column.option("other")
    assert other is not None and "其他" in other.text
    # the list is "主要包括…等": the help says so, and nothing calls the types a closed set of five
    helps = core_q.question("projects.list").help + column.help + core_q.module("projects").description
    assert "主要包括" in helps and "等" in helps
    assert not [t for t in all_user_texts() if "五类" in t]


def test_the_project_module_says_attachment_1_counts_projects_of_above_scale_enterprises(core_q):
    assert "附件1" in PLAN and "完成“智改数转”项目数量（规上企业）" in PLAN  # the source's column heading
    module = core_q.module("projects")
    said = module.description + core_q.question("projects.list").help
    assert "规上企业" in said
    assert core_q.question("projects.has_any").show_if is None  # still asked of every enterprise


def test_a_project_of_type_other_is_a_valid_completed_project(core_q, core_answers):
    answers = dict(core_answers)
    answers["projects.list"] = [{"type": "other", "name": "数字孪生产线", "year": 2023, "status": "completed"}]
    assert answer_rules.check_answer(core_q, "projects.list", answers["projects.list"], answers) == []
    report = score(core_q, answers)
    facts = {f.key: f.value for f in report.module("projects").facts}
    assert facts["projects_completed"] == 1


# --------------------------------------------------------------------------- 研发设计工具 national caliber


def test_the_national_rnd_tool_caliber_is_not_stated_as_fact(core_q):
    help_text = core_q.question("rnd.tool_users").help
    assert "NOT FOUND" in NOTES.split("### 1.2")[0]  # the notes: the official definitions were not found
    assert "国家统计口径为" not in help_text
    sentence = next(s for s in _sentences_with("企业", [help_text]) if "样本企业" in s or "企业占" in s)
    assert "未经" in sentence or "未查到" in sentence, sentence


# --------------------------------------------------------------------------- 附件2 and 附件3 scope


def test_the_smart_workshop_help_says_exactly_what_attachment_2_counts(core_q):
    assert "新增省级示范 智能车间（工厂）" in PLAN and "新增市级示范 智能车间" in PLAN
    help_text = core_q.question("honours.has_smart_workshop").help
    assert "附件2" in help_text
    assert "省级示范智能车间（工厂）" in help_text and "市级示范智能车间" in help_text
    national = next(s for s in _sentences_with("国家级", [help_text]) if "附件2" in s)
    assert "不计入" in national


def test_only_the_fusion_pilot_category_is_said_to_count_for_attachment_3(core_q):
    assert "工业互联网 融合创新 试点示范" in PLAN
    flag, table = core_q.question("honours.has_iiot_pilot"), core_q.question("honours.iiot_pilots")
    column = table.column("category")
    assert [o.key for o in column.options] == ["fusion", "five_g", "platform", "identifier", "other"]
    assert column.option("fusion").text == "工业互联网融合创新试点示范"
    for text in (flag.help, column.help):
        counted = [s for s in _sentences_with("附件3", [text])]
        assert counted and all("融合创新试点示范" in s or "不计入" in s for s in counted), text
        assert any("只" in s and "融合创新试点示范" in s for s in counted), text
        assert "备查" in text  # the other categories are recorded, not counted
    # no text presents 5G全连接工厂 / platforms / 标识解析 as part of what 附件3 counts
    for text in (flag.text, flag.help, column.help):
        for sentence in _sentences_with("5G全连接工厂", [text]):
            assert "不计入" in sentence or "附件3" not in sentence, sentence


# --------------------------------------------------------------------------- the year a star was awarded


def test_the_year_of_the_awarded_star_is_asked_right_after_the_star(core_q):
    questions = [q.id for q in core_q.module("cloud").questions]
    assert questions[questions.index("cloud.current_star") + 1] == "cloud.current_star_year"
    year = core_q.question("cloud.current_star_year")
    assert year.type == "number" and year.integer and year.required
    assert (year.min, year.max, year.unit) == (2014, 2030, "年")
    # 附件3 counts 新培育 stars: the help says why the year is asked
    assert "新培育" in PLAN and "2022" in year.help


@pytest.mark.parametrize(("star", "shown"), [("none", False), ("three", True), ("four", True), ("five", True)])
def test_the_star_year_is_shown_only_for_an_awarded_star(core_q, star, shown):
    question = core_q.question("cloud.current_star_year")
    assert answer_rules.is_visible(core_q, question, {"cloud.current_star": star}) is shown


def test_an_awarded_star_without_its_year_leaves_the_star_module_unfinished(core_q, core_answers):
    awarded = dict(core_answers, **{"cloud.current_star": "three"})
    def missing(answers: dict[str, Any]) -> list[str]:
        return [q.id for q in answer_rules.missing_required(core_q, answers)]

    assert "cloud.current_star_year" in missing(awarded)
    assert score(core_q, awarded).module("cloud").status == "incomplete"
    assert score(core_q, dict(awarded, **{"cloud.current_star_year": 2023})).module("cloud").status == "complete"
    assert "cloud.current_star_year" not in missing(core_answers)  # no star: not asked


def test_the_synthetic_district_enterprises_answer_the_star_year():
    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.demo_synthetic import synthetic_documents, synthetic_enterprises

    demo = demo_documents()
    awarded = 0
    for enterprise in synthetic_enterprises(40, "海安市", 2024):
        core = synthetic_documents(enterprise, demo, "2024年度", 2024)[0]
        assert answer_rules.missing_required(core.questionnaire, core.answers) == []
        awarded += core.answers.get("cloud.current_star") in ("three", "four", "five")
    assert awarded > 0


# --------------------------------------------------------------------------- 星级上云: 3 months and the path


def test_the_three_month_rule_is_cited_as_another_citys_2022_practice(core_q):
    notes = NOTES[NOTES.index("## 4."):NOTES.index("## 5.")]
    assert re.search(r"2022 \(Suzhou notice\).*≥ 3 months", notes, re.S)  # where the rule comes from
    texts = list(user_texts(core_q)) + [r["advice"] for r in RULES]
    mentions = [s for s in _sentences_with("3个月", texts)]
    assert mentions
    for sentence in mentions:
        assert "苏州" in sentence and "2022" in sentence, sentence
    conditions = [c for level in core_q.module("cloud").scoring["levels"] for c in level["conditions"]
                  if c.get("question") == "cloud.months"]
    assert conditions and all("苏州" in c["text"] for c in conditions)


def _core_with_cloud(core_answers: dict[str, Any], **cloud: Any) -> dict[str, Any]:
    return dict(core_answers, **cloud)


def test_an_enterprise_without_a_star_is_advised_the_step_by_step_path(core_q, core_answers):
    assert "逐级申报" in NOTES  # the 2024 notice, standards-notes §4
    report = score(core_q, core_answers)  # the demo: 四星 conditions met, no star yet
    assert report.module("cloud").rank >= 4 and core_answers["cloud.current_star"] == "none"
    advice = [r for r in report.recommendations if "申报" in r.title]
    assert advice and not [r for r in advice if "四星" in r.title or "五星" in r.title]
    assert any("三星" in r.title and "逐级申报" in r.advice for r in advice)


def test_a_three_star_enterprise_meeting_four_star_conditions_is_advised_four_star(core_q, core_answers):
    answers = _core_with_cloud(core_answers, **{"cloud.current_star": "three", "cloud.current_star_year": 2023})
    titles = [r.title for r in score(core_q, answers).recommendations]
    assert any("四星" in t for t in titles) and not any("三星级上云企业" in t and "申报" in t for t in titles)


def test_no_advice_says_a_star_can_be_skipped():
    for rule in RULES:
        if rule["questionnaire"] != "nantong-zgsz-core":
            continue
        for sentence in _sentences_with("直接申报", [rule["advice"]]):
            assert "第三方" in sentence and "为准" in sentence, sentence  # reported as a claim, not advice


# --------------------------------------------------------------------------- MIIT: overall level and scenes


def _notes_level_rule() -> dict[str, tuple[int, int, int, int]]:
    """The §2.3 table: level → (points, scene level, scenes, of which 约束性)."""
    section = NOTES[NOTES.index("**Overall level rule for 2024**"):]
    rows = re.findall(r"\| (.级) \| ≥ (\d+) \| ≥ (\d+) at level (?:≥)?(\d) \| ≥ (\d+) \|", section)
    return {name: (int(points), int(level), int(scenes), int(binding))
            for name, points, scenes, level, binding in rows}


def test_the_miit_overall_rule_carries_every_threshold_the_notes_give(miit_q):
    notes = _notes_level_rule()
    assert set(notes) == set(LEVEL_NAMES)
    shipped = {level["name"]: (level["min_points"], level["scene_level"], level["min_scenes"],
                               level["min_binding_scenes"]) for level in miit_q.overall["levels"]}
    assert shipped == notes


def test_the_miit_overall_caveat_says_it_is_a_third_party_reading_with_all_four_levels(miit_q):
    caveat = miit_q.overall["caveat"]
    assert "[3P" in NOTES[NOTES.index("**Overall level rule for 2024**"):][:60]
    assert "第三方" in caveat and "解读" in caveat and "尚未" in caveat and "官方" in caveat
    for name, (points, level, scenes, binding) in _notes_level_rule().items():
        clause = caveat[caveat.index(name):]
        clause = clause[:clause.index("；") if "；" in clause else clause.index("。")]
        assert f"{points}分" in clause and f"{scenes}个场景" in clause and f"{level}级" in clause, clause
        assert f"约束性场景至少{binding}个" in clause, clause
    # what the notes leave open is said to be open, not filled in
    assert "一级是否" in caveat and "尚未核实" in caveat


def test_scene_help_says_what_the_sources_say_about_binding_scenes(miit_q):
    source = yaml.safe_load((ROOT / "resources" / "domain" / "miit-sme-2024.yaml").read_text(encoding="utf-8"))
    assert "no text about 约束性场景" in (ROOT / "resources" / "domain" / "miit-sme-2024.yaml").read_text(
        encoding="utf-8")  # the official data does not name them
    scenes = miit_q.module("scenes").questions
    assert [s.scene_binding for s in scenes] == [s["binding"] for s in source["scenes"]]
    for question in scenes:
        if question.scene_binding:
            assert "约束性" in question.help and "第三方" in question.help and "尚未核对" in question.help
        else:
            assert "约束性" not in question.help
    # nowhere is a scene called 约束性 as a plain fact
    for text in all_user_texts():
        assert "（约束性场景）" not in text


LEVEL_CLAUSE = re.compile(r"(.级)须(?:基础\+管理\+成效 ?)?合计不低于(\d+)分，且至少(\d+)个场景达到(\d)级"
                          r".*?其中至少(\d+)个为约束性场景")


def test_miit_level_advice_quotes_the_rule_as_shipped_and_as_a_third_party_reading(miit_q):
    shipped = {level["name"]: level for level in miit_q.overall["levels"]}
    miit_rules = [r for r in RULES if r["questionnaire"] == "miit-sme-2024" and "level_in" in r["when"]]
    quoted = 0
    for rule in miit_rules:
        advice = " ".join(rule["advice"].split())
        if "约束性" in advice:
            assert "第三方" in advice and "未与官方文件核对" in advice, rule["id"]
        for name, points, scenes, level, binding in LEVEL_CLAUSE.findall(advice):
            expected = shipped[name]
            assert (int(points), int(scenes), int(level), int(binding)) == (
                expected["min_points"], expected["min_scenes"], expected["scene_level"],
                expected["min_binding_scenes"]), (rule["id"], name)
            quoted += 1
    assert quoted == 3  # 二级, 三级 and 四级 are quoted in full


def test_the_miit_description_names_on_site_assessment_in_pilot_cities(miit_q):
    assert "现场评定" in NOTES and "试点城市" in NOTES
    assert "现场评定" in miit_q.description and "试点城市" in miit_q.description


def test_the_energy_statistics_system_has_one_correct_name(miit_q):
    texts = all_user_texts()
    assert not [t for t in texts if "能源报表统计制度" in t]
    energy = miit_q.question("miit.effect.energy")
    assert energy.help.count("《能源统计报表制度》") == 2  # our 口径 sentence and the quoted description


# --------------------------------------------------------------------------- plan references


def _plan_numbered(heading: str, next_heading: str) -> dict[str, str]:
    part = PLAN[PLAN.index(heading):PLAN.index(next_heading)]
    return dict(re.findall(r"^（([一二三四五六七八九十]+)）(?:\*\*)?([^。*]+?)(?:\*\*)?。", part, re.M))


def test_plan_references_list_the_plans_tasks_and_safeguards_exactly():
    tasks = _plan_numbered("## 二、重点任务", "### 三、保障措施")
    safeguards = _plan_numbered("### 三、保障措施", "- 附件")
    assert len(tasks) == 10 and len(safeguards) == 5
    assert {k: v["title"] for k, v in REFERENCES["tasks"].items()} == tasks
    assert {k: v["title"] for k, v in REFERENCES["safeguards"].items()} == safeguards
    for key, measure in REFERENCES["measures"].items():
        named = re.search(r"三、保障措施（(.+?)）(.*)", measure["section"])
        if named:
            assert safeguards[named.group(1)] in named.group(2), key
    readme = (ROOT / "resources" / "README.md").read_text(encoding="utf-8")
    assert "保障措施（一）–（五）" in readme and "重点任务（一）–（十）" in readme


def test_the_talent_advice_points_to_safeguard_four_not_task_three(miit_q, miit_answers):
    assert "（四）加快人才培养" in PLAN and "人才" not in _plan_numbered("## 二、重点任务", "### 三、保障措施")["三"]
    answers = dict(miit_answers, **{"miit.management.talent": ["A"]})
    report = score(miit_q, answers)
    talent = [r for r in report.recommendations if "人才" in r.title]
    assert talent
    for recommendation in talent:
        sections = [ref.section for ref in recommendation.references]
        assert any("保障措施（四）" in s for s in sections), sections
        assert not any(ref.kind == "task" and ref.code == "三" for ref in recommendation.references)


def test_a_measure_naming_a_wrong_safeguard_is_refused():
    from zgsz_desktop.scoring.recommendations import RulesError, check_rules

    rules = {"rules": []}
    wrong = {**REFERENCES, "measures": {"talent": {"title": "人才", "section": "三、保障措施（三）加快人才培养"}}}
    with pytest.raises(RulesError, match="保障措施（三）"):
        check_rules(rules, wrong)
    check_rules(rules, REFERENCES)


def test_import_duty_exemption_is_said_with_the_plans_condition():
    assert "符合条件的智能制造企业进口设备免税" in PLAN
    mentions = _sentences_with("免税", all_user_texts())
    assert mentions
    for sentence in mentions:
        assert "符合条件的智能制造企业" in sentence, sentence


def test_the_classified_protection_system_is_named_as_the_plan_and_as_today():
    assert "国家信息安全等级保护制度" in PLAN
    mentions = _sentences_with("等级保护", all_user_texts())
    assert mentions
    for sentence in mentions:
        assert "信息安全等级保护" in sentence and "网络安全等级保护" in sentence, sentence


# --------------------------------------------------------------------------- the report's conclusion


def test_the_conclusion_compares_with_the_benchmark_for_key_enterprises_and_names_the_self_estimate():
    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.report.model import from_documents
    from zgsz_desktop.report.text import conclusion_sentences

    data = from_documents(demo_documents())
    sentences = conclusion_sentences(data)
    met = [b for b in data.part("nantong-zgsz-core").report.benchmarks() if b.met]
    assert met  # the demo meets the 关键工序数控化率 benchmark
    for benchmark in met:
        sentence = next(s for s in sentences if benchmark.name in s)
        assert "已达到规划" not in sentence and "达标" not in sentence
        assert "对照" in sentence and "重点企业" in sentence and "整体" in sentence
    level = next(s for s in sentences if "综合等级" in s)
    assert "估算" in level and "第三方" in level and "尚未与官方文件核对" in level
    assert "第三方解读" not in level  # plain words, not the jargon the summary page avoids
