"""Grab every screen of the desktop app to PNG (run under Xvfb), for docs/screenshots and for review.

    xvfb-run -a -s "-screen 0 1600x1200x24" python tools/screenshots.py OUT_DIR [--scale 2] [--part district]
        [--language en|pseudo] [--check]

``--part enterprise`` grabs the enterprise windows (app-*.png), ``--part district`` the district workstation
over a demo district of ``--enterprises`` synthetic enterprises (district-*.png), ``--part loop`` issue #17's
loop back and up: the district's 退回修改 and receipts, the enterprise's receipt and flagged questions, the peer
benchmark on the results page and in the PDF, the city's window over three districts (receipt-*.png,
benchmark-*.png, city-window.png); all by default.
``--language en`` shows the interface in English (docs/screenshots/en/), ``--language pseudo`` in the
pseudo-locale — English 40 % longer and accented — made from the English .ts (docs/screenshots/pseudo/).
``--check`` lists every text a screen cuts off (``ui/clipping.py``) and exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--part", choices=("all", "enterprise", "district", "loop"), default="all")
    parser.add_argument("--enterprises", type=int, default=60, help="demo district size for the district shots")
    parser.add_argument("--language", default="zh_CN", choices=("zh_CN", "en", "pseudo"))
    parser.add_argument("--check", action="store_true", help="list text cut off by a screen; exit 1 if any")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    args.out.mkdir(parents=True, exist_ok=True)
    clipped = grab_all(args.out, part=args.part, scale=args.scale, language=args.language,
                       enterprises=args.enterprises)
    for name, problems in clipped.items():
        for problem in problems:
            print(f"{name}: {problem}")
    if args.check and any(clipped.values()):
        sys.exit(1)


def use_language(language: str, tmp: Path) -> str:
    """Show the interface in ``language`` from here on (the pseudo-locale is compiled into ``tmp``)."""
    from PySide6.QtWidgets import QApplication

    from zgsz_desktop.translations import PSEUDO, write_pseudo
    from zgsz_desktop.ui import i18n

    qm = write_pseudo(tmp / "pseudo") if language == PSEUDO else None
    return i18n.install(QApplication.instance(), language, qm=qm)


def grab_all(out: Path | None, *, part: str = "all", scale: str = "1", language: str = "zh_CN",
             enterprises: int = 60, shot_hook=None) -> dict[str, list]:
    """Drive every screen; save each to ``out`` (unless None) and return the text each one cuts off.
    ``shot_hook(widget, name)`` is called at each screen as well (tests use it)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.clipping import clipped_texts

    create_app([])
    tmp = Path(tempfile.mkdtemp())
    use_language(language, tmp)
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    suffix = "" if scale == "1" else f"@{scale}x"
    clipped: dict[str, list] = {}

    def settle(ms: int = 400) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget, name: str, save: bool = True) -> None:
        settle()
        clipped[name] = clipped_texts(widget)
        if shot_hook is not None:
            shot_hook(widget, name)
        if out is not None and save:
            widget.grab().save(str(out / f"{name}{suffix}.png"))

    if part in ("all", "enterprise"):
        enterprise_shots(tmp, settings, shot, settle)
    if part in ("all", "district"):
        district_shots(tmp, settings, shot, settle, enterprises)
    if part in ("all", "loop"):
        loop_shots(tmp, settings, shot, settle, out if language == "zh_CN" else None)
    QApplication.processEvents()
    if language != "zh_CN":
        use_language("zh_CN", tmp)
    return clipped


def enterprise_shots(tmp, settings, shot, settle) -> None:
    """Every step of the enterprise's job: first run, profile, guide, home at each stage, a new submission,
    the questionnaire (a table, a contradiction beside its questions with the 口径 panel, the scenes), the
    check page, export (not ready, the form, done) and the results."""
    import copy
    import time

    from PySide6.QtWidgets import QApplication

    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.package import keys
    from zgsz_desktop.package.export import ensure_signing_key, export_submission
    from zgsz_desktop.ui.main_window import MainWindow
    from zgsz_desktop.workspace import Workspace

    def wait_for(condition, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            settle(100)

    # First run on an empty workspace: role, then the profile with a mistyped code, then the guide
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
    from zgsz_desktop.ui.guide import GuidePage

    guide = GuidePage(settings, window)
    window.stack.addWidget(guide)
    window.stack.setCurrentWidget(guide)
    shot(window, "app-guide")
    window.close()

    # The demo enterprise: 2024年度 exported, 2025年度 being filled in with a contradiction planted
    keys.SCRYPT_N = 2**12  # screenshots only: a quick key
    core, miit = demo_documents()
    district = keys.DistrictKey.generate("海安市", "district-pass")
    recipient = tmp / "海安市.zgszkey"
    recipient.write_text(__import__("json").dumps(district.recipient.to_json(), ensure_ascii=False), "utf-8")
    with Workspace.open(tmp / "demo") as ws:
        ws.import_answers(core.questionnaire, core.answers, "2024年度", enterprise=core.enterprise)
        ws.import_answers(miit.questionnaire, miit.answers, "2024年度")
        ensure_signing_key(ws, "enterprise-pass")
        export_submission(ws, "2024年度", district.recipient, "enterprise-pass", tmp / "out" / "瑞丰-2024年度")
        ws.start_submission("2025年度", from_previous=True)
        later = {a.questionnaire_id: a.id for a, _, _ in ws.submission_parts("2025年度")}
        ws.save_answer(later["nantong-zgsz-core"], "rnd.tools", ["none"])  # 16 users, "no tool": a contradiction
        for question in ("cloud.months", "mgmt.quality"):
            ws.save_answer(later["nantong-zgsz-core"], question, None)
        answers = copy.deepcopy(miit.answers)
        ws.save_answer(later["miit-sme-2024"], "miit.basis.equipment_total", answers["miit.basis.equipment_total"])
        ws.set_submission_position("2025年度", "nantong-zgsz-core/cnc")
    settings.setValue("ui/guide_seen", True)  # as after the first run
    window = MainWindow(settings=settings, workspace_dir=tmp / "demo")
    window.resize(1180, 800)
    window.show()
    settle(800)
    home = window.stack.currentWidget()
    wait_for(lambda: getattr(home, "loaded", True))
    shot(window, "app-home")
    from zgsz_desktop.ui.dialogs import AboutDialog, SettingsDialog

    for name, make in (("app-settings", lambda: SettingsDialog(window.workspace, settings, window)),
                       ("app-about", lambda: AboutDialog(window))):
        dialog = make()
        dialog.show()
        shot(dialog, name)
        dialog.reject()

    from zgsz_desktop.ui.new_submission import NewSubmissionDialog

    dialog = NewSubmissionDialog(["2024年度", "2025年度"], [core.questionnaire.title, miit.questionnaire.title],
                                 window)
    dialog.show()
    shot(dialog, "app-new-submission")
    dialog.reject()

    window.show_questionnaire("2025年度")
    shot(window, "app-questionnaire")
    window.show_questionnaire("2025年度", focus=("nantong-zgsz-core", "rnd.tools"))
    page = window.stack.currentWidget()
    if not page.help_panel.isVisible():
        page.toggle_help()
    settle(1800)  # past the highlight
    shot(window, "app-questionnaire-contradiction")
    page.open_module("miit-sme-2024", "scenes")
    shot(window, "app-questionnaire-scenes")
    from zgsz_desktop.questionnaire.loader import current_questionnaires

    for questionnaire in current_questionnaires():  # every module is checked for cut-off text, not saved
        for module in questionnaire.modules:
            page.open_module(questionnaire.id, module.id)
            shot(window, f"app-module-{questionnaire.id}-{module.id}", save=False)

    window.show_check("2025年度")
    shot(window, "app-check")
    dialog = window.export("2025年度")
    shot(dialog, "app-export-not-ready")
    dialog.reject()

    window.show_results("2024年度")
    results = window.stack.currentWidget()
    wait_for(lambda: results.is_ready)
    settle(600)
    shot(window, "app-results")

    # 2024年度 again after a change: export it as the 2nd package of the period
    with Workspace.open(tmp / "demo") as ws:
        earlier = ws.find_assessment("nantong-zgsz-core", "2024年度")
        ws.save_answer(earlier.id, "mgmt.hr", "system")
    settings.setValue("export/recipient", str(recipient))
    settings.setValue("export/folder", str(tmp / "out"))
    window.show_home()
    home = window.stack.currentWidget()
    wait_for(lambda: getattr(home, "loaded", True))
    dialog = window.export("2024年度")
    settle()
    dialog.passphrase.setText("enterprise-pass")
    shot(dialog, "app-export")
    dialog.ok.click()
    wait_for(lambda: dialog.result_dialog is not None)
    settle(600)
    if dialog.result_dialog is not None:
        shot(dialog.result_dialog, "app-export-done")
        dialog.result_dialog.close()
    window.show_home()
    home = window.stack.currentWidget()
    wait_for(lambda: getattr(home, "loaded", True))
    shot(window, "app-home-after-export")
    window.close()
    QApplication.processEvents()


def district_shots(tmp, settings, shot, settle, enterprises: int) -> None:
    """A demo district: the open dialog, the import preview (with a tampered and a damaged file among the
    packages), the dashboard after import with the roster and one key held for approval, the enterprise
    table, the held keys and the approval dialog, the 核查提示; then the database edited behind the
    program's back (a figure, a name given a bidi override, a log signature stripped): the audit's result,
    the name written out, and the dashboard's warning."""
    import io
    import shutil
    import time
    import zipfile

    from PySide6.QtCore import Qt

    from zgsz_desktop import demo_district
    from zgsz_desktop.demo_synthetic import synthetic_enterprises
    from zgsz_desktop.district.importer import import_packages
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
    # a roster a little out of date: three enterprises that report are missing from it (核查提示: 不在名单中)
    reporting = {uscc for (uscc,) in window.session.db.execute("SELECT uscc FROM enterprises")}
    lines = demo.roster.read_text(encoding="utf-8-sig").splitlines()
    dropped = [line for line in lines[1:] if line.split(",")[0] in reporting][3:6]
    roster = tmp / "名单.csv"
    roster.write_text("\n".join(line for line in lines if line not in dropped) + "\n", encoding="utf-8-sig")
    window.import_roster(roster)
    window.check_log()
    window.tabs.setCurrentWidget(window.dashboard)
    shot(window, "district-dashboard")
    content = window.dashboard.scroll_area.widget()
    content.resize(1260, content.sizeHint().height())
    shot(content, "district-dashboard-full")
    window.tabs.setCurrentWidget(window.enterprises)
    page = window.enterprises
    page.view.sortByColumn(column_of("cnc_rate"), Qt.SortOrder.DescendingOrder)
    page.view.selectRow(2)
    shot(window, "district-enterprises")
    window.tabs.setCurrentWidget(window.held)
    shot(window, "district-held-keys")
    approve = window.held.approve_selected()
    if approve is not None:
        approve.code.setText("KWK7-RH4D-BFFC-PC8T-K8ZG")
        approve.ok.click()  # a code that does not fit: refused, said inline
        shot(approve, "district-approve-key")
        approve.reject()

    # Someone with a database tool, not the program: a figure and a name changed, a log signature removed
    db = window.session.db
    first = db.execute("SELECT uscc FROM enterprises ORDER BY uscc LIMIT 1").fetchone()[0]
    db.execute("UPDATE enterprises SET name = '南通\u202e司公限有械机\u202c' WHERE uscc = ?", [first])
    db.execute("UPDATE submissions SET cnc_rate = 0.99 WHERE rowid = 2")
    db.conn.commit()
    window.refresh()
    window.show_flags()
    shot(window, "district-flags")
    page.search.setText("U+202E")
    window.tabs.setCurrentWidget(page)
    page.view.selectRow(0)
    shot(window, "district-hidden-characters")
    page.search.clear()
    window.audit()
    deadline = time.monotonic() + 300
    while window.audit_result is None and time.monotonic() < deadline:
        settle(100)
    if window.audit_result is not None:
        window.audit_result.resize(1000, 560)
        shot(window.audit_result, "district-audit")
        window.audit_result.close()
    db.execute("DROP TRIGGER import_log_no_update")
    db.execute("UPDATE import_log SET seal = '' WHERE seq = (SELECT max(seq) FROM import_log)")
    db.conn.commit()
    window.tabs.setCurrentWidget(window.dashboard)
    window.dashboard.scroll_area.verticalScrollBar().setValue(0)
    task = window.check_log()
    while task is not None and task.running and time.monotonic() < deadline:
        settle(100)
    shot(window, "district-log-warning")
    window.close()


def _wait(settle, condition, seconds: float = 120) -> None:
    import time

    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        settle(100)


def loop_shots(tmp, settings, shot, settle, pdf_out: Path | None) -> None:
    """Issue #17, through the real windows and cores: the demo enterprise hands in its 2024年度 submission to a
    demo district (40 synthetic enterprises beside it); the clerk returns it with three questions (the dialog,
    then the 受理状态 column) and writes the receipts; the enterprise imports its receipt (the dialog), sees the
    flagged questions and its home card; the district's benchmark imported, the results page's 同行对标 and the
    PDF's page with it (``pdf_out``: rendered with pdftoppm when installed); three districts' summaries in the
    city's window."""
    import shutil
    import subprocess
    from datetime import datetime, timezone

    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from zgsz_desktop import demo_district
    from zgsz_desktop.city.db import open_city_db
    from zgsz_desktop.city.importer import import_summaries
    from zgsz_desktop.city.keys import pin_district
    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.district.benchmark import export_benchmark
    from zgsz_desktop.district.db import open_db
    from zgsz_desktop.district.identity import DistrictIdentity
    from zgsz_desktop.district.importer import import_packages
    from zgsz_desktop.district.receipt_files import write_recipient_file
    from zgsz_desktop.district.summary_package import export_summary_package
    from zgsz_desktop.package import keys
    from zgsz_desktop.package.benchmark_import import import_benchmark
    from zgsz_desktop.package.export import ensure_signing_key, export_submission
    from zgsz_desktop.ui.city_window import CityWindow
    from zgsz_desktop.ui.district.enterprise_model import column_of
    from zgsz_desktop.ui.district.review_dialog import REASON
    from zgsz_desktop.ui.district.window import DistrictWindow
    from zgsz_desktop.ui.main_window import MainWindow
    from zgsz_desktop.workspace import Workspace

    keys.SCRYPT_N = 2**12  # screenshots only: quick keys
    period, passphrase = "2024年度", "enterprise-pass"
    now = datetime(2025, 3, 2, 9, 0, tzinfo=timezone.utc).isoformat(timespec="seconds")
    demo = demo_district.write_district_demo(tmp / "loop-haian", 40, light_reports=True)
    district_key = keys.load_district_key(demo.district_key)
    core, miit = demo_documents()
    with Workspace.open(tmp / "loop-ws") as ws:
        ws.import_answers(core.questionnaire, core.answers, period, enterprise=core.enterprise)
        ws.import_answers(miit.questionnaire, miit.answers, period)
        ensure_signing_key(ws, passphrase)
        ours = export_submission(ws, period, district_key.recipient, passphrase, tmp / "loop-out" / "瑞丰", pdf=False)
    shutil.copy(ours.package_path, demo.out_dir / "packages" / ours.package_path.name)

    # The district: its demo packages and ours imported; the clerk returns ours with three questions
    window = DistrictWindow(settings=settings, db_path=tmp / "loop.zgszdb")
    window.resize(1400, 900)
    window.show()
    settle(600)
    dialog = window.open_dialog
    dialog.key_file.setText(str(demo.district_key))
    dialog.passphrase.setText(demo_district.DEMO_DISTRICT_PASSPHRASE)
    dialog.ok.click()
    settle()
    import_packages(window.session.db, [demo.out_dir / "packages"], window.session.identity)
    window.refresh()
    page = window.enterprises
    window.tabs.setCurrentWidget(page)
    page.select_uscc(core.enterprise["uscc"])
    review = page.receipts.open_return(page.selected_row())
    reasons = {"mgmt.hr": "贵公司已上线人事管理系统（见佐证材料），请按实际情况选择",
               "mgmt.planning": "生产计划已用 MES 排产，与“电子表格”不符，请核实",
               "mgmt.quality": "请补充质量追溯系统的使用情况"}
    model = review.model
    first = None
    for number, row in enumerate(model.rows):
        if row.question_id in reasons:
            model.setData(model.index(number, REASON), reasons[row.question_id])
            first = number if first is None else first
    review.note.setPlainText("请修改后于3月15日前重新报送")
    review.clerk.setText("王明")
    review.contact.setText("0513-88880000")
    review.resize(1180, 700)
    if first is not None:  # the questions returned, a few rows down the list
        review.table.scrollTo(review.proxy.mapFromSource(model.index(max(first - 2, 0), REASON)),
                              QAbstractItemView.ScrollHint.PositionAtTop)
    shot(review, "receipt-district-review")
    review.ok.click()
    _wait(settle, lambda: not page.receipts.task.running)
    folder = tmp / "回执"
    written = page.receipts.write(folder)
    _wait(settle, lambda: not written.running)
    page.select_uscc(core.enterprise["uscc"])
    selected = page.view.selectionModel().selectedRows()
    if selected:  # the 受理状态 column in sight
        page.view.scrollTo(selected[0].siblingAtColumn(column_of("review_state")))
    shot(window, "receipt-district-list")
    receipt = next(folder.glob("*.zgszreceipt"))
    # the benchmark and the summary, from the same district database
    bench = tmp / "海安市-2024年度.zgszbench"
    export_benchmark(window.session.db, window.session.identity, period, bench, now)
    summaries = [export_summary_package(window.session.db, window.session.identity, period,
                                        tmp / "海安市.zgszsummary", now).path]
    district_files = [write_recipient_file(district_key.unlock(demo_district.DEMO_DISTRICT_PASSPHRASE),
                                           tmp / "海安市.zgszkey")]
    window.close()

    # The enterprise: the receipt, the flagged questions, home
    settings.setValue("ui/guide_seen", True)
    enterprise = MainWindow(settings=settings, workspace_dir=tmp / "loop-ws")
    enterprise.resize(1180, 800)
    enterprise.show()
    _wait(settle, lambda: enterprise.workspace is not None)
    settle(600)
    dialog = enterprise.import_receipt(str(receipt))
    _wait(settle, lambda: dialog.import_button.isEnabled())
    dialog.passphrase.setText(passphrase)
    dialog.import_button.click()
    _wait(settle, lambda: dialog.fix_button.isVisible())
    shot(dialog, "receipt-enterprise-dialog")
    dialog.fix_button.click()
    settle(1800)  # past the highlight
    shot(enterprise, "receipt-enterprise-flags")
    enterprise.show_home()
    home = enterprise.stack.currentWidget()
    _wait(settle, lambda: getattr(home, "loaded", True))
    shot(enterprise, "receipt-enterprise-home")

    # The benchmark on the results page and in the PDF
    import_benchmark(enterprise.workspace, bench.read_bytes())
    enterprise.show_results(period)
    results = enterprise.stack.currentWidget()
    _wait(settle, lambda: results.is_ready)
    settle(600)
    results.scroll_area.verticalScrollBar().setValue(results.peer_section.y() - 40)
    shot(enterprise, "benchmark-results")
    if pdf_out is not None and shutil.which("pdftoppm"):
        from pypdf import PdfReader

        from zgsz_desktop.report import build_report
        from zgsz_desktop.report.model import from_submission

        pdf = tmp / "report.pdf"
        with pdf.open("wb") as handle:
            build_report(from_submission(enterprise.workspace, period), handle)
        pages = [p.extract_text() or "" for p in PdfReader(str(pdf)).pages]
        number = next((i + 1 for i, text in enumerate(pages) if "同行对标" in text.replace(" ", "")), None)
        if number is not None:
            subprocess.run(["pdftoppm", "-f", str(number), "-l", str(number), "-png", "-r", "100", "-singlefile",
                            str(pdf), str(pdf_out / "benchmark-pdf")], check=True)
    enterprise.close()

    # Two more districts, each sending its summary; the city registers the three keys and imports them
    for name in ("如皋市", "崇川区"):
        other = demo_district.write_district_demo(tmp / f"loop-{name}", 12, district=name, light_reports=True,
                                                  seed=len(name) + 7)
        key = keys.load_district_key(other.district_key)
        identity = DistrictIdentity.from_key(key, demo_district.DEMO_DISTRICT_PASSPHRASE)
        db = open_db(tmp / f"loop-{name}.zgszdb")
        try:
            import_packages(db, [other.out_dir / "packages"], identity)
            summaries.append(export_summary_package(db, identity, period, tmp / f"{name}.zgszsummary", now).path)
        finally:
            db.conn.close()
        district_files.append(write_recipient_file(key.unlock(demo_district.DEMO_DISTRICT_PASSPHRASE),
                                                   tmp / f"{name}.zgszkey"))
    city_path = tmp / "nantong.zgszcity"
    city = open_city_db(city_path)
    try:
        for path in district_files:
            pin_district(city, path, now)
        import_summaries(city, summaries, now)
    finally:
        city.close()
    window = CityWindow(city_path, settings)
    window.resize(1280, 860)
    window.show()
    settle(600)
    shot(window, "city-window")
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
