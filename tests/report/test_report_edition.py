"""The PDF names the policy edition its figures are compared with.

A 2025 report is read against the 2025–2027 edition (Jiangsu and national figures, reference only): it must
say so, call its figures 参照值, give each figure's basis and source, and never present the Nantong plan's
2024 targets as the current ones. A 2024 report names 通政办发〔2022〕3号. A year after every edition says the
edition has expired. Indications and sources carry their confidence in plain words and 以主管部门认定为准.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from zgsz_desktop.answers_file import parse_answers
from zgsz_desktop.demo import demo_documents
from zgsz_desktop.policy import edition_for_period
from zgsz_desktop.report import build_report, from_documents

SEED_DOC = "通政办发〔2022〕3号"


def documents(period: str, **core_changes):
    """The demo submission (both questionnaires) moved to ``period``; ``core_changes`` alter core answers."""
    moved = []
    for document in demo_documents():
        raw = {**document.to_json(), "period": period}
        if document.questionnaire.id == "nantong-zgsz-core":
            raw["answers"] = {**raw["answers"], **core_changes}
        moved.append(parse_answers(raw, "test"))
    return moved


def pages(period: str, **core_changes) -> list[str]:
    buffer = io.BytesIO()
    build_report(from_documents(documents(period, **core_changes), generated_on=date(2026, 3, 1)), buffer)
    return ["".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]


# every key process fully numerically controlled: 100 % — above the 2025 reference (超过70%) and the 2024 target
ALL_NC = {"cnc.key_processes": [{"name": "数控车削", "equipment_total": 24, "nc_equipment": 24}]}


@pytest.fixture(scope="module")
def report_2025() -> list[str]:
    return pages("2025年度", **ALL_NC)


@pytest.fixture(scope="module")
def report_2024() -> list[str]:
    return pages("2024年度", **ALL_NC)


def test_a_2025_report_names_the_2025_2027_edition_on_the_cover_and_before_the_figures(report_2025):
    edition = edition_for_period("2025年度")
    assert edition.id == "jiangsu-2025-2027"
    label = "".join(edition.label.split())
    cover, summary = report_2025[0], report_2025[1]
    assert "对照政策" in cover and label in cover
    assert f"对照的政策版本：{label}" in summary
    assert summary.index("对照的政策版本") < summary.index("关键工序数控化率")  # before any figure
    assert "适用年份：2025—2027年" in summary and "内容可信度：转引，原文未核对" in summary


def test_a_2025_report_calls_its_figures_reference_values_not_2024_targets(report_2025):
    summary = report_2025[1]
    text = "".join(report_2025)
    # 100 % against the national 超过70% is 达到参照值; 66.7 % against the expired 超过82% is 低于参照值
    assert "关键工序数控化率100.0%超过70%（全国制造业整体）达到参照值" in summary
    assert "经营管理数字化普及率66.7%超过82%（重点企业）低于参照值" in summary
    assert "参照值（适用范围）" in summary and "规划目标（重点企业）" not in summary
    assert "达标" not in summary.replace("达到参照值", "")  # no 达标/未达标 verdict against a reference
    # the 2024 plan's targets are not presented as the current ones
    assert "2024年目标" not in text and "到2024年重点企业关键工序数控化率达65%" not in text
    assert "达到65%" not in text
    assert "2025年以后的三年目标尚未公布" not in text  # the superseded note of the Nantong plan
    # the one figure still taken from the expired plan says so
    assert "沿用南通2022—2024年计划的目标“超过82%”（已到期）作参照" in text


def test_a_2025_report_gives_each_figures_basis_and_source_with_its_confidence(report_2025):
    text = "".join(report_2025)
    edition = edition_for_period("2025年度")
    assert "五、政策依据与来源" in text and "三项指标的对照依据" in text
    for benchmark in edition.benchmarks.values():
        assert "".join(benchmark.basis.split()) in text, benchmark.key
    assert "《关于加快传统制造业转型升级的指导意见》（工业和信息化部等八部门）［转引，原文未核对］" in text
    for source in edition.cited_sources():
        assert "".join(source.citation.split()) in text, source.id
    assert "“未证实”指只查到文件名称或线索" in text  # the marks explained in plain words
    assert "仅作参照，不是对本企业的考核目标" in text


def test_a_2025_report_lists_the_indications_with_rule_source_and_caveat(report_2025):
    summary_pages = "".join(report_2025[1:3])
    assert "政策条件提示" in summary_pages and "以主管部门认定为准" in summary_pages
    # the demo's MIIT level is 二级 (60.2 points): the 专精特新 digital-level condition
    assert "专精特新中小企业认定的数字化水平条件" in summary_pages and "达到二级及以上" in summary_pages
    assert "江苏省先进级智能工厂（预检）" in summary_pages
    assert "下一步一般申报三星级" in summary_pages  # no star awarded yet: 三星 first


def test_a_2024_report_names_the_nantong_plan(report_2024):
    cover, summary = report_2024[0], report_2024[1]
    assert SEED_DOC in cover
    assert f"对照的政策版本：南通市“智改数转”三年行动计划（2022—2024年）（{SEED_DOC}）" in summary
    assert "内容可信度：已核对原文" in summary
    assert "规划目标（重点企业）" in summary and "关键工序数控化率100.0%达到65%达标" in summary
    assert "参照值" not in summary
    text = "".join(report_2024)
    assert "规划主要目标：到2024年重点企业关键工序数控化率达65%" in text
    assert "江苏省先进级智能工厂" not in text  # not an indication of the 2024 edition


def test_a_year_after_every_edition_says_the_edition_has_expired():
    summary = pages("2028年度")[1]
    assert "2028年在本软件已知的政策版本之后" in summary and "其期限已过，仅作参照" in summary
