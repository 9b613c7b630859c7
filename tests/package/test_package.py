"""The report package (format 2: one package per submission): round trip, a standard DSSE envelope, and a
tamper matrix where every case is rejected with the right reason. Release 0.1's format-1 packages still verify."""

from __future__ import annotations

import io
import json
import stat
import uuid
import zipfile
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.package import keys
from zgsz_desktop.package.build import PackageHeader, build_package, canonical_json
from zgsz_desktop.package.export import answers_document, make_package, scores_document
from zgsz_desktop.package.format import (
    MANIFEST,
    PAYLOAD_TYPE,
    SIGNATURE,
    PackageRejected,
    normalise_code,
    pae,
    payload_entry,
    sha256_hex,
    verification_code,
)
from zgsz_desktop.package.keys import DistrictKey, SigningKey, b64
from zgsz_desktop.package.verify import verify_bytes
from zgsz_desktop.report import from_documents

ENTERPRISE_PASS = "enterprise-pass"
DISTRICT_PASS = "district-pass"


@pytest.fixture(autouse=True, scope="module")
def fast_scrypt():
    original = keys.SCRYPT_N
    keys.SCRYPT_N = 2**12  # the stored blob carries its own N; production uses 2**17
    yield
    keys.SCRYPT_N = original


@dataclass
class Genuine:
    data: bytes
    district: DistrictKey
    district_private: Any
    signing: SigningKey
    signing_private: Any
    documents: Any
    code: str

    def entries(self) -> dict[str, bytes]:
        with zipfile.ZipFile(io.BytesIO(self.data)) as archive:
            return {info.filename: archive.read(info) for info in archive.infolist()}

    def verify(self, data: bytes, with_key: bool = True):
        if with_key:
            return verify_bytes(data, self.district.recipient.key_id, self.district_private)
        return verify_bytes(data)


def make(documents=None, signing=None, district=None, *, package_id=None, sequence=1, supersedes=()):
    fast = keys.SCRYPT_N
    keys.SCRYPT_N = 2**12
    try:
        documents = documents or demo_documents()  # the demo submission: both questionnaires
        signing = signing or SigningKey.generate(ENTERPRISE_PASS)
        district = district or DistrictKey.generate("海安市", DISTRICT_PASS)
    finally:
        keys.SCRYPT_N = fast
    private = signing.private_key(ENTERPRISE_PASS)
    data, _, code = make_package(
        documents, signing_key=signing, private_key=private, recipient=district.recipient,
        package_id=package_id or str(uuid.uuid4()), sequence=sequence, supersedes=supersedes,
        created_at="2025-03-01T08:00:00+00:00", report_for=lambda sig: from_documents(documents, signature=sig))
    return Genuine(data, district, district.private_key(DISTRICT_PASS), signing, private, documents, code)


@pytest.fixture(scope="module")
def genuine() -> Genuine:
    return make()


def rezip(entries: dict[str, bytes] | list[tuple[str, bytes]], *, compress: int = zipfile.ZIP_STORED,
          modes: dict[str, int] | None = None) -> bytes:
    buffer = io.BytesIO()
    items = entries.items() if isinstance(entries, dict) else entries
    with zipfile.ZipFile(buffer, "w", compression=compress) as archive:
        for name, content in items:
            info = zipfile.ZipInfo(name)
            info.compress_type = compress
            if modes and name in modes:
                info.external_attr = modes[name] << 16
            archive.writestr(info, content)
    return buffer.getvalue()


def rejected(genuine: Genuine, data: bytes, with_key: bool = True) -> str:
    with pytest.raises(PackageRejected) as caught:
        genuine.verify(data, with_key)
    assert caught.value.zh and caught.value.en  # a message in Chinese and in English
    return caught.value.reason


def envelope(manifest_bytes: bytes, key_id: str, private: Any) -> bytes:
    signature = b64(private.sign(pae(PAYLOAD_TYPE, manifest_bytes)))
    return canonical_json({"payload": b64(manifest_bytes), "payloadType": PAYLOAD_TYPE,
                           "signatures": [{"keyid": key_id, "sig": signature}]})


def resign(genuine: Genuine, manifest: dict, entries: dict[str, bytes]) -> dict[str, bytes]:
    """What a modified app holding the genuine key could produce."""
    manifest_bytes = canonical_json(manifest)
    return {**entries, MANIFEST: manifest_bytes,
            SIGNATURE: envelope(manifest_bytes, genuine.signing.key_id, genuine.signing_private)}


# --------------------------------------------------------------------------- round trip


def test_round_trip_gives_back_exactly_the_answers_and_scores(genuine):
    verified = genuine.verify(genuine.data)
    documents = genuine.documents
    assert verified.payload.answers == json.loads(canonical_json(answers_document(documents)))
    assert verified.payload.scores == json.loads(canonical_json(scores_document(documents)))
    assert verified.payload.report_pdf.startswith(b"%PDF")
    manifest = verified.manifest
    assert manifest["enterprise"] == {"name": "南通瑞丰精密机械有限公司", "uscc": "91320685MA1R8K2X5W",
                                      "district": "海安市"}
    assert manifest["verification_code"] == genuine.code
    assert verified.signer_key_id == genuine.signing.key_id


def test_one_package_holds_the_whole_submission(genuine):
    verified = genuine.verify(genuine.data)
    assert verified.format_version == 2
    assert [q["id"] for q in verified.manifest["questionnaires"]] == ["nantong-zgsz-core", "miit-sme-2024"]
    assert [(q.questionnaire.id, q.questionnaire.version, q.questionnaire.content_hash) for q in genuine.documents] \
        == [(q["id"], q["version"], q["hash"]) for q in verified.manifest["questionnaires"]]
    parts = verified.payload.parts()
    assert [answers["questionnaire"]["id"] for answers, _ in parts] == ["nantong-zgsz-core", "miit-sme-2024"]
    assert all(answers["period"] == "2024年度" for answers, _ in parts)
    # our own re-scoring of each questionnaire, beside the answers
    assert parts[1][1]["overall"]["level"] == "二级"


def test_the_signature_is_a_standard_dsse_envelope_that_securesystemslib_verifies(genuine):
    """An in-toto / securesystemslib tool reads signature.json as it is, with the key from the manifest."""
    from securesystemslib.dsse import Envelope
    from securesystemslib.signer import SSlibKey

    entries = genuine.entries()
    raw = json.loads(entries[SIGNATURE])
    assert set(raw) == {"payload", "payloadType", "signatures"}
    dsse = Envelope.from_dict(raw)
    assert dsse.payload == entries[MANIFEST] and dsse.payload_type == PAYLOAD_TYPE
    manifest = json.loads(entries[MANIFEST])
    public = keys.unb64(manifest["signer"]["public_key"], "key")
    key = SSlibKey(manifest["signer"]["key_id"], "ed25519", "ed25519", {"public": public.hex()})
    assert set(dsse.verify([key], 1)) == {genuine.signing.key_id}
    # and the envelope of another key's package does not verify with this key
    other = make(district=genuine.district)
    from securesystemslib.exceptions import VerificationError

    with pytest.raises(VerificationError):
        Envelope.from_dict(json.loads(other.entries()[SIGNATURE])).verify(
            [SSlibKey(key.keyid, "ed25519", "ed25519", {"public": public.hex()})], 1)


def test_the_hpke_suite_is_named_by_its_rfc_9180_ids(genuine):
    manifest = json.loads(genuine.entries()[MANIFEST])
    assert manifest["encryption"] == {"scheme": "hpke", "rfc": 9180, "mode": 0, "kem_id": 0x0020, "kdf_id": 0x0001,
                                      "aead_id": 0x0003}


def test_the_verification_code_carries_100_bits_and_reads_from_paper(genuine):
    code = genuine.code
    assert len(code.replace("-", "")) == 20 and code.count("-") == 4
    assert not set(code) & set("ILOU")  # Crockford: nothing to misread
    # a code typed from paper in lower case, with spaces, full-width, O for 0, is the same code
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_code(typed) == normalise_code(code)
    assert normalise_code(code.replace(code[0], "Z" if code[0] != "Z" else "Y", 1)) != normalise_code(code)


def test_release_0_1_packages_still_verify_and_say_their_format():
    """The format-1 packages written by release 0.1 (committed fixtures) verify, decrypt and re-score."""
    from pathlib import Path

    from zgsz_desktop.package.keys import load_district_key

    folder = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1"
    district = load_district_key(folder / "district.zgszdistrict")
    private = district.private_key("release-0.1-district")
    seen = {}
    for name in ("pair-core", "pair-miit", "lone-core"):
        verified = verify_bytes((folder / f"{name}.zgsz").read_bytes(), district.recipient.key_id, private,
                                district_name="海安市")
        assert verified.format_version == 1 and len(verified.payload.parts()) == 1
        assert len(verified.manifest["verification_code"]) == 11  # NNN-NNN-NNN
        seen[name] = verified.questionnaires[0]["id"]
    assert seen == {"pair-core": "nantong-zgsz-core", "pair-miit": "miit-sme-2024", "lone-core": "nantong-zgsz-core"}


def test_routing_is_readable_without_the_district_key(genuine):
    verified = genuine.verify(genuine.data, with_key=False)
    assert verified.payload is None
    assert verified.manifest["period"] == "2024年度" and verified.manifest["recipient"]["district"] == "海安市"


def test_the_pdf_inside_carries_the_fingerprint_and_code(genuine):
    from pypdf import PdfReader

    pdf = genuine.verify(genuine.data).payload.report_pdf
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "")
    assert genuine.signing.key_id in text and genuine.code in text


def test_nothing_readable_leaks_from_the_encrypted_entries(genuine):
    for name, content in genuine.entries().items():
        if name.startswith("payload/"):
            # long, distinctive plaintext strings (short ones occur by chance in random ciphertext)
            for marker in ("南通瑞丰精密机械有限公司".encode(), b"cnc.key_processes", b"zgsz-answers/1",
                           b"miit.basis.network", b"zgsz-submission-answers/1",
                           b"%PDF-1.4", "关键工序数控化率".encode()):
                assert marker not in content, (name, marker)


# --------------------------------------------------------------------------- tamper matrix


def test_every_byte_of_manifest_and_signature_is_protected(genuine):
    entries = genuine.entries()
    for name, allowed in ((MANIFEST, {"bad_signature", "bad_manifest", "unsupported_version", "bad_entries"}),
                          (SIGNATURE, {"bad_signature"})):
        content = entries[name]
        for position in range(len(content)):
            changed = bytearray(content)
            changed[position] ^= 0x01
            reason = rejected(genuine, rezip({**entries, name: bytes(changed)}), with_key=False)
            assert reason in allowed, (name, position, reason)


def test_changed_bytes_in_the_encrypted_entries_are_caught_by_their_hash(genuine):
    entries = genuine.entries()
    for name in [n for n in entries if n.startswith("payload/")]:
        content = entries[name]
        for position in sorted({0, 1, 31, 32, 33, len(content) // 2, len(content) - 17, len(content) - 1}):
            changed = bytearray(content)
            changed[position] ^= 0x80
            assert rejected(genuine, rezip({**entries, name: bytes(changed)}), with_key=False) == "hash_mismatch"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(0, 10**9), delta=st.integers(1, 255))
def test_no_single_byte_change_of_the_file_alters_what_is_accepted(genuine, position, delta):
    """Either the change is rejected, or it only touched ZIP bookkeeping (a timestamp, a version field)
    and what is accepted — the signed manifest and every decrypted file — is exactly the original."""
    changed = bytearray(genuine.data)
    changed[position % len(changed)] ^= delta
    try:
        result = genuine.verify(bytes(changed))
    except PackageRejected:
        return
    original = genuine.verify(genuine.data)
    assert result.manifest_bytes == original.manifest_bytes
    assert result.payload == original.payload


def test_entries_added_removed_renamed_or_duplicated(genuine):
    entries = genuine.entries()
    assert rejected(genuine, rezip({**entries, "payload/extra.hpke": b"x"})) == "bad_entries"
    without = dict(entries)
    del without[payload_entry("report.pdf")]
    assert rejected(genuine, rezip(without)) == "bad_entries"
    renamed = {(k.replace("report.pdf", "report2.pdf")): v for k, v in entries.items()}
    assert rejected(genuine, rezip(renamed)) == "bad_entries"
    duplicated = [*entries.items(), (MANIFEST, entries[MANIFEST])]
    with pytest.warns(UserWarning):  # zipfile warns about the duplicate name while writing it
        data = rezip(duplicated)
    assert rejected(genuine, data) == "bad_entries"


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "payload/../../x", "C:/x", "a\\b"])
def test_unsafe_entry_names_are_rejected(genuine, name):
    assert rejected(genuine, rezip({**genuine.entries(), name: b"x"})) == "bad_entries"


def test_link_entries_are_rejected(genuine):
    entries = genuine.entries()
    data = rezip({**entries, "link": b"/etc/passwd"}, modes={"link": stat.S_IFLNK | 0o777})
    assert rejected(genuine, data) == "bad_entries"


def test_manifest_edited_and_rezipped_breaks_the_signature(genuine):
    entries = genuine.entries()
    manifest = json.loads(entries[MANIFEST])
    other_district = {"recipient": {**manifest["recipient"], "district": "如皋市"}}
    for change in ({"sequence": 2}, {"period": "2023年度"}, other_district):
        edited = canonical_json({**manifest, **change})
        assert rejected(genuine, rezip({**entries, MANIFEST: edited}), with_key=False) == "bad_signature"


def test_a_signature_taken_from_another_genuine_package_is_rejected(genuine):
    same_key = make(signing=genuine.signing, district=genuine.district)
    other_key = make(district=genuine.district)
    for donor in (same_key, other_key):
        swapped = {**genuine.entries(), SIGNATURE: donor.entries()[SIGNATURE]}
        assert rejected(genuine, rezip(swapped), with_key=False) == "bad_signature"


def test_encrypted_entries_swapped_between_packages_are_rejected(genuine):
    other = make(signing=genuine.signing, district=genuine.district)
    name = payload_entry("answers.json")
    assert rejected(genuine, rezip({**genuine.entries(), name: other.entries()[name]})) == "hash_mismatch"


def test_the_wrong_district_key_is_named_as_such(genuine):
    stranger = DistrictKey.generate("海安市", DISTRICT_PASS)
    with pytest.raises(PackageRejected) as caught:
        verify_bytes(genuine.data, stranger.recipient.key_id, stranger.private_key(DISTRICT_PASS))
    assert caught.value.reason == "wrong_recipient"


def test_a_package_claiming_our_key_but_sealed_to_another_fails_to_decrypt(genuine):
    stranger = DistrictKey.generate("海安市", DISTRICT_PASS)
    forged = make(signing=genuine.signing, district=stranger)
    entries = forged.entries()
    manifest = json.loads(entries[MANIFEST])
    manifest["recipient"]["key_id"] = genuine.district.recipient.key_id
    assert rejected(genuine, rezip(resign(forged, manifest, entries))) == "decrypt_failed"


def test_truncated_files_are_rejected(genuine):
    for length in (0, 10, len(genuine.data) // 2, len(genuine.data) - 1):
        assert rejected(genuine, genuine.data[:length]) in {"not_a_package", "bad_entries"}


def test_a_zip_bomb_is_rejected_before_it_is_unpacked(genuine):
    bomb = rezip({**genuine.entries(), "payload/answers.json.hpke": b"\0" * (40 * 1024 * 1024)},
                 compress=zipfile.ZIP_DEFLATED)
    assert len(bomb) < 1024 * 1024
    assert rejected(genuine, bomb) == "too_large"


def test_a_future_format_version_says_which_versions_are_read_and_to_upgrade(genuine):
    entries = genuine.entries()
    manifest = {**json.loads(entries[MANIFEST]), "format_version": 4}
    with pytest.raises(PackageRejected) as caught:
        genuine.verify(rezip(resign(genuine, manifest, entries)))
    assert caught.value.reason == "unsupported_version"
    assert "第 4 版" in str(caught.value) and "supported: 1, 2, 3" in str(caught.value) and "升级" in str(caught.value)


def forge_payload(genuine: Genuine, questionnaires: list | None = None, **replacements: bytes) -> bytes:
    """A package built with the genuine key around altered payload (what a modified app could send)."""
    plain = genuine.verify(genuine.data)
    files = {"answers.json": canonical_json(plain.payload.answers), "scores.json": canonical_json(plain.payload.scores),
             "report.pdf": plain.payload.report_pdf, **replacements}
    manifest = plain.manifest
    package_id = str(uuid.uuid4())
    header = PackageHeader(
        package_id=package_id, sequence=manifest["sequence"], created_at=manifest["created_at"],
        enterprise=manifest["enterprise"], period=manifest["period"],
        questionnaires=questionnaires or manifest["questionnaires"],
        recipient=genuine.district.recipient,
        verification_code=verification_code(package_id, b64(genuine.signing.public_raw),
                                            sha256_hex(files["answers.json"]), sha256_hex(files["scores.json"])))
    return build_package(header, files, genuine.signing, genuine.signing_private)


def test_scores_that_do_not_match_a_rescoring_are_rejected(genuine):
    scores = genuine.verify(genuine.data).payload.scores
    cnc = next(m for m in scores["parts"][0]["modules"] if m["module_id"] == "cnc")
    cnc["figure"], cnc["met"] = 0.9, True  # claims 90 %, the answers give 67.7 %
    forged = forge_payload(genuine, **{"scores.json": canonical_json(scores)})
    assert rejected(genuine, forged) == "rescore_mismatch"
    # without the district key the forgery is indistinguishable: it is genuinely signed
    genuine.verify(forged, with_key=False)


def test_answers_for_another_enterprise_or_an_unknown_definition_are_rejected(genuine):
    answers = genuine.verify(genuine.data).payload.answers

    def with_part(index: int, part: dict) -> bytes:
        parts = list(answers["parts"])
        parts[index] = part
        return forge_payload(genuine, **{"answers.json": canonical_json({**answers, "parts": parts})})

    core = answers["parts"][0]
    other = {**core, "enterprise": {**core["enterprise"], "uscc": "914403001922038216"}}
    assert rejected(genuine, with_part(0, other)) == "identity_mismatch"
    unknown = {**core, "questionnaire": {**core["questionnaire"], "hash": "0" * 64}}
    assert rejected(genuine, with_part(0, unknown)) == "identity_mismatch"  # not the definition the manifest names
    named = genuine.verify(genuine.data).manifest["questionnaires"]
    parts = [unknown, answers["parts"][1]]
    forged = forge_payload(genuine, questionnaires=[{**named[0], "hash": "0" * 64}, named[1]],
                           **{"answers.json": canonical_json({**answers, "parts": parts})})
    assert rejected(genuine, forged) == "unknown_questionnaire"  # named alike, but not installed here
    later = {**answers["parts"][1], "period": "2025年度"}  # the second questionnaire from another period
    assert rejected(genuine, with_part(1, later)) == "identity_mismatch"
    one_only = {**answers, "parts": answers["parts"][:1]}
    assert rejected(genuine, forge_payload(genuine, **{"answers.json": canonical_json(one_only)})) == \
        "identity_mismatch"


def test_a_supersedes_chain_is_signed(genuine):
    first = genuine.verify(genuine.data).package_id
    second = make(signing=genuine.signing, district=genuine.district, sequence=2, supersedes=[first])
    manifest = second.verify(second.data).manifest
    assert manifest["sequence"] == 2 and manifest["supersedes"] == [first]
    assert rejected(genuine, resigned_with(genuine, supersedes=[genuine.verify(genuine.data).package_id]),
                    with_key=False) == "bad_manifest"  # a package cannot replace itself


def test_the_by_hand_walkthrough_in_the_format_spec_works(genuine, tmp_path, monkeypatch):
    """docs/package-format.md §8 verifies a package with `cryptography` alone; run it as written."""
    import re
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "package-format.md").read_text(encoding="utf-8")
    code = re.search(r"## 8\. Verifying by hand.*?```python\n(.*?)```", doc, re.S).group(1)
    (tmp_path / "demo-package.zgsz").write_bytes(genuine.data)
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(compile(code, "package-format.md", "exec"), scope)
    # and the commented decryption step, with the district's raw key
    from cryptography.hazmat.primitives import serialization

    raw = genuine.district_private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                 serialization.NoEncryption())
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    key = X25519PrivateKey.from_private_bytes(raw)
    # the commented step, uncommented: every plaintext opens and matches the manifest
    commented = code[code.index("# for item in manifest"):]
    loop = "\n".join(line[2:] for line in commented.splitlines() if line.startswith("# "))
    exec(compile(loop, "package-format.md", "exec"), {**scope, "key": key})
    manifest = scope["manifest"]
    info = "|".join(["zgsz-package/2", manifest["package_id"], "answers.json", manifest["signer"]["key_id"],
                     manifest["recipient"]["key_id"]]).encode()
    answers = scope["suite"].decrypt(scope["z"].read("payload/answers.json.hpke"), key, info=info)
    assert json.loads(answers)["period"] == "2024年度" and len(json.loads(answers)["parts"]) == 2
    scope["z"].close()


# --------------------------------------------------------------------------- attacks from the security review


def resigned_with(genuine: Genuine, **changes) -> bytes:
    entries = genuine.entries()
    manifest = json.loads(entries[MANIFEST])
    for path, value in changes.items():
        target = manifest
        *parents, leaf = path.split("__")
        for parent in parents:
            target = target[parent]
        target[leaf] = value
    return rezip(resign(genuine, manifest, entries))


def test_manifests_resigned_with_the_genuine_key_but_inconsistent_are_rejected(genuine):
    other = DistrictKey.generate("海安市", DISTRICT_PASS)
    cases = {
        "verification_code": ("bad_manifest", {"verification_code": "0000-0000-0000-0000-0000"}),
        "old-style code": ("bad_manifest", {"verification_code": "000-000-000"}),
        "supersedes as text": ("bad_manifest", {"supersedes": str(uuid.uuid4())}),
        "questionnaire twice": ("bad_manifest", {"questionnaires": [json.loads(genuine.entries()[MANIFEST])[
            "questionnaires"][0]] * 2}),
        "format_version true": ("bad_manifest", {"format_version": True}),
        "sequence 0": ("bad_manifest", {"sequence": 0}),
        "package_id path": ("bad_manifest", {"package_id": "../../x"}),
        "uscc": ("bad_manifest", {"enterprise__uscc": "xxxxxxxxxxxxxxxxxx"}),
        "other district": ("identity_mismatch", {"enterprise__district": "如皋市"}),
        "other name": ("identity_mismatch", {"enterprise__name": "某某伪造公司"}),
        "recipient district": ("wrong_recipient", {"recipient__district": "如皋市"}),
        "signer names another key": ("bad_signature", {"signer__key_id": other.recipient.key_id}),
    }
    for label, (reason, changes) in cases.items():
        with pytest.raises(PackageRejected) as caught:
            verify_bytes(resigned_with(genuine, **changes), genuine.district.recipient.key_id,
                         genuine.district_private, district_name="海安市")
        assert caught.value.reason == reason, label


def test_a_wrong_plaintext_hash_is_caught_after_decryption(genuine):
    entries = genuine.entries()
    manifest = json.loads(entries[MANIFEST])
    manifest["payload"][0]["sha256"] = "0" * 64
    data = rezip(resign(genuine, manifest, entries))
    with pytest.raises(PackageRejected) as caught:
        genuine.verify(data)
    # the code on paper covers the answers' hash, so the manifest no longer agrees with itself either
    assert caught.value.reason in {"payload_mismatch", "bad_manifest"}


def test_genuine_sealed_content_resigned_by_an_outsider_does_not_open(genuine):
    outsider = SigningKey.generate(ENTERPRISE_PASS)
    outsider_private = outsider.private_key(ENTERPRISE_PASS)
    entries = genuine.entries()
    manifest = json.loads(entries[MANIFEST])
    manifest["signer"] = {"key_id": outsider.key_id, "public_key": b64(outsider.public_raw)}
    by_name = {p["name"]: p for p in manifest["payload"]}
    manifest["verification_code"] = verification_code(manifest["package_id"], b64(outsider.public_raw),
                                                      by_name["answers.json"]["sha256"],
                                                      by_name["scores.json"]["sha256"])
    manifest_bytes = canonical_json(manifest)
    forged = rezip({**entries, MANIFEST: manifest_bytes,
                    SIGNATURE: envelope(manifest_bytes, outsider.key_id, outsider_private)})
    genuine.verify(forged, with_key=False)  # a valid signature — by the outsider's key …
    assert rejected(genuine, forged) == "decrypt_failed"  # … but the sealed files name the real signer
    with pytest.raises(PackageRejected) as caught:
        verify_bytes(forged, expected_key=genuine.signing.key_id)
    assert caught.value.reason == "unexpected_key"


def test_two_archives_glued_together_are_rejected(genuine):
    other = make(district=genuine.district)
    for glued in (other.data + genuine.data, genuine.data + b"trailing", b"prefix" + genuine.data):
        assert rejected(genuine, glued, with_key=False) == "not_a_package"


def test_duplicate_keys_and_non_canonical_manifests_are_rejected(genuine):
    entries = genuine.entries()
    manifest_bytes = entries[MANIFEST]
    duplicated = manifest_bytes.replace(b'{"app_version"', b'{"enterprise":{"name":"x"},"app_version"', 1)
    assert rejected(genuine, rezip({**entries, MANIFEST: duplicated}), with_key=False) == "bad_manifest"
    spaced = json.dumps(json.loads(manifest_bytes), ensure_ascii=False, sort_keys=True).encode()
    assert rejected(genuine, rezip(resign(genuine, json.loads(manifest_bytes), entries) | {MANIFEST: spaced}),
                    with_key=False) in {"bad_manifest", "bad_signature"}


def test_non_canonical_base64_in_the_signature_is_rejected(genuine):
    entries = genuine.entries()
    signature = json.loads(entries[SIGNATURE])
    text = signature["signatures"][0]["sig"]  # 64 bytes: the last character before "==" carries 4 unused bits
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = alphabet.index(text[-3])
    signature["signatures"][0]["sig"] = text[:-3] + alphabet[last ^ 1] + "=="
    assert rejected(genuine, rezip({**entries, SIGNATURE: canonical_json(signature)}), with_key=False) == \
        "bad_signature"


def test_an_envelope_that_is_not_exactly_dsse_or_carries_another_manifest_is_rejected(genuine):
    entries = genuine.entries()
    signature = json.loads(entries[SIGNATURE])
    other = make(signing=genuine.signing, district=genuine.district)
    cases = {
        "extra field": {**signature, "note": "x"},
        "two signatures": {**signature, "signatures": signature["signatures"] * 2},
        "other payload type": {**signature, "payloadType": "application/vnd.in-toto+json"},
        "another manifest signed by the same key": json.loads(other.entries()[SIGNATURE]),
    }
    for label, envelope_data in cases.items():
        assert rejected(genuine, rezip({**entries, SIGNATURE: canonical_json(envelope_data)}), with_key=False) == \
            "bad_signature", label


def test_payloads_that_name_things_loosely_are_refused_not_a_crash(genuine):
    """From the review: a non-object enterprise crashed the verifier; a part without its version was scored
    with whatever version is installed; a manifest naming its questionnaires both ways was read either way."""
    answers = genuine.verify(genuine.data).payload.answers
    no_enterprise = {**answers, "enterprise": None}
    assert rejected(genuine, forge_payload(genuine, **{"answers.json": canonical_json(no_enterprise)})) == \
        "identity_mismatch"
    loose = {**answers, "parts": [{**answers["parts"][0], "questionnaire": {"id": "nantong-zgsz-core"}},
                                  answers["parts"][1]]}
    assert rejected(genuine, forge_payload(genuine, **{"answers.json": canonical_json(loose)})) == \
        "identity_mismatch"
    manifest = json.loads(genuine.entries()[MANIFEST])
    both = resigned_with(genuine, questionnaire=manifest["questionnaires"][0])
    assert rejected(genuine, both, with_key=False) == "bad_manifest"
