"""Building blocks for the district tests: a district key, enterprises with their own keys, and genuine
packages made from answers the test controls (one-page PDFs; everything else is the real format)."""

from __future__ import annotations

import copy
import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zgsz_desktop.answers_file import AnswersDocument, parse_answers
from zgsz_desktop.demo import demo_documents
from zgsz_desktop.demo_district import light_package, signing_key_from_seed
from zgsz_desktop.district.importer import DistrictIdentity
from zgsz_desktop.package.keys import DistrictKey
from zgsz_desktop.uscc import check_character

PASSPHRASE = "district-test-passphrase"
CREATED = "2025-01-15T09:00:00+00:00"


def uscc(serial: int, division: str = "320685") -> str:
    body = f"91{division}MA{serial:07d}"
    return body + check_character(body)


@dataclass
class District:
    key: DistrictKey
    identity: DistrictIdentity

    @property
    def recipient(self) -> Any:
        return self.key.recipient


_DISTRICTS: dict[str, District] = {}


def district(name: str = "海安市") -> District:
    """One key pair per district name for the whole test session (scrypt sealing is slow)."""
    if name not in _DISTRICTS:
        key = DistrictKey.generate(name, PASSPHRASE)
        _DISTRICTS[name] = District(key, DistrictIdentity.from_key(key, PASSPHRASE))
    return _DISTRICTS[name]


def key_pair(label: str) -> tuple[Any, Any]:
    return signing_key_from_seed(hashlib.sha256(f"test-key|{label}".encode()).digest())


def document(questionnaire: str, *, code: str, name: str, district_name: str = "海安市", key_enterprise: bool = True,
             period: str = "2024年度", changes: dict[str, Any] | None = None,
             remove: tuple[str, ...] = (), scale: str | None = None) -> AnswersDocument:
    """The demo answers of ``questionnaire`` for another enterprise, with ``changes`` applied."""
    base = next(d for d in demo_documents() if d.questionnaire.id == questionnaire)
    raw = copy.deepcopy(base.to_json())
    raw["period"] = period
    raw["enterprise"] = {**raw["enterprise"], "name": name, "uscc": code, "district": district_name,
                         "key_enterprise": key_enterprise, **({"scale": scale} if scale else {})}
    raw["answers"].update(copy.deepcopy(changes or {}))
    for question in remove:
        raw["answers"].pop(question, None)
    return parse_answers(raw, "test")


def package(doc: AnswersDocument, key_label: str, *, sequence: int = 1, to: District | None = None,
            package_id: str | None = None) -> bytes:
    signing, private = key_pair(key_label)
    package_id = package_id or str(uuid.UUID(bytes=hashlib.sha256(
        f"{doc.enterprise['uscc']}|{doc.questionnaire.id}|{doc.period}|{sequence}|{key_label}".encode()).digest()[:16],
        version=4))
    return light_package(doc, signing, private, (to or district()).recipient, package_id=package_id,
                         sequence=sequence, created_at=CREATED)


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path
