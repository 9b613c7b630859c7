"""Read and verify a report package. This code faces files from outside: it trusts nothing.

Order of checks (each failure is a :class:`PackageRejected` with its reason code):
size → ZIP structure and limits → entry names → manifest (format, version, fields) → exact entry set →
signature over PAE(type, manifest bytes) → encrypted entries' size and SHA-256 → verification code;
with the district key: recipient key id → HPKE decryption of each file → plaintext size and SHA-256 →
answers against the named questionnaire versions → inner/outer identity → re-scoring equals the stated
scores. Format 2 (one package per submission, DSSE envelope) and format 1 (release 0.1, one package per
questionnaire) are both read; what differs is kept in the ``_v1`` / ``_v2`` functions. Format 3 is format 2
with evidence files (佐证材料): each is checked like the other sealed files — listed, sized and hashed in the
signed manifest, opened with the district key, its plaintext hashed and its type checked by content.
"""

from __future__ import annotations

import io
import json
import re
import stat
import struct
import uuid
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..keys import fingerprint
from ..messages import Said, say
from ..signed_files import unique_keys
from .build import canonical_json, hpke_suite
from .format import (
    ANSWERS_FORMAT,
    ENCRYPTION,
    ENCRYPTION_V1,
    EVIDENCE_ENTRY,
    EVIDENCE_FORMAT_VERSION,
    FORMAT,
    MANIFEST,
    MAX_ENTRIES,
    MAX_ENTRY_BYTES,
    MAX_FILE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    PAYLOAD_FILES,
    PAYLOAD_TYPE_V1,
    READABLE_VERSIONS,
    SCORES_FORMAT,
    SIGNATURE,
    SIGNATURE_FORMAT_V1,
    PackageRejected,
    evidence_id,
    hpke_info,
    pae,
    payload_entry,
    payload_type,
    sha256_hex,
    verification_code,
    verification_code_v1,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from ..answers_file import AnswersDocument
    from ..policy.edition import PolicyEdition


@dataclass(frozen=True)
class EvidenceInfo:
    """One evidence file (佐证材料) as the signed manifest lists it (format 3)."""

    id: str  # evidence/001: the name it is sealed under
    questionnaire: str
    question: str
    file_name: str  # cleaned by the sender and checked here: safe to show and to write as a file name
    media_type: str
    size: int
    sha256: str
    offset: int  # where its sealed bytes start in payload/evidence.bin
    sealed_size: int
    sealed_sha256: str

    @classmethod
    def from_manifest(cls, item: Mapping[str, Any]) -> EvidenceInfo:
        return cls(**{name: item[name] for name in cls.__dataclass_fields__})

    def describe(self) -> str:
        """Which file, for which question: how a rejection names it."""
        return say("佐证材料 {id}“{name}”（题目 {question}）", id=self.id, name=self.file_name, question=self.question)


@dataclass(frozen=True)
class EvidenceContent:
    info: EvidenceInfo
    data: bytes


@dataclass(frozen=True)
class DecryptedPayload:
    answers: dict[str, Any]  # format 2: the submission's answers (zgsz-submission-answers/1); 1: zgsz-answers/1
    scores: dict[str, Any]  # the scores as the enterprise's app computed them
    report_pdf: bytes
    rescored: dict[str, Any] = field(default_factory=dict)  # our own re-scoring (same shape as ``scores``)
    evidence: tuple[EvidenceContent, ...] = ()  # format 3: every evidence file, opened and checked

    def parts(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(answers document, our re-scoring) of each questionnaire, in submission order."""
        if self.answers.get("format") == ANSWERS_FORMAT:
            return list(zip(self.answers["parts"], self.rescored["parts"], strict=True))
        return [(self.answers, self.rescored)]


@dataclass(frozen=True)
class VerifiedPackage:
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signer_key_id: str
    signer_public_key: bytes
    payload: DecryptedPayload | None = None

    @property
    def package_id(self) -> str:
        return str(self.manifest["package_id"])

    @property
    def format_version(self) -> int:
        return int(self.manifest["format_version"])

    @property
    def questionnaires(self) -> list[dict[str, str]]:
        """id, version, hash of each questionnaire in the package (one in format 1)."""
        if self.format_version == 1:
            return [dict(self.manifest["questionnaire"])]
        return [dict(q) for q in self.manifest["questionnaires"]]

    @property
    def evidence(self) -> list[EvidenceInfo]:
        """The evidence files the manifest lists (format 3; none before), readable without the key."""
        block = self.manifest.get("evidence")
        return [EvidenceInfo.from_manifest(item) for item in block["files"]] if isinstance(block, Mapping) else []

    @property
    def supersedes(self) -> list[str]:
        value = self.manifest.get("supersedes")
        return list(value) if isinstance(value, list) else [value] if value else []


def _safe_name(name: str) -> bool:
    return (bool(name) and not name.startswith(("/", "\\")) and "\\" not in name and ":" not in name
            and ".." not in name.split("/") and not name.endswith("/") and "\x00" not in name)


def _check_layout(data: bytes, infos: list[zipfile.ZipInfo]) -> None:
    """One reading only: the entries back to back from the first byte, the central directory right after
    them, the end record at the very end (no comment, no zip64, no data descriptors, no bytes before or
    after). A file that is two archives glued together, or that a streaming reader would read
    differently from this one, is refused."""
    end = len(data) - 22
    if end < 0 or data[end:end + 4] != b"PK\x05\x06":
        raise PackageRejected("not_a_package", say("文件尾部有多余数据或注释"))
    (disk, cd_disk, count_here, count, cd_size, cd_offset, comment_length) = struct.unpack(
        "<HHHHIIH", data[end + 4:end + 22])
    if disk or cd_disk or count_here != count or count != len(infos) or comment_length:
        raise PackageRejected("not_a_package", say("ZIP 目录异常"))
    if cd_offset + cd_size != end:
        raise PackageRejected("not_a_package", say("ZIP 目录位置异常"))
    position = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset != position or info.flag_bits & 0x8:
            raise PackageRejected("not_a_package", say("ZIP 条目位置异常"))
        header = data[position:position + 30]
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            raise PackageRejected("not_a_package", say("ZIP 条目头异常"))
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        name = data[position + 30:position + 30 + name_length]
        if name != info.filename.encode("utf-8", "replace") and name != info.filename.encode("cp437", "replace"):
            raise PackageRejected("not_a_package", say("ZIP 条目名前后不一致"))
        position += 30 + name_length + extra_length + info.compress_size
    if position != cd_offset:
        raise PackageRejected("not_a_package", say("ZIP 条目之间有多余数据"))


def _read_entries(data: bytes) -> dict[str, bytes]:
    """All entries, read with caps that do not trust the sizes the ZIP declares."""
    if len(data) > MAX_FILE_BYTES:
        raise PackageRejected("too_large", say("{count} 字节", count=len(data)))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise PackageRejected("not_a_package") from exc
    _check_layout(data, infos)
    if len(infos) > MAX_ENTRIES:
        raise PackageRejected("bad_entries", say("{count} 个条目", count=len(infos)))
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise PackageRejected("bad_entries", say("重复的条目名"))
    total = 0
    for info in infos:
        mode = info.external_attr >> 16
        if not _safe_name(info.filename) or info.is_dir() or stat.S_ISLNK(mode):
            raise PackageRejected("bad_entries", info.filename[:80])
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageRejected("bad_entries", say("{name}：不支持的压缩或加密方式", name=info.filename))
        if info.file_size > MAX_ENTRY_BYTES:
            raise PackageRejected("too_large", info.filename)
        if info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageRejected("too_large", say("{name}：压缩比异常", name=info.filename))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageRejected("too_large", say("解压后总大小超出限制"))
    entries: dict[str, bytes] = {}
    try:
        for info in infos:
            with archive.open(info) as handle:
                content = handle.read(min(info.file_size, MAX_ENTRY_BYTES) + 1)
            if len(content) != info.file_size:
                raise PackageRejected("not_a_package", info.filename)
            entries[info.filename] = content
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        if isinstance(exc, PackageRejected):
            raise
        raise PackageRejected("not_a_package", str(exc)[:60]) from exc
    return entries


def _json_object(data: bytes, reason: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constant, object_pairs_hook=unique_keys)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageRejected(reason, say("{name} 不是有效的 JSON，或有重复的字段", name=what)) from exc
    if not isinstance(value, dict):
        raise PackageRejected(reason, say("{name} 应为 JSON 对象", name=what))
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def _require(mapping: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = mapping.get(key) if isinstance(mapping, Mapping) else None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise PackageRejected("bad_manifest", f"{where}{key}")
    return value


_HEX64 = re.compile(r"[0-9a-f]{64}")
_CODE_V1 = re.compile(r"[0-9]{3}-[0-9]{3}-[0-9]{3}")
_CODE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}")
_KEY_ID = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}")


def _is_uuid4(text: Any) -> bool:
    try:
        value = uuid.UUID(str(text))
    except ValueError:
        return False
    return str(value) == text and value.version == 4


def _check_values(manifest: dict[str, Any]) -> None:
    """Formats, not just types: identifiers, digests, dates, codes, the enterprise and the districts."""
    from .. import uscc as uscc_rules
    from ..targets import plan_targets

    problems = []
    version = manifest["format_version"]
    if not _is_uuid4(manifest["package_id"]):
        problems.append("package_id")
    supersedes = manifest.get("supersedes", "missing")
    if version == 1:
        if supersedes is not None and (not _is_uuid4(supersedes) or supersedes == manifest["package_id"]):
            problems.append("supersedes")
    elif not isinstance(supersedes, list) or len(supersedes) > 64 or len(set(map(str, supersedes))) != len(
            supersedes) or not all(_is_uuid4(p) and p != manifest["package_id"] for p in supersedes):
        problems.append("supersedes")
    if not 1 <= manifest["sequence"] <= 10**6:
        problems.append("sequence")
    try:
        datetime.fromisoformat(manifest["created_at"])
    except ValueError:
        problems.append("created_at")
    if not (_CODE_V1 if version == 1 else _CODE).fullmatch(manifest["verification_code"]):
        problems.append("verification_code")
    code = manifest["enterprise"]["uscc"]
    # one written form only: a lower-case or full-width variant of a code would otherwise be a second
    # enterprise to the district (and escape the key pinned for the real one)
    if not uscc_rules.validate(code).ok or uscc_rules.normalise(code) != code:
        problems.append("enterprise.uscc")
    from ..workspace.periods import check_period, normalise_period

    if check_period(manifest["period"]) or normalise_period(manifest["period"]) != manifest["period"]:
        problems.append("period")
    districts = plan_targets().districts
    for where, value in (("enterprise.district", manifest["enterprise"]["district"]),
                         ("recipient.district", manifest["recipient"]["district"])):
        if value not in districts:
            problems.append(where)
    for where, value in (("recipient.key_id", manifest["recipient"]["key_id"]),
                         ("signer.key_id", manifest["signer"]["key_id"])):
        if not _KEY_ID.fullmatch(value):
            problems.append(where)
    questionnaires = [manifest["questionnaire"]] if version == 1 else manifest["questionnaires"]
    if not all(_HEX64.fullmatch(q["hash"]) for q in questionnaires):
        problems.append("questionnaire.hash")
    if len({q["id"] for q in questionnaires}) != len(questionnaires):
        problems.append("questionnaires")
    for entry in manifest["payload"]:
        if entry["size"] < 0 or entry["entry_size"] < 0 or not (
                _HEX64.fullmatch(entry["sha256"]) and _HEX64.fullmatch(entry["entry_sha256"])):
            problems.append(f"payload.{entry['name']}")
    if version == EVIDENCE_FORMAT_VERSION:
        problems += _evidence_problems(manifest["evidence"], {q["id"] for q in questionnaires})
    if problems:
        raise PackageRejected("bad_manifest", "、".join(problems))


HPKE_OVERHEAD = 48  # the 32-byte encapsulated key and the 16-byte AEAD tag


def _evidence_problems(block: Mapping[str, Any], questionnaires: set[str]) -> list[str]:
    """Format 3's evidence list: the limits said to the enterprise, types we accept, names already in their
    clean form, and sealed files that tile ``payload/evidence.bin`` exactly (no gap, no overlap, no tail)."""
    from ..workspace.evidence_rules import MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES, TYPES, is_clean_file_name

    files = block["files"]
    problems = []
    if not 1 <= len(files) <= MAX_FILES or sum(f["size"] for f in files) > MAX_TOTAL_BYTES:
        problems.append("evidence.files")
    if not _HEX64.fullmatch(block["entry_sha256"]):
        problems.append("evidence.entry_sha256")
    offset, seen = 0, set()
    for index, item in enumerate(files, start=1):
        where = f"evidence.{item['id']}"
        if (item["id"] != evidence_id(index) or item["offset"] != offset
                or item["sealed_size"] != item["size"] + HPKE_OVERHEAD or not 0 < item["size"] <= MAX_FILE_BYTES
                or item["media_type"] not in TYPES or item["questionnaire"] not in questionnaires
                or not 0 < len(item["question"]) <= 200 or not is_clean_file_name(item["file_name"], item["media_type"])
                or not (_HEX64.fullmatch(item["sha256"])
                                             and _HEX64.fullmatch(item["sealed_sha256"]))
                or (item["questionnaire"], item["question"], item["sha256"]) in seen):
            problems.append(where)
        seen.add((item["questionnaire"], item["question"], item["sha256"]))
        offset += item["sealed_size"]
    if offset != block["entry_size"]:
        problems.append("evidence.entry_size")
    return problems


_EVIDENCE_FIELDS = {"id": str, "questionnaire": str, "question": str, "file_name": str, "media_type": str,
                    "size": int, "sha256": str, "offset": int, "sealed_size": int, "sealed_sha256": str}


def _check_evidence_fields(manifest: Mapping[str, Any], version: int) -> None:
    if version != EVIDENCE_FORMAT_VERSION:
        if "evidence" in manifest:  # a format-2 reader would not look at it: never carried unchecked
            raise PackageRejected("bad_manifest", "evidence")
        return
    block = manifest.get("evidence")
    if not isinstance(block, Mapping) or set(block) != {"entry", "entry_size", "entry_sha256", "files"} \
            or block["entry"] != EVIDENCE_ENTRY:
        raise PackageRejected("bad_manifest", "evidence")
    _require(block, "entry_size", int, "evidence.")
    _require(block, "entry_sha256", str, "evidence.")
    for item in _require(block, "files", list, "evidence."):
        if not isinstance(item, Mapping) or set(item) != set(_EVIDENCE_FIELDS):
            raise PackageRejected("bad_manifest", "evidence.files[]")
        for key, kind in _EVIDENCE_FIELDS.items():
            _require(item, key, kind, "evidence.files[].")


def _check_manifest(manifest: dict[str, Any]) -> None:
    if manifest.get("format") != FORMAT:
        raise PackageRejected("bad_manifest", "format")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PackageRejected("bad_manifest", "format_version")
    if version not in READABLE_VERSIONS:
        readable, supported = "、".join(map(str, READABLE_VERSIONS)), ", ".join(map(str, READABLE_VERSIONS))
        if version > max(READABLE_VERSIONS):
            detail = say("该报告包为第 {version} 版格式，本软件能读取第 {readable} 版，请升级软件后再核验"
                         "（supported: {supported}）", version=version, readable=readable, supported=supported)
        else:
            detail = say("该报告包为第 {version} 版格式，本软件能读取第 {readable} 版（supported: {supported}）",
                         version=version, readable=readable, supported=supported)
        raise PackageRejected("unsupported_version", detail)
    for key in ("package_id", "created_at", "app_version", "period", "verification_code"):
        _require(manifest, key, str, "")
    _require(manifest, "sequence", int, "")
    for key in ("name", "uscc", "district"):
        _require(manifest.get("enterprise"), key, str, "enterprise.")
    # each format names its questionnaires one way only: a reader must never have to choose
    if ("questionnaires" if version == 1 else "questionnaire") in manifest:
        raise PackageRejected("bad_manifest", "questionnaire / questionnaires")
    if version == 1:
        if manifest.get("supersedes") is not None:
            _require(manifest, "supersedes", str, "")
        for key in ("id", "version", "hash"):
            _require(manifest.get("questionnaire"), key, str, "questionnaire.")
        if manifest.get("encryption") != ENCRYPTION_V1:
            raise PackageRejected("bad_manifest", "encryption")
    else:
        _require(manifest, "supersedes", list, "")
        questionnaires = _require(manifest, "questionnaires", list, "")
        if not 1 <= len(questionnaires) <= 8:
            raise PackageRejected("bad_manifest", "questionnaires")
        for item in questionnaires:
            for key in ("id", "version", "hash"):
                _require(item, key, str, "questionnaires[].")
        _require(manifest.get("signer"), "public_key", str, "signer.")
        if manifest.get("encryption") != ENCRYPTION:
            raise PackageRejected("bad_manifest", "encryption")
    for key in ("district", "key_id"):
        _require(manifest.get("recipient"), key, str, "recipient.")
    _require(manifest.get("signer"), "key_id", str, "signer.")
    payload = manifest.get("payload")
    if not isinstance(payload, list) or [p.get("name") if isinstance(p, Mapping) else None for p in payload] != list(
            PAYLOAD_FILES):
        raise PackageRejected("bad_manifest", "payload")
    for entry in payload:
        for key in ("size", "entry_size"):
            _require(entry, key, int, "payload.")
        for key in ("sha256", "entry_sha256", "entry", "media_type"):
            _require(entry, key, str, "payload.")
        if entry["entry"] != payload_entry(entry["name"]):
            raise PackageRejected("bad_manifest", f"payload.entry {entry['entry']}")
    _check_evidence_fields(manifest, version)
    _check_values(manifest)


def _check_signature(entries: Mapping[str, bytes], manifest: Mapping[str, Any], manifest_bytes: bytes) -> bytes:
    """The signer's public key, once the signature over the exact manifest bytes has verified."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from ..keys import KeyProblem, unb64

    signature = _json_object(entries[SIGNATURE], "bad_signature", SIGNATURE)
    try:
        if manifest["format_version"] == 1:
            if signature.get("format") != SIGNATURE_FORMAT_V1 or signature.get("payload_type") != PAYLOAD_TYPE_V1:
                raise PackageRejected("bad_signature", say("签名格式或载荷类型不对"))
            signed_type, key_id = PAYLOAD_TYPE_V1, signature.get("key_id")
            public = unb64(signature.get("public_key"), say("公钥"))
            sig = unb64(signature.get("signature"), say("签名"))
        else:
            # a DSSE envelope: exactly payload, payloadType and one signature, the payload being the manifest
            signatures = signature.get("signatures")
            expected_type = payload_type(manifest["format_version"])
            if (set(signature) != {"payload", "payloadType", "signatures"}
                    or signature["payloadType"] != expected_type
                    or not isinstance(signatures, list) or len(signatures) != 1
                    or not isinstance(signatures[0], Mapping) or set(signatures[0]) != {"keyid", "sig"}):
                raise PackageRejected("bad_signature", say("签名不是约定格式的 DSSE 信封"))
            if unb64(signature["payload"], say("签名载荷")) != manifest_bytes:
                raise PackageRejected("bad_signature", say("签名信封中的清单与 manifest.json 不一致"))
            signed_type, key_id = expected_type, signatures[0]["keyid"]
            public = unb64(manifest["signer"]["public_key"], say("公钥"))
            sig = unb64(signatures[0]["sig"], say("签名"))
    except KeyProblem as exc:
        raise PackageRejected("bad_signature", say("签名数据格式不对")) from exc
    if len(public) != 32 or len(sig) != 64:
        raise PackageRejected("bad_signature", say("签名数据长度不对"))
    fingerprint_id = fingerprint(public)
    if key_id != fingerprint_id or manifest["signer"]["key_id"] != fingerprint_id:
        raise PackageRejected("bad_signature", say("签名者密钥编号与公钥不符"))
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(sig, pae(signed_type, manifest_bytes))
    except (InvalidSignature, ValueError) as exc:
        raise PackageRejected("bad_signature") from exc
    return public


def expected_code(manifest: Mapping[str, Any]) -> str:
    by_name = {p["name"]: p for p in manifest["payload"]}
    answers, scores = by_name["answers.json"]["sha256"], by_name["scores.json"]["sha256"]
    if manifest["format_version"] == 1:
        return verification_code_v1(manifest["package_id"], manifest["signer"]["key_id"], answers, scores)
    return verification_code(manifest["package_id"], manifest["signer"]["public_key"], answers, scores)


def open_package(data: bytes) -> tuple[VerifiedPackage, dict[str, bytes]]:
    """Everything that can be checked without the district key; returns the verified header and entries."""
    entries = _read_entries(data)
    if MANIFEST not in entries or SIGNATURE not in entries:
        raise PackageRejected("bad_entries", say("缺少 manifest.json 或 signature.json"))
    manifest_bytes = entries[MANIFEST]
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise PackageRejected("too_large", MANIFEST)
    manifest = _json_object(manifest_bytes, "bad_manifest", MANIFEST)
    if canonical_json(manifest) != manifest_bytes:
        raise PackageRejected("bad_manifest", say("清单不是规范格式（键排序、无空白的 UTF-8 JSON）"))
    _check_manifest(manifest)
    expected = {MANIFEST, SIGNATURE} | {p["entry"] for p in manifest["payload"]}
    if "evidence" in manifest:
        expected.add(EVIDENCE_ENTRY)
    if set(entries) != expected:
        extra = sorted(set(entries) - expected)
        missing = sorted(expected - set(entries))
        raise PackageRejected("bad_entries", say("多余：{extra} 缺少：{missing}", extra=str(extra),
                                                 missing=str(missing)))
    public = _check_signature(entries, manifest, manifest_bytes)
    for item in manifest["payload"]:
        blob = entries[item["entry"]]
        if len(blob) != item["entry_size"] or sha256_hex(blob) != item["entry_sha256"]:
            raise PackageRejected("hash_mismatch", item["entry"])
    verified = VerifiedPackage(manifest, manifest_bytes, fingerprint(public), public)
    _check_sealed_evidence(verified, entries)
    if expected_code(manifest) != manifest["verification_code"]:
        raise PackageRejected("bad_manifest", "verification_code")
    return verified, entries


def _check_sealed_evidence(verified: VerifiedPackage, entries: Mapping[str, bytes]) -> None:
    """The sealed evidence bytes are the ones signed for; a mismatch names the first file that differs
    (a flipped byte, two files swapped, one taken out or one added all show there)."""
    block = verified.manifest.get("evidence")
    if not isinstance(block, Mapping):
        return
    blob = entries[EVIDENCE_ENTRY]
    if len(blob) == block["entry_size"] and sha256_hex(blob) == block["entry_sha256"]:
        return
    for info in verified.evidence:
        part = blob[info.offset:info.offset + info.sealed_size]
        if len(part) != info.sealed_size or sha256_hex(part) != info.sealed_sha256:
            raise PackageRejected("hash_mismatch", info.describe())
    raise PackageRejected("hash_mismatch", say("佐证材料的加密数据多出或缺少内容"))


def open_evidence(verified: VerifiedPackage, entries: Mapping[str, bytes], district_key_id: str,
                  private_key: X25519PrivateKey) -> tuple[EvidenceContent, ...]:
    """Every evidence file opened with the district key, each checked against the manifest (size, SHA-256)
    and its type checked by content, as the enterprise's app checked it when it was attached."""
    from ..workspace.evidence_rules import detect_media_type

    if not verified.evidence:
        return ()
    suite = hpke_suite()
    blob = entries[EVIDENCE_ENTRY]
    opened = []
    for info in verified.evidence:
        sealed = blob[info.offset:info.offset + info.sealed_size]
        try:
            data = suite.decrypt(sealed, private_key, info=hpke_info(
                verified.package_id, info.id, verified.signer_key_id, district_key_id, verified.format_version))
        except Exception as exc:  # cryptography raises InvalidTag or ValueError for any bad ciphertext
            raise PackageRejected("decrypt_failed", info.describe()) from exc
        if len(data) != info.size or sha256_hex(data) != info.sha256:
            raise PackageRejected("payload_mismatch", info.describe())
        if detect_media_type(data) != info.media_type:
            raise PackageRejected("payload_mismatch", say("{file}不是清单所写的文件类型，或是不允许的类型",
                                                          file=info.describe()))
        opened.append(EvidenceContent(info, data))
    return tuple(opened)


ADVICE_FIELDS = ("recommendations", "warnings", "checks")


# What a benchmark's result says about the *answers* (the rest — target, verdict, gap, name and wording — is
# what the policy edition of the period says, and an enterprise on an older release, or a district that loaded
# the city's edition, compares with another edition: those fields are not compared; the figure must match).
ANSWER_FIELDS = ("module_id", "title", "kind", "status", "status_label", "reason", "missing", "benchmark", "figure",
                 "figure_percent", "caliber", "details")
EDITION_FIELDS = ("target", "target_percent", "target_label", "comparison", "met", "verdict", "gap_points",
                  "gap_text", "figure_text", "scope", "note", "basis", "source", "confidence", "reference_only",
                  "name")  # documented; anything not in ANSWER_FIELDS is left out


def comparable_scores(scores: Mapping[str, Any]) -> bytes:
    """The part of one questionnaire's scores that re-scoring must reproduce exactly. Recommendations,
    notes and consistency findings are advice derived from the answers, worded by the app version that
    wrote them (the district shows its own), so they are not compared; nor is what the policy edition of
    the period says (the district compares with its own edition, see EDITION_FIELDS)."""
    return canonical_json(reproducible_part(scores))


def reproducible_part(scores: Mapping[str, Any]) -> dict[str, Any]:
    """One questionnaire's scores without advice and without what the policy edition says (see above)."""
    kept = {k: v for k, v in scores.items() if k not in ADVICE_FIELDS and k != "edition"}
    modules = kept.get("modules")
    if isinstance(modules, list):
        kept["modules"] = [{k: v for k, v in m.items() if k in ANSWER_FIELDS}
                           if isinstance(m, Mapping) and m.get("kind") == "benchmark" else m for m in modules]
    return kept


def decrypt_and_check(verified: VerifiedPackage, entries: Mapping[str, bytes], district_key_id: str,
                      private_key: X25519PrivateKey, district_name: str | None = None,
                      editions: tuple[PolicyEdition, ...] = ()) -> VerifiedPackage:
    """Decrypt with the district key and check every payload hash, the identity and the scores."""
    manifest = verified.manifest
    version = verified.format_version
    if manifest["recipient"]["key_id"] != district_key_id or (
            district_name is not None and manifest["recipient"]["district"] != district_name):
        raise PackageRejected("wrong_recipient", say("报告包发给 {district}（{key_id}）",
                                                     district=manifest["recipient"]["district"],
                                                     key_id=manifest["recipient"]["key_id"]))
    suite = hpke_suite()
    plain: dict[str, bytes] = {}
    for item in manifest["payload"]:
        try:
            info = hpke_info(manifest["package_id"], item["name"], verified.signer_key_id, district_key_id, version)
            data = suite.decrypt(entries[item["entry"]], private_key, info=info)
        except Exception as exc:  # cryptography raises InvalidTag or ValueError for any bad ciphertext
            raise PackageRejected("decrypt_failed", item["name"]) from exc
        if len(data) != item["size"] or sha256_hex(data) != item["sha256"]:
            raise PackageRejected("payload_mismatch", item["name"])
        plain[item["name"]] = data
    answers = _json_object(plain["answers.json"], "bad_answers", "answers.json")
    scores = _json_object(plain["scores.json"], "payload_mismatch", "scores.json")
    if version == 1:
        rescored = _rescore_part(answers, scores, manifest, verified.questionnaires[0], editions)
    else:
        rescored = _rescore_submission(answers, scores, manifest, editions)
    if not plain["report.pdf"].startswith(b"%PDF"):
        raise PackageRejected("payload_mismatch", "report.pdf")
    evidence = open_evidence(verified, entries, district_key_id, private_key)
    _check_evidence_questions(verified)
    payload = DecryptedPayload(answers, scores, plain["report.pdf"], rescored, evidence)
    return VerifiedPackage(verified.manifest, verified.manifest_bytes, verified.signer_key_id,
                           verified.signer_public_key, payload)


def _check_evidence_questions(verified: VerifiedPackage) -> None:
    """Each evidence file supports a question that its questionnaire has."""
    if not verified.evidence:
        return
    from ..questionnaire.loader import get_questionnaire

    refs = {q["id"]: q for q in verified.questionnaires}
    for info in verified.evidence:
        ref = refs[info.questionnaire]  # re-scoring found this very definition installed
        questionnaire = get_questionnaire(ref["id"], ref["version"])
        if not questionnaire.has_question(info.question):
            raise PackageRejected("bad_manifest", say("{file}所附的题目在问卷中没有", file=info.describe()))


def _shortened(exc: BaseException, limit: int) -> str:
    """``str(exc)[:limit]``, kept whole as the core's message (translatable) when it is one and fits."""
    text = str(exc)
    first = exc.args[0] if len(exc.args) == 1 else None
    if isinstance(first, Said) and first == text and len(text) <= limit:
        return first
    return text[:limit]


def _parse_part(answers: Mapping[str, Any]) -> AnswersDocument:
    from ..answers_file import AnswersFileError, parse_answers

    try:
        return parse_answers(answers, say("报告包中的答案"))
    except AnswersFileError as exc:
        reason = "unknown_questionnaire" if "没有问卷" in str(exc) or "不同" in str(exc) else "bad_answers"
        raise PackageRejected(reason, _shortened(exc, 200)) from exc


def _same_identity(document: AnswersDocument, manifest: Mapping[str, Any], ref: Mapping[str, str]) -> bool:
    q = document.questionnaire
    return (all(document.enterprise.get(k) == manifest["enterprise"][k] for k in ("name", "uscc", "district"))
            and document.period == manifest["period"]
            and (q.id, q.version, q.content_hash) == (ref["id"], ref["version"], ref["hash"]))


def _score_part(document: AnswersDocument, editions: tuple[PolicyEdition, ...] = ()) -> dict[str, Any]:
    """Our own scoring, against the policy edition of the document's period (``editions``: those the district
    loaded from the city, which win over the shipped ones). Without recommendations: they are advice to the
    enterprise, never compared (ADVICE_FIELDS) and never shown by the district, and writing them was a
    quarter of the scoring time of an import."""
    from ..policy import edition_for_period
    from ..scoring.engine import AnswersInvalid, score

    try:
        return score(document.questionnaire, document.answers, edition=edition_for_period(document.period, editions),
                     with_recommendations=False).to_dict()
    except AnswersInvalid as exc:
        raise PackageRejected("bad_answers", _shortened(exc, 200)) from exc


def _rescore_part(answers: Mapping[str, Any], scores: Mapping[str, Any], manifest: Mapping[str, Any],
                  ref: Mapping[str, str], editions: tuple[PolicyEdition, ...] = ()) -> dict[str, Any]:
    """Format 1: one answers document; our re-scoring must equal the stated scores."""
    document = _parse_part(answers)
    if not _same_identity(document, manifest, ref):
        raise PackageRejected("identity_mismatch")
    rescored = _score_part(document, editions)
    if comparable_scores(rescored) != comparable_scores(scores):
        raise PackageRejected("rescore_mismatch")
    return rescored


def _rescore_submission(answers: Mapping[str, Any], scores: Mapping[str, Any],
                        manifest: Mapping[str, Any], editions: tuple[PolicyEdition, ...] = ()) -> dict[str, Any]:
    """Format 2: every questionnaire of the submission, in the manifest's order; each re-scored."""
    from ..questionnaire.consistency import submission_findings

    if answers.get("format") != ANSWERS_FORMAT or not isinstance(answers.get("parts"), list):
        raise PackageRejected("bad_answers", say("answers.json 不是报送答案文件"))
    if scores.get("format") != SCORES_FORMAT or not isinstance(scores.get("parts"), list):
        raise PackageRejected("payload_mismatch", say("scores.json 不是报送计分文件"))
    refs = manifest["questionnaires"]
    if len(answers["parts"]) != len(refs) or len(scores["parts"]) != len(refs):
        raise PackageRejected("identity_mismatch", say("问卷份数与清单不符"))
    enterprise = answers.get("enterprise")
    if answers.get("period") != manifest["period"] or not isinstance(enterprise, Mapping) or any(
            enterprise.get(k) != manifest["enterprise"][k] for k in ("name", "uscc", "district")):
        raise PackageRejected("identity_mismatch")
    documents, rescored_parts = [], []
    for part, stated, ref in zip(answers["parts"], scores["parts"], refs, strict=True):
        if not isinstance(stated, Mapping):
            raise PackageRejected("payload_mismatch", "scores.json")
        named = part.get("questionnaire") if isinstance(part, Mapping) else None
        # each part names its definition exactly as the manifest does (never "the newest installed")
        if not isinstance(named, Mapping) or any(named.get(k) != ref[k] for k in ("id", "version", "hash")):
            raise PackageRejected("identity_mismatch", say("问卷版本与清单不符"))
        document = _parse_part(part)
        if not _same_identity(document, manifest, ref):
            raise PackageRejected("identity_mismatch")
        rescored = _score_part(document, editions)
        if comparable_scores(rescored) != comparable_scores(stated):
            raise PackageRejected("rescore_mismatch", document.questionnaire.short_title)
        documents.append(document)
        rescored_parts.append(rescored)
    try:
        cross = submission_findings([(d.questionnaire, d.answers) for d in documents], cross_only=True)
    except (ArithmeticError, TypeError, ValueError) as exc:  # advice only: never a reason to crash
        raise PackageRejected("bad_answers", type(exc).__name__) from exc
    return {"format": SCORES_FORMAT, "period": manifest["period"], "parts": rescored_parts,
            "cross_checks": [f.to_dict() for f in cross]}


def verify_bytes(data: bytes, district_key_id: str | None = None, private_key: X25519PrivateKey | None = None, *,
                 district_name: str | None = None, expected_key: str | None = None,
                 editions: tuple[PolicyEdition, ...] = ()) -> VerifiedPackage:
    """Verify a package. The signature proves who signed it; whether that key is the enterprise's is
    decided by ``expected_key`` (the fingerprint on the stamped paper report, or the district's pinned
    key) — without it, a genuine signature by an unknown key still verifies."""
    verified, entries = open_package(data)
    if expected_key is not None and verified.signer_key_id != expected_key.strip().upper():
        raise PackageRejected("unexpected_key", say("签名密钥 {key_id}，预期 {expected}", key_id=verified.signer_key_id,
                                                    expected=expected_key))
    if private_key is None:
        return verified
    return decrypt_and_check(verified, entries, str(district_key_id), private_key, district_name, editions)


def read_package_file(path: Path) -> bytes:
    """The file's bytes, reading at most the size limit (a device or pipe must not exhaust memory)."""
    from ..fileio import read_at_most

    data = read_at_most(path, MAX_FILE_BYTES, say("报告包文件"))
    if len(data) > MAX_FILE_BYTES:
        raise PackageRejected("too_large", say("超过 {size} MB", size=MAX_FILE_BYTES // 1024 // 1024))
    return data
