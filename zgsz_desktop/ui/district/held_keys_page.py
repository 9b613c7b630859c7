"""待核准密钥: packages signed by a key other than the one pinned for the enterprise. Staff approve by typing
what the stamped paper report's 签字页 says (``approve_dialog``): the 20-character 核验码, or for a release 0.1
report its 9-digit 校验码 *and* the 企业密钥指纹 beside it — or reject. The code is never shown (the core does
not even list it), and neither is a 0.1 key's fingerprint before approval: typing them from the paper is the
check."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
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
from ..errors import show_error
from ..i18n import QT_TR_NOOP, period
from .approve_dialog import ApproveKeyDialog
from .common import BAD, GOOD, MUTED, muted, questionnaire_name, shown, tr
from .outcomes_model import verdict_text

if TYPE_CHECKING:
    from ..ops import Op

Approve = Callable[[str, str, Callable[[str], Any], QWidget], Any]  # (code, fingerprint, then, dialog) → Op

STATUS = {"pending": QT_TR_NOOP("待核准"), "approved": QT_TR_NOOP("已核准"), "rejected": QT_TR_NOOP("已拒绝")}
HEADERS = (QT_TR_NOOP("企业"), QT_TR_NOOP("统一社会信用代码"), QT_TR_NOOP("评估期"), QT_TR_NOOP("问卷"),
           QT_TR_NOOP("登记的密钥指纹"), QT_TR_NOOP("新密钥指纹"), QT_TR_NOOP("收到时间"), QT_TR_NOOP("状态"),
           QT_TR_NOOP("文件"))


class HeldKeysPage(QWidget):
    changed = Signal()  # a key was approved or rejected: the window refreshes

    HEADERS = HEADERS

    def __init__(self, session: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.keys: list[Any] = []
        self.typed_fingerprint: set[int] = set()  # held ids whose approval needs the fingerprint typed (0.1)
        self.approve_dialog: Any = None
        intro = muted(self.tr(
            "以下报告包的签名密钥与该企业登记的密钥不同（企业重装软件、换电脑或密钥丢失时会出现，也可能是他人冒充）。"
            "请与企业盖章的纸质报告核对：纸质报告签字页上的“企业密钥指纹”应与“新密钥指纹”一致；"
            "核对无误后点击“核准”，照纸质报告签字页抄录核验码（20 位字母和数字）。"
            "0.1 版报告的校验码只有 9 位数字，核准时还要抄录企业密钥指纹，因此这类报告包的新密钥指纹在核准前不显示。"
            "核准后，该报告包按正常流程导入。"), self)
        self.show_done = QCheckBox(self.tr("显示已处理的"), self)
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setObjectName("held_keys")
        self.table.setHorizontalHeaderLabels([tr(h) for h in self.HEADERS])
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
        from ...district.importer import approval_needs_fingerprint, held_keys

        self.keys = held_keys(self.session.db, None if self.show_done.isChecked() else "pending")
        self.typed_fingerprint = {held.id for held in self.keys
                                  if held.status == "pending" and approval_needs_fingerprint(self.session.db, held.id)}
        self.table.setRowCount(len(self.keys))
        for r, held in enumerate(self.keys):
            hidden = held.id in self.typed_fingerprint
            values = (shown(held.enterprise_name), shown(held.uscc), shown(period(held.period)),
                      questionnaire_name(held.questionnaire_id), shown(held.pinned_key_id),
                      self.tr("核准时照纸质报告抄录") if hidden else shown(held.key_id), local_time(held.received_at),
                      tr(STATUS[held.status]) if held.status in STATUS else shown(held.status),
                      shown(held.source_name))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if hidden and c == 5:
                    item.setForeground(QBrush(QColor(MUTED)))
                    item.setToolTip(self.tr("0.1 版报告包：9 位校验码太短，核准时须同时抄录纸质报告上的企业密钥指纹，"
                                            "所以这里不显示它"))
                self.table.setItem(r, c, item)
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

    def approve_selected(self) -> Any:
        """The approval dialog for the selected key (not modal to the app: the window stays usable)."""
        held = self.selected()
        if held is None or held.status != "pending":
            return None
        self.approve_dialog = ApproveInBackground(
            held, held.id in self.typed_fingerprint,
            lambda code, fingerprint, then, dialog: self.approve(held, code, fingerprint, then=then, parent=dialog),
            self)
        self.approve_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.approve_dialog.open()
        return self.approve_dialog

    def approve(self, held: Any, code: str, fingerprint: str = "", *, then: Callable[[str], Any] | None = None,
                parent: QWidget | None = None) -> Op[Any]:
        """Approve on a pool thread (the held package is decrypted, verified and re-scored: seconds for a large
        one). The page says the outcome; ``then(refusal)`` gets ``""`` once approved. The Op announces the
        change, so the window rebuilds its pages (this one among them) before the outcome is said."""
        from ..ops import Changed, Op

        session = self.session

        def work(_progress: Any, _cancelled: Any) -> list[Any]:
            from ...district.importer import approve_key

            with session.worker_db() as db:  # this thread's own connection
                return approve_key(db, held.id, code, session.identity, fingerprint=fingerprint)

        def approved(outcomes: list[Any]) -> None:
            results = tr("；").join(
                tr("{questionnaire} {period}：{result}").format(questionnaire=questionnaire_name(o.questionnaire),
                                                               period=shown(period(o.period)),
                                                               result=verdict_text(o))
                for o in outcomes)
            self.say(self.tr("已核准 {name} 的新密钥 {key}。{results}").replace("{name}", shown(held.enterprise_name))
                     .replace("{key}", shown(held.key_id)).replace("{results}", results),
                     all(o.stored for o in outcomes))
            if then is not None:
                then("")

        def refused(exc: BaseException, details: str) -> None:
            if isinstance(exc, UserError):
                self.say(shown(exc, None), False)
                if then is not None:
                    then(self.message.text())
                self.changed.emit()  # a refused approval is logged: the log's count changes
                return
            show_error(self, exc, details)
            if then is not None:
                then(tr("未能核准，请重试"))

        return Op(parent or self, work, changes=Changed.district("keys", about=session.path)) \
            .with_progress(self.tr("正在核准：解密、核验并重新计分…"), title=self.tr("核准新密钥"),
                           cancellable=False, busy=True) \
            .success(approved).failure(refused).run()

    def reject_selected(self) -> None:
        held = self.selected()
        if held is None or held.status != "pending":
            return
        note, ok = QInputDialog.getText(
            self, self.tr("拒绝新密钥"),
            # the key is not named: a 0.1 key's fingerprint is typed from paper when approving, never read here
            self.tr("拒绝后，{name} 用这把新密钥签署的报告包不会导入（记录保留在导入日志中）。\n"
                    "拒绝原因（可选）：").replace("{name}", shown(held.enterprise_name)),
            QLineEdit.EchoMode.Normal, "")
        if ok:
            self.reject(held, note)

    def reject(self, held: Any, note: str = "") -> bool:
        from ...district.importer import reject_key

        try:
            count = reject_key(self.session.db, held.id, self.session.identity, note=note)
        except UserError as exc:
            self.say(shown(exc, None), False)
            return False
        self.say(self.tr("已拒绝 {name} 的密钥 {key}（{n} 份报告包不导入）。")
                 .replace("{name}", shown(held.enterprise_name)).replace("{key}", shown(held.key_id))
                 .replace("{n}", str(count or 1)), True)
        self.refresh()
        self.changed.emit()
        return True


class ApproveInBackground(ApproveKeyDialog):
    """The approval dialog, its 核准 running the page's approval as an Op: the button waits meanwhile, and the
    answer (the refusal, or ``""`` once approved) goes to the dialog's own ``submit`` when the Op has ended,
    which closes the dialog or shows the refusal as before."""

    def __init__(self, held: Any, needs_fingerprint: bool, start: Approve, parent: QWidget | None = None):
        super().__init__(held, needs_fingerprint, lambda _code, _fingerprint: self._answer, parent)
        self._answer = ""
        self._start = start
        self.task: Any = None

    def submit(self) -> None:
        if not self.ok.isEnabled() or (self.task is not None and self.task.running):
            return
        self.ok.setEnabled(False)
        self.message.hide()
        self.task = self._start(self.code.text(), self.fingerprint.text() if self.fingerprint is not None else "",
                                self._answered, self)

    def _answered(self, problem: str) -> None:
        self._answer = problem
        self.update_button()
        if self.isVisible():
            super().submit()  # asks ``attempt``, which now answers what the Op found

    def reject(self) -> None:
        """取消 or Esc while approving: the approval is whole or nothing, so the dialog waits for it."""
        if self.task is not None and self.task.running:
            return
        super().reject()
