"""The interface language: the first start follows the system, Settings switches it at once, a broken translation
falls back to Chinese, and in the pseudo-locale (every text 40 % longer) no screen cuts text off."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from zgsz_desktop.translations import ROOT, compile_language
from zgsz_desktop.ui import i18n

CJK = re.compile("[\u3400-\u9fff]")


@pytest.fixture
def english(qapp, tmp_path, monkeypatch):
    """The interface in English from a .qm compiled from the committed .ts now; Chinese again afterwards."""
    qm = compile_language("en", tmp_path)
    monkeypatch.setattr(i18n, "qm_path", lambda language: qm if language == "en" else tmp_path / "none.qm")
    assert i18n.install(qapp, "en") == "en"
    yield qm
    i18n.install(qapp, "zh_CN")


def test_first_start_follows_the_system_language(qapp, monkeypatch, tmp_path):
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert i18n.system_language(QLocale("zh_CN")) == "zh_CN"
    assert i18n.system_language(QLocale("zh_TW")) == "zh_CN"
    assert i18n.system_language(QLocale("en_GB")) == "en"
    assert i18n.system_language(QLocale("de_DE")) == "en"  # English is the second language we have
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(i18n, "system_language", lambda locale=None: "en")
    assert i18n.language_setting(settings) == "en"  # nothing chosen yet: the system's
    settings.setValue(i18n.LANGUAGE_KEY, "zh_CN")
    assert i18n.language_setting(settings) == "zh_CN"  # chosen: kept, whatever the system
    settings.setValue(i18n.LANGUAGE_KEY, "klingon")  # written by some other version
    assert i18n.language_setting(settings) == "en"


def test_a_missing_or_broken_translation_leaves_a_working_chinese_interface(qapp, tmp_path, monkeypatch):
    broken = tmp_path / "zgsz_en.qm"
    broken.write_bytes(b"not a qm file")
    assert i18n.install(qapp, "en", qm=broken) == "zh_CN"
    assert i18n.tr("首页") == "首页"
    assert i18n.install(qapp, "en", qm=tmp_path / "missing.qm") == "zh_CN"
    i18n.install(qapp, "zh_CN")


def test_english_translates_interface_data_and_periods_but_chinese_stays_as_it_was(english, qapp):
    assert not CJK.search(i18n.tr("{year}年度"))
    assert not CJK.search(i18n.content("通用设备制造业"))  # an industry from the reference list
    shown = i18n.period("2025年度")
    assert "2025" in shown and not CJK.search(shown)
    assert i18n.period("2024年第3季度") != "2024年第3季度" and "3" in i18n.period("2024年第3季度")
    assert i18n.period("not a period") == "not a period"
    i18n.install(qapp, "zh_CN")
    assert i18n.tr("首页") == "首页" and i18n.content("通用设备制造业") == "通用设备制造业"
    assert i18n.period("2025年度") == "2025年度"


def test_answers_read_in_the_interface_language(english, qapp, core_q):
    """A number keeps its unit, translated and spaced; an option reads as its English; in Chinese the wording is
    the report's, character for character."""
    from zgsz_desktop.questionnaire.display import display_value

    users, hr = core_q.question("rnd.tool_users"), core_q.question("mgmt.hr")
    in_english = i18n.answer(users, 16)
    assert in_english.startswith("16 ") and not CJK.search(in_english)
    assert not CJK.search(i18n.answer(hr, "system")) and not CJK.search(i18n.answer(hr, None))
    i18n.install(qapp, "zh_CN")
    assert i18n.answer(users, 16) == display_value(users, 16) == "16" + users.unit
    assert i18n.answer(hr, "system") == display_value(hr, "system")


def test_choosing_english_in_settings_reopens_the_window_in_english(english, qapp, qtbot, tmp_path, monkeypatch):
    from zgsz_desktop.ui import app as app_module
    from zgsz_desktop.ui.dialogs import SettingsDialog
    from zgsz_desktop.ui.main_window import MainWindow

    i18n.install(qapp, "zh_CN")
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "")
    monkeypatch.setattr(app_module, "_WINDOWS", [])  # the windows this test opens, closed by qtbot
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, workspace_dir=tmp_path / "ws")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None and window.stack.currentWidget() is not None)
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    dialog = SettingsDialog(window.workspace, settings, window)
    qtbot.addWidget(dialog)
    assert dialog.language.findData("en") >= 0  # English is offered once its translation ships
    chosen: list[str] = []
    dialog.language_changed.connect(chosen.append)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert chosen == ["en"] and settings.value(i18n.LANGUAGE_KEY) == "en"

    new = window.change_language("en")
    qtbot.addWidget(new)
    assert new is not window and not window.isVisible() and new.isVisible()
    assert new.workspace_dir == window.workspace_dir
    titles = [action.text() for action in new.menuBar().actions()]
    assert titles and not any(CJK.search(t) for t in titles), titles
    assert app_module._WINDOWS == [new]  # the old window is no longer kept alive
    i18n.install(qapp, "zh_CN")


def test_the_clipping_check_sees_a_button_too_narrow_for_its_text(qapp, qtbot):
    from zgsz_desktop.ui.clipping import clipped_texts

    holder = QWidget()
    qtbot.addWidget(holder)
    wide = QPushButton("Export the report package for this period…", holder)
    wide.move(0, 0)
    wide.resize(wide.sizeHint())
    narrow = QPushButton("Export the report package for this period…", holder)
    narrow.move(0, 40)
    narrow.setFixedWidth(80)
    holder.show()
    qtbot.waitExposed(holder)
    found = clipped_texts(holder)
    assert [c.have for c in found] == [80]


@pytest.mark.slow
def test_no_enterprise_screen_cuts_text_off_in_the_pseudo_locale(qapp, monkeypatch):
    """Every enterprise screen (first run, profile, guide, home, new submission, every questionnaire module,
    check, export, results, settings, about) driven as tools/screenshots.py does, in the pseudo-locale: no
    label, button, tab or group title is narrower than its text."""
    sys.path.insert(0, str(ROOT / "tools"))
    import screenshots

    monkeypatch.setenv(i18n.LANGUAGE_ENV, "pseudo")
    seen: list[str] = []
    clipped = screenshots.grab_all(None, part="enterprise", language="pseudo",
                                   shot_hook=lambda widget, name: seen.append(name))
    assert i18n.current_language() == "zh_CN"  # put back for the other tests
    assert {"app-first-run", "app-home", "app-questionnaire", "app-check", "app-export", "app-results",
            "app-settings"} <= set(seen)
    assert sum(name.startswith("app-module-") for name in seen) >= 8
    problems = [f"{name}: {c}" for name, found in clipped.items() for c in found]
    assert problems == [], "\n".join(problems)


def test_pseudo_locale_reaches_every_screen_text(qapp, tmp_path):
    """The pseudo-locale is only a check if the texts on screen are translated ones: the home page's buttons
    show the bracketed pseudo texts."""
    from zgsz_desktop.translations import write_pseudo

    qm = write_pseudo(tmp_path)
    assert i18n.install(qapp, "pseudo", qm=qm) == "pseudo"
    try:
        assert i18n.tr("{year}年度").startswith("[") and i18n.content("通用设备制造业").startswith("[")
    finally:
        i18n.install(qapp, "zh_CN")
    assert QApplication.instance() is qapp and Path(qm).exists()


@pytest.mark.slow
def test_no_enterprise_screen_cuts_text_off_in_english_at_150_percent_scaling(tmp_path):
    """Windows offices run displays at 125 % and 150 %: the whole enterprise flow in English at 150 % (a fresh
    process: Qt reads the scale factor at start) reports no clipped text."""
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZGSZ_LANGUAGE": "en"}
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"), str(tmp_path), "--part",
                             "enterprise", "--language", "en", "--scale", "1.5", "--check"],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert (tmp_path / "app-home@1.5x.png").exists()


def test_the_cores_messages_read_in_english(english, qapp, core_q):
    """A number out of range, a wrong type and a bound from another answer — composed by the core with
    messages.say() — read in English, question names included; in Chinese they are the core's text exactly."""
    from zgsz_desktop.questionnaire.answers import check_value, problem_part, question_label

    staff, users = core_q.question("rnd.design_staff"), core_q.question("rnd.tool_users")
    messages = [*check_value(staff, 999999), *check_value(staff, 12.5),
                *check_value(users, 30, {"rnd.design_staff": 18, "__label__rnd.design_staff": question_label(staff)})]
    assert len(messages) == 3
    for message in messages:
        english = i18n.said(message)
        assert english != str(message) and not CJK.search(english), english
        assert not CJK.search(i18n.said(problem_part(message)))
    i18n.install(qapp, "zh_CN")
    assert [i18n.said(m) for m in messages] == [str(m) for m in messages]
    assert str(messages[0]).startswith("“") and "不能大于" in str(messages[0])


def test_switching_language_with_unsaved_input_asks_and_staying_keeps_the_window(english, qapp, qtbot, tmp_path,
                                                                                   monkeypatch):
    """Red (not yet saved) input is the user's: a language switch asks like leaving the page does, and "stay"
    keeps this window with its input, the new language waiting for the next start."""
    from zgsz_desktop.ui import app as app_module
    from zgsz_desktop.ui.main_window import MainWindow

    i18n.install(qapp, "zh_CN")
    monkeypatch.setattr(app_module, "_WINDOWS", [])
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, workspace_dir=tmp_path / "ws")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None)
    asked: list[bool] = []
    monkeypatch.setattr(window, "may_leave", lambda: asked.append(True) or False)
    assert window.change_language("en") is None
    assert asked and window.isVisible() and app_module._WINDOWS == [] and i18n.current_language() == "zh_CN"
