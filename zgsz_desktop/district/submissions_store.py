"""Writing what a decision stores: each questionnaire of an accepted package ordered against the enterprise's
current one, the enterprise pinned at first sight and its card kept up to date, a package held for key
approval, the package's bytes kept as evidence — each with its import-log entry. The caller holds the
transaction; ``verdicts.decide`` chooses which of these happens."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from .checking import Checked, Part, clean_text, enterprise_card
from .db import LogSigner, write_counts, write_evidence
from .facts import period_year_order
from .outcomes import Outcome, log_outcome, outcome_of, questionnaire_ids


def hold_package(db: sqlite_utils.Database, checked: Checked, *, pinned: str, now: str, dry_run: bool,
                 signer: LogSigner | None) -> Outcome:
    """Keep a package signed by a key other than the pinned one for approval (once per package)."""
    manifest = checked.manifest
    held = db.execute("SELECT status FROM held_keys WHERE package_sha256 = ?", [checked.sha256]).fetchone()
    # The verification code is deliberately not shown here: the operator must read it from the paper.
    message = (f"登记的密钥 {pinned}，此报告包由 {manifest['signer']['key_id']} 签署；请与企业盖章纸质报告上的"
               "密钥指纹和核验码核对后在“待核准密钥”中核准")
    if held is None:
        db.execute(
            """INSERT INTO held_keys (uscc, enterprise_name, key_id, public_key, pinned_key_id, package_id,
                   package_sha256, verification_code, period, questionnaire_id, received_at, source_name, checked)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [manifest["enterprise"]["uscc"], manifest["enterprise"]["name"], manifest["signer"]["key_id"],
             checked.signer_public, pinned, manifest["package_id"], checked.sha256, manifest["verification_code"],
             manifest["period"], questionnaire_ids(manifest), now, clean_text(Path(checked.source).name),
             "{}" if dry_run else json.dumps({"manifest": manifest, "parts": [asdict(p) for p in checked.parts]},
                                             ensure_ascii=False)])
        if not dry_run:
            store_package_bytes(db, checked)
    elif held[0] != "pending":
        decided = "核准" if held[0] == "approved" else "拒绝"
        message = f"此报告包的新密钥已于先前{decided}；如需重新处理请联系企业重新导出"
    outcome = replace(outcome_of(checked, "key_held", dry_run=dry_run, message=message, reason="new_key"),
                      verification_code="")  # the operator reads it from the paper, not from the screen
    log_outcome(db, signer, outcome, checked.sha256, now)
    return outcome


def store_package_bytes(db: sqlite_utils.Database, checked: Checked) -> None:
    """Keep the signed package itself as evidence (the audit and the stored report read it again)."""
    db.execute("INSERT OR IGNORE INTO packages (sha256, data) VALUES (?, ?)", [checked.sha256, checked.data])


def enterprise_values(checked: Checked) -> dict[str, Any]:
    """The enterprise card's columns as the package says them."""
    return checked.enterprise or enterprise_card(json.loads(checked.parts[0].answers))


def pin_enterprise(db: sqlite_utils.Database, checked: Checked, now: str) -> None:
    """Register an enterprise seen for the first time, pinning the key that signed its package."""
    values = enterprise_values(checked)
    db.execute(
        """INSERT INTO enterprises (uscc, name, district, industry_code, industry_name, scale, key_enterprise,
               contact, phone, key_id, public_key, key_pinned_at, first_seen, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [checked.manifest["enterprise"]["uscc"], *values.values(), checked.manifest["signer"]["key_id"],
         checked.signer_public, now, now, now])


def facts_digest(facts: Mapping[str, Any]) -> str:
    """What the import log binds of one questionnaire's counted facts (the audit recomputes it)."""
    return hashlib.sha256(json.dumps(facts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def facts_note(parts: list[Part]) -> str:
    """What the import log binds of each questionnaire's counted facts (an audit compares it later):
    ``facts <digest>`` for a one-questionnaire package, ``facts <id>=<digest>,…`` for a submission."""
    if len(parts) == 1:
        return f"facts {facts_digest(parts[0].facts)}"
    return "facts " + ",".join(f"{p.questionnaire_id}={facts_digest(p.facts)}" for p in parts)


def store_submission(db: sqlite_utils.Database, checked: Checked, now: str, *, epoch: int,
                      dry_run: bool, signer: LogSigner | None, approved_late: bool = False) -> Outcome:
    """Store every questionnaire of the package. Each is ordered against the enterprise's current one of
    the same questionnaire and period by (key epoch, sequence): newer supersedes it, older goes to history.
    A format-2 package normally supersedes all of the period's parts at once (also a release 0.1 pair)."""
    manifest = checked.manifest
    uscc, period = manifest["enterprise"]["uscc"], manifest["period"]
    sequence = int(manifest["sequence"])
    for part in checked.parts:
        if db.execute("SELECT 1 FROM submissions WHERE uscc = ? AND period = ? AND questionnaire_id = ? "
                      "AND key_epoch = ? AND sequence = ?",
                      [uscc, period, part.questionnaire_id, epoch, sequence]).fetchone() is not None:
            outcome = outcome_of(checked, "conflict", dry_run=dry_run, reason="sequence_conflict",
                               message=f"同一企业、评估期的第 {sequence} 次报送已导入，但内容不同")
            log_outcome(db, signer, outcome, checked.sha256, now)
            return outcome
    year, order = period_year_order(period)
    supersedes = manifest.get("supersedes")
    supersedes_text = json.dumps(supersedes) if isinstance(supersedes, list) else supersedes
    kinds, replaced, any_current = set(), [], False
    for part in checked.parts:
        current = db.execute(
            "SELECT package_id, key_epoch, sequence, created_at FROM submissions WHERE uscc = ? AND period = ? "
            "AND questionnaire_id = ? AND current = 1", [uscc, period, part.questionnaire_id]).fetchone()
        # versions are ordered by (key epoch, sequence): after an approved key change the reinstalled app
        # starts again at 1, and its reports are still the newer ones — except a package held for approval
        # while the enterprise went on reporting with its registered key: made before the current one, it
        # goes to history (it must not split the newer submission)
        if current is None:
            kind, is_current = "new", 1
        elif approved_late and _before(manifest["created_at"], current[3]):
            kind, is_current = "stale", 0
        elif (epoch, sequence) > (current[1], current[2]):
            kind, is_current = "superseding", 1
            replaced.append(current[0])
            db.execute("UPDATE submissions SET current = 0 WHERE package_id = ? AND questionnaire_id = ?",
                       [current[0], part.questionnaire_id])
        else:
            kind, is_current = "stale", 0
        kinds.add(kind)
        any_current = any_current or bool(is_current)
        facts = part.facts
        db.execute(
            f"""INSERT INTO submissions (package_id, questionnaire_id, uscc, enterprise_name, period, period_year,
                   period_order, questionnaire_version, questionnaire_hash, format_version, key_epoch, sequence,
                   supersedes, created_at, imported_at, signer_key_id, verification_code, package_sha256,
                   source_name, current, key_enterprise, complete, cnc_rate, mgmt_rate, rnd_rate, cnc_met, mgmt_met,
                   rnd_met, cloud_estimate, cloud_awarded, miit_level, miit_points, facts)
               VALUES ({", ".join("?" * 33)})""",
            [manifest["package_id"], part.questionnaire_id, uscc, manifest["enterprise"]["name"], period, year, order,
             part.version, part.hash, checked.format_version, epoch, sequence, supersedes_text,
             manifest["created_at"], now, manifest["signer"]["key_id"], manifest["verification_code"],
             checked.sha256, clean_text(Path(checked.source).name), is_current,
             int(facts.get("key_enterprise") is True), int(facts.get("complete", False)), facts.get("cnc_rate"),
             facts.get("mgmt_rate"), facts.get("rnd_rate"), bool_int(facts.get("cnc_met")),
             bool_int(facts.get("mgmt_met")), bool_int(facts.get("rnd_met")), facts.get("cloud_estimate"),
             facts.get("cloud_awarded"), facts.get("miit_level"), facts.get("miit_points"),
             json.dumps(facts, ensure_ascii=False)])
        write_counts(db, manifest["package_id"], part.questionnaire_id, facts)  # what the quota rows count
        if not dry_run:  # a preview decides the same without writing megabytes it will roll back
            db.execute("INSERT INTO submission_content (package_id, questionnaire_id, answers, scores) "
                       "VALUES (?, ?, ?, ?)",
                       [manifest["package_id"], part.questionnaire_id, part.answers, part.scores])
    write_evidence(db, manifest, checked.sha256)  # 佐证材料 the package carries (format 3), listed by the manifest
    if not dry_run:
        store_package_bytes(db, checked)
    if any_current:
        newest = db.execute("SELECT max(period_order) FROM submissions WHERE uscc = ?", [uscc]).fetchone()[0]
        if order >= newest:  # the enterprise's card shows what its newest report says
            values = enterprise_values(checked)
            db.execute(f"UPDATE enterprises SET {', '.join(f'{k} = ?' for k in values)}, updated_at = ? "
                       "WHERE uscc = ?", [*values.values(), now, uscc])
    verdict = "superseding" if "superseding" in kinds else "new" if "new" in kinds else "stale"
    outcome = outcome_of(checked, verdict, dry_run=dry_run, reason="")
    # the log entry also binds what the dashboard will count (a later edit of the row shows in an audit)
    replaced_text = f"; supersedes {','.join(dict.fromkeys(replaced))}" if replaced else ""
    log_outcome(db, signer, outcome, checked.sha256, now,
         extra=f"[{facts_note(checked.parts)}; current {int(any_current)}{replaced_text}]")
    return outcome


def _before(earlier: str, later: str) -> bool:
    try:
        return datetime.fromisoformat(earlier) < datetime.fromisoformat(later)
    except (TypeError, ValueError):
        return False


def bool_int(value: object) -> int | None:
    """A yes/no fact as its typed column holds it (None stays None)."""
    return None if value is None else int(bool(value))
