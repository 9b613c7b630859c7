"""Receipts in the district window (issue #17), driven offscreen: the 受理状态 column, 受理 and 退回修改… through the
real dialog (search, tick, reason, clerk remembered), 生成回执… writing one file per enterprise, and the history
in the detail after a decision."""

# ruff: noqa: F811  (the fixtures imported below are parameters of the tests)
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from .test_district_window import (  # noqa: F401  (the fixtures of the district window tests)
    demo,
    ended,
    fast_scrypt,
    import_demo,
    make_window,
    settings,
    window,
)


def _select_first(window):
    page = window.enterprises
    window.tabs.setCurrentWidget(page)
    page.view.selectRow(0)
    return page, page.selected_row()


def _state(page, row) -> str:
    from zgsz_desktop.ui.district.enterprise_model import column_of

    for r in range(page.proxy.rowCount()):
        index = page.proxy.index(r, column_of("review_state"))
        if page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole).uscc == row.uscc:
            return str(index.data())
    return ""


def test_return_through_the_dialog_then_write_receipts(qtbot, window, demo, settings, tmp_path):
    import_demo(qtbot, window, demo)
    page, row = _select_first(window)
    assert _state(page, row) == "待受理" and page.return_button.isEnabled()

    dialog = page.receipts.open_return(row)
    assert dialog is not None and dialog.model.rowCount() > 5
    dialog.search.setText("设备")  # the list narrows to the questions that mention it
    assert 0 < dialog.proxy.rowCount() < dialog.model.rowCount()
    first = dialog.proxy.index(0, 5)
    dialog.proxy.setData(first, "请与设备台账核对后更正")  # writing a reason ticks the question
    dialog.ok.click()
    assert dialog.message.text()  # no clerk yet: said in the dialog, nothing recorded
    dialog.clerk.setText("王敏")
    dialog.contact.setText("0513-1234567")
    dialog.ok.click()
    ended(qtbot, page.receipts.task)
    page.select_uscc(row.uscc)
    assert _state(page, row) == "退回修改（回执未生成）"
    assert "退回理由" in page.detail.text() and "请与设备台账核对后更正" in page.detail.text()
    assert settings.value("district/clerk") == "王敏"

    _, other = _select_first(window)
    page.view.selectRow(1)
    other = page.selected_row()
    ended(qtbot, page.receipts.accept(other))  # the clerk is remembered: no question asked
    assert _state(page, other) == "已受理（回执未生成）"

    out = tmp_path / "回执"
    ended(qtbot, page.receipts.write(out))
    assert len(list(out.glob("*.zgszreceipt"))) == 2 and list(out.glob("*.zgszkey"))
    assert "已生成 2 份回执" in page.report_message.text() and not page.open_receipts_button.isHidden()
    assert _state(page, other) == "已受理（回执已生成）"


def test_the_detail_keeps_every_decision_with_who_and_its_own_reasons(qtbot, window, demo, settings, monkeypatch):
    """Review #17: returned by 王敏, then accepted by 张三 — the detail showed only 已受理; both decisions must show,
    each with its clerk and local time, the return's reason under the return."""
    import time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        import_demo(qtbot, window, demo)
        page, row = _select_first(window)
        from zgsz_desktop.district.receipts import package_questions
        from zgsz_desktop.package.receipt import Reason

        question = package_questions(window.session.db, row.uscc, row.core_period or row.miit_period)[0]

        ended(qtbot, page.receipts.record(row, "returned", [Reason(question.questionnaire_id, question.question_id,
                                                                   "", "请与台账核对")], "", "王敏", ""))
        ended(qtbot, page.receipts.record(row, "accepted", [], "", "张三", ""))
        page.select_uscc(row.uscc)
        text = page.detail.text()
        assert "退回修改（" in text and "王敏" in text and "已受理（" in text and "张三" in text
        assert text.index("王敏") < text.index("请与台账核对") < text.index("张三")  # its reason under the return
        assert "+00:00" not in text and "T0" not in text
    finally:
        monkeypatch.undo()
        time.tzset()
