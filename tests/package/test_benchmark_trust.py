"""Whose benchmark an enterprise accepts (issue #17, review): its own district's only. A district file given with a
benchmark is taken on first use; a stranger's file calling itself 海安市 beside the real one, or another district's
file, is refused and nothing is kept."""

# ruff: noqa: F811  (the fixtures imported below are parameters of the tests)
from __future__ import annotations

import pytest
from test_benchmark_file import (  # noqa: F401  (fixtures)
    DISTRICT_PASS,
    PERIOD,
    bench,
    district,
    other_district,
    workspace,
)

from zgsz_desktop.keys import DistrictKey
from zgsz_desktop.package import keys
from zgsz_desktop.package.benchmark_import import BenchmarkImportError, import_benchmark
from zgsz_desktop.package.trust import remember_recipient, trusted_signer
from zgsz_desktop.workspace import storage
from zgsz_desktop.workspace.peer_benchmark import stored_benchmark


def _unlocked(name: str):
    original = keys.SCRYPT_N
    keys.SCRYPT_N = 2**12
    try:
        return DistrictKey.generate(name, DISTRICT_PASS).unlock(DISTRICT_PASS)
    finally:
        keys.SCRYPT_N = original


def test_first_use_of_the_own_districts_file_is_accepted_and_its_fingerprint_said(workspace, district):
    imported = import_benchmark(workspace, bench(district), recipient=district.recipient)
    assert imported.first_use_fingerprint == district.signing_key_id  # to compare by phone
    assert trusted_signer(workspace, district.signing_key_id) is not None
    again = import_benchmark(workspace, bench(district, issued_at="2025-04-01T09:00:00+00:00"))
    assert again.first_use_fingerprint is None  # no file given: nothing new to compare


def test_another_districts_benchmark_with_its_file_is_refused(workspace, other_district):
    with pytest.raises(BenchmarkImportError, match="本企业属于海安市"):
        import_benchmark(workspace, bench(other_district), recipient=other_district.recipient)
    assert stored_benchmark(workspace, PERIOD) is None
    assert storage.list_district_recipients(workspace.db) == []


def test_a_stranger_calling_itself_the_district_beside_the_known_key_is_refused(workspace, district):
    # the enterprise knows its district's key (as after an export with a file from before receipts)
    from zgsz_desktop.keys import Recipient

    known = Recipient(district.recipient.district, district.recipient.key_id, district.recipient.public_raw, "")
    remember_recipient(workspace, known, "export")
    stranger = _unlocked("海安市")
    with pytest.raises(BenchmarkImportError, match="不是同一个密钥"):
        import_benchmark(workspace, bench(stranger), recipient=stranger.recipient)
    assert stored_benchmark(workspace, PERIOD) is None
    assert trusted_signer(workspace, stranger.signing_key_id) is None
    # the district's own new file (same encryption key, now with its signing key) is taken
    assert import_benchmark(workspace, bench(district), recipient=district.recipient).outcome == "imported"


def test_a_signing_key_named_only_by_a_later_file_is_not_trusted(workspace, district):
    remember_recipient(workspace, district.recipient, "file")  # named, not proven
    assert trusted_signer(workspace, district.signing_key_id) is None
