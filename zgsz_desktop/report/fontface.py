"""The bundled font's face for reportlab, read in about 0.02 s instead of 0.12 s (issue #16).

reportlab's ``TTFontFace`` reads a face's character map, advance widths and glyph locations one number at a
time in Python: for the bundled font (49,531 glyphs, 34,600 characters a face) that took 0.12 s of CPU in a
fresh process, a quarter of the first report built in it. ``QuickFace`` reads the same three tables as
machine arrays (one copy of the bytes each, no Python object per number) and gives reportlab the same values,
so the PDF is byte for byte the same (``tests/test_report_fonts.py`` compares every attribute with reportlab's
on both faces of the bundled font, and the PDFs). What it does not read — a character map other than format 12
(the bundled font's), a character mapped twice, a damaged table — it leaves to reportlab's own reader, which
raises its own errors.

Nothing is cached on disk: what costs is building the dictionaries reportlab looks characters up in, which a
cache would have to do as well, after hashing the 5 MB file to trust it.
This module imports reportlab: ``fonts.py`` imports it only when the first report is built.
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Callable
from fnmatch import fnmatch
from functools import cached_property
from itertools import chain
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

NBSP, SPACE = 0xA0, 0x20
U16 = "H"
U32 = "I" if array("I").itemsize == 4 else "L"  # 4 bytes wherever CPython runs; "L" is 8 on 64-bit Linux


class _Unsupported(Exception):
    """The face is not one QuickFace reads: reportlab's reader takes over."""


def _numbers(code: str, data: bytes, offset: int, count: int) -> array[int]:
    """``count`` big-endian unsigned numbers of ``data`` from ``offset``, as a machine array."""
    numbers = array(code)
    end = offset + count * numbers.itemsize
    if count < 0 or end > len(data):
        raise struct.error("a table runs past the end of the file")
    numbers.frombytes(data[offset:end])
    if sys.byteorder == "little":
        numbers.byteswap()
    return numbers


def _chosen_subtable(data: bytes, cmap: int) -> int:
    """The offset of the character-map subtable reportlab picks (``TTFontFile.extractInfo``: the last Unicode
    one listed, or Mac Roman when there is none), from the start of the file."""
    version, count = struct.unpack_from(">HH", data, cmap)
    if count == 0 and version != 0:
        count = version
    chosen: int | None = None
    kind = 0
    for record in range(count):
        platform, encoding, offset = struct.unpack_from(">HHL", data, cmap + 4 + 8 * record)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, kind = offset, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = offset, 2
    if chosen is None:
        raise _Unsupported("no Unicode character map")
    return cmap + chosen


def _format12(data: bytes, subtable: int) -> list[tuple[range, range]]:
    """A format-12 map's groups, in order: the characters of each and their glyphs."""
    if struct.unpack_from(">H", data, subtable)[0] != 12:
        raise _Unsupported("character map format")
    groups = struct.unpack_from(">L", data, subtable + 12)[0]
    flat = _numbers(U32, data, subtable + 16, 3 * groups)
    return [(range(start, end + 1), range(first, first + end + 1 - start))
            for start, end, first in zip(flat[0::3], flat[1::3], flat[2::3], strict=True)]


def _pairs(groups: list[tuple[range, range]]) -> zip[tuple[int, int]]:
    """(character, glyph) of each character of the map, in its order."""
    return zip(chain.from_iterable(chars for chars, _ in groups),
               chain.from_iterable(glyphs for _, glyphs in groups), strict=True)


class HorizontalMetrics:
    """reportlab's ``hmetrics`` — (advance, left side bearing) of each glyph — read from the table when asked.
    Only ``makeSubset`` asks, for the few hundred glyphs a PDF uses. Making the list of 49,531 tuples (and
    the collector passes that many new objects set off) was about half of the reading time in a fresh
    process. As in reportlab, a glyph after the ``full`` pairs has the last advance, already scaled."""

    def __init__(self, pairs: array[int], bearings: array[int], last_width: float) -> None:
        self._pairs, self._bearings, self._last_width = pairs, bearings, last_width
        self._full = len(pairs) // 2

    def __len__(self) -> int:
        return self._full + len(self._bearings)

    def __getitem__(self, glyph: int) -> tuple[float, int]:
        if glyph < 0:
            glyph += len(self)
        if not 0 <= glyph < len(self):
            raise IndexError(glyph)
        if glyph < self._full:
            return self._pairs[2 * glyph], self._pairs[2 * glyph + 1]
        return self._last_width, self._bearings[glyph - self._full]


def _metrics(data: bytes, hmtx: int, full: int, glyph_count: int,
             scale: Callable[[float], float]) -> tuple[HorizontalMetrics, list[float]]:
    """The glyphs' ``hmetrics`` and their advances scaled to 1/1000 em, as reportlab's reader makes them."""
    pairs = _numbers(U16, data, hmtx, 2 * full)
    bearings = _numbers(U16, data, hmtx + 4 * full, max(0, glyph_count - full))
    advances = pairs[0::2]
    # a few hundred distinct advances: scale each once, look the rest up (no Python call per glyph)
    scaled = {advance: scale(advance) for advance in set(advances)}
    widths = list(map(scaled.__getitem__, advances))
    widths += [widths[-1]] * len(bearings)
    return HorizontalMetrics(pairs, bearings, widths[-1]), widths


def _glyph_positions(data: bytes, loca: int, long_format: int, glyph_count: int) -> array[int] | list[int]:
    """Where each glyph starts in the glyf table (and where the last ends)."""
    if long_format == 1:
        return _numbers(U32, data, loca, glyph_count + 1)
    if long_format == 0:
        return [half << 1 for half in _numbers(U16, data, loca, glyph_count + 1)]
    raise _Unsupported("glyph location format")


class QuickFace(TTFontFace):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any to mypy
    """reportlab's face of a TrueType font, its character information read table by table."""

    def extractInfo(self, charInfo: int = 1) -> None:
        super().extractInfo(charInfo=0)  # names, head, OS/2, post, hhea, maxp: a few dozen numbers
        if not charInfo:
            return
        try:
            self._read_character_info()
        except (_Unsupported, struct.error, KeyError, IndexError, ValueError, OverflowError):
            super().extractInfo(charInfo)  # reportlab's reader, and its errors

    def _read_character_info(self) -> None:
        data = self._ttf_data
        long_format, glyph_data_format = struct.unpack_from(">hh", data, self.table["head"]["offset"] + 50)
        full = struct.unpack_from(">H", data, self.table["hhea"]["offset"] + 34)[0]
        if glyph_data_format != 0 or full == 0:
            raise _Unsupported("glyph data or metrics format")
        groups = _format12(data, _chosen_subtable(data, self.table["cmap"]["offset"]))
        char_to_glyph = dict(_pairs(groups))
        if len(char_to_glyph) != sum(len(chars) for chars, _ in groups):
            raise _Unsupported("a character mapped twice")  # reportlab's widths would then follow glyph order
        count = self.numGlyphs
        hmetrics, widths = _metrics(data, self.table["hmtx"]["offset"], full, count, self._pdfScale)
        if max((glyphs[-1] for _, glyphs in groups if glyphs), default=0) >= len(widths):
            raise _Unsupported("a character's glyph has no metrics")  # reportlab leaves its width out
        char_widths = dict(zip(char_to_glyph, map(widths.__getitem__, char_to_glyph.values()), strict=True))
        positions = _glyph_positions(data, self.table["loca"]["offset"], long_format, count)
        # as reportlab: a no-break space is drawn and measured as a space
        if SPACE in char_to_glyph:
            char_to_glyph[NBSP], char_widths[NBSP] = char_to_glyph[SPACE], char_widths[SPACE]
        elif NBSP in char_to_glyph:
            char_to_glyph[SPACE], char_widths[SPACE] = char_to_glyph[NBSP], char_widths[NBSP]
        self.charToGlyph, self.charWidths = char_to_glyph, char_widths
        self.hmetrics, self.glyphPos, self.defaultWidth = hmetrics, positions, widths[0]

    @cached_property
    def glyphToChar(self) -> dict[int, list[int]]:
        """Each glyph's characters, in the order of the character map. Only reportlab's text shaping reads it
        (with uharfbuzz, which the app does not install), so it is made on first use: a list for each of
        34,600 characters was a quarter of the reading time. reportlab's reader, where it takes over, sets it
        on the instance, which this property then leaves alone."""
        data = self._ttf_data
        glyph_to_char: dict[int, list[int]] = {}
        for char, glyph in _pairs(_format12(data, _chosen_subtable(data, self.table["cmap"]["offset"]))):
            glyph_to_char.setdefault(glyph, []).append(char)
        return glyph_to_char


class QuickTTFont(TTFont):  # type: ignore[misc]  # reportlab ships no type information: its classes are Any to mypy
    """reportlab's ``TTFont`` (UTF-8, subset on embedding) with a ``QuickFace``."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:
        # TTFont.__init__ with its defaults, but QuickFace for TTFontFace (it takes no face class);
        # tests/test_report_fonts.py checks that every other attribute equals reportlab's TTFont's
        self.fontName = name
        self.face = QuickFace(filename, subfontIndex=subfontIndex)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[object, object] = WeakKeyDictionary()  # document → its subset (reportlab's)
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, pattern) for pattern in rl_config.unShapedFontGlob)
