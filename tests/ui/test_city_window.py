"""The city's window (issue #17): a city clerk registers three districts' keys, imports their summaries and sees the
city's total and each district's row; a tampered summary is refused with a sentence and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from city_fixtures import PERIOD, build_three
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from zgsz_desktop.district.db import open_db


@pytest.fixture(scope="module")
def districts(tmp_path_factory):
    return build_three(tmp_path_factory.mktemp("city-ui"))


@pytest.fixture()
def window(qtbot, tmp_path):
    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.city_window import CityWindow

    create_app([])
    w = CityWindow(tmp_path / "nantong.zgszcity")
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture()
def answered(monkeypatch):
    """Message boxes answered at once, their texts kept (a modal box would wait for a click forever)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: said.append(text))
    return said


def _submitted_in(db_path: Path) -> int:
    """Independent of the code under test: the district database's own current 2024 submissions."""
    db = open_db(db_path)
    try:
        return db.execute("SELECT count(DISTINCT uscc) FROM submissions WHERE current = 1 AND period = ?",
                          [PERIOD]).fetchone()[0]
    finally:
        db.conn.close()


def test_the_city_sees_each_district_and_their_sum(qtbot, window, districts, answered):
    assert "还没有区县汇总包" in window.headline.text()
    assert not window.xlsx_button.isEnabled()
    for case in districts:
        window.pin_key(case.recipient_path)
    assert all("指纹" in text for text in answered)  # the fingerprint to read out by phone
    op = window.import_files([case.summary_path for case in districts])
    with qtbot.waitSignal(op.ended, timeout=60000):
        pass
    assert window.period_box.currentText() == PERIOD
    expected = sum(_submitted_in(case.db_path) for case in districts)
    assert f"已报区县 3 / {window.district_model.rowCount()}" in window.headline.text()
    assert f"已报送企业 {expected} 家" in window.headline.text()
    rows = {window.district_model.item(r, 0).text(): r for r in range(window.district_model.rowCount())}
    for case in districts:
        row = rows[case.name]
        assert window.district_model.item(row, 1).text() == "已报"
        assert int(window.district_model.item(row, 2).text()) == _submitted_in(case.db_path)
    not_reported = [name for name, r in rows.items() if window.district_model.item(r, 1).text() == "未报"]
    assert len(not_reported) == len(rows) - 3
    assert window.xlsx_button.isEnabled()


def test_a_tampered_summary_is_refused_with_a_sentence(qtbot, window, districts, answered, tmp_path):
    case = districts[0]
    window.pin_key(case.recipient_path)
    data = bytearray(case.summary_path.read_bytes())
    data[len(data) // 2] ^= 1
    tampered = tmp_path / "tampered.zgszsummary"
    tampered.write_bytes(bytes(data))
    op = window.import_files([tampered])
    with qtbot.waitSignal(op.ended, timeout=60000):
        pass
    assert "拒收" in answered[-1]
    assert "Traceback" not in answered[-1]
    assert window.period_box.count() == 0  # nothing was imported
    assert "还没有区县汇总包" in window.headline.text()


def test_exports_from_the_window_write_the_files(qtbot, window, districts, answered, tmp_path):
    for case in districts:
        window.pin_key(case.recipient_path)
    op = window.import_files([case.summary_path for case in districts])
    with qtbot.waitSignal(op.ended, timeout=60000):
        pass
    for kind, target in (("xlsx", tmp_path / "city.xlsx"), ("pdf", tmp_path / "city.pdf")):
        export = window.export(kind, target)
        assert export is not None
        with qtbot.waitSignal(export.ended, timeout=60000):
            pass
        assert target.stat().st_size > 1000
    QApplication.processEvents()
    assert "已导出" in window.statusBar().currentMessage()


def test_issue_times_in_local_time_and_returned_submissions_counted(qtbot, window, districts, answered, tmp_path):
    """Review #17: 签发时间 as the clerk's clock reads (the district signed at 09:00 Beijing time; a clerk whose
    computer is set to UTC reads 01:00), each import said once, and the submissions a district returned for
    correction counted in its row and in the headline."""
    import os
    import time

    from district_fixtures import district

    from zgsz_desktop.district.receipts import RETURNED, record_review
    from zgsz_desktop.district.summary_package import export_summary_package
    from zgsz_desktop.ui.city_window import DISTRICT_UNDER_CORRECTION

    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        case = districts[0]
        copy = tmp_path / "district.zgszdb"
        copy.write_bytes(case.db_path.read_bytes())
        db = open_db(copy)
        try:
            record_review(db, district(case.name).identity, case.codes[0], PERIOD, RETURNED,
                          note="请更正设备总数", clerk="王敏", now="2025-02-02T09:00:00+08:00")
            summary = export_summary_package(db, district(case.name).identity, PERIOD, tmp_path / "returned",
                                             "2025-02-02T09:00:00+08:00")
        finally:
            db.conn.close()
        for c in districts:
            window.pin_key(c.recipient_path)
        answered.clear()
        op = window.import_files([summary.path, districts[1].summary_path])
        with qtbot.waitSignal(op.ended, timeout=60000):
            pass
        lines = answered[-1].split("\n")
        assert len(lines) == 2 and all(line.count("已导入") == 1 for line in lines), lines
        model = window.district_model
        rows = {model.item(r, 0).text(): r for r in range(model.rowCount())}
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        issued = model.item(rows[case.name], headers.index("汇总包签发时间")).text()
        assert issued == "2025-02-02 01:00"  # 09:00 +08:00 on a computer set to UTC
        assert model.item(rows[case.name], DISTRICT_UNDER_CORRECTION).text() == "1"
        assert model.item(rows[districts[1].name], DISTRICT_UNDER_CORRECTION).text() == "0"
        assert "其中退回修改中 1 家" in window.headline.text()
        assert "重点企业的平均值" in " ".join(label.text() for label in window.findChildren(QLabel))
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
