"""核准新密钥: the operator types, from the enterprise's stamped paper report, the verification code and —
for a release 0.1 report, whose 9 digits are too short to stand alone — the key fingerprint printed beside
it. Neither expected value is shown anywhere in this dialog: typing them from the paper is the check.

The dialog does not approve anything itself: ``attempt(code, fingerprint)`` (the page's) does, and returns
the refusal to show inline, or ``""`` when the key was approved."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..i18n import period
from .common import BAD, muted, questionnaire_name, shown, tr


class ApproveKeyDialog(QDialog):
    def __init__(self, held: Any, needs_fingerprint: bool, attempt: Callable[[str, str], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.held = held
        self.needs_fingerprint = needs_fingerprint
        self.attempt = attempt
        self.setObjectName("approve_key")
        self.setWindowTitle(self.tr("核准新密钥"))
        self.setMinimumWidth(620)

        name = QLabel(f"<span style='font-size:13pt'><b>{html.escape(shown(held.enterprise_name))}</b></span>", self)
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setWordWrap(True)
        details = QLabel(tr("　").join(x for x in (shown(held.uscc), shown(period(held.period)),
                                                  questionnaire_name(held.questionnaire_id)) if x), self)
        details.setTextFormat(Qt.TextFormat.PlainText)
        details.setWordWrap(True)

        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("如 123-456-789") if needs_fingerprint
                                     else self.tr("如 KWK7-RH4D-BFFC-PC8T-K8ZG"))
        code_help = muted(
            self.tr("盖章纸质报告签字页上印的“校验码”（0.1 版报告这样称呼），9 位数字；空格和横线不影响。")
            if needs_fingerprint else
            self.tr("盖章纸质报告签字页上印的“核验码”，20 位字母和数字；大小写、空格和横线不影响。"),
            self)
        # a grid, not a QFormLayout: the explanations wrap under their field instead of being cut off
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setVerticalSpacing(4)
        form.addWidget(QLabel(self.tr("核验码"), self), 0, 0)
        form.addWidget(self.code, 0, 1)
        form.addWidget(code_help, 1, 1)
        self.fingerprint: QLineEdit | None = None
        if needs_fingerprint:
            self.fingerprint = QLineEdit(self)
            self.fingerprint.setObjectName("fingerprint")
            self.fingerprint.setPlaceholderText(self.tr("如 ABCD-EFGH-JKMN-PQRS"))
            form.addWidget(QLabel(self.tr("企业密钥指纹"), self), 2, 0)
            form.addWidget(self.fingerprint, 2, 1)
            form.addWidget(muted(self.tr(
                "同一页上印的“企业密钥指纹”，16 位字母和数字。0.1 版的 9 位校验码太短，不能单独证明报告包出自企业，"
                "所以还要抄录密钥指纹。"), self), 3, 1)

        intro = muted(self.tr(
            "请拿出企业盖章的纸质报告，照着签字页抄录下面的内容。屏幕上不显示正确的内容，"
            "输入不符时也不会提示：抄录本身就是核对。"), self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {BAD};")
        self.message.hide()
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("核准"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("approve")
        self.ok.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addWidget(details)
        layout.addSpacing(4)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for field in (self.code, self.fingerprint):
            if field is not None:
                field.textChanged.connect(self.update_button)
        self.update_button()
        self.code.setFocus()

    def update_button(self) -> None:
        filled = bool(self.code.text().strip()) and (
            self.fingerprint is None or bool(self.fingerprint.text().strip()))
        self.ok.setEnabled(filled)

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        problem = self.attempt(self.code.text(), self.fingerprint.text() if self.fingerprint is not None else "")
        if not problem:
            self.accept()
            return
        self.message.setText(problem)
        self.message.show()
        # the dialog grows to the message (wrapped lines) instead of squeezing the explanations above it
        needed = self.sizeHint().height()
        layout = self.layout()  # set in __init__; Qt types it as optional
        if layout is not None:
            layout.activate()
            if layout.hasHeightForWidth():
                needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
        self.code.selectAll()
        self.code.setFocus()
