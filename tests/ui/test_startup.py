"""Start-up (issue #16): the window appears as fast as an empty one and the home page paints its real content
from one small query (the overview cache) — no questionnaire definition, no heavy library is read for it; the
definitions are loaded after, off the UI thread, and confirm what was painted."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from submission_fixtures import PROFILE

PERIOD = "2025年度"
CORE = "nantong-zgsz-core"
HEAVY = ("numpy", "sqlite_utils", "matplotlib", "reportlab", "cryptography", "yaml", "jsonschema", "filelock")


def run(code: str, *args: str) -> str:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_importing_the_app_and_its_window_imports_no_heavy_library():
    out = run(f"""
        import sys
        import zgsz_desktop.ui.app, zgsz_desktop.ui.main_window
        print(sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r} or m == "ctypes"
                     or m.startswith(("zgsz_desktop.workspace", "zgsz_desktop.questionnaire"))))
    """)
    assert out.strip() == "[]"


START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QProgressBar
from zgsz_desktop.ui.app import create_app
from zgsz_desktop.ui.main_window import MainWindow

HEAVY = {heavy}
app = create_app([])
window = MainWindow(settings=QSettings(sys.argv[2], QSettings.Format.IniFormat), workspace_dir=Path(sys.argv[1]))
seen = {}

def cards(page):
    return [(c.period, c.message.text(), c.primary_button.text(), [b.value() for b in c.findChildren(QProgressBar)])
            for c in page.cards]

def watch():
    page = window.stack.currentWidget()
    if "first" not in seen:
        if window.workspace is None or type(page).__name__ != "HomePage" or not page.loaded:
            QTimer.singleShot(5, watch)
            return
        seen["first"] = {"cards": cards(page), "task": page.task is not None,
                         "qt_namespace": "Qt" in vars(sys.modules["PySide6.QtCore"]),
                         "definitions": "zgsz_desktop.questionnaire.loader" in sys.modules,
                         "heavy": sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)}
        seen["page"] = page
    if page.confirming is not None or "zgsz_desktop.questionnaire.loader" not in sys.modules:
        QTimer.singleShot(10, watch)  # the confirmation: definitions loaded off the UI thread
        return
    seen["confirmed"] = {"same_page": page is seen.pop("page"), "cards": cards(page)}
    print(json.dumps(seen, ensure_ascii=False))
    app.quit()

window.show()
QTimer.singleShot(0, watch)
app.exec()
""".replace("{heavy}", repr(HEAVY))


def test_the_home_page_paints_from_the_overview_cache_then_the_definitions_confirm_it(tmp_path, core_answers):
    from zgsz_desktop.workspace import Workspace

    with Workspace.open(tmp_path / "ws") as ws:
        ws.set_profile(PROFILE)
        ws.start_submission(PERIOD)
        core = ws.find_assessment(CORE, PERIOD)
        ws.save_answers(core.id, {k: v for k, v in list(core_answers.items())[:10]})
        ws.remember_overviews()  # as the window does when it closes
    seen = json.loads(run(START, str(tmp_path / "ws"), str(tmp_path / "s.ini")))
    first = seen["first"]
    assert not first["task"] and not first["definitions"] and first["heavy"] == []
    ((period, message, button, completion),) = first["cards"]
    assert period == PERIOD and "还有" in message and button == "继续填写" and 0 < completion[0] < 100
    assert seen["confirmed"] == {"same_page": True, "cards": first["cards"]}  # confirmed as painted


def test_the_home_page_paints_before_pyside_builds_its_qt_namespace(tmp_path):
    """Building PySide6's ``Qt`` namespace (~120 enums made Python enums) takes as long as the rest of the home
    page: nothing on the way to the first paint with content may touch it (the window's shortcuts, the hand
    cursor and selectable text come a moment after, and work then)."""
    from zgsz_desktop.workspace import Workspace

    with Workspace.open(tmp_path / "ws") as ws:
        ws.set_profile(PROFILE)
        ws.start_submission(PERIOD)
        ws.remember_overviews()
    seen = json.loads(run(START, str(tmp_path / "ws"), str(tmp_path / "s.ini")))
    assert seen["first"]["qt_namespace"] is False and seen["first"]["cards"][0][2] == "继续填写"


def test_the_details_set_after_the_first_paint_are_there(qtbot, make_window):
    from PySide6.QtCore import Qt

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    window.workspace.overviews()
    window.show_home()
    window.show()
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.loaded)
    card = page.cards[0]
    qtbot.waitUntil(lambda: card.primary_button.cursor().shape() == Qt.CursorShape.PointingHandCursor)
    assert card.message.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    home = window.menuBar().actions()[0].menu().actions()[0]  # 文件 → 首页
    qtbot.waitUntil(lambda: home.shortcut().toString() == "Ctrl+H")
    page.refresh()  # cards made after the first paint get them at once
    assert page.cards[0].primary_button.cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_without_a_cache_the_periods_come_first_and_the_details_from_a_worker(tmp_path):
    from zgsz_desktop.workspace import Workspace
    from zgsz_desktop.workspace.overview import CACHE_NAME

    with Workspace.open(tmp_path / "ws") as ws:
        ws.set_profile(PROFILE)
        ws.start_submission(PERIOD)
    assert not (tmp_path / "ws" / CACHE_NAME).exists()
    seen = json.loads(run(START, str(tmp_path / "ws"), str(tmp_path / "s.ini")))
    assert seen["first"]["definitions"]  # read on the worker before the details could be shown
    assert seen["first"]["cards"][0][2] == "继续填写"
    assert (tmp_path / "ws" / CACHE_NAME).is_file()  # the next start paints from it


def test_a_wrong_cache_is_replaced_once_the_definitions_are_loaded(qtbot, make_window, monkeypatch):
    from PySide6.QtWidgets import QProgressBar

    from zgsz_desktop.ui import home_page
    from zgsz_desktop.ui.home_page import HomePage
    from zgsz_desktop.workspace.overview import CACHE_NAME

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    window.workspace.overviews()
    path = window.workspace.directory / CACHE_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    data["submissions"][0]["parts"][0]["completion"] = 0.5  # a cache that lies (same fingerprint)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(home_page, "_definitions_loaded", False)  # as on a start
    monkeypatch.setattr(home_page, "CONFIRM_AFTER_MS", 0)
    page = HomePage(window.workspace, window, settings=window.settings)
    qtbot.addWidget(page)

    def completion() -> int:
        return page.cards[0].findChild(QProgressBar, f"completion_{CORE}").value()

    assert page.loaded and page.task is None and completion() == 50  # painted at once, from the cache
    qtbot.waitUntil(lambda: page.confirming is None and completion() == 0, timeout=20000)
    assert window.workspace.overviews(cached_only=True) == window.workspace.overviews()


def test_closing_the_window_brings_the_cache_up_to_date(qtbot, make_window, tmp_path):
    from zgsz_desktop.workspace import Workspace

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    core = window.workspace.find_assessment(CORE, PERIOD)
    window.workspace.save_answer(core.id, "cloud.months", 24)  # e.g. on the questionnaire page
    assert window.workspace.overviews(cached_only=True) is None
    window.close()
    with Workspace.open(tmp_path / "ws", create=False) as ws:
        assert ws.overviews(cached_only=True) == ws.overviews()


def test_a_page_painted_from_the_cache_works_at_once_before_the_definitions_are_loaded(qtbot, make_window,
                                                                                      monkeypatch):
    from zgsz_desktop.ui import home_page
    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    window.workspace.overviews()
    monkeypatch.setattr(home_page, "_definitions_loaded", False)  # as on a start
    monkeypatch.setattr(home_page, "CONFIRM_AFTER_MS", 10_000)  # the user is quicker than the confirmation
    window.show_home()
    page = window.stack.currentWidget()
    assert page.loaded and page.task is None and page.confirming is None
    page.cards[0].primary_button.click()  # 继续填写
    assert isinstance(window.stack.currentWidget(), QuestionnairePage)
    page._confirm()  # its timer, had the page not gone: nothing happens
    assert page.confirming is None


def test_a_card_styled_by_its_one_sheet_shows_the_step_the_action_and_the_muted_hints(qtbot, make_window):
    """Each submission card has one style sheet for all its labels (not one per label, issue #16): the current
    step still stands out on the accent colour, the main button is the accent button, hints are muted."""
    from PySide6.QtGui import QColor

    from zgsz_desktop.ui.home_page import ACCENT, MUTED

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    window.workspace.overviews()
    window.show_home()
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.loaded and page.cards and page.cards[0].primary_button is not None)
    card = page.cards[0]

    def share(widget, colour: str) -> float:
        image = widget.grab().toImage()
        wanted, pixels = QColor(colour).rgb(), image.width() * image.height()
        hits = sum(image.pixel(x, y) == wanted for x in range(image.width()) for y in range(image.height()))
        return hits / pixels

    current, todo = card.steps.labels[0], card.steps.labels[1]  # a new submission: 填写 is the current step
    assert current.property("current") and share(current, ACCENT) > 0.4  # a filled pill
    assert share(todo, ACCENT) == 0 and 0 < share(todo, MUTED) < 0.4  # grey text, no pill
    assert share(card.primary_button, ACCENT) > 0.4 and share(card.results_button, ACCENT) == 0
    assert share(card.delete_button, MUTED) > 0 and share(card, "#ffffff") > 0.5  # a white card


MAIN = """
import json, os, sys
from zgsz_desktop.ui import app as entry

open_window = entry.open_window

def watched(*args, **kwargs):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    window = open_window(*args, **kwargs)
    seen = {"font_when_shown": QApplication.font().family(), "window_font": window.font().family()}

    class Watch(QObject):
        def eventFilter(self, obj, event):
            page = window.stack.currentWidget()
            if (event.type() == QEvent.Type.Paint and obj is page and type(page).__name__ == "HomePage"
                    and page.loaded and "first" not in seen):
                seen["first"] = sorted(sys.modules)
                seen["cards"] = [c.primary_button.text() for c in page.cards]
                QTimer.singleShot(0, done)
            return False

    def done():
        print(json.dumps(seen, ensure_ascii=False), flush=True)
        os._exit(0)

    watch = Watch()
    show_home = window.show_home

    def home():
        show_home()
        window.stack.currentWidget().installEventFilter(watch)

    window.show_home = home
    return window

entry.open_window = watched
sys.exit(entry.main([]))
"""


def test_a_start_from_the_icon_paints_the_home_page_in_the_bundled_font_with_only_what_it_needs(tmp_path):
    """The app as started from its icon (``main`` without arguments, the workspace in its default place): the
    window is shown in the bundled font (loaded on a worker thread meanwhile), and nothing the home page does not
    show is imported before it is painted (issue #16) — the records of assessments, the receipts' module (no
    receipt yet), the new-submission dialog, the rotating log handler, argparse's parse of an empty command line."""
    import os

    from zgsz_desktop.ui.fonts import FONT_FILE
    from zgsz_desktop.workspace import Workspace
    from zgsz_desktop.workspace.location import default_workspace_dir

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for kind in ("CONFIG", "STATE", "DATA", "CACHE"):
        env[f"XDG_{kind}_HOME"] = str(tmp_path / kind.lower())
    env.pop("ZGSZ_WORKSPACE", None)
    old = dict(os.environ)
    os.environ.update({k: v for k, v in env.items() if k.startswith("XDG_")})
    os.environ.pop("ZGSZ_WORKSPACE", None)
    try:
        folder = default_workspace_dir()
    finally:
        os.environ.clear()
        os.environ.update(old)
    with Workspace.open(folder) as ws:
        ws.set_profile(PROFILE)
        ws.start_submission(PERIOD)
        ws.remember_overviews()
    result = subprocess.run([sys.executable, "-c", MAIN], capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert FONT_FILE[-1] == "wqy-microhei.ttc" and seen["font_when_shown"] == seen["window_font"]
    assert seen["font_when_shown"].startswith("WenQuanYi Micro Hei")
    assert seen["cards"] == ["继续填写"]
    loaded = set(seen["first"])
    for module in ("zgsz_desktop.workspace.records", "zgsz_desktop.workspace.receipts", "zgsz_desktop.uscc",
                   "zgsz_desktop.ui.new_submission", "zgsz_desktop.shared_folders", "logging.handlers",
                   "zgsz_desktop.questionnaire.loader", "multiprocessing"):
        assert module not in loaded, module
    assert "zgsz_desktop.workspace.overview" in loaded  # what it painted from


def test_an_empty_command_line_means_the_parsers_defaults():
    """A start from the icon is not parsed (argparse's gettext lookup loads locale): its options must be exactly
    what the parser gives for no arguments."""
    from zgsz_desktop.ui.app import NO_ARGUMENTS, argument_parser, parse_arguments

    parsed, rest = argument_parser().parse_known_args([])
    assert vars(parsed) == NO_ARGUMENTS and rest == []
    fast, qt_args = parse_arguments([])
    assert vars(fast) == vars(parsed) and qt_args == []
    slow, qt_args = parse_arguments(["--district", "-reverse"])  # Qt's own option goes on to Qt
    assert slow.district is True and qt_args == ["-reverse"]


def test_modules_loaded_before_pyside_are_not_read_again_by_its_import_hook():
    """PySide6 reads the source of each module the first time an import statement names it after PySide6 was
    loaded; create_app records the modules loaded by then as not using PySide6's features, so e.g. ``os`` and
    ``typing`` are not read again (~8 ms of every start, issue #16). When PySide6 stops keeping that table, this
    test says so (the start is then a little slower, nothing else changes)."""
    out = run("""
        import inspect, sys
        import textwrap  # loaded before PySide6, named again below
        from zgsz_desktop.ui.app import create_app
        create_app([])
        read = []
        original = inspect.getsource
        inspect.getsource = lambda obj, *a, **k: read.append(getattr(obj, "__name__", "?")) or original(obj, *a, **k)
        exec("import textwrap")
        import json
        print(read)
    """)
    assert "textwrap" not in out
