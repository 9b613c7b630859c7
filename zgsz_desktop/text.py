"""Small text helpers shared by the core."""

from __future__ import annotations

import re

# YAML's folded style (>-) joins lines with a space, which Chinese text must not have.
_SPACE_BETWEEN_WIDE = re.compile(r"(?<=[^\x00-\x7f])[ \t\n]+(?=[^\x00-\x7f])")


def tidy(text: str) -> str:
    """Remove spaces that line folding put between two Chinese characters; keep spaces next to ASCII
    ("使用 CAD" stays as written)."""
    return _SPACE_BETWEEN_WIDE.sub("", text.strip())


def local_time(iso: str) -> str:
    """A stored UTC timestamp (ISO 8601) as the user's local time, to the minute; empty stays empty."""
    from datetime import datetime

    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16]
