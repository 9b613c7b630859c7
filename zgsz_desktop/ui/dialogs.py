"""Settings (workspace location, keys, language) and About (version, licences); and the new signing key for a
forgotten passphrase (:class:`NewKeyDialog`, with the one explanation the export dialog shows too)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..errors import UserError
from ..locate import resource
from . import i18n
from .errors import show_error
from .guide import primary
from .i18n import error_text

if TYPE_CHECKING:
    from .ops import Op

WORKSPACE_KEY = "workspace/path"
BAD, MUTED = "#b3261e", "#5f6b7a"


def at_least(dialog: QWidget, width: int) -> None:
    """A minimum width for ``dialog`` that still grows with its layout: an explicit minimum alone would keep the
    layout from widening the dialog for a longer language, and squeeze its buttons and labels."""
    layout = dialog.layout()
    if layout is None:  # nothing laid out yet: only the width asked for
        dialog.setMinimumWidth(width)
        return
    dialog.setMinimumWidth(max(width, layout.minimumSize().width()))
    if layout.hasHeightForWidth():  # wrapped text: as high as it needs at that width (Qt sizes it for a wider one)
        dialog.setMinimumHeight(max(dialog.minimumHeight(), layout.heightForWidth(dialog.minimumWidth())))


def new_key_explanation() -> str:
    """What creating a new signing key means, in plain words (the settings and the export dialog say the same)."""
    return QApplication.translate(
        "NewKey",
        "忘记了密钥密码，原来的密钥就无法再用：只能在本机为本企业创建一把新的签名密钥，原密钥从此作废。"
        "区县工信部门登记的是原密钥，所以收到用新密钥签名的报告包后会先暂缓接收，"
        "直到核对了您盖章的纸质报告（签名页上的“密钥指纹”和“核验码”）；核对无误后，"
        "这个报告包即作为最新版本被接受。请务必把盖章的纸质报告一并交给区县。")


class NewKeyDialog(QDialog):
    """更换密钥（忘记密码时）: the explanation, the new passphrase twice, then the new key replaces the old one
    (``replace_signing_key`` in the core). Opened with ``open()``; ``key`` is the new key once accepted."""

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        from ..keys import MIN_PASSPHRASE

        super().__init__(parent)
        self.workspace = workspace
        self.key: Any = None
        self.task: Op[Any] | None = None
        self.setWindowTitle(self.tr("更换企业签名密钥"))
        layout = QVBoxLayout(self)
        explanation = QLabel(new_key_explanation(), self)
        explanation.setObjectName("explanation")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("设置新的密钥密码"), self.passphrase)
        form.addRow(self.tr("再输入一次"), self.confirm)
        hint = QLabel(self.tr("至少 {n} 个字符，以后每次导出都要输入。").format(n=MIN_PASSPHRASE), self)
        hint.setStyleSheet(f"color: {MUTED};")
        form.addRow("", hint)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet(f"color: {BAD};")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok = primary(buttons.addButton(self.tr("创建新密钥"), QDialogButtonBox.ButtonRole.AcceptRole))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.replace)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        at_least(self, 560)

    def replace(self) -> Op[Any] | None:
        """创建新密钥: the passphrase checked by the one rule, then the key made and stored on a pool thread
        (sealing it takes about a second: scrypt). Returns the running Op (None when refused at once)."""
        from ..keys import passphrase_problem
        from .ops import Changed, Op

        if self.task is not None and self.task.running:
            return self.task
        passphrase = self.passphrase.text()
        problem = passphrase_problem(passphrase)
        if problem is not None:
            self.message.setText(i18n.said(problem))
            return None
        if passphrase != self.confirm.text():
            self.message.setText(self.tr("两次输入的密码不一致"))
            return None
        directory = self.workspace.directory

        def work(_progress: Any, _cancelled: Any) -> Any:
            from ..package.export import replace_signing_key
            from ..workspace import Workspace

            with Workspace.open(directory, create=False) as workspace:  # a connection of its own
                return replace_signing_key(workspace, passphrase)

        def made(key: Any) -> None:
            self.key = key
            self.accept()

        def failed(exc: BaseException, details: str) -> None:
            self.ok.setEnabled(True)
            if isinstance(exc, UserError):
                self.message.setText(error_text(exc))
            else:
                show_error(self, exc, details)

        self.message.setText("")
        self.ok.setEnabled(False)
        self.task = Op(self, work, changes=Changed.workspace("key", about=directory)) \
            .with_progress(self.tr("正在生成新的企业签名密钥…"), title=self.windowTitle(), cancellable=False,
                           busy=True) \
            .success(made).failure(failed).run()
        return self.task

    def reject(self) -> None:
        """取消 or Esc while the key is being made: it is made anyway (whole or nothing), so the dialog waits."""
        if self.task is not None and self.task.running:
            return
        super().reject()


class SettingsDialog(QDialog):
    workspace_changed = Signal(str)
    language_changed = Signal(str)  # the window reopens in the new language (every answer is already saved)

    def __init__(self, workspace: Any, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.setWindowTitle(self.tr("设置"))
        form = QFormLayout(self)
        self.path = QLineEdit(str(workspace.directory), self)
        self.path.setReadOnly(True)
        change = QPushButton(self.tr("更换…"), self)
        change.clicked.connect(self.change_workspace)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(change)
        form.addRow(self.tr("工作区位置"), row)
        note = QLabel(self.tr("工作区保存企业信息、全部评估和签名密钥。换电脑时请用“文件 → 备份工作区”。"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b7a;")
        form.addRow("", note)
        key = workspace.signing_key()
        self.key_label = QLabel(key.key_id if key else self.tr("尚未创建（首次导出时创建）"), self)
        form.addRow(self.tr("企业签名密钥指纹"), self.key_label)
        keys = QHBoxLayout()
        backup = QPushButton(self.tr("备份密钥…"), self)
        backup.setEnabled(key is not None)
        backup.clicked.connect(self.backup_key)
        restore = QPushButton(self.tr("恢复密钥…"), self)
        restore.clicked.connect(self.restore_key)
        self.new_key_button = QPushButton(self.tr("更换密钥（忘记密码时）…"), self)
        self.new_key_button.setObjectName("new_key")
        self.new_key_button.setEnabled(key is not None)  # no key yet: the first export creates one
        self.new_key_button.setToolTip(new_key_explanation())
        self.new_key_button.clicked.connect(self.replace_key)
        keys.addWidget(backup)
        keys.addWidget(restore)
        keys.addWidget(self.new_key_button)
        keys.addStretch(1)
        form.addRow("", keys)
        self.new_key_dialog: NewKeyDialog | None = None
        self.language = QComboBox(self)
        for code, name in i18n.available_languages().items():
            self.language.addItem(name, code)  # each language named in itself, so anyone can find their own
        self.language.setCurrentIndex(max(self.language.findData(i18n.current_language()), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("界面语言"), self.language)
        language_note = QLabel(self.tr("PDF 报告和报告包始终为中文：它们是交给区县的正式材料。"), self)
        language_note.setWordWrap(True)
        language_note.setStyleSheet("color: #5f6b7a;")
        form.addRow("", language_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        at_least(self, 560)

    def _language_chosen(self, _index: int) -> None:
        language = str(self.language.currentData())
        self.settings.setValue(i18n.LANGUAGE_KEY, language)
        if language != i18n.current_language():
            self.language_changed.emit(language)

    def change_workspace(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("选择工作区文件夹"), str(self.workspace.directory))
        from .shared_folder_note import confirm_folder

        if path and confirm_folder(self, Path(path)):
            self.settings.setValue(WORKSPACE_KEY, path)
            self.path.setText(path)
            self.workspace_changed.emit(path)

    def backup_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("备份签名密钥"),
                                              str(Path.home() / self.tr("签名密钥备份.json")),
                                              self.tr("密钥备份 (*.json)"))
        if not path:
            return
        from ..fileio import write_json_atomic

        write_json_atomic(Path(path), self.workspace.signing_key().to_json())
        QMessageBox.information(self, self.tr("已备份"), self.tr("密钥备份仍由原密码保护，请妥善保管。"))

    def restore_key(self) -> None:
        from ..package.keys import SigningKey, read_key_file

        path, _ = QFileDialog.getOpenFileName(self, self.tr("恢复签名密钥"), str(Path.home()),
                                              self.tr("密钥备份 (*.json)"))
        if not path:
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("恢复签名密钥"), self.tr("密钥备份的密码："),
                                              QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            key = SigningKey.from_json(read_key_file(Path(path), self.tr("密钥备份文件")))
            key.private_key(passphrase)
            self.workspace.store_signing_key(key)
        except UserError as exc:
            show_error(self, exc)
            return
        self.key_label.setText(key.key_id)
        self.new_key_button.setEnabled(True)

    def replace_key(self) -> NewKeyDialog:
        """更换密钥（忘记密码时）: the explanation and the new passphrase, in a dialog of its own."""
        self.new_key_dialog = NewKeyDialog(self.workspace, self)
        self.new_key_dialog.accepted.connect(lambda: self.key_label.setText(self.new_key_dialog.key.key_id))
        self.new_key_dialog.open()
        return self.new_key_dialog


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于"))
        self.setMinimumHeight(460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<span style='font-size:16pt'>{app}</span>　版本 {version}")
                                .format(app=i18n.tr(APP_NAME), version=__version__), self))
        text = QLabel(self.tr("离线的南通市制造业智改数转企业自评估工具。各项结果为企业自评（自评口径），"
                              "计算方法见报告；中小企业数字化水平评测的综合等级依据对评测规则的公开解读判定，"
                              "正式等级以工业和信息化部评测平台的结果为准。"), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        licences = QPlainTextEdit(self)
        licences.setReadOnly(True)
        parts = [self.tr("第三方组件与许可证"), "",
                 "Qt / PySide6 — LGPL-3.0", "matplotlib — PSF-style (matplotlib licence)",
                 "reportlab — BSD", "cryptography — Apache-2.0 / BSD", "sqlite-utils — Apache-2.0",
                 "PyYAML — MIT", "jsonschema — MIT", "platformdirs — MIT", "filelock — Unlicense", ""]
        parts.append(self.tr("界面与报告字体：文泉驿微米黑 WenQuanYi Micro Hei 0.2.0-beta，Apache License 2.0"))
        for name in ("wqy-microhei.COPYRIGHT.txt",):
            try:
                parts.append(resource("fonts", name).read_text(encoding="utf-8"))
            except OSError:
                pass
        licences.setPlainText("\n".join(parts))
        layout.addWidget(licences, 1)
        from ..logs import log_dir
        from .errors import open_log_folder

        logs = QLabel(self.tr("日志文件夹：{folder}（程序出错时请把其中的 zgsz.log 发给技术支持）")
                      .format(folder=log_dir()), self)
        logs.setWordWrap(True)
        logs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(logs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        open_logs = buttons.addButton(self.tr("打开日志文件夹"), QDialogButtonBox.ButtonRole.ActionRole)
        open_logs.setObjectName("open_logs")
        open_logs.clicked.disconnect()  # shows the folder; the dialog stays
        open_logs.clicked.connect(open_log_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        at_least(self, 620)
