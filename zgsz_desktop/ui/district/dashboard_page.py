"""概览: the district for one year — submissions, the plan's quotas (附件1/2/3), the three benchmarks for
重点企业, MIIT levels and cloud stars, who has not submitted, keys waiting for approval and the import log.

It only shows a :class:`~zgsz_desktop.district.dashboard.Dashboard`; the window builds it and handles the
buttons (signals), so every figure on screen is the one the core computed."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .bars import count_chart, distribution_chart
from .common import BAD, GOOD, INK, MUTED, WARN, card, heading, muted, percent

BAR_STYLE = ("QProgressBar { border: none; background: #dde3ea; border-radius: 3px; }"
             "QProgressBar::chunk { background: %s; border-radius: 3px; }")


class DashboardPage(QWidget):
    import_roster = Signal()
    check_log = Signal()
    audit = Signal()
    show_held_keys = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.board: Any = None
        self.values: dict[str, QLabel] = {}  # figure key → the label that shows it (read by tests)
        self.log_result: QLabel | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)

    # ------------------------------------------------------------------ building

    def show_dashboard(self, board: Any) -> None:
        self.board = board
        self.values = {}
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(16, 10, 16, 16)
        self.layout_.setSpacing(8)
        self.summary(board)
        self.benchmarks(board)
        self.quotas(board)
        self.levels_and_stars(board)
        self.roster(board)
        notes = muted("<b>" + self.tr("统计口径") + "</b><br>" + "<br>".join(
            f"· {html.escape(note)}" for note in board.notes), content)
        notes.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(notes)
        self.layout_.addStretch(1)
        position = self.scroll.verticalScrollBar().value()
        old = self.scroll.takeWidget()
        self.scroll.setWidget(content)
        self.scroll.verticalScrollBar().setValue(position)  # a refresh keeps the reader's place
        if old is not None:
            old.deleteLater()

    def _value(self, key: str, text: str, parent: QWidget, colour: str = INK, size: int = 20) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName(f"value_{key}")
        label.setStyleSheet(f"font-size: {size}pt; color: {colour};")
        self.values[key] = label
        return label

    def _card(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        frame, layout = card()
        label = muted(title, frame)
        layout.addWidget(label)
        return frame, layout

    def summary(self, board: Any) -> None:
        grid = QGridLayout()
        grid.setSpacing(10)

        frame, layout = self._card(self.tr("已报送企业"))
        layout.addWidget(self._value("submitted", str(board.submitted), frame))
        expected = (self.tr("名单共 {n} 家").replace("{n}", str(board.roster_total)) if board.roster_total
                    else self.tr("数据库中共 {n} 家企业").replace("{n}", str(board.enterprises)))
        layout.addWidget(muted(expected, frame))
        layout.addStretch(1)
        grid.addWidget(frame, 0, 0)

        frame, layout = self._card(self.tr("不完整报送"))
        partial = len(board.partial)
        layout.addWidget(self._value("partial", str(partial), frame, WARN if partial else INK))
        if partial:
            names = "、".join(p["name"] for p in board.partial[:3]) + ("等" if partial > 3 else "")
            text = self.tr("只收到一份问卷（旧版软件分开导出）：{names}，请联系企业补报").replace("{names}", names)
        else:
            text = self.tr("每份报送都含两份问卷（核心指标 {core} 份，评测 {miit} 份）").replace(
                "{core}", str(board.core_submitted)).replace("{miit}", str(board.miit_submitted))
        layout.addWidget(muted(text, frame))
        layout.addStretch(1)
        grid.addWidget(frame, 0, 1)

        frame, layout = self._card(self.tr("未报送（名单）"))
        if board.roster_total:
            missing = len(board.not_submitted)
            layout.addWidget(self._value("not_submitted", self.tr("{n} 家").replace("{n}", str(missing)), frame,
                                         BAD if missing else GOOD))
        else:
            layout.addWidget(self._value("not_submitted", "—", frame, MUTED))
            layout.addWidget(muted(self.tr("尚未导入企业名单"), frame))
        roster_button = QPushButton(self.tr("导入名单…"), frame)
        roster_button.setObjectName("import_roster")
        roster_button.clicked.connect(self.import_roster.emit)
        layout.addStretch(1)
        layout.addWidget(roster_button, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(frame, 0, 2)

        frame, layout = self._card(self.tr("待核准密钥"))
        layout.addWidget(self._value("held_keys", str(board.held_keys), frame, WARN if board.held_keys else INK))
        note = self.tr("企业签名密钥与登记的不同") if board.held_keys else self.tr("没有待处理的")
        layout.addWidget(muted(note, frame))
        layout.addStretch(1)
        if board.held_keys:
            go = QPushButton(self.tr("去核准…"), frame)
            go.clicked.connect(self.show_held_keys.emit)
            layout.addWidget(go, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(frame, 0, 3)

        frame, layout = self._card(self.tr("导入日志"))
        layout.addWidget(self._value("log_entries", self.tr("{n} 条").replace("{n}", str(board.log_entries)), frame))
        self.log_result = muted(self.tr("哈希链相连，只能追加"), frame)
        self.log_result.setObjectName("log_result")
        layout.addWidget(self.log_result)
        layout.addStretch(1)
        check = QPushButton(self.tr("校验导入日志"), frame)
        check.setObjectName("check_log")
        check.clicked.connect(self.check_log.emit)
        audit = QPushButton(self.tr("核查数据库…"), frame)
        audit.setObjectName("audit")
        audit.setToolTip(self.tr("逐份用原始报告包重新核验、重新计算，与数据库中的数值和导入日志比对"))
        audit.clicked.connect(self.audit.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(check)
        buttons.addWidget(audit)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        grid.addWidget(frame, 0, 4)
        for column in range(5):
            grid.setColumnStretch(column, 1)
        self.layout_.addLayout(grid)

    def quotas(self, board: Any) -> None:
        self.layout_.addWidget(heading(self.tr("规划配额完成情况（附件1—3）")))
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, row in enumerate(board.quotas):
            frame, layout = self._card(f"{row.table} · {row.period}")
            name = QLabel(f"<b>{html.escape(row.label)}</b>", frame)
            name.setWordWrap(True)
            layout.addWidget(name)
            line = QHBoxLayout()
            if row.actual is None:
                big = self._value(f"quota:{row.key}", self.tr("未采集"), frame, MUTED, 16)
                side = self.tr("配额 {n}").replace("{n}", str(row.quota)) if row.quota is not None else ""
            elif row.quota is None:
                big = self._value(f"quota:{row.key}", str(row.actual), frame, INK, 16)
                side = self.tr("规划未设定配额")
            else:
                colour = GOOD if row.ratio is not None and row.ratio >= 1 else INK
                big = self._value(f"quota:{row.key}", f"{row.actual} / {row.quota}", frame, colour, 16)
                side = self.tr("完成 {p}").replace("{p}", percent(row.ratio or 0.0, 0))
            line.addWidget(big)
            line.addStretch(1)
            line.addWidget(muted(side, frame, wrap=False), 0, Qt.AlignmentFlag.AlignBottom)
            layout.addLayout(line)
            if row.quota is not None and row.actual is not None:
                ratio = row.ratio or 0.0
                bar = QProgressBar(frame)
                bar.setRange(0, 100)
                bar.setValue(min(100, round(ratio * 100)))
                bar.setTextVisible(False)
                bar.setFixedHeight(8)
                bar.setStyleSheet(BAR_STYLE % (GOOD if ratio >= 1 else "#2f5d8a"))
                layout.addWidget(bar)
            if row.note:
                layout.addWidget(muted(row.note, frame))
            layout.addStretch(1)
            grid.addWidget(frame, index // 4, index % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.layout_.addLayout(grid)

    def benchmarks(self, board: Any) -> None:
        self.layout_.addWidget(heading(self.tr("三项指标（规划对重点企业的目标）")))
        row = QHBoxLayout()
        row.setSpacing(10)
        for stat in board.benchmarks:
            frame, layout = self._card(self.tr("{name}　目标：{target}").replace("{name}", stat.name)
                                       .replace("{target}", stat.target_label))
            line = QHBoxLayout()
            met_colour = GOOD if stat.key_reported and stat.key_met == stat.key_reported else INK
            line.addWidget(self._value(f"benchmark:{stat.key}", f"{stat.key_met} / {stat.key_reported}", frame,
                                       met_colour))
            line.addWidget(muted(self.tr("家重点企业达标"), frame, wrap=False), 0, Qt.AlignmentFlag.AlignBottom)
            line.addStretch(1)
            layout.addLayout(line)
            average_ok = stat.key_average is not None and stat.key_average * 100 >= stat.target_percent
            average = QHBoxLayout()
            average.addWidget(muted(self.tr("重点企业平均"), frame, wrap=False))
            average.addWidget(self._value(f"average:{stat.key}", percent(stat.key_average), frame,
                                          GOOD if average_ok else (MUTED if stat.key_average is None else BAD), 12))
            average.addWidget(muted(self.tr("（目标 {t}%）").replace("{t}", f"{stat.target_percent:g}"), frame,
                                    wrap=False))
            average.addStretch(1)
            layout.addLayout(average)
            layout.addWidget(muted(self.tr("全部企业：{met} / {n} 家达标，平均 {avg}")
                                   .replace("{met}", str(stat.all_met)).replace("{n}", str(stat.all_reported))
                                   .replace("{avg}", percent(stat.all_average)), frame))
            layout.addWidget(distribution_chart(stat, frame))
            layout.addWidget(muted(self.tr("每 10% 一组；柱上数字：重点企业 / 全部企业"), frame))
            row.addWidget(frame, 1)
        self.layout_.addLayout(row)

    def levels_and_stars(self, board: Any) -> None:
        self.layout_.addWidget(heading(self.tr("工信部数字化水平评测等级与星级上云")))
        row = QHBoxLayout()
        row.setSpacing(10)
        frame, layout = self._card(self.tr("评测等级（{n} 份评测）").replace("{n}", str(board.miit_submitted)))
        levels = list(board.miit_levels.items())
        numbers = QHBoxLayout()
        for level, count in levels:
            box = QVBoxLayout()
            box.addWidget(self._value(f"level:{level}", str(count), frame, INK, 14), 0, Qt.AlignmentFlag.AlignHCenter)
            box.addWidget(muted(level, frame, wrap=False), 0, Qt.AlignmentFlag.AlignHCenter)
            numbers.addLayout(box)
        layout.addLayout(numbers)
        layout.addWidget(count_chart(levels, "#2f5d8a", frame))
        row.addWidget(frame, 1)

        frame, layout = self._card(self.tr("星级上云（企业数）"))
        grid = QGridLayout()
        grid.addWidget(muted(self.tr("已获评"), frame, wrap=False), 1, 0)
        grid.addWidget(muted(self.tr("自评估计"), frame, wrap=False), 2, 0)
        names = {0: self.tr("未达三星"), 3: self.tr("三星"), 4: self.tr("四星"), 5: self.tr("五星")}
        for column, star in enumerate((0, 3, 4, 5), start=1):
            grid.addWidget(muted(names[star], frame, wrap=False), 0, column, Qt.AlignmentFlag.AlignHCenter)
            if star:
                grid.addWidget(self._value(f"star:{star}", str(board.cloud_awarded.get(star, 0)), frame, INK, 14),
                               1, column, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(self._value(f"estimate:{star}", str(board.cloud_estimate.get(star, 0)), frame, MUTED, 14),
                           2, column, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(grid)
        layout.addWidget(count_chart([(names[s], board.cloud_estimate.get(s, 0)) for s in (0, 3, 4, 5)],
                                     "#7a9cc0", frame))
        layout.addWidget(muted(self.tr("柱状图为自评估计星级；已获评星级按企业填报计，对应附件3的上云配额。"), frame))
        row.addWidget(frame, 1)
        self.layout_.addLayout(row)

    def roster(self, board: Any) -> None:
        self.layout_.addWidget(heading(self.tr("未报送企业")))
        if not board.roster_total:
            self.layout_.addWidget(muted(self.tr(
                "尚未导入企业名单。导入名单（Excel 或 CSV，含统一社会信用代码和企业名称两列）后，"
                "这里列出尚未报送的企业。")))
            return
        missing = board.not_submitted
        self.layout_.addWidget(QLabel(self.tr("名单共 {total} 家，{year} 年尚未报送 {n} 家（重点企业在前）：")
                                      .replace("{total}", str(board.roster_total)).replace("{year}", str(board.year))
                                      .replace("{n}", str(len(missing)))))
        if not missing:
            return
        headers = (self.tr("企业名称"), self.tr("统一社会信用代码"), self.tr("重点企业"), self.tr("规模"),
                   self.tr("行业"), self.tr("联系人"), self.tr("电话"))
        table = QTableWidget(len(missing), len(headers))
        table.setObjectName("not_submitted")
        table.setHorizontalHeaderLabels(headers)
        for r, item in enumerate(missing):
            values = (item["name"], item["uscc"], self.tr("是") if item["key_enterprise"] else "", item["scale"],
                      item["industry"], item["contact"], item["phone"])
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(str(value or "")))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(min(320, 34 + 28 * len(missing)))
        self.layout_.addWidget(table)

    def show_log_check(self, check: Any) -> None:
        if self.log_result is None:
            return
        self.log_result.setText(self.tr("已校验：完整，哈希链首尾相接") if check.ok else check.message)
        self.log_result.setToolTip(check.message)
        self.log_result.setStyleSheet(f"color: {GOOD if check.ok else BAD};")
