"""Keys: the enterprise's Ed25519 signing key, the district's X25519 key pair and its recipient file.

The district also signs what it sends back (receipts, peer benchmarks, its summary for the city) with an
Ed25519 key *derived* from its X25519 private key (:func:`district_signing_seed`): one key file, one passphrase,
and the signing half's public key travels in the recipient file (``signing_key``, optional, so an older app
still reads the file). Receipts are sealed to the enterprise with the X25519 form of its Ed25519 signing key
(:func:`enterprise_receipt_public`), the conversion libsodium provides (as age does for ssh-ed25519
recipients): every package ever exported already names that key, so no format had to change.

Private keys are only ever stored encrypted under a passphrase: scrypt (N=2^17, r=8, p=1) derives a
32-byte key that seals the raw private key with ChaCha20-Poly1305, the key id bound as associated
data — the construction age uses for passphrase files, built from the ``cryptography`` library's
primitives. Fingerprints are the first 80 bits of SHA-256 over the raw public key, written in
Crockford base32 as ``XXXX-XXXX-XXXX-XXXX`` (no I, L, O, U: easy to read aloud and to compare on paper).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UserError
from .jsontypes import JSONValue
from .messages import Said, say
from .text import hidden_characters

if TYPE_CHECKING:  # cryptography is imported only when a key is used (start-up time)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

DISTRICT_SIGNING_LABEL = b"zgsz-district-signing/1"  # HKDF info: the district's public signing key

SCRYPT_N = 2**17  # ~0.25 s on an office PC; stored with each blob, so it can be raised later
SCRYPT_R, SCRYPT_P = 8, 1
MIN_PASSPHRASE = 8
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

RECIPIENT_FORMAT = "zgsz-recipient/1"
DISTRICT_KEY_FORMAT = "zgsz-district-key/1"
SIGNING_KEY_FORMAT = "zgsz-signing-key/1"
RECIPIENT_SUFFIX = ".zgszkey"
DISTRICT_KEY_SUFFIX = ".zgszdistrict"


class KeyProblem(UserError, ValueError):
    """A key or key file cannot be used; the message says why, in Chinese."""


class WrongPassphrase(KeyProblem):
    pass


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, what: str) -> bytes:
    """Strict base64: only the canonical encoding of the bytes is accepted (the unused bits of the last
    character could otherwise be flipped without changing anything, making signed data malleable)."""
    if not isinstance(text, str):
        raise KeyProblem(say("{what} 格式不对", what=what))
    try:
        data = base64.b64decode(text, validate=True)
    except (ValueError, TypeError) as exc:
        raise KeyProblem(say("{what} 格式不对", what=what)) from exc
    if base64.b64encode(data).decode("ascii") != text:
        raise KeyProblem(say("{what} 格式不对", what=what))
    return data


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so the same Chinese passphrase typed with another input method still matches."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def base32_crockford(data: bytes) -> str:
    """Crockford base32 of the leading whole 5-bit groups (10 bytes → 16 characters)."""
    bits, total = int.from_bytes(data, "big"), len(data) * 8
    return "".join(CROCKFORD[(bits >> (total - 5 * (i + 1))) & 31] for i in range(total // 5))


def fingerprint(public_raw: bytes) -> str:
    """``XXXX-XXXX-XXXX-XXXX``: 80 bits of SHA-256 over the raw public key."""
    text = base32_crockford(hashlib.sha256(public_raw).digest()[:10])
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def passphrase_problem(passphrase: str) -> Said | None:
    """What is wrong with a new passphrase, or None: the one rule, for the core and every dialog.

    The passphrase is judged as it is sealed (:func:`normalise_passphrase`: NFC), so a character typed as a
    letter plus a combining accent counts once. Refused too, because the owner could not type them again
    later: invisible characters (pasted from a document) and spaces at the start or the end (a password field
    does not show them); spaces inside count like any character."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_PASSPHRASE:
        return say("密码至少需要 {count} 个字符（可用中文、字母和数字组合）", count=MIN_PASSPHRASE)
    hidden = hidden_characters(text)
    if hidden:
        return say("密码中有看不见的字符（{chars}），以后无法照样输入。请直接用键盘输入密码，不要粘贴",
                   chars="、".join(hidden))
    if text != text.strip():
        return say("密码的开头或结尾是空格：输入时看不出来，以后容易输错。请去掉开头和结尾的空格")
    return None


def check_new_passphrase(passphrase: str) -> None:
    """Raise :class:`KeyProblem` saying what is wrong with a new passphrase (:func:`passphrase_problem`)."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise KeyProblem(problem)


# --------------------------------------------------------------------------- passphrase protection


def seal(secret: bytes, passphrase: str, context: str) -> dict[str, str | int]:
    """Encrypt ``secret`` under ``passphrase``; ``context`` (e.g. the key id) is bound as associated data."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    salt, nonce = os.urandom(16), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(normalise_passphrase(passphrase))
    sealed = ChaCha20Poly1305(key).encrypt(nonce, secret, context.encode("utf-8"))
    return {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64(salt),
            "aead": "chacha20poly1305", "nonce": b64(nonce), "ciphertext": b64(sealed)}


def unseal(blob: Mapping[str, JSONValue], passphrase: str, context: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    try:
        if blob.get("kdf") != "scrypt" or blob.get("aead") != "chacha20poly1305":
            raise KeyProblem(say("不支持的密钥加密方式"))
        n, r, p = int(blob["n"]), int(blob["r"]), int(blob["p"])
        # bounded work and memory (128·n·r·p bytes): a hostile key file must not exhaust the PC
        if not (2**10 <= n <= 2**20 and 1 <= r <= 16 and 1 <= p <= 4 and 128 * n * r * p <= 256 * 1024**2):
            raise KeyProblem(say("密钥加密参数异常，密钥文件可能已损坏或被修改"))
        key = Scrypt(salt=unb64(blob["salt"], "salt"), length=32, n=n, r=r, p=p).derive(
            normalise_passphrase(passphrase))
        return ChaCha20Poly1305(key).decrypt(unb64(blob["nonce"], "nonce"), unb64(blob["ciphertext"], say("密钥")),
                                             context.encode("utf-8"))
    except InvalidTag as exc:
        raise WrongPassphrase(say("密码不正确（或密钥文件已损坏）")) from exc
    except MemoryError as exc:
        raise KeyProblem(say("内存不足，无法解开密钥")) from exc
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, KeyProblem):
            raise
        raise KeyProblem(say("密钥数据不完整或格式不对")) from exc


# --------------------------------------------------------------------------- enterprise signing key


@dataclass(frozen=True)
class SigningKey:
    """The enterprise's Ed25519 key, stored sealed in the workspace; never written into a package."""

    key_id: str
    public_raw: bytes
    sealed: Mapping[str, JSONValue]
    created_at: str

    @classmethod
    def generate(cls, passphrase: str, now: datetime | None = None) -> SigningKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        check_new_passphrase(passphrase)
        private = Ed25519PrivateKey.generate()
        raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        key_id = fingerprint(public)
        created = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
        return cls(key_id, public, seal(raw, passphrase, f"zgsz-signing-key/1|{key_id}"), created)

    def private_key(self, passphrase: str) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        raw = unseal(self.sealed, passphrase, f"zgsz-signing-key/1|{self.key_id}")
        private = Ed25519PrivateKey.from_private_bytes(raw)
        from cryptography.hazmat.primitives import serialization

        public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        if public != self.public_raw:
            raise KeyProblem(say("签名密钥与其公钥不匹配，密钥数据已损坏"))
        return private

    def to_json(self) -> dict[str, JSONValue]:
        return {"format": SIGNING_KEY_FORMAT, "key_id": self.key_id, "public_key": b64(self.public_raw),
                "created": self.created_at, "private": dict(self.sealed)}

    @classmethod
    def from_json(cls, data: object) -> SigningKey:
        if not isinstance(data, Mapping) or data.get("format") != SIGNING_KEY_FORMAT:
            raise KeyProblem(say("不是本软件的企业签名密钥备份文件"))
        public = unb64(data.get("public_key"), say("公钥"))
        if len(public) != 32 or fingerprint(public) != data.get("key_id"):
            raise KeyProblem(say("密钥备份文件中的公钥与指纹不符，文件已损坏或被修改"))
        if not isinstance(data.get("private"), Mapping):
            raise KeyProblem(say("密钥备份文件缺少私钥"))
        return cls(str(data["key_id"]), public, dict(data["private"]), str(data.get("created", "")))


# --------------------------------------------------------------------------- district key pair


def district_signing_seed(x25519_private_raw: bytes) -> bytes:
    """The Ed25519 seed of the district's signing key: HKDF-SHA256 over its X25519 private key, with its own
    label (the import log's key, ``district/identity.py``, has another, so the two never coincide)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=DISTRICT_SIGNING_LABEL).derive(
        x25519_private_raw)


def district_signing_key(x25519_private_raw: bytes) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(district_signing_seed(x25519_private_raw))


def raw_public(private: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def raw_private(private: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                 serialization.NoEncryption())


def enterprise_receipt_public(signing_public_raw: bytes) -> X25519PublicKey:
    """The X25519 key a receipt is sealed to: the enterprise's Ed25519 public key in its Montgomery form
    (libsodium's ``crypto_sign_ed25519_pk_to_curve25519`` through PyNaCl)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from nacl.exceptions import CryptoError
    from nacl.signing import VerifyKey

    try:
        converted = bytes(VerifyKey(signing_public_raw).to_curve25519_public_key())
    except (CryptoError, ValueError, TypeError) as exc:
        raise KeyProblem(say("企业签名公钥无效，无法为其加密回执")) from exc
    return X25519PublicKey.from_public_bytes(converted)


def enterprise_receipt_private(signing_private: Ed25519PrivateKey) -> X25519PrivateKey:
    """The private half of :func:`enterprise_receipt_public` (``crypto_sign_ed25519_sk_to_curve25519``)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from nacl.signing import SigningKey as NaclSigningKey

    converted = bytes(NaclSigningKey(raw_private(signing_private)).to_curve25519_private_key())
    return X25519PrivateKey.from_private_bytes(converted)


@dataclass(frozen=True)
class Recipient:
    """A district's public encryption key (X25519), from its recipient file, and — in files written since
    receipts exist — the public half of its signing key (``signing_raw``), which receipts, peer benchmarks
    and district summaries are checked against."""

    district: str
    key_id: str
    public_raw: bytes
    created: str
    signing_raw: bytes | None = None

    @property
    def signing_key_id(self) -> str | None:
        return fingerprint(self.signing_raw) if self.signing_raw is not None else None

    def public_key(self) -> X25519PublicKey:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        return X25519PublicKey.from_public_bytes(self.public_raw)

    def with_signing(self, signing_raw: bytes) -> Recipient:
        return Recipient(self.district, self.key_id, self.public_raw, self.created, signing_raw)

    def to_json(self) -> dict[str, JSONValue]:
        data: dict[str, JSONValue] = {"format": RECIPIENT_FORMAT, "district": self.district, "key_id": self.key_id,
                                      "public_key": b64(self.public_raw), "created": self.created}
        if self.signing_raw is not None:
            data["signing_key"] = b64(self.signing_raw)
            data["signing_key_id"] = fingerprint(self.signing_raw)
        return data


def parse_recipient(data: object, source: str = say("区县文件")) -> Recipient:
    from .targets import plan_targets

    if not isinstance(data, Mapping) or data.get("format") != RECIPIENT_FORMAT:
        if isinstance(data, Mapping) and data.get("format") == DISTRICT_KEY_FORMAT:
            raise KeyProblem(say("{source} 是区县工信部门自己保管的私钥文件，不是发给企业的区县文件（{suffix}）",
                                 source=source, suffix=RECIPIENT_SUFFIX))
        raise KeyProblem(say("{source} 不是区县工信部门发给企业的区县文件（{suffix}）",
                             source=source, suffix=RECIPIENT_SUFFIX))
    public = unb64(data.get("public_key"), say("{source} 中的公钥", source=source))
    if len(public) != 32:
        raise KeyProblem(say("{source} 中的公钥长度不对", source=source))
    if fingerprint(public) != data.get("key_id"):
        raise KeyProblem(say("{source} 中的公钥与密钥编号不符，文件已损坏或被修改，请向区县工信部门重新索取",
                             source=source))
    district = data.get("district")
    if district not in plan_targets().districts:
        raise KeyProblem(say("{source} 中的地区“{district}”不在计划的地区名单中", source=source,
                             district=str(district)))
    signing: bytes | None = None
    if data.get("signing_key") is not None:
        signing = unb64(data.get("signing_key"), say("{source} 中的签名公钥", source=source))
        if len(signing) != 32 or fingerprint(signing) != data.get("signing_key_id"):
            raise KeyProblem(say("{source} 中的签名公钥与其编号不符，文件已损坏或被修改，请向区县工信部门重新索取",
                                 source=source))
    return Recipient(str(district), str(data["key_id"]), public, str(data.get("created", "")), signing)


def read_key_file(path: Path, what: str) -> JSONValue:
    """The JSON in a key file (a BOM from Windows editors tolerated), or a message naming ``what``."""
    if path.is_file() and path.stat().st_size > 1024 * 1024:
        raise KeyProblem(say("{name} 不是{what}（文件过大）", name=path.name, what=what))
    try:
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError as exc:
        raise KeyProblem(say("找不到{what} {path}", what=what, path=str(path))) from exc
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise KeyProblem(say("无法读取{what} {path}：文件已损坏或不是{what}", what=what, path=str(path))) from exc


def load_recipient(path: Path) -> Recipient:
    return parse_recipient(read_key_file(path, say("区县文件")), path.name)


@dataclass(frozen=True)
class DistrictKey:
    """The district's X25519 key pair; the private half sealed under the district's passphrase."""

    recipient: Recipient
    sealed: Mapping[str, JSONValue]

    @classmethod
    def generate(cls, district: str, passphrase: str, now: datetime | None = None) -> DistrictKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        check_new_passphrase(passphrase)
        private = X25519PrivateKey.generate()
        raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        created = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
        signing = raw_public(district_signing_key(raw))
        recipient = parse_recipient({"format": RECIPIENT_FORMAT, "district": district, "key_id": fingerprint(public),
                                     "public_key": b64(public), "created": created, "signing_key": b64(signing),
                                     "signing_key_id": fingerprint(signing)})
        return cls(recipient, seal(raw, passphrase, f"zgsz-district-key/1|{recipient.key_id}"))

    def unlock(self, passphrase: str) -> UnlockedDistrictKey:
        """Both halves, for signing what the district sends back; the recipient then always carries the
        signing key (a key file from before receipts has none written in it: it is derived here)."""
        private = self.private_key(passphrase)
        signing = district_signing_key(raw_private(private))
        signing_raw = raw_public(signing)
        if self.recipient.signing_raw is not None and self.recipient.signing_raw != signing_raw:
            raise KeyProblem(say("区县密钥文件中的签名公钥与私钥不匹配，密钥文件已损坏或被修改"))
        return UnlockedDistrictKey(self.recipient.with_signing(signing_raw), private, signing)

    def private_key(self, passphrase: str) -> X25519PrivateKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        raw = unseal(self.sealed, passphrase, f"zgsz-district-key/1|{self.recipient.key_id}")
        private = X25519PrivateKey.from_private_bytes(raw)
        public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        if public != self.recipient.public_raw:
            raise KeyProblem(say("区县密钥与其公钥不匹配，密钥文件已损坏"))
        return private

    def to_json(self) -> dict[str, JSONValue]:
        return {"format": DISTRICT_KEY_FORMAT, **{k: v for k, v in self.recipient.to_json().items() if k != "format"},
                "private": dict(self.sealed)}


@dataclass(frozen=True)
class UnlockedDistrictKey:
    """A district key opened with its passphrase: decrypt with ``decryption``, sign with ``signing``."""

    recipient: Recipient  # with signing_raw
    decryption: X25519PrivateKey
    signing: Ed25519PrivateKey

    @property
    def signing_key_id(self) -> str:
        return fingerprint(raw_public(self.signing))


def load_district_key(path: Path) -> DistrictKey:
    data = read_key_file(path, say("区县密钥文件"))
    if not isinstance(data, Mapping) or data.get("format") != DISTRICT_KEY_FORMAT:
        raise KeyProblem(say("{name} 不是区县密钥文件（{suffix}）", name=path.name, suffix=DISTRICT_KEY_SUFFIX))
    recipient = parse_recipient({**data, "format": RECIPIENT_FORMAT}, path.name)
    if not isinstance(data.get("private"), Mapping):
        raise KeyProblem(say("{name} 缺少私钥", name=path.name))
    return DistrictKey(recipient, dict(data["private"]))
