"""Assessment periods: ``2024年度``, ``2024年上半年`` / ``下半年``, ``2024年第1季度`` … and their order."""

from __future__ import annotations

import re

_PATTERN = re.compile(r"^(?P<year>\d{4})年(?:(?P<annual>度)|(?P<half>上半年|下半年)|第(?P<quarter>[1-4一二三四])季度)$")
_QUARTERS = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}


def check_period(text: str) -> str:
    """Empty string when valid, else a Chinese message."""
    match = _PATTERN.match(text.strip())
    if not match:
        return "评估期应写作“2024年度”“2024年上半年”或“2024年第1季度”"
    year = int(match["year"])
    if not 2018 <= year <= 2100:
        return f"评估期年份 {year} 不在合理范围内"
    return ""


def period_key(text: str) -> tuple[int, int, int]:
    """Sort key: year, then the end of the period in months (a year sorts after its quarters)."""
    match = _PATTERN.match(text.strip())
    if not match:
        return (0, 0, 0)
    year = int(match["year"])
    if match["annual"]:
        return (year, 12, 1)
    if match["half"]:
        return (year, 6 if match["half"] == "上半年" else 12, 0)
    return (year, 3 * _QUARTERS[match["quarter"]], 0)
