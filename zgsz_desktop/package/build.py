"""Build a signed, encrypted report package from already prepared payload bytes."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .. import __version__
from .format import (
    ENCRYPTION,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MEDIA_TYPES,
    PAYLOAD_FILES,
    PAYLOAD_TYPE,
    SIGNATURE,
    SIGNATURE_FORMAT,
    hpke_info,
    pae,
    payload_entry,
    sha256_hex,
)
from .keys import Recipient, SigningKey, b64


def hpke_suite() -> Any:
    from cryptography.hazmat.primitives import hpke

    return hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class PackageHeader:
    """Who, what and for whom: the routing part of the manifest, readable without any key."""

    package_id: str
    sequence: int
    supersedes: str | None
    created_at: str
    enterprise: Mapping[str, str]  # name, uscc, district
    period: str
    questionnaire: Mapping[str, str]  # id, version, hash
    recipient: Recipient
    verification_code: str


def build_package(header: PackageHeader, files: Mapping[str, bytes], signing_key: SigningKey,
                  private_key: Any) -> bytes:
    """The package bytes. ``files`` must hold exactly the payload files (answers, scores, report);
    ``private_key`` is the unsealed Ed25519 key of ``signing_key``."""
    if set(files) != set(PAYLOAD_FILES):
        raise ValueError(f"payload must be exactly {PAYLOAD_FILES}")
    suite = hpke_suite()
    public = header.recipient.public_key()
    sealed: dict[str, bytes] = {}
    payload = []
    for name in PAYLOAD_FILES:
        data = files[name]
        info = hpke_info(header.package_id, name, signing_key.key_id, header.recipient.key_id)
        blob = suite.encrypt(data, public, info=info)
        sealed[payload_entry(name)] = blob
        payload.append({"name": name, "media_type": MEDIA_TYPES[name], "size": len(data), "sha256": sha256_hex(data),
                        "entry": payload_entry(name), "entry_size": len(blob), "entry_sha256": sha256_hex(blob)})
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": header.package_id,
        "sequence": header.sequence,
        "supersedes": header.supersedes,
        "created_at": header.created_at,
        "app_version": __version__,
        "enterprise": dict(header.enterprise),
        "period": header.period,
        "questionnaire": dict(header.questionnaire),
        "recipient": {"district": header.recipient.district, "key_id": header.recipient.key_id},
        "signer": {"key_id": signing_key.key_id},
        "verification_code": header.verification_code,
        "encryption": ENCRYPTION,
        "payload": payload,
    }
    manifest_bytes = canonical_json(manifest)
    signature = {
        "format": SIGNATURE_FORMAT,
        "payload_type": PAYLOAD_TYPE,
        "key_id": signing_key.key_id,
        "public_key": b64(signing_key.public_raw),
        "signature": b64(private_key.sign(pae(PAYLOAD_TYPE, manifest_bytes))),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(_info(MANIFEST), manifest_bytes)
        archive.writestr(_info(SIGNATURE), canonical_json(signature))
        for entry, blob in sealed.items():
            archive.writestr(_info(entry), blob)
    return buffer.getvalue()


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info
