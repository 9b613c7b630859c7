"""The bundled font read by ``fontface.QuickFace`` (issue #16) is reportlab's face, value for value, and the PDF is
the same bytes; what QuickFace does not read is left to reportlab's reader, errors included."""

from __future__ import annotations

import io
import struct
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.report import SignatureInfo, build_report, from_documents
from zgsz_desktop.report.fontface import QuickFace, QuickTTFont
from zgsz_desktop.report.fonts import PDF_FONT, PDF_FONT_MONO, font_path, register_pdf_mono_font

# set per instance, not part of what a face is: the reader's cursor, the scaling lambda (compared by value below)
NOT_COMPARED = {"_pos", "_pdfScale"}


def face_values(face: TTFontFace) -> dict[str, Any]:
    values = {k: v for k, v in vars(face).items() if k not in NOT_COMPARED}
    values["glyphToChar"] = face.glyphToChar  # QuickFace makes it on first use
    # QuickFace keeps these as arrays read on demand: the same numbers, and makeSubset only indexes them
    values["hmetrics"], values["glyphPos"] = list(face.hmetrics), list(face.glyphPos)
    values["scaled 2048"] = face._pdfScale(2048)
    return values


def assert_same_face(quick: TTFontFace, reportlab: TTFontFace) -> None:
    mine, theirs = face_values(quick), face_values(reportlab)
    assert mine.keys() == theirs.keys()
    assert [k for k in mine if mine[k] != theirs[k]] == []
    # same order too, where reportlab's order could reach the PDF (subset assignment iterates the maps)
    assert list(quick.charToGlyph) == list(reportlab.charToGlyph)
    assert list(quick.glyphToChar.items()) == list(reportlab.glyphToChar.items())


@pytest.mark.parametrize("subfont", [0, 1])
def test_quick_face_is_reportlabs_face_of_the_bundled_font(subfont):
    assert_same_face(QuickFace(str(font_path()), subfontIndex=subfont),
                     TTFontFace(str(font_path()), subfontIndex=subfont))


def test_the_metrics_read_on_demand_index_as_reportlabs_list():
    quick, reportlab = QuickFace(str(font_path())).hmetrics, TTFontFace(str(font_path())).hmetrics
    assert len(quick) == len(reportlab)
    # the first glyph without its own advance (reportlab gives it the last one, scaled: a float)
    full = next(glyph for glyph, (advance, _) in enumerate(reportlab) if isinstance(advance, float))
    for glyph in (0, 1, full - 1, full, len(reportlab) - 1, -1, -len(reportlab)):
        assert quick[glyph] == reportlab[glyph]
        assert [type(x) for x in quick[glyph]] == [type(x) for x in reportlab[glyph]]  # int, or the scaled float
    for glyph in (len(reportlab), -len(reportlab) - 1):
        with pytest.raises(IndexError):
            quick[glyph]


def test_quick_font_is_reportlabs_ttfont_but_for_its_face():
    quick, reportlab = QuickTTFont("A", str(font_path()), subfontIndex=1), TTFont("A", str(font_path()), subfontIndex=1)
    mine = {k: v for k, v in vars(quick).items() if k not in ("face", "encoding", "state")}
    assert mine == {k: v for k, v in vars(reportlab).items() if k not in ("face", "encoding", "state")}
    assert type(quick.encoding) is type(reportlab.encoding) and quick.encoding.name == reportlab.encoding.name
    assert type(quick.state) is type(reportlab.state) and not quick.state
    text = "南通瑞丰精密机械有限公司 ABC-123 ０１２ ★"
    assert quick.stringWidth(text, 9) == reportlab.stringWidth(text, 9)


def test_the_report_is_the_same_bytes_as_with_reportlabs_reader(monkeypatch):
    """Both faces (the codes on the signature page are set in the monospaced one), subset and embedded."""
    moment = datetime(2025, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    signature = SignatureInfo("AB12-CD34-EF56", "7K3M-9Q2P", "PKG-0001", 1)
    data = from_documents(demo_documents(), signature=signature, created_at=moment)
    register_pdf_mono_font()
    quick = io.BytesIO()
    build_report(data, quick)
    for name, subfont in ((PDF_FONT, 0), (PDF_FONT_MONO, 1)):
        assert isinstance(pdfmetrics.getFont(name), QuickTTFont)
        monkeypatch.setitem(pdfmetrics._fonts, name, TTFont(name, str(font_path()), subfontIndex=subfont))
    reportlab = io.BytesIO()
    build_report(data, reportlab)
    assert quick.getvalue() == reportlab.getvalue()


def patched_font(tmp_path: Path, edits: dict[int, bytes]) -> str:
    data = bytearray(font_path().read_bytes())
    for offset, value in edits.items():
        data[offset:offset + len(value)] = value
    path = tmp_path / "patched.ttc"
    path.write_bytes(bytes(data))
    return str(path)


def cmap_subtable(subfont: int, platform: int, encoding: int) -> tuple[int, int]:
    """(offset of the record in the cmap directory, offset of its subtable), from the start of the file."""
    face = TTFontFace(str(font_path()), subfontIndex=subfont)
    cmap = face.table["cmap"]["offset"]
    data = face._ttf_data
    for record in range(struct.unpack_from(">H", data, cmap + 2)[0]):
        found = struct.unpack_from(">HHL", data, cmap + 4 + 8 * record)
        if found[:2] == (platform, encoding):
            return cmap + 4 + 8 * record, cmap + found[2]
    raise AssertionError("no such character map")


def test_a_format_4_character_map_is_read_by_reportlab(tmp_path):
    """The bundled font's map (3, 10) is format 12, which QuickFace reads; with it and (0, 4) hidden, reportlab
    picks (3, 1), format 4, which QuickFace leaves to reportlab's reader."""
    hide_unicode_full = cmap_subtable(0, 0, 4)[0]
    hide_windows_full = cmap_subtable(0, 3, 10)[0]
    path = patched_font(tmp_path, {hide_unicode_full: struct.pack(">HH", 0, 5),
                                   hide_windows_full: struct.pack(">HH", 4, 0)})
    quick = QuickFace(path)
    assert_same_face(quick, TTFontFace(path))
    assert "glyphToChar" in vars(quick)  # set by reportlab's reader


def test_a_glyph_without_metrics_is_left_to_reportlab(tmp_path):
    """A group mapping characters past the last glyph: reportlab maps them but gives them no width."""
    subtable = cmap_subtable(0, 3, 10)[1]
    path = patched_font(tmp_path, {subtable + 16 + 8: struct.pack(">L", 60_000)})  # first group's first glyph
    quick = QuickFace(path)
    assert_same_face(quick, TTFontFace(path))
    assert max(quick.charToGlyph.values()) >= quick.numGlyphs and "glyphToChar" in vars(quick)


def test_a_damaged_character_map_fails_as_with_reportlab(tmp_path):
    record = cmap_subtable(0, 3, 10)[0]
    path = patched_font(tmp_path, {record + 4: struct.pack(">L", 0x7FFFFFF0)})  # its subtable past the end
    with pytest.raises(Exception) as theirs:
        TTFontFace(path)
    with pytest.raises(type(theirs.value)) as mine:
        QuickFace(path)
    assert str(mine.value) == str(theirs.value)


@pytest.mark.parametrize("length", [5_000, 3_800_000, 4_000_000])
def test_a_truncated_font_fails_or_reads_as_with_reportlab(tmp_path, length):
    """Cut in its tables (selftest reads the font to catch a damaged installation): reportlab's error, or, where
    reportlab does not notice (only glyph outlines lost), reportlab's face."""
    path = tmp_path / "cut.ttc"
    path.write_bytes(font_path().read_bytes()[:length])
    try:
        theirs = TTFontFace(str(path))
    except Exception as error:  # struct.error or TTFError, whichever reportlab raises
        with pytest.raises(type(error)) as mine:
            QuickFace(str(path))
        assert str(mine.value) == str(error)
    else:
        assert_same_face(QuickFace(str(path)), theirs)
