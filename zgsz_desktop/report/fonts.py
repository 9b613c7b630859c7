"""The bundled CJK font, registered once for reportlab and for matplotlib.

Nothing may depend on fonts installed on the machine: a PDF sent to a district must look the same
everywhere, and many office PCs (and every Linux server) have no Chinese font at all.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..locate import resource

FONT_FILE = ("fonts", "wqy-microhei.ttc")
PDF_FONT = "ZGSZ-Hei"  # reportlab name of face 0 (proportional)
PDF_FONT_MONO = "ZGSZ-HeiMono"  # face 1 (monospaced), for codes and hashes


def font_path() -> Path:
    return resource(*FONT_FILE)


@cache
def register_pdf_fonts() -> str:
    """Register the font's proportional face with reportlab (embedded as a subset in every PDF); return its
    name. The monospaced face is registered by ``register_pdf_mono_font``, only where a PDF uses it. The face
    is read by ``fontface.QuickTTFont``: reportlab's own reader took a tenth of a second a face (issue #16)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    from .fontface import QuickTTFont

    pdfmetrics.registerFont(QuickTTFont(PDF_FONT, str(font_path()), subfontIndex=0))
    # There is no bold face: map bold/italic to the same face so <b> never falls back to Helvetica.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(PDF_FONT, bold, italic, PDF_FONT)
    return PDF_FONT


@cache
def register_pdf_mono_font() -> str:
    """Register the monospaced face (for codes and hashes) with reportlab; return its name."""
    from reportlab.pdfbase import pdfmetrics

    from .fontface import QuickTTFont

    register_pdf_fonts()
    pdfmetrics.registerFont(QuickTTFont(PDF_FONT_MONO, str(font_path()), subfontIndex=1))
    return PDF_FONT_MONO


@cache
def register_chart_font() -> str:
    """Add the font to matplotlib's font manager; return its family name for ``rcParams``."""
    from matplotlib import font_manager

    before = {entry.name for entry in font_manager.fontManager.ttflist}
    font_manager.fontManager.addfont(str(font_path()))
    added = [e.name for e in font_manager.fontManager.ttflist if e.fname == str(font_path())]
    family = next((name for name in added if "Mono" not in name), None) or next(iter(set(added) - before), None)
    if family is None:
        raise RuntimeError(f"无法加载图表字体 {font_path()}")
    return family
