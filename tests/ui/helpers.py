"""What the UI tests share: typing as a user types."""

from __future__ import annotations

from typing import Any


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type into a line edit: key clicks for ASCII; Chinese arrives as an input-method commit."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)
        widget.textEdited.emit(widget.text())
