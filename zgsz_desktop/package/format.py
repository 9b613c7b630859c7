"""The report package format (``zgsz-package``): names, limits, signing and encryption parameters, and the
typed rejection. ``docs/package-format.md`` is the specification.

Format 2 (written by this release): one package per submission (报送) — one enterprise, one period, every
questionnaire of the submission. A ZIP (entries stored) holding exactly:

* ``manifest.json``  — routing and contents (readable without any key), canonical UTF-8 JSON;
* ``signature.json`` — a standard DSSE envelope (in-toto / securesystemslib read it) whose payload is
  exactly the manifest bytes, signed with the enterprise's Ed25519 key;
* ``payload/answers.json.hpke``, ``payload/scores.json.hpke``, ``payload/report.pdf.hpke`` — each file
  sealed separately to the district's X25519 key with HPKE (RFC 9180, base mode, KEM 0x0020, KDF 0x0001,
  AEAD 0x0003), ``info`` binding package, file, signer and recipient.

Format 3 (written when the submission carries evidence files, 佐证材料): format 2 plus
``payload/evidence.bin``, each file sealed on its own like the others and listed in the manifest's
``evidence`` (question, file name, type, size and SHA-256 before and after sealing). A submission without
evidence stays format 2, so a district that has not upgraded still reads it.

Format 1 (release 0.1: one package per questionnaire, a bare signature object) is still read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..errors import UserError
from ..messages import say
from ..signed_files import pae as pae  # one DSSE encoding for packages and the files that go back

FORMAT = "zgsz-package"
FORMAT_VERSION = 2  # what this release writes for a submission without evidence files
EVIDENCE_FORMAT_VERSION = 3  # … and with evidence files (佐证材料): format 2 plus the sealed files
READABLE_VERSIONS = (1, 2, 3)
SUFFIX = ".zgsz"
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
PAYLOAD_TYPE = "application/vnd.zgsz.manifest+json; version=2"
PAYLOAD_TYPE_V3 = "application/vnd.zgsz.manifest+json; version=3"
# Format 3: every evidence file sealed on its own, the sealed files back to back in this one entry (one entry
# whatever their number: the container stays inside the limits every earlier reader applies, so such a reader
# gets as far as the format version and says 请升级 rather than calling the package damaged).
EVIDENCE_ENTRY = "payload/evidence.bin"
# HPKE suite by its RFC 9180 registry ids: mode_base, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305
ENCRYPTION = {"scheme": "hpke", "rfc": 9180, "mode": 0, "kem_id": 0x0020, "kdf_id": 0x0001, "aead_id": 0x0003}
ANSWERS_FORMAT = "zgsz-submission-answers/1"
SCORES_FORMAT = "zgsz-submission-scores/1"

# Format 1 (release 0.1), read only.
PAYLOAD_TYPE_V1 = "application/vnd.zgsz.manifest+json; version=1"
SIGNATURE_FORMAT_V1 = "zgsz-signature/1"
ENCRYPTION_V1 = "HPKE-base/DHKEM-X25519-HKDF-SHA256/HKDF-SHA256/ChaCha20-Poly1305"
PAYLOAD_FILES = ("answers.json", "scores.json", "report.pdf")
MEDIA_TYPES = {"answers.json": "application/json", "scores.json": "application/json", "report.pdf": "application/pdf"}

# Reading limits (this code faces files from outside).
MAX_ENTRIES = 16
MAX_ENTRY_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 256 * 1024
MAX_RATIO = 50  # uncompressed / compressed, per entry (we store, so 1)
MAX_FILE_BYTES = 80 * 1024 * 1024


def payload_type(version: int) -> str:
    return PAYLOAD_TYPE_V3 if version == EVIDENCE_FORMAT_VERSION else PAYLOAD_TYPE


def evidence_id(index: int) -> str:
    """``evidence/001``: the name an evidence file is sealed under (its position, not its file name)."""
    return f"evidence/{index:03d}"


def payload_entry(name: str) -> str:
    return f"payload/{name}.hpke"


def hpke_info(package_id: str, name: str, signer_key_id: str, recipient_key_id: str, version: int = FORMAT_VERSION
              ) -> bytes:
    """Binds each sealed file to its package, its name, its signer and its recipient: sealed content
    copied into a package signed by someone else no longer opens."""
    return f"zgsz-package/{version}|{package_id}|{name}|{signer_key_id}|{recipient_key_id}".encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


CODE_CHARACTERS = 20  # × 5 bits = 100 bits: no forged package can be made to match it by trial


def verification_code(package_id: str, signer_public_b64: str, answers_sha256: str, scores_sha256: str) -> str:
    """The code printed on the paper report (format 2): 100 bits of SHA-256 over the package id, the
    signer's whole public key and the hashes of the answers and scores (not the PDF, which carries the
    code), in Crockford base32 as ``XXXX-XXXX-XXXX-XXXX-XXXX`` (no I, L, O, U: easy to read aloud)."""
    from ..keys import base32_crockford

    digest = hashlib.sha256(
        f"zgsz-code/2|{package_id}|{signer_public_b64}|{answers_sha256}|{scores_sha256}".encode()).digest()
    text = base32_crockford(digest[:(CODE_CHARACTERS * 5 + 7) // 8])[:CODE_CHARACTERS]
    return "-".join(text[i:i + 4] for i in range(0, CODE_CHARACTERS, 4))


def verification_code_v1(package_id: str, signer_key_id: str, answers_sha256: str, scores_sha256: str) -> str:
    """The 9-digit code of format 1 (release 0.1), still checked on its packages."""
    digest = hashlib.sha256(
        f"zgsz-code/1|{package_id}|{signer_key_id}|{answers_sha256}|{scores_sha256}".encode()).digest()
    number = int.from_bytes(digest[:8], "big") % 10**9
    text = f"{number:09d}"
    return f"{text[:3]}-{text[3:6]}-{text[6:]}"


def normalise_code(text: str) -> str:
    """A code as typed from paper: full-width characters, spaces and dashes, lower case and the letters
    Crockford base32 reads as digits (O → 0, I/L → 1) all fold to one form."""
    import unicodedata

    folded = unicodedata.normalize("NFKC", text).upper()
    folded = folded.translate(str.maketrans("OIL", "011"))
    return "".join(ch for ch in folded if ch.isalnum())


# Reason codes: stable identifiers a district batch tool can count and filter on.
REASONS: dict[str, tuple[str, str]] = {
    "not_a_package": (say("不是报告包文件，或文件已损坏（可能没有复制完整）"),
                      "not a report package, or the file is damaged"),
    "too_large": (say("报告包大小异常（超出限制），已拒绝"), "package exceeds size limits"),
    "bad_entries": (say("报告包中的文件名单异常（多余、缺少、重复、路径不安全或链接）"),
                    "unexpected, missing, duplicate, unsafe-path or link entries"),
    "unsupported_version": (say("报告包格式版本不受支持，请升级软件"), "unsupported package format version"),
    "bad_manifest": (say("报告包清单格式不对"), "malformed manifest"),
    "bad_signature": (say("签名无效：报告包内容被修改过，或不是由声明的企业密钥签署"),
                      "signature invalid: the package was modified or not signed by the stated key"),
    "hash_mismatch": (say("报告包中的加密数据与清单不符（被修改或损坏）"),
                      "encrypted payload does not match the manifest"),
    "wrong_recipient": (say("报告包不是发给本区县密钥的"), "package is addressed to another district key"),
    "decrypt_failed": (say("无法解密报告包内容（密钥不对或数据被修改）"), "payload could not be decrypted"),
    "payload_mismatch": (say("解密后的内容与清单中的校验值不符"), "decrypted payload does not match the manifest"),
    "unknown_questionnaire": (say("报告包所用问卷版本本软件中没有，请升级软件"), "questionnaire version not installed"),
    "bad_answers": (say("报告包中的答案不符合问卷要求"), "answers do not fit the questionnaire"),
    "rescore_mismatch": (say("报告包中的计分结果与重新计分不一致（可能被篡改）"),
                         "stated scores differ from re-scoring"),
    "identity_mismatch": (say("报告包内外的企业、地区、评估期或问卷信息不一致"), "inner and outer identity disagree"),
    "unexpected_key": (say("签名密钥不是预期的企业密钥（与盖章纸质报告或已登记的指纹不符）"),
                       "signed by a key other than the expected one"),
}


class PackageRejected(UserError, ValueError):
    """A package failed verification: ``reason`` is a code from :data:`REASONS`."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason = reason
        self.zh, self.en = REASONS[reason]
        self.detail = detail
        if detail:
            message = say("{problem}：{detail}（{reason}: {english}）", problem=self.zh, detail=detail, reason=reason,
                          english=self.en)
        else:
            message = say("{problem}（{reason}: {english}）", problem=self.zh, reason=reason, english=self.en)
        super().__init__(message)


@dataclass(frozen=True)
class PayloadFile:
    name: str
    data: bytes
