"""Messages a district operator meets with hostile or careless input: each says what happened, in
Chinese, in a sentence they can act on — never the wrong reason, an English fragment or a wall of text."""

from __future__ import annotations

import copy
import os
import re
import sqlite3

import pytest
from district_fixtures import PASSPHRASE, district, document, package, uscc, write

from zgsz_desktop.answers_file import parse_answers
from zgsz_desktop.cli import main
from zgsz_desktop.district.checking import check_file
from zgsz_desktop.district.db import check_log, open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.roster import MAX_ROWS, RosterError, import_roster
from zgsz_desktop.fileio import write_json_atomic
from zgsz_desktop.package.format import MAX_FILE_BYTES

CORE = "nantong-zgsz-core"


def _doc_with_enterprise(**fields):
    doc = document(CORE, code=uscc(801), name="甲公司")
    raw = copy.deepcopy(doc.to_json())
    raw["enterprise"].update(fields)
    return parse_answers(raw, "test")


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_symlink_loop_is_called_a_loop_not_missing(tmp_path):
    loop = tmp_path / "环.zgsz"
    loop.symlink_to(loop)
    checked = check_file(loop, district().identity)
    assert checked.verdict == "unreadable" and "循环" in checked.message and "不存在" not in checked.message
    dangling = tmp_path / "悬空.zgsz"
    dangling.symlink_to(tmp_path / "nowhere.zgsz")
    assert "指向不存在文件" in check_file(dangling, district().identity).message


def test_an_oversized_file_is_explained_in_chinese_only(tmp_path):
    big = tmp_path / "大文件.zgsz"
    with big.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(MAX_FILE_BYTES + 1)
    checked = check_file(big, district().identity)
    assert checked.verdict == "damaged" and "MB" in checked.message
    assert not re.search(r"[A-Za-z]{4,}", checked.message.replace("MB", "")), checked.message


def test_a_reused_package_id_is_labelled_as_such(tmp_path):
    reused = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"
    first = write(tmp_path, "1.zgsz", package(document(CORE, code=uscc(802), name="甲"), "a", package_id=reused))
    other = write(tmp_path, "2.zgsz", package(document(CORE, code=uscc(803), name="乙"), "b", package_id=reused))
    db = open_db(tmp_path / "d.zgszdb")
    outcomes = import_packages(db, [first, other], district().identity, workers=1).outcomes
    assert outcomes[1].verdict == "conflict" and "报告包编号" in outcomes[1].label and "重复" in outcomes[1].label


def test_the_log_names_the_entry_that_was_edited(tmp_path):
    files = [write(tmp_path, f"{i}.zgsz", package(document(CORE, code=uscc(810 + i), name=f"企业{i}"), f"k{i}"))
             for i in range(4)]
    db = open_db(tmp_path / "d.zgszdb")
    import_packages(db, files, district().identity, workers=1)
    db.execute("DROP TRIGGER import_log_no_update")
    third = db.execute("SELECT seq FROM import_log ORDER BY seq LIMIT 1 OFFSET 2").fetchone()[0]
    db.execute("UPDATE import_log SET detail = '改' WHERE seq = ?", [third])
    check = check_log(db)
    assert check.first_bad == 3 and "第 3 条" in check.message


def test_a_formula_in_the_roster_code_cell_is_called_a_formula(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["统一社会信用代码", "企业名称"])
    sheet.append([f'="{uscc(820)}"', "公式公司"])  # openpyxl saves no cached result: Excel would
    path = tmp_path / "名单.xlsx"
    book.save(path)
    with pytest.raises(RosterError, match="公式"):
        import_roster(open_db(tmp_path / "d.zgszdb"), path, district().identity)


def test_an_absurd_roster_is_refused_with_its_size(tmp_path):
    path = tmp_path / "全省企业.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("统一社会信用代码,企业名称\n")
        for index in range(MAX_ROWS + 1):
            handle.write(f"{uscc(100000 + index)},企业{index}\n")
    db = open_db(tmp_path / "d.zgszdb")
    with pytest.raises(RosterError, match="上限") as refused:
        import_roster(db, path, district().identity)
    assert "选错" in str(refused.value)
    assert db.execute("SELECT count(*) FROM roster").fetchone()[0] == 0


def test_profile_fields_that_are_not_text_are_stored_empty_not_as_python_values(tmp_path):
    doc = _doc_with_enterprise(contact=None, phone=["x"])
    path = write(tmp_path, "1.zgsz", package(doc, "nontext"))
    db = open_db(tmp_path / "d.zgszdb")
    outcome = import_packages(db, [path], district().identity, workers=1).outcomes[0]
    assert outcome.stored  # signed by the enterprise: taken, but its odd fields are not turned into Python text
    contact, phone = db.execute("SELECT contact, phone FROM enterprises").fetchone()
    assert contact == "" and phone == ""


def test_a_hidden_character_in_a_name_is_said_at_import_and_a_huge_name_is_not_printed_whole(
        tmp_path, monkeypatch, capsys):
    spoof = write(tmp_path, "1.zgsz", package(document(CORE, code=uscc(830), name="南通\u202e司公限有技科"), "rlo"))
    huge = write(tmp_path, "2.zgsz", package(document(CORE, code=uscc(831), name="长" * 200_000), "huge"))
    key_file = tmp_path / "district.zgszdistrict"
    write_json_atomic(key_file, district().key.to_json())
    monkeypatch.setenv("ZP", PASSPHRASE)
    main(["district", "import", "--db", str(tmp_path / "d.zgszdb"), "--district-key", str(key_file),
          "--passphrase-env", "ZP", "--workers", "1", str(spoof), str(huge)])
    out = capsys.readouterr().out
    assert "⟦U+202E⟧" in out and "\u202e" not in out and "不可见" in out
    assert max(len(line) for line in out.splitlines()) < 2_000


def test_sqlite_errors_are_not_reached_by_a_bad_roster_name(tmp_path):
    db = open_db(tmp_path / "d.zgszdb")
    with pytest.raises(RosterError, match="文件夹"):
        import_roster(db, tmp_path, district().identity)
    assert isinstance(db.conn, sqlite3.Connection)
