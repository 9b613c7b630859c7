"""Benchmark files (同行对标, ``.zgszbench``): the district's (or the city's) signed, anonymised peer statistics.

A signed file (``zgsz_desktop/signed_files.py``, payload type :data:`PAYLOAD_TYPE`) signed with the district's
signing key (``keys.district_signing_key``) or the city's key. It holds only what ``scoring/peer_groups.py``
lets out: per published group its size and, per measure, the count and the quantiles that never use the minimum
or the maximum — no enterprise's name, code or figure. ``docs/benchmark.md`` is the specification.

Signed content::

    {"format": "zgsz-benchmark/1", "benchmark_id": "<uuid4>", "issued_at": "<ISO time>", "period": "2024年度",
     "scope": ["海安市"], "issuer": {"kind": "district" | "city", "name": "海安市"},
     "sources": {"enterprises": 120, "published_groups": 9, "suppressed": 0},
     "groups": [{"industry": "34", "industry_name": "通用设备制造业", "size": "规上", "n": 12,
                 "measures": {"cnc_rate": {"n": 12, "quantiles": {"p25": 52.5, "p50": 61.0, "p75": 70.3}},
                              "miit_level": {"n": 9, "quantiles": {"p25": "二级", "p50": "二级", "p75": "三级"}}}}],
     "rules": {...the rules applied, peer_groups.rules_json()},
     "signer": {"key_id": "…", "public_key": "…"}}
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..jsontypes import JSONValue
from ..messages import say
from ..scoring.peer_groups import (
    ISSUER_KINDS,
    BenchmarkContentError,
    Grouping,
    PublishedBenchmark,
    published_from_json,
    rules_json,
)
from ..signed_files import SignedFileError, read_signed, sign_file

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

BENCHMARK_FORMAT = "zgsz-benchmark/1"
PAYLOAD_TYPE = "application/vnd.zgsz.benchmark+json; version=1"
SUFFIX = ".zgszbench"
WHAT = say("对标文件")
MAX_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class BenchmarkFile:
    published: PublishedBenchmark  # what the file says, checked
    content: dict[str, JSONValue]  # the signed content exactly as read (the workspace keeps it)
    signer_key_id: str
    sha256: str
    data: bytes = field(repr=False, default=b"")

    @property
    def period(self) -> str:
        return self.published.period


def benchmark_content(grouping: Grouping, *, period: str, scope: Sequence[str], issuer_kind: str, issuer_name: str,
                      issued_at: str, benchmark_id: str | None = None) -> dict[str, JSONValue]:
    """What a benchmark file says (before it is signed)."""
    if issuer_kind not in ISSUER_KINDS:
        raise ValueError(f"unknown issuer kind {issuer_kind!r}")
    return {"format": BENCHMARK_FORMAT, "benchmark_id": benchmark_id or str(uuid.uuid4()), "issued_at": issued_at,
            "period": period, "scope": list(scope), "issuer": {"kind": issuer_kind, "name": issuer_name},
            "sources": {"enterprises": grouping.enterprises, "published_groups": len(grouping.groups),
                        "suppressed": grouping.suppressed},
            "groups": [g.to_json() for g in grouping.groups], "rules": rules_json()}


def build_benchmark_file(grouping: Grouping, signing: Ed25519PrivateKey, *, period: str, scope: Sequence[str],
                         issuer_kind: str, issuer_name: str, issued_at: str) -> bytes:
    """The signed file's bytes (``signing``: the district's signing key, or the city's key)."""
    return sign_file(benchmark_content(grouping, period=period, scope=scope, issuer_kind=issuer_kind,
                                       issuer_name=issuer_name, issued_at=issued_at), PAYLOAD_TYPE, signing)


def parse_content(content: dict[str, JSONValue]) -> PublishedBenchmark:
    """The checked content of a benchmark file, or a clear refusal."""
    try:
        return published_from_json(content)
    except BenchmarkContentError as exc:
        raise SignedFileError("bad_content", say("对标文件内容不完整或格式不对")) from exc


def read_benchmark(data: bytes, trusted: Callable[[str], str | None]) -> BenchmarkFile:
    """Check a benchmark file: shape, signature, and that the signer is trusted — ``trusted`` gives the name of
    the district (or city) this workspace trusts for a signing key id, or None."""
    signed = read_signed(data, PAYLOAD_TYPE, BENCHMARK_FORMAT, WHAT, max_bytes=MAX_BYTES)
    benchmark = parse_content(signed.content)
    name = trusted(signed.signer_key_id)
    if name is None:
        raise SignedFileError("wrong_key", say(
            "无法核对这份对标文件：它由{issuer}编号为 {key} 的签名密钥签发，本软件中没有含此签名公钥的区县文件"
            "（区县工信部门发给企业、用来加密报告包的公开文件）。请向区县工信部门索取最新的区县文件（.zgszkey），"
            "与对标文件一起导入", issuer=benchmark.issuer_name, key=signed.signer_key_id))
    if name != benchmark.issuer_name:
        raise SignedFileError("wrong_key", say(
            "这份对标文件自称由{claimed}发布，但签名密钥属于{name}，不能使用。请与区县工信部门电话核对",
            claimed=benchmark.issuer_name, name=name))
    return BenchmarkFile(benchmark, signed.content, signed.signer_key_id, signed.sha256, data)


__all__ = ["BENCHMARK_FORMAT", "PAYLOAD_TYPE", "SUFFIX", "BenchmarkFile", "benchmark_content",
           "build_benchmark_file", "parse_content", "read_benchmark"]
