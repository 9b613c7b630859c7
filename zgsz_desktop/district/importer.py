"""Import report packages into the district database.

Two stages. **Checking** (``checking.py``; CPU-bound, parallel across processes for large batches): read the file,
verify it as ``zgsz verify`` does — signature, decryption with the district key, payload hashes,
identity, and re-scoring with the questionnaire version it names — and compute the dashboard facts.
**Deciding** (serial, in the database): new / superseding / duplicate / stale / conflict, and the key
pinning rule (the first key seen for a 统一社会信用代码 is pinned; a different one is held for approval).

Every decision is written with its import-log entry in the same transaction; a batch commits every
``COMMIT_EVERY`` packages, so a killed import leaves whole packages or nothing of one, and running
the same import again completes it (what was stored is then reported as duplicate). A dry run makes
the same decisions inside one transaction that is rolled back: the preview is exactly what an import
would do, and nothing is stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from ..errors import UserError
from .anchor import remember as remember_log
from .checking import Checked, Part, check_bytes, checked_stream, clean_text, enterprise_card
from .db import DistrictDbError, LogSigner, append_log, explain, transaction, write_counts, write_evidence
from .facts import period_year_order
from .identity import DistrictIdentity
from .policy_files import loaded_editions

PACKAGE_SUFFIX = ".zgsz"
# A batch commits after this many packages or this many seconds, whichever comes first: each commit waits for
# the disk (synchronous=FULL; committing every 64 was a fifth of the import), and a second's work is what an
# interrupted import may have to do again (and how long the dashboard may lag behind it).
COMMIT_EVERY = 256
COMMIT_SECONDS = 1.0
PARALLEL_FROM = 24  # below this many files, starting worker processes costs more than it saves

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


# --------------------------------------------------------------------------- finding files


def find_packages(paths: Iterable[Path], problems: list[tuple[Path, str]] | None = None) -> list[Path]:
    """Files given by name are taken as they are; folders are searched recursively for ``*.zgsz``.
    Sorted, duplicates removed, so the same selection always imports in the same order. Folders that
    cannot be read are reported in ``problems`` (never skipped silently)."""
    found: dict[str, Path] = {}

    def note(path: Path, message: str) -> None:
        if problems is not None:
            problems.append((path, message))

    for path in paths:
        path = Path(path)
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            note(path, f"无法访问：{exc.strerror or exc}")
            continue
        if not is_dir:
            found.setdefault(str(path), path)
            continue
        def unreadable(exc: OSError, top: Path = path) -> None:
            note(Path(exc.filename or top), "文件夹无法读取（没有权限？）")

        for folder, subfolders, files in os.walk(path, onerror=unreadable):
            subfolders.sort()
            for name in sorted(files):
                if name.lower().endswith(PACKAGE_SUFFIX):  # 报告.ZGSZ from Windows too
                    item = Path(folder) / name
                    found.setdefault(str(item), item)
    return sorted(found.values(), key=lambda p: str(p))


# --------------------------------------------------------------------------- deciding (database side)


def _utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _outcome(checked: Checked, verdict: str, *, dry_run: bool, message: str = "", reason: str = "") -> Outcome:
    manifest = checked.manifest
    enterprise = manifest.get("enterprise") or {}
    label = DRY_RUN_LABELS.get(verdict, VERDICTS[verdict][0]) if dry_run else VERDICTS[verdict][0]
    if (reason or checked.reason) == "package_id_conflict":
        label = "报告包编号与已导入的另一份报送重复，未导入"
    return Outcome(
        source=clean_text(checked.source), verdict=verdict, label=label, reason=reason or checked.reason,
        message=clean_text(message or checked.message), package_id=str(manifest.get("package_id", "")),
        uscc=str(enterprise.get("uscc", "")), enterprise=str(enterprise.get("name", "")),
        period=str(manifest.get("period", "")), questionnaire=_questionnaire_ids(manifest),
        sequence=manifest.get("sequence"), verification_code=str(manifest.get("verification_code", "")),
        key_id=str((manifest.get("signer") or {}).get("key_id", "")))


def _questionnaire_ids(manifest: Mapping[str, Any]) -> str:
    refs = manifest.get("questionnaires") if manifest.get("format_version") != 1 else None
    if not isinstance(refs, list):
        refs = [manifest.get("questionnaire") or {}]
    return "+".join(str(r.get("id", "")) for r in refs if isinstance(r, Mapping))


def _log(db: sqlite_utils.Database, signer: LogSigner | None, outcome: Outcome, sha256: str, now: str,
         action: str = "import", extra: str = "") -> None:
    append_log(db, signer, at=now, action=action, verdict=outcome.verdict, reason=outcome.reason,
               source_name=Path(outcome.source).name, file_sha256=sha256, package_id=outcome.package_id,
               uscc=outcome.uscc, detail=(outcome.message + extra)[:1000])


def decide(db: sqlite_utils.Database, checked: Checked, now: str, *, signer: LogSigner | None,
           dry_run: bool = False, approved_late: bool = False) -> Outcome:
    """Store (or not) one checked package and log the decision; the caller holds the transaction."""
    if not checked.ok:
        outcome = _outcome(checked, checked.verdict, dry_run=dry_run)
        _log(db, signer, outcome, checked.sha256, now)
        return outcome
    manifest = checked.manifest
    uscc = manifest["enterprise"]["uscc"]
    signer_key = manifest["signer"]["key_id"]
    package_id = manifest["package_id"]

    # the same bytes again (whoever sent them): nothing changes
    if db.execute("SELECT 1 FROM submissions WHERE package_sha256 = ?", [checked.sha256]).fetchone() is not None:
        outcome = _outcome(checked, "duplicate", dry_run=dry_run)
        _log(db, signer, outcome, checked.sha256, now)
        return outcome
    other = db.execute("SELECT uscc, enterprise_name FROM submissions WHERE package_id = ?", [package_id]).fetchone()
    if other is not None:
        user = "此企业另一份内容不同的报送" if other[0] == uscc else f"{other[1]}（{other[0]}）的报送"
        message = f"报告包编号 {package_id} 已被{user}使用，未导入；请核查是否有人冒用或改动"
        outcome = _outcome(checked, "conflict", dry_run=dry_run, message=message, reason="package_id_conflict")
        _log(db, signer, outcome, checked.sha256, now)
        return outcome

    enterprise = db.execute("SELECT key_id, key_epoch FROM enterprises WHERE uscc = ?", [uscc]).fetchone()
    if enterprise is not None and enterprise[0] != signer_key:
        outcome = _hold(db, checked, pinned=enterprise[0], now=now, dry_run=dry_run, signer=signer)
    else:
        if enterprise is None:
            _pin_enterprise(db, checked, now)
            epoch = 1
        else:
            epoch = int(enterprise[1])
        outcome = _store_submission(db, checked, now, epoch=epoch, dry_run=dry_run, approved_late=approved_late,
                                    signer=signer)
    warning = hidden_text_warning(checked)
    return replace(outcome, warning=warning) if warning else outcome


def hidden_text_warning(checked: Checked) -> str:
    """Names that would show as something else (a right-to-left override, zero-width characters) are
    accepted — they are what the enterprise signed — but said at import."""
    from ..text import hidden_characters, visible

    values = _enterprise_values(checked) if checked.parts else {}
    fields = {"企业名称": str(checked.manifest.get("enterprise", {}).get("name", "")),
              "联系人": values.get("contact", ""), "电话": values.get("phone", "")}
    found = [f"{label}“{visible(value, 60)}”含 {'、'.join(hidden_characters(value))}"
             for label, value in fields.items() if hidden_characters(value)]
    if not found:
        return ""
    return ("；".join(found) + "（不可见或会改变文字显示方向的字符，可能让名称看起来像另一家企业），"
            "请与企业核实；在本软件中这些字符以 ⟦U+…⟧ 显示")


def _hold(db: sqlite_utils.Database, checked: Checked, *, pinned: str, now: str, dry_run: bool,
          signer: LogSigner | None) -> Outcome:
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
             manifest["period"], _questionnaire_ids(manifest), now, clean_text(Path(checked.source).name),
             "{}" if dry_run else json.dumps({"manifest": manifest, "parts": [asdict(p) for p in checked.parts]},
                                             ensure_ascii=False)])
        if not dry_run:
            _store_package_bytes(db, checked)
    elif held[0] != "pending":
        decided = "核准" if held[0] == "approved" else "拒绝"
        message = f"此报告包的新密钥已于先前{decided}；如需重新处理请联系企业重新导出"
    outcome = replace(_outcome(checked, "key_held", dry_run=dry_run, message=message, reason="new_key"),
                      verification_code="")  # the operator reads it from the paper, not from the screen
    _log(db, signer, outcome, checked.sha256, now)
    return outcome


def _store_package_bytes(db: sqlite_utils.Database, checked: Checked) -> None:
    db.execute("INSERT OR IGNORE INTO packages (sha256, data) VALUES (?, ?)", [checked.sha256, checked.data])


def _enterprise_values(checked: Checked) -> dict[str, Any]:
    return checked.enterprise or enterprise_card(json.loads(checked.parts[0].answers))


def _pin_enterprise(db: sqlite_utils.Database, checked: Checked, now: str) -> None:
    values = _enterprise_values(checked)
    db.execute(
        """INSERT INTO enterprises (uscc, name, district, industry_code, industry_name, scale, key_enterprise,
               contact, phone, key_id, public_key, key_pinned_at, first_seen, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [checked.manifest["enterprise"]["uscc"], *values.values(), checked.manifest["signer"]["key_id"],
         checked.signer_public, now, now, now])


def _facts_digest(facts: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(facts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def facts_note(parts: list[Part]) -> str:
    """What the import log binds of each questionnaire's counted facts (an audit compares it later):
    ``facts <digest>`` for a one-questionnaire package, ``facts <id>=<digest>,…`` for a submission."""
    if len(parts) == 1:
        return f"facts {_facts_digest(parts[0].facts)}"
    return "facts " + ",".join(f"{p.questionnaire_id}={_facts_digest(p.facts)}" for p in parts)


def _store_submission(db: sqlite_utils.Database, checked: Checked, now: str, *, epoch: int,
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
            outcome = _outcome(checked, "conflict", dry_run=dry_run, reason="sequence_conflict",
                               message=f"同一企业、评估期的第 {sequence} 次报送已导入，但内容不同")
            _log(db, signer, outcome, checked.sha256, now)
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
             facts.get("mgmt_rate"), facts.get("rnd_rate"), _bool_int(facts.get("cnc_met")),
             _bool_int(facts.get("mgmt_met")), _bool_int(facts.get("rnd_met")), facts.get("cloud_estimate"),
             facts.get("cloud_awarded"), facts.get("miit_level"), facts.get("miit_points"),
             json.dumps(facts, ensure_ascii=False)])
        write_counts(db, manifest["package_id"], part.questionnaire_id, facts)  # what the quota rows count
        if not dry_run:  # a preview decides the same without writing megabytes it will roll back
            db.execute("INSERT INTO submission_content (package_id, questionnaire_id, answers, scores) "
                       "VALUES (?, ?, ?, ?)",
                       [manifest["package_id"], part.questionnaire_id, part.answers, part.scores])
    write_evidence(db, manifest, checked.sha256)  # 佐证材料 the package carries (format 3), listed by the manifest
    if not dry_run:
        _store_package_bytes(db, checked)
    if any_current:
        newest = db.execute("SELECT max(period_order) FROM submissions WHERE uscc = ?", [uscc]).fetchone()[0]
        if order >= newest:  # the enterprise's card shows what its newest report says
            values = _enterprise_values(checked)
            db.execute(f"UPDATE enterprises SET {', '.join(f'{k} = ?' for k in values)}, updated_at = ? "
                       "WHERE uscc = ?", [*values.values(), now, uscc])
    verdict = "superseding" if "superseding" in kinds else "new" if "new" in kinds else "stale"
    outcome = _outcome(checked, verdict, dry_run=dry_run, reason="")
    # the log entry also binds what the dashboard will count (a later edit of the row shows in an audit)
    replaced_text = f"; supersedes {','.join(dict.fromkeys(replaced))}" if replaced else ""
    _log(db, signer, outcome, checked.sha256, now,
         extra=f"[{facts_note(checked.parts)}; current {int(any_current)}{replaced_text}]")
    return outcome


def _before(earlier: str, later: str) -> bool:
    try:
        return datetime.fromisoformat(earlier) < datetime.fromisoformat(later)
    except (TypeError, ValueError):
        return False


def _bool_int(value: Any) -> int | None:
    return None if value is None else int(bool(value))


# --------------------------------------------------------------------------- the pipeline


Progress = Callable[[int, int, Outcome], None]


def import_packages(db: sqlite_utils.Database, paths: Iterable[Path], identity: DistrictIdentity, *,
                    dry_run: bool = False, progress: Progress | None = None, cancel: threading.Event | None = None,
                    workers: int | None = None, now: Callable[[], str] = _utc_now) -> ImportSummary:
    """Check and store every package under ``paths``; a broken package never stops the batch."""
    check_district(db, identity, claim=not dry_run)
    problems: list[tuple[Path, str]] = []
    files = find_packages(paths, problems)
    summary = ImportSummary(dry_run=dry_run, total=len(files) + len(problems))
    workers = workers or max(1, min(os.cpu_count() or 1, 8))
    if len(files) < PARALLEL_FROM:
        workers = 1
    conn = db.conn
    pending = 0
    begun = 0.0

    def record(checked: Checked) -> None:
        nonlocal pending, begun
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            begun = time.monotonic()
        # each package in its own savepoint: an error in our code for one file undoes only that file
        conn.execute("SAVEPOINT package")
        try:
            outcome = decide(db, checked, now(), signer=identity, dry_run=dry_run)
            conn.execute("RELEASE package")
        except sqlite3.IntegrityError as exc:  # a constraint our decision missed: this file only
            conn.execute("ROLLBACK TO package")
            conn.execute("RELEASE package")
            outcome = _internal_error(db, identity, checked, exc, dry_run, now())
        except sqlite3.Error:
            raise  # disk full, locked, read-only: the batch cannot go on (reported below)
        except Exception as exc:  # one file must never stop the batch
            conn.execute("ROLLBACK TO package")
            conn.execute("RELEASE package")
            outcome = _internal_error(db, identity, checked, exc, dry_run, now())
        summary.outcomes.append(outcome)
        pending += 1
        if not dry_run and (pending >= COMMIT_EVERY or time.monotonic() - begun >= COMMIT_SECONDS):
            conn.execute("COMMIT")
            pending = 0
        if progress is not None:
            progress(len(summary.outcomes), summary.total, outcome)

    try:
        for path, message in problems:
            record(Checked(str(path), verdict="unreadable", reason="unreadable", message=message))
        for checked in checked_stream(files, identity, workers, cancel, loaded_editions(db)):
            record(checked)
        summary.cancelled = cancel is not None and cancel.is_set() and len(summary.outcomes) < summary.total
        if conn.in_transaction:
            conn.execute("ROLLBACK" if dry_run else "COMMIT")
        if summary.cancelled and not dry_run:
            with transaction(db):
                append_log(db, identity, at=now(), action="import", verdict="cancelled",
                           detail=f"操作员取消：已处理 {len(summary.outcomes)} / {summary.total} 个文件")
        if not dry_run:
            remember_log(db)
    except sqlite3.Error as exc:
        raise DistrictDbError(explain(exc, db) + f"（已提交的 {len(summary.outcomes) - pending} 个文件保留；"
                                                 "问题解决后重新导入即可继续）") from exc
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if dry_run:
            try:  # the preview's rolled-back pages should not stay in the WAL file
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
    return summary


def _internal_error(db: sqlite_utils.Database, signer: LogSigner | None, checked: Checked, exc: BaseException,
                    dry_run: bool, now: str) -> Outcome:
    outcome = _outcome(checked, "error", dry_run=dry_run, reason="internal_error",
                       message=f"处理此报告包时程序出错（{type(exc).__name__}: {str(exc)[:120]}），未导入；"
                               "其他报告包不受影响，请把此文件交给软件维护方")
    _log(db, signer, outcome, checked.sha256, now)
    return outcome


# --------------------------------------------------------------------------- held keys


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
                fingerprint: str = "", note: str = "", now: Callable[[], str] = _utc_now) -> list[Outcome]:
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
               now: Callable[[], str] = _utc_now) -> int:
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


def check_district(db: sqlite_utils.Database, identity: DistrictIdentity, *, claim: bool) -> None:
    """A database belongs to one district; the first real import records which."""
    from .db import get_meta, set_meta

    recorded = get_meta(db, "district")
    if recorded is not None and recorded != identity.district:
        raise UserError(f"此区县数据库属于{recorded}，不能用{identity.district}的密钥导入；"
                        "请打开本区县的数据库，或新建一个")
    if recorded is None and claim:
        with transaction(db):
            set_meta(db, "district", identity.district)


# --------------------------------------------------------------------------- reading stored evidence


def submission_report(db: sqlite_utils.Database, package_id: str, identity: DistrictIdentity) -> bytes:
    """The PDF report of a stored submission, decrypted from the signed package kept as evidence
    (verified again on the way: a database edited behind our back does not show a forged report)."""
    from ..package.verify import verify_bytes

    rows = db.execute("SELECT s.package_sha256, s.uscc, p.data FROM submissions s "
                      "LEFT JOIN packages p ON p.sha256 = s.package_sha256 WHERE s.package_id = ? "
                      "ORDER BY s.questionnaire_id", [package_id]).fetchall()
    if not rows:
        raise UserError("找不到这份报送的报告包")
    edited = UserError("数据库中保存的报告包与导入时的记录不符，数据库可能被修改过（可运行“核查数据库”查看）")
    # every questionnaire row of the package must name the same evidence (an edited row must not show another's)
    if len({(sha, uscc) for sha, uscc, _ in rows}) != 1:
        raise edited
    sha, uscc, data = rows[0]
    if data is None or hashlib.sha256(data).hexdigest() != sha:
        raise edited
    verified = verify_bytes(data, identity.key_id, identity.private_key(), district_name=identity.district)
    if verified.package_id != package_id or verified.manifest["enterprise"]["uscc"] != uscc:
        raise edited
    assert verified.payload is not None
    return verified.payload.report_pdf
