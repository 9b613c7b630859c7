"""Export: choose the district's recipient file (remembered), give or create the key passphrase, then
build the PDF and the package in the background with progress and cancel, and show the result.

Recipient files shipped with the app (``build_installer.py --recipient``) are offered too: the one for the
enterprise's district is filled in when nothing was remembered, and several appear in a list to choose from.
A file chosen by hand works as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..package.export import ExportCancelled, ExportResult, check_exportable, ensure_signing_key, export_assessment
from ..package.keys import MIN_PASSPHRASE, load_recipient
from ..recipients import BundledRecipient, bundled_recipients, preferred_recipient
from .errors import show_error
from .tasks import Task

RECIPIENT_KEY = "export/recipient"
FOLDER_KEY = "export/folder"


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(self, workspace: Any, assessment_id: int, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.assessment_id = assessment_id
        self.settings = settings
        self.task: Task | None = None
        self.result: ExportResult | None = None
        assessment = workspace.assessment(assessment_id)
        questionnaire = workspace.questionnaire_for(assessment)
        self.setWindowTitle(self.tr("导出报告包 — {what}").replace(
            "{what}", f"{questionnaire.short_title} {assessment.period}"))
        self.setMinimumWidth(600)
        self.creating_key = workspace.signing_key() is None

        profile = workspace.profile()
        district = profile.district if profile is not None else None
        # the enterprise's own district first: with several bundled, the likely choice is at the top
        self.bundled: list[BundledRecipient] = sorted(bundled_recipients(), key=lambda r: r.district != district)
        remembered = str(settings.value(RECIPIENT_KEY, "") or "")
        if not remembered or not Path(remembered).is_file():  # nothing remembered, or the file has gone
            preferred = preferred_recipient(self.bundled, district)
            if preferred is not None:
                remembered = str(preferred.path)
        self.recipient = QLineEdit(remembered, self)
        self.recipient.setPlaceholderText(self.tr("所属地区工信部门提供的接收方文件（.zgszkey）"))
        self.bundled_choice = QComboBox(self)
        self.bundled_choice.setObjectName("bundledRecipients")
        self.bundled_choice.addItem(self.tr("其他接收方文件（点击“选择…”）"), "")
        for item in self.bundled:
            self.bundled_choice.addItem(self.tr("{district}工信部门（密钥编号 {key}）")
                                        .replace("{district}", item.district).replace("{key}", item.key_id),
                                        str(item.path))
        self.bundled_choice.activated.connect(self.choose_bundled)
        browse = QPushButton(self.tr("选择…"), self)
        browse.clicked.connect(self.choose_recipient)
        row = QHBoxLayout()
        row.addWidget(self.recipient, 1)
        row.addWidget(browse)
        self.recipient_info = QLabel(self)
        self.recipient_info.setStyleSheet("color: #5f6b7a;")
        self.recipient_info.setWordWrap(True)
        self.folder = QLineEdit(str(settings.value(FOLDER_KEY, str(Path.home())) or Path.home()), self)
        folder_button = QPushButton(self.tr("选择…"), self)
        folder_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(folder_button)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("confirm")

        form = QFormLayout()
        if len(self.bundled) > 1:  # one is simply filled in; several are a choice
            form.addRow(self.tr("随软件提供的接收方"), self.bundled_choice)
        else:
            self.bundled_choice.hide()
        form.addRow(self.tr("接收方文件"), row)
        form.addRow("", self.recipient_info)
        form.addRow(self.tr("保存到文件夹"), folder_row)
        if self.creating_key:
            intro = QLabel(self.tr("首次导出：将为本企业创建签名密钥（保存在本机工作区中）。请设置密钥密码并牢记，"
                                   "以后每次导出都需要输入；忘记密码将无法用同一密钥签名。"), self)
            intro.setWordWrap(True)
            form.addRow(intro)
            form.addRow(self.tr("设置密钥密码"), self.passphrase)
            form.addRow(self.tr("再输入一次"), self.confirm)
        else:
            form.addRow(self.tr("密钥密码"), self.passphrase)
            self.confirm.hide()
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("导出"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.recipient.textChanged.connect(self.describe_recipient)
        self.describe_recipient()

    def choose_recipient(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择接收方文件"), self.recipient.text(),
                                              self.tr("接收方文件 (*.zgszkey);;所有文件 (*)"))
        if path:
            self.recipient.setText(path)

    def choose_bundled(self, index: int) -> None:
        path = self.bundled_choice.itemData(index)
        if path:
            self.recipient.setText(path)

    def bundled_for(self, text: str) -> BundledRecipient | None:
        """The bundled recipient whose file is ``text``, if it is one."""
        if not text:
            return None
        try:
            chosen = Path(text).resolve()
        except (OSError, RuntimeError):
            return None
        return next((item for item in self.bundled if item.path.resolve() == chosen), None)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("保存到文件夹"), self.folder.text())
        if path:
            self.folder.setText(path)

    def describe_recipient(self) -> None:
        self.message.setText("") if hasattr(self, "message") else None
        text = self.recipient.text().strip()
        bundled = self.bundled_for(text)
        self.bundled_choice.setCurrentIndex(self.bundled.index(bundled) + 1 if bundled else 0)
        if not text:
            self.recipient_info.setText("")
            return
        try:
            recipient = load_recipient(Path(text))
        except UserError as exc:
            self.recipient_info.setText(str(exc))
            return
        info = (self.tr("{district}工信部门，密钥编号 {key}（可与区县公布的编号核对）")
                .replace("{district}", recipient.district).replace("{key}", recipient.key_id))
        if bundled is not None:
            info += self.tr("；随软件提供")
        self.recipient_info.setText(info)

    def check(self) -> tuple[Any, str] | None:
        try:
            recipient = load_recipient(Path(self.recipient.text().strip()))
            check_exportable(self.workspace, self.assessment_id, recipient)
        except UserError as exc:
            self.message.setText(str(exc))
            return None
        passphrase = self.passphrase.text()
        if self.creating_key:
            if len(passphrase) < MIN_PASSPHRASE:
                self.message.setText(self.tr("密码至少需要 {n} 个字符").replace("{n}", str(MIN_PASSPHRASE)))
                return None
            if passphrase != self.confirm.text():
                self.message.setText(self.tr("两次输入的密码不一致"))
                return None
        elif not passphrase:
            self.message.setText(self.tr("请输入密钥密码"))
            return None
        return recipient, passphrase

    def start(self) -> None:
        checked = self.check()
        if checked is None:
            return
        recipient, passphrase = checked
        self.message.setText("")
        self.settings.setValue(RECIPIENT_KEY, self.recipient.text().strip())
        self.settings.setValue(FOLDER_KEY, self.folder.text().strip())
        if self.creating_key:
            try:
                ensure_signing_key(self.workspace, passphrase)
            except UserError as exc:
                self.message.setText(str(exc))
                return
            self.creating_key = False
        directory = self.workspace.directory
        assessment_id = self.assessment_id
        folder = Path(self.folder.text().strip() or Path.home())

        def work(progress: Any, cancelled: Any) -> ExportResult:
            from ..package.export import default_file_stem
            from ..workspace import Workspace

            # A connection of its own on this thread; the window's stays free for the user.
            with Workspace.open(directory, create=False) as workspace:
                assessment = workspace.assessment(assessment_id)
                profile = workspace.profile()
                questionnaire = workspace.questionnaire_for(assessment)
                stem = default_file_stem(profile.name, assessment.period, questionnaire.short_title,
                                         workspace.next_export_sequence())
                return export_assessment(workspace, assessment_id, recipient, passphrase, folder / stem,
                                         progress=progress, cancelled=cancelled)

        self.progress = QProgressDialog(self.tr("正在导出…"), self.tr("取消"), 0, 100, self)
        self.progress.setWindowTitle(self.tr("导出报告包"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(600)  # quick work does not flash a window
        self.task = Task(work)
        self.task.signals.progress.connect(self.on_progress)
        self.task.signals.finished.connect(self.on_finished)
        self.task.signals.failed.connect(self.on_failed)
        self.progress.canceled.connect(self.task.cancel)
        self.ok.setEnabled(False)
        self.task.start()

    def on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.progress.setLabelText(text)

    def reject(self) -> None:
        """取消 or Esc while exporting cancels the export (nothing is written if it was not too late)."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.message.setText(self.tr("正在取消…"))
            self._closing = True
            return
        super().reject()

    def on_failed(self, exc: BaseException, details: str) -> None:
        self.progress.reset()
        self.ok.setEnabled(True)
        if isinstance(exc, ExportCancelled):
            self.message.setText(str(exc))
            if getattr(self, "_closing", False):
                super().reject()
            return
        if isinstance(exc, UserError):
            self.message.setText(str(exc))
            return
        show_error(self, exc, details)

    def on_finished(self, result: ExportResult) -> None:
        self.progress.reset()
        self.result = result
        self.accept()
        self.result_dialog = ResultDialog(result, self.parentWidget())
        self.result_dialog.open()  # not exec(): the window stays responsive behind it
        self.exported.emit(result)


class ResultDialog(QMessageBox):
    """The file, its key fingerprint and verification code; open the folder or the PDF."""

    def __init__(self, result: ExportResult, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出完成"))
        self.setIcon(QMessageBox.Icon.Information)
        self.setText(self.tr("报告包已生成。请打印 PDF 报告，签字盖章后与报告包一并报送所属地区工信部门。"))
        self.setInformativeText(
            f"{self.tr('报告包')}：{result.package_path}\n"
            f"{self.tr('报告 PDF')}：{result.pdf_path}\n"
            f"{self.tr('企业密钥指纹')}：{result.key_id}\n"
            f"{self.tr('校验码')}：{result.verification_code}（{self.tr('已印在 PDF 签字页')}）")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder = self.addButton(self.tr("打开文件夹"), QMessageBox.ButtonRole.ActionRole)
        pdf = self.addButton(self.tr("打开 PDF"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.package_path.parent))))
        if result.pdf_path:
            pdf.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.pdf_path))))

