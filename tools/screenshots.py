"""Grab every screen of the desktop app to PNG (run under Xvfb), for docs/screenshots and for review.

    xvfb-run -a -s "-screen 0 1600x1200x24" python tools/screenshots.py OUT_DIR [--scale 2] [--part district]

``--part enterprise`` grabs the enterprise windows (app-*.png), ``--part district`` the district workstation
over a demo district of ``--enterprises`` synthetic enterprises (district-*.png); both by default.
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
    parser.add_argument("--part", choices=("all", "enterprise", "district"), default="all")
    parser.add_argument("--enterprises", type=int, default=60, help="demo district size for the district shots")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from zgsz_desktop.ui.app import create_app

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

    if args.part in ("all", "enterprise"):
        enterprise_shots(tmp, settings, shot, settle, args.out, suffix)
    if args.part in ("all", "district"):
        district_shots(tmp, settings, shot, settle, args.enterprises)
    QApplication.processEvents()


def enterprise_shots(tmp, settings, shot, settle, out, suffix) -> None:
    from PySide6.QtWidgets import QApplication

    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.ui.main_window import MainWindow
    from zgsz_desktop.workspace import Workspace

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
    dialog.grab().save(str(out / f"app-export{suffix}.png"))
    dialog.reject()
    window.close()
    QApplication.processEvents()


def district_shots(tmp, settings, shot, settle, enterprises: int) -> None:
    """A demo district: the open dialog, the import preview (with a tampered and a damaged file among the
    packages), the dashboard after import with the roster and one key held for approval, the enterprise
    table and the held keys."""
    import io
    import shutil
    import time
    import zipfile

    from PySide6.QtCore import Qt

    from zgsz_desktop.district import demo_district
    from zgsz_desktop.district.importer import import_packages
    from zgsz_desktop.district.synthetic import synthetic_enterprises
    from zgsz_desktop.package.keys import load_recipient
    from zgsz_desktop.ui.district.enterprise_model import column_of
    from zgsz_desktop.ui.district.window import DistrictWindow

    demo = demo_district.write_district_demo(tmp / "district-demo", enterprises, light_reports=True)
    usb = tmp / "usb"
    shutil.copytree(demo.out_dir / "packages", usb)
    genuine = sorted(usb.glob("*.zgsz"))
    out = io.BytesIO()  # one package altered after signing, and one cut short in copying
    with zipfile.ZipFile(genuine[3]) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("answers.json.hpke"):
                data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
            dst.writestr(info, data)
    genuine[3].write_bytes(out.getvalue())
    genuine[8].write_bytes(genuine[8].read_bytes()[:5000])

    window = DistrictWindow(settings=settings, db_path=tmp / "district.zgszdb")
    window.resize(1280, 860)
    window.show()
    settle(600)
    dialog = window.open_dialog
    dialog.key_file.setText(str(demo.district_key))
    dialog.passphrase.setText(demo_district.DEMO_DISTRICT_PASSPHRASE)
    shot(dialog, "district-open")
    dialog.ok.click()
    settle()
    shot(window, "district-empty")

    importer = window.start_import([usb])
    deadline = time.monotonic() + 300
    while importer.preview_summary is None and importer.error is None and time.monotonic() < deadline:
        settle(100)
    importer.resize(1180, 640)
    importer.view.scrollToTop()
    shot(importer, "district-import-preview")
    importer.problems_only.setChecked(True)
    importer.import_button.click()
    while importer.summary is None and importer.error is None and time.monotonic() < deadline:
        settle(100)
    shot(importer, "district-import-result")
    importer.close()

    # The first enterprise again, after reinstalling: its next report is signed by a new key
    enterprise = next(iter(synthetic_enterprises(enterprises, demo_district.DEMO_DISTRICT, 2024)))
    held = tmp / "new-key"
    held.mkdir()
    name, data = demo_district.build_enterprise_packages(enterprise, load_recipient(demo.recipient).to_json(), 7,
                                                         True)[0]
    (held / name).write_bytes(data)
    import_packages(window.session.db, [held], window.session.identity)
    window.import_roster(demo.roster)
    window.check_log()
    window.tabs.setCurrentWidget(window.dashboard)
    shot(window, "district-dashboard")
    content = window.dashboard.scroll.widget()
    content.resize(1260, content.sizeHint().height())
    shot(content, "district-dashboard-full")
    window.tabs.setCurrentWidget(window.enterprises)
    page = window.enterprises
    page.view.sortByColumn(column_of("cnc_rate"), Qt.SortOrder.DescendingOrder)
    page.view.selectRow(2)
    shot(window, "district-enterprises")
    window.tabs.setCurrentWidget(window.held)
    shot(window, "district-held-keys")
    window.close()


if __name__ == "__main__":
    main()
