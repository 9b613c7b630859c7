"""What an import says about each package: the verdict codes with their labels for staff, one line of the
import list (:class:`Outcome`), the batch's summary, and the import-log entry written with each decision."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from .checking import Checked, clean_text
from .db import LogSigner, append_log

# verdict code → (Chinese label for staff, whether the package is now stored)
VERDICTS: dict[str, tuple[str, bool]] = {
    "new": ("新报送，已导入", True),
    "superseding": ("更新版本，已导入（旧版本保留在历史中）", True),
    "stale": ("旧版本：已有更新的报送，仅存入历史，不计入统计", True),
    "duplicate": ("重复：此报告包已导入过，未作任何改变", False),
    "key_held": ("企业签名密钥与登记的不同，待核对盖章纸质报告后核准", False),
    "wrong_district": ("不是本区县的报告包", False),
    "tampered": ("验证未通过：内容被修改，或与签名、计分不符", False),
    "damaged": ("文件损坏或不完整（可能没有复制完整）", False),
    "unsupported": ("问卷或格式版本本软件不支持，请升级软件", False),
    "conflict": ("与已导入的同一版本报送内容不同，未导入", False),
    "unreadable": ("无法读取文件", False),
    "error": ("核验此文件时程序出错，未导入", False),
}
DRY_RUN_LABELS = {"new": "新报送，将导入", "superseding": "更新版本，将导入（旧版本保留在历史中）",
                  "stale": "旧版本：已有更新的报送，将仅存入历史"}


@dataclass(frozen=True)
class Outcome:
    """One line of the import (or preview) list."""

    source: str
    verdict: str
    label: str
    reason: str = ""
    message: str = ""
    package_id: str = ""
    uscc: str = ""
    enterprise: str = ""
    period: str = ""
    questionnaire: str = ""  # the questionnaire ids, joined with "+" (a format-2 package carries all of them)
    sequence: int | None = None
    verification_code: str = ""
    key_id: str = ""
    warning: str = ""  # something the operator should look at although the package was accepted

    @property
    def stored(self) -> bool:
        return VERDICTS[self.verdict][1]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "stored": self.stored}


@dataclass
class ImportSummary:
    outcomes: list[Outcome] = field(default_factory=list)
    dry_run: bool = False
    cancelled: bool = False
    total: int = 0

    @property
    def counts(self) -> Counter[str]:
        return Counter(o.verdict for o in self.outcomes)

    def to_dict(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "cancelled": self.cancelled, "total": self.total,
                "processed": len(self.outcomes), "counts": dict(self.counts),
                "outcomes": [o.to_dict() for o in self.outcomes]}


def utc_now() -> str:
    """The clock of an import or an approval when the caller passes none (tests pass their own)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def outcome_of(checked: Checked, verdict: str, *, dry_run: bool, message: str = "", reason: str = "") -> Outcome:
    """The list line for ``checked`` with ``verdict``, labelled as a preview says it when ``dry_run``."""
    manifest = checked.manifest
    enterprise = manifest.get("enterprise") or {}
    label = DRY_RUN_LABELS.get(verdict, VERDICTS[verdict][0]) if dry_run else VERDICTS[verdict][0]
    if (reason or checked.reason) == "package_id_conflict":
        label = "报告包编号与已导入的另一份报送重复，未导入"
    return Outcome(
        source=clean_text(checked.source), verdict=verdict, label=label, reason=reason or checked.reason,
        message=clean_text(message or checked.message), package_id=str(manifest.get("package_id", "")),
        uscc=str(enterprise.get("uscc", "")), enterprise=str(enterprise.get("name", "")),
        period=str(manifest.get("period", "")), questionnaire=questionnaire_ids(manifest),
        sequence=manifest.get("sequence"), verification_code=str(manifest.get("verification_code", "")),
        key_id=str((manifest.get("signer") or {}).get("key_id", "")))


def questionnaire_ids(manifest: Mapping[str, Any]) -> str:
    """The questionnaire ids a package carries, joined with "+" (format 1 carries one)."""
    refs = manifest.get("questionnaires") if manifest.get("format_version") != 1 else None
    if not isinstance(refs, list):
        refs = [manifest.get("questionnaire") or {}]
    return "+".join(str(r.get("id", "")) for r in refs if isinstance(r, Mapping))


def log_outcome(db: sqlite_utils.Database, signer: LogSigner | None, outcome: Outcome, sha256: str, now: str,
                action: str = "import", extra: str = "") -> None:
    """The import-log entry of a decision (the caller holds the transaction that stores the decision)."""
    append_log(db, signer, at=now, action=action, verdict=outcome.verdict, reason=outcome.reason,
               source_name=Path(outcome.source).name, file_sha256=sha256, package_id=outcome.package_id,
               uscc=outcome.uscc, detail=(outcome.message + extra)[:1000])
