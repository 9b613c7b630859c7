"""The home page's overview cache (overview-cache.json) is a file outside the database that anyone can edit,
and its fingerprint is a plain hash anyone can compute: a hostile, damaged or forged cache must never hang the
start, raise while the page paints, or keep showing what the database does not say. Found by a review of the
#16 start-up work; each docstring says what the user met before the fix."""

from __future__ import annotations

import json
import os
import threading

import pytest
from submission_fixtures import PROFILE

from zgsz_desktop.workspace import Workspace
from zgsz_desktop.workspace import overview as overview_module
from zgsz_desktop.workspace.overview import CACHE_NAME

PERIOD = "2025年度"
CORE = "nantong-zgsz-core"


@pytest.fixture()
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ws.set_profile(PROFILE)
    ws.start_submission(PERIOD)
    yield ws
    ws.close()


def _cache(ws: Workspace) -> dict:
    return json.loads((ws.directory / CACHE_NAME).read_text(encoding="utf-8"))


def _write_cache(ws: Workspace, data: dict | str) -> None:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    (ws.directory / CACHE_NAME).write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------- overview cache: hostile file


def test_a_deeply_nested_cache_file_does_not_break_the_start(workspace):
    """A cache file that is valid JSON nested 100 000 deep (edited behind the app's back, or a sync tool's
    garbage) raises RecursionError out of ``json.loads``: ``_read`` catches only OSError/ValueError, so the home
    page's refresh (overviews(cached_only=True), and the enterprise card's industry_name) raises at every start
    and the user gets the "出错了" traceback dialog and an empty home page until someone deletes the file."""
    _write_cache(workspace, "[" * 100_000)
    assert workspace.overviews(cached_only=True) is None
    assert workspace.industry_name("34") == "通用设备制造业"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_cache_path_that_is_a_pipe_does_not_hang_the_start(workspace):
    """``overview-cache.json`` replaced by a named pipe (or a link to /dev/zero, or a multi-GB file): the cache
    is read with an unbounded ``read_text`` (packages and editions use ``fileio.read_at_most``), so the app
    blocks forever on the pipe (or reads until memory runs out) while painting its home page at start."""
    path = workspace.directory / CACHE_NAME
    os.mkfifo(path)
    result: list = []
    reader = threading.Thread(target=lambda: result.append(overview_module.read_cached(workspace.directory, "x")),
                              daemon=True)
    reader.start()
    reader.join(5)
    hung = reader.is_alive()
    if hung:  # unblock the reader (a writer opens and closes the pipe: the reader sees end of file)
        with open(path, "w"):
            pass
        reader.join(5)
    assert not hung, "reading the overview cache blocked on a named pipe"


def _forge(ws: Workspace, mutate) -> None:
    """The cache as the app writes it, changed by ``mutate`` and kept under the workspace's true fingerprint
    (which anyone who can read workspace.sqlite can compute: it is a plain SHA-256, not a MAC)."""
    ws.overviews()
    data = _cache(ws)
    mutate(data)
    data["fingerprint"] = overview_module.fingerprint(ws.db)
    _write_cache(ws, data)


@pytest.mark.parametrize("value", ["NaN", "Infinity", "1e300"])
def test_a_cache_with_an_impossible_completion_is_refused(workspace, value):
    """``SubmissionOverview.from_json`` checks types, not values: a completion of NaN/Infinity/1e300 is taken
    as it is, and the home page's card does ``bar.setValue(round(part.completion * 100))``, which raises
    (ValueError/OverflowError) while painting — before the confirmation that would have replaced the card."""
    def mutate(data):
        data["submissions"][0]["parts"][0]["completion"] = "@@"

    _forge(workspace, mutate)
    path = workspace.directory / CACHE_NAME
    path.write_text(path.read_text(encoding="utf-8").replace('"@@"', value), encoding="utf-8")
    cached = workspace.overviews(cached_only=True)
    assert cached is None or all(0.0 <= p.completion <= 1.0 for o in cached for p in o.parts)


def test_a_cache_with_a_broken_export_record_is_refused(workspace):
    """``last_export`` is taken as any mapping: a forged ``{}`` on a submission in 待检查/填写 with
    ``changed_since_export`` makes ``next_step`` read ``last["sequence"]`` → KeyError while the home page paints
    (a traceback dialog at every start)."""
    _forge(workspace, lambda data: data["submissions"][0].update(last_export={}))
    cached = workspace.overviews(cached_only=True)
    if cached is not None:
        from zgsz_desktop.ui.home_page import next_step

        for item in cached:
            next_step(item)


def test_forged_industry_names_in_the_cache_are_not_shown_on_the_enterprise_card(workspace):
    """The industry names kept in the cache are trusted whenever their key matches — and the key is the SHA-256
    of the shipped list, the same on every installation, independent of the workspace. Editing one name in
    ``overview-cache.json`` changes what the enterprise card says (rich text: markup is interpreted too), and
    nothing ever replaces it while the cache's fingerprint matches: ``remember_overviews`` at close returns the
    cached overviews without writing, and the confirmation does not repaint the card."""
    def mutate(data):
        data["industries"]["names"]["34"] = "<span style='font-size:40pt'>烟草制品业</span>"

    _forge(workspace, mutate)
    workspace.remember_overviews()  # as the window does when it closes
    assert workspace.industry_name("34") == "通用设备制造业"


# --------------------------------------------------------------------------- overview cache: the home page


@pytest.fixture()
def qt_app():
    pytest.importorskip("PySide6")
    pytest.importorskip("pytestqt")
    from zgsz_desktop.ui.app import create_app

    return create_app([])


def test_a_cache_saying_there_is_no_submission_is_confirmed_too(qtbot, qt_app, workspace, monkeypatch, tmp_path):
    """A cache whose fingerprint matches and that lists no submission is painted and never confirmed
    (``refresh`` schedules ``_confirm`` only ``if cached``), and closing the app keeps it (the fingerprint still
    matches). The home page says 还没有报送 at every start while the period's submission is in the database;
    the user's 新建报送 for that period is then refused with “2025年度的报送已存在，请在首页继续填写”."""
    from PySide6.QtCore import QSettings  # noqa: TID251 (a Qt test)

    from zgsz_desktop.ui import home_page
    from zgsz_desktop.ui.home_page import HomePage

    _forge(workspace, lambda data: data.update(submissions=[]))
    monkeypatch.setattr(home_page, "_definitions_loaded", False)  # as on a start
    monkeypatch.setattr(home_page, "CONFIRM_AFTER_MS", 0)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = HomePage(workspace, settings=settings)
    qtbot.addWidget(page)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: page.confirming is None and page.task is None, timeout=20000)
    assert [card.period for card in page.cards] == [PERIOD]


def test_a_refuted_cache_is_not_shown_again_when_it_cannot_be_rewritten(qtbot, qt_app, workspace, monkeypatch,
                                                                         tmp_path):
    """Once the definitions are loaded, every return to the home page (``_read_here`` → ``overviews()``) still
    prefers the cache whenever its fingerprint matches, even after the confirmation proved it wrong. When the
    cache cannot be rewritten (a read-only file on Windows, a folder that refuses new files), the wrong
    overview the confirmation replaced comes back on the next refresh, every time."""
    from PySide6.QtCore import QSettings  # noqa: TID251 (a Qt test)
    from PySide6.QtWidgets import QProgressBar  # noqa: TID251 (a Qt test)

    from zgsz_desktop.ui import home_page
    from zgsz_desktop.ui.home_page import HomePage

    _forge(workspace, lambda data: data["submissions"][0]["parts"][0].update(completion=0.5))

    def refuse(*_args, **_kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    monkeypatch.setattr(home_page, "_definitions_loaded", False)
    monkeypatch.setattr(home_page, "CONFIRM_AFTER_MS", 0)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = HomePage(workspace, settings=settings)
    qtbot.addWidget(page)

    def completion() -> int:
        return page.cards[0].findChild(QProgressBar, f"completion_{CORE}").value()

    qtbot.waitUntil(lambda: page.confirming is None and completion() == 0, timeout=20000)  # confirmed: 0 %
    page.refresh()  # back on the home page (from the questionnaire page, after a period was looked at)
    assert completion() == 0

