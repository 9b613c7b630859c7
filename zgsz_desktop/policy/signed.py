"""A policy edition as the city sends it: the edition's YAML, signed with the city's Ed25519 key.

File format ``zgsz-signed-edition/1`` (suffix ``.zgszpolicy``, documented in ``docs/policy-editions.md``)::

    {"format": "zgsz-signed-edition/1",
     "edition": "<the edition YAML, UTF-8 text>",
     "signer": {"name": "南通市工业和信息化局", "public_key": "<Ed25519 raw, base64>", "key_id": "<fingerprint>"},
     "signature": "<base64 Ed25519 over PREFIX + SHA-256(edition bytes)>"}

The signature proves the file was not changed since the holder of that key signed it; whose key it is
is decided by the district, which pins the city's fingerprint the first time (read to it from the city's
letter, like an enterprise's key on the stamped report) and refuses any other key afterwards.
The city's key is a ``zgsz-city-key/1`` file: the same sealed Ed25519 key an enterprise has, under a
passphrase (``package/keys.py``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError
from .edition import EditionError, PolicyEdition, load_yaml, parse_edition

if TYPE_CHECKING:
    from ..keys import SigningKey

SIGNED_FORMAT = "zgsz-signed-edition/1"
CITY_KEY_FORMAT = "zgsz-city-key/1"
SUFFIX = ".zgszpolicy"
PREFIX = b"zgsz-signed-edition/1\n"
MAX_BYTES = 1024 * 1024  # an edition is a few kilobytes; anything near this is not one


class SignedEditionError(UserError, ValueError):
    """The file is not a genuine signed edition; the message says what to do."""


@dataclass(frozen=True)
class SignedEdition:
    edition: PolicyEdition
    signer_name: str
    key_id: str
    public_raw: bytes
    sha256: str  # of the whole file as received (kept in the district database)


def _message(edition_bytes: bytes) -> bytes:
    return PREFIX + hashlib.sha256(edition_bytes).digest()


def sign_edition(edition_text: str, signing_key: SigningKey, passphrase: str, signer_name: str) -> bytes:
    """The city signs an edition file it wrote (checked first: a broken edition is never signed)."""
    from ..keys import b64

    # refuses targets_file and any malformed field before anything is signed
    parse_edition(load_yaml(edition_text, "政策版本文件"))
    private = signing_key.private_key(passphrase)
    edition_bytes = edition_text.encode("utf-8")
    envelope = {"format": SIGNED_FORMAT, "edition": edition_text,
                "signer": {"name": signer_name, "public_key": b64(signing_key.public_raw),
                           "key_id": signing_key.key_id},
                "signature": b64(private.sign(_message(edition_bytes)))}
    return json.dumps(envelope, ensure_ascii=False, indent=1).encode("utf-8")


@dataclass(frozen=True)
class Envelope:
    """A signed edition file whose signature holds, before its content is parsed."""

    text: str
    signer_name: str
    key_id: str
    public_raw: bytes
    sha256: str


def open_envelope(data: bytes, source: str = "政策版本文件") -> Envelope:
    """Check the file's shape and its signature; nothing of the edition itself is parsed yet (the caller checks
    whose key it is first, so a file signed by a stranger's key is refused before its YAML is read)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from ..keys import KeyProblem, fingerprint, unb64
    from ..text import visible

    not_ours = SignedEditionError(f"{source} 不是本软件的政策版本文件（应为市工信局下发的 {SUFFIX} 文件）")
    if len(data) > MAX_BYTES:
        raise SignedEditionError(f"{source} 过大，不是政策版本文件")
    try:
        envelope = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # RecursionError: nesting thousands deep
        raise not_ours from exc
    if not isinstance(envelope, Mapping) or envelope.get("format") != SIGNED_FORMAT:
        raise not_ours
    signer = envelope.get("signer")
    text = envelope.get("edition")
    if not isinstance(signer, Mapping) or not isinstance(text, str):
        raise SignedEditionError(f"{source} 缺少内容或签名者，文件不完整")
    try:
        public = unb64(signer.get("public_key"), "公钥")
        signature = unb64(envelope.get("signature"), "签名")
    except KeyProblem as exc:
        raise SignedEditionError(f"{source} 的签名格式不对：{exc}") from exc
    if len(public) != 32 or fingerprint(public) != signer.get("key_id"):
        raise SignedEditionError(f"{source} 中的签名公钥与其指纹不符，文件被改动过")
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, _message(text.encode("utf-8")))
    except (InvalidSignature, ValueError) as exc:
        raise SignedEditionError(
            f"{source} 的签名不对：内容在签名后被改动过，不能使用。请向市工信局重新索取。") from exc
    name = visible(" ".join(str(signer.get("name", "")).split()), 60)  # hidden characters written out
    return Envelope(text, name, str(signer["key_id"]), public, hashlib.sha256(data).hexdigest())


def read_signed_edition(data: bytes, source: str = "政策版本文件", *,
                        key_check: Callable[[Envelope], None] | None = None) -> SignedEdition:
    """Check the signature, then (``key_check``) whose key it is, then the edition."""
    envelope = open_envelope(data, source)
    if key_check is not None:
        key_check(envelope)
    try:
        parsed = load_yaml(envelope.text, source)
    except EditionError as exc:
        raise SignedEditionError(str(exc)) from exc
    edition = parse_edition(parsed, origin=f"{envelope.signer_name or '市工信局'}签发（密钥 {envelope.key_id}）")
    return SignedEdition(edition, envelope.signer_name, envelope.key_id, envelope.public_raw, envelope.sha256)


def read_signed_file(path: Path, key_check: Callable[[Envelope], None] | None = None) -> tuple[bytes, SignedEdition]:
    """A ``.zgszpolicy`` file's bytes and its verified edition (``key_check`` as in :func:`read_signed_edition`)."""
    from ..fileio import read_at_most

    path = Path(path)
    data = read_at_most(path, MAX_BYTES, "政策版本文件")  # more than MAX_BYTES is refused as not an edition
    return data, read_signed_edition(data, path.name, key_check=key_check)


def generate_city_key(path: Path, passphrase: str) -> SigningKey:
    """A new city signing key, sealed under ``passphrase``, written to ``path`` (refused if it exists)."""
    from ..fileio import write_bytes_atomic
    from ..keys import KeyProblem, SigningKey

    if path.exists():
        raise KeyProblem(f"{path} 已存在：不会覆盖已有的密钥文件，请换一个文件名")
    key = SigningKey.generate(passphrase)
    write_bytes_atomic(path, json.dumps({"format": CITY_KEY_FORMAT, "key": key.to_json()}, ensure_ascii=False,
                                    indent=1).encode("utf-8"))
    return key


def load_city_key(path: Path) -> SigningKey:
    from ..keys import KeyProblem, SigningKey, read_key_file

    data = read_key_file(path, "市级签名密钥文件")
    if not isinstance(data, Mapping) or data.get("format") != CITY_KEY_FORMAT:
        raise KeyProblem(f"{path.name} 不是市级签名密钥文件（{CITY_KEY_FORMAT}）")
    return SigningKey.from_json(data.get("key"))
