"""Entry point of ``zgsz-desktop``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def create_app(argv: Sequence[str] | None = None):
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator
    from PySide6.QtWidgets import QApplication

    from ..locate import resource
    from .fonts import install_app_font

    QCoreApplication.setOrganizationName("zgsz")
    QCoreApplication.setApplicationName("zgsz_desktop")
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    app.setApplicationDisplayName("智改数转企业自评估")
    install_app_font()
    # Chinese is the source language; another language loads its compiled translation when one ships.
    language = str(QSettings().value("ui/language", "zh_CN"))
    qt_language = "zh_CN" if language.startswith("zh") else language
    qt_translator = QTranslator(app)  # Qt's own texts (standard buttons, dialogs) in the same language
    if qt_translator.load(f"qtbase_{qt_language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    if not language.startswith("zh"):
        translator = QTranslator(app)
        if translator.load(str(resource("translations", f"zgsz_{language}.qm"))):
            app.installTranslator(translator)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="zgsz-desktop", description="智改数转企业自评估")
    parser.add_argument("--workspace", metavar="PATH", help="工作区文件夹（默认为用户数据目录）")
    parser.add_argument("--self-test", action="store_true",
                        help="自检（不显示窗口）：问卷、字体、计分、报告、报告包和主窗口，有问题时返回非零")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    if args.self_test:
        return _self_test()
    app = create_app([sys.argv[0], *qt_args])
    from .errors import install_excepthook
    from .main_window import MainWindow

    install_excepthook()
    window = MainWindow(workspace_dir=Path(args.workspace) if args.workspace else None)
    window.show()
    return int(app.exec())


def _self_test() -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: build machines and CI have no screen
    from ..selftest import self_test
    from .selftest import window_check

    return self_test([("主窗口", window_check)])


if __name__ == "__main__":
    sys.exit(main())
