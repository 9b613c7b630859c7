"""A PDF's creation date, set by us rather than by reportlab's clock.

reportlab writes one moment as both CreationDate and ModDate: the time of the build, or, with
``invariant=1`` (which the enterprise report uses so that the same input gives the same bytes),
2000-01-01. We give it the moment the caller passes in: the report's own time (its package's export time
when the exporter passes it, so the same package stays reproducible), or now for a district summary.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol


class DatedCanvas(Protocol):
    """What this module needs of a reportlab ``Canvas`` (reportlab ships no type information)."""

    def setDateFormatter(self, formatter: Callable[..., str], /) -> None: ...  # reportlab's name


def now() -> datetime:
    """The local time, to the second, with its UTC offset."""
    return datetime.now().astimezone().replace(microsecond=0)


def pdf_date(moment: datetime) -> str:
    """``moment`` as a PDF date string, ``D:YYYYMMDDHHmmSS+08'00'`` (a naive time is taken as local)."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"D:{moment.strftime('%Y%m%d%H%M%S')}{sign}{hours:02d}'{minutes:02d}'"


def stamp_creation_date(canvas: DatedCanvas, moment: datetime) -> None:
    """Make the document of ``canvas`` carry ``moment`` as its CreationDate and ModDate (any time before
    it is saved)."""
    text = pdf_date(moment)
    canvas.setDateFormatter(lambda *_parts: text)
