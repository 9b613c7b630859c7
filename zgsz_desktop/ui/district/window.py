"""The district workstation window: open the district database with the district key, then 概览 (dashboard),
企业 (the enterprise table), 待核准密钥 and 核查提示 for the selected year; import by menu, button or
drag-and-drop; export for the city; check the import log and audit the database.

The window appears first and asks for the database and key right after (the key's passphrase is never
stored). Figures are rebuilt from the core after every change: the window listens to ``ops.changes`` for its
database (an import, a roster, a policy edition, an approval) and rebuilds the dashboard, the enterprise table,
the held keys and the flags from one read (``refresh``: one query of the database, kept on the UI thread). Long
work runs in an :class:`~..ops.Op`: opening the database, imports, the roster, exports, reports, the audit and
the import log's check (every signature is verified, which takes seconds on a large database)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from .. import i18n
from ..errors import show_error
from ..i18n import content, error_text
from .common import MUTED, shown, shown_lines, tr
from .session import GEOMETRY_KEY, IMPORT_FOLDER_KEY, ROSTER_FOLDER_KEY

PLAN_YEARS = (2022, 2023, 2024)


class DistrictWindow(QMainWindow):
    session_opened = Signal()
    refreshed = Signal()
    log_checked = Signal(object)  # the LogCheck now on the dashboard
    audited = Signal(object)  # the AuditReport now shown
    roster_imported = Signal(int)  # how many enterprises the new roster lists

    def __init__(self, settings: QSettings | None = None, db_path: Path | None = None, *, ask_on_show: bool = True):
        super().__init__()
        self.settings = settings or QSettings()
        self.db_path = db_path
        self.session: Any = None
        self.board: Any = None
        self.year = PLAN_YEARS[-1]
        self.open_dialog: Any = None
        self.import_dialog: Any = None
        self.exporter: Any = None
        self.log_check: Any = None  # the last LogCheck, and the log head (entries, hash) it was made for
        self.log_check_key: Any = None
        self.log_task: Any = None
        self.log_task_key: Any = None  # the log head the running check is for
        self.audit_task: Any = None
        self.roster_task: Any = None
        self.audit_result: Any = None  # the AuditResultDialog last shown
        self._ask_on_show = ask_on_show
        self.setWindowTitle(self.tr("区县工作台 — 智改数转企业自评估"))
        self.resize(1240, 820)
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.setAcceptDrops(True)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.welcome = self._welcome()
        self.stack.addWidget(self.welcome)
        self.session_actions: list[QAction] = []
        self._menus()
        self._enable_session_actions(False)
        from ..ops import changes

        changes.district_changed.connect(self._district_changed)  # an import, a roster, a policy, an approval

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._ask_on_show:
            self._ask_on_show = False
            QTimer.singleShot(30, self._ask_if_closed)  # after the first paint: the window appears at once

    # ------------------------------------------------------------------ opening

    def _welcome(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(QLabel(self.tr("<span style='font-size:20pt'>区县工作台</span>"), page))
        text = QLabel(self.tr(
            "导入企业报送的报告包（U 盘、邮件附件或共享文件夹），逐个核验签名、解密并重新计分；"
            "汇总本区县对照规划配额（附件1—3）和三项指标目标的进度；导出 Excel 和汇总 PDF 报送市工信局。"
            "全部数据保存在本机，无需联网。"), page)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addSpacing(12)
        button = QPushButton(self.tr("打开区县数据库…"), page)
        button.setObjectName("open_database")
        button.setMinimumHeight(40)
        button.clicked.connect(self.ask_open)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _ask_if_closed(self) -> None:
        if self.session is None:  # not when the database was handed over (a new interface language)
            self.ask_open()

    def ask_open(self) -> Any:
        from .open_dialog import OpenDistrictDialog

        if self.open_dialog is not None and self.open_dialog.isVisible():
            return self.open_dialog
        self.open_dialog = OpenDistrictDialog(self.settings, self, db_path=self.db_path)
        self.open_dialog.opened.connect(self.set_session)
        self.open_dialog.open()
        return self.open_dialog

    def set_session(self, session: Any) -> None:
        from .dashboard_page import DashboardPage
        from .enterprises_page import EnterprisesPage
        from .export_actions import ExportRunner
        from .flags_page import FlagsPage
        from .held_keys_page import HeldKeysPage

        if self.session is not None:
            self.session.close()
        from ..shared_folder_note import show_in_status_bar

        show_in_status_bar(self, Path(session.path), district=True)
        self.session = session
        self.log_check = self.log_check_key = self.log_task = None
        self.db_path = session.path
        self.exporter = ExportRunner(session, self.settings, self)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._toolbar(page))
        self.tabs = QTabWidget(page)
        self.tabs.setDocumentMode(True)
        self.dashboard = DashboardPage(self.tabs)
        self.dashboard.import_roster.connect(self.choose_roster)
        self.dashboard.check_log.connect(self.check_log)
        self.dashboard.audit.connect(self.audit)
        self.dashboard.show_flags.connect(self.show_flags)
        self.enterprises = EnterprisesPage(session, self.tabs, self.settings)
        self.held = HeldKeysPage(session, self.tabs)
        self.held.changed.connect(lambda: self.announce("keys"))
        self.dashboard.show_held_keys.connect(lambda: self.tabs.setCurrentWidget(self.held))
        self.flags = FlagsPage(self.tabs)
        self.flags.show_enterprise.connect(self.show_enterprise)
        self.tabs.addTab(self.dashboard, self.tr("概览"))
        self.tabs.addTab(self.enterprises, self.tr("企业"))
        self.tabs.addTab(self.held, self.tr("待核准密钥"))
        self.tabs.addTab(self.flags, self.tr("核查提示"))
        layout.addWidget(self.tabs, 1)
        old = self.stack.currentWidget()
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if old is not None and old is not self.welcome:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._enable_session_actions(True)
        self.update_years(prefer_latest=True)
        self.refresh()
        self.session_opened.emit()

    def _toolbar(self, parent: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 0, 16, 0)
        self.title = QLabel(parent)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        bar.addWidget(self.title)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("年度"), parent))
        self.year_combo = QComboBox(parent)
        self.year_combo.setObjectName("year")
        self.year_combo.setMinimumWidth(90)
        # as wide as its longest year ("2024 (no submissions)" is longer than the Chinese): see update_years
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo.activated.connect(lambda _i: self.set_year(self.year_combo.currentData()))
        bar.addWidget(self.year_combo)
        bar.addStretch(1)
        for text, name, slot in ((self.tr("导入报告包…"), "import_files", self.choose_files),
                                 (self.tr("导入文件夹…"), "import_folder", self.choose_folder),
                                 (self.tr("导出 Excel"), "export_xlsx", lambda: self.export("xlsx")),
                                 (self.tr("导出 CSV"), "export_csv", lambda: self.export("csv")),
                                 (self.tr("导出汇总 PDF"), "export_pdf", lambda: self.export("pdf"))):
            button = QPushButton(text, parent)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        return bar

    # ------------------------------------------------------------------ figures

    def update_years(self, *, prefer_latest: bool = False) -> None:
        from ...district.dashboard import submission_years

        submitted = submission_years(self.session.db)
        years = sorted(set(submitted) | set(PLAN_YEARS), reverse=True)
        if prefer_latest:
            self.year = max(submitted) if submitted else PLAN_YEARS[-1]
        self.year_combo.clear()
        for year in years:
            label = str(year) if year in submitted else self.tr("{year}（无报送）").format(year=year)
            self.year_combo.addItem(label, year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(self.year)))
        # as wide as its longest label plus the arrow (the size hint fell a few pixels short of "2024（无报送）")
        widest = max((self.year_combo.fontMetrics().horizontalAdvance(self.year_combo.itemText(i))
                      for i in range(self.year_combo.count())), default=0)
        self.year_combo.setMinimumWidth(max(90, self.year_combo.sizeHint().width(), widest + 44))

    def set_year(self, year: int) -> None:
        if year and year != self.year:
            self.year = int(year)
            self.refresh()

    def announce(self, *what: str) -> None:
        """A change made here on the UI thread (a quick write that needs no Op): every view over this database
        hears it through the hub, as after an Op."""
        from ..ops import Changed, changes

        if self.session is not None:
            changes.announce(Changed.district(*what, about=self.session.path))

    def _district_changed(self, changed: Any) -> None:
        """The hub says this database changed: new years may have figures now; the dashboard, the enterprise
        table, the held keys and the flags are rebuilt from one read (``refresh``)."""
        if self.session is None or str(changed.about) != str(self.session.path):
            return
        # after the first import an empty year on screen jumps to the newest year with submissions
        first = "packages" in changed and (self.board is None or self.board.submitted == 0)
        self.update_years(prefer_latest=first)
        self.refresh()

    def refresh(self) -> None:
        from ...district.dashboard import refresh

        if self.session is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # the figures and the table from one read of the database (what bench_district.py times); the key's
            # district: before the first import the database does not know it yet (quotas need it)
            self.board, rows = refresh(self.session.db, self.year, self.session.district)
            self.dashboard.show_dashboard(self.board)
            self.enterprises.set_rows(rows, self.year,
                                      reference=any(stat.reference_only for stat in self.board.benchmarks))
            self.held.refresh()
            flags = getattr(self.board, "flags", None) or []
            self.flags.set_flags(flags, self.year, roster=bool(self.board.roster_total))
        finally:
            QGuiApplication.restoreOverrideCursor()
        held = self.board.held_keys
        self.tabs.setTabText(self.tabs.indexOf(self.held), self.tr("待核准密钥（{n}）").replace("{n}", str(held))
                             if held else self.tr("待核准密钥"))
        self.tabs.setTabText(self.tabs.indexOf(self.enterprises),
                             self.tr("企业（{n}）").replace("{n}", str(self.enterprises.model.rowCount())))
        self.tabs.setTabText(self.tabs.indexOf(self.flags), self.tr("核查提示（{n}）").replace("{n}", str(len(flags)))
                             if flags else self.tr("核查提示"))
        district = shown(content(self.session.district), 60)
        key = self.tr("密钥编号 {key}").format(key=html.escape(shown(self.session.identity.key_id)))
        self.title.setText(self.tr("{district}　{key}").format(
            district=f"<span style='font-size:14pt'><b>{html.escape(district)}</b></span>",
            key=f"<span style='color:{MUTED}'>{key}</span>"))
        self.setWindowTitle(self.tr("{district} — 区县工作台 — 智改数转企业自评估").replace("{district}", district))
        self.statusBar().showMessage(self.tr("区县数据库：{path}").format(path=shown(self.session.path, None)))
        self.check_log(force=False)  # the dashboard was rebuilt: the log's state again (checked anew if it grew)
        self.refreshed.emit()

    def show_flags(self, kind: str = "") -> None:
        self.flags.select_kind(kind)
        self.tabs.setCurrentWidget(self.flags)

    def show_enterprise(self, uscc: str) -> bool:
        """From a 核查提示 row: the enterprise selected in the 企业 table."""
        self.tabs.setCurrentWidget(self.enterprises)
        found = self.enterprises.show_enterprise(uscc)
        if not found:
            self.statusBar().showMessage(self.tr("企业表中没有这家企业（{uscc}）").replace("{uscc}", shown(uscc)), 8000)
        return found

    # ------------------------------------------------------------------ import

    def start_import(self, paths: list[Path]) -> Any:
        from .import_dialog import ImportDialog

        if self.session is None:
            self.statusBar().showMessage(self.tr("请先打开区县数据库"))
            return None
        if self.import_dialog is not None and self.import_dialog.running:
            return self.import_dialog
        self.import_dialog = ImportDialog(self.session, paths, self)
        self.import_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.import_dialog.open()
        return self.import_dialog

    def choose_files(self) -> None:
        folder = str(self.settings.value(IMPORT_FOLDER_KEY, "") or Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择报告包"), folder,
                                                self.tr("报告包 (*.zgsz);;所有文件 (*)"))
        if paths:
            self.settings.setValue(IMPORT_FOLDER_KEY, str(Path(paths[0]).parent))
            self.start_import([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = str(self.settings.value(IMPORT_FOLDER_KEY, "") or Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("选择包含报告包的文件夹（含子文件夹）"), folder)
        if path:
            self.settings.setValue(IMPORT_FOLDER_KEY, path)
            self.start_import([Path(path)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.session is not None and mime.hasUrls() and any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # ------------------------------------------------------------------ roster, log, exports

    def choose_roster(self) -> None:
        folder = str(self.settings.value(ROSTER_FOLDER_KEY, "") or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入企业名单"), folder,
                                              self.tr("企业名单 (*.xlsx *.csv);;所有文件 (*)"))
        if path:
            self.settings.setValue(ROSTER_FOLDER_KEY, str(Path(path).parent))
            self.import_roster(Path(path))

    def import_roster(self, path: Path, *, confirm: bool = False) -> Any:
        """Read the roster file and replace the roster on a pool thread (a workbook of thousands of enterprises
        takes seconds); ``roster_imported`` says how many. Returns the running Op (None without a database)."""
        from ..ops import Changed, Op

        session = self.session
        if session is None:
            return None
        if self.roster_task is not None and self.roster_task.running:
            return self.roster_task

        def work(_progress: Any, _cancelled: Any) -> int:
            from ...district.roster import import_roster

            with session.worker_db() as db:
                return import_roster(db, path, session.identity, confirm=confirm)

        def done(count: int) -> None:
            self.statusBar().showMessage(self.tr("已导入名单：{n} 家企业").replace("{n}", str(count)), 10000)
            self.roster_imported.emit(count)

        def failed(exc: BaseException, details: str) -> None:
            from PySide6.QtWidgets import QMessageBox

            from ...district.roster import RosterNeedsConfirmation

            if isinstance(exc, RosterNeedsConfirmation):
                answer = QMessageBox.question(self, self.tr("替换企业名单？"), shown_lines(exc),
                                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                              QMessageBox.StandardButton.Cancel)
                if answer == QMessageBox.StandardButton.Yes:
                    self.import_roster(path, confirm=True)
            elif isinstance(exc, UserError):
                show_error(self, UserError(shown_lines(exc)))  # it may quote the file's cells
            else:
                show_error(self, exc, details)

        self.roster_task = Op(self, work, changes=Changed.district("roster", about=session.path)) \
            .with_progress(self.tr("正在导入企业名单…"), title=self.tr("导入企业名单"), cancellable=False,
                           busy=True) \
            .success(done).failure(failed).run()
        return self.roster_task

    def choose_policy(self) -> None:
        folder = str(self.settings.value(ROSTER_FOLDER_KEY, "") or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入市级政策版本"), folder,
                                              self.tr("政策版本文件 (*.zgszpolicy);;所有文件 (*)"))
        if path:
            self.import_policy(Path(path))

    def import_policy(self, path: Path, fingerprint: str | None = None) -> Any:
        """A signed edition from the city: the first one pins the city's key once the operator has typed the
        fingerprint from the city's letter (asked here, like a new enterprise key)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from ...district.policy_files import CityKeyNeedsConfirmation, PolicyAlreadyLoaded, load_policy_file

        try:
            edition = load_policy_file(self.session.db, path, self.session.identity, fingerprint=fingerprint)
        except CityKeyNeedsConfirmation as exc:
            typed, ok = QInputDialog.getText(
                self, self.tr("核对市级签发密钥"),
                shown_lines(exc) + "\n\n" + self.tr("密钥指纹是签发密钥的“身份证号”：您输入的来函上的指纹与文件一致，"
                                                    "才说明文件确实来自市工信局。"),
                QLineEdit.EchoMode.Normal, "")
            if not ok or not typed.strip():
                return None
            return self.import_policy(path, typed)
        except PolicyAlreadyLoaded as exc:
            self.statusBar().showMessage(shown(error_text(exc)), 15000)
            return None
        except UserError as exc:
            show_error(self, UserError(shown_lines(exc)))
            return None
        self.announce("policy")
        self.statusBar().showMessage(
            self.tr("已导入政策版本：{label} 第{version}版（{years}），这些年度的汇总从现在起按此版本统计")
            .replace("{label}", content(edition.label)).replace("{version}", edition.edition_version)
            .replace("{years}", edition.years_label), 15000)
        return edition

    def audit(self) -> Any:
        """Rebuild the database from its evidence and compare (background, cancellable); the result in
        :class:`~.audit_dialog.AuditResultDialog`."""
        from ..ops import Op

        session = self.session
        if session is None:
            return None
        if self.audit_task is not None and self.audit_task.running:
            return self.audit_task

        def work(progress: Any, cancelled: Any) -> Any:
            from ...district.audit import audit

            def step(done: int, total: int) -> None:
                progress(int(done * 100 / max(total, 1)), f"{done} / {total}")

            with session.worker_db() as db:
                return audit(db, session.identity, progress=step, cancel=cancelled)

        def done(report: Any) -> None:
            if self.session is not session:  # the window closed or opened another database meanwhile
                return
            self.show_audit(report)

        label = self.tr("正在用原始报告包和导入日志重新建立数据库并比对…")
        self.audit_task = Op(self, work).with_progress(
            label, title=self.tr("核查数据库"),
            step_text=lambda text: self.tr("正在用原始报告包和导入日志重新建立数据库并比对… {text}")
            .replace("{text}", str(text))).success(done).run()
        return self.audit_task

    def show_audit(self, report: Any) -> Any:
        from .audit_dialog import AuditResultDialog

        if self.audit_result is not None:
            self.audit_result.close()
        if report.log is not None and not report.cancelled and self.board is not None:
            self.log_check, self.log_check_key = report.log, (self.board.log_entries, self.board.log_head)
            self.dashboard.show_log_check(report.log)
        self.audit_result = AuditResultDialog(report, district=self.session.district, database=self.session.path,
                                              settings=self.settings, parent=self)
        self.audit_result.open()  # not exec(): the window stays usable behind it
        self.audited.emit(report)
        return self.audit_result

    def check_log(self, *, force: bool = True) -> Any:
        """Check the import log's chain and every district signature on a pool thread, and show the result on
        the dashboard (``log_checked``). Without ``force`` the last result is shown again when the log has
        not grown since. Returns the running Op, or None when nothing had to be checked."""
        from ..ops import Op

        session = self.session
        if session is None or self.board is None:
            return None
        key = (self.board.log_entries, self.board.log_head)
        if not force and self.log_check is not None and self.log_check_key == key:
            self.dashboard.show_log_check(self.log_check)
            return None
        if not force and self.log_task is not None and self.log_task.running and self.log_task_key == key:
            self.dashboard.show_log_checking()
            return self.log_task

        def work(_progress: Any, _cancelled: Any) -> Any:
            from ...district.db import check_log

            with session.worker_db() as db:
                return check_log(db, session.identity)

        op: Op[Any] = Op(self, work)
        op.success(lambda check: self._log_checked(op, key, session, check))
        op.failure(lambda exc, details: self._log_check_failed(op, exc, details))
        self.log_task, self.log_task_key = op, key
        self.dashboard.show_log_checking()
        return op.run()

    def _log_checked(self, task: Any, key: Any, session: Any, check: Any) -> None:
        if task is not self.log_task or self.session is not session:
            return  # a newer check was started, or the database closed
        self.log_check, self.log_check_key = check, key
        self.dashboard.show_log_check(check)
        self.log_checked.emit(check)

    def _log_check_failed(self, task: Any, exc: BaseException, details: str) -> None:
        if task is self.log_task and self.session is not None:
            show_error(self, exc, details)

    def export(self, kind: str) -> Any:
        if self.exporter is None:
            return None
        return self.exporter.choose_and_run(kind, self.year)

    # ------------------------------------------------------------------ menus

    def write_receipts(self) -> Any:
        """生成回执… (File menu): the enterprise page's button, shown on that page so its message is seen."""
        if self.session is None:
            return None
        self.tabs.setCurrentWidget(self.enterprises)
        return self.enterprises.receipts.choose_folder()

    def upward(self) -> Any:
        from .upward_exports import UpwardExports

        return UpwardExports(self.session, self, lambda text: self.statusBar().showMessage(text, 20000))

    def export_benchmark(self) -> Any:
        """The anonymised peer benchmark of the selected year, for the district's enterprises."""
        if self.session is None:
            return None
        self.upward_exports = self.upward()
        return self.upward_exports.benchmark(self.year)

    def export_summary_package(self) -> Any:
        """The district's signed summary of the selected year, for the city (audited first)."""
        if self.session is None:
            return None
        self.upward_exports = self.upward()
        return self.upward_exports.summary(self.year)

    def _menus(self) -> None:
        from ... import APP_NAME

        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        open_db = QAction(self.tr("打开区县数据库…"), self)
        open_db.setShortcut(QKeySequence.StandardKey.Open)
        open_db.triggered.connect(self.ask_open)
        file_menu.addAction(open_db)
        file_menu.addSeparator()
        for text, slot, shortcut in ((self.tr("导入报告包…"), self.choose_files, "Ctrl+I"),
                                     (self.tr("导入文件夹…"), self.choose_folder, ""),
                                     (self.tr("导入企业名单…"), self.choose_roster, ""),
                                     (self.tr("导入市级政策版本…"), self.choose_policy, ""),
                                     (None, None, ""),
                                     (self.tr("导出 Excel…"), lambda: self.export("xlsx"), ""),
                                     (self.tr("导出 CSV…"), lambda: self.export("csv"), ""),
                                     (self.tr("导出汇总 PDF…"), lambda: self.export("pdf"), ""),
                                     (None, None, ""),
                                     (self.tr("生成回执…"), self.write_receipts, ""),
                                     (self.tr("导出对标文件（发给企业）…"), self.export_benchmark, ""),
                                     (self.tr("导出区县汇总包（报市工信局）…"), self.export_summary_package, "")):
            if text is None:
                file_menu.addSeparator()
                continue
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            file_menu.addAction(action)
            self.session_actions.append(action)
        file_menu.addSeparator()
        self.language_menu = file_menu.addMenu(self.tr("界面语言"))
        self.language_menu.setObjectName("language_menu")
        self.language_actions: dict[str, QAction] = {}
        languages = QActionGroup(self)
        for code, name in i18n.available_languages().items():  # each language in its own name, never translated
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked=False, code=code: self.change_language(code))
            languages.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.switch_action = QAction(self.tr("切换到企业端…"), self)
        self.switch_action.setObjectName("switch_role")
        self.switch_action.triggered.connect(self.switch_role)
        file_menu.addAction(self.switch_action)
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        refresh = QAction(self.tr("刷新"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)
        self.session_actions.append(refresh)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于 {app}").replace("{app}", tr(APP_NAME)), self)  # the name as app.py shows it
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _enable_session_actions(self, enabled: bool) -> None:
        for action in self.session_actions:
            action.setEnabled(enabled)

    def change_language(self, language: str) -> Any:
        """Show the interface in ``language`` (kept for the next start): a new window in that language replaces
        this one, and the open database is handed over with its unlocked key — no passphrase asked again, the
        same year and tab. Not while an import, an export or an audit runs (their results belong to this
        window)."""
        from ..app import DISTRICT, reopen_in_language

        if language == i18n.current_language():
            return None
        busy = [task for task in (self.import_dialog, self.exporter, self.audit_task, self.roster_task)
                if task is not None]
        if any(task.running for task in busy):
            current = self.language_actions.get(i18n.current_language())
            if current is not None:
                current.setChecked(True)
            self.statusBar().showMessage(self.tr("正在导入、导出或核查：完成后再切换界面语言"), 10000)
            return None
        self.settings.setValue(i18n.LANGUAGE_KEY, language)
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())  # the new window opens where this one is
        session, self.session = self.session, None  # closing this window must not close the database
        year = self.year
        tab = self.tabs.currentIndex() if session is not None else 0
        window = reopen_in_language(self, DISTRICT, language)
        if session is not None:
            window.set_session(session)
            if year != window.year and window.year_combo.findData(year) >= 0:
                window.year_combo.setCurrentIndex(window.year_combo.findData(year))
                window.set_year(year)
            window.tabs.setCurrentIndex(tab)
        return window

    def switch_role(self) -> Any:
        from ..app import switch_role

        return switch_role(self, "enterprise")

    def about(self) -> None:
        from ..dialogs import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_dialog is not None and self.import_dialog.running:
            self.import_dialog.reject()  # cancel; the window closes once the current file is done
            event.ignore()
            QTimer.singleShot(300, self.close)
            return
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.session is not None:
            self.session.close()
            self.session = None
        super().closeEvent(event)

