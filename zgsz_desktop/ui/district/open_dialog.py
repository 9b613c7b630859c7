"""Open the district workstation: the database file (created on first use), the district key file and
its passphrase. Problems are shown in the dialog, in Chinese; nothing is opened until all three fit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ..errors import show_error
from ..i18n import content
from .common import BAD, muted, shown, shown_lines
from .session import DB_KEY, DB_SUFFIX, KEY_FILE_KEY, DistrictSession, default_db_path


class OpenDistrictDialog(QDialog):
    opened = Signal(object)  # DistrictSession

    def __init__(self, settings: QSettings, parent: QWidget | None = None, *, db_path: Path | None = None):
        super().__init__(parent)
        self.settings = settings
        self.session: DistrictSession | None = None
        self.task: Any = None  # opening (an Op)
        self.setWindowTitle(self.tr("打开区县工作台"))
        self.setMinimumWidth(680)
        remembered_db = str(settings.value(DB_KEY, "") or "")
        self.database = QLineEdit(str(db_path or remembered_db or default_db_path()), self)
        self.database.setObjectName("database")
        choose_db = QPushButton(self.tr("选择…"), self)
        choose_db.clicked.connect(self.choose_database)
        db_row = QHBoxLayout()
        db_row.addWidget(self.database, 1)
        db_row.addWidget(choose_db)
        self.key_file = QLineEdit(str(settings.value(KEY_FILE_KEY, "") or ""), self)
        self.key_file.setObjectName("key_file")
        self.key_file.setPlaceholderText(self.tr("区县密钥文件（.zgszdistrict），由“新建区县密钥”生成"))
        choose_key = QPushButton(self.tr("选择…"), self)
        choose_key.clicked.connect(self.choose_key)
        new_key = QPushButton(self.tr("新建区县密钥…"), self)
        new_key.setObjectName("new_key")
        new_key.clicked.connect(self.new_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_file, 1)
        key_row.addWidget(choose_key)
        key_row.addWidget(new_key)
        self.key_info = muted("", self)
        self.key_info.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        intro = QLabel(self.tr(
            "区县工作台把企业报送的报告包核验后导入本机的区县数据库，并汇总全区县的进度。"
            "请选择数据库文件（第一次使用时自动创建）和区县密钥，输入密钥密码。"), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("区县数据库"), db_row)
        form.addRow(self.tr("区县密钥文件"), key_row)
        form.addRow("", self.key_info)
        form.addRow(self.tr("密钥密码"), self.passphrase)
        form.addRow("", muted(self.tr("密码只在本次使用时保存在内存中，不会写入磁盘；关闭窗口后需重新输入。"), self))
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {BAD};")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("打开"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.key_file.textChanged.connect(self.describe_key)
        self.describe_key()
        (self.passphrase if self.key_file.text() else self.key_file).setFocus()

    def choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("选择或新建区县数据库"), self.database.text(),
            self.tr("区县数据库 (*{suffix});;所有文件 (*)").replace("{suffix}", DB_SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database.setText(path)

    def choose_key(self) -> None:
        start = self.key_file.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择区县密钥文件"), start,
                                              self.tr("区县密钥 (*.zgszdistrict);;所有文件 (*)"))
        if path:
            self.key_file.setText(path)

    def new_key(self) -> None:
        from .new_key_dialog import NewKeyDialog

        dialog = NewKeyDialog(self)
        dialog.created.connect(lambda path: self.key_file.setText(str(path)))
        dialog.open()

    def describe_key(self) -> None:
        from ...package.keys import load_district_key

        text = self.key_file.text().strip()
        if not text:
            self.key_info.setText("")
            return
        try:
            recipient = load_district_key(Path(text)).recipient
        except UserError as exc:
            self.key_info.setText(shown_lines(exc))
            return
        # a key file is text from outside too: its district name is shown as it is
        self.key_info.setText(self.tr("{district}工信部门，密钥编号 {key}")
                              .replace("{district}", shown(content(recipient.district), 60))
                              .replace("{key}", shown(recipient.key_id)))

    def try_open(self) -> Any:
        """Unlock the key (scrypt: a second or two, by design) and open, create or upgrade the database on a
        pool thread; the dialog says what is wrong, or closes and ``opened`` hands over the session."""
        from ..ops import Op

        database = self.database.text().strip()
        if not database:
            self.message.setText(self.tr("请选择区县数据库文件"))
            return None
        if self.task is not None and self.task.running:
            return self.task
        self.message.setText("")
        db_path, key_path, passphrase = Path(database), Path(self.key_file.text().strip()), self.passphrase.text()

        def work(_progress: Any, _cancelled: Any) -> DistrictSession:
            return DistrictSession.open(db_path, key_path, passphrase)

        self.ok.setEnabled(False)
        self.task = Op(self, work).with_progress(
            self.tr("正在解锁区县密钥并打开数据库…"), title=self.tr("打开区县工作台"), cancellable=False, busy=True) \
            .success(self._opened).failure(self._not_opened).run()
        return self.task

    def _not_opened(self, exc: BaseException, details: str) -> None:
        self.ok.setEnabled(True)
        if not isinstance(exc, UserError):
            show_error(self, exc, details)
            return
        self.message.setText(shown_lines(exc))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _opened(self, session: DistrictSession) -> None:
        self.ok.setEnabled(True)
        if not self.isVisible():  # closed while opening: the session is not wanted any more
            session.close()
            return
        self.passphrase.clear()
        self.settings.setValue(DB_KEY, str(session.path))
        self.settings.setValue(KEY_FILE_KEY, str(session.key_path))
        self.session = session
        self.accept()
        self.opened.emit(session)
