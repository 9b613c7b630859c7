"""Plain-language text of the report: the conclusion, dates, the industry line."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..scoring.results import StarResult, fmt_points
from .model import ReportData


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


def conclusion_sentences(data: ReportData) -> list[str]:
    """A few sentences a manager can read aloud: what is met, what is not and by how much, what next."""
    sentences: list[str] = []
    core = data.part("nantong-zgsz-core")
    if core is not None:
        benchmarks = core.report.benchmarks()
        met = [b for b in benchmarks if b.met is True]
        not_met = [b for b in benchmarks if b.met is False]
        other = [b for b in benchmarks if b.met is None]
        if met:
            sentences.append(f"{_join([f'{b.name}（{b.figure_text}）' for b in met])}已达到规划对重点企业的目标。")
        if not_met:
            parts = [f"{b.name}为{b.figure_text}，距规划目标（{b.target_label}）还差{b.gap_text}" for b in not_met]
            sentences.append("；".join(parts) + "，尚未达标。")
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
        if overall is not None and overall.level:
            sentences.append(f"{part.questionnaire.short_title}综合等级为{overall.level}"
                             f"（基础、管理、成效合计{fmt_points(overall.total_points)}分，自评口径）。")
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


def targets_note(period: str) -> str:
    """Which plan's targets the figures are compared with, when the period lies after that plan."""
    from ..workspace.periods import period_key

    year = period_key(period)[0]
    if year > 2024:
        return (f"评估期为{period}：南通市2025年以后的三年目标尚未公布，表中的目标为《南通市制造业智能化改造和"
                "数字化转型三年行动计划（2022—2024年）》的目标，仅作对照。")
    return ""
