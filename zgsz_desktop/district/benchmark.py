"""The district's peer benchmark (同行对标): the records of a period's current, complete submissions, grouped and
reduced by ``scoring/peer_groups.py`` and written as a signed ``.zgszbench`` file (``package/benchmark_file.py``).

Each enterprise counts once: its industry division and 规模 from ``enterprises`` (what its profile said), the three
rates and the cloud-star estimate from its current complete 南通核心指标 submission of the period, the MIIT level
from its current complete MIIT submission. The figures are the district's re-scoring, never the enterprise's own.
``records_from`` reads one database; several databases (the city over its districts) are one list of records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError
from ..fileio import write_bytes_atomic
from ..messages import say
from ..package.benchmark_file import build_benchmark_file
from ..periods import check_period, normalise_period
from ..scoring.peer_groups import Grouping, Record, build_groups
from .dashboard import district_name
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


def _percent(fraction: float | None) -> float | None:
    return None if fraction is None else float(fraction) * 100


def records_from(db: sqlite_utils.Database, period: str) -> tuple[list[Record], dict[str, str]]:
    """The period's records of one district database and the division names it knows."""
    records, names = [], {}
    for _uscc, code, name, scale, cnc, mgmt, rnd, stars, level in db.execute(
            _RECORDS_SQL, [CORE, period, MIIT, period]).fetchall():
        names[str(code)] = str(name)
        records.append(Record(str(code), str(scale), _percent(cnc), _percent(mgmt), _percent(rnd),
                              str(level) if level else None, int(stars) if stars is not None else None))
    return records, names


def build_benchmark(sources: Iterable[tuple[list[Record], dict[str, str]]]) -> Grouping:
    """The groups of one or several districts' records (the city passes each district's ``records_from``)."""
    records: list[Record] = []
    names: dict[str, str] = {}
    for found, known in sources:
        records += found
        names.update(known)
    return build_groups(records, names)


def write_benchmark(grouping: Grouping, signing: Ed25519PrivateKey, out: Path, *, period: str,
                    scope: Sequence[str], issuer_kind: str, issuer_name: str, now: str) -> ExportedBenchmark:
    """Sign and write (atomically) a benchmark of ``grouping``; refuses one that would publish nothing."""
    import hashlib

    if not grouping.groups:
        raise BenchmarkExportError(say(
            "{period}只有 {n} 家企业有完整的报送，不足 5 家，不能发布同行对标（任何分组都会暴露单个企业）",
            period=period, n=grouping.enterprises))
    data = build_benchmark_file(grouping, signing, period=period, scope=scope, issuer_kind=issuer_kind,
                                issuer_name=issuer_name, issued_at=now)
    write_bytes_atomic(out, data)
    return ExportedBenchmark(out, period, grouping, hashlib.sha256(data).hexdigest())


def export_benchmark(db: sqlite_utils.Database, identity: DistrictIdentity, period: str, out: Path,
                     now: str) -> ExportedBenchmark:
    """The district's benchmark of ``period`` written to ``out``, signed with the district's signing key."""
    from ..keys import district_signing_key

    period = normalise_period(period)
    problem = check_period(period)
    if problem:
        raise BenchmarkExportError(problem)
    district = district_name(db) or identity.district
    grouping = build_benchmark([records_from(db, period)])
    return write_benchmark(grouping, district_signing_key(identity.private_raw), out, period=period,
                           scope=[district], issuer_kind="district", issuer_name=identity.district, now=now)


__all__ = ["BenchmarkExportError", "ExportedBenchmark", "build_benchmark", "export_benchmark", "records_from",
           "write_benchmark"]
