"""The district's summary for the city (区县汇总包, ``.zgszsummary``): the figures ``zgsz district summary`` shows
for one year, the list of the enterprises they are made of, and the verdict of the district's own audit — signed
with the district's signing key (``keys.district_signing_key``) so that the city can check who sent it and that
nothing in it changed (``signed_files``; ``docs/city.md`` is the specification).

Every total is repeated by the list it is made of (each enterprise's figures and what it adds to each quota row),
so the city can check that the figures add up before it counts them (``city/importer.py``).

The audit runs first: a database edited behind the software's back is not summarised for the city unless the
operator forces it, and then the summary says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from .. import __version__
from ..errors import UserError
from ..jsontypes import JSONValue
from ..messages import say
from ..periods import ANNUAL, check_period, normalise_period, period_kind
from ..text import visible
from . import counters
from .audit import AuditReport, audit
from .dashboard import (
    F_KEY,
    build_dashboard,
    enterprise_rows,
    latest_core_counts,
    read_registers,
    roster_key_enterprises,
    year_figures,
)
from .facts import CORE
from .identity import DistrictIdentity
from .receipts import RETURNED, submission_states

FORMAT = "zgsz-district-summary/1"
PAYLOAD_TYPE = "application/vnd.zgsz.district-summary+json; version=1"
SUFFIX = ".zgszsummary"
WHAT = say("区县汇总包")  # a message: the checks name the file kind in the interface's language


class SummaryRefused(UserError, ValueError):
    """The summary cannot be made as asked (the audit found changes, a period that is not a year)."""


def summary_year(period: str) -> tuple[str, int]:
    """The period's one written form and its year; a summary covers a whole year (the dashboard's figures)."""
    text = normalise_period(str(period))
    if text.isdigit() and len(text) == 4:
        text = f"{text}年度"
    problem = check_period(text)
    if problem:
        raise SummaryRefused(problem)
    if period_kind(text) != ANNUAL:
        raise SummaryRefused(say("区县汇总包按年度汇总：评估期请写作“{year}年度”", year=text[:4]))
    return text, int(text[:4])


@dataclass(frozen=True)
class SummaryExport:
    path: Path
    district: str
    period: str
    enterprises: int  # entries in the summary's list
    submitted: int
    audit_ok: bool
    forced: bool
    warning: str = ""  # a say() message to show beside the result (empty: nothing to warn about)


MAX_AUDIT_LINES = 12  # the audit's first problems; the count says how many there are
MAX_AUDIT_LINE = 300


def audit_text(message: str) -> str:
    """The audit's verdict as the city receives it: one problem a line (line breaks are the only control
    characters kept), each line's hidden characters written out (a name edited into the database must not make
    the city refuse the honest report of that edit), long lines and long lists cut."""
    lines = message.splitlines()
    shown = [visible(line, MAX_AUDIT_LINE) for line in lines[:MAX_AUDIT_LINES]]
    if len(lines) > MAX_AUDIT_LINES:
        shown.append(say("……另有 {count} 行，见区县的“核查数据库”", count=len(lines) - MAX_AUDIT_LINES))
    return "\n".join(shown)


def _audit_part(report: AuditReport, forced: bool) -> dict[str, JSONValue]:
    return {"ok": report.ok, "problems": len(report.problems), "packages_checked": report.submissions,
            "log_entries": report.entries, "forced": forced, "message": audit_text(report.message)}


def _quota_counts(entries: list[tuple[str, str, int, int]], specs: list[tuple[str, str, int]],
                  above_scale: set[str], year: int) -> dict[str, dict[str, int]]:
    """What each enterprise adds to each quota row (``counters``: the rules the district's totals are made by)."""
    by_uscc: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for entry in entries:
        by_uscc[entry[0]].append(entry)
    result: dict[str, dict[str, int]] = {}
    for uscc, rows in by_uscc.items():
        tally = counters.tally_rows(rows, above_scale)
        counted = {key: tally.count(counter, first, year)[0] for key, counter, first in specs}
        result[uscc] = {key: n for key, n in counted.items() if n}
    return result


def build_summary_content(db: sqlite_utils.Database, district: str, period: str, now: str,
                          report: AuditReport, *, forced: bool, district_key_id: str) -> dict[str, JSONValue]:
    """The summary's content (before signing): the dashboard's figures for the period's year and their list."""
    from .dashboard import above_scale_enterprises

    period, year = summary_year(period)
    figures = year_figures(db, year)
    registers = read_registers(db)
    latest = latest_core_counts(db)
    board = build_dashboard(db, year, district, latest=latest, figures=figures, registers=registers)
    rows = enterprise_rows(db, year, latest=latest, figures=figures, registers=registers)
    edition = figures.edition
    specs = [(spec.key, spec.counter, year if spec.span == "year" else min(edition.first_year, year))
             for spec in edition.quota_rows if spec.known_counter and spec.counter != "not_collected"]
    quota_counts = _quota_counts(latest.entries, specs, above_scale_enterprises(db, registers), year)
    packages = {row[0]: row[1:] for row in db.execute(
        "SELECT package_id, package_sha256, sequence, imported_at FROM submissions WHERE current = 1")}
    latest_package = {uscc: package_id for uscc, package_id, _ in db.execute(
        # max() with a bare column: SQLite takes package_id from the row of the latest period
        "SELECT uscc, package_id, max(period_order) FROM submissions WHERE questionnaire_id = ? AND current = 1 "
        "GROUP BY uscc", [CORE])}
    roster_keys = roster_key_enterprises(db, registers)
    codes = dict(db.execute("SELECT uscc, industry_code FROM enterprises").fetchall())
    states = submission_states(db)
    entries: list[JSONValue] = []
    for row in rows:
        reported = bool(row.core_period or row.miit_period)
        if row.on_roster_only or not (reported or row.uscc in latest.stars):
            continue  # never reported, or nothing that counts this year
        package_id = row.core_package or row.miit_package or latest_package.get(row.uscc, "")
        sha, sequence, imported_at = packages.get(package_id, ("", 0, ""))
        star = latest.stars.get(row.uscc)
        core_row = figures.core.get(row.uscc)
        # 重点企业 as the benchmarks count it: the roster's word, else the core submission's own declaration
        key_enterprise = roster_keys.get(row.uscc, bool(core_row[F_KEY])) if core_row else row.key_enterprise
        entry_period = (row.core_period or row.miit_period) or None
        state = states.get((row.uscc, entry_period)) if entry_period else None
        entries.append({
            "uscc": row.uscc, "name": row.name, "industry_code": codes.get(row.uscc, ""),
            "industry_name": row.industry, "scale": row.scale, "key_enterprise": key_enterprise,
            "period": entry_period,
            # 受理状态 of the submission counted (None: nothing this year): the city sees what is still being corrected
            "acceptance": state.state if state else None,
            "has_core": bool(row.core_period), "has_miit": bool(row.miit_period),
            "package_id": package_id, "package_sha256": sha, "sequence": int(sequence), "imported_at": imported_at,
            "cnc_rate": row.cnc_rate, "mgmt_rate": row.mgmt_rate, "rnd_rate": row.rnd_rate,
            "cnc_met": row.cnc_met, "mgmt_met": row.mgmt_met, "rnd_met": row.rnd_met,
            "miit_level": row.miit_level or None, "cloud_awarded": row.cloud_awarded,
            "cloud_estimate": row.cloud_estimate, "latest_star": None if star is None else int(star),
            "quota_counts": dict(quota_counts.get(row.uscc, {})),
        })
    return {
        "format": FORMAT, "district": district, "district_key_id": district_key_id, "period": period, "year": year,
        "issued_at": now, "app_version": __version__,
        "edition": {"id": edition.id, "version": edition.edition_version, "title": edition.short_title,
                    "digest": edition.digest},
        "totals": {"enterprises": board.enterprises, "submitted": board.submitted,
                   "core_submitted": board.core_submitted, "miit_submitted": board.miit_submitted,
                   "roster_total": board.roster_total, "not_submitted": len(board.not_submitted),
                   "under_correction": sum(1 for e in entries if isinstance(e, dict) and e["acceptance"] == RETURNED)},
        "quota_rows": [{"table": q.table, "key": q.key, "label": q.label, "actual": q.actual, "quota": q.quota,
                        "period": q.period, "note": q.note} for q in board.quotas],
        "benchmarks": [{"key": b.key, "name": b.name, "target_label": b.target_label,
                        "target_percent": b.target_percent, "reference_only": b.reference_only,
                        "key_reported": b.key_reported, "key_met": b.key_met, "key_average": b.key_average,
                        "all_reported": b.all_reported, "all_met": b.all_met, "all_average": b.all_average}
                       for b in board.benchmarks],
        "miit_levels": dict(board.miit_levels),
        "cloud_awarded": {str(k): v for k, v in board.cloud_awarded.items()},
        "cloud_estimate": {str(k): v for k, v in board.cloud_estimate.items()},
        "submissions": entries,
        "audit": _audit_part(report, forced),
    }


def export_summary_package(db: sqlite_utils.Database, identity: DistrictIdentity, period: str, out: Path, now: str,
                           *, force: bool = False,
                           progress: Callable[[int, int], None] | None = None) -> SummaryExport:
    """Audit the database, then write the signed summary of ``period`` (a year) to ``out``. Refused when the audit
    finds rows changed behind the software's back, unless ``force`` (the summary then says the audit failed)."""
    from ..fileio import write_bytes_atomic
    from ..keys import district_signing_key
    from ..signed_files import sign_file
    from .dashboard import district_name

    summary_year(period)  # a wrong period is said before the (long) audit
    district = district_name(db) or identity.district
    if district != identity.district:
        raise SummaryRefused(say("这个区县数据库属于{db_district}，而密钥是{key_district}的：请用本区县的密钥",
                                 db_district=district, key_district=identity.district))
    report = audit(db, identity, progress=progress)
    if report.cancelled:
        raise SummaryRefused(say("核查已取消，没有写出汇总包"))
    if not report.ok and not force:
        raise SummaryRefused(say(
            "核查发现数据库在本软件之外被改动过（{count} 处），汇总包没有写出。请先按“核查数据库”的结果处理；"
            "确需照现状上报的，可强制导出，汇总包中会注明核查未通过。\n{message}",
            count=len(report.problems), message=report.message))
    content = build_summary_content(db, district, period, now, report, forced=not report.ok,
                                    district_key_id=identity.key_id)
    data = sign_file(content, PAYLOAD_TYPE, district_signing_key(identity.private_raw))
    out = Path(out)
    if out.suffix != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    write_bytes_atomic(out, data)
    submissions = content["submissions"]
    assert isinstance(submissions, list)
    submitted = sum(1 for s in submissions if isinstance(s, Mapping) and s.get("period"))
    return SummaryExport(out, district, str(content["period"]), len(submissions), submitted, report.ok,
                         not report.ok, "" if submitted else empty_year_warning(db, str(content["period"])))


def empty_year_warning(db: sqlite_utils.Database, period: str) -> str:
    """Said when a summary counts no submission: most often the year was mistyped (2023年度 for 2024年度)."""
    years = sorted({int(str(p)[:4]) for (p,) in db.execute("SELECT DISTINCT period FROM submissions WHERE current = 1")
                    if str(p)[:4].isdigit()}, reverse=True)
    if not years:
        return say("注意：本区县数据库还没有导入任何报告包，汇总包中已报送企业为 0 家")
    return say("注意：本区县数据库中没有{period}的报送，汇总包中已报送企业为 0 家。请确认评估期是否写对"
               "（库中有报送的年度：{years}）", period=period, years="、".join(f"{y}年度" for y in years))


def suggested_name(district: str, period: str) -> str:
    return f"{district}-{period}-区县汇总{SUFFIX}"

