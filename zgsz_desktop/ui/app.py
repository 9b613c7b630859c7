"""Entry point of ``zgsz-desktop``."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def create_app(argv: Sequence[str] | None = None):
    from PySide6.QtWidgets import QApplication

    from .fonts import install_app_font

    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    app.setApplicationName("zgsz_desktop")
    app.setApplicationDisplayName("智改数转企业自评估")
    app.setOrganizationName("zgsz")
    install_app_font()
    return app


def main(argv: Sequence[str] | None = None) -> int:
    app = create_app(argv)
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
