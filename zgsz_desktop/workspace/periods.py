"""Moved to :mod:`zgsz_desktop.periods` (a leaf: scoring and the policy editions use it too, issue #19).

Kept so code written against the old place still imports; new code imports ``zgsz_desktop.periods``.
"""

from ..periods import (
    ANNUAL,
    HALF,
    QUARTER,
    check_period,
    normalise_period,
    period_key,
    period_kind,
)

# Named here so type checkers see these as this module's names too (re-exported on purpose).
__all__ = ["ANNUAL", "HALF", "QUARTER", "check_period", "normalise_period", "period_key", "period_kind"]
