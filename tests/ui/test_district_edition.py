"""The district dashboard names the policy edition of the selected year above the quota table: for 2024 the
Nantong plan with its quotas and their ratio, for 2025 the reference edition, which sets no quota — the
counts stand alone, marked 未下达, with the reason in plain words, and no completion ratio anywhere."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")


@pytest.fixture()
def page_for(qtbot, tmp_path):
    """The 概览 page of an empty 海安市 database for a year, with the board the core built for it."""
    from zgsz_desktop.district.dashboard import build_dashboard
    from zgsz_desktop.district.db import open_db, set_meta
    from zgsz_desktop.ui.district.dashboard_page import DashboardPage

    db = open_db(tmp_path / "district.zgszdb")
    set_meta(db, "district", "海安市")

    def make(year: int):
        board = build_dashboard(db, year)
        page = DashboardPage()
        qtbot.addWidget(page)
        page.show_dashboard(board)
        return page, board

    yield make
    db.close()


def label_texts(page, name: str) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in page.findChildren(QLabel, name)]


def all_text(page) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in page.findChildren(QLabel))


def quota_bars(page) -> int:
    from PySide6.QtWidgets import QProgressBar

    return len(page.findChildren(QProgressBar))


def test_2025_names_the_reference_edition_and_shows_counts_without_quotas(page_for):
    page, board = page_for(2025)
    assert board.edition.id == "jiangsu-2025-2027" and all(row.quota is None for row in board.quotas)
    [label] = label_texts(page, "edition_label")
    assert "2025—2027年参照（江苏省“智改数转网联”与国家目标）" in label
    [note] = label_texts(page, "edition_note")
    assert note == board.edition_note and "分地区任务分解表尚未公布" in note
    text = all_text(page)
    assert "企业填报的数量（未下达任务数）" in text
    for row in board.quotas:
        assert page.values[f"quota:{row.key}"].text() == ("未采集" if row.actual is None else str(row.actual))
    assert text.count("任务数：未下达") == len(board.quotas)
    assert "完成 " not in text and " / " not in "".join(page.values[f"quota:{r.key}"].text() for r in board.quotas)
    assert quota_bars(page) == 0  # no completion bar without a quota
    assert "参照值：超过70%" in text and "家重点企业达到参照值" in text and "家重点企业达标" not in text
    assert "国家到2027年的整体目标" in "".join(label_texts(page, "basis:key_process_cnc_rate"))


def test_2024_names_the_nantong_plan_and_its_quotas(page_for):
    page, board = page_for(2024)
    [label] = label_texts(page, "edition_label")
    assert "通政办发〔2022〕3号" in label
    assert label_texts(page, "edition_note") == []  # 2024 lies inside the plan and it sets quotas
    projects = next(row for row in board.quotas if row.key == "zgsz_projects")
    assert projects.quota == 320 and page.values["quota:zgsz_projects"].text() == "0 / 320"
    text = all_text(page)
    assert "任务数来源：《南通市制造业智能化改造和数字化转型三年行动计划（2022—2024年）》" in text
    assert "任务数：未下达" not in text and "目标：达到65%" in text
    assert quota_bars(page) == sum(1 for row in board.quotas if row.quota is not None and row.actual is not None)


def test_a_year_after_every_edition_says_so_above_the_table(page_for):
    page, _board = page_for(2028)
    [note] = label_texts(page, "edition_note")
    assert "2028年在本软件已知的政策版本之后" in note and "其期限已过" in note
    assert "任务分解表尚未公布" in note


def test_the_enterprise_list_says_reference_values_for_a_reference_year(qtbot):
    from types import SimpleNamespace

    from PySide6.QtWidgets import QLabel

    from zgsz_desktop.district.dashboard import EnterpriseRow
    from zgsz_desktop.ui.district.enterprises_page import EnterprisesPage

    page = EnterprisesPage(SimpleNamespace())
    qtbot.addWidget(page)
    row = EnterpriseRow(uscc="91320685MA0000041X", name="甲公司", industry="", scale="规上", key_enterprise=True,
                        core_period="2025年度", miit_period="", cnc_rate=0.62, mgmt_rate=None, rnd_rate=None,
                        cnc_met=False, mgmt_met=None, rnd_met=None, cloud_estimate=None, cloud_awarded=None,
                        miit_level="", miit_points=None, projects_completed=0, imported_at="", core_package="p",
                        miit_package="")
    page.set_rows([row], 2025, reference=True)
    assert page.below.text() == "有低于参照值的指标"
    page.select_uscc(row.uscc)
    detail = "\n".join(label.text() for label in page.findChildren(QLabel))
    assert "低于参照值" in detail and "未达标" not in detail
    page.set_rows([row], 2024, reference=False)
    assert page.below.text() == "有未达标指标"
