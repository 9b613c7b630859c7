"""Deciding one checked package, in the database: duplicate, package-id conflict, key held for approval (the
first key seen for a 统一社会信用代码 is pinned; a different one is held), or stored as new, superseding or
stale; and the warning about names that would show as something else. The caller holds the transaction."""

from __future__ import annotations

from dataclasses import replace

import sqlite_utils

from .checking import Checked
from .db import LogSigner
from .outcomes import Outcome, log_outcome, outcome_of
from .submissions_store import enterprise_values, hold_package, pin_enterprise, store_submission


def decide(db: sqlite_utils.Database, checked: Checked, now: str, *, signer: LogSigner | None,
           dry_run: bool = False, approved_late: bool = False) -> Outcome:
    """Store (or not) one checked package and log the decision; the caller holds the transaction."""
    if not checked.ok:
        outcome = outcome_of(checked, checked.verdict, dry_run=dry_run)
        log_outcome(db, signer, outcome, checked.sha256, now)
        return outcome
    manifest = checked.manifest
    uscc = manifest["enterprise"]["uscc"]
    signer_key = manifest["signer"]["key_id"]
    package_id = manifest["package_id"]

    # the same bytes again (whoever sent them): nothing changes
    if db.execute("SELECT 1 FROM submissions WHERE package_sha256 = ?", [checked.sha256]).fetchone() is not None:
        outcome = outcome_of(checked, "duplicate", dry_run=dry_run)
        log_outcome(db, signer, outcome, checked.sha256, now)
        return outcome
    other = db.execute("SELECT uscc, enterprise_name FROM submissions WHERE package_id = ?", [package_id]).fetchone()
    if other is not None:
        user = "此企业另一份内容不同的报送" if other[0] == uscc else f"{other[1]}（{other[0]}）的报送"
        message = f"报告包编号 {package_id} 已被{user}使用，未导入；请核查是否有人冒用或改动"
        outcome = outcome_of(checked, "conflict", dry_run=dry_run, message=message, reason="package_id_conflict")
        log_outcome(db, signer, outcome, checked.sha256, now)
        return outcome

    enterprise = db.execute("SELECT key_id, key_epoch FROM enterprises WHERE uscc = ?", [uscc]).fetchone()
    if enterprise is not None and enterprise[0] != signer_key:
        outcome = hold_package(db, checked, pinned=enterprise[0], now=now, dry_run=dry_run, signer=signer)
    else:
        if enterprise is None:
            pin_enterprise(db, checked, now)
            epoch = 1
        else:
            epoch = int(enterprise[1])
        outcome = store_submission(db, checked, now, epoch=epoch, dry_run=dry_run, approved_late=approved_late,
                                    signer=signer)
    warning = hidden_text_warning(checked)
    return replace(outcome, warning=warning) if warning else outcome


def hidden_text_warning(checked: Checked) -> str:
    """Names that would show as something else (a right-to-left override, zero-width characters) are
    accepted — they are what the enterprise signed — but said at import."""
    from ..text import hidden_characters, visible

    values = enterprise_values(checked) if checked.parts else {}
    fields = {"企业名称": str(checked.manifest.get("enterprise", {}).get("name", "")),
              "联系人": values.get("contact", ""), "电话": values.get("phone", "")}
    found = [f"{label}“{visible(value, 60)}”含 {'、'.join(hidden_characters(value))}"
             for label, value in fields.items() if hidden_characters(value)]
    if not found:
        return ""
    return ("；".join(found) + "（不可见或会改变文字显示方向的字符，可能让名称看起来像另一家企业），"
            "请与企业核实；在本软件中这些字符以 ⟦U+…⟧ 显示")
