"""The peer benchmark (同行对标) a workspace keeps: one verified benchmark file per period, in ``preferences``
(key ``benchmark:<period>``), and where the enterprise stands in it.

The file is verified when it is imported (``package/benchmark_import.py``: signature, trusted district key);
what is kept is its signed content and the file itself (base64), so it can be checked again. Reading it back
here needs no key: the results page and the report (which may not import ``package``) read it through this
module and ``scoring/peer_groups.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..jsontypes import JSONValue
from ..periods import normalise_period
from ..scoring.peer_groups import (
    BenchmarkContentError,
    PublishedBenchmark,
    Standing,
    own_values,
    published_from_json,
    standing,
)
from ..scoring.results import ScoreReport
from . import storage
from .workspace import Workspace

KEY_PREFIX = "benchmark:"


def preference_key(period: str) -> str:
    return KEY_PREFIX + normalise_period(period)


@dataclass(frozen=True)
class StoredBenchmark:
    published: PublishedBenchmark
    sha256: str
    signer_key_id: str
    imported_at: str


def stored_benchmark(workspace: Workspace, period: str) -> StoredBenchmark | None:
    """The benchmark kept for ``period``; None when there is none (or the row is unreadable)."""
    value = storage.get_preference(workspace.db, preference_key(period))
    if not isinstance(value, dict) or not isinstance(value.get("content"), dict):
        return None
    try:
        published = published_from_json(value["content"])
    except BenchmarkContentError:
        return None
    return StoredBenchmark(published, str(value.get("sha256", "")), str(value.get("signer_key_id", "")),
                           str(value.get("imported_at", "")))


def put_benchmark_in_transaction(db: storage.Database, period: str, content: Mapping[str, JSONValue],
                                 file_b64: str, sha256: str, signer_key_id: str, now: str) -> None:
    """Keep a verified benchmark for ``period`` (inside the caller's ``storage.transaction``)."""
    storage.put_preference(db, preference_key(period), {
        "content": dict(content), "file": file_b64, "sha256": sha256, "signer_key_id": signer_key_id,
        "imported_at": now}, now)


def benchmark_for(workspace: Workspace, period: str) -> Standing | None:
    """Where the enterprise stands in the period's benchmark: its group (by its profile's industry and 规模) and
    its position per measure (from its own figures of the period); None when no benchmark is kept."""
    from ..scoring.engine import score

    stored = stored_benchmark(workspace, period)
    profile = workspace.profile()
    if stored is None or profile is None:
        return None
    try:
        parts = workspace.submission_parts(period)
    except ValueError:  # no submission of the period yet: the group without positions
        parts = []
    reports = [score(q, answers, period=period, with_recommendations=False) for _, q, answers in parts]
    return standing_for_reports(workspace, period, reports)


def standing_for_reports(workspace: Workspace, period: str, reports: Iterable[ScoreReport]) -> Standing | None:
    """:func:`benchmark_for` with the period's score reports already made (the report model has them)."""
    stored = stored_benchmark(workspace, period)
    profile = workspace.profile()
    if stored is None or profile is None:
        return None
    return standing(stored.published, profile.industry_code, profile.scale, own_values(reports))


__all__ = ["KEY_PREFIX", "StoredBenchmark", "benchmark_for", "preference_key", "put_benchmark_in_transaction",
           "standing_for_reports", "stored_benchmark"]
