"""The district workstation driven offscreen on a small demo district: open with the district key, import
through the preview, the dashboard's figures, the enterprise table, reports, held keys and exports."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from zgsz_desktop.demo_district import DEMO_DISTRICT_PASSPHRASE
from zgsz_desktop.package import keys

ENTERPRISES = 5  # ten packages: below the importer's process-pool threshold, so everything stays fast


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from zgsz_desktop.demo_district import write_district_demo

    old, keys.SCRYPT_N = keys.SCRYPT_N, 2**12  # the demo key is sealed with this cost: quick to unlock
    try:
        return write_district_demo(tmp_path_factory.mktemp("demo") / "district", ENTERPRISES, light_reports=True,
                                   workers=1)
    finally:
        keys.SCRYPT_N = old


@pytest.fixture()
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture()
def make_window(qtbot, settings, tmp_path, demo):
    """A district window over a database in tmp_path, with the open dialog filled in (not yet accepted)."""
    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.district.window import DistrictWindow

    create_app([])
    windows = []

    def make(passphrase: str = DEMO_DISTRICT_PASSPHRASE):
        window = DistrictWindow(settings=settings, db_path=tmp_path / "district.zgszdb")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.open_dialog is not None and window.open_dialog.isVisible())
        dialog = window.open_dialog
        dialog.key_file.setText(str(demo.district_key))
        dialog.passphrase.setText(passphrase)
        windows.append(window)
        return window, dialog

    yield make
    for window in windows:
        window.close()


def click_open(qtbot, dialog):
    """打开: the key is unlocked and the database opened on a pool thread (an Op); wait until it has ended."""
    dialog.ok.click()
    if dialog.task is not None and dialog.task.running:
        with qtbot.waitSignal(dialog.task.ended, timeout=30000):
            pass


def ended(qtbot, op):
    """Wait for an Op started just now (nothing runs in between: its end is delivered on this thread)."""
    if op is not None and op.running:
        with qtbot.waitSignal(op.ended, timeout=60000):
            pass
    return op


@pytest.fixture()
def window(qtbot, make_window):
    window, dialog = make_window()
    click_open(qtbot, dialog)
    assert window.session is not None
    return window


def preview(qtbot, window, paths):
    dialog = window.start_import([Path(p) for p in paths])
    qtbot.waitUntil(lambda: dialog.preview_summary is not None or dialog.error is not None, timeout=30000)
    assert dialog.error is None, dialog.status.text()
    return dialog


def run_import(qtbot, dialog):
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.import_button.click()
    return dialog.summary


def import_demo(qtbot, window, demo):
    dialog = preview(qtbot, window, [demo.out_dir / "packages"])
    summary = run_import(qtbot, dialog)
    dialog.close()
    return summary


def tamper(source: Path, target: Path) -> Path:
    """Re-zip a package with one byte of an encrypted payload changed: a well-formed file that lies."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("answers.json.hpke"):
                data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
            dst.writestr(info, data)
    target.write_bytes(out.getvalue())
    return target


def board_of(window):
    from zgsz_desktop.district.dashboard import build_dashboard

    return build_dashboard(window.session.db, window.year)


# --------------------------------------------------------------------------- opening


def test_a_wrong_passphrase_is_refused_in_chinese_and_opens_nothing(qtbot, make_window, tmp_path, demo):
    window, dialog = make_window("not-the-passphrase")
    click_open(qtbot, dialog)
    assert "密码不正确" in dialog.message.text()
    assert window.session is None and dialog.isVisible() and dialog.ok.isEnabled()
    assert not (tmp_path / "district.zgszdb").exists()  # the key is unlocked before anything is created
    dialog.passphrase.setText(DEMO_DISTRICT_PASSPHRASE)
    click_open(qtbot, dialog)
    assert window.session is not None and not dialog.isVisible()
    assert window.session.district == "海安市" and window.board.submitted == 0
    # before the first import the database does not know its district: the quotas come from the key's
    projects = next(q for q in window.board.quotas if q.key == "zgsz_projects")
    assert projects.quota and window.dashboard.values["quota:zgsz_projects"].text() == f"0 / {projects.quota}"
    window.settings.sync()
    stored = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert str(demo.district_key.name) in stored and "district.zgszdb" in stored
    assert DEMO_DISTRICT_PASSPHRASE not in stored  # the passphrase is never written down


# --------------------------------------------------------------------------- import


def test_preview_lists_every_file_and_stores_nothing_then_import_stores_all_but_the_broken(
        qtbot, window, demo, tmp_path):
    from zgsz_desktop.ui.district.outcomes_model import verdict_name

    folder = tmp_path / "usb"
    shutil.copytree(demo.out_dir / "packages", folder)
    victim = sorted(folder.glob("*.zgsz"))[0]
    tamper(victim, folder / "tampered.zgsz")
    victim.unlink()  # the genuine copy is gone: only the altered one is offered
    flipped = folder / "sub" / "flipped.zgsz"
    flipped.parent.mkdir()
    data = bytearray(sorted(folder.glob("*.zgsz"))[1].read_bytes())
    data[len(data) // 2] ^= 0xFF
    flipped.write_bytes(bytes(data))
    files = sorted(folder.rglob("*.zgsz"))

    dialog = preview(qtbot, window, [folder])
    model = dialog.model
    assert model.rowCount() == len(files) == ENTERPRISES + 1  # one package per enterprise's submission
    by_file = {Path(o.source).name: o for o in model.outcomes}
    assert set(by_file) == {f.name for f in files}
    assert by_file["tampered.zgsz"].verdict == "tampered"
    assert model.index(model.outcomes.index(by_file["tampered.zgsz"]), 0).data() == "验证未通过"
    assert by_file["flipped.zgsz"].verdict in ("damaged", "tampered")
    assert all(o.verdict == "new" for name, o in by_file.items() if name not in ("tampered.zgsz", "flipped.zgsz"))
    assert "将导入" in by_file[files[0].name].label or by_file[files[0].name].verdict != "new"
    assert verdict_name("tampered") in dialog.counts.text() and "新报送" in dialog.counts.text()
    assert board_of(window).enterprises == 0 and board_of(window).submitted == 0  # the preview stored nothing
    assert dialog.import_button.isEnabled()

    summary = run_import(qtbot, dialog)
    assert summary.counts["new"] == len(files) - 2 and not summary.cancelled
    assert f"已导入 {len(files) - 2} 份" in dialog.status.text()
    assert {Path(o.source).name for o in dialog.model.outcomes} == {f.name for f in files}
    board = board_of(window)
    assert board.submitted == len(files) - 2 and board.core_submitted == board.miit_submitted == board.submitted
    qtbot.waitUntil(lambda: window.board.submitted == board.submitted)  # the dashboard refreshed itself
    assert window.dashboard.values["submitted"].text() == str(board.submitted)
    dialog.problems_only.setChecked(True)
    assert dialog.proxy.rowCount() == 2

    # the same folder again: everything is a duplicate or refused, so there is nothing to import
    again = preview(qtbot, window, [folder])
    assert not again.import_button.isEnabled() and "无需导入" in again.status.text()


def test_cancelling_an_import_keeps_what_was_done_and_says_so(qtbot, window, demo, monkeypatch):
    import threading

    from zgsz_desktop.district import checking

    real = checking.check_file
    # two files go through, the third holds until 取消 has been pressed: driven by events, not by sleeps
    # that a busy machine could outlast
    calls, lock = [0], threading.Lock()
    cancelled = threading.Event()

    def held(*args, **kwargs):
        with lock:
            calls[0] += 1
            mine = calls[0]
        if mine > 2:
            assert cancelled.wait(60)
        return real(*args, **kwargs)

    dialog = preview(qtbot, window, [demo.out_dir / "packages"])
    monkeypatch.setattr(checking, "check_file", held)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 2, timeout=60000)
    dialog.cancel_button.click()
    cancelled.set()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert dialog.summary.cancelled and "导入已取消" in dialog.status.text()
    done = len(dialog.summary.outcomes)
    assert 2 <= done < ENTERPRISES
    board = board_of(window)
    assert board.submitted == done and board.partial == []  # whole packages, each with its log entry


def test_dropping_a_folder_on_the_window_starts_the_preview(qtbot, window, demo):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo.out_dir / "packages"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    dialog = window.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview_summary is not None, timeout=30000)
    assert dialog.model.rowCount() == ENTERPRISES
    dialog.close()


# --------------------------------------------------------------------------- dashboard


def test_dashboard_shows_the_cores_figures_roster_and_log(qtbot, window, demo):
    import_demo(qtbot, window, demo)
    with qtbot.waitSignal(window.roster_imported, timeout=60000) as imported:
        window.import_roster(demo.roster)  # on a pool thread; the dashboard follows through ops.changes
    assert imported.args[0] > ENTERPRISES and "已导入名单" in window.statusBar().currentMessage()
    board = board_of(window)
    values = {key: label.text() for key, label in window.dashboard.values.items()}
    assert values["submitted"] == str(board.submitted) == str(ENTERPRISES)
    assert values["partial"] == str(len(board.partial)) == "0"  # every package holds both questionnaires
    assert values["held_keys"] == str(board.held_keys) == "0"
    assert values["not_submitted"] == f"{len(board.not_submitted)} 家" and board.not_submitted
    assert values["log_entries"] == f"{board.log_entries} 条"
    for row in board.quotas:
        expected = "未采集" if row.actual is None else (
            str(row.actual) if row.quota is None else f"{row.actual} / {row.quota}")
        assert values[f"quota:{row.key}"] == expected, row.key
    for stat in board.benchmarks:
        assert values[f"benchmark:{stat.key}"] == f"{stat.key_met} / {stat.key_reported}"
        expected = "—" if stat.key_average is None else f"{stat.key_average * 100:.1f}%"
        assert values[f"average:{stat.key}"] == expected
    for level, count in board.miit_levels.items():
        assert values[f"level:{level}"] == str(count)
    for star, count in board.cloud_awarded.items():
        assert values[f"star:{star}"] == str(count)
    for star, count in board.cloud_estimate.items():
        assert values[f"estimate:{star}"] == str(count)
    from PySide6.QtWidgets import QTableView

    table = window.dashboard.findChild(QTableView, "not_submitted")
    assert table.model().rowCount() == len(board.not_submitted)
    with qtbot.waitSignal(window.log_checked, timeout=30000) as blocker:
        window.check_log()
    check = blocker.args[0]
    assert check.ok and check.signed and "完整" in window.dashboard.log_result.text()
    assert window.dashboard.log_result.toolTip() == check.message


def test_a_bad_roster_is_refused_with_its_rows_and_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    from zgsz_desktop.ui.district import window as window_module

    shown = []
    monkeypatch.setattr(window_module, "show_error", lambda parent, exc: shown.append(str(exc)))
    bad = tmp_path / "名单.csv"
    bad.write_text("统一社会信用代码,企业名称\n91320685MA1R8K2X5X,错误的代码\n", encoding="utf-8")
    ended(qtbot, window.import_roster(bad))
    assert shown and "第 2 行" in shown[0]
    assert board_of(window).roster_total == 0


# --------------------------------------------------------------------------- enterprise table


def test_enterprise_table_counts_searches_and_sorts_rates_as_numbers(qtbot, window, demo):
    from PySide6.QtCore import Qt

    from zgsz_desktop.district.dashboard import enterprise_rows
    from zgsz_desktop.ui.district.enterprise_model import ROW_ROLE, SORT_ROLE, column_of

    import_demo(qtbot, window, demo)
    page = window.enterprises
    rows = enterprise_rows(window.session.db, window.year)
    assert page.model.rowCount() == len(rows) == board_of(window).enterprises == ENTERPRISES
    target = rows[2]
    page.search.setText(target.name[2:6])
    assert page.proxy.rowCount() >= 1
    assert target.uscc in {page.proxy.index(r, 0).data(ROW_ROLE).uscc for r in range(page.proxy.rowCount())}
    page.search.setText(target.uscc.lower())
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data(ROW_ROLE).uscc == target.uscc
    page.search.clear()
    page.key_only.setChecked(True)
    assert page.proxy.rowCount() == sum(r.key_enterprise for r in rows)
    page.key_only.setChecked(False)
    page.below.setChecked(True)
    assert page.proxy.rowCount() == sum(any(m is False for m in (r.cnc_met, r.mgmt_met, r.rnd_met)) for r in rows)
    page.below.setChecked(False)
    page.missing.setChecked(True)
    assert page.proxy.rowCount() == 0  # every enterprise in the database submitted for the year
    page.missing.setChecked(False)

    column = column_of("cnc_rate")
    page.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    shown = [page.proxy.index(r, column).data(SORT_ROLE) for r in range(page.proxy.rowCount())]
    assert shown == sorted(r.cnc_rate for r in rows)
    page.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    shown = [page.proxy.index(r, column).data(SORT_ROLE) for r in range(page.proxy.rowCount())]
    assert shown == sorted((r.cnc_rate for r in rows), reverse=True)


def test_rates_sort_as_numbers_and_missing_figures_last_without_any_widget(qtbot):
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from zgsz_desktop.district.dashboard import EnterpriseRow
    from zgsz_desktop.ui.district.enterprise_model import EnterpriseFilter, EnterpriseTableModel, column_of

    base = EnterpriseRow("91320685MA1R8K2X5W", "甲", "", "规上", False, "2024年度", "", None, None, None, None,
                         None, None, None, None, "", None, 0, "", "p", "")
    rows = [replace(base, uscc=f"U{i}", name=name, cnc_rate=rate, cnc_met=None if rate is None else rate >= 0.65)
            for i, (name, rate) in enumerate((("九", 0.09), ("无", None), ("百", 1.0), ("十", 0.1), ("半", 0.5)))]
    model = EnterpriseTableModel()
    model.set_rows(rows)
    proxy = EnterpriseFilter()
    proxy.setSourceModel(model)
    column = column_of("cnc_rate")
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    texts = [proxy.index(r, column).data() for r in range(proxy.rowCount())]
    assert texts == ["9.0%", "10.0%", "50.0%", "100.0%", "—"]  # as text, "9.0%" would sort after "50.0%"
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    texts = [proxy.index(r, column).data() for r in range(proxy.rowCount())]
    assert texts == ["100.0%", "50.0%", "10.0%", "9.0%", "—"]  # no figure stays last
    assert proxy.index(0, column).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#1f6f43"


def test_search_takes_every_word_and_roster_only_enterprises_count_as_not_submitted(qtbot):
    from dataclasses import replace

    from zgsz_desktop.district.dashboard import EnterpriseRow
    from zgsz_desktop.ui.district.enterprise_model import EnterpriseFilter, EnterpriseTableModel

    base = EnterpriseRow("91320685MA1R8K2X5W", "甲", "", "规上", False, "2024年度", "", None, None, None, None,
                         None, None, None, None, "", None, 0, "", "p", "")
    rows = [replace(base, uscc="U1", name="南通华利药业有限公司"),
            replace(base, uscc="U2", name="南通华利纺织有限公司"),
            replace(base, uscc="U3", name="南通永利药业有限公司", core_period="", core_package="", contact="陈建华",
                    on_roster_only=True)]
    model = EnterpriseTableModel()
    model.set_rows(rows)
    proxy = EnterpriseFilter()
    proxy.setSourceModel(model)
    proxy.set_filters(search="华利 药业")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["南通华利药业有限公司"]
    proxy.set_filters(search="陈建华")  # the contact person too
    assert proxy.rowCount() == 1
    proxy.set_filters(search="", not_submitted=True)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["南通永利药业有限公司"]


def test_viewing_a_report_decrypts_a_verified_pdf_and_opens_it(qtbot, window, demo, monkeypatch):
    from zgsz_desktop.ui.district import common

    opened = []
    monkeypatch.setattr(common, "open_path", lambda path: opened.append(Path(path)) or True)
    import_demo(qtbot, window, demo)
    page = window.enterprises
    page.view.selectRow(0)
    row = page.selected_row()
    assert row is not None and row.name in page.detail.text()
    assert page.core_report.isEnabled()
    page.core_report.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    data = opened[0].read_bytes()
    assert data.startswith(b"%PDF") and opened[0].parent == window.session.report_dir()
    assert "已通过核验" in page.report_message.text()
    report_dir = window.session.report_dir()
    window.close()
    assert not report_dir.exists()  # decrypted reports do not outlive the session


# --------------------------------------------------------------------------- held keys


def test_a_new_key_is_held_refused_with_a_wrong_code_and_approved_with_the_paper_code(
        qtbot, window, demo, tmp_path, monkeypatch):
    from zgsz_desktop import demo_district
    from zgsz_desktop.demo_synthetic import synthetic_enterprises
    from zgsz_desktop.package.keys import load_recipient

    import_demo(qtbot, window, demo)
    enterprise = next(iter(synthetic_enterprises(ENTERPRISES, "海安市", 2024)))
    # The same enterprise after reinstalling: a new signing key, and its next report (2025年度)
    monkeypatch.setattr(demo_district, "DEMO_PERIOD", "2025年度")
    packages = demo_district.build_enterprise_packages(enterprise, load_recipient(demo.recipient).to_json(), 77,
                                                       True)
    folder = tmp_path / "new-key"
    folder.mkdir()
    for name, data in packages:
        (folder / name).write_bytes(data)

    dialog = preview(qtbot, window, [folder])
    assert [o.verdict for o in dialog.model.outcomes] == ["key_held"]
    assert all(not o.verification_code for o in dialog.model.outcomes)  # never on screen
    (path,) = folder.glob("*.zgsz")
    # what the stamped paper report says: the code from the package's own manifest
    code = json.loads(zipfile.ZipFile(path).read("manifest.json"))["verification_code"]
    run_import(qtbot, dialog)
    dialog.close()
    page = window.held
    assert page.table.rowCount() == 1 and window.board.held_keys == 1
    assert "待核准密钥（1）" == window.tabs.tabText(2)
    held = page.selected()
    shown = " ".join(page.table.item(0, c).text() for c in range(page.table.columnCount()))
    assert held.key_id in shown and held.pinned_key_id in shown
    assert code not in shown and code.replace("-", "") not in shown  # the code is typed from the paper

    ended(qtbot, page.approve(held, "123-456-789"))  # on a pool thread: an Op
    assert "不符" in page.message.text() and page.table.rowCount() == 1
    assert board_of(window).held_keys == 1

    page.approve_button.click()  # the operator types the code from the stamped paper report
    dialog = page.approve_dialog
    assert dialog.isVisible() and dialog.fingerprint is None  # a 20-character code stands alone
    assert code not in dialog.findChild(type(page.message), "message").text()
    dialog.code.setText(code.replace("-", " ").lower())  # read aloud, typed in lower case
    dialog.ok.click()
    assert not dialog.ok.isEnabled() and dialog.isVisible()  # approving on a pool thread: 核准 waits meanwhile
    ended(qtbot, dialog.task)
    assert not dialog.isVisible()
    assert "已核准" in page.message.text()
    assert page.table.rowCount() == 0
    assert board_of(window).held_keys == 0 and window.board.held_keys == 0
    from zgsz_desktop.district.dashboard import submission_years

    assert 2025 in submission_years(window.session.db)
    assert window.year_combo.findData(2025) >= 0


def test_rejecting_a_held_key_imports_nothing(qtbot, window, demo, tmp_path):
    from zgsz_desktop import demo_district
    from zgsz_desktop.demo_synthetic import synthetic_enterprises
    from zgsz_desktop.package.keys import load_recipient

    import_demo(qtbot, window, demo)
    enterprise = next(iter(synthetic_enterprises(ENTERPRISES, "海安市", 2024)))
    folder = tmp_path / "impostor"
    folder.mkdir()
    for name, data in demo_district.build_enterprise_packages(enterprise, load_recipient(demo.recipient).to_json(),
                                                              5, True)[:1]:
        (folder / name).write_bytes(data)
    assert run_import(qtbot, preview(qtbot, window, [folder])).counts["key_held"] == 1
    page = window.held
    assert page.reject(page.selected(), "企业未更换密钥")
    assert "已拒绝" in page.message.text() and page.table.rowCount() == 0
    page.show_done.setChecked(True)
    assert page.table.rowCount() == 1 and page.table.item(0, 7).text() == "已拒绝"
    assert board_of(window).submitted == ENTERPRISES


# --------------------------------------------------------------------------- exports and roles


def test_exports_write_in_the_background_and_remember_the_folder(qtbot, window, demo, tmp_path):
    pytest.importorskip("zgsz_desktop.district.exports")
    import_demo(qtbot, window, demo)
    out = tmp_path / "for-city"
    out.mkdir()
    for kind, magic in (("xlsx", b"PK"), ("csv", None), ("pdf", b"%PDF")):
        with qtbot.waitSignal(window.exporter.finished, timeout=60000) as blocker:
            window.exporter.run(kind, window.year, out / "汇总")  # the suffix is added
        path = blocker.args[0]
        assert path.is_file() and path.parent == out
        if magic:
            assert path.read_bytes().startswith(magic)
        box = window.exporter.result_box
        assert box is not None and str(path) in box.text()
        box.close()
    assert window.settings.value("district/export_folder") == str(out)


def test_the_district_role_is_chosen_at_first_run_remembered_and_switched_back(qtbot, settings, tmp_path):
    from zgsz_desktop.ui import app
    from zgsz_desktop.ui.app import DISTRICT, ENTERPRISE, ROLE_KEY, create_app, initial_role
    from zgsz_desktop.ui.district.window import DistrictWindow
    from zgsz_desktop.ui.first_run import FirstRun
    from zgsz_desktop.ui.main_window import MainWindow

    create_app([])
    assert initial_role(settings) == ENTERPRISE
    window = MainWindow(settings=settings, workspace_dir=tmp_path / "ws")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), FirstRun), timeout=10000)
    window.stack.currentWidget().roles.district_button.click()
    district = app._WINDOWS[-1]
    try:
        assert isinstance(district, DistrictWindow) and district.isVisible() and not window.isVisible()
        assert settings.value(ROLE_KEY) == DISTRICT
        assert initial_role(settings) == DISTRICT and initial_role(settings, workspace=True) == ENTERPRISE
        qtbot.waitUntil(lambda: district.open_dialog is not None)
        district.open_dialog.reject()
        back = district.switch_role()
        assert isinstance(back, MainWindow) and not district.isVisible()
        assert settings.value(ROLE_KEY) == ENTERPRISE
        assert initial_role(settings, district=True) == DISTRICT  # zgsz-desktop --district
        back.close()
    finally:
        for opened in app._WINDOWS:
            opened.close()
        app._WINDOWS.clear()


def test_thousands_of_signal_emits_do_not_abort_the_app():
    """PySide6 6.12.0 takes a reference from True on every Signal.emit(); create_app guards against it."""
    import subprocess
    import sys

    code = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from zgsz_desktop.ui.app import create_app, guard_emit_refcount
create_app([])
from PySide6.QtCore import QObject, Signal
class Probe(QObject):
    ping = Signal(int)
probe = Probe()
for i in range(20000):
    probe.ping.emit(i)
print("lost per emit:", guard_emit_refcount())
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "lost per emit:" in result.stdout


def test_audit_from_the_dashboard_shows_its_result_and_lists_an_edited_figure(qtbot, window, demo, tmp_path):
    from PySide6.QtWidgets import QPushButton

    from zgsz_desktop.district.importer import import_packages

    db = window.session.db
    import_packages(db, [demo.out_dir / "packages"], window.session.identity, workers=1)
    with qtbot.waitSignal(window.audited, timeout=60000):
        window.dashboard.findChild(QPushButton, "audit").click()
    result = window.audit_result
    assert result.objectName() == "audit_result" and result.isVisible()
    assert "核查通过" in result.headline.text() and not result.problems.isVisible()
    result.close()
    name = db.execute("SELECT e.name FROM submissions s JOIN enterprises e USING (uscc) "
                      "WHERE s.rowid = 1").fetchone()[0]
    db.execute("UPDATE submissions SET rnd_rate = 0.99 WHERE rowid = 1")
    with qtbot.waitSignal(window.audited, timeout=60000):
        window.dashboard.findChild(QPushButton, "audit").click()
    result = window.audit_result
    assert "核查发现 1 处问题" in result.headline.text()
    (problem,) = result.problem_model.stringList()
    assert name in problem and "数字化研发设计工具普及率" in problem and "99.0%" in problem
    saved = result.save(tmp_path / "核查")
    text = saved.read_text(encoding="utf-8-sig")
    assert saved.name == "核查.txt" and "1. " + problem in text.replace("\r\n", "\n")
