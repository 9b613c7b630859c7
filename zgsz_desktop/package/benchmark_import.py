"""Importing a peer benchmark (同行对标, ``.zgszbench``) into the enterprise's workspace.

The file is checked (``benchmark_file.read_benchmark``) against the district signing keys this workspace trusts
(``trust.trusted_signer``: the recipient files it exported to, was given or has bundled); a recipient file given
with it is remembered first, in the same transaction. The verified content is kept per period
(``workspace/peer_benchmark.py``); a newer file of the same period replaces the older one, an older one is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UserError
from ..keys import Recipient, b64
from ..messages import say
from ..scoring.peer_groups import Standing
from ..workspace import storage
from ..workspace.peer_benchmark import benchmark_for, put_benchmark_in_transaction, stored_benchmark
from ..workspace.workspace import Workspace
from .benchmark_file import BenchmarkFile, read_benchmark

IMPORTED, REPLACED, UNCHANGED = "imported", "replaced", "unchanged"


class BenchmarkImportError(UserError, ValueError):
    """The benchmark is genuine but cannot be taken (an older file than the one kept)."""


@dataclass(frozen=True)
class ImportedBenchmark:
    benchmark: BenchmarkFile
    outcome: str  # IMPORTED | REPLACED | UNCHANGED


def import_benchmark(workspace: Workspace, data: bytes, recipient: Recipient | None = None) -> ImportedBenchmark:
    """Verify ``data`` and keep it for its period; ``recipient``: a district file given with it, remembered (and
    trusted) when it does not contradict one already remembered."""
    from .trust import remember_in_transaction, trusted_signer

    now = workspace._now()
    with storage.transaction(workspace.db):
        if recipient is not None:
            remember_in_transaction(workspace.db, recipient, "file", now)

        def trusted(signing_key_id: str) -> str | None:
            found = trusted_signer(workspace, signing_key_id)
            return found.district if found is not None else None

        benchmark = read_benchmark(data, trusted)
        published = benchmark.published
        kept = stored_benchmark(workspace, published.period)
        if kept is not None and kept.sha256 == benchmark.sha256:
            return ImportedBenchmark(benchmark, UNCHANGED)
        if kept is not None and kept.published.issued_at > published.issued_at:
            raise BenchmarkImportError(say(
                "本工作区已有{period}更新的对标文件（{newer}发布），这份较早（{older}发布），未导入",
                period=published.period, newer=kept.published.issued_at[:10], older=published.issued_at[:10]))
        put_benchmark_in_transaction(workspace.db, published.period, benchmark.content, b64(data), benchmark.sha256,
                                     benchmark.signer_key_id, now)
    return ImportedBenchmark(benchmark, REPLACED if kept is not None else IMPORTED)


__all__ = ["IMPORTED", "REPLACED", "UNCHANGED", "BenchmarkImportError", "ImportedBenchmark", "Standing",
           "benchmark_for", "import_benchmark"]
