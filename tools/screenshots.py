"""Grab every screen of the desktop app to PNG (run under Xvfb), for docs/screenshots and for review.

    xvfb-run -a -s "-screen 0 1600x1200x24" python tools/screenshots.py OUT_DIR [--scale 2]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.main_window import MainWindow
    from zgsz_desktop.workspace import Workspace

    create_app([])
    tmp = Path(tempfile.mkdtemp())
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    suffix = "" if args.scale == "1" else f"@{args.scale}x"

    def settle(ms: int = 400) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget, name: str) -> None:
        settle()
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))

    # First run on an empty workspace
    window = MainWindow(settings=settings, workspace_dir=tmp / "empty")
    window.resize(1180, 800)
    window.show()
    settle(800)
    shot(window, "app-first-run")
    page = window.stack.currentWidget()
    page.roles.enterprise_button.click()
    form = page.profile.form
    form.name.setText("南通瑞丰精密机械有限公司")
    form.uscc.setText("91320685MA1R8K2X5X")
    form.uscc.textEdited.emit(form.uscc.text())
    shot(window, "app-profile")
    window.close()

    # A workspace with the demo enterprise: one assessment complete, one half-filled
    core, miit = demo_documents()
    with Workspace.open(tmp / "demo") as ws:
        a, _ = ws.import_answers(core.questionnaire, core.answers, "2024年度", enterprise=core.enterprise)
        ws.import_answers(miit.questionnaire, {k: v for k, v in list(miit.answers.items())[:20]}, "2024年度")
        ws.complete(a.id)
        ws.set_position(a.id, "cnc")
    window = MainWindow(settings=settings, workspace_dir=tmp / "demo")
    window.resize(1180, 800)
    window.show()
    settle(800)
    shot(window, "app-home")
    window.show_questionnaire(a.id)
    shot(window, "app-questionnaire")
    page = window.stack.currentWidget()
    page.modules.setCurrentRow(3)
    page.blocks["cloud.current_star"].help_button.click()
    shot(window, "app-questionnaire-cloud")
    miit_id = next(s.assessment.id for s in window.workspace.assessments()
                   if s.assessment.questionnaire_id == "miit-sme-2024")
    window.show_questionnaire(miit_id)
    page = window.stack.currentWidget()
    page.modules.setCurrentRow(3)
    shot(window, "app-questionnaire-scenes")
    window.show_results(a.id)
    shot(window, "app-results")
    dialog = window.export(a.id)
    settle()
    dialog.grab().save(str(args.out / f"app-export{suffix}.png"))
    dialog.reject()
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
