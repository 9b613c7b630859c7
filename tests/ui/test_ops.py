"""ui/ops.Op, the one way the UI runs long work: success, failure shown, cancel, a progress dialog only for
slow work, the change notice views subscribe to — driven by gates (threading.Event) and signals, never sleeps.
And the call sites: no module but ops.py / tasks.py touches threads, and the known long core functions are
called only inside work functions given to an Op."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

UI = Path(__file__).resolve().parents[2] / "zgsz_desktop" / "ui"


@pytest.fixture()
def parent(qtbot):
    from PySide6.QtWidgets import QWidget

    from zgsz_desktop.ui.app import create_app

    create_app([])
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture()
def shown(monkeypatch):
    """What the default failure handler shows (ui/errors.show_error), instead of a modal box."""
    from zgsz_desktop.ui import errors

    seen: list[tuple[BaseException, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, details="": seen.append((exc, details)))
    return seen


def run_to_end(qtbot, op):
    with qtbot.waitSignal(op.ended, timeout=30000):
        op.run()
    return op


def test_success_gets_the_result_on_the_ui_thread(qtbot, parent):
    from zgsz_desktop.ui.ops import Op

    threads, got = [], []

    def work(progress, cancelled):
        threads.append(threading.current_thread())
        return 42

    op = Op(parent, work).success(lambda result: got.append((result, threading.current_thread())))
    run_to_end(qtbot, op)
    assert got == [(42, threading.main_thread())] and threads[0] is not threading.main_thread()
    assert not op.running


def test_a_failure_is_shown_with_its_sentence_or_the_report_and_a_handler_replaces_that(qtbot, parent, shown):
    from zgsz_desktop.errors import UserError
    from zgsz_desktop.ui.ops import Op

    def refused(progress, cancelled):
        raise UserError("文件已损坏，请重新导出")

    def broken(progress, cancelled):
        raise KeyError("bug")

    run_to_end(qtbot, Op(parent, refused))
    run_to_end(qtbot, Op(parent, broken))
    assert [type(exc) for exc, _ in shown] == [UserError, KeyError]
    assert str(shown[0][0]) == "文件已损坏，请重新导出"
    assert "KeyError" in shown[1][1] and "broken" in shown[1][1]  # the traceback for the error report
    mine = []
    run_to_end(qtbot, Op(parent, refused).failure(lambda exc, details: mine.append(str(exc))))
    assert mine == ["文件已损坏，请重新导出"] and len(shown) == 2


def test_cancel_reaches_the_work_as_a_function_and_as_an_event_and_is_not_an_error(qtbot, parent, shown):
    from zgsz_desktop.ui.ops import Op

    started = threading.Event()
    seen = []

    def work(progress, cancelled):
        started.set()
        assert cancelled.wait(30)  # a core that takes a threading.Event (cancel=cancelled)
        seen.append(cancelled())  # a core that polls cancelled()
        raise InterruptedError

    op = Op(parent, work).success(seen.append).run()
    assert started.wait(30)
    assert op.running
    with qtbot.waitSignal(op.ended, timeout=30000):
        op.cancel()
    assert seen == [True] and shown == [] and not op.running


def test_quick_work_shows_no_progress_window(qtbot, parent):
    from PySide6.QtWidgets import QProgressDialog

    from zgsz_desktop.ui.ops import Op

    appeared = []
    op = Op(parent, lambda progress, cancelled: progress(50, "一半") or "done").with_progress("正在处理…")
    op.progress_shown.connect(lambda: appeared.append(True))
    run_to_end(qtbot, op)
    assert appeared == [] and op.dialog is None
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_slow_work_shows_its_progress_after_the_delay_and_the_dialogs_cancel_stops_it(qtbot, parent):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from zgsz_desktop.ui.ops import SHOW_AFTER_MS, Op

    reported = threading.Event()

    def work(progress, cancelled):
        progress(40, "正在核验第 2 个文件")
        reported.set()
        assert cancelled.wait(30)
        return "stopped"

    got = []
    op = Op(parent, work).with_progress("正在导入…", title="导入").success(got.append)
    with qtbot.waitSignal(op.progress_shown, timeout=SHOW_AFTER_MS + 10000):
        op.run()
    assert reported.wait(30)
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.value() == 40)  # the progress signal, delivered
    dialog = op.dialog
    assert isinstance(dialog, QProgressDialog) and dialog.isVisible() and dialog.windowTitle() == "导入"
    assert dialog.labelText() == "正在核验第 2 个文件"
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "取消")
    with qtbot.waitSignal(op.ended, timeout=30000):
        cancel.click()
    assert got == ["stopped"] and op.dialog is None and not dialog.isVisible()


def test_work_that_cannot_be_cancelled_offers_no_cancel_button(qtbot, parent):
    from PySide6.QtWidgets import QPushButton

    from zgsz_desktop.ui.ops import Op

    gate = threading.Event()
    op = Op(parent, lambda progress, cancelled: gate.wait(30)).with_progress("正在写入…", cancellable=False,
                                                                             busy=True)
    with qtbot.waitSignal(op.progress_shown, timeout=10000):
        op.run()
    assert op.dialog.maximum() == 0 and not [b for b in op.dialog.findChildren(QPushButton) if b.isVisible()]
    with qtbot.waitSignal(op.ended, timeout=30000):
        gate.set()


def test_a_writing_op_announces_its_change_once_it_succeeded_and_not_when_it_failed(qtbot, parent, shown):
    from zgsz_desktop.ui.ops import Changed, Op, changes

    heard = []
    changes.workspace_changed.connect(heard.append)
    try:
        change = Changed.workspace("attachments", about="/ws")
        with qtbot.waitSignal(changes.workspace_changed, timeout=30000):
            Op(parent, lambda progress, cancelled: None, changes=change).run()
        assert heard == [change] and "attachments" in heard[0] and heard[0].touches(["answers", "attachments"])

        def refused(progress, cancelled):
            raise OSError("disk full")

        run_to_end(qtbot, Op(parent, refused, changes=change))
        assert heard == [change] and len(shown) == 1
    finally:
        changes.workspace_changed.disconnect(heard.append)


def test_a_closed_parent_gets_no_handler_but_the_change_is_still_announced(qtbot, shown):
    from PySide6.QtWidgets import QWidget

    from zgsz_desktop.ui.ops import Changed, Op, changes

    widget = QWidget()
    gate = threading.Event()
    got, heard = [], []
    changes.district_changed.connect(heard.append)
    try:
        op = Op(widget, lambda progress, cancelled: gate.wait(30), changes=Changed.district("packages")) \
            .success(got.append).run()
        widget.deleteLater()
        qtbot.waitUntil(lambda: not _alive(widget))
        with qtbot.waitSignal(op.ended, timeout=30000):
            gate.set()
        assert got == [] and shown == [] and [c.what for c in heard] == [frozenset({"packages"})]
    finally:
        changes.district_changed.disconnect(heard.append)


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


# --------------------------------------------------------------------------- the window's long operations


def test_backup_and_restore_run_as_ops_and_the_window_opens_the_restored_workspace(qtbot, make_window, tmp_path):
    window = make_window()
    before = window.workspace.directory
    op = window.backup(str(tmp_path / "备份"))
    with qtbot.waitSignal(op.ended, timeout=60000):
        pass
    assert (tmp_path / "备份.zgszbak").is_file() and window.backup_box.isVisible()
    window.backup_box.close()
    from zgsz_desktop.ui.ops import changes

    with qtbot.waitSignal(changes.workspace_changed, timeout=60000) as told:
        op = window.restore(str(tmp_path / "备份.zgszbak"), confirmed=True)
    assert "restore" in told.args[0] and str(told.args[0].about) == str(before)
    qtbot.waitUntil(lambda: not op.running)
    assert window.workspace is not None and window.workspace.directory == before


# --------------------------------------------------------------------------- the call sites

THREADS = {"QThread", "QThreadPool", "QRunnable", "moveToThread"}
# Core functions that can take seconds (files read or written whole, scrypt, every signature verified, a
# re-computation): called from the UI only inside a work function given to an Op.
LONG = {
    "create_backup", "restore_backup",  # the whole workspace
    "import_packages", "audit", "check_log", "import_roster", "submission_report", "export_evidence",  # district
    "write_xlsx", "write_csv", "write_summary_pdf",  # district exports (export_actions calls them by name)
    "export_submission", "ensure_signing_key", "replace_signing_key",  # the package and the key (scrypt)
    "add_attachments",  # evidence files of up to 10 MB each
    "import_receipt",  # unlocks the signing key (scrypt) to open the district's decisions
    "write_receipts", "record_review", "export_benchmark", "export_summary_package",  # signed with the district key
    "import_summaries", "write_parquet",  # the city: verify every total of each summary; pyarrow
    "compute",  # the results page: scoring, report model, charts
    "service.inspect", "service.read",  # the ledger (equipment lists of thousands of rows)
    "DistrictSession.open",  # unlocking the district key (scrypt) and opening / upgrading its database
    "send_modules", "apply_merge",  # 分工填报: the module file written, the colleague's answers merged
    "approve_key",  # a held package decrypted, verified and re-scored
    "DistrictKey.generate",  # a new district key sealed under its passphrase (scrypt)
}
# Long core work still called on the UI thread, each to be moved into an Op (none left: keep it that way).
NOT_YET: set[tuple[str, str]] = set()
# The one thread outside ops.py/tasks.py: fonts.AppFont registers the bundled font while the app starts (issue #16).
# No core work and no Qt object crosses threads (QFontDatabase is thread-safe; the font is applied on the UI
# thread), and an Op would load the background-operation machinery the start-up avoids.
START_UP_THREADS = {("fonts.py", "Thread")}


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _core_call(func: ast.expr) -> str:
    """``name(…)`` or ``module.name(…)`` as written (``module.name`` when that is listed); a method of the
    window itself (``self.check_log()``) is not the core's."""
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id != "self":
        dotted = f"{func.value.id}.{func.attr}"
        return dotted if dotted in LONG else func.attr
    return ""


def _enclosing(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> list[ast.AST]:
    chain = []
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            chain.append(node)
    return chain


def _work_functions(tree: ast.AST, parents: dict[ast.AST, ast.AST]) -> set[ast.AST]:
    """The function nodes given to ``Op(parent, work)`` — directly, or through a method that passes its own
    parameter on (ledger_dialog._run(work, …))."""
    marked: set[ast.AST] = set()
    forwarders: dict[str, int] = {}  # method name → index of the parameter it hands to Op

    def resolve(arg: ast.expr, call: ast.Call) -> None:
        if isinstance(arg, ast.Lambda):
            marked.add(arg)
            return
        if not isinstance(arg, ast.Name):
            return
        scopes = _enclosing(call, parents)
        for scope in scopes:
            for stmt in ast.walk(scope):
                if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == arg.id \
                        and stmt is not scope:
                    marked.add(stmt)
                    return
            if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
                params = [a.arg for a in scope.args.args]
                if arg.id in params:
                    forwarders[scope.name] = params.index(arg.id) - (1 if params[0] == "self" else 0)
                    return

    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    for call in calls:
        if _name(call.func) == "Op" and len(call.args) >= 2:
            resolve(call.args[1], call)
    for call in calls:
        index = forwarders.get(_name(call.func))
        if index is not None and len(call.args) > index:
            resolve(call.args[index], call)
    return marked


def test_only_ops_runs_threads_and_long_core_work_runs_only_inside_ops():
    threads, outside, inside, waiting = [], [], [], set()
    for path in sorted(UI.rglob("*.py")):
        name = str(path.relative_to(UI))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = _parents(tree)
        if name not in ("ops.py", "tasks.py"):
            for node in ast.walk(tree):
                used = ""
                if isinstance(node, ast.Name) and node.id in THREADS:
                    used = node.id
                elif isinstance(node, ast.Attribute) and (node.attr in THREADS or (
                        node.attr == "Thread" and isinstance(node.value, ast.Name) and node.value.id == "threading")):
                    used = node.attr
                elif isinstance(node, ast.ImportFrom) and (any(a.name in THREADS | {"Thread"} for a in node.names)
                                                           or (node.module or "").endswith("tasks")):
                    used = "import " + ", ".join(a.name for a in node.names)
                if used and (name, used) not in START_UP_THREADS:
                    threads.append(f"{name}:{node.lineno} {used}")
        work = _work_functions(tree, parents)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = _core_call(node.func)
            if called not in LONG:
                continue
            site = f"{name}:{node.lineno} {called}"
            if any(scope in work for scope in _enclosing(node, parents)):
                inside.append(site)
            elif (Path(name).name, called) in NOT_YET:
                waiting.add((Path(name).name, called))
            else:
                outside.append(site)
    assert threads == [], "threads outside ops.py/tasks.py:\n" + "\n".join(threads)
    assert outside == [], ("long core work on the UI thread (not inside an Op's work):\n" + "\n".join(outside)
                           + "\n\ninside Ops:\n" + "\n".join(inside))
    assert waiting == NOT_YET, f"moved into an Op meanwhile: remove {NOT_YET - waiting} from NOT_YET"
    # the scan finds what it should: every long operation the UI runs today is among them
    found = {site.split(" ", 1)[1] for site in inside}
    assert found >= {"create_backup", "restore_backup", "import_packages", "audit", "check_log", "import_roster",
                     "submission_report", "export_evidence", "export_submission", "add_attachments", "compute",
                     "service.inspect", "service.read", "DistrictSession.open", "ensure_signing_key",
                     "replace_signing_key", "send_modules", "apply_merge", "approve_key",
                     "DistrictKey.generate"}, "\n".join(inside)
