"""The district's unlocked key, as the importer, the audit and every write to the log use it.

The district has one key pair (X25519, for decrypting packages; see ``zgsz_desktop/keys.py``). The import
log is signed with an Ed25519 key *derived* from that private key (HKDF-SHA256, its own label), so the
district keeps one key file and one passphrase, and anyone who has only the database file — not the
passphrase — cannot write a log entry that verifies.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # cryptography is imported only when a key is used (start-up time)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from ..keys import DistrictKey

LOG_SIGNING_LABEL = b"zgsz-district-log-signing/1"


def derive_log_signing_seed(private_raw: bytes) -> bytes:
    """The Ed25519 seed of the district's log-signing key (HKDF-SHA256 over the X25519 private key)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=LOG_SIGNING_LABEL).derive(private_raw)


@dataclass(frozen=True)
class DistrictIdentity:
    """Who is importing: the district's name, its key id and the raw X25519 private key (32 bytes),
    which worker processes need to decrypt."""

    district: str
    key_id: str
    private_raw: bytes

    @classmethod
    def from_key(cls, district_key: DistrictKey, passphrase: str) -> DistrictIdentity:
        from cryptography.hazmat.primitives import serialization

        private = district_key.private_key(passphrase)
        raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        return cls(district_key.recipient.district, district_key.recipient.key_id, raw)

    def private_key(self) -> X25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        return X25519PrivateKey.from_private_bytes(self.private_raw)

    @cached_property
    def _log_key(self) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(derive_log_signing_seed(self.private_raw))

    def log_public_raw(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return self._log_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def sign_log(self, message: bytes) -> str:
        return base64.b64encode(self._log_key.sign(message)).decode("ascii")

    def verify_log(self, message: bytes, signature: str) -> bool:
        from cryptography.exceptions import InvalidSignature

        try:
            raw = base64.b64decode(signature, validate=True)
            self._log_key.public_key().verify(raw, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def __getstate__(self) -> dict[str, str | bytes]:
        # the derived key object is not picklable and must not cross to worker processes anyway
        return {"district": self.district, "key_id": self.key_id, "private_raw": self.private_raw}

    def __setstate__(self, state: Mapping[str, str | bytes]) -> None:
        for key, value in state.items():
            object.__setattr__(self, key, value)
