"""New enterprise keys held for approval: listing them, approving one against the verification code on the
stamped paper report (its held packages are then imported as usual), rejecting one."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from ..errors import UserError
from .anchor import remember as remember_log
from .checking import Checked, Part, check_bytes
from .db import LogSigner, append_log, transaction
from .identity import DistrictIdentity
from .outcomes import Outcome, utc_now
from .policy_files import loaded_editions
from .verdicts import decide


@dataclass(frozen=True)
class HeldKey:
    id: int
    uscc: str
    enterprise_name: str
    key_id: str
    pinned_key_id: str
    package_id: str
    period: str
    questionnaire_id: str
    received_at: str
    source_name: str
    status: str


def held_keys(db: sqlite_utils.Database, status: str | None = "pending") -> list[HeldKey]:
    """Keys held for approval. Their verification codes are not listed: the operator reads the code
    from the stamped paper report and types it; the program only compares."""
    sql = ("SELECT id, uscc, enterprise_name, key_id, pinned_key_id, package_id, period, "
           "questionnaire_id, received_at, source_name, status FROM held_keys")
    rows = db.execute(sql + (" WHERE status = ?" if status else "") + " ORDER BY id", [status] if status else [])
    return [HeldKey(*row) for row in rows]


class ApprovalRefused(UserError, ValueError):
    pass


def _digits(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


def _same_code(typed: str, code: str) -> bool:
    """The code typed from paper against the package's: format 1 compares its 9 digits, format 2 its
    20 characters (case, spaces, dashes, full-width forms and O/0, I/L/1 folded)."""
    from ..package.format import normalise_code

    if code.replace("-", "").isdigit() and len(code.replace("-", "")) == 9:
        return _digits(typed) == _digits(code)
    return normalise_code(typed) == normalise_code(code)


def _is_v1_code(code: str) -> bool:
    return code.replace("-", "").isdigit() and len(code.replace("-", "")) == 9


def approval_needs_fingerprint(db: sqlite_utils.Database, held_id: int) -> bool:
    """A release 0.1 package's 9-digit code is too short to stand alone (about 30 bits: a forger can
    match it by trial on one PC); its approval also needs the key fingerprint printed on the report."""
    row = db.execute("SELECT verification_code FROM held_keys WHERE id = ?", [held_id]).fetchone()
    return row is not None and _is_v1_code(str(row[0]))


def _held_evidence(db: sqlite_utils.Database, sha: str, uscc: str, key_id: str,
                   identity: DistrictIdentity) -> tuple[str, str]:
    """The code and signing key as the kept package says them, verified again — not the copies in
    ``held_keys``, which anyone with the file could edit before an approval."""
    row = db.execute("SELECT data FROM packages WHERE sha256 = ?", [sha]).fetchone()
    edited = ApprovalRefused("数据库中保存的这份报告包缺失或与收到时的不同，不能核准；请运行“核查数据库”，"
                             "并请企业重新报送")
    if row is None or not isinstance(row[0], bytes) or hashlib.sha256(row[0]).hexdigest() != sha:
        raise edited
    checked = check_bytes(row[0], "", identity, editions=loaded_editions(db))
    if not checked.ok or checked.manifest["enterprise"]["uscc"] != uscc or \
            checked.manifest["signer"]["key_id"] != key_id:
        raise edited
    return str(checked.manifest["verification_code"]), key_id


def approve_key(db: sqlite_utils.Database, held_id: int, paper_code: str, signer: DistrictIdentity, *,
                fingerprint: str = "", note: str = "", now: Callable[[], str] = utc_now) -> list[Outcome]:
    """Pin the new key after the operator has typed the verification code from the stamped paper
    report (and, for a release 0.1 report, the key fingerprint printed beside it); the held package(s)
    signed by that key are then imported as usual, as versions newer than everything signed by the old
    key. A refused attempt is logged too."""
    from ..package.format import normalise_code

    row = db.execute("SELECT uscc, key_id, verification_code, status, package_id, package_sha256 FROM held_keys "
                     "WHERE id = ?", [held_id]).fetchone()
    if row is None or row[3] != "pending":
        raise ApprovalRefused("没有这条待核准记录（可能已处理）")
    uscc, key_id, _, _, package_id, sha = row
    code, key_id = _held_evidence(db, sha, uscc, key_id, signer)
    problem = ""
    if not _same_code(paper_code, code):
        length = "9 位数字，0.1 版报告上写作“校验码”" if _is_v1_code(code) else "20 位字母和数字"
        problem = ("输入的核验码与该报告包的核验码不符，未核准。请核对企业盖章纸质报告上印的"
                   f"核验码（{length}）；如仍不符，请与企业联系，该报告包可能不是企业本人导出的")
    elif _is_v1_code(code) and normalise_code(fingerprint) != normalise_code(key_id):
        problem = ("0.1 版报告的 9 位校验码太短，不能单独证明报告包出自企业：还需输入纸质报告上印的“密钥指纹”"
                   "（16 位字母和数字，如 ABCD-EFGH-JKMN-PQRS）。" + ("输入的密钥指纹与该报告包的不符，未核准。"
                                                                 if fingerprint.strip() else "未核准。"))
    if problem:
        with transaction(db):  # every refused approval is on the record (someone may be trying codes)
            append_log(db, signer, at=now(), action="approve_key", verdict="approval_refused", uscc=uscc,
                       package_id=package_id, file_sha256=sha, detail=f"拒绝核准密钥 {key_id}：输入的核验码"
                       + ("或密钥指纹" if _is_v1_code(code) else "") + "与纸质报告应有的不符",
                       data={"key_id": key_id, "held_id": held_id})
        remember_log(db)
        raise ApprovalRefused(problem)
    with transaction(db):
        outcomes = apply_approval(db, uscc, key_id, now(), note, signer, signer)
    remember_log(db)
    return outcomes


def apply_approval(db: sqlite_utils.Database, uscc: str, key_id: str, at: str, note: str,
                   signer: LogSigner | None, identity: DistrictIdentity | None = None) -> list[Outcome]:
    """The approval itself (the caller holds the transaction; the audit replays it from the log). Given
    the district's key, each held package is verified and re-scored again from its kept bytes, so what is
    counted never comes from the ``held_keys`` copy, which anyone with the file could have edited."""
    old = db.execute("SELECT key_id FROM enterprises WHERE uscc = ?", [uscc]).fetchone()[0]
    held_rows = db.execute("SELECT id, checked, source_name, package_sha256, public_key FROM held_keys "
                           "WHERE uscc = ? AND key_id = ? AND status = 'pending' ORDER BY id",
                           [uscc, key_id]).fetchall()
    public = held_rows[0][4]
    db.execute("UPDATE enterprises SET key_id = ?, public_key = ?, key_pinned_at = ?, key_epoch = key_epoch + 1, "
               "updated_at = ? WHERE uscc = ?", [key_id, public, at, at, uscc])
    append_log(db, signer, at=at, action="approve_key", verdict="key_approved", uscc=uscc,
               detail=f"{old} → {key_id}；核验码已与纸质报告核对。{note}"[:500],
               data={"key_id": key_id, "note": note})
    outcomes = []
    for held_id, content_text, source_name, sha, _ in held_rows:
        content = json.loads(content_text)
        data = db.execute("SELECT data FROM packages WHERE sha256 = ?", [sha]).fetchone()
        data = data[0] if data is not None else b""
        checked = Checked(source_name, sha, len(data), True, manifest=content["manifest"],
                          signer_public=public, parts=_held_parts(content), data=data)
        if identity is not None:
            fresh = check_bytes(data, source_name, identity, editions=loaded_editions(db))
            if not fresh.ok or fresh.manifest.get("package_id") != content["manifest"].get("package_id"):
                raise ApprovalRefused("数据库中保存的待核准报告包缺失或与收到时的不同，不能核准；请运行“核查数据库”")
            checked = fresh
        db.execute("UPDATE held_keys SET status = 'approved', decided_at = ?, note = ? WHERE id = ?",
                   [at, note, held_id])
        outcomes.append(decide(db, checked, at, signer=signer, approved_late=True))
    return outcomes


def _held_parts(content: Mapping[str, Any]) -> list[Part]:
    """The checked questionnaires kept with a held package (release 0.1 workstations kept one, flat)."""
    if "parts" in content:
        return [Part(**part) for part in content["parts"]]
    questionnaire = content["manifest"]["questionnaire"]
    return [Part(questionnaire["id"], questionnaire["version"], questionnaire["hash"], content["answers"],
                 content["scores"], content["facts"])]


def reject_key(db: sqlite_utils.Database, held_id: int, signer: LogSigner, *, note: str = "",
               now: Callable[[], str] = utc_now) -> int:
    """Reject the key: every package held under it for this enterprise stays out. Returns how many."""
    with transaction(db):
        row = db.execute("SELECT uscc, key_id, status FROM held_keys WHERE id = ?", [held_id]).fetchone()
        if row is None or row[2] != "pending":
            raise ApprovalRefused("没有这条待核准记录（可能已处理）")
        count = apply_rejection(db, row[0], row[1], now(), note, signer)
    remember_log(db)
    return count


def apply_rejection(db: sqlite_utils.Database, uscc: str, key_id: str, at: str, note: str,
                    signer: LogSigner | None) -> int:
    count = db.execute("UPDATE held_keys SET status = 'rejected', decided_at = ?, note = ? "
                       "WHERE uscc = ? AND key_id = ? AND status = 'pending'", [at, note, uscc, key_id]).rowcount
    append_log(db, signer, at=at, action="reject_key", verdict="key_rejected", uscc=uscc,
               detail=f"拒绝密钥 {key_id}（{count} 个报告包）。{note}"[:500], data={"key_id": key_id, "note": note})
    return count
