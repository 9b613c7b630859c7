"""Receipt files (回执, ``.zgszreceipt``): the district's signed answer to an enterprise's packages.

One file per enterprise (so an office can e-mail each its own), holding one item per package answered. The file is
a signed file (``zgsz_desktop/signed_files.py``, payload type :data:`PAYLOAD_TYPE`) signed with the district's
signing key; each item's decision (已受理 / 退回修改 and the reasons, each pointing at a question) is sealed with
HPKE to the enterprise's key — the X25519 form of the Ed25519 key that signed the package
(``keys.enterprise_receipt_public``) — so only that enterprise reads it, while anyone can check the signature and
see to whom and about which package it was written. ``docs/signed-files.md`` §2 is the specification.

**Which district?** The signing key alone proves nothing: anyone can make a key pair and call it 海安市. Each item
therefore carries a ``binding``: an HMAC-SHA256 over the receipt's identifiers (its id, the package, both district
keys and the addressee) under a key that only the holder of the district's *encryption* key and the enterprise can
compute — HKDF-SHA256 over the X25519 shared secret of the district's key (the one the package was sealed to) and
the enterprise's receipt key (the static-static construction of HPKE's Auth mode and Noise's K pattern, from
standard primitives). An enterprise that checks the binding against the key it sealed its package to knows the
receipt — and the signing key that signed it — came from that district, whatever recipient file it holds.

Signed content::

    {"format": "zgsz-receipt/1", "receipt_id": "<uuid4>", "issued_at": "<ISO time>",
     "district": "海安市", "district_key_id": "<the district key packages are sealed to>",
     "enterprise": {"uscc": "…", "name": "…"},
     "items": [{"package_id", "package_sha256", "period", "sequence", "addressee_key_id", "sealed", "binding"}],
     "signer": {"key_id": "<district signing key id>", "public_key": "…"}}

Sealed decision (canonical JSON; ``info`` = ``zgsz-receipt/1|<receipt_id>|<package_id>|<signer key id>|
<addressee key id>``)::

    {"status": "accepted" | "returned", "reasons": [{"questionnaire", "question", "question_text", "reason"}],
     "note": "…", "clerk": "…", "contact": "…", "decided_at": "<ISO time>", "nonce": "<16 random bytes, base64>"}
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..jsontypes import JSONValue
from ..keys import KeyProblem, Recipient, b64, enterprise_receipt_private, enterprise_receipt_public
from ..messages import say
from ..signed_files import SignedFileError, canonical_json, open_sealed, read_signed, seal, sign_file
from ..text import visible

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ..keys import UnlockedDistrictKey

RECEIPT_FORMAT = "zgsz-receipt/1"
PAYLOAD_TYPE = "application/vnd.zgsz.receipt+json; version=1"
SUFFIX = ".zgszreceipt"
WHAT = say("回执")
STATUSES = ("accepted", "returned")
STATUS_LABELS = {"accepted": say("已受理"), "returned": say("退回修改")}
MAX_ITEMS = 200
MAX_REASONS = 500
MAX_TEXT = 2000  # characters of one reason or note


@dataclass(frozen=True)
class Reason:
    questionnaire: str  # questionnaire id ('' for the submission as a whole)
    question: str  # question id ('' for the questionnaire as a whole)
    question_text: str  # as the clerk saw it, so the enterprise reads the same words
    reason: str

    def to_json(self) -> dict[str, JSONValue]:
        return {"questionnaire": self.questionnaire, "question": self.question, "question_text": self.question_text,
                "reason": self.reason}


@dataclass(frozen=True)
class Decision:
    """What the district decided about one package."""

    status: str  # accepted | returned
    reasons: tuple[Reason, ...] = ()
    note: str = ""
    clerk: str = ""
    contact: str = ""
    decided_at: str = ""

    def to_json(self) -> dict[str, JSONValue]:
        return {"status": self.status, "reasons": [r.to_json() for r in self.reasons], "note": self.note,
                "clerk": self.clerk, "contact": self.contact, "decided_at": self.decided_at}


@dataclass(frozen=True)
class ReceiptItem:
    """The routing of one answered package (readable without a key) and, once opened, its decision."""

    package_id: str
    package_sha256: str
    period: str
    sequence: int
    addressee_key_id: str  # the enterprise key that signed the package
    sealed: str = ""
    decision: Decision | None = None
    binding: str = ""  # HMAC under the district's and the enterprise's X25519 shared secret (module docstring)


@dataclass(frozen=True)
class ToIssue:
    """One package to answer: its routing (from the district database) and the decision."""

    package_id: str
    package_sha256: str
    period: str
    sequence: int
    addressee_public: bytes  # the Ed25519 public key that signed the package (manifest signer)
    decision: Decision


@dataclass(frozen=True)
class ReceiptFile:
    receipt_id: str
    issued_at: str
    district: str
    district_key_id: str
    signer_key_id: str
    signer_public: bytes
    enterprise_uscc: str
    enterprise_name: str
    items: tuple[ReceiptItem, ...]
    sha256: str
    data: bytes = field(repr=False, default=b"")


def _info(receipt_id: str, package_id: str, signer_key_id: str, addressee_key_id: str) -> bytes:
    return f"{RECEIPT_FORMAT}|{receipt_id}|{package_id}|{signer_key_id}|{addressee_key_id}".encode()


BINDING_LABEL = b"zgsz-receipt-binding/1"


def _binding_mac(shared_secret: bytes, receipt_id: str, package_id: str, district_key_id: str, signer_key_id: str,
                 addressee_key_id: str) -> bytes:
    from cryptography.hazmat.primitives import hashes, hmac
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=BINDING_LABEL).derive(shared_secret)
    mac = hmac.HMAC(key, hashes.SHA256())
    mac.update(BINDING_LABEL + b"|" + "|".join(
        (receipt_id, package_id, district_key_id, signer_key_id, addressee_key_id)).encode())
    return mac.finalize()


def build_receipt_file(district: UnlockedDistrictKey, enterprise: Mapping[str, str], items: Sequence[ToIssue],
                       issued_at: str) -> bytes:
    """The bytes of one enterprise's receipt file (``enterprise``: uscc, name)."""
    from ..keys import fingerprint

    if not items or len(items) > MAX_ITEMS:
        raise ValueError("a receipt file answers 1 to MAX_ITEMS packages")
    for item in items:
        if item.decision.status not in STATUSES:
            raise ValueError(f"unknown status {item.decision.status!r}")
    receipt_id = str(uuid.uuid4())
    signer_key_id = district.signing_key_id
    written = []
    for item in items:
        addressee = fingerprint(item.addressee_public)
        body = canonical_json({**item.decision.to_json(), "nonce": b64(os.urandom(16))})
        addressee_receipt_key = enterprise_receipt_public(item.addressee_public)
        binding = _binding_mac(district.decryption.exchange(addressee_receipt_key), receipt_id, item.package_id,
                               district.recipient.key_id, signer_key_id, addressee)
        written.append({"package_id": item.package_id, "package_sha256": item.package_sha256, "period": item.period,
                        "sequence": item.sequence, "addressee_key_id": addressee,
                        "sealed": seal(body, addressee_receipt_key,
                                       _info(receipt_id, item.package_id, signer_key_id, addressee)),
                        "binding": b64(binding)})
    content: dict[str, JSONValue] = {
        "format": RECEIPT_FORMAT, "receipt_id": receipt_id, "issued_at": issued_at,
        "district": district.recipient.district, "district_key_id": district.recipient.key_id,
        "enterprise": {"uscc": enterprise["uscc"], "name": enterprise["name"]}, "items": written}
    return sign_file(content, PAYLOAD_TYPE, district.signing)


def _text(value: JSONValue, limit: int = MAX_TEXT) -> str:
    """Text from the file as it may be shown: hidden and control characters written out, length bounded."""
    if not isinstance(value, str):
        raise SignedFileError("bad_content", say("回执内容格式不对"))
    return visible(value, limit)


def read_receipt_file(data: bytes, trusted: Callable[[str], Recipient | None]) -> ReceiptFile:
    """Check a receipt file: its shape, its signature, and that the signing key is the district's — ``trusted``
    gives the recipient file this workspace trusts for a district key id (or None). The decisions stay sealed
    (:func:`open_item`)."""
    signed = read_signed(data, PAYLOAD_TYPE, RECEIPT_FORMAT, WHAT)
    content = signed.content
    try:
        district_key_id = str(content["district_key_id"])
        enterprise = content["enterprise"]
        raw_items = content["items"]
        if not isinstance(enterprise, dict) or not isinstance(raw_items, list) or not 1 <= len(raw_items) <= MAX_ITEMS:
            raise TypeError
        items = []
        for raw in raw_items:
            if not isinstance(raw, dict):
                raise TypeError
            sequence = raw["sequence"]
            if not isinstance(sequence, int) or isinstance(sequence, bool):
                raise TypeError
            items.append(ReceiptItem(str(raw["package_id"]), str(raw["package_sha256"]), _text(raw["period"], 40),
                                     sequence, str(raw["addressee_key_id"]), str(raw["sealed"]),
                                     binding=str(raw["binding"])))
        receipt = ReceiptFile(str(content["receipt_id"]), str(content["issued_at"]), _text(content["district"], 40),
                              district_key_id, signed.signer_key_id, signed.signer_public,
                              _text(enterprise["uscc"], 40), _text(enterprise["name"], 200), tuple(items),
                              signed.sha256, data)
    except (KeyError, TypeError) as exc:
        raise SignedFileError("bad_content", say("回执内容不完整或格式不对")) from exc
    recipient = trusted(district_key_id)
    if recipient is None:
        raise SignedFileError("wrong_key", say(
            "无法核对这份回执：本软件中没有{district}编号为 {key} 的区县文件"
            "（区县工信部门发给企业、用来加密报告包的公开文件）。"
            "请向区县工信部门索取最新的区县文件（.zgszkey），与回执一起导入",
            district=receipt.district, key=district_key_id))
    # the signing key need not be known beforehand: each item's binding (checked when it is opened) proves it is
    # the district's; a signing key the trusted file does name must be the one that signed
    if (recipient.signing_raw is not None and recipient.signing_key_id != signed.signer_key_id) \
            or recipient.district != receipt.district:
        raise SignedFileError("wrong_key", say(
            "这份回执不是由{district}工信部门的密钥签发的（签名密钥 {key} 与区县文件不符），不能使用。"
            "请与区县工信部门电话核对", district=recipient.district, key=signed.signer_key_id))
    return receipt


def open_item(receipt: ReceiptFile, item: ReceiptItem, signing_private: Ed25519PrivateKey,
              district: Recipient) -> ReceiptItem:
    """The item with its decision, opened with the enterprise's signing key (the one that signed the package),
    after its binding proved it came from ``district`` — the district key the package was sealed to."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import constant_time

    from ..keys import fingerprint, raw_public, unb64

    if fingerprint(raw_public(signing_private)) != item.addressee_key_id:
        raise SignedFileError("not_for_you", say(
            "这份回执是写给另一个签名密钥（{key}）的，不是本工作区的密钥", key=item.addressee_key_id))
    if district.key_id != receipt.district_key_id:
        raise ValueError("open_item needs the recipient the receipt names")
    receipt_key = enterprise_receipt_private(signing_private)
    expected = _binding_mac(receipt_key.exchange(district.public_key()), receipt.receipt_id, item.package_id,
                            receipt.district_key_id, receipt.signer_key_id, item.addressee_key_id)
    try:
        given = unb64(item.binding, WHAT)
        if not constant_time.bytes_eq(given, expected):
            raise InvalidSignature
    except (InvalidSignature, KeyProblem) as exc:
        raise SignedFileError("wrong_key", say(
            "这份回执不是{district}工信部门签发的：它核对不上您报告包所加密给的区县密钥（编号 {key}）。"
            "请勿按其中内容操作，并与区县工信部门电话核实", district=district.district, key=district.key_id)) from exc
    body = open_sealed(item.sealed, receipt_key,
                       _info(receipt.receipt_id, item.package_id, receipt.signer_key_id, item.addressee_key_id), WHAT)
    import json

    try:
        data = json.loads(body.decode("utf-8"))
        status = data["status"]
        if status not in STATUSES or not isinstance(data["reasons"], list) or len(data["reasons"]) > MAX_REASONS:
            raise TypeError
        reasons = tuple(Reason(_text(r["questionnaire"], 80), _text(r["question"], 80),
                               _text(r.get("question_text", ""), 400), _text(r["reason"]))
                        for r in data["reasons"])
        if status == "returned" and not reasons:
            raise TypeError  # a return always says what to change
        decision = Decision(status, reasons, _text(data.get("note", "")), _text(data.get("clerk", ""), 40),
                            _text(data.get("contact", ""), 60), _text(data.get("decided_at", ""), 40))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SignedFileError("bad_content", say("回执中的受理结果格式不对")) from exc
    return ReceiptItem(item.package_id, item.package_sha256, item.period, item.sequence, item.addressee_key_id,
                       item.sealed, decision, item.binding)


__all__ = ["PAYLOAD_TYPE", "RECEIPT_FORMAT", "STATUS_LABELS", "SUFFIX", "Decision", "Reason", "ReceiptFile",
           "ReceiptItem", "ToIssue", "build_receipt_file", "open_item", "read_receipt_file"]
