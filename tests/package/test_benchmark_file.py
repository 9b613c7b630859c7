"""Benchmark files (.zgszbench): signed by the district, checked against the district files the workspace trusts,
kept per period (a newer file replaces an older one), and the enterprise's standing read back from the workspace."""

from __future__ import annotations

import json

import pytest

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.keys import DistrictKey, b64, unb64
from zgsz_desktop.package import keys
from zgsz_desktop.package.benchmark_file import build_benchmark_file, read_benchmark
from zgsz_desktop.package.benchmark_import import (
    IMPORTED,
    REPLACED,
    UNCHANGED,
    BenchmarkImportError,
    benchmark_for,
    import_benchmark,
)
from zgsz_desktop.package.receipt import Decision, ToIssue, build_receipt_file
from zgsz_desktop.scoring.peer_groups import Record, build_groups
from zgsz_desktop.signed_files import SignedFileError
from zgsz_desktop.workspace import Workspace
from zgsz_desktop.workspace.peer_benchmark import stored_benchmark

PERIOD = "2024年度"
DISTRICT_PASS = "district-pass"


@pytest.fixture(scope="module")
def district():
    original = keys.SCRYPT_N
    keys.SCRYPT_N = 2**12
    try:
        return DistrictKey.generate("海安市", DISTRICT_PASS).unlock(DISTRICT_PASS)
    finally:
        keys.SCRYPT_N = original


@pytest.fixture(scope="module")
def other_district():
    original = keys.SCRYPT_N
    keys.SCRYPT_N = 2**12
    try:
        return DistrictKey.generate("如皋市", DISTRICT_PASS).unlock(DISTRICT_PASS)
    finally:
        keys.SCRYPT_N = original


def grouping(shift: float = 0.0):
    rates = [40.0, 50.0, 55.0, 60.0, 62.0, 70.0, 75.0, 80.0]
    data = [Record("34", "规上", r + shift, r, r, "二级" if r < 60 else "三级", 3) for r in rates]
    return build_groups(data, {"34": "通用设备制造业"})


def bench(district, *, issued_at: str = "2025-03-01T09:00:00+00:00", shift: float = 0.0, name: str | None = None):
    return build_benchmark_file(grouping(shift), district.signing, period=PERIOD, scope=["海安市"],
                                issuer_kind="district", issuer_name=name or district.recipient.district,
                                issued_at=issued_at)


def trusting(district):
    return lambda key_id: district.recipient.district if key_id == district.signing_key_id else None


def test_a_benchmark_reads_back_with_its_groups_and_rules(district):
    data = bench(district)
    found = read_benchmark(data, trusting(district))
    assert found.period == PERIOD and found.published.issuer_name == "海安市"
    group = found.published.groups[0]
    assert (group.industry, group.size, group.n) == ("34", "规上", 8)
    assert found.published.rules["min_group_size"] == 5
    text = json.loads(unb64(json.loads(data)["payload"], "x"))
    assert "uscc" not in json.dumps(text) and "name" not in text["groups"][0]  # nothing names an enterprise


def test_an_untrusted_signer_a_changed_byte_and_a_false_issuer_are_refused(district, other_district):
    data = bench(district)
    with pytest.raises(SignedFileError) as refused:
        read_benchmark(data, trusting(other_district))
    assert refused.value.reason == "wrong_key" and "区县文件" in str(refused.value)
    envelope = json.loads(data)
    payload = unb64(envelope["payload"], "x").replace("通用设备".encode(), "专用设备".encode())
    envelope["payload"] = b64(payload)
    with pytest.raises(SignedFileError) as changed:
        read_benchmark(json.dumps(envelope).encode(), trusting(district))
    assert changed.value.reason == "bad_signature"
    # signed by 海安市's key but claiming to come from 如皋市
    with pytest.raises(SignedFileError) as false_name:
        read_benchmark(bench(district, name="如皋市"), trusting(district))
    assert false_name.value.reason == "wrong_key" and "如皋市" in str(false_name.value)


def test_a_receipt_is_not_taken_for_a_benchmark(district):
    item = ToIssue("p", "0" * 64, PERIOD, 1, district.recipient.signing_raw, Decision("accepted"))
    receipt = build_receipt_file(district, {"uscc": "x", "name": "y"}, [item], "2025-03-01T09:00:00+00:00")
    with pytest.raises(SignedFileError) as refused:
        read_benchmark(receipt, trusting(district))
    assert refused.value.reason == "not_this_kind"


@pytest.fixture()
def workspace(tmp_path):
    core, miit = demo_documents()
    ws = Workspace.open(tmp_path / "ws")
    ws.import_answers(core.questionnaire, core.answers, PERIOD, enterprise=core.enterprise)
    ws.import_answers(miit.questionnaire, miit.answers, PERIOD)
    yield ws
    ws.close()


def test_import_keeps_the_file_per_period_and_a_newer_file_replaces_it(workspace, district):
    with pytest.raises(SignedFileError) as unknown:  # no district file known yet: nothing kept
        import_benchmark(workspace, bench(district))
    assert unknown.value.reason == "wrong_key"
    assert stored_benchmark(workspace, PERIOD) is None

    first = import_benchmark(workspace, bench(district), recipient=district.recipient)
    assert first.outcome == IMPORTED
    assert import_benchmark(workspace, bench(district)).outcome in (IMPORTED, REPLACED, UNCHANGED)
    newer = bench(district, issued_at="2025-04-01T09:00:00+00:00", shift=1.0)
    assert import_benchmark(workspace, newer).outcome == REPLACED
    assert stored_benchmark(workspace, PERIOD).published.issued_at.startswith("2025-04-01")
    assert import_benchmark(workspace, newer).outcome == UNCHANGED
    with pytest.raises(BenchmarkImportError, match="较早"):
        import_benchmark(workspace, bench(district, issued_at="2025-02-01T09:00:00+00:00"))
    assert stored_benchmark(workspace, PERIOD).published.issued_at.startswith("2025-04-01")


def test_an_older_file_of_the_same_day_is_refused_with_both_times_in_local_time(workspace, district):
    """Finding 14: "已有更新的（2026-12-03发布），这份较早（2026-12-03发布）" told the user nothing."""
    from zgsz_desktop.text import local_time

    import_benchmark(workspace, bench(district, issued_at="2025-04-01T09:30:00+00:00"), recipient=district.recipient)
    with pytest.raises(BenchmarkImportError) as refused:
        import_benchmark(workspace, bench(district, issued_at="2025-04-01T08:05:00+00:00", shift=1.0))
    newer, older = local_time("2025-04-01T09:30:00+00:00"), local_time("2025-04-01T08:05:00+00:00")
    assert newer != older and len(newer) == len("2025-04-01 17:30")
    assert f"（{newer}发布）" in str(refused.value) and f"（{older}发布）" in str(refused.value)


def test_the_enterprise_sees_its_group_and_its_position(workspace, district):
    import_benchmark(workspace, bench(district), recipient=district.recipient)
    standing = benchmark_for(workspace, PERIOD)
    assert standing is not None and standing.group is not None
    assert standing.group.key == ("34", "规上")  # the demo profile: 通用设备制造业, 规上
    by_measure = {p.measure: p for p in standing.positions}
    cnc = by_measure["cnc_rate"]  # the demo's 67.7 % among P25 50, P50 60, P75 70
    assert cnc.percentile_band == "P50–P75" and cnc.median == "60.0%" and cnc.n == 8
    # the demo's 二级 among P25 二级, P50 三级, P75 三级
    assert by_measure["miit_level"].text == "与同组四分之一处的数值持平"  # equal to P25 (二级): level with it
    assert by_measure["miit_level"].median == "三级"
    assert benchmark_for(workspace, "2023年度") is None


def test_hidden_characters_in_names_are_written_out(district):
    grouping = build_groups([Record("34", "规上", r) for r in (1, 2, 3, 4, 5)], {"34": "通用\u202e设备制造业"})
    data = build_benchmark_file(grouping, district.signing, period=PERIOD, scope=["海安市"], issuer_kind="district",
                                issuer_name="海安市", issued_at="2025-03-01T09:00:00+00:00")
    group = read_benchmark(data, trusting(district)).published.groups[0]
    assert group.industry_name == "通用⟦U+202E⟧设备制造业"
