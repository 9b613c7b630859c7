"""Audit the district database against its own evidence.

The import log's hash chain shows whether the log was edited; this goes further and checks what the
dashboard counts. For every stored submission: the signed package kept as evidence is still there
and hashes to what was recorded, it still verifies (signature, decryption, re-scoring), the facts
recomputed from it equal the stored facts and the typed columns, and they equal the digest written
into the submission's log entry at import. Then each (enterprise, period, questionnaire) has exactly
one current submission, the newest by (key epoch, sequence). Someone who edits the database with an
SQLite tool to change a figure is found here.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from .db import check_log
from .importer import DistrictIdentity, _facts_digest

TYPED = ("cnc_rate", "mgmt_rate", "rnd_rate", "cnc_met", "mgmt_met", "rnd_met", "cloud_estimate", "cloud_awarded",
         "miit_level", "miit_points")
_DIGEST = re.compile(r"\[facts ([0-9a-f]{16}|[a-z0-9.,=_-]+); current")


@dataclass
class AuditReport:
    submissions: int = 0
    problems: list[str] = field(default_factory=list)
    log_message: str = ""
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled

    @property
    def message(self) -> str:
        if self.cancelled:
            return f"核查已取消（已核查 {self.submissions} 份报送）"
        if self.ok:
            return f"核查通过：{self.submissions} 份报送与其原始报告包一致；{self.log_message}"
        shown = "\n".join(self.problems[:30])
        more = f"\n……另有 {len(self.problems) - 30} 处" if len(self.problems) > 30 else ""
        return f"核查发现 {len(self.problems)} 处问题（数据库可能在导入后被改动过）：\n{shown}{more}"


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9  # type: ignore[arg-type]
    if isinstance(a, bool) or isinstance(b, bool):
        return a is not None and b is not None and int(a) == int(b)  # type: ignore[arg-type]
    return a == b


def audit(db: sqlite_utils.Database, identity: DistrictIdentity, *,
          progress: Callable[[int, int], None] | None = None, cancel: threading.Event | None = None) -> AuditReport:
    from ..package.format import PackageRejected
    from ..package.verify import verify_bytes
    from .facts import submission_facts

    report = AuditReport()
    log = check_log(db)
    report.log_message = log.message
    if not log.ok:
        report.problems.append(log.message)
    digests: dict[tuple[str, str | None], str] = {}  # (package, questionnaire or None for a one-part package)
    for package_id, detail in db.execute("SELECT package_id, detail FROM import_log "
                                         "WHERE verdict IN ('new', 'superseding', 'stale')"):
        match = _DIGEST.search(detail)
        if match is None:
            continue
        if "=" in match.group(1):
            for item in match.group(1).split(","):
                questionnaire, _, digest = item.partition("=")
                digests[(package_id, questionnaire)] = digest
        else:
            digests[(package_id, None)] = match.group(1)
    private = identity.private_key()
    total = db.execute("SELECT count(*) FROM submissions").fetchone()[0]
    rows = db.execute(f"SELECT s.package_id, s.questionnaire_id, s.enterprise_name, s.package_sha256, s.facts, "
                      f"{', '.join(TYPED)}, p.data FROM submissions s LEFT JOIN packages p "
                      "ON p.sha256 = s.package_sha256 ORDER BY s.rowid")
    verified: dict[tuple[str, str], dict[str, dict[str, object]] | str] = {}  # facts by questionnaire, or a problem
    for index, row in enumerate(rows, start=1):
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            break
        package_id, questionnaire, name, sha, facts_text, *typed, data = row
        where = f"{name}（报告包 {package_id}，{questionnaire}）"
        report.submissions += 1
        if progress is not None:
            progress(index, total)
        if (package_id, sha) not in verified:  # a format-2 package holds several questionnaires: verified once
            verified[(package_id, sha)] = _recompute(data, sha, package_id, identity, private, submission_facts,
                                                     verify_bytes, PackageRejected)
        recomputed = verified[(package_id, sha)]
        if isinstance(recomputed, str):
            report.problems.append(f"{where}：{recomputed}")
            continue
        facts = recomputed.get(questionnaire)
        if facts is None:
            report.problems.append(f"{where}：原始报告包中没有这份问卷")
            continue
        stored = json.loads(facts_text)
        if json.dumps(facts, sort_keys=True) != json.dumps(stored, sort_keys=True):
            report.problems.append(f"{where}：保存的统计数据与报告包重新计算的不一致")
        elif not all(_same(facts.get(column), value) for column, value in zip(TYPED, typed, strict=True)):
            report.problems.append(f"{where}：汇总用的数值与报告包重新计算的不一致")
        logged = digests.get((package_id, questionnaire), digests.get((package_id, None)))
        if logged is None:
            report.problems.append(f"{where}：导入日志中没有它的导入记录")
        elif logged != _facts_digest(facts):
            report.problems.append(f"{where}：与导入日志记录的摘要不一致")
    if not report.cancelled:
        report.problems += _check_current(db)
    return report


def _recompute(data: bytes | None, sha: str, package_id: str, identity: DistrictIdentity, private: object,
               submission_facts: Any, verify_bytes: Any, rejected: Any) -> dict[str, dict[str, object]] | str:
    """The facts of each questionnaire recomputed from the stored package, or what is wrong with it."""
    if data is None or hashlib.sha256(data).hexdigest() != sha:
        return "原始报告包缺失或与导入时的校验值不符"
    try:
        verified = verify_bytes(data, identity.key_id, private, district_name=identity.district)
    except rejected as exc:
        return f"原始报告包核验不通过（{exc.reason}）"
    if verified.package_id != package_id:
        return f"记录的原始报告包是另一份报送（{verified.package_id}）"
    payload = verified.payload
    return {ref["id"]: submission_facts(ref["id"], answers, rescored)
            for ref, (answers, rescored) in zip(verified.questionnaires, payload.parts(), strict=True)}


def _check_current(db: sqlite_utils.Database) -> list[str]:
    """Each (enterprise, period, questionnaire) has one current version, and no other is newer by (key epoch,
    sequence) — except a package approved late: held under a new key and made before the current one."""
    problems = []
    groups: dict[tuple[str, str, str], list[tuple[int, int, int, str]]] = {}
    for uscc, period, questionnaire, current, epoch, sequence, created in db.execute(
            "SELECT uscc, period, questionnaire_id, current, key_epoch, sequence, created_at FROM submissions"):
        groups.setdefault((uscc, period, questionnaire), []).append((int(current), int(epoch), int(sequence),
                                                                     str(created)))
    for (uscc, period, questionnaire), rows in groups.items():
        currents = [row for row in rows if row[0] == 1]
        ok = len(currents) == 1 and all(
            (epoch, sequence) <= currents[0][1:3] or _earlier(created, currents[0][3])
            for _, epoch, sequence, created in rows)
        if not ok:
            problems.append(f"{uscc} {period} {questionnaire}：当前版本标记异常（应为序号最大的一份）")
    return problems


def _earlier(first: str, second: str) -> bool:
    from datetime import datetime

    try:
        return datetime.fromisoformat(first) < datetime.fromisoformat(second)
    except ValueError:
        return False
