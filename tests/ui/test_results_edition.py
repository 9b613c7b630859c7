"""The results page names the policy edition its figures are compared with, gives each figure's basis and
source, shows the indications with their rule, source and 以主管部门认定为准, and lists the sources.

A manager reading a 2025 result must see at once that it is compared with the 2025–2027 edition (reference
figures only), and a 2024 result with 通政办发〔2022〕3号."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from submission_fixtures import PROFILE

ROOT = Path(__file__).resolve().parents[2]
DEMO = {q: json.loads((ROOT / "resources" / "demo" / f"{q}.answers.json").read_text(encoding="utf-8"))["answers"]
        for q in ("nantong-zgsz-core", "miit-sme-2024")}


@pytest.fixture()
def results(qtbot, tmp_path):
    """The results page of the demo submission for a period, once its computation has finished."""
    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.results_page import ResultsPage
    from zgsz_desktop.workspace import Workspace

    create_app([])
    opened = []

    def make(period: str) -> ResultsPage:
        workspace = Workspace.open(tmp_path / "ws")
        opened.append(workspace)
        workspace.set_profile(PROFILE)
        submission = workspace.start_submission(period)
        for questionnaire_id, answers in DEMO.items():
            workspace.save_answers(submission.part(questionnaire_id).assessment.id, answers, source="import")
        page = ResultsPage(workspace, period)
        qtbot.addWidget(page)
        # the computation runs on a worker thread; its result reaches the page through the event loop
        with qtbot.waitSignal(page.ready, timeout=60000):
            pass
        return page

    yield make
    for workspace in opened:
        workspace.close()


def texts(page, name: str) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in page.findChildren(QLabel, name)]


def card_texts(page) -> str:
    from PySide6.QtWidgets import QFrame, QLabel

    return "\n".join(label.text() for frame in page.findChildren(QFrame, "card")
                     for label in frame.findChildren(QLabel))


def test_a_2025_result_names_the_2025_2027_edition_and_calls_its_figures_reference_values(results):
    from PySide6.QtWidgets import QLabel

    page = results("2025年度")
    [label] = texts(page, "edition_label")
    assert "2025—2027年参照（江苏省“智改数转网联”与国家目标）" in label
    box = "\n".join(w.text() for w in page.findChild(QLabel, "edition_label").parent().findChildren(QLabel))
    assert "适用年份：2025—2027年" in box and "内容可信度：转引，原文未核对" in box
    assert "未查到南通市2025—2027年" in box  # the edition's summary
    assert texts(page, "edition_fit_note") == []  # 2025 lies inside the edition
    cards = card_texts(page)
    # demo: 67.7 % against the national 超过70% (a reference, not a target)
    assert "参照值（全国制造业整体）：超过70%" in cards and "低于参照值" in cards
    assert "未达标" not in cards and "规划目标" not in cards
    assert "国家到2027年的整体目标" in cards  # the figure's basis, beside it
    assert "［转引，原文未核对］" in cards  # its source's confidence in words
    assert "不是对本企业的考核目标" in " ".join(texts(page, "benchmark_note"))


def test_a_2025_result_shows_the_indications_with_rule_source_and_caveat(results):
    page = results("2025年度")
    indications = texts(page, "indication")
    assert len(indications) == 3  # 专精特新 digital level, 先进级智能工厂, 星级上云逐级申报
    for text in indications:
        assert "条件：" in text and "来源：" in text and "以主管部门认定为准" in text
    level = next(t for t in indications if "专精特新" in t)
    assert "符合" in level and "二级" in level  # the demo's MIIT level is 二级
    factory = next(t for t in indications if "先进级智能工厂" in t)
    assert "GB/T 39116" in factory and any(status in factory for status in ("符合", "尚不符合", "无法判断"))
    [sources] = texts(page, "sources")
    assert "《关于加快传统制造业转型升级的指导意见》" in sources and "未证实" in sources


def test_a_2024_result_names_the_nantong_plan(results):
    page = results("2024年度")
    [label] = texts(page, "edition_label")
    assert "通政办发〔2022〕3号" in label
    cards = card_texts(page)
    assert "规划目标（重点企业）：达到65%" in cards and "达标" in cards and "参照值" not in cards
    assert "规划主要目标：到2024年重点企业关键工序数控化率达65%" in cards
    assert "［已核对原文］" in cards
    assert all("先进级智能工厂" not in t for t in texts(page, "indication"))  # not in the 2024 edition


def test_a_year_after_every_edition_says_the_edition_has_expired(results):
    page = results("2028年度")
    [note] = texts(page, "edition_fit_note")
    assert "2028年在本软件已知的政策版本之后" in note and "其期限已过" in note
