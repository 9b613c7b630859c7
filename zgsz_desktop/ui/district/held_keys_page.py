"""待核准密钥: packages signed by a key other than the one pinned for the enterprise. Staff compare the
stamped paper report with the screen and approve by typing the report's 9-digit verification code, or
reject. The code is never shown (the core does not even list it): typing it from the paper is the check."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ...text import local_time
from .common import BAD, GOOD, muted, questionnaire_name

STATUS = {"pending": "待核准", "approved": "已核准", "rejected": "已拒绝"}


class HeldKeysPage(QWidget):
    changed = Signal()  # a key was approved or rejected: the window refreshes

    HEADERS = ("企业", "统一社会信用代码", "评估期", "问卷", "登记的密钥指纹", "新密钥指纹", "收到时间", "状态", "文件")

    def __init__(self, session: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.keys: list[Any] = []
        intro = muted(self.tr(
            "以下报告包的签名密钥与该企业登记的密钥不同（企业重装软件、换电脑或密钥丢失时会出现，也可能是他人冒充）。"
            "请与企业盖章的纸质报告核对：纸质报告签字页上的“密钥指纹”应与“新密钥指纹”一致；"
            "核对无误后点击“核准”，输入纸质报告签字页上印的核验码（新版为 20 位字母和数字，0.1 版为 9 位数字）。"
            "核准后，该报告包按正常流程导入。"), self)
        self.show_done = QCheckBox(self.tr("显示已处理的"), self)
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setObjectName("held_keys")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.empty = muted(self.tr("没有待核准的密钥。"), self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.approve_button = QPushButton(self.tr("核准…"), self)
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = QPushButton(self.tr("拒绝…"), self)
        self.reject_button.setObjectName("reject")
        self.reject_button.clicked.connect(self.reject_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        from ...district.importer import held_keys

        self.keys = held_keys(self.session.db, None if self.show_done.isChecked() else "pending")
        self.table.setRowCount(len(self.keys))
        for r, held in enumerate(self.keys):
            values = (held.enterprise_name, held.uscc, held.period, questionnaire_name(held.questionnaire_id),
                      held.pinned_key_id, held.key_id, local_time(held.received_at),
                      self.tr(STATUS.get(held.status, held.status)), held.source_name)
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.empty.setVisible(not self.keys)
        if self.keys and not self.table.selectedItems():
            self.table.selectRow(0)
        self.update_buttons()

    def pending_count(self) -> int:
        return sum(1 for held in self.keys if held.status == "pending")

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.keys[rows[0].row()] if rows else None

    def update_buttons(self) -> None:
        held = self.selected()
        pending = held is not None and held.status == "pending"
        self.approve_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)

    def say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {GOOD if ok else BAD};")
        self.message.setText(text)

    def approve_selected(self) -> None:
        held = self.selected()
        if held is None or held.status != "pending":
            return
        code, ok = QInputDialog.getText(
            self, self.tr("核准新密钥"),
            self.tr("{name}\n纸质报告签字页上的密钥指纹应为：{key}\n\n请输入盖章纸质报告签字页上印的核验码"
                    "（大小写、空格和横线不影响）：")
            .replace("{name}", held.enterprise_name).replace("{key}", held.key_id), QLineEdit.EchoMode.Normal, "")
        if ok:
            self.approve(held, code)

    def approve(self, held: Any, code: str, fingerprint: str = "") -> list[Any] | None:
        from ...district.importer import approve_key

        try:
            outcomes = approve_key(self.session.db, held.id, code, self.session.identity, fingerprint=fingerprint)
        except UserError as exc:
            self.say(str(exc), False)
            return None
        results = "；".join(f"{questionnaire_name(o.questionnaire)} {o.period}：{o.label}" for o in outcomes)
        self.say(self.tr("已核准 {name} 的新密钥 {key}。{results}").replace("{name}", held.enterprise_name)
                 .replace("{key}", held.key_id).replace("{results}", results), all(o.stored for o in outcomes))
        self.refresh()
        self.changed.emit()
        return outcomes

    def reject_selected(self) -> None:
        held = self.selected()
        if held is None or held.status != "pending":
            return
        note, ok = QInputDialog.getText(
            self, self.tr("拒绝新密钥"),
            self.tr("拒绝后，{name} 用密钥 {key} 签署的这份报告包不会导入（记录保留在导入日志中）。\n"
                    "拒绝原因（可选）：")
            .replace("{name}", held.enterprise_name).replace("{key}", held.key_id), QLineEdit.EchoMode.Normal, "")
        if ok:
            self.reject(held, note)

    def reject(self, held: Any, note: str = "") -> bool:
        from ...district.importer import reject_key

        try:
            count = reject_key(self.session.db, held.id, self.session.identity, note=note)
        except UserError as exc:
            self.say(str(exc), False)
            return False
        self.say(self.tr("已拒绝 {name} 的密钥 {key}（{n} 份报告包不导入）。").replace("{name}", held.enterprise_name)
                 .replace("{key}", held.key_id).replace("{n}", str(count or 1)), True)
        self.refresh()
        self.changed.emit()
        return True
