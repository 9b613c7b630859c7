"""Double-clicking the files of issue #17 (``app.open_file``, what ``zgsz-desktop FILE`` does): a 回执 opens the
enterprise window and checks the receipt at once, asking only for the password; a 对标文件 is imported and the
results page shows the enterprise's position; a district's 汇总包 opens the city's window and is imported there.
The suffixes are the ones the installer registers."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from city_fixtures import PERIOD as CITY_PERIOD
from city_fixtures import build_district
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from zgsz_desktop.package import keys
from zgsz_desktop.package.receipt import Decision, Reason, ToIssue, build_receipt_file

from .helpers import type_text

ROOT = Path(__file__).resolve().parents[2]
PASS = "enterprise-pass"
PERIOD = "2024年度"
FLAG = Reason("nantong-zgsz-core", "mgmt.hr", "人力资源管理（人事档案、考勤、薪酬）",
              "人事系统已上线，请按实际情况填写")


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture()
def app_module(monkeypatch):
    from zgsz_desktop.ui import app

    app.create_app([])
    monkeypatch.setattr(app, "_WINDOWS", [])  # the windows this test opens, closed by qtbot
    return app


@pytest.fixture()
def district():
    return keys.DistrictKey.generate("海安市", "district-pass").unlock("district-pass")


def exported_workspace(directory: Path, recipient) -> bytes:
    """The demo enterprise's 2024年度 submission exported once to ``recipient``; the package's bytes."""
    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.package.export import ensure_signing_key, export_submission
    from zgsz_desktop.workspace import Workspace

    core, miit = demo_documents()
    with Workspace.open(directory) as ws:
        ws.import_answers(core.questionnaire, core.answers, PERIOD, enterprise=core.enterprise)
        ws.import_answers(miit.questionnaire, miit.answers, PERIOD)
        ensure_signing_key(ws, PASS)
        result = export_submission(ws, PERIOD, recipient, PASS, directory.parent / "out" / "p", pdf=False)
        return result.package_path.read_bytes()


def opened(qtbot, window, signal_of=None):
    """What the window did with the file once its workspace was open (the file's dialog or Op), and, with
    ``signal_of``, after that object's signal came (connected as soon as the object exists: nothing is missed)."""
    with qtbot.waitCallback(timeout=30000) as callback:
        if signal_of is None:
            window.file_opener.done.connect(callback)
        else:
            window.file_opener.done.connect(lambda thing: signal_of(thing).connect(lambda *_: callback(thing)))
    return callback.args[0]


def test_a_double_clicked_receipt_opens_the_enterprise_window_and_checks_it(qtbot, app_module, settings, tmp_path,
                                                                         district):
    from zgsz_desktop.package.verify import verify_bytes
    from zgsz_desktop.ui.main_window import MainWindow
    from zgsz_desktop.ui.receipt_dialog import ReceiptDialog

    package = exported_workspace(tmp_path / "ws", district.recipient)
    verified = verify_bytes(package)
    item = ToIssue(verified.package_id, hashlib.sha256(package).hexdigest(), PERIOD, 1, verified.signer_public_key,
                   Decision("returned", (FLAG,), clerk="王明", contact="0513-88880000"))
    path = tmp_path / "回执_南通瑞丰精密机械有限公司_2024年度.zgszreceipt"
    path.write_bytes(build_receipt_file(district, {"uscc": "91320685MA1R8K2X5W", "name": "南通瑞丰精密机械有限公司"},
                                        [item], "2025-03-02T09:00:00+00:00"))
    settings.setValue(app_module.ROLE_KEY, app_module.DISTRICT)  # this PC last opened the district workstation

    window = app_module.open_file(str(path), settings, workspace_dir=tmp_path / "ws")
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    dialog = opened(qtbot, window, lambda d: d.checked)
    assert isinstance(dialog, ReceiptDialog) and dialog.isVisible()
    assert dialog.import_button.isEnabled(), dialog.status.text()  # checked against the district file: genuine
    type_text(qtbot, dialog.passphrase, PASS)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "海安市工信部门退回了您2024年度的报送（第1次）：1 处需要修改" in dialog.status.text()
    assert settings.value(app_module.ROLE_KEY) == app_module.DISTRICT  # a file opened does not change the role
    dialog.close()


def test_a_receipt_opened_before_the_enterprise_is_set_up_says_what_to_do(qtbot, app_module, settings, tmp_path):
    path = tmp_path / "回执.zgszreceipt"
    path.write_bytes(b"{}")
    window = app_module.open_file(str(path), settings, workspace_dir=tmp_path / "new-ws")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.stack.currentChanged, timeout=10000):
        pass
    assert window.statusBar().currentMessage() == "请先填写企业信息，再从“文件”菜单导入这个文件"
    assert getattr(window, "receipt_dialog", None) is None


@pytest.fixture()
def bench_file(tmp_path, district) -> Path:
    """A benchmark of 8 enterprises of the demo's group (34 通用设备制造业, 规上), signed by the district."""
    from zgsz_desktop.package.benchmark_file import build_benchmark_file
    from zgsz_desktop.scoring.peer_groups import Record, build_groups

    rates = [40.0, 50.0, 55.0, 60.0, 62.0, 70.0, 75.0, 80.0]
    grouping = build_groups([Record("34", "规上", r, r, r, "二级", 3) for r in rates], {"34": "通用设备制造业"})
    bench = tmp_path / "海安市-2024年度.zgszbench"
    bench.write_bytes(build_benchmark_file(grouping, district.signing, period=PERIOD, scope=["海安市"],
                                           issuer_kind="district", issuer_name="海安市",
                                           issued_at="2025-03-01T09:00:00+00:00"))
    return bench


def test_a_double_clicked_benchmark_is_imported_and_the_results_show_the_position(
        qtbot, app_module, settings, tmp_path, district, bench_file):
    from PySide6.QtWidgets import QLabel

    from zgsz_desktop.ui.results_page import ResultsPage

    exported_workspace(tmp_path / "ws", district.recipient)  # the district file it exported to is trusted
    window = app_module.open_file(str(bench_file), settings, workspace_dir=tmp_path / "ws")
    qtbot.addWidget(window)
    opened(qtbot, window, lambda op: op.ended)
    page = window.stack.currentWidget()
    assert isinstance(page, ResultsPage) and page.period == PERIOD
    if not page.is_ready:
        with qtbot.waitSignal(page.ready, timeout=60000):
            pass
    texts = [label.text() for label in page.peer_section.findChildren(QLabel, "peers_group")]
    assert texts == ["<b>所在分组：</b>34 通用设备制造业（规上），8 家企业"]
    bands = [label.text() for label in page.peer_section.findChildren(QLabel, "peers_band")]
    assert "高于同组约一半的企业" in bands


def test_a_benchmark_of_a_period_without_a_submission_stays_home_and_says_so(
        qtbot, app_module, settings, tmp_path, district):
    from zgsz_desktop.package.benchmark_file import build_benchmark_file
    from zgsz_desktop.scoring.peer_groups import Record, build_groups
    from zgsz_desktop.ui.home_page import HomePage

    exported_workspace(tmp_path / "ws", district.recipient)
    grouping = build_groups([Record("34", "规上", r, r, r, "二级", 3) for r in (40.0, 50.0, 55.0, 60.0, 62.0)],
                            {"34": "通用设备制造业"})
    bench = tmp_path / "海安市-2023年度.zgszbench"
    bench.write_bytes(build_benchmark_file(grouping, district.signing, period="2023年度", scope=["海安市"],
                                           issuer_kind="district", issuer_name="海安市",
                                           issued_at="2024-03-01T09:00:00+00:00"))
    window = app_module.open_file(str(bench), settings, workspace_dir=tmp_path / "ws")
    qtbot.addWidget(window)
    opened(qtbot, window, lambda op: op.ended)
    assert isinstance(window.stack.currentWidget(), HomePage)
    assert "已导入2023年度的对标文件。本企业还没有2023年度的报送" in window.statusBar().currentMessage()


@pytest.fixture(scope="module")
def summary_case(tmp_path_factory):
    return build_district(tmp_path_factory.mktemp("open-summary"), "如皋市", "320682", 2, 860)


def test_a_double_clicked_summary_opens_the_city_window_and_imports_it(qtbot, app_module, settings, tmp_path,
                                                                      summary_case, monkeypatch):
    from zgsz_desktop.ui import city_window
    from zgsz_desktop.ui.city_window import CityWindow

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: said.append(text))
    default = tmp_path / "data" / "nantong.zgszcity"
    default.parent.mkdir()
    monkeypatch.setattr(city_window, "default_city_db", lambda: default)
    pinning = CityWindow(default)  # the city registered the district's key beforehand
    qtbot.addWidget(pinning)
    pinning.pin_key(summary_case.recipient_path)
    pinning.close()
    said.clear()

    window = app_module.open_file(str(summary_case.summary_path), settings)
    qtbot.addWidget(window)
    assert isinstance(window, CityWindow) and window.db_path == default
    with qtbot.waitSignal(window.import_op.ended, timeout=60000):
        pass
    assert len(said) == 1 and summary_case.summary_path.name in said[0] and "如皋市" in said[0], said
    assert window.period_box.currentText() == CITY_PERIOD
    rows = {window.district_model.item(r, 0).text(): r for r in range(window.district_model.rowCount())}
    assert window.district_model.item(rows["如皋市"], 1).text() == "已报"


def test_the_suffixes_opened_are_the_formats_own_and_the_installer_registers_them(app_module):
    from zgsz_desktop.district import summary_package
    from zgsz_desktop.package import benchmark_file, receipt
    from zgsz_desktop.workspace import handoff

    assert (app_module.RECEIPT_SUFFIX, app_module.BENCHMARK_SUFFIX, app_module.SUMMARY_SUFFIX) == (
        receipt.SUFFIX, benchmark_file.SUFFIX, summary_package.SUFFIX)
    assert (app_module.HANDOFF_SUFFIX, app_module.RETURN_SUFFIX) == (handoff.HANDOFF_SUFFIX, handoff.RETURN_SUFFIX)
    installer = (ROOT / "build_installer.py").read_text(encoding="utf-8")
    for suffix in (receipt.SUFFIX, benchmark_file.SUFFIX, summary_package.SUFFIX):
        assert json.dumps(suffix) in installer
