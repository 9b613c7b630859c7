"""Plausibility flags: what the district's operator should look at before the figures go to the city.

Nothing here changes a figure (a flag is not a silent cap): each flag names one enterprise or one
package, says what looks wrong and why it matters, and what to do about it.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

# flag kinds, in the order they are listed
KINDS = {
    "limit": "数值异常",  # a package adds more to a quota than one enterprise plausibly can
    "not_on_roster": "不在名单中",  # an enterprise reported but is not on the district's roster
    "other_district": "信用代码属其他地区",  # the USCC's division code belongs to another district
    "hidden_characters": "名称含不可见字符",  # bidi controls / zero-width characters in a name or contact
}


@dataclass(frozen=True)
class Flag:
    kind: str  # a key of KINDS
    uscc: str
    enterprise: str  # already made visible (zgsz_desktop.text.visible)
    period: str
    package_id: str
    message: str  # one or two plain Chinese sentences: what, why it matters, what to do

    @property
    def label(self) -> str:
        return KINDS[self.kind]


def plausibility_flags(db: sqlite_utils.Database, year: int) -> list[Flag]:
    """Every flag for the year's current submissions (and the roster), sorted by kind then enterprise."""
    raise NotImplementedError  # being written (issue #14)
