"""Assessment periods: ``2024年度``, ``2024年上半年`` / ``下半年``, ``2024年第1季度`` … their one written
form, their kind and their order.

Every period is stored in its normal form (ASCII digits, 第1季度 rather than 第一季度, no spaces), so the
same period typed two ways can never become two assessments.
"""

from __future__ import annotations

import re
import unicodedata

from .messages import say

_PATTERN = re.compile(
    r"^(?P<year>[0-9]{4})年(?:(?P<annual>度)|(?P<half>上半年|下半年)|第(?P<quarter>[1-4一二三四])季度)$")
_QUARTERS = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}
ANNUAL, HALF, QUARTER = "annual", "half", "quarter"


def normalise_period(text: str) -> str:
    """The one written form of a period (full-width digits folded, 第一季度 → 第1季度, spaces removed);
    unchanged when it is not a valid period."""
    folded = unicodedata.normalize("NFKC", text).replace(" ", "").strip()
    match = _PATTERN.match(folded)
    if not match:
        return text.strip()
    if match["quarter"]:
        return f"{match['year']}年第{_QUARTERS[match['quarter']]}季度"
    return folded


def annual_period(year: int) -> str:
    """The annual period of ``year`` in its one written form (``2024年度``), as the district's year selector means."""
    return f"{int(year)}年度"


def check_period(text: str) -> str:
    """Empty string when valid, else a Chinese message (a ``messages.Said``)."""
    match = _PATTERN.match(normalise_period(text))
    if not match:
        return say("评估期应写作“2024年度”“2024年上半年”或“2024年第1季度”")
    year = int(match["year"])
    if not 2018 <= year <= 2100:
        return say("评估期年份 {year} 不在合理范围内", year=year)
    return ""


def period_kind(text: str) -> str:
    match = _PATTERN.match(normalise_period(text))
    if not match:
        return ""
    return ANNUAL if match["annual"] else HALF if match["half"] else QUARTER


def period_key(text: str) -> tuple[int, int, int]:
    """Sort key: year, then the end month; for the same end month a year sorts after its half and
    quarter (2024年第4季度 < 2024年下半年 < 2024年度)."""
    match = _PATTERN.match(normalise_period(text))
    if not match:
        return (0, 0, 0)
    year = int(match["year"])
    if match["annual"]:
        return (year, 12, 2)
    if match["half"]:
        return (year, 6 if match["half"] == "上半年" else 12, 1)
    return (year, 3 * _QUARTERS[match["quarter"]], 0)
