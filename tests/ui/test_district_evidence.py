"""The district window shows the evidence checks where the operator works: the audit's result as a list
that names each changed row, the import log's signatures on the dashboard, the 核查提示 (flags) table with
a jump to the enterprise, names with hidden characters written out, and a release 0.1 key approved only
with the code *and* the key fingerprint typed from the paper report."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from district_fixtures import CREATED, District, document, key_pair, uscc

from zgsz_desktop.package import keys

PASSPHRASE = "district-evidence-passphrase"
CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"
RUIFENG, REVERSED, OTHER = uscc(41), uscc(42), uscc(43)
RLO_NAME = "南通\u202e司公限有械机\u202c"  # shows as 南通机械有限公司 where bidi controls are obeyed
NAMES = {RUIFENG: "南通瑞丰精密机械有限公司", REVERSED: RLO_NAME, OTHER: "南通永利药业有限公司"}
RELEASE_0_1 = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture(scope="module")
def haian() -> District:
    from zgsz_desktop.district.importer import DistrictIdentity

    old, keys.SCRYPT_N = keys.SCRYPT_N, 2**12  # sealed cheaply: quick to unlock in every test
    try:
        key = keys.DistrictKey.generate("海安市", PASSPHRASE)
        return District(key, DistrictIdentity.from_key(key, PASSPHRASE))
    finally:
        keys.SCRYPT_N = old


@pytest.fixture(scope="module")
def inbox(tmp_path_factory, haian) -> Path:
    """A whole submission (both questionnaires, one package) from each of three enterprises, and the key file."""
    from zgsz_desktop.demo_district import light_package
    from zgsz_desktop.fileio import write_json_atomic

    folder = tmp_path_factory.mktemp("inbox")
    for serial, (code, name) in enumerate(NAMES.items(), start=1):
        documents = [document(q, code=code, name=name) for q in (CORE, MIIT)]
        signing, private = key_pair(code)
        data = light_package(documents, signing, private, haian.recipient,
                             package_id=f"7e57c0de-0000-4000-8000-{serial:012d}", sequence=1, created_at=CREATED)
        (folder / "packages").mkdir(exist_ok=True)
        (folder / "packages" / f"{code}.zgsz").write_bytes(data)
    write_json_atomic(folder / "海安市.zgszdistrict", haian.key.to_json())
    return folder


@pytest.fixture()
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture()
def open_window(qtbot, settings):
    """A district window opened on ``db`` with ``key`` (the open dialog filled in and accepted); waits for the
    dashboard's first check of the import log."""
    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.district.window import DistrictWindow

    create_app([])
    windows = []

    def make(db: Path, key: Path, passphrase: str = PASSPHRASE):
        window = DistrictWindow(settings=settings, db_path=db)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: window.open_dialog is not None and window.open_dialog.isVisible())
        dialog = window.open_dialog
        dialog.key_file.setText(str(key))
        dialog.passphrase.setText(passphrase)
        with qtbot.waitSignal(window.log_checked, timeout=30000):
            dialog.ok.click()
        assert window.session is not None
        return window

    yield make
    for window in windows:
        window.close()


def imported_db(path: Path, inbox: Path, haian: District) -> Path:
    from zgsz_desktop.district.db import open_db
    from zgsz_desktop.district.importer import import_packages

    db = open_db(path)
    try:
        assert import_packages(db, [inbox / "packages"], haian.identity, workers=1).counts["new"] == len(NAMES)
    finally:
        db.conn.close()
    return path


def edit(path: Path, *statements: str, params: tuple = ()) -> None:
    """Change the database file behind the program's back, as someone with a database tool would."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
        conn.commit()
    finally:
        conn.close()


# --------------------------------------------------------------------------- the audit


def test_the_audit_of_an_edited_copy_lists_the_change_naming_the_enterprise_and_saves_the_report(
        qtbot, open_window, inbox, haian, tmp_path, monkeypatch):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPushButton

    from zgsz_desktop.ui.district import audit_dialog

    original = imported_db(tmp_path / "original.zgszdb", inbox, haian)
    copy = tmp_path / "copy.zgszdb"
    shutil.copy(original, copy)
    edit(copy, "UPDATE submissions SET cnc_rate = 0.99 WHERE uscc = ? AND questionnaire_id = 'nantong-zgsz-core'",
         params=(RUIFENG,))
    window = open_window(copy, inbox / "海安市.zgszdistrict")
    with qtbot.waitSignal(window.audited, timeout=60000):
        window.dashboard.findChild(QPushButton, "audit").click()
    result = window.audit_result
    assert result.objectName() == "audit_result" and result.isVisible()
    assert "核查发现 1 处问题" in result.headline.text()
    (problem,) = result.problem_model.stringList()
    assert NAMES[RUIFENG] in problem and "关键工序数控化率" in problem and "99.0%" in problem
    assert result.problems.isVisible()  # a list to read, not a message box

    result.problems.selectAll()
    result.copy_selected()
    assert QGuiApplication.clipboard().text() == problem
    target = tmp_path / "reports" / "海安市核查"
    monkeypatch.setattr(audit_dialog.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    result.save_button.click()
    saved = target.with_name("海安市核查.txt")
    assert result.saved == saved and saved.is_file()
    text = saved.read_text(encoding="utf-8-sig")
    assert "核查发现 1 处问题" in text and f"1. {problem}" in text.replace("\r\n", "\n")
    assert str(copy) in text and "已保存" in result.message.text()


# --------------------------------------------------------------------------- the import log


def test_the_dashboard_says_the_log_is_signed_and_warns_in_red_when_a_signature_is_stripped(
        qtbot, open_window, inbox, haian, tmp_path):
    from zgsz_desktop.ui.district.common import BAD, GOOD

    db = imported_db(tmp_path / "d.zgszdb", inbox, haian)
    window = open_window(db, inbox / "海安市.zgszdistrict")
    board = window.dashboard
    entries = window.log_check.entries
    assert window.log_check.ok and window.log_check.sealed == entries > 0
    assert f"{entries} 条全部经区县签名核对" in board.log_result.text() and GOOD in board.log_result.styleSheet()
    assert not board.log_banner.isVisible()

    edit(db, "DROP TRIGGER import_log_no_update",
         "UPDATE import_log SET seal = '' WHERE seq = (SELECT max(seq) FROM import_log)")
    with qtbot.waitSignal(window.log_checked, timeout=30000) as blocker:
        window.dashboard.check_log.emit()  # 校验
    check = blocker.args[0]
    assert not check.ok and check.unsealed == entries
    assert f"不可信：第 {entries} 条起没有区县签名" in board.log_result.text()
    assert BAD in board.log_result.styleSheet() and board.log_result.toolTip() == check.message
    banner = board.log_banner.findChild(type(board.log_result), "log_banner_text").text()
    assert board.log_banner.isVisible() and check.message.rstrip("。") in banner and "核查数据库" in banner
    # the year changes, the dashboard is rebuilt: the warning stays (the log has not changed since the check)
    window.refresh()
    assert window.dashboard.log_banner.isVisible() and BAD in window.dashboard.log_result.styleSheet()


# --------------------------------------------------------------------------- names as they are


def test_the_enterprise_model_writes_hidden_characters_out_without_any_widget(qtbot):
    from PySide6.QtCore import Qt

    from zgsz_desktop.district.dashboard import EnterpriseRow
    from zgsz_desktop.ui.district.common import WARN
    from zgsz_desktop.ui.district.enterprise_model import EnterpriseFilter, EnterpriseTableModel, column_of

    base = EnterpriseRow("91320685MA1R8K2X5W", "甲", "", "规上", False, "2024年度", "", None, None, None, None,
                         None, None, None, None, "", None, 0, "", "p", "")
    rows = [replace(base, uscc="U1", name=RLO_NAME, contact="张\u200b三"),
            replace(base, uscc="U2", name="南通机械有限公司")]
    model = EnterpriseTableModel()
    model.set_rows(rows)
    name, contact = model.index(0, column_of("name")), model.index(0, column_of("contact"))
    assert name.data(Qt.ItemDataRole.DisplayRole) == "南通⟦U+202E⟧司公限有械机⟦U+202C⟧"
    assert contact.data(Qt.ItemDataRole.DisplayRole) == "张⟦U+200B⟧三"
    assert "\u202e" not in name.data(Qt.ItemDataRole.DisplayRole)
    assert "不可见字符" in name.data(Qt.ItemDataRole.ToolTipRole)
    assert name.data(Qt.ItemDataRole.ForegroundRole).color().name() == WARN
    assert model.index(1, column_of("name")).data(Qt.ItemDataRole.ForegroundRole) is None
    proxy = EnterpriseFilter()
    proxy.setSourceModel(model)
    proxy.set_filters(search="U+202E")  # what the operator sees can be searched for
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "南通⟦U+202E⟧司公限有械机⟦U+202C⟧"


def test_a_reversed_name_shows_written_out_on_import_in_the_table_and_as_a_flag_that_leads_to_it(
        qtbot, open_window, inbox, haian, tmp_path):
    from PySide6.QtCore import Qt

    from zgsz_desktop.ui.district.enterprise_model import column_of
    from zgsz_desktop.ui.district.flags_model import FLAG_ROLE

    written_out = "南通⟦U+202E⟧司公限有械机⟦U+202C⟧"
    window = open_window(tmp_path / "d.zgszdb", inbox / "海安市.zgszdistrict")
    dialog = window.start_import([inbox / "packages"])
    qtbot.waitUntil(lambda: dialog.preview_summary is not None, timeout=30000)
    shown = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert written_out in shown and not any("\u202e" in name for name in shown)
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.import_button.click()
    dialog.close()

    page = window.enterprises
    names = [page.model.index(r, column_of("name")).data() for r in range(page.model.rowCount())]
    assert written_out in names and RLO_NAME not in names

    # 核查提示: the flag, counted on the dashboard and in the tab
    flags = window.flags
    assert window.dashboard.values["flags"].text() == f"{flags.model.rowCount()} 条"
    assert window.tabs.tabText(window.tabs.indexOf(flags)) == f"核查提示（{flags.model.rowCount()}）"
    row = next(r for r in range(flags.model.rowCount())
               if flags.model.index(r, 0).data(FLAG_ROLE).kind == "hidden_characters")
    cells = [flags.model.index(row, c).data() for c in range(flags.model.columnCount())]
    assert cells[:4] == ["名称含不可见字符", written_out, REVERSED, "2024年度"]
    assert "U+202E" in cells[4] and "\u202e" not in cells[4]
    window.show_flags("hidden_characters")
    assert flags.proxy.rowCount() == 1 and window.tabs.currentWidget() is flags
    assert written_out in flags.detail.text()

    index = flags.proxy.index(0, 1)
    flags.view.scrollTo(index)
    where = flags.view.visualRect(index).center()
    qtbot.mouseClick(flags.view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # Qt 6: a click, then the double
    qtbot.mouseDClick(flags.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.tabs.currentWidget() is page
    assert page.selected_row().uscc == REVERSED
    assert "⟦U+202E⟧" in page.detail.text() and "\u202e" not in page.detail.text()


def test_a_flag_leads_to_its_enterprise_even_when_the_table_is_filtered(qtbot, open_window, inbox, haian, tmp_path):
    db = imported_db(tmp_path / "d.zgszdb", inbox, haian)
    window = open_window(db, inbox / "海安市.zgszdistrict")
    page = window.enterprises
    page.search.setText(NAMES[OTHER])
    assert page.proxy.rowCount() == 1
    assert window.show_enterprise(REVERSED)
    assert page.search.text() == "" and page.selected_row().uscc == REVERSED


# --------------------------------------------------------------------------- a release 0.1 key


def test_a_release_0_1_key_is_approved_only_with_the_code_and_the_fingerprint_typed_from_paper(
        qtbot, open_window, tmp_path):
    from PySide6.QtWidgets import QLabel, QLineEdit

    from zgsz_desktop.district.importer import held_keys

    db = tmp_path / "haian-0.1.zgszdb"
    shutil.copy(RELEASE_0_1 / "district.zgszdb", db)
    window = open_window(db, RELEASE_0_1 / "district.zgszdistrict", "release-0.1-district")
    # a database written by release 0.1: its log is whole but not yet signed
    assert window.log_check.ok and window.log_check.sealed == 0
    assert "尚未签名" in window.dashboard.log_result.text() and "开始签名" in window.dashboard.log_result.text()

    page = window.held
    (held,) = held_keys(window.session.db)
    code = (RELEASE_0_1 / "held-code.txt").read_text(encoding="utf-8").strip()
    table = " ".join(page.table.item(0, c).text() for c in range(page.table.columnCount()))
    assert held.key_id not in table and "抄录" in table  # the fingerprint is typed from the paper, not read here

    window.tabs.setCurrentWidget(page)
    page.table.selectRow(0)
    page.approve_button.click()
    dialog = page.approve_dialog
    assert dialog.isVisible() and dialog.fingerprint is not None
    on_screen = " ".join([label.text() for label in dialog.findChildren(QLabel)]
                         + [edit.placeholderText() for edit in dialog.findChildren(QLineEdit)])
    assert "企业密钥指纹" in on_screen and "签字页" in on_screen
    for secret in (held.key_id, held.key_id.replace("-", ""), code, code.replace("-", "")):
        assert secret not in on_screen

    dialog.code.setText(code)
    assert not dialog.ok.isEnabled()  # the 9 digits alone are not enough
    dialog.fingerprint.setText("ABCD-EFGH-JKMN-PQRS")
    with qtbot.waitSignal(window.log_checked, timeout=30000):  # the refusal is logged, and signed
        dialog.ok.click()
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "密钥指纹与该报告包的不符" in dialog.message.text()
    assert held.key_id not in dialog.message.text()
    assert page.table.rowCount() == 1

    dialog.fingerprint.setText(held.key_id.lower().replace("-", " "))  # as read aloud and typed
    with qtbot.waitSignal(window.log_checked, timeout=30000):
        dialog.ok.click()
    assert not dialog.isVisible()
    assert "已核准" in page.message.text() and page.table.rowCount() == 0
    # the entries written since are signed; those of release 0.1 are not, and the dashboard says which
    check = window.log_check
    assert check.ok and 0 < check.sealed < check.entries
    assert f"后 {check.sealed} 条经区县签名核对" in window.dashboard.log_result.text()


# --------------------------------------------------------------------------- without a window


def test_the_saved_report_holds_every_problem_and_the_notes_apart(qtbot):
    from zgsz_desktop.district.audit import MAX_SHOWN, AuditReport
    from zgsz_desktop.ui.district.audit_dialog import AuditResultDialog, headline, report_text

    problems = [f"报送 南通{i}号机械有限公司 2024年度：关键工序数控化率被改动过" for i in range(MAX_SHOWN + 10)]
    report = AuditReport(submissions=3, entries=9, problems=problems,
                         notes=["名单 旧名单.csv 由旧版本导入，原文件未保存"])
    assert headline(report) == f"核查发现 {len(problems)} 处问题"
    text = report_text(report, district="海安市", database="/data/海安市.zgszdb")
    assert all(f"{i}. {p}" in text for i, p in enumerate(problems, start=1))  # not only the first screenful
    assert text.index("说明（核查的局限，不是问题）") > text.index(problems[-1]) and "旧名单.csv" in text
    dialog = AuditResultDialog(report, district="海安市", database=Path("/data/海安市.zgszdb"))
    qtbot.addWidget(dialog)
    assert dialog.problem_model.rowCount() == len(problems) and "旧名单.csv" in dialog.notes.text()
    assert headline(AuditReport(cancelled=True)) == "核查已取消" and headline(AuditReport()) == "核查通过"


def test_flags_filter_by_kind_and_by_words_without_any_widget(qtbot):
    from PySide6.QtCore import Qt

    from zgsz_desktop.district.plausibility import Flag
    from zgsz_desktop.ui.district.common import BAD
    from zgsz_desktop.ui.district.flags_model import FlagsFilter, FlagsModel

    flags = [Flag("limit", RUIFENG, NAMES[RUIFENG], "2024年度", "p1", "2024年已完成项目 12 个"),
             Flag("not_on_roster", OTHER, NAMES[OTHER], "2024年度", "p3", "不在导入的企业名单中"),
             Flag("hidden_characters", REVERSED, "南通⟦U+202E⟧司公限有械机⟦U+202C⟧", "2024年度", "p2", "含 U+202E")]
    model = FlagsModel()
    model.set_flags(flags)
    assert model.index(0, 0).data() == "数值异常"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == BAD
    proxy = FlagsFilter()
    proxy.setSourceModel(model)
    proxy.set_filters(kind="not_on_roster")
    assert [proxy.index(r, 2).data() for r in range(proxy.rowCount())] == [OTHER]
    proxy.set_filters(kind="", search="项目 瑞丰")
    assert [proxy.index(r, 2).data() for r in range(proxy.rowCount())] == [RUIFENG]
