"""The district's peer benchmark (同行对标): the records of a period's current, complete submissions, grouped and
reduced by ``scoring/peer_groups.py`` and written as a signed ``.zgszbench`` file (``package/benchmark_file.py``).

Each enterprise counts once: its industry division and 规模 from ``enterprises`` (what its profile said), the three
rates and the cloud-star estimate from its current complete 南通核心指标 submission of the period, the MIIT level
from its current complete MIIT submission. The figures are the district's re-scoring, never the enterprise's own.
``records_from`` reads one database; several databases (the city over its districts) are one list of records.

A district may publish a period again (more enterprises have reported since). Each release is recorded in the
database (``benchmark_releases``: its groups as published and whom it counted) with a signed log entry, and a new
release of the period is built against the earlier ones (``peer_groups.build_groups(earlier=…)``): a group or a
measure that would differ from an earlier published one by 1–4 enterprises is not published, so that comparing the
two files singles no one out. The export says which groups were held back (:func:`held_sentence`).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError
from ..fileio import write_bytes_atomic
from ..messages import Said, say
from ..package.benchmark_file import build_benchmark_file
from ..periods import check_period, normalise_period
from ..scoring.peer_groups import (
    MEASURE_NAMES,
    BenchmarkContentError,
    Counted,
    EarlierRelease,
    Grouping,
    PeerGroup,
    Record,
    build_groups,
    group_from_json,
)
from ..text import local_time, visible
from .anchor import remember as remember_log
from .dashboard import district_name
from .db import append_log, transaction
from .facts import CORE, MIIT

if TYPE_CHECKING:
    import sqlite_utils
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from .identity import DistrictIdentity

_RECORDS_SQL = """
    SELECT e.uscc, e.industry_code, e.industry_name, e.scale,
           c.cnc_rate, c.mgmt_rate, c.rnd_rate, c.cloud_estimate, m.miit_level
    FROM enterprises e
    LEFT JOIN submissions c ON c.uscc = e.uscc AND c.questionnaire_id = ? AND c.current = 1 AND c.complete = 1
                            AND c.period = ?
    LEFT JOIN submissions m ON m.uscc = e.uscc AND m.questionnaire_id = ? AND m.current = 1 AND m.complete = 1
                            AND m.period = ?
    WHERE (c.package_id IS NOT NULL OR m.package_id IS NOT NULL) AND e.industry_code <> '' AND e.scale <> ''
    ORDER BY e.uscc"""


class BenchmarkExportError(UserError, ValueError):
    """Nothing to publish for the period (no submissions, or too few to make any group)."""


@dataclass(frozen=True)
class ExportedBenchmark:
    path: Path
    period: str
    grouping: Grouping
    sha256: str
    earlier: int = 0  # releases of the period published before this one
    names: dict[str, str] = field(default_factory=dict)  # division code → name, for the groups held back


def _percent(fraction: float | None) -> float | None:
    return None if fraction is None else float(fraction) * 100


def records_from(db: sqlite_utils.Database, period: str) -> tuple[list[Record], dict[str, str]]:
    """The period's records of one district database and the division names it knows."""
    records, names = [], {}
    for uscc, code, name, scale, cnc, mgmt, rnd, stars, level in db.execute(
            _RECORDS_SQL, [CORE, period, MIIT, period]).fetchall():
        names[str(code)] = str(name)
        records.append(Record(str(code), str(scale), _percent(cnc), _percent(mgmt), _percent(rnd),
                              str(level) if level else None, int(stars) if stars is not None else None,
                              who=str(uscc)))
    return records, names


def build_benchmark(sources: Iterable[tuple[list[Record], dict[str, str]]],
                    earlier: Sequence[EarlierRelease] = ()) -> Grouping:
    """The groups of one or several districts' records (the city passes each district's ``records_from``), held
    against the ``earlier`` releases of the same period."""
    records: list[Record] = []
    names: dict[str, str] = {}
    for found, known in sources:
        records += found
        names.update(known)
    return build_groups(records, names, earlier)


class ReleasesUnreadable(UserError, ValueError):
    """A recorded release cannot be read back: publishing again could not be checked against it."""


def earlier_releases(db: sqlite_utils.Database, period: str) -> list[EarlierRelease]:
    """The benchmarks of ``period`` this district published before, oldest first."""
    releases = []
    for issued_at, groups, counted in db.execute(
            "SELECT issued_at, groups, counted FROM benchmark_releases WHERE period = ? ORDER BY id", [period]):
        try:
            releases.append(EarlierRelease(str(issued_at), tuple(group_from_json(g) for g in json.loads(groups)),
                                           tuple(Counted.from_json(c) for c in json.loads(counted))))
        except (ValueError, TypeError, BenchmarkContentError) as exc:
            raise ReleasesUnreadable(say(
                "数据库中记录的{period}对标文件（{at}发布）无法读取，不能确认再次发布不会泄露个别企业的数值。"
                "请先运行“核查数据库”或请技术人员查看", period=period, at=local_time(str(issued_at)))) from exc
    return releases


def _record_release(db: sqlite_utils.Database, identity: DistrictIdentity, exported: ExportedBenchmark,
                    data: bytes, now: str) -> None:
    """The release, inside the caller's transaction: a row and a signed log entry."""
    content = json.loads(base64.b64decode(json.loads(data)["payload"]))
    grouping = exported.grouping
    db.execute("INSERT INTO benchmark_releases (benchmark_id, period, issued_at, file_name, file_sha256, groups, "
               "counted) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [str(content["benchmark_id"]), exported.period, now, exported.path.name, exported.sha256,
                json.dumps([g.to_json() for g in grouping.groups], ensure_ascii=False),
                json.dumps([c.to_json() for c in grouping.counted], ensure_ascii=False)])
    append_log(db, identity, at=now, action="benchmark", verdict="benchmark_issued", source_name=exported.path.name,
               file_sha256=exported.sha256,
               detail=say("导出{period}对标文件（{n} 个分组）：{name}", period=exported.period,
                          n=len(grouping.groups), name=visible(exported.path.name, 120)),
               data={"benchmark_id": str(content["benchmark_id"]), "period": exported.period,
                     "held": [list(k) for k in grouping.held],
                     "measures_held": [[*k, m] for k, m in grouping.measures_held]})


def _group_words(key: tuple[str, str], names: dict[str, str]) -> Said:
    industry, size = key
    return PeerGroup(industry, names.get(industry, ""), size, 0).label


def _listed(parts: Sequence[Said]) -> Said:
    """Several messages as one list (each still said in the interface's language)."""
    joined = parts[0]
    for part in parts[1:]:
        joined = say("{first}、{then}", first=joined, then=part)
    return joined


def held_sentence(exported: ExportedBenchmark) -> Said | None:
    """What the export left out because the period was published before (None when nothing was), for the CLI and
    the district window's status line."""
    grouping = exported.grouping
    if not grouping.held and not grouping.measures_held:
        return None
    known = {g.industry: g.industry_name for g in grouping.groups} | exported.names
    parts = [_group_words(k, known) for k in grouping.held]
    parts += [say("{group}的{measure}", group=_group_words(k, known), measure=MEASURE_NAMES[m])
              for k, m in grouping.measures_held if k not in grouping.held]
    return say("本期已发布过对标文件，与上次只差 1–4 家企业的分组这次不单独发布（并入上一级，以免对照两份文件推算出个别"
               "企业）：{groups}", groups=_listed(parts))


def _signed(grouping: Grouping, signing: Ed25519PrivateKey, out: Path, *, period: str, scope: Sequence[str],
            issuer_kind: str, issuer_name: str, now: str) -> tuple[ExportedBenchmark, bytes]:
    if not grouping.groups:
        if grouping.held:
            raise BenchmarkExportError(say(
                "{period}已发布过对标文件，此后只多或少了 1–4 家企业：现在再发布，对照两份文件就能推算出这几家企业的"
                "数值，所以没有可以发布的分组。请等更多企业报送后再导出", period=period))
        raise BenchmarkExportError(say(
            "{period}只有 {n} 家企业有完整的报送，不足 5 家，不能发布同行对标（任何分组都会暴露单个企业）",
            period=period, n=grouping.enterprises))
    data = build_benchmark_file(grouping, signing, period=period, scope=scope, issuer_kind=issuer_kind,
                                issuer_name=issuer_name, issued_at=now)
    return ExportedBenchmark(out, period, grouping, hashlib.sha256(data).hexdigest()), data


def write_benchmark(grouping: Grouping, signing: Ed25519PrivateKey, out: Path, *, period: str,
                    scope: Sequence[str], issuer_kind: str, issuer_name: str, now: str) -> ExportedBenchmark:
    """Sign and write (atomically) a benchmark of ``grouping``; refuses one that would publish nothing."""
    exported, data = _signed(grouping, signing, out, period=period, scope=scope, issuer_kind=issuer_kind,
                             issuer_name=issuer_name, now=now)
    write_bytes_atomic(out, data)
    return exported


def export_benchmark(db: sqlite_utils.Database, identity: DistrictIdentity, period: str, out: Path,
                     now: str) -> ExportedBenchmark:
    """The district's benchmark of ``period`` written to ``out``, signed with the district's signing key."""
    from ..keys import district_signing_key

    period = normalise_period(period)
    problem = check_period(period)
    if problem:
        raise BenchmarkExportError(problem)
    district = district_name(db) or identity.district
    earlier = earlier_releases(db, period)
    records, names = records_from(db, period)
    grouping = build_benchmark([(records, names)], earlier)
    exported, data = _signed(grouping, district_signing_key(identity.private_raw), out, period=period,
                             scope=[district], issuer_kind="district", issuer_name=identity.district, now=now)
    exported = replace(exported, earlier=len(earlier), names=names)
    # recorded in the same transaction as the file is written: a release on disk is a release the next one is
    # checked against (a file written but not recorded is removed again)
    try:
        with transaction(db):
            _record_release(db, identity, exported, data, now)
            write_bytes_atomic(out, data)
    except BaseException:
        if out.exists() and out.read_bytes() == data:
            out.unlink(missing_ok=True)
        raise
    remember_log(db)
    return exported


__all__ = ["BenchmarkExportError", "ExportedBenchmark", "ReleasesUnreadable", "build_benchmark", "earlier_releases",
           "export_benchmark", "held_sentence", "records_from", "write_benchmark"]
