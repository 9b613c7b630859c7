"""Signed JSON files that go back and up: the district's receipts (回执) to enterprises, peer benchmarks (同行对标)
and the district's summary for the city (区县汇总包). ``docs/signed-files.md`` is the specification.

A file is one DSSE envelope (protocol v1, the same envelope as a package's ``signature.json``) whose payload is
canonical JSON (sorted keys, no whitespace, UTF-8 unescaped) holding at least ``format`` and ``signer``
(``key_id``, ``public_key``). The signature is Ed25519 over the DSSE pre-authentication encoding, which binds the
payload type (one per kind of file) into what is signed: a receipt cannot be passed off as a benchmark.

A valid signature says *which key* signed; whether that key is the district's (or the city's) is the reader's
decision — it compares ``signer.key_id`` with a key it trusts (a recipient file, a pinned district key).

Parts only the addressee may read are sealed with HPKE (RFC 9180, base mode, the suite packages use) and carried
as base64 inside the signed payload, so anyone can check the signature and only the addressee can read them.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import UserError
from .jsontypes import JSONValue
from .keys import KeyProblem, b64, fingerprint, raw_public, unb64
from .messages import Said, say

if TYPE_CHECKING:  # cryptography is imported only when a file is signed or read (start-up time)
    from cryptography.hazmat.primitives import hpke
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

MAX_BYTES = 16 * 1024 * 1024  # a district summary of a few thousand submissions is well under this


class SignedFileError(UserError, ValueError):
    """The file is not a genuine signed file of the expected kind; ``reason`` is a stable code
    (``not_this_kind``, ``too_large``, ``bad_signature``, ``bad_content``, ``wrong_key``, ``not_for_you``)."""

    def __init__(self, reason: str, message: str | Said):
        self.reason = reason
        super().__init__(message)


def canonical_json(data: JSONValue | Mapping[str, JSONValue]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def pae(payload_type: str, body: bytes) -> bytes:
    """DSSE pre-authentication encoding: ``DSSEv1 SP LEN(type) SP type SP LEN(body) SP body``."""
    type_bytes = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(type_bytes), type_bytes, len(body), body)


@dataclass(frozen=True)
class SignedFile:
    content: dict[str, JSONValue]  # the payload, signature checked
    payload_type: str
    signer_key_id: str
    signer_public: bytes
    sha256: str  # of the whole file as received


def sign_file(content: Mapping[str, JSONValue], payload_type: str, signing: Ed25519PrivateKey) -> bytes:
    """The file's bytes: ``content`` with ``signer`` added, canonical, in a DSSE envelope."""
    public = raw_public(signing)
    key_id = fingerprint(public)
    payload = canonical_json({**content, "signer": {"key_id": key_id, "public_key": b64(public)}})
    envelope = {"payload": b64(payload), "payloadType": payload_type,
                "signatures": [{"keyid": key_id, "sig": b64(signing.sign(pae(payload_type, payload)))}]}
    return json.dumps(envelope, ensure_ascii=False, indent=1).encode("utf-8")


def unique_keys(pairs: list[tuple[str, JSONValue]]) -> dict[str, JSONValue]:
    """``object_pairs_hook`` refusing a repeated key: another reader might take the first, we the last."""
    result: dict[str, JSONValue] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def read_signed(data: bytes, payload_type: str, file_format: str, what: str, *,
                max_bytes: int = MAX_BYTES) -> SignedFile:
    """Check shape and signature of a file of one kind (``payload_type`` / ``file_format``); ``what`` names the
    kind in messages (回执, 对标文件, 区县汇总包). Whose key signed it is the caller's check."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    not_this = SignedFileError("not_this_kind",
                               say("这不是本软件的{what}，或文件已损坏（可能没有复制完整）", what=what))
    if len(data) > max_bytes:
        raise SignedFileError("too_large", say("{what}过大（超过 {mb} MB），不是本软件写出的文件", what=what,
                                               mb=max_bytes // (1024 * 1024)))
    try:
        envelope = json.loads(data.decode("utf-8-sig"), object_pairs_hook=unique_keys)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise not_this from exc
    if not isinstance(envelope, dict) or set(envelope) != {"payload", "payloadType", "signatures"}:
        raise not_this
    if envelope["payloadType"] != payload_type:
        raise not_this
    signatures = envelope["signatures"]
    if not isinstance(signatures, list) or len(signatures) != 1 or not isinstance(signatures[0], dict):
        raise not_this
    try:
        payload = unb64(envelope["payload"], what)
        signature = unb64(signatures[0].get("sig"), what)
        content = json.loads(payload.decode("utf-8"), object_pairs_hook=unique_keys)
    except (KeyProblem, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise not_this from exc
    if not isinstance(content, dict) or content.get("format") != file_format:
        raise not_this
    if canonical_json(content) != payload:
        raise SignedFileError("bad_content", say("{what}的内容不是规范写法，可能被改动过，不能使用", what=what))
    signer = content.get("signer")
    try:
        if not isinstance(signer, dict):
            raise KeyProblem(say("缺少签名者"))
        public = unb64(signer.get("public_key"), say("签名公钥"))
    except KeyProblem as exc:
        raise SignedFileError("bad_content", say("{what}缺少签名者或其公钥格式不对", what=what)) from exc
    key_id = fingerprint(public) if len(public) == 32 else ""
    if not key_id or key_id != signer.get("key_id") or key_id != signatures[0].get("keyid"):
        raise SignedFileError("bad_content", say("{what}中的签名公钥与其编号不符，文件被改动过", what=what))
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, pae(payload_type, payload))
    except (InvalidSignature, ValueError) as exc:
        raise SignedFileError("bad_signature", say(
            "{what}的签名不对：内容在签名后被改动过，不能使用。请向发出方重新索取", what=what)) from exc
    return SignedFile(content, payload_type, key_id, public, hashlib.sha256(data).hexdigest())


def hpke_suite() -> hpke.Suite:
    """RFC 9180: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305 — the suite of packages too."""
    from cryptography.hazmat.primitives import hpke

    return hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def seal(plaintext: bytes, public: X25519PublicKey, info: bytes) -> str:
    """HPKE base mode (the package suite), as base64 of ``enc ‖ ciphertext``."""
    return base64.b64encode(hpke_suite().encrypt(plaintext, public, info=info)).decode("ascii")


def open_sealed(text: JSONValue, private: X25519PrivateKey, info: bytes, what: str) -> bytes:
    """The plaintext of :func:`seal`; a wrong key or a changed byte says the file is not for this reader."""
    try:
        blob = unb64(text, what)
        return hpke_suite().decrypt(blob, private, info=info)
    except KeyProblem as exc:
        raise SignedFileError("bad_content", say("{what}的加密部分格式不对", what=what)) from exc
    except Exception as exc:  # cryptography raises its own error types for a wrong key or changed bytes
        raise SignedFileError("not_for_you", say("{what}无法用本机的密钥打开：它不是发给本企业（本工作区的签名密钥）的",
                                                 what=what)) from exc
