"""Importing a peer benchmark (同行对标, ``.zgszbench``) into the enterprise's workspace.

The file is checked (``benchmark_file.read_benchmark``) against the district signing keys this workspace trusts
(``trust.trusted_signer``: written in the file a package was sealed to, bundled, or proved by a receipt). A
recipient file given with it is accepted only as the enterprise's *own* district's file (``profile.district``), and
only when the workspace knows no other key of that district (first use, or the file it exported to upgraded with
its signing key): a stranger's file naming itself 海安市 next to the real one is refused, and so is another
district's file. It is remembered in the same transaction. The verified content is kept per period
(``workspace/peer_benchmark.py``); a newer file of the same period replaces the older one, an older one is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UserError
from ..keys import Recipient, b64
from ..messages import say
from ..scoring.peer_groups import Standing
from ..text import local_time
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
    first_use_fingerprint: str | None = None  # the signing key a given district file brought: to compare by phone


def _check_first_use(workspace: Workspace, recipient: Recipient) -> None:
    """A district file given with a benchmark: the enterprise's own district, and no other key of it known."""
    profile = workspace.profile()
    if profile is not None and recipient.district != profile.district:
        raise BenchmarkImportError(say(
            "这是{district}的区县文件；本企业属于{own}，只能使用本区县工信部门发布的对标文件",
            district=recipient.district, own=profile.district))
    known = [row for row in storage.list_district_recipients(workspace.db) if row["district"] == recipient.district]
    if known and recipient.key_id not in {str(row["key_id"]) for row in known}:
        raise BenchmarkImportError(say(
            "这份{district}区县文件（编号 {key}）与本企业报送时使用的区县文件（编号 {known}）不是同一个密钥，"
            "不能用来核对对标文件。请与区县工信部门电话核实", district=recipient.district, key=recipient.key_id,
            known="、".join(str(row["key_id"]) for row in known)))


def import_benchmark(workspace: Workspace, data: bytes, recipient: Recipient | None = None) -> ImportedBenchmark:
    """Verify ``data`` and keep it for its period; ``recipient``: a district file given with it, remembered (and
    trusted) when it does not contradict one already remembered."""
    from .trust import remember_in_transaction, trusted_signer

    now = workspace._now()
    with storage.transaction(workspace.db):
        first_use = None
        if recipient is not None:
            _check_first_use(workspace, recipient)
            remembered = remember_in_transaction(workspace.db, recipient, "file", now, first_use=True)
            if remembered.outcome != "unchanged" and recipient.signing_key_id is not None:
                first_use = recipient.signing_key_id

        def trusted(signing_key_id: str) -> str | None:
            found = trusted_signer(workspace, signing_key_id)
            return found.district if found is not None else None

        benchmark = read_benchmark(data, trusted)
        published = benchmark.published
        kept = stored_benchmark(workspace, published.period)
        if kept is not None and kept.sha256 == benchmark.sha256:
            return ImportedBenchmark(benchmark, UNCHANGED, first_use)
        if kept is not None and kept.published.issued_at > published.issued_at:
            raise BenchmarkImportError(say(
                "本工作区已有{period}更新的对标文件（{newer}发布），这份较早（{older}发布），未导入",
                period=published.period, newer=local_time(kept.published.issued_at),
                older=local_time(published.issued_at)))  # to the minute: two files of one day differ in time
        put_benchmark_in_transaction(workspace.db, published.period, benchmark.content, b64(data), benchmark.sha256,
                                     benchmark.signer_key_id, now)
    return ImportedBenchmark(benchmark, REPLACED if kept is not None else IMPORTED, first_use)


__all__ = ["IMPORTED", "REPLACED", "UNCHANGED", "BenchmarkImportError", "ImportedBenchmark", "Standing",
           "benchmark_for", "import_benchmark"]
