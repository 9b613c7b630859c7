"""导入区县回执: the district's answer to the enterprise's packages (回执, ``.zgszreceipt``).

Pick the file; it is checked at once (the district's signature, for this enterprise, about a package exported
here) and what is wrong is said before any password is asked. When this workspace's district file (区县文件) is
from before receipts, the dialog says so and lets the user pick the district's new one. Then the enterprise's
signing-key password (the one set at the first export) opens the decisions, and the result is said in plain
words; for 退回修改 the points to change are listed with 去修改, which opens the questionnaire on them.
Checking and importing run in Ops (``package/receive.py``; unlocking the key takes a moment). UI thread only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .guide import primary
from .i18n import content, error_text, said, tr
from .i18n import period as period_text

ERROR, AMBER, GOOD, MUTED = "#b3261e", "#8a5a00", "#1f6f43", "#5f6b7a"
FOLDER_KEY = "receipt/folder"  # QSettings: where the last receipt was picked


class ReceiptDialog(QDialog):
    """Signals: ``checked`` (a check ended, either way), ``imported(ReceiptImport)``, ``import_failed`` (said in
    the dialog; nothing was stored), ``fix(period)`` (去修改)."""

    checked = Signal()
    imported = Signal(object)
    import_failed = Signal()
    fix = Signal(str)

    def __init__(self, workspace: Any, settings: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.receipt: Any = None  # package.receive.CheckedReceipt once the file passed the checks
        self.result: Any = None  # package.receive.ReceiptImport once imported
        self.task: Any = None
        self.returned_period = ""
        self.setWindowTitle(self.tr("导入区县回执"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("区县工信部门收到报告包后，会发回一份回执（.zgszreceipt）：已受理，或退回修改并写明"
                               "需要修改之处。导入后首页显示受理结果，需要修改的题目在问卷中标出。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("receipt_file")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("请选择回执文件"))
        file_row.addWidget(self.file_edit, 1)
        choose = QPushButton(self.tr("选择…"), self)
        choose.setObjectName("choose_receipt")
        choose.clicked.connect(lambda: self.choose_file())
        file_row.addWidget(choose)
        form.addRow(self.tr("回执文件"), file_row)

        self.recipient_note = QLabel(self)
        self.recipient_note.setObjectName("recipient_note")
        self.recipient_note.setWordWrap(True)
        self.recipient_note.setStyleSheet(f"color: {AMBER};")
        self.recipient_note.hide()
        form.addRow(self.recipient_note)
        self.recipient_row = QWidget(self)
        recipient_layout = QHBoxLayout(self.recipient_row)
        recipient_layout.setContentsMargins(0, 0, 0, 0)
        self.recipient_edit = QLineEdit(self.recipient_row)
        self.recipient_edit.setObjectName("recipient_file")
        self.recipient_edit.setReadOnly(True)
        self.recipient_edit.setPlaceholderText(self.tr("区县工信部门提供的新区县文件（.zgszkey）"))
        recipient_layout.addWidget(self.recipient_edit, 1)
        choose_recipient = QPushButton(self.tr("选择区县文件…"), self.recipient_row)
        choose_recipient.setObjectName("choose_recipient")
        choose_recipient.clicked.connect(lambda: self.choose_recipient())
        recipient_layout.addWidget(choose_recipient)
        self.recipient_label = QLabel(self.tr("区县文件"), self)
        form.addRow(self.recipient_label, self.recipient_row)
        self.recipient_label.hide()
        self.recipient_row.hide()

        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("首次导出报告包时设置的密码"))
        self.passphrase.returnPressed.connect(self.run_import)
        self.passphrase_label = QLabel(self.tr("企业签名密钥密码"), self)
        form.addRow(self.passphrase_label, self.passphrase)
        self.passphrase_hint = QLabel(self.tr("回执中的受理结果是加密的，只有用本企业签名密钥才能打开；"
                                              "密码就是首次导出报告包时设置的那个。"), self)
        self.passphrase_hint.setWordWrap(True)
        self.passphrase_hint.setStyleSheet(f"color: {MUTED};")
        form.addRow(self.passphrase_hint)
        layout.addLayout(form)

        self.status = QLabel(self)
        self.status.setObjectName("receipt_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.flags = QListWidget(self)
        self.flags.setObjectName("receipt_flags")
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.flags.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.flags.hide()
        layout.addWidget(self.flags, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.fix_button = primary(QPushButton(self.tr("去修改"), self))
        self.fix_button.setObjectName("fix")
        self.fix_button.clicked.connect(self._fix)
        self.fix_button.hide()
        buttons.addWidget(self.fix_button)
        self.import_button = primary(QPushButton(self.tr("导入"), self))
        self.import_button.setObjectName("import")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        buttons.addWidget(self.import_button)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._set_passphrase_visible(False)

    # ------------------------------------------------------------------ picking and checking

    def _folder(self) -> str:
        folder = self.settings.value(FOLDER_KEY, "") if self.settings is not None else ""
        return str(folder) if folder else str(Path.home())

    def choose_file(self, path: str | None = None) -> None:
        """The receipt to import (asked for when not given); it is checked at once."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择区县回执"), self._folder(),
                                                  self.tr("区县回执 (*.zgszreceipt);;所有文件 (*)"))
        if not path:
            return
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        self.file_edit.setText(path)
        self.recipient_edit.clear()
        self._check()

    def choose_recipient(self, path: str | None = None) -> None:
        """The district's new recipient file, when the one this workspace has cannot check the receipt."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择区县文件"), self._folder(),
                                                  self.tr("区县文件 (*.zgszkey);;所有文件 (*)"))
        if not path:
            return
        self.recipient_edit.setText(path)
        self._check()

    def _check(self) -> None:
        from ..workspace import Workspace
        from .ops import Op

        self.receipt = self.result = None
        self.flags.hide()
        self.fix_button.hide()
        self.import_button.setEnabled(False)
        self._say(self.tr("正在核对回执…"), MUTED)
        directory = self.workspace.directory
        path = Path(self.file_edit.text())
        extra = Path(self.recipient_edit.text()) if self.recipient_edit.text() else None

        def work(_progress: Any, _cancelled: Any) -> Any:
            from ..package.receive import check_receipt

            with Workspace.open(directory, create=False) as workspace:  # a connection of its own
                return check_receipt(workspace, path, extra_recipient=extra)

        self.task = Op(self, work).success(self._checked).failure(self._check_failed)
        self.task.run()

    def _checked(self, receipt: Any) -> None:
        self.task = None
        self.receipt = receipt
        items = receipt.receipt.items
        about = tr("、").join(fill(tr("{period}第{n}次报送"), period=period_text(i.period), n=str(i.sequence))
                             for i in items)
        district = content(receipt.receipt.district)
        if receipt.already_imported:
            self._say(fill(self.tr("这份回执（{district}工信部门，关于{about}）已导入过，没有新的内容。"),
                           district=district, about=about), MUTED)
            self._set_passphrase_visible(False)
        else:
            # not yet "genuine": only the binding, checked with the enterprise's key, proves who sent it
            line = fill(self.tr("回执自称来自{district}工信部门，关于{about}。输入企业签名密钥密码后，"
                                "软件将核对它确实来自您报告包所加密给的区县，再打开其中的受理结果。"),
                        district=district, about=about)
            if receipt.recipient_is_new:
                line += self.tr("（导入后，本工作区将保存这份新区县文件，用于核对以后的回执。）")
            self._say(line, MUTED)
            self._set_passphrase_visible(True)
            self.import_button.setEnabled(True)
            self.passphrase.setFocus()
        self.checked.emit()

    def _check_failed(self, exc: BaseException, _details: str) -> None:
        from ..package.receive import RecipientNeeded

        self.task = None
        self._set_passphrase_visible(False)
        if isinstance(exc, RecipientNeeded):
            self.recipient_note.setText(error_text(exc))
            for widget in (self.recipient_note, self.recipient_label, self.recipient_row):
                widget.show()
            self._say(self.tr("请选择区县工信部门提供的新区县文件（.zgszkey）。"), AMBER)
        else:
            self._say(error_text(exc), ERROR)
        self.fit_height()  # the note and the file row shown after the dialog was laid out
        self.checked.emit()

    # ------------------------------------------------------------------ importing

    def run_import(self) -> None:
        from ..workspace import Workspace
        from .ops import Changed, Op

        if self.receipt is None or self.task is not None:
            return
        if not self.passphrase.text():
            self._say(self.tr("请输入企业签名密钥密码（首次导出报告包时设置的密码）。"), AMBER)
            return
        directory, receipt, passphrase = self.workspace.directory, self.receipt, self.passphrase.text()
        self.import_button.setEnabled(False)
        self._say(self.tr("正在打开回执…"), MUTED)

        def work(_progress: Any, _cancelled: Any) -> Any:
            from ..package.receive import import_receipt

            with Workspace.open(directory, create=False) as workspace:
                return import_receipt(workspace, receipt, passphrase)

        self.task = Op(self, work, changes=Changed.workspace("receipts", about=directory)) \
            .with_progress(self.tr("正在打开回执…"), cancellable=False, busy=True) \
            .success(self._imported).failure(self._import_failed)
        self.task.run()

    def _imported(self, result: Any) -> None:
        from ..workspace.receipts import STATE_RETURNED, period_receipt

        self.task = None
        self.result = result
        self.passphrase.clear()
        self._set_passphrase_visible(False)
        lines = [said(sentence) for sentence in result.sentences()]
        if result.recipient_remembered:
            lines.append(fill(self.tr("已保存{district}的新区县文件。"), district=content(result.district)))
        returned = [item for item in result.items if item.status == "returned"]
        self._say("\n".join(lines), AMBER if returned else GOOD)
        self.flags.clear()
        for item in returned:
            standing = period_receipt(self.workspace.db, item.period)  # a plain read of what was just stored
            if standing is None or standing.state != STATE_RETURNED:
                continue
            self.returned_period = item.period
            for flag in standing.flags:
                # a point about a whole questionnaire names it by its title, never by its id
                where = content(flag.place) if flag.place else tr("整份报送")
                self.flags.addItem(fill(tr("{where}：{reason}"), where=where, reason=flag.reason))
        if self.flags.count():
            self.flags.show()
            self.fix_button.show()
            self.fix_button.setDefault(True)
            self.adjustSize()  # room for the list
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException, _details: str) -> None:
        self.task = None
        self.import_button.setEnabled(True)
        self._say(error_text(exc), ERROR)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.import_failed.emit()

    def _fix(self) -> None:
        self.fix.emit(self.returned_period)
        self.accept()

    # ------------------------------------------------------------------ helpers

    def _say(self, text: str, colour: str) -> None:
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(text)
        if self.isVisible():
            self.fit_height()  # a long sentence wraps onto lines of its own

    def fit_height(self) -> None:
        """Grow the dialog to the height its wrapped lines need at its present width (a note shown after the
        dialog was laid out would otherwise be cut to one line and drawn over the rows around it); never
        shrink what the user made larger."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height(), self.sizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _set_passphrase_visible(self, on: bool) -> None:
        for widget in (self.passphrase_label, self.passphrase, self.passphrase_hint):
            widget.setVisible(on)
        self.import_button.setVisible(on or self.result is None)


def fill(template: str, **values: str) -> str:
    """``template`` (translated) with its ``{name}`` placeholders replaced in one pass (values may hold braces)."""
    import re

    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)
