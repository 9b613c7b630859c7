"""The main window: a stack of pages (first run, guide, home, questionnaire, check, results) over one workspace.

It appears first and opens the workspace right after its first paint (so it is on screen as soon as an empty
window would be); the home page then paints from a small query (``HomePage``); heavy libraries load when a page
needs them (matplotlib with the results, reportlab with an export). Nothing here imports more of Qt than the
window itself needs before it is shown, and nothing touches PySide6's ``Qt`` namespace before the home page has
painted: building it (~120 enums made Python enums) costs ~20 ms, as much as the whole home page.

A page that could lose something when it goes (the questionnaire page with red input it could not save) has
``confirm_leave(parent) -> bool``: the window asks it before closing and before replacing it on its own
(menu 首页, restore, switching role or workspace). Navigation the page asks for itself (its ← 返回首页,
检查, 结果 signals) is the page's to confirm before it emits, so the user is never asked twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

from .. import APP_NAME
from . import i18n
from .i18n import error_text, tr

WORKSPACE_KEY = "workspace/path"
GEOMETRY_KEY = "ui/geometry"
LOAD_WITHOUT_PAINT_MS = 250  # a window that gets no paint event (e.g. started minimised) opens its workspace anyway
SHORTCUTS_AFTER_MS = 50  # after the home page's first paint (the page is painted first: its paint is already queued)


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, workspace_dir: Path | None = None):
        super().__init__()
        self.settings = settings or QSettings()
        self.workspace_dir = workspace_dir
        self.workspace: Any = None
        self.setWindowTitle(self.tr("智改数转企业自评估"))
        self.resize(1120, 760)
        geometry = self.settings.value(GEOMETRY_KEY)
        if type(geometry).__name__ == "QByteArray":  # what saveGeometry() stored (the class not imported for it)
            self.restoreGeometry(geometry)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.stack.addWidget(QWidget(self))  # blank until the workspace is open, a few ms after the first paint
        self.statusBar()  # laid out with the window, so that the workspace's path shows with the home page
        self._menus()
        self._loaded_once = False
        self.settled = False  # the first home page painted, and what waited for it done (_after_first_paint)
        self._leave_confirmed = False  # the current page may go without asking (asked already, or its own wish)
        self.open_after_load: str | None = None  # a file to open once the workspace is loaded (app.main)
        # no forwarding of ops.changes: every page that shows workspace data subscribes to it itself

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            QTimer.singleShot(LOAD_WITHOUT_PAINT_MS, self, self._load_once)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self._loaded_once:
            # Open the workspace once the window has painted: it appears as fast as an empty window, and the
            # home page follows as soon as the event loop turns.
            QTimer.singleShot(0, self, self._load_once)

    def _load_once(self) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            self.load()
            QTimer.singleShot(SHORTCUTS_AFTER_MS, self, self._after_first_paint)
            if self.open_after_load:  # a returned answers file given on the command line
                QTimer.singleShot(0, self, lambda: self.import_return_file(self.open_after_load))

    def _after_first_paint(self) -> None:
        """What the first home page need not wait for (issue #16): the menus' keyboard shortcuts (setting the
        first one builds PySide6's ``Qt`` namespace, ~20 ms, which later pages need anyway) and the status bar's
        warning about a shared folder (on Windows it asks the drive's type through ctypes)."""
        from PySide6.QtGui import QKeySequence

        for action, key in self._shortcuts:
            action.setShortcut(QKeySequence(getattr(QKeySequence.StandardKey, key, key)))
        if self.workspace is not None:
            from .shared_folder_note import show_in_status_bar

            show_in_status_bar(self, self.workspace.directory)
        self.settled = True

    # ------------------------------------------------------------------ workspace

    def resolved_workspace_dir(self) -> Path:
        from ..workspace import resolve_workspace_dir

        if self.workspace_dir is not None:
            return self.workspace_dir
        stored = self.settings.value(WORKSPACE_KEY)
        return resolve_workspace_dir(str(stored) if stored else None)

    def load(self) -> None:
        from ..errors import UserError
        from ..workspace import Workspace
        from .errors import show_error

        if self.workspace is not None:
            self._remember_overviews()
            self.workspace.close()
            self.workspace = None
        try:
            self.workspace = Workspace.open(self.resolved_workspace_dir())
        except UserError as exc:
            show_error(self, exc)
            self._show(QLabel(error_text(exc), self))
            return
        self.statusBar().showMessage(self.tr("工作区：{path}").format(path=self.workspace.directory))
        if self.settled:  # on the first load, once the home page is painted
            from .shared_folder_note import show_in_status_bar

            show_in_status_bar(self, self.workspace.directory)
        if self.workspace.profile() is None:
            self.show_first_run()
        else:
            self.show_home()

    def may_leave(self) -> bool:
        """Whether the current page may go: a page that could lose input asks the user (``confirm_leave``)."""
        if self._leave_confirmed:
            return True
        page: Any = self.stack.currentWidget()  # one of the pages, each with its own hooks
        if hasattr(page, "confirm_leave"):
            return bool(page.confirm_leave(self))
        return True

    def _confirmed(self, go: Any) -> Any:
        """``go`` with the current page's leave already settled: for what the page itself asked for, and for
        navigation the window confirmed before it started."""

        def run(*args: Any) -> Any:
            self._leave_confirmed = True
            try:
                return go(*args)
            finally:
                self._leave_confirmed = False

        return run

    def go_home(self) -> None:
        """Menu 首页: the current page is asked first (before the home page is built)."""
        if self.workspace is None or self.workspace.profile() is None or not self.may_leave():
            return
        self._confirmed(self.show_home)()

    def _show(self, page: QWidget) -> None:
        old: Any = self.stack.currentWidget()
        if old is not page and not self.may_leave():  # a caller that did not ask first: the new page goes
            if hasattr(page, "close_page"):
                page.close_page()
            page.deleteLater()
            return
        if hasattr(old, "close_page"):
            old.close_page()  # what was typed but not confirmed is saved before the page goes
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if old is not None and old is not page:
            self.stack.removeWidget(old)
            old.deleteLater()

    # ------------------------------------------------------------------ pages

    def show_first_run(self) -> None:
        from .app import ENTERPRISE, ROLE_KEY
        from .first_run import FirstRun

        page = FirstRun(self.workspace, self)
        page.done.connect(self.after_profile)
        page.roles.enterprise.connect(lambda: self.settings.setValue(ROLE_KEY, ENTERPRISE))
        page.roles.district.connect(self.switch_to_district)
        self._show(page)

    def after_profile(self) -> None:
        """First use: the guide once (what a submission is, the four steps), then home."""
        from .guide import GuidePage, guide_seen

        if guide_seen(self.settings):
            self.show_home()
            return
        page = GuidePage(self.settings, self)
        page.done.connect(self.show_home)
        self._show(page)

    def show_home(self) -> None:
        from .home_page import HomePage

        if self.workspace is None:  # e.g. an export finishing after the window closed
            return
        page = HomePage(self.workspace, self, settings=self.settings)
        page.open_questionnaire.connect(self.show_questionnaire)
        page.open_check.connect(self.show_check)
        page.open_results.connect(self.show_results)
        page.export_submission.connect(self.export)
        page.open_flags.connect(self.show_flags)
        page.edit_profile.connect(self.edit_profile)
        self._show(page)

    def edit_profile(self) -> None:
        from .first_run import ProfilePage

        page = ProfilePage(self.workspace, self, editing=True)
        page.saved.connect(self.show_home)
        page.cancelled.connect(self.show_home)
        self._show(page)

    def _page(self, make: Any) -> Any:
        """Build a page; a refusal (a period deleted in another window…) is shown and home stays."""
        from ..errors import UserError
        from .errors import show_error

        try:
            return make()
        except UserError as exc:
            show_error(self, exc)
            return None

    def show_questionnaire(self, period: str, focus: tuple[str, str] | None = None) -> None:
        from .questionnaire_page import QuestionnairePage

        # the page adds the questionnaires a period started before they were asked for (ensure_parts)
        page = self._page(lambda: QuestionnairePage(self.workspace, period, self, focus=focus))
        if page is None:
            return
        # the page confirms its own navigation before it emits (confirm_leave): not asked again here
        page.back.connect(self._confirmed(self.show_home))
        page.check.connect(self._confirmed(lambda: self.show_check(period)))
        page.results.connect(self._confirmed(lambda: self.show_results(period)))
        self._show(page)

    def show_flags(self, period: str) -> None:
        """The questionnaire, at the first question the district asked to change (回执, 退回修改)."""
        self.show_questionnaire(period)
        page: Any = self.stack.currentWidget()
        if hasattr(page, "next_flag"):
            page.next_flag()

    def show_check(self, period: str) -> None:
        from .check_page import CheckPage

        page = self._page(lambda: CheckPage(self.workspace, period, self))
        if page is None:
            return
        page.back.connect(self.show_home)
        page.open_question.connect(lambda qid, question: self.show_questionnaire(period, focus=(qid, question)))
        page.export.connect(lambda: self.export(period))
        self._show(page)

    def show_results(self, period: str) -> None:
        from .results_page import ResultsPage

        page = self._page(lambda: ResultsPage(self.workspace, period, self))
        if page is None:
            return
        page.back.connect(self.show_home)
        page.edit.connect(lambda: self.show_questionnaire(period))
        page.export.connect(lambda: self.export(period))
        page.open_question.connect(lambda qid, question: self.show_questionnaire(period, focus=(qid, question)))
        self._show(page)

    def export(self, period: str) -> Any:
        """The export dialog (not modal to the app: it opens over the window). A submission that is not
        ready shows what is missing there, with the way to the check page."""
        from .export_dialog import ExportDialog

        dialog = self._page(lambda: ExportDialog(self.workspace, period, self.settings, self))
        if dialog is None:
            return None
        previous = getattr(self, "_export_dialog", None)
        if previous is not None and not (previous.task is not None and previous.task.running):
            previous.deleteLater()  # one export dialog at a time is kept (an export still running keeps its own)
        self._export_dialog = dialog
        dialog.exported.connect(lambda _result: self.show_home())
        dialog.open_check.connect(lambda: self.show_check(period))
        dialog.open()
        return dialog

    def show_guide(self) -> Any:
        from PySide6.QtCore import Qt

        from .guide import GuideDialog

        dialog = GuideDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ menus

    def _action(self, text: str) -> QAction:
        """A menu action. Made as ``QAction(parent)`` and given its text after: ``QAction(text, parent)`` makes PySide6
        consider the constructor that takes an icon, which builds QIcon's Python enums (~2 ms of the start, #16)."""
        action = QAction(self)
        action.setText(text)
        return action

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        # set after the first paint (_after_first_paint): a QKeySequence.StandardKey's name or a sequence ("Ctrl+H")
        self._shortcuts: list[tuple[QAction, str]] = []
        home = self._action(self.tr("首页"))
        home.triggered.connect(self.go_home)
        self._shortcuts.append((home, "Ctrl+H"))
        file_menu.addAction(home)
        backup = self._action(self.tr("备份工作区…"))
        backup.triggered.connect(self.backup)
        file_menu.addAction(backup)
        restore = self._action(self.tr("从备份恢复…"))
        restore.triggered.connect(self.restore)
        file_menu.addAction(restore)
        file_menu.addSeparator()
        # 分工填报 (docs/team-filling.md): a colleague opens the module file; the manager imports what comes back
        open_fill = self._action(self.tr("打开同事发来的分工文件…"))
        open_fill.setObjectName("open_handoff")
        open_fill.setToolTip(self.tr("同事发来的 .zgszfill 文件：只填其中几个模块，填好后交回答卷"))
        open_fill.triggered.connect(lambda: self.open_handoff_file())
        file_menu.addAction(open_fill)
        merge = self._action(self.tr("导入同事交回的答卷…"))
        merge.setObjectName("import_return")
        merge.triggered.connect(lambda: self.import_return_file())
        file_menu.addAction(merge)
        file_menu.addSeparator()
        # 回执 (issue #17): the district's answer to a package — 已受理, or 退回修改 with the questions to change
        receipt = self._action(self.tr("导入区县回执…"))
        receipt.setObjectName("import_receipt")
        receipt.setToolTip(self.tr("区县工信部门发回的 .zgszreceipt 文件：受理结果和需要修改之处"))
        receipt.triggered.connect(lambda: self.import_receipt())
        file_menu.addAction(receipt)
        file_menu.addSeparator()
        switch = self._action(self.tr("切换到区县工作台…"))
        switch.setObjectName("switch_role")
        switch.triggered.connect(self.switch_to_district)
        file_menu.addAction(switch)
        quit_action = self._action(self.tr("退出"))
        quit_action.triggered.connect(self.close)
        self._shortcuts.append((quit_action, "Quit"))
        file_menu.addAction(quit_action)
        settings = self.menuBar().addMenu(self.tr("设置(&S)"))
        open_settings = self._action(self.tr("设置…"))
        open_settings.triggered.connect(self.open_settings)
        settings.addAction(open_settings)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        guide = self._action(self.tr("使用指南"))
        guide.setObjectName("guide")
        guide.triggered.connect(self.show_guide)
        self._shortcuts.append((guide, "HelpContents"))
        help_menu.addAction(guide)
        about = self._action(self.tr("关于 {app}").format(app=tr(APP_NAME)))
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def open_handoff_file(self, path: str | None = None) -> Any:
        """A colleague's side of 分工填报: the module file opens in its own window (a private copy of the answers)."""
        from PySide6.QtWidgets import QFileDialog

        from .colleague_window import open_handoff_file

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("打开同事发来的分工文件"), str(Path.home()),
                                                  self.tr("分工文件 (*.zgszfill);;所有文件 (*)"))
        if not path:
            return None
        self.colleague_window = open_handoff_file(path, self)
        return self.colleague_window

    def import_return_file(self, path: str | None = None) -> Any:
        """The manager's side: check a returned answers file and show the merge (conflicts side by side); what it
        wrote is said on the questionnaire page when it is shown, in the status bar otherwise."""
        if self.workspace is None:
            return None
        page: Any = self.stack.currentWidget()  # one of the pages, each with its own hooks
        if hasattr(page, "import_return"):
            return page.import_return(path)
        if hasattr(page, "flush"):
            page.flush()
        from .handoff_dialogs import open_merge

        self.merge_dialog = open_merge(self, self.workspace, path, self.statusBar().showMessage)
        return self.merge_dialog

    def import_receipt(self, path: str | None = None) -> Any:
        """导入区县回执: the dialog (the file is asked for there, or ``path`` is checked at once); 去修改 opens the
        questionnaire on the district's first point. The home page follows by itself (ops.changes)."""
        if self.workspace is None:
            return None
        from .receipt_dialog import ReceiptDialog

        page: Any = self.stack.currentWidget()
        if hasattr(page, "flush"):
            page.flush()  # an answer being typed is saved before the questionnaire page may be replaced
        dialog = ReceiptDialog(self.workspace, self.settings, self)
        dialog.fix.connect(self.show_flags)  # _show asks the current page before it goes
        self.receipt_dialog = dialog
        dialog.open()
        if path:
            dialog.choose_file(path)
        return dialog

    def switch_to_district(self) -> Any:
        """Open the district workstation instead (remembered for the next start)."""
        from .app import DISTRICT, switch_role

        if not self.may_leave():
            return None
        return self._confirmed(switch_role)(self, DISTRICT)  # closing this window asks no more

    def backup(self, path: str | None = None) -> Any:
        """Write the whole workspace to one file on a pool thread (a workspace with evidence files is tens of
        MB). Returns the running Op."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from .ops import Op

        if self.workspace is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("备份工作区"),
                                                  str(Path.home() / self.tr("工作区备份.zgszbak")),
                                                  self.tr("工作区备份 (*.zgszbak)"))
        if not path:
            return None
        directory, target = self.workspace.directory, Path(path)

        def work(_progress: Any, _cancelled: Any) -> Any:
            from ..workspace import Workspace, create_backup

            with Workspace.open(directory, create=False) as workspace:  # a connection of its own
                return create_backup(workspace, target)

        def done(info: Any) -> None:
            self.backup_box = QMessageBox(QMessageBox.Icon.Information, self.tr("已备份"),
                                          self.tr("已备份到：{path}").format(path=info.path),
                                          QMessageBox.StandardButton.Ok, self)
            self.backup_box.open()  # not exec(): the window stays responsive behind it

        self.backup_task = Op(self, work).with_progress(self.tr("正在备份工作区…"), title=self.tr("备份工作区"),
                                                        cancellable=False, busy=True).success(done).run()
        return self.backup_task

    def restore(self, path: str | None = None, *, confirmed: bool = False) -> Any:
        """Replace the workspace with a backup on a pool thread (the current one is kept in the backups
        folder first); the window shows a waiting page meanwhile and opens the workspace again after."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from .ops import Changed, Op

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("从备份恢复"), str(Path.home()),
                                                  self.tr("工作区备份 (*.zgszbak)"))
        if not path:
            return None
        if not confirmed:
            answer = QMessageBox.question(self, self.tr("从备份恢复"), self.tr(
                "恢复将用备份替换当前工作区（当前工作区会先另存到 backups 文件夹）。继续吗？"))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        if self.workspace is None or not self.may_leave():
            return None
        directory, source = self.workspace.directory, Path(path)
        self._confirmed(self._show)(QLabel(self.tr("正在从备份恢复…"), self))  # nothing to click on meanwhile
        self.workspace.close()
        self.workspace = None

        def work(_progress: Any, _cancelled: Any) -> Any:
            from ..workspace import restore_backup

            return restore_backup(source, directory, replace=True)

        # load() again either way: the backup, or the untouched workspace when the restore was refused
        self.restore_task = Op(self, work, changes=Changed.workspace("restore", about=directory)) \
            .with_progress(self.tr("正在从备份恢复…"), title=self.tr("从备份恢复"), cancellable=False, busy=True) \
            .success(lambda _info: self._confirmed(self.load)()) \
            .failure(self._restore_failed).run()
        return self.restore_task

    def _restore_failed(self, exc: BaseException, details: str) -> None:
        from .errors import show_error

        show_error(self, exc, details)
        self._confirmed(self.load)()

    def open_settings(self) -> None:
        from .dialogs import SettingsDialog

        dialog = SettingsDialog(self.workspace, self.settings, self)
        dialog.workspace_changed.connect(self.change_workspace)
        chosen: list[str] = []
        dialog.language_changed.connect(chosen.append)
        dialog.exec()
        if chosen and str(dialog.language.currentData()) != i18n.current_language():
            self.change_language(str(dialog.language.currentData()))  # the choice at closing, not an earlier one

    def change_language(self, language: str) -> Any:
        """Show the interface in ``language`` now: a new window in that language replaces this one (every answer
        is already saved; the current page is asked first, as when leaving it)."""
        from .app import ENTERPRISE, reopen_in_language

        if not self.may_leave():  # input not yet saved (shown in red) is the user's to keep or drop
            self.statusBar().showMessage(self.tr("界面语言将在下次启动时切换"))
            return None
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())  # the new window opens where this one is
        return self._confirmed(reopen_in_language)(self, ENTERPRISE, language)

    def change_workspace(self, path: str) -> None:
        """Open the workspace chosen in 设置 (stored there for the next start); the current page is asked first."""
        if not self.may_leave():
            self.statusBar().showMessage(self.tr("新的工作区将在下次启动时打开：{path}").format(path=path))
            return
        self.workspace_dir = Path(path)
        self._confirmed(self.load)()

    def about(self) -> None:
        from .dialogs import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_leave():  # e.g. red input the questionnaire page could not save: the user stays
            event.ignore()
            return
        self._loaded_once = True  # a workspace not opened yet is not opened any more
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        page: Any = self.stack.currentWidget()  # one of the pages, each with its own hooks
        if hasattr(page, "close_page"):
            page.close_page()  # a number typed but not yet confirmed is saved too
        if self.workspace is not None:
            self._remember_overviews()
            self.workspace.close()
            self.workspace = None
        super().closeEvent(event)

    def _remember_overviews(self) -> None:
        """The next start paints its home page from the overview cache: bring it up to date (answers saved on
        the questionnaire page changed it). Best effort: closing never fails for it."""
        import sqlite3

        from ..errors import UserError

        try:
            if self.workspace.profile() is not None:
                self.workspace.remember_overviews()
        except (UserError, sqlite3.Error, OSError):
            pass
