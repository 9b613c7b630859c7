"""Create the district's key pair (as ``zgsz district init`` does): the private key file, sealed under a
passphrase, and the public recipient file that enterprises load to export to this district."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ..errors import show_error
from ..i18n import content, error_text, said
from .common import BAD, muted

if TYPE_CHECKING:
    from ..ops import Op


class NewKeyDialog(QDialog):
    created = Signal(object)  # Path of the private key file

    def __init__(self, parent: QWidget | None = None):
        from ...targets import plan_targets

        super().__init__(parent)
        self.setWindowTitle(self.tr("新建区县密钥"))
        self.setMinimumWidth(600)
        self.task: Op[Any] | None = None
        self.district = QComboBox(self)
        for district in plan_targets().districts:  # shown in the interface language; the key holds the Chinese name
            self.district.addItem(content(district), district)
        self.folder = QLineEdit(str(Path.home()), self)
        choose = QPushButton(self.tr("选择…"), self)
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("区县"), self.district)
        form.addRow(self.tr("保存到文件夹"), row)
        form.addRow(self.tr("设置密钥密码"), self.passphrase)
        form.addRow(self.tr("再输入一次"), self.confirm)
        self.message = QLabel(self)
        self.message.setStyleSheet(f"color: {BAD};")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("生成"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create_key)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr(
            "将生成两个文件：区县密钥（.zgszdistrict，私钥，由密码保护，务必备份并保密）和接收方文件"
            "（.zgszkey，公钥，发给本区县企业用于导出报告包）。每个区县只需生成一次；"
            "更换密钥后，企业须使用新的接收方文件。"), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("保存到文件夹"), self.folder.text())
        if path:
            self.folder.setText(path)

    def create_key(self) -> Op[Any] | None:
        """生成: the passphrase checked by the one rule (keys.py), then the key pair made, sealed (scrypt: about a
        second) and written on a pool thread. Returns the running Op (None when refused at once)."""
        from ...keys import DISTRICT_KEY_SUFFIX, RECIPIENT_SUFFIX, passphrase_problem
        from ..ops import Op

        if self.task is not None and self.task.running:
            return self.task
        passphrase = self.passphrase.text()
        problem = passphrase_problem(passphrase)
        if problem is not None:
            self.message.setText(said(problem))
            return None
        if passphrase != self.confirm.text():
            self.message.setText(self.tr("两次输入的密码不一致"))
            return None
        district = str(self.district.currentData())
        folder = Path(self.folder.text().strip() or Path.home())
        key_path = folder / f"{district}{DISTRICT_KEY_SUFFIX}"
        recipient_path = folder / f"{district}{RECIPIENT_SUFFIX}"
        for path in (key_path, recipient_path):
            if path.exists():
                self.message.setText(self.tr("{path} 已存在。为防止覆盖区县密钥，请换一个文件夹。")
                                     .replace("{path}", str(path)))
                return None

        def work(_progress: Any, _cancelled: Any) -> Any:
            from ...fileio import write_json_atomic
            from ...keys import DistrictKey

            folder.mkdir(parents=True, exist_ok=True)
            key = DistrictKey.generate(district, passphrase)
            write_json_atomic(key_path, key.to_json())
            write_json_atomic(recipient_path, key.recipient.to_json())
            return key

        def failed(exc: BaseException, details: str) -> None:
            self.ok.setEnabled(True)
            if isinstance(exc, UserError):
                self.message.setText(error_text(exc))
            elif isinstance(exc, OSError):
                self.message.setText(self.tr("无法写入 {folder}：{error}").replace("{folder}", str(folder))
                                     .replace("{error}", exc.strerror or str(exc)))
            else:
                show_error(self, exc, details)

        self.message.setText("")
        self.ok.setEnabled(False)
        self.task = Op(self, work).with_progress(self.tr("正在生成区县密钥…"), title=self.windowTitle(),
                                                 cancellable=False, busy=True) \
            .success(lambda key: self.created_key(key, key_path, recipient_path)).failure(failed).run()
        return self.task

    def reject(self) -> None:
        """取消 or Esc while the key is being made: it is written whole or not at all, so the dialog waits."""
        if self.task is not None and self.task.running:
            return
        super().reject()

    def created_key(self, key: Any, key_path: Path, recipient_path: Path) -> None:
        self.ok.setEnabled(True)
        self.accept()
        self.created.emit(key_path)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("已生成区县密钥"), self.tr(
            "区县密钥（私钥，务必备份并保密）：{key}\n接收方文件（发给企业）：{recipient}\n"
            "密钥编号：{id}（请随接收方文件一并公布，供企业核对）")
            .replace("{key}", str(key_path)).replace("{recipient}", str(recipient_path))
            .replace("{id}", key.recipient.key_id), QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setObjectName("key_created")
        box.open()
