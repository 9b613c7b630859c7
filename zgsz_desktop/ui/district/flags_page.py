"""核查提示: what the operator should check with an enterprise before the figures go to the city (a quota row
one enterprise adds implausibly much to, an enterprise not on the roster, a code registered in another
district, hidden characters in a name). The figures count either way; a flag only asks for a phone call.

A table of the dashboard's flags for the year, filtered by kind (不在名单中 lists the enterprises reporting
without being on the roster) or by words; the selected flag's whole message below; double-click (or the
button) shows the enterprise in the 企业 table."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...district.plausibility import KINDS
from ..i18n import period
from .common import MUTED, fit_headers, muted, row_table, sentences, shown, tr, when_rows_change
from .flags_model import FLAG_ROLE, FlagsFilter, FlagsModel, flag_label, kind_colour, kind_name


class FlagsPage(QWidget):
    show_enterprise = Signal(str)  # uscc: the window selects it in the 企业 table

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.year = 0
        self.model = FlagsModel(self)
        self.proxy = FlagsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.intro = muted("", self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("flag_kind")
        self.kind.setMinimumWidth(220)
        self.kind.activated.connect(lambda _i: self.proxy.set_filters(kind=self.kind.currentData() or ""))
        self.search = QLineEdit(self)
        self.search.setObjectName("flag_search")
        self.search.setPlaceholderText(self.tr("搜索企业名称、信用代码或说明"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filters(search=text))
        self.shown_count = muted("", self, wrap=False)
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.search, 2)
        filters.addStretch(1)
        filters.addWidget(self.shown_count)
        when_rows_change(self.proxy, self.count_shown)

        self.view = row_table(self, "flags", self.proxy, single=True, alternating=True)
        for column, width in enumerate((130, 230, 170, 90)):
            self.view.setColumnWidth(column, width)
        fit_headers(self.view)
        self.view.doubleClicked.connect(self.open_enterprise)
        self.view.selectionModel().currentRowChanged.connect(self.show_flag)

        self.detail = QLabel(self)
        self.detail.setObjectName("flag_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumHeight(64)
        self.detail.setStyleSheet("background: #f4f6f8; border-radius: 4px; padding: 6px;")
        self.go = QPushButton(self.tr("在企业表中查看"), self)
        self.go.setObjectName("flag_enterprise")
        self.go.clicked.connect(lambda: self.open_enterprise(self.view.currentIndex()))
        below = QHBoxLayout()
        below.addWidget(self.detail, 1)
        below.addWidget(self.go, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.intro)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(below)
        self.set_flags([], 0)

    # ------------------------------------------------------------------ rows

    def set_flags(self, flags: list[Any], year: int, *, roster: bool = True) -> None:
        kind = self.kind.currentData() or ""
        self.year = year
        self.model.set_flags(flags)
        counts = self.model.counts
        self.kind.clear()
        self.kind.addItem(self.tr("全部类型（{n}）").replace("{n}", str(len(flags))), "")
        for key in KINDS:
            self.kind.addItem(self.tr("{kind}（{n}）").format(kind=kind_name(key), n=counts.get(key, 0)), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.proxy.set_filters(kind=self.kind.currentData() or "")
        text = self.tr(
            "需要与企业核实的填报（{year} 年）：一家企业的项目或认定多得不合常理、报送了却不在企业名单中、"
            "信用代码属其他地区、名称含不可见字符。这些数字照常计入汇总，不封顶也不剔除；核实有误的，"
            "请企业更正后重新报送。双击一行在企业表中查看该企业。").replace("{year}", str(year))
        if not roster:
            text = sentences(text, self.tr("尚未导入企业名单，所以没有“不在名单中”的提示。"))
        self.intro.setText(text)
        self.count_shown()
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.show_flag(None)

    def select_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.proxy.set_filters(kind=kind)

    def count_shown(self, *_args: Any) -> None:
        self.shown_count.setText(self.tr("显示 {shown} / {total} 条").replace("{shown}", str(self.proxy.rowCount()))
                                 .replace("{total}", str(self.model.rowCount())))

    def show_flag(self, current: QModelIndex | None, _previous: Any = None) -> None:
        flag = current.data(FLAG_ROLE) if current is not None and current.isValid() else None
        self.go.setEnabled(bool(flag is not None and flag.uscc))
        if flag is None:
            text = (self.tr("本年度没有需要核实的填报。") if not self.model.rowCount()
                    else self.tr("选择一行查看完整说明"))
            self.detail.setText(f"<span style='color:{MUTED}'>{text}</span>")
            return
        who = tr("　").join(html.escape(shown(x, None)) for x in (flag.enterprise, flag.uscc, period(flag.period)) if x)
        kind = f"<b style='color:{kind_colour(flag.kind)}'>{html.escape(flag_label(flag))}</b>"
        self.detail.setText(self.tr("{kind}　{who}").format(kind=kind, who=who)
                            + f"<br>{html.escape(shown(flag.message, None))}")

    def open_enterprise(self, index: QModelIndex) -> None:
        flag = index.data(FLAG_ROLE) if index is not None and index.isValid() else None
        if flag is not None and flag.uscc:
            self.show_enterprise.emit(flag.uscc)
