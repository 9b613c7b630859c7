"""Audit: rebuild the district database from its evidence and compare it with the real one.

Every figure and every key pin in the district database follows from three kinds of evidence: the
signed packages as received (kept byte for byte in ``packages``), the roster files as imported (kept in
``roster_files``), and the operator's decisions (approve or reject a new key), all recorded in order in
the import log — which is hash-chained and signed with the district's key, so it cannot be rebuilt by
someone who has the file but not the passphrase.

The audit checks the log (chain and signatures), then **replays** it into an empty scratch database
with the same code the import uses: each stored package is verified, decrypted and re-scored again,
each decision applied again. The scratch database is what the real one must be. Every table is then
compared row by row and column by column, and each difference is said in plain Chinese: a changed
uscc, period or flag, a deleted submission, a re-pinned key, an edited roster or key decision, a
swapped package. Nothing in the real database is written.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from ..text import visible
from .counters import UNDATED
from .db import (
    GENESIS,
    LogCheck,
    LogEntry,
    _entry_hash,
    append_log,
    check_log,
    get_meta,
    log_entries,
    open_db,
    transaction,
)
from .identity import DistrictIdentity
from .policy_files import loaded_editions

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

MAX_SHOWN = 30

# The tables the audit rebuilds, each with the columns that identify a row.
TABLES: dict[str, tuple[str, ...]] = {
    "meta": ("key",),
    "enterprises": ("uscc",),
    "submissions": ("package_id", "questionnaire_id"),
    "submission_content": ("package_id", "questionnaire_id"),
    "submission_counts": ("package_id", "questionnaire_id", "bucket", "year"),
    "submission_evidence": ("package_id", "evidence_id"),
    "held_keys": ("package_sha256",),
    "roster": ("uscc",),
    "packages": ("sha256",),
    "roster_files": ("sha256",),
    "policy_files": ("sha256",),
}
TABLE_NAMES = {"meta": "数据库设置", "enterprises": "企业", "submissions": "报送", "submission_content": "答卷内容",
               "submission_counts": "统计计数", "submission_evidence": "佐证材料",
               "held_keys": "待核准密钥", "roster": "名单", "packages": "原始报告包", "roster_files": "名单原始文件",
               "policy_files": "市级政策版本文件"}
# evidence bytes are checked against their hash, not copied into the scratch database
EVIDENCE_COLUMNS = {"packages": "data", "roster_files": "data"}
COLUMN_NAMES = {
    "uscc": "统一社会信用代码", "name": "企业名称", "enterprise_name": "企业名称", "district": "所属地区",
    "industry_code": "行业代码", "industry_name": "行业", "industry": "行业", "scale": "规模",
    "key_enterprise": "重点企业标记", "contact": "联系人", "phone": "电话", "key_id": "登记的签名密钥",
    "public_key": "登记的签名公钥", "key_pinned_at": "密钥登记时间", "key_epoch": "密钥代次",
    "first_seen": "首次报送时间",
    "updated_at": "更新时间", "package_id": "报告包编号", "questionnaire_id": "问卷", "period": "评估期",
    "period_year": "年度", "period_order": "评估期顺序", "questionnaire_version": "问卷版本",
    "questionnaire_hash": "问卷校验值", "format_version": "报告包格式", "sequence": "报送序号",
    "supersedes": "替代的报告包", "created_at": "导出时间", "imported_at": "导入时间", "signer_key_id": "签名密钥",
    "verification_code": "核验码", "package_sha256": "报告包校验值", "source_name": "文件名", "current": "当前版本标记",
    "complete": "填写完整标记", "cnc_rate": "关键工序数控化率", "mgmt_rate": "经营管理数字化普及率",
    "rnd_rate": "数字化研发设计工具普及率", "cnc_met": "数控化率达标", "mgmt_met": "普及率达标",
    "rnd_met": "研发工具达标", "cloud_estimate": "星级上云估计", "cloud_awarded": "已获评星级",
    "miit_level": "工信部评测等级", "miit_points": "评测得分", "facts": "统计数据", "answers": "答卷",
    "scores": "计分结果",
    "pinned_key_id": "原登记密钥", "received_at": "收到时间", "checked": "核验内容", "status": "处理状态",
    "decided_at": "处理时间", "note": "备注", "id": "记录编号", "source": "来源文件", "value": "值", "key": "名称",
    "sha256": "校验值", "bucket": "计数项", "year": "年份", "n": "数量",
    "evidence_id": "佐证材料编号", "question_id": "题目", "file_name": "文件名", "media_type": "文件类型",
    "size": "大小",
}
META_NAMES = {"district": "所属地区"}
# what each bucket of submission_counts counts (counters.entries), as staff know it
BUCKET_NAMES = {"projects_completed": "已完成的‘智改数转’项目", "provincial_workshops": "省级示范智能车间（工厂）",
                "city_workshops": "市级示范智能车间", "national_workshops": "国家级智能制造示范",
                "first_set_equipment": "首台（套）重大智能装备", "benchmark_factories": "工业互联网标杆工厂",
                "iiot_fusion_pilots": "工业互联网融合创新试点示范", "liangronghe_certified": "两化融合贯标",
                "cloud_new_5": "五星级上云", "cloud_new_4": "四星级上云", "cloud_new_3": "三星级上云"}
STORED_VERDICTS = ("new", "superseding", "stale", "key_held")
# Our re-scoring kept for display (not counted): a newer release may add to it (release 0.2 added the
# consistency checks). What was stored must still be there, unchanged; what a newer release adds is not a
# difference. The counted facts and typed columns are compared exactly.
DERIVED_JSON = {"scores", "checked"}
_FINGERPRINT = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


@dataclass
class AuditReport:
    submissions: int = 0  # stored packages verified again
    entries: int = 0  # log entries replayed
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # limits of what could be checked, not differences
    log_message: str = ""
    log: LogCheck | None = None
    cancelled: bool = False
    reported: set[str] = field(default_factory=set)  # evidence already named as missing or swapped
    # packages whose counted facts this release computes differently from the release that imported them
    rules_changed: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled

    @property
    def message(self) -> str:
        if self.cancelled:
            return f"核查已取消（已重新处理 {self.entries} 条日志记录）"
        notes = "".join(f"\n注意：{note}" for note in self.notes)
        if self.ok:
            return (f"核查通过：{self.submissions} 个报告包，以及企业、密钥和名单，都能由原始报告包、名单文件和"
                    f"导入日志重新得出，与数据库一致。{self.log_message}{notes}")
        shown = "\n".join(self.problems[:MAX_SHOWN])
        more = f"\n……另有 {len(self.problems) - MAX_SHOWN} 处" if len(self.problems) > MAX_SHOWN else ""
        return (f"核查发现 {len(self.problems)} 处问题（数据库在本软件之外被改动过，或证据缺失）：\n"
                f"{shown}{more}{notes}")


class _Unreplayable(Exception):
    """One log entry whose evidence is missing or does not fit; said in Chinese."""


def audit(db: sqlite_utils.Database, identity: DistrictIdentity, *,
          progress: Callable[[int, int], None] | None = None, cancel: threading.Event | None = None) -> AuditReport:
    report = AuditReport()
    with tempfile.TemporaryDirectory(prefix="zgsz-audit-") as folder:
        scratch = open_db(Path(folder) / "replay.zgszdb")
        try:
            # a scratch copy: speed over durability; and rows taken over as they are from a database
            # someone edited (see _adopt) may break references the real one no longer keeps
            scratch.conn.execute("PRAGMA synchronous = OFF")
            scratch.conn.execute("PRAGMA foreign_keys = OFF")
            report.problems += _schema_problems(db, scratch)
            missing = [t for t in (*TABLES, "import_log") if not _has_table(db, t)]
            if missing:
                report.problems.append("缺少" + "、".join(TABLE_NAMES.get(t, "导入日志") for t in missing)
                                       + "，无法由证据重建数据库；请从备份恢复")
                return report
            try:
                _check_log_and_notes(db, identity, report)
                _replay(db, scratch, identity, report, progress, cancel)
                if not report.cancelled:
                    _compare(db, scratch, report)
            except sqlite3.Error as exc:  # a structure edited beyond what the checks above name
                report.problems.append(f"核查时读取数据库出错（{exc}）：数据库的结构被改动过，请从备份恢复")
        finally:
            scratch.conn.close()
    return report


def _check_log_and_notes(db: sqlite_utils.Database, identity: DistrictIdentity, report: AuditReport) -> None:
    from .anchor import check as check_anchor

    log = check_log(db, identity)
    report.log, report.log_message = log, log.message
    if not log.ok:
        report.problems.append(log.message)
    rolled_back = check_anchor(db)
    if rolled_back:
        report.problems.append(rolled_back)
    if log.ok and log.entries and not log.sealed and not rolled_back:
        report.notes.append("导入日志还没有区县签名（旧版本建立的数据库）：签名之前的改动无法与签名核对，"
                            "只能与原始报告包核对")


def _has_table(db: sqlite_utils.Database, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone() is not None


SCHEMA_KINDS = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图"}


def _schema(db: sqlite_utils.Database) -> dict[tuple[str, str], str]:
    import re as _re

    return {(str(kind), str(name)): _re.sub(r"\s+", " ", str(sql or "")).strip()
            for kind, name, sql in db.execute("SELECT type, name, sql FROM sqlite_master "
                                              "WHERE name NOT LIKE 'sqlite_%'")}


def _schema_problems(db: sqlite_utils.Database, scratch: sqlite_utils.Database) -> list[str]:
    """The structure the migrations make, against the real one: a dropped column, a table rebuilt without
    its key (which lets two rows count twice), a dropped guard trigger or index are all named."""
    real, expected = _schema(db), _schema(scratch)
    problems = []
    for key in sorted(expected.keys() | real.keys()):
        kind, name = key
        what = f"{SCHEMA_KINDS.get(kind, kind)} {TABLE_NAMES.get(name, name)}"
        if key not in real:
            problems.append(f"数据库结构被改动过：{what} 被删除了")
        elif key not in expected:
            problems.append(f"数据库结构被改动过：多出{what}")
        elif real[key] != expected[key]:
            problems.append(f"数据库结构被改动过：{what} 的定义与本软件建立的不同（列、主键或约束被改过）")
    return problems


# --------------------------------------------------------------------------- replay


def _replay(db: sqlite_utils.Database, scratch: sqlite_utils.Database, identity: DistrictIdentity,
            report: AuditReport, progress: Callable[[int, int], None] | None,
            cancel: threading.Event | None) -> None:
    from .db import set_meta

    entries = list(log_entries(db))
    if entries or get_meta(db, "district") is not None:
        with transaction(scratch):  # the first import claims the database for its district
            set_meta(scratch, "district", identity.district)
    private = identity.private_key()
    position = 0
    while position < len(entries):
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            return
        entry = entries[position]
        before = _count(scratch)
        try:
            with transaction(scratch):
                _replay_one(db, scratch, entry, identity, private, report)
        except _Unreplayable as exc:
            report.problems.append(f"{_where(position + 1, entry)}：{exc}")
            with transaction(scratch):
                _adopt(db, scratch, entry)  # taken as stored, so one bad file is one problem, not a cascade
                _copy_entry(scratch, entry)
            report.reported.add(entry.file_sha256)
        except Exception as exc:  # evidence our own code cannot process: said, and the audit goes on
            report.problems.append(f"{_where(position + 1, entry)}：无法按原始证据重新处理（{type(exc).__name__}）")
            with transaction(scratch):
                _copy_entry(scratch, entry)
        produced = list(_entries_from(scratch, before))
        for offset, made in enumerate(produced):
            real = entries[position + offset] if position + offset < len(entries) else None
            if real is None:
                report.problems.append(f"{_where(position + offset + 1, made)}：按原始证据处理应有这条日志记录，"
                                       "但日志中没有（日志末尾被删除过）")
                continue
            difference = _entry_difference(made, real)
            if difference and _only_facts_differ(made, real):
                report.rules_changed.add(real.package_id)  # compared against the signed digest below
            elif difference:
                report.problems.append(f"{_where(position + offset + 1, real)}：{difference}")
        position += max(1, len(produced))
        report.entries = position
        if progress is not None:
            progress(min(position, len(entries)), len(entries))


def _count(scratch: sqlite_utils.Database) -> int:
    return int(scratch.execute("SELECT count(*) FROM import_log").fetchone()[0])


def _entries_from(scratch: sqlite_utils.Database, skip: int) -> Iterator[LogEntry]:
    for index, entry in enumerate(log_entries(scratch)):
        if index >= skip:
            yield entry


def _where(position: int, entry: LogEntry) -> str:
    what = visible(entry.source_name, 60) or entry.action
    return f"导入日志第 {position} 条（{entry.at[:16].replace('T', ' ')}，{what}）"


def _entry_difference(made: LogEntry, real: LogEntry) -> str:
    if made.verdict != real.verdict or made.action != real.action:
        return (f"按原始证据重新处理的结论为“{_verdict_label(made.verdict)}”，"
                f"日志记录为“{_verdict_label(real.verdict)}”")
    for name, label in (("package_id", "报告包编号"), ("uscc", "统一社会信用代码"), ("file_sha256", "文件校验值"),
                        ("source_name", "文件名"), ("at", "时间"), ("reason", "原因代码"), ("detail", "说明"),
                        ("data", "决定内容")):
        if getattr(made, name) != getattr(real, name):
            return (f"日志记录的{label}与按原始证据重新处理的不一致（日志：{visible(getattr(real, name), 80)}；"
                    f"应为：{visible(getattr(made, name), 80)}）")
    return ""


_FACTS_NOTE = re.compile(r"\[facts [^;\]]*")


def _only_facts_differ(made: LogEntry, real: LogEntry) -> bool:
    """The import's log entry binds the digest of the facts as counted then; a later release that counts
    differently makes another digest from the same signed package. That is a changed rule, not an edit."""
    if made.fields() == real.fields() or made.action != "import":
        return False

    def comparable(key: str, text: str) -> str:
        return _FACTS_NOTE.sub("[facts", text) if key == "detail" else text

    return all(comparable(k, a) == comparable(k, b)
               for k, a, b in ((k, made.fields()[k], real.fields()[k]) for k in made.fields()))


def _logged_digests(db: sqlite_utils.Database) -> dict[tuple[str, str | None], str]:
    """The facts digest the (signed) import entry recorded for each stored questionnaire."""
    digests: dict[tuple[str, str | None], str] = {}
    for entry in log_entries(db):
        if entry.action != "import" or entry.verdict not in ("new", "superseding", "stale"):
            continue
        match = re.search(r"\[facts ([^;\]]*)", entry.detail)
        if match is None:
            continue
        if "=" in match.group(1):
            for item in match.group(1).split(","):
                questionnaire, _, digest = item.partition("=")
                digests[(entry.package_id, questionnaire)] = digest
        else:
            digests[(entry.package_id, None)] = match.group(1)
    return digests


def _verdict_label(verdict: str) -> str:
    from .outcomes import VERDICTS

    extra = {"key_approved": "核准新密钥", "key_rejected": "拒绝新密钥", "roster_imported": "导入名单",
             "approval_refused": "核准被拒（核验码不符）", "cancelled": "操作员取消",
             "policy_loaded": "导入市级政策版本", "benchmark_issued": "导出对标文件"}
    return VERDICTS[verdict][0] if verdict in VERDICTS else extra.get(verdict, visible(verdict, 40))


def _replay_one(db: sqlite_utils.Database, scratch: sqlite_utils.Database, entry: LogEntry,
                identity: DistrictIdentity, private: X25519PrivateKey, report: AuditReport) -> None:
    from .checking import check_bytes
    from .key_approval import apply_approval, apply_rejection
    from .verdicts import decide

    if entry.action == "import" and entry.verdict in STORED_VERDICTS:
        data = _evidence(db, "packages", entry.file_sha256, "原始报告包")
        # scored against the editions loaded before this import, exactly as the import itself was
        checked = check_bytes(data, entry.source_name, identity, private, editions=loaded_editions(scratch))
        checked.data = b""  # the scratch copy records that the package is kept, not its bytes again
        decide(scratch, checked, entry.at, signer=None)
        report.submissions += 1
    elif entry.action == "approve_key" and entry.verdict == "key_approved":
        key_id, note = _decision(entry, "→ ", "核验码已与纸质报告核对。")
        apply_approval(scratch, entry.uscc, key_id, entry.at, note, None)
    elif entry.action == "reject_key" and entry.verdict == "key_rejected":
        key_id, note = _decision(entry, "拒绝密钥 ", "个报告包）。")
        apply_rejection(scratch, entry.uscc, key_id, entry.at, note, None)
    elif entry.action == "roster" and entry.verdict == "roster_imported":
        _replay_roster(db, scratch, entry, report)
    elif entry.action == "policy" and entry.verdict == "policy_loaded":
        _replay_policy(db, scratch, entry)
    else:  # refused packages, duplicates, cancellations, refused approvals: nothing was stored
        _copy_entry(scratch, entry)


def _evidence(db: sqlite_utils.Database, table: str, sha: str, what: str) -> bytes:
    row = db.execute(f"SELECT data FROM {table} WHERE sha256 = ?", [sha]).fetchone()
    if row is None or not isinstance(row[0], bytes):
        raise _Unreplayable(f"{what}（校验值 {sha[:12]}…）在数据库中缺失，无法核对由它得出的数据")
    if hashlib.sha256(row[0]).hexdigest() != sha:
        raise _Unreplayable(f"数据库中保存的{what}（校验值 {sha[:12]}…）被替换过，与导入时的不是同一个文件")
    return bytes(row[0])


def _decision(entry: LogEntry, key_before: str, note_after: str) -> tuple[str, str]:
    """The key and note of an approval or rejection: from the entry's data (schema 3), or read out of the
    text that release 0.2 wrote."""
    decision = entry.decision
    if "key_id" in decision:
        return str(decision["key_id"]), str(decision.get("note", ""))
    start = entry.detail.find(key_before)
    match = _FINGERPRINT.search(entry.detail, start + len(key_before) if start >= 0 else 0)
    if match is None:
        raise _Unreplayable("日志记录中读不出所处理的密钥")
    _, _, note = entry.detail.partition(note_after)
    return match.group(0), note


def _replay_roster(db: sqlite_utils.Database, scratch: sqlite_utils.Database, entry: LogEntry,
                   report: AuditReport) -> None:
    from .roster import RosterError, apply_roster, parse_roster_bytes

    if not entry.file_sha256:  # imported by release 0.2 or earlier: the file was not kept
        scratch.execute("DELETE FROM roster")
        rows = db.execute("SELECT uscc, name, key_enterprise, scale, industry, contact, phone, source, imported_at "
                          "FROM roster WHERE source = ? AND imported_at = ?", [entry.source_name, entry.at]).fetchall()
        scratch.conn.executemany("INSERT OR IGNORE INTO roster (uscc, name, key_enterprise, scale, industry, contact, "
                                 "phone, source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        report.notes.append(f"名单 {visible(entry.source_name, 60)}（{entry.at[:10]}）由旧版本导入，原文件未保存，"
                            "其内容无法与文件核对；重新导入一次名单后即可核对")
        _copy_entry(scratch, entry)
        return
    data = _evidence(db, "roster_files", entry.file_sha256, "名单文件")
    try:
        entries = parse_roster_bytes(data, entry.source_name)
    except RosterError as exc:
        raise _Unreplayable(f"保存的名单文件无法读取（{exc}）") from exc
    scratch.execute("INSERT OR IGNORE INTO roster_files (sha256, name, data, imported_at) VALUES (?, ?, ?, ?)",
                    [entry.file_sha256, entry.source_name, b"", entry.at])
    apply_roster(scratch, entries, entry.source_name, entry.at)
    append_log(scratch, None, at=entry.at, action="roster", verdict="roster_imported", source_name=entry.source_name,
               file_sha256=entry.file_sha256, detail=f"名单共 {len(entries)} 家企业")


def _replay_policy(db: sqlite_utils.Database, scratch: sqlite_utils.Database, entry: LogEntry) -> None:
    """A city edition loaded: verified again from the kept file (its bytes go into the scratch database too,
    small as they are, because the imports replayed after it are scored against it)."""
    from ..policy.signed import SignedEditionError, read_signed_edition
    from .policy_files import apply_policy_file

    data = _evidence(db, "policy_files", entry.file_sha256, "市级政策版本文件")
    try:
        signed = read_signed_edition(data, entry.source_name)
    except (SignedEditionError, ValueError) as exc:
        raise _Unreplayable(f"保存的市级政策版本文件无法核验（{exc}）") from exc
    pinned = get_meta(scratch, "city_key_id")
    if pinned is not None and signed.key_id != pinned:
        raise _Unreplayable(f"保存的市级政策版本文件由另一个密钥签发（{signed.key_id}），不是登记的市级密钥 {pinned}")
    apply_policy_file(scratch, data, signed, entry.source_name, entry.at)
    append_log(scratch, None, at=entry.at, action="policy", verdict="policy_loaded", source_name=entry.source_name,
               file_sha256=entry.file_sha256, detail=entry.detail, data=entry.decision or None)


def _adopt(db: sqlite_utils.Database, scratch: sqlite_utils.Database, entry: LogEntry) -> None:
    """The rows a package whose evidence is unusable brought, copied from the real database as they are."""
    if entry.action == "roster":
        scratch.execute("DELETE FROM roster")
        _copy_rows(db, scratch, "roster", "1 = 1", [])
        _copy_rows(db, scratch, "roster_files", "sha256 = ?", [entry.file_sha256])
        return
    if entry.action == "policy":
        _copy_rows(db, scratch, "policy_files", "sha256 = ?", [entry.file_sha256])
        return
    if entry.action != "import" or not entry.file_sha256:
        return
    _copy_rows(db, scratch, "enterprises", "uscc = ?", [entry.uscc])
    _copy_rows(db, scratch, "submissions", "package_sha256 = ?", [entry.file_sha256])
    for table in ("submission_content", "submission_counts"):
        _copy_rows(db, scratch, table, "package_id IN (SELECT package_id FROM submissions WHERE package_sha256 = ?)",
                   [entry.file_sha256])
    _copy_rows(db, scratch, "held_keys", "package_sha256 = ?", [entry.file_sha256])
    _copy_rows(db, scratch, "packages", "sha256 = ?", [entry.file_sha256])


def _copy_rows(db: sqlite_utils.Database, scratch: sqlite_utils.Database, table: str, where: str,
               parameters: list[Any]) -> None:
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
    rows = db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {where}", parameters).fetchall()
    scratch.conn.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
                             f"VALUES ({', '.join('?' for _ in columns)})", rows)


def _copy_entry(scratch: sqlite_utils.Database, entry: LogEntry) -> None:
    """A log entry that changed nothing stored (or cannot be replayed), copied as it is so the scratch log
    stays aligned with the real one."""
    row = scratch.execute("SELECT entry_hash FROM import_log ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    fields = entry.fields()
    scratch.execute(f"INSERT INTO import_log ({', '.join(fields)}, prev_hash, entry_hash, seal) "
                    f"VALUES ({', '.join('?' for _ in fields)}, ?, ?, '')",
                    [*fields.values(), prev, _entry_hash(prev, fields)])


# --------------------------------------------------------------------------- comparison


def _rows(db: sqlite_utils.Database, table: str,
          duplicates: list[str] | None = None) -> dict[tuple[Any, ...], dict[str, Any]]:
    key = TABLES[table]
    try:
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        skipped = EVIDENCE_COLUMNS.get(table)
        chosen = [c for c in columns if c != skipped]
        rows: dict[tuple[Any, ...], dict[str, Any]] = {}
        for values in db.execute(f"SELECT {', '.join(chosen)} FROM {table}"):
            row = dict(zip(chosen, values, strict=True))
            identity = tuple(row.get(k) for k in key)
            if identity in rows and duplicates is not None:
                duplicates.append(f"{_describe(table, identity, row)}：在数据库中出现了不止一次"
                                  "（重复的行会被重复计数）")
            rows[identity] = row
        return rows
    except sqlite3.Error:
        return {}


def _describe(table: str, key: tuple[Any, ...], row: dict[str, Any]) -> str:
    name = visible(row.get("enterprise_name") or row.get("name") or "", 40)
    if table == "enterprises":
        return f"企业 {name}（{visible(key[0], 20)}）"
    if table in ("submissions", "submission_content"):
        who = f"{name} {visible(row.get('period', ''), 20)} " if name else ""
        return f"{TABLE_NAMES[table]} {who}{_questionnaire_name(key[1])}（报告包 {visible(key[0], 40)}）"
    if table == "submission_counts":
        bucket = str(key[2])
        what = BUCKET_NAMES.get(bucket.removeprefix(UNDATED), visible(bucket, 40))
        when = "未填年份" if bucket.startswith(UNDATED) else f"{visible(key[3], 10)}年"
        return f"{TABLE_NAMES[table]}“{what}”{when}（{_questionnaire_name(key[1])}，报告包 {visible(key[0], 40)}）"
    if table == "submission_evidence":
        return (f"佐证材料“{visible(row.get('file_name', ''), 60)}”（{visible(row.get('period', ''), 20)}，"
                f"报告包 {visible(key[0], 40)}，{visible(key[1], 20)}）")
    if table == "held_keys":
        return f"待核准密钥（{name}，报告包 {visible(row.get('package_id', ''), 40)}）"
    if table == "roster":
        return f"名单中的 {name}（{visible(key[0], 20)}）"
    if table in ("packages", "roster_files"):
        return f"{TABLE_NAMES[table]} {visible(row.get('name', ''), 40)}（校验值 {str(key[0])[:12]}…）"
    if table == "meta":
        return f"数据库设置“{META_NAMES.get(str(key[0]), visible(key[0], 40))}”"
    return f"{TABLE_NAMES[table]} {visible(key[0], 40)}"


def _without_scoring(value: Any) -> Any:
    """A held package's copy without our scoring of it: an approval scores the kept package again, so
    only what the package says (manifest, answers) is evidence here, and a release that scores
    differently is no difference."""
    if isinstance(value, dict) and isinstance(value.get("parts"), list):
        value = dict(value)
        value["parts"] = [{k: v for k, v in part.items() if k not in ("facts", "scores")}
                          if isinstance(part, dict) else part for part in value["parts"]]
    return value


def _held_shape(value: Any) -> Any:
    """A key held by release 0.1 kept its one questionnaire flat; since 0.2 it is ``parts``."""
    import json

    if not isinstance(value, str) or '"parts"' in value or '"manifest"' not in value:
        return value
    try:
        content = json.loads(value)
    except ValueError:
        return value
    if isinstance(content, dict) and {"answers", "scores", "facts"} <= content.keys():
        part = {key: content.pop(key) for key in ("answers", "scores", "facts")}
        content["parts"] = [part]
    return content


def _comparable(column: str, value: Any) -> Any:
    import json

    if column == "scores":  # advice and the policy edition's wording change with releases; figures do not
        return _reproducible_scores(value)
    if column != "checked":
        return value
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    return _without_scoring(value)


def _reproducible_scores(value: Any) -> Any:
    import json

    from ..package.verify import reproducible_part

    try:
        scores = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return value
    if not isinstance(scores, dict):
        return value
    if isinstance(scores.get("parts"), list):
        return {**scores, "parts": [reproducible_part(p) if isinstance(p, dict) else p for p in scores["parts"]]}
    return reproducible_part(scores)


def _covered(stored: Any, rebuilt: Any) -> bool:
    """Every value in ``stored`` (JSON, nested JSON text included) is in ``rebuilt`` unchanged."""
    import json

    def parsed(value: Any) -> Any:
        if isinstance(value, str) and value[:1] in "{[":
            try:
                return json.loads(value)
            except ValueError:
                return value
        return value

    stored, rebuilt = parsed(stored), parsed(rebuilt)
    if isinstance(stored, dict) and isinstance(rebuilt, dict):
        return all(key in rebuilt and _covered(value, rebuilt[key]) for key, value in stored.items())
    if isinstance(stored, list) and isinstance(rebuilt, list):
        return len(stored) == len(rebuilt) and all(_covered(a, b) for a, b in zip(stored, rebuilt, strict=True))
    return bool(stored == rebuilt and type(stored) is type(rebuilt))


def _questionnaire_name(questionnaire_id: Any) -> str:
    """The questionnaire's short title as staff know it (南通核心指标), not its id."""
    from ..questionnaire.loader import shipped_questionnaires

    for questionnaire in shipped_questionnaires():
        if questionnaire.id == questionnaire_id:
            return questionnaire.short_title or questionnaire.title
    return visible(questionnaire_id, 40)


def _shown(column: str, value: Any) -> str:
    if value is None:
        return "空"
    if isinstance(value, bytes):
        return f"{len(value)} 字节的数据"
    if column.endswith("_rate") and isinstance(value, int | float):
        return f"{value * 100:.1f}%"
    return visible(value, 60)


def _difference(column: str, stored: Any, rebuilt: Any) -> str:
    label = COLUMN_NAMES.get(column, column)
    if isinstance(stored, str) and isinstance(rebuilt, str) and max(len(stored), len(rebuilt)) > 60:
        return f"{label}被改动过（与原始证据中的内容不同）"
    return f"{label}被改动过（数据库中为“{_shown(column, stored)}”，按原始证据应为“{_shown(column, rebuilt)}”）"


FACTS_COLUMNS = {"facts", "key_enterprise", "complete", "cnc_rate", "mgmt_rate", "rnd_rate", "cnc_met", "mgmt_met",
                 "rnd_met", "cloud_estimate", "cloud_awarded", "miit_level", "miit_points"}


def _as_imported(row: dict[str, Any], column: str, digests: dict[tuple[str, str | None], str]) -> bool:
    """A counted value that differs from today's recomputation only because the rule changed: the row's
    stored facts are the ones whose digest the signed log recorded at import, and the typed column says
    what those facts say."""
    import json

    from .submissions_store import bool_int, facts_digest

    try:
        facts = json.loads(row["facts"])
    except (TypeError, ValueError):
        return False
    logged = digests.get((row["package_id"], row["questionnaire_id"]), digests.get((row["package_id"], None)))
    if not isinstance(facts, dict) or logged != facts_digest(facts):
        return False
    if column == "facts":
        return True
    expected = facts.get(column)
    if column == "key_enterprise":
        expected = int(expected is True)
    elif column == "complete":
        expected = int(bool(facts.get("complete", False)))
    elif column.endswith("_met"):
        expected = bool_int(expected)
    return bool(expected == row[column])


def _counts_as_imported(db: sqlite_utils.Database, rebuilt: dict[tuple[Any, ...], dict[str, Any]],
                        report: AuditReport, digests: dict[tuple[str, str | None], str]) -> None:
    """A package counted by an older rule keeps the counts of the facts it was imported with (the dashboard
    counts those): what it must hold is what those facts give — once the facts are the ones the signed log
    recorded — not what today's rule gives. ``rebuilt`` (the scratch's rows) is corrected in place."""
    import json

    from .counters import entries

    by_part: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}  # (package, questionnaire) → its rebuilt rows
    for key in rebuilt:
        if key[0] in report.rules_changed:
            by_part.setdefault(key[:2], []).append(key)
    columns = ("package_id", "questionnaire_id", "facts")
    for package_id in report.rules_changed:
        for values in db.execute("SELECT package_id, questionnaire_id, facts FROM submissions WHERE package_id = ?",
                                 [package_id]):
            row = dict(zip(columns, values, strict=True))
            if not _as_imported(row, "facts", digests):
                continue  # the facts themselves are not the signed ones: said below, counts compared as rebuilt
            for key in by_part.get(tuple(values[:2]), ()):
                del rebuilt[key]
            for bucket, year, n in entries(json.loads(row["facts"])):
                rebuilt[(package_id, row["questionnaire_id"], bucket, year)] = {
                    "package_id": package_id, "questionnaire_id": row["questionnaire_id"], "bucket": bucket,
                    "year": year, "n": n}


def _compare(db: sqlite_utils.Database, scratch: sqlite_utils.Database, report: AuditReport) -> None:
    digests = _logged_digests(db) if report.rules_changed else {}
    for table in TABLES:
        real, rebuilt = _rows(db, table, report.problems), _rows(scratch, table)
        if table == "submission_counts" and report.rules_changed:
            _counts_as_imported(db, rebuilt, report, digests)
        for key in sorted(real.keys() | rebuilt.keys(), key=repr):
            ours, theirs = real.get(key), rebuilt.get(key)
            if ours is None and theirs is not None:
                report.problems.append(f"{_describe(table, key, theirs)}：在数据库中被删除了")
            elif theirs is None and ours is not None:
                report.problems.append(f"{_describe(table, key, ours)}：数据库中多出这一行，导入日志和原始证据中"
                                       "都没有它的来历")
            elif ours is not None and theirs is not None:
                changed_rule = table in ("submissions", "submission_content") and key[0] in report.rules_changed
                for column, value in ours.items():
                    if changed_rule and (column in DERIVED_JSON or (
                            column in FACTS_COLUMNS and _as_imported(ours, column, digests))):
                        continue  # counted by an older rule; the note below says so
                    if column in theirs and value != theirs[column] and not (
                            column in DERIVED_JSON and _covered(_comparable(column, _held_shape(value)),
                                                                _comparable(column, theirs[column]))):
                        report.problems.append(f"{_describe(table, key, theirs)}："
                                               f"{_difference(column, value, theirs[column])}")
        evidence_column = EVIDENCE_COLUMNS.get(table)
        if table == "submissions" and report.rules_changed:
            report.notes.append(f"{len(report.rules_changed)} 个报告包的统计数据由旧版本软件按当时的口径计算，"
                                "本版软件的计算口径不同：已核对它们与导入时签名记录的一致（未被改动），"
                                "汇总中的数值仍按导入时的计算（达标与否按所选年度的政策版本判定）")
        if evidence_column:
            for sha, data in db.execute(f"SELECT sha256, {evidence_column} FROM {table}"):
                if sha in report.reported:
                    continue
                if not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != sha:
                    report.problems.append(f"{TABLE_NAMES[table]}（校验值 {str(sha)[:12]}…）：保存的文件被替换或"
                                           "改动过，与导入时的不是同一个文件")
