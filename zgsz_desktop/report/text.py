"""Plain-language text of the report: the conclusion, dates, the industry line."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..scoring.results import BenchmarkResult, StarResult, fmt_points
from .model import MAIN_QUESTIONNAIRE, ReportData


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def industry_text(enterprise: Mapping[str, Any]) -> str:
    industry = enterprise.get("industry") or {}
    if isinstance(industry, Mapping) and industry.get("code"):
        return f"{industry.get('code')} {industry.get('name', '')}（GB/T 4754-2017）".strip()
    return str(industry or "—")


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + "和" + items[-1]


def _scope(benchmarks: list[BenchmarkResult]) -> str:
    scopes = {b.scope for b in benchmarks if b.scope}
    return scopes.pop() if len(scopes) == 1 else "重点企业"


def conclusion_sentences(data: ReportData) -> list[str]:
    """A few sentences a manager can read aloud: what is met, what is not and by how much, what next."""
    sentences: list[str] = []
    core = data.part(MAIN_QUESTIONNAIRE)
    if core is not None:
        benchmarks = core.report.benchmarks()
        met = [b for b in benchmarks if b.met is True]
        not_met = [b for b in benchmarks if b.met is False]
        other = [b for b in benchmarks if b.met is None]
        # A target set for 重点企业 (the plan's 65/82/92) is for the city's 重点企业 as a group, not for one
        # enterprise, and a reference figure (another level's or an expired target) is no target at all:
        # the sentences compare the enterprise's own figure with it and say which it is.
        targets = [b for b in met if not getattr(b, "reference_only", False)]
        references = [b for b in met if getattr(b, "reference_only", False)]
        if targets:
            scope = _scope(targets)
            figures = _join([f"{b.name}为{b.figure_text}（目标：{b.target_label}）" for b in targets])
            sentences.append(f"与规划对{scope}提出的目标对照，本企业的{figures}，"
                             f"{'均' if len(targets) > 1 else ''}不低于目标水平；该目标针对全市{scope}整体，"
                             "不是对单个企业的考核。")
        if references:
            figures = _join([f"{b.name}为{b.figure_text}（参照值：{b.target_label}"
                             f"{f'，适用于{b.scope}' if b.scope else ''}）" for b in references])
            sentences.append(f"与参照值对照，本企业的{figures}，{'均' if len(references) > 1 else ''}不低于参照值；"
                             "参照值不是对本企业的考核目标。")
        if not_met:
            parts = [f"{b.name}为{b.figure_text}，与"
                     + (f"参照值（{b.target_label}）" if getattr(b, "reference_only", False)
                        else f"规划对{_scope([b])}的目标（{b.target_label}）")
                     + f"对照还差{b.gap_text}" for b in not_met]
            sentences.append("；".join(parts) + "。")
        not_applicable = [b for b in other if b.status == "not_applicable"]
        if not_applicable:
            sentences.append("；".join(f"{b.name}不适用（{b.reason}）" for b in not_applicable) + "。")
        star = next((m for m in core.report.modules if isinstance(m, StarResult)), None)
        if star is not None and star.status == "complete":
            if star.estimate:
                sentence = f"按自评口径，企业上云用云情况已具备{star.estimate}级上云企业的主要条件"
            else:
                sentence = "按自评口径，企业尚未具备三星级上云企业的条件"
            if star.awarded:
                sentence += f"（已获评{star.awarded}）"
            sentences.append(sentence + "。")
    for part in data.parts:
        overall = part.report.overall
        if overall is not None and overall.level and overall.total_points is not None:
            sentences.append(f"{part.questionnaire.short_title}综合等级为{overall.level}"
                             f"（基础、管理、成效合计{fmt_points(overall.total_points)}分）。这是企业自己估算的结果："
                             "定级规则是第三方整理的，尚未与官方文件核对；正式等级以官方评测结果为准。")
    recommendations = [r for part in data.parts for r in part.report.recommendations]
    if recommendations:
        sentences.append(f"建议优先{recommendations[0].title}，详见第四部分。")
    incomplete = [m.title for part in data.parts for m in part.report.modules if m.status == "incomplete"]
    if incomplete:
        sentences.append(f"以下模块尚未填写完整，相关结论暂缺：{'、'.join(incomplete)}。")
    errors = [f for f in data.checks if f.blocking]
    if errors:
        sentences.append(f"答案之间有 {len(errors)} 处前后矛盾，需改正后才能报送，见“填报核对”。")
    return sentences
