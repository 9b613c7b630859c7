"""Entry point of ``zgsz-desktop``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROLE_KEY = "app/role"  # "enterprise" or "district": the window the next start opens
ENTERPRISE, DISTRICT = "enterprise", "district"
# Files the app opens when double-clicked (build_installer.py FILE_TYPES registers them). Named here rather than
# imported from their modules, so that start-up stays light; tests/ui/test_open_files.py checks they agree.
HANDOFF_SUFFIX, RETURN_SUFFIX = ".zgszfill", ".zgszback"  # workspace/handoff.py
RECEIPT_SUFFIX = ".zgszreceipt"  # package/receipt.py: the district's 回执, for the enterprise
BENCHMARK_SUFFIX = ".zgszbench"  # package/benchmark_file.py: the district's 同行对标 file, for the enterprise
SUMMARY_SUFFIX = ".zgszsummary"  # district/summary_package.py: a district's 汇总包, for the city
_WINDOWS: list[Any] = []  # top-level windows opened here stay alive while the app runs
_BALLAST: list[Any] = []  # see guard_emit_refcount()
EMIT_HEADROOM = 1_000_000  # Python-side signal emits a session may make on a PySide6 with the bug (8 MB)


_COLLECTOR: Any = None
GC_INTERVAL_MS = 1000


def collect_garbage_on_main_thread(app: Any) -> Any:
    """Python's cycle collector runs on whichever thread happens to allocate; when that is a pool thread
    (an import, an export, a report) and the garbage holds Qt objects, Qt deletes them off the UI thread
    and the app crashes. So automatic collection is turned off and a timer on the UI thread collects,
    generation by generation, as Python itself would (the usual remedy in PyQt/PySide applications)."""
    import gc

    from PySide6.QtCore import QTimer

    global _COLLECTOR
    threshold = gc.get_threshold()

    def collect() -> None:
        counts = gc.get_count()
        if counts[0] > threshold[0]:
            gc.collect(0)
            if counts[1] > threshold[1]:
                gc.collect(1)
                if counts[2] > threshold[2]:
                    gc.collect(2)

    gc.disable()
    _COLLECTOR = QTimer(app)
    _COLLECTOR.setInterval(GC_INTERVAL_MS)
    _COLLECTOR.timeout.connect(collect)
    _COLLECTOR.start()
    return _COLLECTOR


def guard_emit_refcount() -> int:
    """Work around PySide6 6.12.0, where every ``SignalInstance.emit()`` from Python returns ``True`` without
    a new reference: each emit takes one reference from ``True``, and when its count reaches zero the
    interpreter aborts ("Fatal Python error: bool_dealloc"), after a few hundred emits. The defect is
    measured here rather than assumed from the version number; when present, ``True`` and ``False`` get
    enough extra references that no session runs out, held by a list that is never freed (freeing it at
    exit would hand back references the emits already took, and abort there instead). Returns the references
    lost per emit (0 when fixed). Remove once a PySide6 without the bug is required."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    lost = 0
    for value in (True, False):
        before = sys.getrefcount(value)
        probe.ping.emit()
        probe.ping.emit()
        missing = before - sys.getrefcount(value)
        if missing > 0:
            import ctypes  # only with the bug (~10 ms of every start otherwise)

            lost = max(lost, missing // 2)
            ballast = [value] * (EMIT_HEADROOM + missing)  # + the two the probe took
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(ballast))  # never freed, not even at exit
            _BALLAST.append(ballast)
    return lost


_PENDING_FONT: Any = None  # fonts.AppFont still loading (create_app with font_now=False)


def create_app(argv: Sequence[str] | None = None, *, font_now: bool = True):
    """The application object, with the bundled font and the interface language. ``font_now=False`` (the app's
    start): the font is registered on a worker thread meanwhile, and :func:`install_pending_font` makes it the
    application's font before the first widget is made."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    spare_pyside_source_reads()  # first: before this function's own imports name the modules loaded so far
    from . import i18n
    from .fonts import AppFont, install_app_font
    from .i18n import tr

    global _PENDING_FONT
    QCoreApplication.setOrganizationName("zgsz")
    QCoreApplication.setApplicationName("zgsz_desktop")
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    if not _BALLAST:
        guard_emit_refcount()  # before the font's thread starts: it counts references to True and False
    if font_now:
        install_app_font()
    else:
        _PENDING_FONT = AppFont()
    if _COLLECTOR is None:
        collect_garbage_on_main_thread(app)
    # Chinese is the source language; the first start follows the system's language (i18n.language_setting).
    i18n.install(app, i18n.language_setting(QSettings()))
    # a static of QGuiApplication; a bare tr(): lupdate gives it the context ""
    QApplication.setApplicationDisplayName(tr("智改数转企业自评估"))
    return app


def spare_pyside_source_reads() -> int:
    """Tell PySide6 that the modules loaded so far, the standard library's and this app's own do not use its
    ``__feature__`` switches; returns how many names were recorded.

    PySide6 replaces ``import``: the first time any module is named in an import statement after PySide6 was
    loaded, it reads that module's whole source (``inspect.getsource``) to see whether it mentions PySide6, and
    records the answer in ``shibokensupport.feature.pyside_feature_dict`` (0: it may select features, -1: ignore
    it). The app never selects a feature, so the answer changes nothing, yet reading the sources of the ~70
    modules named on the way to the home page (os, typing, logging, json …, and ~20 of the app's own) costs
    ~14 ms of every start from an installed source tree (issue #16; the upstream tax is discussed in
    napari/napari#8584; a frozen build has no sources to read). Recording -1 for them up front skips those reads.
    When a PySide6 release keeps that table elsewhere, nothing is recorded and nothing else changes (the modules
    are read as before)."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    names = [*sys.modules, *sys.stdlib_module_names, *_own_modules()]
    new = [name for name in names if name not in table]
    for name in new:
        table[name] = -1
    return len(new)


def _own_modules() -> list[str]:
    """The names of this package's modules, from its folder (~0.5 ms; none in a build without sources)."""
    import os

    root = Path(__file__).resolve().parent.parent
    names = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [d for d in subfolders if d.isidentifier()]  # no __pycache__ or data folders
        package = ".".join((root.name, *Path(folder).relative_to(root).parts))
        names += [package if f == "__init__.py" else f"{package}.{f[:-3]}" for f in files if f.endswith(".py")]
    return names


def install_pending_font() -> None:
    """The font :func:`create_app` began to load, as the application's font (waits for it; once)."""
    global _PENDING_FONT
    if _PENDING_FONT is not None:
        font, _PENDING_FONT = _PENDING_FONT, None
        font.install()


def argument_parser() -> Any:
    import argparse

    parser = argparse.ArgumentParser(prog="zgsz-desktop", description="智改数转企业自评估")
    parser.add_argument("--workspace", metavar="PATH", help="工作区文件夹（默认为用户数据目录）")
    parser.add_argument("--district", action="store_true", help="打开区县工作台（导入、核验、汇总报告包）")
    parser.add_argument("--district-db", metavar="PATH", help="区县数据库文件（与 --district 一起使用）")
    parser.add_argument("--city", metavar="FILE", nargs="?", const="",
                        help="打开市级汇总（登记区县密钥、导入区县汇总包、全市汇总与导出）；FILE 为市级汇总库文件")
    parser.add_argument("--self-test", action="store_true",
                        help="自检（不显示窗口）：问卷、字体、计分、报告、报告包和主窗口，有问题时返回非零")
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="打开一个文件：同事发来的分工文件（.zgszfill）、同事交回的答卷（.zgszback）、"
                             "区县回执（.zgszreceipt）、对标文件（.zgszbench）或区县汇总包（.zgszsummary）")
    parser.add_argument("--demo", metavar="DIR",
                        help="不显示窗口，把示例企业的答案、计分、PDF 报告和报告包写入 DIR（与 zgsz demo --out 相同）")
    return parser


# What argument_parser() gives for no arguments (tests/ui/test_startup.py checks they agree): a start from the
# icon, the common one, is not parsed: building the parser and its gettext lookup, which loads locale, cost ~2–3 ms
# (issue #16).
NO_ARGUMENTS = {"workspace": None, "district": False, "district_db": None, "city": None, "self_test": False,
                "file": None, "demo": None}


def parse_arguments(argv: Sequence[str]) -> tuple[Any, list[str]]:
    """The app's options and the arguments left for Qt."""
    if not argv:
        from types import SimpleNamespace

        return SimpleNamespace(**NO_ARGUMENTS), []
    args, qt_args = argument_parser().parse_known_args(list(argv))
    return args, list(qt_args)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        import multiprocessing

        # District imports check packages in spawned processes: a frozen (PyInstaller) build must let such a
        # process run its job here instead of starting the app (a no-op anywhere else, so not imported there).
        multiprocessing.freeze_support()
    args, qt_args = parse_arguments(argv if argv is not None else sys.argv[1:])
    if args.self_test:
        return _self_test()
    if args.demo:  # the installed (windowed) app has no command line of its own: the Windows pipeline runs this
        from ..cli import main as cli_main

        return cli_main(["demo", "--out", args.demo])
    import gc

    # The UI thread collects garbage on a timer (collect_garbage_on_main_thread); automatic collection is off from
    # here rather than from create_app, so that the start's imports (PySide6's above all: ~40 collections, ~8 ms)
    # run uninterrupted (issue #16). The timer's first turn collects what they left.
    gc.disable()
    from ..logs import setup_logging

    setup_logging()  # a windowed build has no console: errors and hard crashes go to the user's log folder
    app = create_app([sys.argv[0], *qt_args], font_now=False)
    from PySide6.QtCore import QSettings

    from .errors import install_excepthook

    install_excepthook()
    settings = QSettings()
    suffix = Path(args.file).suffix.lower() if args.file else ""
    city_db = Path(args.city) if args.city else None
    workspace_dir = Path(args.workspace) if args.workspace else None
    if suffix in (HANDOFF_SUFFIX, RECEIPT_SUFFIX, BENCHMARK_SUFFIX, SUMMARY_SUFFIX):
        window = open_file(args.file, settings, workspace_dir=workspace_dir, city_db=city_db)
        return run(app) if window is not None else 1
    if args.city is not None:  # the city office's window: its own database, no enterprise or district role
        open_city_window(settings, city_db)
        return run(app)
    role = initial_role(settings, district=args.district or bool(args.district_db), workspace=bool(args.workspace))
    window = open_window(role, settings, workspace_dir=workspace_dir,
                         district_db=Path(args.district_db) if args.district_db else None)
    if suffix == RETURN_SUFFIX and hasattr(window, "open_after_load"):
        window.open_after_load = args.file
    return run(app)


def run(app: Any) -> int:
    install_pending_font()  # each window installs it before its first widget; this is in case none did
    return int(app.exec())


def open_file(path: str, settings: Any, *, workspace_dir: Path | None = None, city_db: Path | None = None) -> Any:
    """The window for a double-clicked file (by its suffix), doing with the file what it is for; None when the
    file could not be opened (said already). A 回执 or a 对标文件 is the enterprise's: the enterprise window opens,
    whichever role was chosen last, and that choice stays; a 汇总包 is the city's."""
    suffix = Path(path).suffix.lower()
    if suffix == HANDOFF_SUFFIX:
        # a colleague double-clicked the module file: only its window, not the enterprise's own (which would
        # greet them with the first-run questions of a workspace they do not need)
        from .colleague_window import open_handoff_file

        install_pending_font()

        colleague = open_handoff_file(path)
        if colleague is not None:
            _WINDOWS.append(colleague)
        return colleague
    if suffix == SUMMARY_SUFFIX:
        city = open_city_window(settings, city_db)
        city.import_files([Path(path)])  # checked against the pinned district keys; the outcome is said
        return city
    window = open_window(ENTERPRISE, settings, workspace_dir=workspace_dir)
    if suffix in (RECEIPT_SUFFIX, BENCHMARK_SUFFIX):
        from functools import partial

        from .file_opening import AfterLoad, import_benchmark

        # the window's own import (its dialog runs the core's import in an Op)
        action = partial(window.import_receipt, path) if suffix == RECEIPT_SUFFIX else \
            partial(import_benchmark, window, path)
        window.file_opener = AfterLoad(window, action)
    elif suffix == RETURN_SUFFIX:
        window.open_after_load = path
    return window


def open_city_window(settings: Any, db_path: Path | None = None) -> Any:
    """The city office's window on ``db_path`` (default: the city database in the user's data folder)."""
    install_pending_font()
    from .city_window import CityWindow, default_city_db

    window = CityWindow(db_path or default_city_db(), settings)
    _WINDOWS.append(window)
    window.show()
    return window


def initial_role(settings: Any, *, district: bool = False, workspace: bool = False) -> str:
    """``--district`` opens the district workstation, ``--workspace`` the enterprise window; otherwise
    the role chosen last time (the enterprise window when none was chosen yet)."""
    if district:
        return DISTRICT
    if workspace:
        return ENTERPRISE
    return DISTRICT if str(settings.value(ROLE_KEY, ENTERPRISE)) == DISTRICT else ENTERPRISE


def open_window(role: str, settings: Any, *, workspace_dir: Path | None = None, district_db: Path | None = None) -> Any:
    """Create and show the window of ``role`` (kept alive here: it has no parent)."""
    if role == DISTRICT:
        from .district.window import DistrictWindow

        install_pending_font()
        window: Any = DistrictWindow(settings=settings, db_path=district_db)
    else:
        from .main_window import MainWindow

        install_pending_font()  # imported while the font loaded; a widget takes the application's font when made
        window = MainWindow(settings=settings, workspace_dir=workspace_dir)
    _WINDOWS.append(window)
    window.show()
    return window


def switch_role(old: Any, role: str) -> Any:
    """Remember ``role`` for the next start, open its window and close ``old``."""
    old.settings.setValue(ROLE_KEY, role)
    window = open_window(role, old.settings)
    _retire(old)
    return window


def _retire(old: Any) -> None:
    """Close a window that another replaced, and stop keeping it alive."""
    old.close()
    if old in _WINDOWS:
        _WINDOWS.remove(old)
        old.deleteLater()  # nothing else holds it: freed once the events of its closing are done


def reopen_in_language(old: Any, role: str, language: str) -> Any:
    """Load ``language`` and replace ``old`` by a new window of ``role`` on the same workspace or database."""
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .i18n import tr

    i18n.install(QApplication.instance(), language)
    QApplication.setApplicationDisplayName(tr("智改数转企业自评估"))
    if role == DISTRICT:
        window = open_window(role, old.settings, district_db=getattr(old, "db_path", None))
    else:
        window = open_window(role, old.settings, workspace_dir=getattr(old, "workspace_dir", None))
    _retire(old)
    return window


def _self_test() -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: build machines and CI have no screen
    from ..selftest import self_test
    from .i18n import tr
    from .selftest import window_check

    return self_test([(tr("主窗口"), window_check)])


if __name__ == "__main__":
    sys.exit(main())
