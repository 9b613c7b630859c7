"""The results page's 同行对标 section: without a benchmark it says what the file is and offers to import one; the
import (asking for the district file when the workspace does not know the signing key) fills in the group, its
size, the median and the enterprise's band per measure, with a bar each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from submission_fixtures import PROFILE

ROOT = Path(__file__).resolve().parents[2]
DEMO = {q: json.loads((ROOT / "resources" / "demo" / f"{q}.answers.json").read_text(encoding="utf-8"))["answers"]
        for q in ("nantong-zgsz-core", "miit-sme-2024")}
PERIOD = "2024年度"


@pytest.fixture(scope="module")
def district():
    from zgsz_desktop.keys import DistrictKey
    from zgsz_desktop.package import keys

    original = keys.SCRYPT_N
    keys.SCRYPT_N = 2**12
    try:
        return DistrictKey.generate("海安市", "district-pass").unlock("district-pass")
    finally:
        keys.SCRYPT_N = original


@pytest.fixture()
def files(tmp_path, district):
    """A benchmark of 8 enterprises of the demo's group (34 通用设备制造业, 规上) and the district file."""
    from zgsz_desktop.fileio import write_json_atomic
    from zgsz_desktop.package.benchmark_file import build_benchmark_file
    from zgsz_desktop.scoring.peer_groups import Record, build_groups

    rates = [40.0, 50.0, 55.0, 60.0, 62.0, 70.0, 75.0, 80.0]
    grouping = build_groups([Record("34", "规上", r, r, r, "二级", 3) for r in rates], {"34": "通用设备制造业"})
    bench = tmp_path / "海安市-2024年度.zgszbench"
    bench.write_bytes(build_benchmark_file(grouping, district.signing, period=PERIOD, scope=["海安市"],
                                           issuer_kind="district", issuer_name="海安市",
                                           issued_at="2025-03-01T09:00:00+00:00"))
    key = tmp_path / "海安市.zgszkey"
    write_json_atomic(key, district.recipient.to_json())
    return bench, key


@pytest.fixture()
def page(qtbot, tmp_path):
    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.results_page import ResultsPage
    from zgsz_desktop.workspace import Workspace

    create_app([])
    workspace = Workspace.open(tmp_path / "ws")
    workspace.set_profile(PROFILE)
    submission = workspace.start_submission(PERIOD)
    for questionnaire_id, answers in DEMO.items():
        workspace.save_answers(submission.part(questionnaire_id).assessment.id, answers, source="import")
    results = ResultsPage(workspace, PERIOD)
    qtbot.addWidget(results)
    results.resize(1100, 900)
    with qtbot.waitSignal(results.ready, timeout=60000):
        pass
    yield results
    results.close_page()
    workspace.close()


def labels(widget, name: str) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel, name)]


def test_import_a_benchmark_from_the_results_page(qtbot, page, files, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

    from zgsz_desktop.ui.peer_section import PeerBar

    bench, key = files
    section = page.peer_section
    assert "不含任何企业的名称或数值" in labels(section, "peers_what")[0]
    button = section.findChild(QPushButton, "peers_import")
    assert button.text() == "导入对标文件…"

    # the workspace exported to no district yet: it asks for the district file, then imports
    chosen = iter([(str(bench), ""), (str(key), "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: next(chosen))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.ready, timeout=60000):  # the import announces its change; the page computes again
        button.click()
    assert asked and "区县文件" in asked[0]

    section = page.peer_section
    assert labels(section, "peers_group") == ["<b>所在分组：</b>34 通用设备制造业（规上），8 家企业"]
    assert "海安市发布（2025-03-01），共 8 家企业" in labels(section, "peers_source")
    bands = labels(section, "peers_band")
    assert "高于同组约一半的企业" in bands  # the demo's 67.7 % against P50 60, P75 70
    # plain words for a manager: no percentile codes anywhere, the quarter points explained in one sentence
    everything = labels(section, "")
    assert len(everything) > 10 and not any("P25" in t or "P50" in t or "P75" in t for t in everything)
    assert "把同组企业按数值从低到高排列" in labels(section, "peers_legend")[0]
    assert labels(section, "peers_wider") == []  # compared with its own industry and size
    assert len(section.findChildren(PeerBar)) == len(bands) >= 3
    assert section.findChild(QPushButton, "peers_import").text() == "更换对标文件…"


def test_a_wider_group_says_why_and_with_whom(qtbot):
    """Finding 6: the enterprise (34, 规上) is compared with all manufacturing 规上 because its own group is not in
    the file; the section says so in words."""
    from zgsz_desktop.scoring.peer_groups import PublishedBenchmark, Record, build_groups, standing
    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.peer_section import PeerSection

    create_app([])
    data = ([Record("34", "规上", r) for r in (50, 55, 60)] + [Record("36", "规上", r) for r in (70, 80)]
            + [Record("26", "规上", r) for r in (10, 20, 30, 40, 50, 60)])
    groups = build_groups(data, {"26": "化学原料和化学制品制造业"}).groups
    published = PublishedBenchmark("b", "2025-03-01T09:00:00+00:00", PERIOD, ("海安市",), "district", "海安市", 11, 0,
                                   groups, {})
    section = PeerSection(standing(published, "34", "规上", {"cnc_rate": 62.0}))
    qtbot.addWidget(section)
    assert labels(section, "peers_group") == ["<b>所在分组：</b>制造业（规上），11 家企业"]
    assert labels(section, "peers_wider") == ["本行业同规模的企业不足 5 家（或单独列出会让人推算出个别企业的数值），"
                                              "因此与本区县全部制造业企业（规上）比较"]
