"""Plain-language text of the report: the conclusion, dates, the industry line."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..scoring.results import StarResult, fmt_number
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
                             f"（基础、管理、成效合计{fmt_number(overall.total_points)}分，按第三方解读的规则判定）。")
    recommendations = [r for part in data.parts for r in part.report.recommendations]
    if recommendations:
        sentences.append(f"建议优先{recommendations[0].title}，详见第四部分。")
    incomplete = [m.title for part in data.parts for m in part.report.modules if m.status == "incomplete"]
    if incomplete:
        sentences.append(f"以下模块尚未填写完整，相关结论暂缺：{'、'.join(incomplete)}。")
    return sentences
