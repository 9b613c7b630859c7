"""Build a signed, encrypted report package from already prepared payload bytes: format 2, or format 3 when
evidence files (佐证材料) go with it."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..keys import Recipient, SigningKey, b64
from ..signed_files import canonical_json, hpke_suite
from ..workspace.evidence_rules import EvidenceFile
from .format import (
    ENCRYPTION,
    EVIDENCE_ENTRY,
    EVIDENCE_FORMAT_VERSION,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MEDIA_TYPES,
    PAYLOAD_FILES,
    SIGNATURE,
    evidence_id,
    hpke_info,
    pae,
    payload_entry,
    payload_type,
    sha256_hex,
)

if TYPE_CHECKING:  # cryptography is imported only when a package is built (start-up time)
    from cryptography.hazmat.primitives import hpke
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

__all__ = ["EvidenceFile", "PackageHeader", "build_package", "canonical_json", "dsse_envelope", "hpke_suite"]


@dataclass(frozen=True)
class PackageHeader:
    """Who, what and for whom: the routing part of the manifest, readable without any key."""

    package_id: str
    sequence: int  # 第N次报送 of this period
    created_at: str
    enterprise: Mapping[str, str]  # name, uscc, district
    period: str
    questionnaires: Sequence[Mapping[str, str]]  # id, version, hash — in submission order
    recipient: Recipient
    verification_code: str
    supersedes: Sequence[str] = field(default_factory=tuple)  # the period's earlier packages still current


def dsse_envelope(payload: bytes, payload_type: str, key_id: str, signature: bytes) -> dict[str, Any]:
    """A DSSE envelope (github.com/secure-systems-lab/dsse, protocol v1), as in-toto writes it."""
    return {"payload": b64(payload), "payloadType": payload_type,
            "signatures": [{"keyid": key_id, "sig": b64(signature)}]}


def _seal_evidence(header: PackageHeader, evidence: Sequence[EvidenceFile], signing_key: SigningKey, version: int,
                   suite: hpke.Suite, public: X25519PublicKey) -> tuple[bytes, dict[str, Any]]:
    """``payload/evidence.bin`` (each file sealed on its own, back to back) and the manifest's ``evidence``."""
    blobs, files, offset = [], [], 0
    for index, item in enumerate(evidence, start=1):
        name = evidence_id(index)
        blob = suite.encrypt(item.data, public,
                             info=hpke_info(header.package_id, name, signing_key.key_id, header.recipient.key_id,
                                            version))
        files.append({"id": name, "questionnaire": item.questionnaire, "question": item.question,
                      "file_name": item.file_name, "media_type": item.media_type, "size": len(item.data),
                      "sha256": sha256_hex(item.data), "offset": offset, "sealed_size": len(blob),
                      "sealed_sha256": sha256_hex(blob)})
        blobs.append(blob)
        offset += len(blob)
    entry = b"".join(blobs)
    return entry, {"entry": EVIDENCE_ENTRY, "entry_size": len(entry), "entry_sha256": sha256_hex(entry),
                   "files": files}


def build_package(header: PackageHeader, files: Mapping[str, bytes], signing_key: SigningKey,
                  private_key: Ed25519PrivateKey, evidence: Sequence[EvidenceFile] = ()) -> bytes:
    """The package bytes. ``files`` must hold exactly the payload files (answers, scores, report);
    ``private_key`` is the unsealed Ed25519 key of ``signing_key``. With ``evidence`` the package is
    format 3; without, format 2 exactly as before."""
    if set(files) != set(PAYLOAD_FILES):
        raise ValueError(f"payload must be exactly {PAYLOAD_FILES}")
    version = EVIDENCE_FORMAT_VERSION if evidence else FORMAT_VERSION
    suite = hpke_suite()
    public = header.recipient.public_key()
    sealed: dict[str, bytes] = {}
    payload = []
    for name in PAYLOAD_FILES:
        data = files[name]
        info = hpke_info(header.package_id, name, signing_key.key_id, header.recipient.key_id, version)
        blob = suite.encrypt(data, public, info=info)
        sealed[payload_entry(name)] = blob
        payload.append({"name": name, "media_type": MEDIA_TYPES[name], "size": len(data), "sha256": sha256_hex(data),
                        "entry": payload_entry(name), "entry_size": len(blob), "entry_sha256": sha256_hex(blob)})
    manifest = {
        "format": FORMAT,
        "format_version": version,
        "package_id": header.package_id,
        "sequence": header.sequence,
        "supersedes": list(header.supersedes),
        "created_at": header.created_at,
        "app_version": __version__,
        "enterprise": dict(header.enterprise),
        "period": header.period,
        "questionnaires": [dict(q) for q in header.questionnaires],
        "recipient": {"district": header.recipient.district, "key_id": header.recipient.key_id},
        "signer": {"key_id": signing_key.key_id, "public_key": b64(signing_key.public_raw)},
        "verification_code": header.verification_code,
        "encryption": dict(ENCRYPTION),
        "payload": payload,
    }
    if evidence:
        evidence_bytes, manifest["evidence"] = _seal_evidence(header, evidence, signing_key, version, suite, public)
        sealed[EVIDENCE_ENTRY] = evidence_bytes
    manifest_bytes = canonical_json(manifest)
    kind = payload_type(version)
    signature = private_key.sign(pae(kind, manifest_bytes))
    envelope = dsse_envelope(manifest_bytes, kind, signing_key.key_id, signature)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(_info(MANIFEST), manifest_bytes)
        archive.writestr(_info(SIGNATURE), canonical_json(envelope))
        for entry, blob in sealed.items():
            archive.writestr(_info(entry), blob)
    return buffer.getvalue()


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info
