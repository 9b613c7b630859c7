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
from typing import Any, Protocol

from ..questionnaire import answers as answer_rules
from ..questionnaire.model import Questionnaire
from .results import COMPLETE, ScoreReport, StarResult, fmt_number, fmt_points

MET, NOT_MET, UNKNOWN = "符合", "尚不符合", "无法判断"
STATUSES = (MET, NOT_MET, UNKNOWN)
CAVEAT = "仅为提示，以主管部门认定为准"
UPGRADE = "本软件版本不能判断此项，请升级"

CORE = "nantong-zgsz-core"
MIIT = "miit-sme-2024"
MATURITY_QUESTION = "honours.cmmm_level"
ASSESSMENT_QUESTION = "honours.jiangsu_assessment_score"
CHINESE_DIGITS = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五"}


class Part(Protocol):
    """One questionnaire of a submission (``report.model.AssessmentPart`` is one)."""

    questionnaire: Questionnaire
    answers: Mapping[str, Any]
    report: ScoreReport


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

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["source_text"] = self.source_text
        return data


def evaluate_indications(edition: Any, parts: Iterable[Part]) -> list[IndicationResult]:
    """Every indication of ``edition`` (a ``policy.PolicyEdition``) checked against one submission's ``parts``
    (questionnaire, answers, score report of each questionnaire of the period), in the edition's order."""
    by_id = {part.questionnaire.id: part for part in parts}
    results = []
    for indication in edition.indications:
        evaluate = _KINDS.get(indication.kind)
        if evaluate is None:
            status, reason = UNKNOWN, UPGRADE + "。"
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


def _questionnaire_missing(title: str) -> tuple[str, str]:
    return UNKNOWN, f"本期报送没有《{title}》问卷，无法判断。"


# --------------------------------------------------------------------------- kinds


def _miit_level(params: Mapping[str, Any], parts: Mapping[str, Part]) -> tuple[str, str]:
    wanted = str(params.get("level", ""))
    wanted_rank = _level_rank(wanted)
    if wanted_rank is None:
        return UNKNOWN, f"政策版本要求的等级“{wanted}”本软件不认识。{UPGRADE}。"
    part = parts.get(str(params.get("questionnaire", MIIT)))
    if part is None:
        return _questionnaire_missing("中小企业数字化水平评测")
    overall = part.report.overall
    if overall is None:
        return UNKNOWN, f"《{part.questionnaire.title}》没有给出评测等级，无法判断。"
    if overall.status != COMPLETE or overall.level is None:
        return UNKNOWN, (f"《{part.questionnaire.short_title}》问卷尚未填完，算不出评测等级；填完后再看此项。")
    points = f"（合计{fmt_points(overall.total_points)}分）" if overall.total_points is not None else ""
    rank = _level_rank(overall.level) or 0  # 未达到一级 → 0
    estimate = f"按本软件自评估算，评测等级为{overall.level}{points}"
    official = "正式等级以工业和信息化部评测平台的结果为准。"
    if rank >= wanted_rank:
        return MET, f"{estimate}，达到{wanted}及以上。{official}"
    return NOT_MET, f"{estimate}，未达到{wanted}。{official}"


def _star_names(part: Part, star: StarResult) -> dict[int, str]:
    """Rank → name (3 → 三星) of the questionnaire's star levels."""
    try:
        levels = part.questionnaire.module(star.module_id).scoring.get("levels", [])
    except KeyError:
        levels = []
    names = {int(level["rank"]): str(level["name"]) for level in levels if "rank" in level and "name" in level}
    return names or {3: "三星", 4: "四星", 5: "五星"}


def _cloud_step(params: Mapping[str, Any], parts: Mapping[str, Part]) -> tuple[str, str]:
    part = parts.get(str(params.get("questionnaire", CORE)))
    if part is None:
        return _questionnaire_missing("南通智改数转核心指标")
    star = next((m for m in part.report.modules if isinstance(m, StarResult)), None)
    if star is None:
        return UNKNOWN, "本期问卷没有星级上云一节，无法判断。"
    if star.status != COMPLETE:
        return UNKNOWN, f"“{star.title}”一节尚未填完，无法判断。"
    names = _star_names(part, star)
    lowest, top = min(names), max(names)
    if star.awarded_rank >= top:
        return MET, f"已获评{names[top]}级上云企业，是最高星级，无需再逐级申报。"
    next_rank = max(lowest, star.awarded_rank + 1)
    next_name = names.get(next_rank)
    if next_name is None:
        return UNKNOWN, f"已获评的星级（{star.awarded}）与本软件所知的星级不对应。{UPGRADE}。"
    held = f"已获评{star.awarded}" if star.awarded_rank else "尚未获评星级上云企业"
    head = f"{held}，按2024年遴选通知“逐级申报”的要求，下一步一般申报{next_name}级（以当年遴选通知为准）。"
    conditions = [r for r in star.reasons if r.level == next_name]
    if not conditions:
        return UNKNOWN, head + f"本软件没有{next_name}级的条件，无法判断。"
    unmet = [r.text for r in conditions if not r.met]
    higher = ""
    if star.rank > next_rank:
        higher = f"（按答案估计已具备{star.estimate}级的主要条件；能否越级申报，以当年遴选通知为准）"
    if not unmet:
        return MET, head + f"答案已显示{next_name}级的主要条件{higher}。"
    return NOT_MET, head + f"答案尚未显示{next_name}级的以下条件：" + "；".join(unmet) + "。"


def _maturity(questionnaire: Questionnaire, value: Any) -> int | None:
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


def _smart_factory(params: Mapping[str, Any], parts: Mapping[str, Part]) -> tuple[str, str]:
    min_level = int(params.get("min_maturity", 2))
    try:
        min_score = Decimal(str(params.get("min_score", 60)))
    except InvalidOperation:
        return UNKNOWN, f"政策版本的分数要求本软件读不懂。{UPGRADE}。"
    part = parts.get(str(params.get("questionnaire", CORE)))
    if part is None:
        return _questionnaire_missing("南通智改数转核心指标")
    questionnaire = part.questionnaire
    shown = answer_rules.visible_answers(questionnaire, part.answers)
    level_name = f"{CHINESE_DIGITS.get(min_level, min_level)}级"
    score_name = "江苏省企业数字化转型通用评估得分"
    missing: list[str] = []
    failed: list[str] = []
    ok: list[str] = []

    if not questionnaire.has_question(MATURITY_QUESTION):
        missing.append("智能制造能力成熟度等级（本期所用问卷版本没有这道题）")
    elif not answer_rules.is_answered(shown.get(MATURITY_QUESTION)):
        missing.append("智能制造能力成熟度等级（未填写）")
    else:
        level = _maturity(questionnaire, shown[MATURITY_QUESTION])
        if level is None:
            missing.append("智能制造能力成熟度等级（答案本软件不认识）")
        elif level == 0:
            failed.append(f"尚未开展智能制造能力成熟度（GB/T 39116）评估，需先评估并达到{level_name}及以上")
        elif level < min_level:
            failed.append(f"智能制造能力成熟度为{CHINESE_DIGITS.get(level, level)}级，需{level_name}及以上")
        else:
            ok.append(f"智能制造能力成熟度为{CHINESE_DIGITS.get(level, level)}级")

    if not questionnaire.has_question(ASSESSMENT_QUESTION):
        missing.append(f"{score_name}（本期所用问卷版本没有这道题）")
    else:
        value = shown.get(ASSESSMENT_QUESTION)
        if not answer_rules.is_answered(value) or isinstance(value, bool) or not isinstance(value, int | float):
            missing.append(f"{score_name}（未填写）")
        elif Decimal(str(value)) < min_score:
            failed.append(f"{score_name}为{fmt_number(value)}分，需不低于{fmt_number(min_score)}分")
        else:
            ok.append(f"{score_name}为{fmt_number(value)}分")

    if failed:  # one unmet condition is enough: both are required
        reason = "；".join(failed) + "。"
        if missing:
            reason += "另缺少：" + "、".join(missing) + "。"
        return NOT_MET, reason
    if missing:
        known = ("已知" + "，".join(ok) + "；") if ok else ""
        hint = ("可在“荣誉与认定”一节补填。" if questionnaire.has_question(MATURITY_QUESTION)
                and questionnaire.has_question(ASSESSMENT_QUESTION) else "")
        return UNKNOWN, known + "缺少：" + "、".join(missing) + "，无法判断。" + hint
    return MET, "，".join(ok) + "，两项条件均已达到（按企业填报）。"


_KINDS = {
    "miit_level_at_least": _miit_level,
    "cloud_step_path": _cloud_step,
    "smart_factory_advanced": _smart_factory,
}
