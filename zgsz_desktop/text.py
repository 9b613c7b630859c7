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


# --------------------------------------------------------------------------- text from outside, shown safely

# Characters that change how the *rest* of a line is shown (bidi overrides and isolates) or that show as
# nothing at all (zero-width, soft hyphen, word joiner, BOM, tag characters): a name carrying one can be
# shown as another name. Unicode's Cf category holds all of them; we add the line and paragraph
# separators (Zl, Zp), which split a table cell.
_ALLOWED_FORMAT: frozenset[str] = frozenset()


def _is_hidden(ch: str) -> bool:
    import unicodedata

    category = unicodedata.category(ch)
    return (category in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn") and ch not in _ALLOWED_FORMAT) or ch == "\ufffc"


def hidden_characters(text: str) -> list[str]:
    """The control, bidi and invisible characters in ``text`` as ``U+XXXX`` (each once, in order)."""
    seen: dict[str, None] = {}
    for ch in text:
        if _is_hidden(ch):
            seen.setdefault(f"U+{ord(ch):04X}", None)
    return list(seen)


def visible(text: object, limit: int | None = 200) -> str:
    """Text from outside (a name in a package, a roster cell) as it can be shown, logged and exported:
    every control, bidi or invisible character is written out as ``⟦U+202E⟧``, so a name that would
    display as another name shows what it really holds; text longer than ``limit`` characters is cut
    with a note of its real length (a 200 KB "name" must not fill the screen)."""
    value = "" if text is None else str(text)
    if any(_is_hidden(ch) for ch in value):
        value = "".join(f"⟦U+{ord(ch):04X}⟧" if _is_hidden(ch) else ch for ch in value)
    if limit is not None and len(value) > limit:
        value = f"{value[:limit]}…（共 {len(value)} 个字符）"
    return value
