"""The peer benchmark across the loop (issue #17): an enterprise exports its submission to the district, the district
(six enterprises of 通用设备制造业 · 规上 in all) exports its signed benchmark, the enterprise imports it trusting
the district file it exported to — nothing else given — and sees its position on the results (``benchmark_for``)
and in its PDF report (同行对标)."""

from __future__ import annotations

import io
import itertools
from datetime import datetime, timedelta, timezone

import pytest
from district_fixtures import district, document, package, uscc, write
from pypdf import PdfReader

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.district.benchmark import export_benchmark
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.package import keys
from zgsz_desktop.package.benchmark_import import IMPORTED, import_benchmark
from zgsz_desktop.package.export import ensure_signing_key, export_submission
from zgsz_desktop.report import build_report
from zgsz_desktop.report.model import from_submission
from zgsz_desktop.signed_files import SignedFileError
from zgsz_desktop.workspace import Workspace
from zgsz_desktop.workspace.peer_benchmark import benchmark_for

CORE = "nantong-zgsz-core"
PERIOD = "2024年度"
PASS = "enterprise-pass"
NOW = "2025-03-01T09:00:00+00:00"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


def ticking_clock():
    moments = itertools.count()
    start = datetime(2025, 2, 20, 8, 0, tzinfo=timezone.utc)
    return lambda: start + timedelta(seconds=next(moments))


@pytest.fixture()
def workspace(tmp_path):
    """The demo enterprise (division 34, 规上; 关键工序数控化率 67.7 %) with its 2024年度 submission."""
    core, miit = demo_documents()
    clock = ticking_clock()
    with Workspace.open(tmp_path / "企业", clock=clock) as ws:
        ws.import_answers(core.questionnaire, core.answers, PERIOD, enterprise=core.enterprise)
        ws.import_answers(miit.questionnaire, miit.answers, PERIOD)
        ensure_signing_key(ws, PASS)
        yield ws


def test_the_district_benchmark_reaches_the_enterprise_and_its_report(workspace, tmp_path):
    inbox = tmp_path / "inbox"
    exported = export_submission(workspace, PERIOD, district().recipient, PASS, tmp_path / "导出", pdf=False)
    write(inbox, "ours.zgsz", exported.package_path.read_bytes())
    for i, nc in enumerate([50, 55, 60, 75, 80]):  # five more of the same division and size
        changes = {"cnc.key_processes": [{"name": "车削", "equipment_total": 100, "nc_equipment": nc}]}
        write(inbox, f"p{i}.zgsz", package(document(CORE, code=uscc(900 + i), name=f"同行{i}", changes=changes),
                                           f"peer{i}"))
    db = open_db(tmp_path / "海安市.zgszdb")
    summary = import_packages(db, [inbox], district().identity, workers=1)
    assert summary.counts["new"] == 6, summary.to_dict()

    bench = tmp_path / "海安市-2024年度.zgszbench"
    export_benchmark(db, district().identity, PERIOD, bench, NOW)
    db.conn.close()

    # the enterprise gives only the file: the district file it exported to is what it is checked against
    imported = import_benchmark(workspace, bench.read_bytes())
    assert imported.outcome == IMPORTED and imported.benchmark.published.issuer_label == "海安市"

    standing = benchmark_for(workspace, PERIOD)
    assert standing is not None and standing.group is not None
    assert (standing.group.industry, standing.group.size, standing.group.n) == ("34", "规上", 6)
    cnc = next(p for p in standing.positions if p.measure == "cnc_rate")
    # 50 55 60 | 67.7 | 75 80: above about half of the group, below three quarters
    assert cnc.percentile_band == "P50–P75" and cnc.value == pytest.approx(67.7, abs=0.05)
    assert str(cnc.text) == "高于同组约一半的企业"

    buffer = io.BytesIO()
    build_report(from_submission(workspace, PERIOD), buffer)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages).replace(" ", "")
    section = text[text.index("同行对标"):]
    assert "所在分组：" in section and "6家企业" in section
    assert "高于同组约一半的企业" in section and "海安市工信部门发布" in section
    # plain words: no percentile codes, and the quarter points explained
    assert "P25" not in section and "P75" not in section and "把同组企业按数值从低到高排列" in section
    assert "同行0" not in text  # no other enterprise is named


def test_a_benchmark_of_a_district_the_enterprise_never_sent_to_is_refused(workspace, tmp_path):
    export_submission(workspace, PERIOD, district().recipient, PASS, tmp_path / "导出", pdf=False)  # to 海安市
    inbox = tmp_path / "inbox"
    other = district("如皋市")
    for i, nc in enumerate([50, 55, 60, 75, 80]):
        changes = {"cnc.key_processes": [{"name": "车削", "equipment_total": 100, "nc_equipment": nc}]}
        write(inbox, f"p{i}.zgsz", package(document(CORE, code=uscc(950 + i, "320682"), name=f"如皋{i}",
                                                    district_name="如皋市", changes=changes), f"rg{i}", to=other))
    db = open_db(tmp_path / "如皋市.zgszdb")
    import_packages(db, [inbox], other.identity, workers=1)
    bench = tmp_path / "如皋市.zgszbench"
    export_benchmark(db, other.identity, PERIOD, bench, NOW)
    db.conn.close()
    with pytest.raises(SignedFileError) as refused:
        import_benchmark(workspace, bench.read_bytes())
    assert refused.value.reason == "wrong_key" and "如皋市" in str(refused.value), str(refused.value)
    assert benchmark_for(workspace, PERIOD) is None
