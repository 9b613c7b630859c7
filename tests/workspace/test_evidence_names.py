"""Evidence file names and types as the enterprise meets them: a name with emoji is named the same way on the
stamped paper (whose font cannot draw emoji) and in the package, and an old Word/Excel file is told how to
become one that can be attached."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from zgsz_desktop.workspace.evidence_rules import (
    DOCX,
    PDF,
    EvidenceRefused,
    check_file,
    clean_file_name,
    is_clean_file_name,
)

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole2(stream: str) -> bytes:
    """The start of a compound file whose directory names its main stream (as Word and Excel 97–2003 write)."""
    return OLE2 + b"\0" * 504 + stream.encode("utf-16-le") + b"\0" * 1000


def test_a_name_with_emoji_loses_them_and_keeps_everything_else():
    assert clean_file_name("证书 🎉 最终版 (1).pdf", PDF) == "证书 最终版 (1).pdf"
    assert clean_file_name("👍🏻✅验收单.pdf", PDF) == "验收单.pdf"  # skin tone and ✅ too
    assert clean_file_name("1\ufe0f\u20e3号车间 ❤\ufe0f.pdf", PDF) == "1 号车间.pdf"
    assert clean_file_name("🎉🎉.pdf", PDF) == "佐证材料.pdf"  # never an empty name
    # symbols a Chinese office file name carries and the font draws stay
    assert clean_file_name("温度℃记录 ★ №3 ①.docx", DOCX) == "温度℃记录 ★ №3 ①.docx"


def _font_characters() -> set[int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    from zgsz_desktop.report.fonts import font_path

    return set(TTFontFile(str(font_path()), subfontIndex=0).charToGlyph)


def test_every_symbol_left_in_a_cleaned_name_is_one_the_reports_font_draws():
    """So 佐证材料清单 in the PDF prints the name exactly as the package and the district show it."""
    drawn = _font_characters()
    symbols = [chr(c) for c in range(0x80, sys.maxunicode + 1)
               if unicodedata.category(chr(c)) in ("So", "Sk") and not 0xE000 <= c <= 0xF8FF]
    left = {ch for ch in clean_file_name("".join(symbols[:60_000]) + ".pdf", PDF)[:-4]}
    for start in range(0, len(symbols), 70):  # names are cut at 80 characters: try every symbol
        left |= set(clean_file_name("证" + "".join(symbols[start:start + 70]) + ".pdf", PDF)[:-4])
    # (NFC splits a few musical symbols into marks, which are not symbols any more)
    assert sorted(ch for ch in left if ord(ch) not in drawn and unicodedata.category(ch)[0] == "S") == []


def test_a_name_written_by_the_first_format_3_rule_still_counts_as_clean():
    """Packages already sent carry names with emoji: the verifier must keep accepting them."""
    old = clean_file_name("证书 🎉 最终版 (1).pdf", PDF, format3_rule=True)
    assert old == "证书 🎉 最终版 (1).pdf"
    assert is_clean_file_name(old, PDF) and is_clean_file_name("证书 最终版 (1).pdf", PDF)
    assert not is_clean_file_name("..\\证书.pdf", PDF) and not is_clean_file_name("证书\u202e.pdf", PDF)


@pytest.mark.parametrize(("data", "name", "said"), [
    (ole2("WordDocument"), "申报书.doc", "旧版 Word（.doc）文件，请在 Word 中另存为 .docx 或 PDF 后再附上"),
    (ole2("WordDocument"), "申报书.pdf", "旧版 Word（.doc）"),  # by content, whatever it is called
    (ole2("Workbook"), "设备台账.xls", "旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 PDF 后再附上"),
    (OLE2 + b"\0" * 600, "台账.xls", "旧版 Excel（.xls）"),
    (OLE2 + b"\0" * 600, "汇报.ppt", "旧版 Office 文件"),
])
def test_an_old_word_or_excel_file_says_how_to_save_it_so_it_can_be_attached(data, name, said):
    with pytest.raises(EvidenceRefused) as caught:
        check_file(data, name)
    assert said in str(caught.value) and name in str(caught.value)
