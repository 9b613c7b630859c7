"""The district workstation switches its interface language from the 文件 menu (界面语言): a new window in the
chosen language replaces the old one and takes over the open database with its unlocked key — no passphrase
asked again — and the choice is kept for the next start. The English screens are built from the committed
translations (compiled to a scratch .qm here, not the shipped one), and the labels the district screens mark for
the core's Chinese words (verdicts, flag kinds, levels, the CSV hint) are the core's words exactly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from zgsz_desktop.demo_district import DEMO_DISTRICT_PASSPHRASE
from zgsz_desktop.package import keys

CJK = re.compile("[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from zgsz_desktop.demo_district import write_district_demo

    old, keys.SCRYPT_N = keys.SCRYPT_N, 2**12  # the demo key is sealed with this cost: quick to unlock
    try:
        return write_district_demo(tmp_path_factory.mktemp("demo") / "district", 2, light_reports=True, workers=1)
    finally:
        keys.SCRYPT_N = old


@pytest.fixture()
def english(monkeypatch, tmp_path):
    """English available (the committed .ts compiled to a scratch .qm); Chinese again afterwards."""
    from PySide6.QtWidgets import QApplication

    from zgsz_desktop.translations import compile_language
    from zgsz_desktop.ui import app, i18n
    from zgsz_desktop.ui.app import create_app

    create_app([])
    scratch = compile_language("en", tmp_path)
    shipped = i18n.qm_path
    monkeypatch.setattr(i18n, "qm_path", lambda language: scratch if language == "en" else shipped(language))
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)  # the setting the window writes decides
    yield scratch
    for window in app._WINDOWS:
        window.close()
    app._WINDOWS.clear()
    i18n.install(QApplication.instance(), "zh_CN")  # the other tests find widgets by their Chinese text
    QApplication.instance().setApplicationDisplayName(i18n.tr("智改数转企业自评估"))


def open_window(qtbot, settings, tmp_path, demo):
    from zgsz_desktop.ui import app
    from zgsz_desktop.ui.district.window import DistrictWindow

    window = DistrictWindow(settings=settings, db_path=tmp_path / "district.zgszdb")
    app._WINDOWS.append(window)  # as app.open_window keeps it
    window.show()
    qtbot.waitUntil(lambda: window.open_dialog is not None and window.open_dialog.isVisible())
    window.open_dialog.key_file.setText(str(demo.district_key))
    window.open_dialog.passphrase.setText(DEMO_DISTRICT_PASSPHRASE)
    with qtbot.waitSignal(window.session_opened, timeout=30000):  # the key is unlocked on a pool thread
        window.open_dialog.ok.click()
    assert window.session is not None
    return window


def menu_texts(window) -> list[str]:
    """Every menu title and action text of the window, the language names apart."""
    names = set(window.language_actions)
    texts = []
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        for action in menu_action.menu().actions():
            if action.menu() is not None:
                texts.append(action.text())
            elif not action.isSeparator() and action not in window.language_actions.values():
                texts.append(action.text())
    assert names  # the language menu is there
    return texts


def test_switching_to_english_reopens_the_window_in_english_on_the_open_database(qtbot, settings, tmp_path,
                                                                               demo, english):
    from PySide6.QtWidgets import QLabel

    from zgsz_desktop.ui import app, i18n

    old = open_window(qtbot, settings, tmp_path, demo)
    session = old.session
    assert i18n.current_language() == "zh_CN" and "区县工作台" in old.windowTitle()
    assert old.language_menu.title() == "界面语言"
    assert {code: action.text() for code, action in old.language_actions.items()} == {
        "zh_CN": "简体中文", "en": "English"}  # each language in its own name
    assert old.language_actions["zh_CN"].isChecked()

    old.language_actions["en"].trigger()
    window = app._WINDOWS[-1]
    assert window is not old and not old.isVisible() and window.isVisible()
    assert i18n.current_language() == "en" and i18n.language_setting(settings) == "en"  # kept for the next start
    # the database is still open, in the new window, with the key unlocked: nothing asked again
    assert window.session is session and old.session is None and not session.closed
    assert window.session.db.execute("SELECT count(*) FROM enterprises").fetchone()[0] == 0
    qtbot.wait(100)
    assert window.open_dialog is None
    assert "District workstation" in window.windowTitle() and not CJK.search(
        window.windowTitle().replace(session.district, ""))
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&View", "&Help"]
    assert window.language_menu.title() == "Interface language" and window.language_actions["en"].isChecked()
    texts = menu_texts(window)
    assert not [text for text in texts if CJK.search(text)], texts
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Overview", "Enterprises (0)", "Keys to approve", "Flags"]
    overview = "\n".join(label.text() for label in window.dashboard.findChildren(QLabel))
    assert "Enterprises submitted" in overview and "Import log" in overview

    # importing in English: the preview's and the import's sentences, the verdicts in the list
    files = len(list((demo.out_dir / "packages").rglob("*.zgsz")))
    dialog = window.start_import([demo.out_dir / "packages"])
    qtbot.waitUntil(lambda: dialog.preview_summary is not None or dialog.error is not None, timeout=30000)
    assert dialog.error is None, dialog.status.text()
    status = dialog.status.text()
    assert status.startswith(f"Preview finished: {files} files. To import: {files};"), status
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.import_button.click()
    assert dialog.status.text().startswith(f"Import finished: {files} submissions imported;"), dialog.status.text()
    assert "New submission" in dialog.counts.text()
    dialog.close()
    assert window.enterprises.model.rowCount() == 2
    window.enterprises.view.selectRow(0)
    detail = window.enterprises.detail.text()
    assert "USCC" in detail and "Key-process CNC rate" in detail and "MIIT level" in detail

    # and back to Chinese from the English window: the same database again
    window.language_actions["zh_CN"].trigger()
    chinese = app._WINDOWS[-1]
    assert chinese is not window and chinese.session is session and i18n.current_language() == "zh_CN"
    assert "区县工作台" in chinese.windowTitle() and chinese.language_menu.title() == "界面语言"
    assert chinese.tabs.tabText(1) == "企业（2）"


def test_no_switch_while_an_import_runs(qtbot, settings, tmp_path, demo, english):
    from zgsz_desktop.ui import app, i18n

    window = open_window(qtbot, settings, tmp_path, demo)

    class Running:
        running = True

    window.import_dialog = Running()
    window.language_actions["en"].trigger()
    assert app._WINDOWS[-1] is window and window.session is not None and i18n.current_language() == "zh_CN"
    assert "完成后再切换界面语言" in window.statusBar().currentMessage()
    assert window.language_actions["zh_CN"].isChecked()
    window.import_dialog = None


def test_the_marked_labels_are_the_cores_words():
    """The district screens mark the core's Chinese labels for translation by repeating them: they must stay the
    same words, or the English interface would show Chinese."""
    from zgsz_desktop.district import exports, importer, plausibility
    from zgsz_desktop.district.dashboard import LEVEL_ORDER
    from zgsz_desktop.ui.district.common import LEVELS
    from zgsz_desktop.ui.district.export_actions import CSV_HINT
    from zgsz_desktop.ui.district.flags_model import KIND_NAMES
    from zgsz_desktop.ui.district.outcomes_model import CORE_LABELS, VERDICT_STYLE

    labels = {label for label, _stored in importer.VERDICTS.values()} | set(importer.DRY_RUN_LABELS.values())
    assert labels <= set(CORE_LABELS)
    assert set(VERDICT_STYLE) | {"error"} == set(importer.VERDICTS)
    assert KIND_NAMES == plausibility.KINDS
    assert CSV_HINT == exports.CSV_OPEN_HINT
    assert set(LEVELS) == {"未完成", *LEVEL_ORDER}


def test_english_labels_of_the_district_screens(english):
    from PySide6.QtWidgets import QApplication

    from zgsz_desktop.ui import i18n
    from zgsz_desktop.ui.district.common import level_name, listed, questionnaire_name, sentences, stars
    from zgsz_desktop.ui.district.enterprise_model import EnterpriseTableModel
    from zgsz_desktop.ui.district.flags_model import kind_name

    i18n.install(QApplication.instance(), "en", qm=Path(english))
    assert stars(3) == "3-star" and stars(0) == "Below 3-star" and level_name("一级") == "Level 1"
    assert questionnaire_name("nantong-zgsz-core+miit-sme-2024") == "Nantong core indicators, MIIT assessment"
    assert listed(["A", "B"]) == "A, B" and sentences("One.", "Two.") == "One. Two."
    assert kind_name("not_on_roster") == "Not on roster"
    model = EnterpriseTableModel()
    from PySide6.QtCore import Qt

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Enterprise name", "USCC", "Key"] and not [h for h in headers if CJK.search(h)]
