"""The city's window (issue #17): a city clerk registers three districts' keys, imports their summaries and sees the
city's total and each district's row; a tampered summary is refused with a sentence and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from city_fixtures import PERIOD, build_three
from PySide6.QtWidgets import QApplication, QMessageBox

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
