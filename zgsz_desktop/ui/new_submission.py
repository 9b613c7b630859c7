"""新建报送: the dialog that starts a submission — its period (the last complete year by default) and whether it
starts from the previous one. Its own module, so that the home page's start-up loads no dialog class (issue #16)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..workspace.periods import check_period, period_key, period_kind
from .home_page import BAD, MUTED, PERIOD_FORMS, default_period, previous_period, typed_period
from .i18n import chinese_interface, content, tr
from .i18n import period as period_text


class NewSubmissionDialog(QDialog):
    """Period (the last complete year by default) and 以上期为基础; says what a submission is."""

    def __init__(self, existing: Sequence[str], titles: Sequence[str], parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.existing = list(existing)
        self.setWindowTitle(self.tr("新建报送"))
        self.setMinimumWidth(560 if chinese_interface() else 640)  # the check box below cannot wrap
        layout = QVBoxLayout(self)
        what = QLabel(self.tr("一次报送 = 一个评估期的全部问卷（{titles}），填完检查后导出成一个报告包，"
                              "交给区县工信部门。").replace("{titles}", tr("、").join(content(t) for t in titles)),
                      self)
        what.setWordWrap(True)
        layout.addWidget(what)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("评估期"), self))
        self.period = QLineEdit(period_text(default_period(today or date.today())), self)
        self.period.setObjectName("period")
        row.addWidget(self.period, 1)
        layout.addLayout(row)
        hint = QLabel(self.tr("默认为最近一个已结束的年度。也可写“{half}”“{quarter}”。")
                      .replace("{half}", period_text(PERIOD_FORMS[1].replace("{year}", "2026")))
                      .replace("{quarter}", period_text(PERIOD_FORMS[3].replace("{year}", "2026"))), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(hint)
        self.from_previous = QCheckBox(self)
        self.from_previous.setObjectName("from_previous")
        layout.addWidget(self.from_previous)
        self.message = QLabel(self)
        self.message.setStyleSheet(f"color: {BAD};")
        self.message.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        from .guide import primary  # a dialog opened later: the Qt namespace is built by then

        buttons = QDialogButtonBox(self)
        self.ok = primary(buttons.addButton(self.tr("开始填写"), QDialogButtonBox.ButtonRole.AcceptRole))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.period.textChanged.connect(self._update)
        self._update()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # a window is first sized for its width hint: at the width it gets, the wrapped texts may need more
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None and layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def chosen_period(self) -> str:
        return typed_period(self.period.text())

    def period_problem(self, period: str) -> str:
        """What is wrong with ``period`` as typed ("" when it is a valid period): workspace.periods.check_period
        in the interface's words."""
        problem = check_period(period)
        if not problem or chinese_interface():
            return problem
        if not period_kind(period):
            annual, half, _, quarter = (period_text(form.replace("{year}", "2024")) for form in PERIOD_FORMS[:4])
            return (self.tr("评估期应写作“{annual}”“{half}”或“{quarter}”").replace("{annual}", annual)
                    .replace("{half}", half).replace("{quarter}", quarter))
        return self.tr("评估期年份 {year} 不在合理范围内").replace("{year}", str(period_key(period)[0]))

    def _update(self) -> None:
        period = self.chosen_period()
        problem = self.period_problem(period)
        if not problem and period in self.existing:
            problem = self.tr("{period}的报送已存在，请在首页继续填写").replace("{period}", period_text(period))
        self.message.setText(problem)
        self.ok.setEnabled(not problem)
        previous = None if problem else previous_period(period, self.existing)
        if previous:
            self.from_previous.setText(self.tr("以上期为基础：带入{previous}的答案，再逐项修改")
                                       .replace("{previous}", period_text(previous)))
            if not self.from_previous.isEnabled():
                self.from_previous.setChecked(True)
        else:
            self.from_previous.setText(self.tr("以上期为基础（没有更早的同类报送，将从空白开始）"))
            self.from_previous.setChecked(False)
        self.from_previous.setEnabled(bool(previous))
