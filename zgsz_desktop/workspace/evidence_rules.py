"""Evidence files (佐证材料): what may be attached, how much, and under what name — one set of rules for the
enterprise that attaches, the package that carries and the district that verifies (it lives in the workspace
layer, the lowest of the three, so that all of them may import it).

Types are decided by the content (magic bytes and, for Office files, the parts inside), never by the
extension: PDF, PNG, JPEG, Excel workbooks (.xlsx) and Word documents (.docx); macro-enabled Office files
are refused. Limits: 10 MB a file, 30 MB and 60 files a submission — the package then stays under about
32 MB, inside the 50 MB that common mailboxes (QQ, 163, corporate Exchange) accept even after e-mail
encoding, and inside the container limits that every earlier reader applies, so that a district that has
not upgraded reaches the format version and says 请升级 instead of calling the package damaged.
"""

from __future__ import annotations

import functools
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

from ..messages import say

MAX_FILE_BYTES = 10 * 1000 * 1000  # per file
MAX_TOTAL_BYTES = 30 * 1000 * 1000  # all files of one submission
MAX_FILES = 60  # per submission
MAX_NAME_CHARACTERS = 80  # a file name's stem, so a deep export folder still fits Windows' path limit

PDF, PNG, JPEG = "application/pdf", "image/png", "image/jpeg"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# media type → (suffixes it is known by, the one a file without a fitting suffix gets, a plain name)
TYPES: dict[str, tuple[tuple[str, ...], str, str]] = {
    PDF: ((".pdf",), ".pdf", "PDF"),
    PNG: ((".png",), ".png", say("PNG 图片")),  # plain names as messages: the English interface says them too
    JPEG: ((".jpg", ".jpeg", ".jpe"), ".jpg", say("JPEG 图片")),
    XLSX: ((".xlsx",), ".xlsx", say("Excel 表格")),
    DOCX: ((".docx",), ".docx", say("Word 文档")),
}
ALLOWED_TEXT = say("PDF、PNG/JPEG 图片、Excel（.xlsx）、Word（.docx）")


def limits_sentence() -> str:
    """The limits in one plain sentence, said before anyone picks a file."""
    return say("可附 {types}；每个文件不超过 {file_mb} MB，每份报送合计不超过 {total_mb} MB、{count} 个文件。"
               "文件随报告包签名、加密后交给区县。", types=ALLOWED_TEXT, file_mb=MAX_FILE_BYTES // 1000 // 1000,
               total_mb=MAX_TOTAL_BYTES // 1000 // 1000, count=MAX_FILES)


def type_label(media_type: str) -> str:
    """A file type as people name it (PNG 图片, Excel 表格…), the media type itself when it is not one of ours."""
    return TYPES[media_type][2] if media_type in TYPES else media_type


def megabytes(size: int) -> str:
    """A size as officials write it: ``2.4 MB``, ``380 KB``."""
    if size >= 1000 * 1000:
        return f"{size / 1000 / 1000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB" if size else "0 KB"


class EvidenceRefused(ValueError):
    """A file that may not be attached or carried; the message says why in Chinese."""


# --------------------------------------------------------------------------- type by content

_OOXML_MAIN = {XLSX: "xl/workbook.xml", DOCX: "word/document.xml"}
_MACRO_MARKERS = ("macroenabled", "vbaproject", "vnd.ms-excel.sheet.macro", "vnd.ms-word.document.macro")


def detect_media_type(data: bytes) -> str | None:
    """The media type the bytes really are (one of :data:`TYPES`), or None for anything else — an
    executable renamed ``.pdf``, a macro-enabled workbook, a ZIP that is not an Office file."""
    if data[:1024].find(b"%PDF-") != -1:
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"PK\x03\x04"):
        return _office_type(data)
    return None


def _office_type(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {info.filename for info in archive.infolist()}
            if "[Content_Types].xml" not in names:
                return None
            info = archive.getinfo("[Content_Types].xml")
            if info.file_size > 1_000_000:
                return None
            types = archive.read(info).decode("utf-8", "replace").lower()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return None
    if any(marker in types for marker in _MACRO_MARKERS) or any(n.lower().endswith("vbaproject.bin") for n in names):
        return None  # macros run code on the district's PC
    for media_type, main_part in _OOXML_MAIN.items():
        if main_part in names and media_type.lower().rsplit(".", 1)[-1] in types:
            return media_type
    return None


def _type_problem(data: bytes, name: str) -> str:
    if data.startswith(b"MZ") or data.startswith(b"\x7fELF"):
        return say("“{name}”是一个程序文件（不论扩展名），不能作为佐证材料", name=name)
    if data.startswith(b"PK\x03\x04") and re.search(r"\.(xlsm|docm|xltm|dotm)$", name, re.I):
        return say("“{name}”含宏（可自动运行的程序），不能附上；请另存为 .xlsx 或 .docx 后再附", name=name)
    if data.startswith(_OLE2_MAGIC):
        return _old_office_problem(data, name)
    return say("“{name}”不是可以附上的文件类型（按文件内容判断，不看扩展名）。可附：{types}", name=name,
               types=ALLOWED_TEXT)


# Word 97–2003 (.doc), Excel 97–2003 (.xls) and PowerPoint files are OLE2 compound files: many SMEs still save
# in them, so say what the file is and how to turn it into one that can be attached, not only "wrong type".
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _old_office_problem(data: bytes, name: str) -> str:
    # the compound file's directory names its main stream in UTF-16: WordDocument, Workbook (Book before 97)
    head = data[:4 * 1024 * 1024]
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if "WordDocument".encode("utf-16-le") in head or suffix in ("doc", "dot", "wps"):
        return say("“{name}”是旧版 Word（.doc）文件，请在 Word 中另存为 .docx 或 PDF 后再附上", name=name)
    if any(s.encode("utf-16-le") in head for s in ("Workbook", "Book")) or suffix in ("xls", "xlt", "et"):
        return say("“{name}”是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 PDF 后再附上", name=name)
    return say("“{name}”是旧版 Office 文件（2003 及更早的格式），请在 Office 中另存为 PDF、.docx 或 .xlsx 后再附上",
               name=name)


# --------------------------------------------------------------------------- names

_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", re.I)


# Symbols the report's bundled font (WenQuanYi Micro Hei) cannot draw: emoji, pictographs and the like. A name
# keeping one would print as a gap on the stamped paper's 佐证材料清单 while the district sees it in full, so the
# paper and the package would name the file differently. The verifier's answer never depends on the font: it
# also accepts names by the rule before this one (which kept every symbol), see is_clean_file_name.
_SPACES = re.compile(r" {2,}")


@functools.cache
def _font_characters() -> frozenset[int] | None:
    """The characters the report's font draws (read once, only when a name holds a symbol); None if the font
    cannot be read, and then the emoji blocks are the rule."""
    try:
        from reportlab.pdfbase.ttfonts import TTFontFile

        from ..locate import resource

        return frozenset(TTFontFile(str(resource("fonts", "wqy-microhei.ttc")), subfontIndex=0).charToGlyph)
    except Exception:  # any failure to read the font: fall back to the code-point rule
        return None


def _undrawable(ch: str) -> bool:
    code = ord(ch)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or code == 0x20E3:
        return True  # emoji presentation selectors and the keycap mark: they only dress an emoji
    if code < 0x80 or unicodedata.category(ch)[0] != "S":
        return False
    drawn = _font_characters()
    if drawn is None:
        return code > 0xFFFF or 0x2300 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF
    return code not in drawn


def clean_file_name(raw: str, media_type: str, *, format3_rule: bool = False) -> str:
    """A file name from outside as it is stored, shown and exported: no folder part, no control, bidi or
    invisible character, no emoji or other symbol the report's font cannot draw (each run of them becomes
    one space), nothing Windows refuses, not too long, and ending in a suffix of its real type (a PNG called
    ``扫描件.pdf`` becomes ``扫描件.png``). ``format3_rule`` is the rule before emoji were replaced, which
    format-3 packages already written were made with (the verifier accepts those names too)."""
    from ..text import hidden_characters

    name = unicodedata.normalize("NFC", str(raw)).replace("\\", "/").rsplit("/", 1)[-1]
    hidden = set(hidden_characters(name))
    name = "".join(ch for ch in name if f"U+{ord(ch):04X}" not in hidden)
    name = _FORBIDDEN.sub("_", name).strip(" .")
    suffixes, default_suffix, _ = TYPES[media_type]
    found = re.search(r"\.[A-Za-z0-9]{1,5}$", name)
    stem, suffix = (name[:found.start()], found.group().lower()) if found and found.start() > 0 else (name, "")
    if suffix not in suffixes:
        suffix = default_suffix  # a wrong or missing suffix would open the file in the wrong program
    if not format3_rule and any(_undrawable(ch) for ch in stem):
        stem = _SPACES.sub(" ", "".join(" " if _undrawable(ch) else ch for ch in stem))
    stem = stem.strip(" .")[:MAX_NAME_CHARACTERS].strip(" .") or "佐证材料"
    if _RESERVED.match(stem):
        stem = "_" + stem
    return stem + suffix


def is_clean_file_name(name: str, media_type: str) -> bool:
    """Whether a package's file name is already in clean form — by today's rule or by the rule format-3
    packages were first written with (emoji kept), so that no package already sent stops verifying."""
    return name in (clean_file_name(name, media_type), clean_file_name(name, media_type, format3_rule=True))


# --------------------------------------------------------------------------- one file


@dataclass(frozen=True)
class EvidenceFile:
    """One evidence file (佐证材料) a package carries: the question it supports, its cleaned name, type, bytes."""

    questionnaire: str  # questionnaire id
    question: str  # question id
    file_name: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class CheckedFile:
    file_name: str  # cleaned
    media_type: str
    size: int
    sha256: str
    data: bytes


def check_file(data: bytes, raw_name: str) -> CheckedFile:
    """A file that may be attached (size and type by content), with its cleaned name; otherwise
    :class:`EvidenceRefused` saying why and what the limit is."""
    import hashlib

    shown = unicodedata.normalize("NFC", str(raw_name)).replace("\\", "/").rsplit("/", 1)[-1][:120]
    if len(data) > MAX_FILE_BYTES:
        raise EvidenceRefused(say("“{name}”有 {size}，超过每个文件 {limit} MB 的上限；请压缩或分成几个文件再附",
                                  name=shown, size=megabytes(len(data)), limit=MAX_FILE_BYTES // 1000 // 1000))
    if not data:
        raise EvidenceRefused(say("“{name}”是空文件", name=shown))
    media_type = detect_media_type(data)
    if media_type is None:
        raise EvidenceRefused(_type_problem(data, shown))
    return CheckedFile(clean_file_name(raw_name, media_type), media_type, len(data), hashlib.sha256(data).hexdigest(),
                       data)


def check_totals(count: int, total: int, adding: int) -> None:
    """Refuses one more file of ``adding`` bytes when the submission already holds ``count`` files of
    ``total`` bytes and the limits would be passed."""
    if count + 1 > MAX_FILES:
        raise EvidenceRefused(say("每份报送最多附 {limit} 个文件，已附 {count} 个；请先删去不需要的文件",
                                  limit=MAX_FILES, count=count))
    if total + adding > MAX_TOTAL_BYTES:
        raise EvidenceRefused(say("每份报送的佐证材料合计不超过 {limit} MB（已附 {total}，此文件 {size}）；"
                                  "请压缩或删去不需要的文件", limit=MAX_TOTAL_BYTES // 1000 // 1000,
                                  total=megabytes(total), size=megabytes(adding)))
