"""Settings (workspace location, keys, language) and About (version, licences)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
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
from .errors import show_error

WORKSPACE_KEY = "workspace/path"
LANGUAGE_KEY = "ui/language"


class SettingsDialog(QDialog):
    workspace_changed = Signal(str)

    def __init__(self, workspace: Any, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(560)
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
        keys.addWidget(backup)
        keys.addWidget(restore)
        keys.addStretch(1)
        form.addRow("", keys)
        self.language = QComboBox(self)
        self.language.addItem("简体中文", "zh_CN")  # other languages appear here when their translation ships
        self.language.setCurrentIndex(max(self.language.findData(settings.value(LANGUAGE_KEY, "zh_CN")), 0))
        self.language.currentIndexChanged.connect(
            lambda _i: settings.setValue(LANGUAGE_KEY, self.language.currentData()))
        form.addRow(self.tr("界面语言（重启后生效）"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def change_workspace(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("选择工作区文件夹"), str(self.workspace.directory))
        if path:
            self.settings.setValue(WORKSPACE_KEY, path)
            self.path.setText(path)
            self.workspace_changed.emit(path)

    def backup_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("备份签名密钥"), str(Path.home() / "签名密钥备份.json"),
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
            key = SigningKey.from_json(read_key_file(Path(path), "密钥备份文件"))
            key.private_key(passphrase)
            self.workspace.store_signing_key(key)
        except UserError as exc:
            show_error(self, exc)
            return
        self.key_label.setText(key.key_id)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于"))
        self.setMinimumSize(620, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<span style='font-size:16pt'>{APP_NAME}</span>　{self.tr('版本')} {__version__}",
                                self))
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
        parts.append("界面与报告字体：文泉驿微米黑 WenQuanYi Micro Hei 0.2.0-beta，Apache License 2.0")
        for name in ("wqy-microhei.COPYRIGHT.txt",):
            try:
                parts.append(resource("fonts", name).read_text(encoding="utf-8"))
            except OSError:
                pass
        licences.setPlainText("\n".join(parts))
        layout.addWidget(licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
