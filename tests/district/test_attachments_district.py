"""Evidence files (佐证材料) at the district: a format-3 package imports with its files listed per enterprise,
re-importing it changes nothing, the files export per period and question with a correct index (opened from
the kept package with the district key), the audit passes and names an edited evidence row."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from district_fixtures import CREATED, PASSPHRASE, district, document, key_pair, uscc

from zgsz_desktop.cli import main
from zgsz_desktop.district.audit import audit
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.evidence import INDEX_NAME, EvidenceExportRefused, enterprise_evidence, export_evidence
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.fileio import write_json_atomic
from zgsz_desktop.package.build import EvidenceFile
from zgsz_desktop.package.export import make_package
from zgsz_desktop.workspace.evidence_rules import PDF, PNG

CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"
CODE = uscc(77)
NAME = "南通佐证精密机械有限公司"
CERT = b"%PDF-1.7\n" + "两化融合管理体系评定证书".encode() * 30 + b"\n%%EOF\n"
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
PHOTO_2 = b"\x89PNG\r\n\x1a\n" + bytes(range(255, -1, -1)) * 8


def evidence_package(files: list[EvidenceFile], *, sequence: int = 1, period: str = "2024年度") -> bytes:
    documents = [document(q, code=CODE, name=NAME, period=period) for q in (CORE, MIIT)]
    signing, private = key_pair(CODE)
    data, _, _ = make_package(documents, signing_key=signing, private_key=private, recipient=district().recipient,
                              package_id=hashlib.md5(f"{period}{sequence}".encode()).hexdigest()[:8]
                              + "-0000-4000-8000-000000000077", sequence=sequence, supersedes=(),
                              created_at=CREATED, report_pdf=b"%PDF-1.4\n%%EOF\n", evidence=files)
    return data


@pytest.fixture(scope="module")
def question() -> str:
    doc = document(CORE, code=CODE, name=NAME)
    return doc.questionnaire.modules[0].questions[0].id


@pytest.fixture()
def imported(tmp_path, question):
    files = [EvidenceFile(CORE, question, "两化融合证书.pdf", PDF, CERT),
             EvidenceFile(CORE, question, "车间.png", PNG, PHOTO),
             EvidenceFile(CORE, question, "车间.png", PNG, PHOTO_2)]  # same name twice: both kept apart
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.zgsz").write_bytes(evidence_package(files))
    db = open_db(tmp_path / "d.zgszdb")
    summary = import_packages(db, [inbox], district().identity, now=lambda: CREATED)
    assert [o.verdict for o in summary.outcomes] == ["new"]
    return db, inbox, tmp_path


def test_import_lists_each_file_of_the_enterprise(imported, question):
    db, _, _ = imported
    rows = enterprise_evidence(db, CODE)
    assert [(r.period, r.question_id, r.file_name, r.size) for r in rows] == [
        ("2024年度", question, "两化融合证书.pdf", len(CERT)), ("2024年度", question, "车间.png", len(PHOTO)),
        ("2024年度", question, "车间.png", len(PHOTO_2))]
    assert rows[0].sha256 == hashlib.sha256(CERT).hexdigest() and rows[0].question  # the question's text
    assert enterprise_evidence(db, CODE, "2023年度") == []


def test_reimporting_the_same_package_changes_nothing(imported):
    db, inbox, _ = imported
    before = db.execute("SELECT * FROM submission_evidence ORDER BY evidence_id").fetchall()
    summary = import_packages(db, [inbox], district().identity, now=lambda: CREATED)
    assert [o.verdict for o in summary.outcomes] == ["duplicate"]
    assert db.execute("SELECT * FROM submission_evidence ORDER BY evidence_id").fetchall() == before


def test_the_files_export_per_period_and_question_with_an_index(imported, question):
    from openpyxl import load_workbook

    from zgsz_desktop.questionnaire.loader import get_questionnaire

    db, _, tmp_path = imported
    out = tmp_path / "佐证材料" / NAME
    written = export_evidence(db, district().identity, CODE, out)
    # folders a manager recognises: the questionnaire, then the question's number and text (not its internal id)
    core = get_questionnaire(CORE)
    number = [q.id for q in core.questions()].index(question) + 1
    (folder,) = (out / "2024年度" / core.short_title).iterdir()
    assert folder.name.startswith(f"{number:02d} ") and question not in folder.name
    assert core.question(question).text.split()[0][:10] in folder.name
    assert (folder / "两化融合证书.pdf").read_bytes() == CERT
    assert (folder / "车间.png").read_bytes() == PHOTO
    assert (folder / "车间 (2).png").read_bytes() == PHOTO_2
    where = folder.relative_to(out).as_posix()
    assert written[-1] == out / INDEX_NAME and len(written) == 4
    sheet = load_workbook(out / INDEX_NAME).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("评估期", "问卷", "题目编号", "题目", "文件")
    assert [r[4] for r in rows[1:]] == [f"{where}/两化融合证书.pdf", f"{where}/车间.png", f"{where}/车间 (2).png"]
    assert {r[2] for r in rows[1:]} == {question}  # the internal id stays in the index
    assert [r[7] for r in rows[1:]] == [hashlib.sha256(d).hexdigest() for d in (CERT, PHOTO, PHOTO_2)]
    assert [r[6] for r in rows[1:]] == [len(CERT), len(PHOTO), len(PHOTO_2)]
    # never over an existing folder's contents
    with pytest.raises(EvidenceExportRefused, match="不是空文件夹"):
        export_evidence(db, district().identity, CODE, out)


def test_a_kept_package_edited_in_the_database_exports_nothing(imported):
    db, _, tmp_path = imported
    (sha,) = db.execute("SELECT package_sha256 FROM submissions LIMIT 1").fetchone()
    data = bytearray(db.execute("SELECT data FROM packages WHERE sha256 = ?", [sha]).fetchone()[0])
    data[-200] ^= 1
    db.execute("UPDATE packages SET data = ? WHERE sha256 = ?", [bytes(data), sha])
    out = tmp_path / "out"
    with pytest.raises(EvidenceExportRefused, match="被修改"):
        export_evidence(db, district().identity, CODE, out)
    assert not out.exists() and not list(tmp_path.glob(".out.*"))


def test_the_audit_passes_with_evidence_and_names_an_edited_evidence_row(imported):
    db, _, _ = imported
    report = audit(db, district().identity)
    assert report.ok, report.message
    db.execute("UPDATE submission_evidence SET file_name = '无关.pdf' WHERE evidence_id = 'evidence/001'")
    report = audit(db, district().identity)
    assert not report.ok and "佐证材料" in report.message and "两化融合证书.pdf" in report.message


def test_the_command_line_lists_and_exports(imported, tmp_path, capsys, monkeypatch):
    db, _, _ = imported
    db_path = Path(db.execute("PRAGMA database_list").fetchone()[2])
    db.conn.close()
    key_file = tmp_path / "district.zgszdistrict"
    write_json_atomic(key_file, district().key.to_json())
    monkeypatch.setenv("ZP", PASSPHRASE)
    assert main(["district", "evidence", "--db", str(db_path), "--uscc", CODE, "--list"]) == 0
    listed = capsys.readouterr().out
    first = listed.splitlines()[0]
    # the columns are separated by real tabs, not written out as hidden characters
    assert "⟦" not in listed and first.split("\t")[:3] == ["2024年度", first.split("\t")[1], "两化融合证书.pdf"]
    assert len(first.split("\t")) == 5
    out = tmp_path / "cli-out"
    assert main(["district", "evidence", "--db", str(db_path), "--uscc", CODE, "--out", str(out),
                 "--district-key", str(key_file), "--passphrase-env", "ZP"]) == 0
    assert (out / INDEX_NAME).is_file()
    assert main(["district", "evidence", "--db", str(db_path), "--uscc", CODE, "--out", str(tmp_path / "x")]) == 2


def test_an_older_database_gains_the_evidence_table(tmp_path):
    """A district database from before evidence existed (schema 6) is migrated; nothing else changes."""
    from zgsz_desktop.district import db as district_db

    path = tmp_path / "old.zgszdb"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {district_db.APPLICATION_ID}")
    conn.close()
    db = open_db(path)
    assert district_db.schema_version(db) == district_db.SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM submission_evidence").fetchone()[0] == 0
