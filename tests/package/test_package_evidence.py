"""Evidence files (佐证材料) in the report package: format 3 carries each file sealed on its own and bound by the
signed manifest; a flipped byte, two files swapped, one taken out or an unlisted entry is refused with a message
naming the file; a reader that knows formats 1–2 only says 请升级; a package without evidence stays format 2."""

from __future__ import annotations

import functools
import hashlib
import io
import json
import uuid
import zipfile
from typing import Any

import pytest

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.package import keys, verify
from zgsz_desktop.package.build import EvidenceFile, canonical_json
from zgsz_desktop.package.export import make_package
from zgsz_desktop.package.format import (
    EVIDENCE_ENTRY,
    MANIFEST,
    MAX_ENTRIES,
    MAX_ENTRY_BYTES,
    MAX_TOTAL_BYTES,
    PAYLOAD_TYPE_V3,
    SIGNATURE,
    PackageRejected,
    pae,
)
from zgsz_desktop.package.keys import DistrictKey, SigningKey, b64
from zgsz_desktop.package.verify import verify_bytes
from zgsz_desktop.workspace.evidence_rules import DOCX, JPEG, PDF, PNG, XLSX, detect_media_type

PASS, DISTRICT_PASS = "enterprise-pass", "district-pass"
REPORT = b"%PDF-1.4\n% a one-line stand-in for the report\n%%EOF\n"


def pdf_bytes(label: str) -> bytes:
    return b"%PDF-1.7\n" + label.encode() * 50 + b"\n%%EOF\n"


def png_bytes() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@functools.cache  # once: openpyxl stamps the time it saves, and the test compares the bytes it attached
def xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "设备台账"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def office_zip(content_types: str, parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", content_types)
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def parties() -> dict[str, Any]:
    original = keys.SCRYPT_N
    keys.SCRYPT_N = 2**12
    try:
        signing = SigningKey.generate(PASS)
        district = DistrictKey.generate("海安市", DISTRICT_PASS)
    finally:
        keys.SCRYPT_N = original
    return {"signing": signing, "private": signing.private_key(PASS), "district": district,
            "district_private": district.private_key(DISTRICT_PASS), "documents": demo_documents()}


FILES = [
    EvidenceFile("nantong-zgsz-core", "cnc_processes", "设备台账.xlsx", XLSX, b""),  # bytes filled below
    EvidenceFile("nantong-zgsz-core", "cnc_processes", "数控设备照片.png", PNG, png_bytes()),
    EvidenceFile("miit-sme-2024", "miit_a1", "两化融合证书.pdf", PDF, pdf_bytes("证书")),
]


def evidence_files() -> list[EvidenceFile]:
    first = FILES[0]
    return [EvidenceFile(first.questionnaire, first.question, first.file_name, first.media_type, xlsx_bytes()),
            *FILES[1:]]


def question_ids(parties) -> dict[str, str]:
    """A real question of each questionnaire (the ids above are replaced by these)."""
    core, miit = parties["documents"]
    return {core.questionnaire.id: core.questionnaire.modules[0].questions[0].id,
            miit.questionnaire.id: miit.questionnaire.modules[0].questions[0].id}


def real_files(parties) -> list[EvidenceFile]:
    ids = question_ids(parties)
    return [EvidenceFile(f.questionnaire, ids[f.questionnaire], f.file_name, f.media_type, f.data)
            for f in evidence_files()]


def build(parties, evidence=(), package_id: str | None = None) -> bytes:
    data, _, _ = make_package(parties["documents"], signing_key=parties["signing"], private_key=parties["private"],
                              recipient=parties["district"].recipient, package_id=package_id or str(uuid.uuid4()),
                              sequence=1, supersedes=(), created_at="2025-03-01T08:00:00+00:00", report_pdf=REPORT,
                              evidence=evidence)
    return data


@pytest.fixture(scope="module")
def with_evidence(parties) -> bytes:
    return build(parties, real_files(parties))


def check(parties, data: bytes):
    return verify_bytes(data, parties["district"].recipient.key_id, parties["district_private"])


def entries_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, content in entries.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


def resigned(parties, manifest: dict, entries: dict[str, bytes]) -> bytes:
    """What a modified app holding the genuine key could produce."""
    manifest_bytes = canonical_json(manifest)
    signature = b64(parties["private"].sign(pae(PAYLOAD_TYPE_V3, manifest_bytes)))
    envelope = canonical_json({"payload": b64(manifest_bytes), "payloadType": PAYLOAD_TYPE_V3,
                               "signatures": [{"keyid": parties["signing"].key_id, "sig": signature}]})
    return rezip({**entries, MANIFEST: manifest_bytes, SIGNATURE: envelope})


def refused(parties, data: bytes) -> PackageRejected:
    with pytest.raises(PackageRejected) as caught:
        check(parties, data)
    return caught.value


# --------------------------------------------------------------------------- round trip


def test_a_package_with_evidence_is_format_3_and_gives_back_every_file_byte_for_byte(parties, with_evidence):
    verified = check(parties, with_evidence)
    assert verified.format_version == 3
    originals = real_files(parties)
    opened = verified.payload.evidence
    assert [e.data for e in opened] == [f.data for f in originals]
    assert [(e.info.questionnaire, e.info.question, e.info.file_name, e.info.media_type) for e in opened] == \
        [(f.questionnaire, f.question, f.file_name, f.media_type) for f in originals]
    assert [e.info.sha256 for e in opened] == [hashlib.sha256(f.data).hexdigest() for f in originals]
    # the manifest lists them without any key (a clerk sorting a USB stick sees what came with it)
    listed = verify_bytes(with_evidence).evidence
    assert [i.file_name for i in listed] == ["设备台账.xlsx", "数控设备照片.png", "两化融合证书.pdf"]
    assert [i.id for i in listed] == ["evidence/001", "evidence/002", "evidence/003"]


def test_the_container_stays_inside_the_limits_every_earlier_reader_applies(parties, with_evidence):
    """An older district must reach the format version (and say 请升级), not stop at the entry count."""
    entries = entries_of(with_evidence)
    assert set(entries) == {MANIFEST, SIGNATURE, EVIDENCE_ENTRY, "payload/answers.json.hpke",
                            "payload/scores.json.hpke", "payload/report.pdf.hpke"}
    assert len(entries) <= MAX_ENTRIES == 16
    assert MAX_ENTRY_BYTES == 32 * 1024 * 1024 and MAX_TOTAL_BYTES == 64 * 1024 * 1024


def test_without_evidence_the_package_is_format_2_exactly_as_before(parties):
    package_id = str(uuid.uuid4())
    data = build(parties, (), package_id)
    verified = check(parties, data)
    assert verified.format_version == 2 and "evidence" not in verified.manifest
    assert verified.evidence == [] and verified.payload.evidence == ()
    envelope = json.loads(entries_of(data)[SIGNATURE])
    assert envelope["payloadType"] == "application/vnd.zgsz.manifest+json; version=2"
    assert sorted(entries_of(data)) == sorted([MANIFEST, SIGNATURE, "payload/answers.json.hpke",
                                               "payload/scores.json.hpke", "payload/report.pdf.hpke"])


# --------------------------------------------------------------------------- tampering


def test_one_flipped_byte_in_a_sealed_file_names_that_file(parties, with_evidence):
    entries = entries_of(with_evidence)
    manifest = json.loads(entries[MANIFEST])
    second = manifest["evidence"]["files"][1]
    blob = bytearray(entries[EVIDENCE_ENTRY])
    blob[second["offset"] + 40] ^= 0x01
    problem = refused(parties, rezip({**entries, EVIDENCE_ENTRY: bytes(blob)}))
    assert problem.reason == "hash_mismatch"
    assert "数控设备照片.png" in str(problem) and second["question"] in str(problem)


def test_two_sealed_files_swapped_are_refused(parties, with_evidence):
    entries = entries_of(with_evidence)
    files = json.loads(entries[MANIFEST])["evidence"]["files"]
    blob = entries[EVIDENCE_ENTRY]
    pieces = [blob[f["offset"]:f["offset"] + f["sealed_size"]] for f in files]
    swapped = pieces[1] + pieces[0] + pieces[2]
    problem = refused(parties, rezip({**entries, EVIDENCE_ENTRY: swapped}))
    assert problem.reason == "hash_mismatch" and "设备台账.xlsx" in str(problem)


def test_a_sealed_file_taken_out_is_refused(parties, with_evidence):
    entries = entries_of(with_evidence)
    files = json.loads(entries[MANIFEST])["evidence"]["files"]
    blob = entries[EVIDENCE_ENTRY]
    last = files[2]
    problem = refused(parties, rezip({**entries, EVIDENCE_ENTRY: blob[:last["offset"]]}))
    assert problem.reason == "hash_mismatch" and "两化融合证书.pdf" in str(problem)
    # the whole evidence entry removed
    without = {k: v for k, v in entries.items() if k != EVIDENCE_ENTRY}
    assert refused(parties, rezip(without)).reason == "bad_entries"


def test_an_entry_the_manifest_does_not_name_is_refused(parties, with_evidence):
    entries = entries_of(with_evidence)
    problem = refused(parties, rezip({**entries, "payload/evidence/004.hpke": b"x" * 100}))
    assert problem.reason == "bad_entries" and "004" in str(problem)


def test_a_file_moved_to_another_question_by_a_modified_app_does_not_open(parties, with_evidence):
    """Even re-signed with the genuine key, sealed content moved between positions does not open: each
    file is sealed under its own id."""
    entries = entries_of(with_evidence)
    manifest = json.loads(entries[MANIFEST])
    files = manifest["evidence"]["files"]
    blob = entries[EVIDENCE_ENTRY]
    pieces = [blob[f["offset"]:f["offset"] + f["sealed_size"]] for f in files]
    # swap the first two and rewrite their hashes and offsets to match
    reordered = [pieces[1], pieces[0], pieces[2]]
    offset = 0
    originals = [dict(f) for f in files]
    for item, piece, source in zip(files, reordered, (originals[1], originals[0], originals[2]), strict=True):
        for key in ("questionnaire", "question", "file_name", "media_type", "size", "sha256"):
            item[key] = source[key]
        item.update(offset=offset, sealed_size=len(piece), sealed_sha256=hashlib.sha256(piece).hexdigest())
        offset += len(piece)
    joined = b"".join(reordered)
    files.sort(key=lambda f: f["offset"])
    manifest["evidence"].update(entry_size=len(joined), entry_sha256=hashlib.sha256(joined).hexdigest())
    problem = refused(parties, resigned(parties, manifest, {**entries, EVIDENCE_ENTRY: joined}))
    assert problem.reason == "decrypt_failed" and "evidence/001" in str(problem)


def test_a_manifest_naming_a_hostile_file_name_or_a_type_we_do_not_accept_is_refused(parties, with_evidence):
    entries = entries_of(with_evidence)
    for change in ({"file_name": "..\\..\\autoexec.bat"}, {"file_name": "invoice\u202efdp.exe"},
                   {"media_type": "application/x-msdownload"}, {"size": 11_000_000}):
        manifest = json.loads(entries[MANIFEST])
        manifest["evidence"]["files"][0].update(change)
        assert refused(parties, resigned(parties, manifest, entries)).reason == "bad_manifest", change


def test_an_evidence_list_in_a_format_2_manifest_is_refused(parties):
    """A format-2 reader would never look at it: it must not travel unchecked."""
    data = build(parties, ())
    entries = entries_of(data)
    manifest = json.loads(entries[MANIFEST])
    manifest["evidence"] = {"entry": EVIDENCE_ENTRY, "entry_size": 0, "entry_sha256": "0" * 64, "files": []}
    manifest_bytes = canonical_json(manifest)
    kind = "application/vnd.zgsz.manifest+json; version=2"
    envelope = canonical_json({"payload": b64(manifest_bytes), "payloadType": kind, "signatures": [
        {"keyid": parties["signing"].key_id, "sig": b64(parties["private"].sign(pae(kind, manifest_bytes)))}]})
    problem = refused(parties, rezip({**entries, MANIFEST: manifest_bytes, SIGNATURE: envelope}))
    assert problem.reason == "bad_manifest"


def test_a_file_whose_content_is_not_the_type_the_manifest_says_is_refused(parties):
    ids = question_ids(parties)
    disguised = EvidenceFile("nantong-zgsz-core", ids["nantong-zgsz-core"], "setup.pdf", PDF, b"MZ\x90\x00" * 100)
    problem = refused(parties, build(parties, [disguised]))
    assert problem.reason == "payload_mismatch" and "setup.pdf" in str(problem)


def test_a_reader_that_knows_formats_1_and_2_only_says_upgrade(parties, with_evidence, monkeypatch):
    monkeypatch.setattr(verify, "READABLE_VERSIONS", (1, 2))
    with pytest.raises(PackageRejected) as caught:
        verify_bytes(with_evidence)
    assert caught.value.reason == "unsupported_version"
    assert "该报告包为第 3 版格式，本软件能读取第 1、2 版，请升级软件后再核验" in str(caught.value)


# --------------------------------------------------------------------------- types by content


def test_types_are_decided_by_content_not_by_the_name():
    assert detect_media_type(pdf_bytes("x")) == PDF
    assert detect_media_type(png_bytes()) == PNG
    assert detect_media_type(b"\xff\xd8\xff\xe0" + b"\0" * 100) == JPEG
    assert detect_media_type(xlsx_bytes()) == XLSX
    word = office_zip('<Types><Override ContentType="application/vnd.openxmlformats-officedocument.'
                      'wordprocessingml.document.main+xml"/></Types>', {"word/document.xml": b"<w/>"})
    assert detect_media_type(word) == DOCX
    macro = office_zip('<Types><Override ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>'
                       '</Types>', {"xl/workbook.xml": b"<w/>", "xl/vbaProject.bin": b"\0"})
    assert detect_media_type(macro) is None
    assert detect_media_type(b"MZ\x90\x00" + b"\0" * 100) is None  # an .exe, whatever it is called
    assert detect_media_type(office_zip("<Types/>", {"a.txt": b"x"})) is None  # a ZIP that is not an Office file


def test_a_package_written_before_emoji_were_replaced_still_verifies(parties):
    """Format-3 packages already sent may name a file with emoji (the first rule kept them): still accepted."""
    ids = question_ids(parties)
    old = EvidenceFile("nantong-zgsz-core", ids["nantong-zgsz-core"], "证书 🎉 最终版 (1).pdf", PDF, pdf_bytes("证书"))
    verified = check(parties, build(parties, [old]))
    assert [e.info.file_name for e in verified.payload.evidence] == ["证书 🎉 最终版 (1).pdf"]
