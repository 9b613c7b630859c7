"""Indications (提示): conditions enterprises ask about, checked against their own answers.

Each indication of a policy edition (``resources/policy/*.yaml`` → ``indications``) names a kind, a rule in
the words of its source and the source itself. ``evaluate_indications`` reads one submission — its
questionnaires, answers and scores — and says for each one 符合, 尚不符合 or 无法判断, with a reason a manager
understands. It never says 符合 on partial inputs: a missing answer, an older questionnaire without the
question, or an unfinished questionnaire gives 无法判断 and names what is missing. Every result carries its
source with the source's confidence, and the fixed caveat 仅为提示，以主管部门认定为准 — these are the
software's reading of published conditions, not a decision of any authority.

Kinds:

* ``miit_level_at_least`` (params.level, e.g. 二级): the level of the MIIT questionnaire (``miit-sme-2024``).
* ``cloud_step_path``: the Jiangsu cloud stars are applied for step by step (三星 → 四星 → 五星): which star
  the enterprise would apply for next, and whether its answers already show that star's main conditions.
* ``smart_factory_advanced``: Jiangsu 先进级智能工厂 pre-check — GB/T 39116 maturity level ``min_maturity``
  (default 2) or above AND at least ``min_score`` (default 60) on the Jiangsu 2025 general assessment, from
  two optional questions of the core questionnaire.
* any other kind (a newer edition than this release): 无法判断, with a request to upgrade.

Pure Python: no Qt, no heavy imports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from typing import Protocol

from ..jsontypes import JSONValue
from ..messages import say
from ..policy.edition import PolicyEdition
from ..questionnaire import answers as answer_rules
from ..questionnaire import roles
from ..questionnaire.model import Questionnaire
from .results import COMPLETE, ScoreReport, StarResult, fmt_number, fmt_points, joined

MET, NOT_MET, UNKNOWN = say("符合"), say("尚不符合"), say("无法判断")
STATUSES = (MET, NOT_MET, UNKNOWN)
CAVEAT = say("仅为提示，以主管部门认定为准")

CORE = roles.questionnaire_with_role("plan_indicators")
MIIT = roles.questionnaire_with_role("maturity_level")
MATURITY_QUESTION = roles.question_id(CORE, "cmmm_level")
ASSESSMENT_QUESTION = roles.question_id(CORE, "jiangsu_assessment_score")
CHINESE_DIGITS = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五"}
# a level as the reasons name it (一级 … 五级), each a message of its own so that another language can say it
LEVEL_NAMES = {1: say("一级"), 2: say("二级"), 3: say("三级"), 4: say("四级"), 5: say("五级")}


class Part(Protocol):
    """One questionnaire of a submission (``report.model.AssessmentPart``, a frozen dataclass, is one)."""

    @property
    def questionnaire(self) -> Questionnaire: ...

    @property
    def answers(self) -> Mapping[str, JSONValue]: ...

    @property
    def report(self) -> ScoreReport: ...


@dataclass(frozen=True)
class IndicationResult:
    id: str
    kind: str
    title: str
    rule: str  # the condition, in the words of its source
    status: str  # 符合 / 尚不符合 / 无法判断
    reason: str  # why, in plain words
    source: str  # citation of the source, e.g. 《…》（文号，发文机关）
    confidence: str  # V / 3P / U ("" when the edition does not name the source)
    confidence_label: str  # 已核对原文 / 转引，原文未核对 / 未证实
    caveat: str = CAVEAT

    @property
    def source_text(self) -> str:
        """The source with its confidence in plain words: 《…》（…）［转引，原文未核对］."""
        if not self.source:
            return "来源未注明"
        return self.source + (f"［{self.confidence_label}］" if self.confidence_label else "")

    def to_dict(self) -> dict[str, JSONValue]:
        data = asdict(self)
        data["source_text"] = self.source_text
        return data


def evaluate_indications(edition: PolicyEdition, parts: Iterable[Part]) -> list[IndicationResult]:
    """Every indication of ``edition`` checked against one submission's ``parts``
    (questionnaire, answers, score report of each questionnaire of the period), in the edition's order."""
    by_id = {part.questionnaire.id: part for part in parts}
    results = []
    for indication in edition.indications:
        status: str
        reason: str
        evaluate = _KINDS.get(indication.kind)
        if evaluate is None:
            status, reason = UNKNOWN, say("本软件版本不能判断此项，请升级。")
        else:
            status, reason = evaluate(dict(indication.params or {}), by_id)
        source = edition.source(indication.source)
        results.append(IndicationResult(
            id=indication.id, kind=indication.kind, title=indication.title, rule=indication.rule,
            status=status, reason=reason, source=source.citation if source is not None else "",
            confidence=source.confidence if source is not None else "",
            confidence_label=source.confidence_label if source is not None else ""))
    return results


# --------------------------------------------------------------------------- helpers


def _level_rank(name: str) -> int | None:
    """一级 → 1 … 五级 → 5; anything else None."""
    for rank, digit in CHINESE_DIGITS.items():
        if name == f"{digit}级":
            return rank
    return None


def _then(first: str, second: str) -> str:
    """Two sentences, one after the other (another language may put a space between them)."""
    return say("{first}{second}", first=first, second=second)


def _level_name(rank: int) -> str:
    """1 → 一级 … 5 → 五级 (any other number as it is: 6级)."""
    return LEVEL_NAMES.get(rank) or f"{rank}级"


def _questionnaire_missing(title: str) -> tuple[str, str]:
    return UNKNOWN, say("本期报送没有《{questionnaire}》问卷，无法判断。", questionnaire=title)


# --------------------------------------------------------------------------- kinds


def _miit_level(params: Mapping[str, JSONValue], parts: Mapping[str, Part]) -> tuple[str, str]:
    wanted = str(params.get("level", ""))
    wanted_rank = _level_rank(wanted)
    if wanted_rank is None:
        return UNKNOWN, say("政策版本要求的等级“{level}”本软件不认识。本软件版本不能判断此项，请升级。", level=wanted)
    part = parts.get(str(params.get("questionnaire", MIIT)))
    if part is None:
        return _questionnaire_missing("中小企业数字化水平评测")
    overall = part.report.overall
    if overall is None:
        return UNKNOWN, say("《{questionnaire}》没有给出评测等级，无法判断。", questionnaire=part.questionnaire.title)
    if overall.status != COMPLETE or overall.level is None:
        return UNKNOWN, say("《{questionnaire}》问卷尚未填完，算不出评测等级；填完后再看此项。",
                            questionnaire=part.questionnaire.short_title)
    rank = _level_rank(overall.level) or 0  # 未达到一级 → 0
    if overall.total_points is None:
        if rank >= wanted_rank:
            return MET, say("按本软件自评估算，评测等级为{level}，达到{wanted}及以上。"
                            "正式等级以工业和信息化部评测平台的结果为准。", level=overall.level, wanted=wanted)
        return NOT_MET, say("按本软件自评估算，评测等级为{level}，未达到{wanted}。"
                            "正式等级以工业和信息化部评测平台的结果为准。", level=overall.level, wanted=wanted)
    points = fmt_points(overall.total_points)
    if rank >= wanted_rank:
        return MET, say("按本软件自评估算，评测等级为{level}（合计{points}分），达到{wanted}及以上。"
                        "正式等级以工业和信息化部评测平台的结果为准。",
                        level=overall.level, points=points, wanted=wanted)
    return NOT_MET, say("按本软件自评估算，评测等级为{level}（合计{points}分），未达到{wanted}。"
                        "正式等级以工业和信息化部评测平台的结果为准。",
                        level=overall.level, points=points, wanted=wanted)


def _star_names(part: Part, star: StarResult) -> dict[int, str]:
    """Rank → name (3 → 三星) of the questionnaire's star levels."""
    try:
        levels = part.questionnaire.module(star.module_id).scoring.get("levels", [])
    except KeyError:
        levels = []
    names = {int(level["rank"]): str(level["name"]) for level in levels if "rank" in level and "name" in level}
    return names or {3: "三星", 4: "四星", 5: "五星"}


def _cloud_step(params: Mapping[str, JSONValue], parts: Mapping[str, Part]) -> tuple[str, str]:
    part = parts.get(str(params.get("questionnaire", CORE)))
    if part is None:
        return _questionnaire_missing("南通智改数转核心指标")
    star = next((m for m in part.report.modules if isinstance(m, StarResult)), None)
    if star is None:
        return UNKNOWN, say("本期问卷没有星级上云一节，无法判断。")
    if star.status != COMPLETE:
        return UNKNOWN, say("“{section}”一节尚未填完，无法判断。", section=star.title)
    names = _star_names(part, star)
    lowest, top = min(names), max(names)
    if star.awarded_rank >= top:
        return MET, say("已获评{star}级上云企业，是最高星级，无需再逐级申报。", star=names[top])
    next_rank = max(lowest, star.awarded_rank + 1)
    next_name = names.get(next_rank)
    if next_name is None:
        return UNKNOWN, say("已获评的星级（{star}）与本软件所知的星级不对应。本软件版本不能判断此项，请升级。",
                            star=star.awarded)
    if star.awarded_rank:
        head = say("已获评{awarded}，按2024年遴选通知“逐级申报”的要求，"
                   "下一步一般申报{next}级（以当年遴选通知为准）。", awarded=star.awarded, next=next_name)
    else:
        head = say("尚未获评星级上云企业，按2024年遴选通知“逐级申报”的要求，"
                   "下一步一般申报{next}级（以当年遴选通知为准）。", next=next_name)
    conditions = [r for r in star.reasons if r.level == next_name]
    if not conditions:
        return UNKNOWN, _then(head, say("本软件没有{level}级的条件，无法判断。", level=next_name))
    unmet = [r.text for r in conditions if not r.met]
    if not unmet:
        if star.rank > next_rank:
            return MET, _then(head, say("答案已显示{level}级的主要条件（按答案估计已具备{estimate}级的主要条件；"
                                        "能否越级申报，以当年遴选通知为准）。",
                                        level=next_name, estimate=star.estimate))
        return MET, _then(head, say("答案已显示{level}级的主要条件。", level=next_name))
    return NOT_MET, _then(head, say("答案尚未显示{level}级的以下条件：{conditions}。", level=next_name,
                                    conditions=joined(unmet, "；")))


def _maturity(questionnaire: Questionnaire, value: JSONValue) -> int | None:
    """The GB/T 39116 level of the answer: 0 for 未评估, 1–5, None when not understood."""
    if not isinstance(value, str):
        return None
    option = questionnaire.question(MATURITY_QUESTION).option(value)
    if option is not None and option.level is not None:
        return int(option.level)
    if value == "none":
        return 0
    match = re.fullmatch(r"l([1-5])", value)
    return int(match.group(1)) if match else None


def _smart_factory(params: Mapping[str, JSONValue], parts: Mapping[str, Part]) -> tuple[str, str]:
    min_level = int(params.get("min_maturity", 2))
    try:
        min_score = Decimal(str(params.get("min_score", 60)))
    except InvalidOperation:
        return UNKNOWN, say("政策版本的分数要求本软件读不懂。本软件版本不能判断此项，请升级。")
    part = parts.get(str(params.get("questionnaire", CORE)))
    if part is None:
        return _questionnaire_missing("南通智改数转核心指标")
    questionnaire = part.questionnaire
    shown = answer_rules.visible_answers(questionnaire, part.answers)
    level_name = _level_name(min_level)
    missing: list[str] = []
    failed: list[str] = []
    ok: list[str] = []

    if not questionnaire.has_question(MATURITY_QUESTION):
        missing.append(say("智能制造能力成熟度等级（本期所用问卷版本没有这道题）"))
    elif not answer_rules.is_answered(shown.get(MATURITY_QUESTION)):
        missing.append(say("智能制造能力成熟度等级（未填写）"))
    else:
        level = _maturity(questionnaire, shown[MATURITY_QUESTION])
        if level is None:
            missing.append(say("智能制造能力成熟度等级（答案本软件不认识）"))
        elif level == 0:
            failed.append(say("尚未开展智能制造能力成熟度（GB/T 39116）评估，需先评估并达到{required}及以上",
                              required=level_name))
        elif level < min_level:
            failed.append(say("智能制造能力成熟度为{level}，需{required}及以上",
                              level=_level_name(level), required=level_name))
        else:
            ok.append(say("智能制造能力成熟度为{level}", level=_level_name(level)))

    if not questionnaire.has_question(ASSESSMENT_QUESTION):
        missing.append(say("江苏省企业数字化转型通用评估得分（本期所用问卷版本没有这道题）"))
    else:
        value = shown.get(ASSESSMENT_QUESTION)
        if not answer_rules.is_answered(value) or isinstance(value, bool) or not isinstance(value, int | float):
            missing.append(say("江苏省企业数字化转型通用评估得分（未填写）"))
        elif Decimal(str(value)) < min_score:
            failed.append(say("江苏省企业数字化转型通用评估得分为{score}分，需不低于{required}分",
                              score=fmt_number(value), required=fmt_number(min_score)))
        else:
            ok.append(say("江苏省企业数字化转型通用评估得分为{score}分", score=fmt_number(value)))

    if failed:  # one unmet condition is enough: both are required
        if missing:
            return NOT_MET, say("{failed}。另缺少：{missing}。", failed=joined(failed, "；"),
                                missing=joined(missing, "、"))
        return NOT_MET, say("{failed}。", failed=joined(failed, "；"))
    if missing:
        if ok:
            reason = say("已知{known}；缺少：{missing}，无法判断。",
                         known=joined(ok, "，"), missing=joined(missing, "、"))
        else:
            reason = say("缺少：{missing}，无法判断。", missing=joined(missing, "、"))
        if questionnaire.has_question(MATURITY_QUESTION) and questionnaire.has_question(ASSESSMENT_QUESTION):
            return UNKNOWN, say("{reason}可在“{section}”一节补填。", reason=reason, section="荣誉与认定")
        return UNKNOWN, reason
    return MET, say("{conditions}，两项条件均已达到（按企业填报）。", conditions=joined(ok, "，"))


_KINDS = {
    "miit_level_at_least": _miit_level,
    "cloud_step_path": _cloud_step,
    "smart_factory_advanced": _smart_factory,
}
