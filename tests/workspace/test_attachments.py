"""Evidence files (佐证材料) in the enterprise workspace: attached to a question, refused at attach time with
the limit when too large, of a type we do not accept (by content) or one too many; logged; taking an exported
submission back; carried by the export and given back byte for byte by ``verify`` with the district key."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.package import keys
from zgsz_desktop.package.export import ensure_signing_key, export_submission
from zgsz_desktop.package.keys import DistrictKey
from zgsz_desktop.package.verify import verify_bytes
from zgsz_desktop.workspace import Workspace, storage
from zgsz_desktop.workspace.attachments import (
    AttachmentRefused,
    add_attachment,
    add_attachments,
    attachment_content,
    attachment_counts,
    attachment_log,
    evidence_totals,
    export_attachments,
    list_attachments,
    remove_attachment,
)
from zgsz_desktop.workspace.evidence_rules import MAX_FILE_BYTES, MAX_FILES, EvidenceRefused, check_totals

PASS = "enterprise-pass"
NOW = "2025-03-01T08:00:00+00:00"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture(scope="module")
def district():
    original = keys.SCRYPT_N
    keys.SCRYPT_N = 2**12
    try:
        return DistrictKey.generate("海安市", "district-pass")
    finally:
        keys.SCRYPT_N = original


@pytest.fixture()
def completed(tmp_path):
    """A workspace whose 2024年度 submission is complete, and the first question of its core questionnaire."""
    core, miit = demo_documents()
    ws = Workspace.open(tmp_path / "ws")
    assessment, _ = ws.import_answers(core.questionnaire, core.answers, "2024年度", enterprise=core.enterprise)
    ws.import_answers(miit.questionnaire, miit.answers, "2024年度")
    question = core.questionnaire.modules[0].questions[0].id
    yield ws, assessment.id, question
    ws.close()


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def pdf(label: str = "证书") -> bytes:
    return b"%PDF-1.7\n" + label.encode() * 20 + b"\n%%EOF\n"


def png(serial: int = 0) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + serial.to_bytes(4, "big") + b"\0" * 64


def test_a_file_is_attached_to_its_question_logged_and_read_back(completed, tmp_path):
    ws, assessment_id, question = completed
    path = write(tmp_path / "in", "两化融合证书.pdf", pdf())
    item = add_attachment(ws, assessment_id, question, path, NOW)
    assert (item.file_name, item.media_type, item.size) == ("两化融合证书.pdf", "application/pdf", len(pdf()))
    assert item.sha256 == hashlib.sha256(pdf()).hexdigest()
    assert attachment_content(ws, item.id) == pdf()
    assert [a.id for a in list_attachments(ws, assessment_id, question)] == [item.id]
    assert attachment_counts(ws, assessment_id) == {question: 1}
    remove_attachment(ws, item.id, NOW)
    assert list_attachments(ws, assessment_id) == []
    assert [(e["action"], e["file_name"]) for e in attachment_log(ws, assessment_id)] == \
        [("add", "两化融合证书.pdf"), ("remove", "两化融合证书.pdf")]


def test_an_oversize_file_is_refused_at_attach_time_with_the_limit(completed, tmp_path):
    ws, assessment_id, question = completed
    path = write(tmp_path / "in", "扫描件.pdf", b"%PDF-1.7\n" + b"\0" * MAX_FILE_BYTES)
    with pytest.raises(AttachmentRefused) as caught:
        add_attachment(ws, assessment_id, question, path, NOW)
    assert "10 MB" in str(caught.value) and "扫描件.pdf" in str(caught.value)
    assert list_attachments(ws, assessment_id) == []


def test_a_disguised_program_is_refused_whatever_it_is_called(completed, tmp_path):
    ws, assessment_id, question = completed
    path = write(tmp_path / "in", "发票.pdf", b"MZ\x90\x00\x03" + b"\0" * 500)
    with pytest.raises(AttachmentRefused) as caught:
        add_attachment(ws, assessment_id, question, path, NOW)
    assert "程序" in str(caught.value) and "发票.pdf" in str(caught.value)
    assert attachment_log(ws, assessment_id) == []  # nothing written, not even a log entry


def test_the_61st_file_of_a_submission_is_refused_with_the_limit(completed, tmp_path):
    ws, assessment_id, question = completed
    paths = [write(tmp_path / "in", f"照片{n:02d}.png", png(n)) for n in range(MAX_FILES + 1)]
    added, refused = add_attachments(ws, assessment_id, question, paths, NOW)
    assert len(added) == MAX_FILES == 60
    ((path, message),) = refused
    assert path.name == "照片60.png" and "最多附 60 个文件" in message
    assert evidence_totals(ws, "2024年度")[0] == 60


def test_the_submission_total_is_limited_too():
    check_totals(10, 25_000_000, 5_000_000)  # exactly 30 MB: fine
    with pytest.raises(EvidenceRefused, match="30 MB"):
        check_totals(10, 25_000_000, 5_000_001)


def test_the_same_file_twice_on_one_question_and_a_question_that_does_not_exist_are_refused(completed, tmp_path):
    ws, assessment_id, question = completed
    path = write(tmp_path / "in", "a.png", png())
    add_attachment(ws, assessment_id, question, path, NOW)
    with pytest.raises(AttachmentRefused, match="相同内容"):
        add_attachment(ws, assessment_id, question, write(tmp_path / "in", "b.png", png()), NOW)
    with pytest.raises(AttachmentRefused, match="没有题目"):
        add_attachment(ws, assessment_id, "no_such_question", path, NOW)


def test_a_hostile_file_name_is_cleaned(completed, tmp_path):
    ws, assessment_id, question = completed
    path = write(tmp_path / "in", "invoice\u202egnp.exe", png())
    item = add_attachment(ws, assessment_id, question, path, NOW)
    assert item.file_name == "invoicegnp.png"  # no direction override, and the suffix of what it really is


def test_attaching_or_removing_takes_an_exported_submission_back_and_counts_for_the_home_page(
        completed, district, tmp_path):
    from zgsz_desktop.workspace import overview

    ws, assessment_id, question = completed
    ensure_signing_key(ws, PASS)
    export_submission(ws, "2024年度", district.recipient, PASS, tmp_path / "out" / "p1")
    assert ws.submission("2024年度").stage == "hand_in"
    before = overview.fingerprint(ws.db)
    item = add_attachment(ws, assessment_id, question, write(tmp_path / "in", "a.pdf", pdf()), NOW)
    submission = ws.submission("2024年度")
    assert submission.stage != "hand_in" and submission.changed_since_export
    assert overview.fingerprint(ws.db) != before
    # taking it away again: exactly what the package carried, so it is handed in as it was
    remove_attachment(ws, item.id, NOW)
    assert ws.submission("2024年度").stage == "hand_in"


def test_export_carries_the_files_and_verify_gives_them_back_byte_for_byte(completed, district, tmp_path):
    from pypdf import PdfReader

    ws, assessment_id, question = completed
    files = {"设备台账.pdf": pdf("台账"), "车间照片.png": png(7)}
    for name, data in files.items():
        add_attachment(ws, assessment_id, question, write(tmp_path / "in", name, data), NOW)
    ensure_signing_key(ws, PASS)
    result = export_submission(ws, "2024年度", district.recipient, PASS, tmp_path / "out" / "p")
    # what the export says travels in the package (zgsz export prints it)
    assert (result.evidence_count, result.evidence_bytes) == (2, sum(len(d) for d in files.values()))
    verified = verify_bytes(result.package_path.read_bytes(), district.recipient.key_id,
                            district.private_key("district-pass"))
    assert verified.format_version == 3
    assert {e.info.file_name: e.data for e in verified.payload.evidence} == files
    assert all(e.info.question == question for e in verified.payload.evidence)
    (record,) = ws.exports()
    assert record["format_version"] == 3 and ws.submission("2024年度").stage == "hand_in"
    # the stamped paper names the evidence
    text = "".join(p.extract_text() for p in PdfReader(result.pdf_path).pages).replace(" ", "").replace("\n", "")
    assert "佐证材料清单" in text and "设备台账.pdf" in text
    assert hashlib.sha256(files["车间照片.png"]).hexdigest()[:16] in text


def test_a_submission_without_files_still_exports_format_2_and_its_report_has_no_evidence_list(
        completed, district, tmp_path):
    from pypdf import PdfReader

    ws, _, _ = completed
    ensure_signing_key(ws, PASS)
    result = export_submission(ws, "2024年度", district.recipient, PASS, tmp_path / "out" / "p")
    assert verify_bytes(result.package_path.read_bytes()).format_version == 2
    text = "".join(p.extract_text() for p in PdfReader(result.pdf_path).pages)
    assert "佐证材料" not in text


def test_the_files_are_exported_per_question_with_an_index(completed, tmp_path):
    import csv

    ws, assessment_id, question = completed
    add_attachment(ws, assessment_id, question, write(tmp_path / "in", "合同.pdf", pdf("1")), NOW)
    add_attachment(ws, assessment_id, question, write(tmp_path / "in2", "合同.pdf", pdf("2")), NOW)
    written = export_attachments(ws, "2024年度", tmp_path / "evidence")
    assert sorted(p.relative_to(tmp_path / "evidence").as_posix() for p in written) == sorted(
        [f"{question}/合同.pdf", f"{question}/合同 (2).pdf", "佐证材料清单.csv"])
    assert (tmp_path / "evidence" / question / "合同 (2).pdf").read_bytes() == pdf("2")
    rows = list(csv.reader((tmp_path / "evidence" / "佐证材料清单.csv").read_text("utf-8-sig").splitlines()))
    assert rows[0][:5] == ["评估期", "问卷", "题目编号", "题目", "文件"]
    assert rows[2][4] == f"{question}/合同 (2).pdf" and rows[2][7] == hashlib.sha256(pdf("2")).hexdigest()
    with pytest.raises(AttachmentRefused, match="不是空的"):
        export_attachments(ws, "2024年度", tmp_path / "evidence")


def test_deleting_the_submission_takes_its_files_but_the_log_stays(completed, tmp_path):
    ws, assessment_id, question = completed
    add_attachment(ws, assessment_id, question, write(tmp_path / "in", "a.pdf", pdf()), NOW)
    ws.delete_submission("2024年度", confirm="2024年度")
    assert ws.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert len(storage.get_attachment_log(ws.db)) == 1


def test_the_command_line_adds_lists_exports_and_removes(completed, tmp_path, capsys):
    """``zgsz attachment …`` (the parser is built here as cli.py builds it)."""
    import argparse

    from zgsz_desktop.commands.attachments import add_parser
    from zgsz_desktop.commands.common import make_parents

    ws, assessment_id, question = completed
    folder = str(ws.directory)
    ws.close()
    parser = argparse.ArgumentParser(prog="zgsz")
    add_parser(parser.add_subparsers(dest="command"), make_parents())

    def run(*argv: str) -> int:
        args = parser.parse_args(list(argv))
        return args.func(args)

    good, bad = write(tmp_path / "in", "证书.pdf", pdf()), write(tmp_path / "in", "病毒.pdf", b"MZ" + b"\0" * 99)
    assert run("attachment", "add", "--workspace", folder, "--period", "2024年度", question, str(good), str(bad)) == 1
    captured = capsys.readouterr()
    assert "已附上 证书.pdf" in captured.out and "病毒.pdf" in captured.err and "程序" in captured.err
    assert run("attachment", "list", "--workspace", folder, "--period", "2024年度") == 0
    assert "证书.pdf" in capsys.readouterr().out
    assert run("attachment", "export", "--workspace", folder, "--period", "2024年度", "--out",
               str(tmp_path / "copy")) == 0
    assert (tmp_path / "copy" / question / "证书.pdf").read_bytes() == pdf()
    with Workspace.open(Path(folder)) as again:
        (item,) = list_attachments(again, assessment_id)
    assert run("attachment", "remove", "--workspace", folder, str(item.id)) == 0
    with Workspace.open(Path(folder)) as again:
        assert list_attachments(again, assessment_id) == []
