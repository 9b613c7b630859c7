"""概览: the district for one year — submissions, the quotas of the year's policy edition (附件1/2/3 of the
Nantong plan for 2022–2024; counts only when the edition sets none), the three benchmarks, MIIT levels and
cloud stars, who has not submitted, keys waiting for approval, the 核查提示 (flags) and the import log with
its signatures. The edition is named above the quota table, with its note (outside its years, or why there
are no quotas) in plain words.

It only shows a :class:`~zgsz_desktop.district.dashboard.Dashboard` and a ``LogCheck``; the window builds
them (the log check on a pool thread: every signature is verified) and handles the buttons (signals), so
every figure on screen is the one the core computed."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import QT_TR_NOOP, citation, content, edition_name, edition_years, period
from .bars import count_chart, distribution_chart
from .common import (
    BAD,
    CARD_STYLE,
    GOOD,
    INK,
    MUTED,
    WARN,
    card,
    fit_headers,
    heading,
    level_name,
    listed,
    muted,
    percent,
    row_table,
    shown,
    stars,
    tr,
    without_full_stop,
)
from .flags_model import kind_name
from .text_model import TextRowsModel

BAR_STYLE = ("QProgressBar { border: none; background: #dde3ea; border-radius: 3px; }"
             "QProgressBar::chunk { background: %s; border-radius: 3px; }")
BAD_CARD_STYLE = f"#card {{ background: #fbe9e7; border: 1px solid {BAD}; border-radius: 8px; }}"
EDITION_STYLE = "#edition { background: #eef3f8; border: 1px solid #c9d1db; border-radius: 4px; }"
CONFIDENCE_WORDS = {"V": QT_TR_NOOP("已核对原文"), "3P": QT_TR_NOOP("转引，原文未核对"), "U": QT_TR_NOOP("未证实")}
UNSTATED = QT_TR_NOOP("未注明")
# what a quota row covers, as the core writes it: "2024年" or "2022—2024年累计"
ONE_YEAR = re.compile(r"^(\d{4})\u5e74$")
CUMULATIVE = re.compile(r"^(\d{4})\u2014(\d{4})\u5e74\u7d2f\u8ba1$")


def span_label(text: str) -> str:
    """A quota row's span in the interface language (anything else as it is)."""
    if match := ONE_YEAR.match(text):
        return tr("{year}年").format(year=match[1])
    if match := CUMULATIVE.match(text):
        return tr("{first}—{year}年累计").format(first=match[1], year=match[2])
    return shown(text)


class DashboardPage(QWidget):
    import_roster = Signal()
    check_log = Signal()
    audit = Signal()
    show_held_keys = Signal()
    show_flags = Signal(str)  # a flag kind, or "" for all

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.board: Any = None
        self.values: dict[str, QLabel] = {}  # figure key → the label that shows it (read by tests)
        self.log_result: QLabel | None = None
        self.log_banner: QFrame | None = None
        self.log_card: QFrame | None = None
        self.log_check: Any = None  # the last LogCheck shown (kept across rebuilds)
        self.log_checking = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area)

    # ------------------------------------------------------------------ building

    def show_dashboard(self, board: Any) -> None:
        self.board = board
        self.values = {}
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(16, 10, 16, 16)
        self.layout_.setSpacing(8)
        self.banner()
        self.summary(board)
        self.benchmarks(board)
        self.quotas(board)
        self.levels_and_stars(board)
        self.roster(board)
        self.unlisted(board)
        notes = muted("<b>" + self.tr("统计口径") + "</b><br>" + "<br>".join(
            f"· {html.escape(note)}" for note in board.notes), content)
        notes.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(notes)
        self.layout_.addStretch(1)
        position = self.scroll_area.verticalScrollBar().value()
        old = self.scroll_area.takeWidget()
        self.scroll_area.setWidget(content)
        self.scroll_area.verticalScrollBar().setValue(position)  # a refresh keeps the reader's place
        if old is not None:
            old.deleteLater()
        self.apply_log_state()

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
            names = listed(shown(p["name"], 40) for p in board.partial[:3])
            if partial > 3:
                names = self.tr("{names}等").format(names=names)
            text = self.tr("只收到一份问卷（旧版软件分开导出）：{names}，请联系企业补报").replace("{names}", names)
        else:
            text = self.tr("每份报送都含两份问卷（核心指标 {core} 份，评测 {miit} 份）").replace(
                "{core}", str(board.core_submitted)).replace("{miit}", str(board.miit_submitted))
        label = muted(text, frame)
        label.setTextFormat(Qt.TextFormat.PlainText)  # it names enterprises
        layout.addWidget(label)
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

        frame, layout = self._card(self.tr("核查提示"))
        flags = getattr(board, "flags", None) or []
        layout.addWidget(self._value("flags", self.tr("{n} 条").replace("{n}", str(len(flags))), frame,
                                     WARN if flags else INK))
        if flags:
            counts: dict[str, int] = {}
            for flag in flags:
                counts[flag.kind] = counts.get(flag.kind, 0) + 1
            text = tr("，").join(self.tr("{kind} {n}").format(kind=kind_name(kind), n=n) for kind, n in counts.items())
        else:
            text = self.tr("没有需要与企业核实的填报")
        flag_note = muted(text, frame)
        flag_note.setObjectName("flags_note")
        layout.addWidget(flag_note)
        layout.addStretch(1)
        if flags:
            go = QPushButton(self.tr("查看…"), frame)
            go.setObjectName("show_flags")
            go.clicked.connect(lambda: self.show_flags.emit(""))
            layout.addWidget(go, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(frame, 0, 4)

        frame, layout = self._card(self.tr("导入日志"))
        self.log_card = frame
        layout.addWidget(self._value("log_entries", self.tr("{n} 条").replace("{n}", str(board.log_entries)), frame))
        self.log_result = muted(self.tr("哈希链相连，只能追加"), frame)
        self.log_result.setObjectName("log_result")
        layout.addWidget(self.log_result)
        layout.addStretch(1)
        check = QPushButton(self.tr("校验"), frame)
        check.setObjectName("check_log")
        check.setToolTip(self.tr("重新核对导入日志的哈希链和每条记录的区县签名"))
        check.clicked.connect(self.check_log.emit)
        audit = QPushButton(self.tr("核查数据库…"), frame)
        audit.setObjectName("audit")
        audit.setToolTip(self.tr("用原始报告包、名单文件和导入日志重新建立数据库，与现有数据库逐项比对"))
        audit.clicked.connect(self.audit.emit)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(check)
        buttons.addWidget(audit)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        grid.addWidget(frame, 0, 5)
        for column in range(6):
            grid.setColumnStretch(column, 1)
        self.layout_.addLayout(grid)

    def banner(self) -> None:
        """A red panel above everything when the import log cannot be trusted (shown by apply_log_state)."""
        frame = QFrame()
        frame.setObjectName("log_banner")
        frame.setStyleSheet(BAD_CARD_STYLE.replace("#card", "#log_banner"))
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(14, 10, 14, 10)
        text = QLabel(frame)
        text.setObjectName("log_banner_text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setStyleSheet(f"color: {BAD}; font-weight: bold;")
        layout.addWidget(text, 1)
        audit = QPushButton(self.tr("核查数据库…"), frame)
        audit.clicked.connect(self.audit.emit)
        layout.addWidget(audit, 0, Qt.AlignmentFlag.AlignVCenter)
        frame.hide()
        self.log_banner = frame
        self.layout_.addWidget(frame)

    def edition_box(self, board: Any) -> None:
        """The policy edition the year is measured against, and its note (outside its years; no quotas)."""
        edition = getattr(board, "edition", None)
        note = getattr(board, "edition_note", "") or ""
        if edition is None and not note:
            return
        box = QFrame()
        box.setObjectName("edition")
        box.setStyleSheet(EDITION_STYLE)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(3)
        if edition is not None:
            label = QLabel(self.tr("<b>对照的政策版本：</b>{edition}").format(
                edition=html.escape(shown(edition_name(edition)))), box)
            label.setObjectName("edition_label")
            label.setWordWrap(True)
            layout.addWidget(label)
            confidence = tr(CONFIDENCE_WORDS.get(edition.confidence, UNSTATED))
            layout.addWidget(muted(html.escape(self.tr("适用年份：{years}；内容可信度：{confidence}")
                                               .replace("{years}", edition_years(edition))
                                               .replace("{confidence}", confidence)), box))
            if edition.origin != "shipped":  # loaded from the city: who signed it, with which key
                layout.addWidget(muted(html.escape(self.tr("市级下发，第{version}版：{origin}").format(
                    version=edition.edition_version, origin=shown(edition.origin))), box))
        sources = {getattr(row, "source", "") for row in board.quotas} - {""}
        if len(sources) == 1:  # one document for every quota: said once, not on each card
            layout.addWidget(muted(html.escape(self.tr("任务数来源：{source}").format(source=shown(citation(sources.pop())))),
                                   box))
        if note:
            text = QLabel(shown(note, 2000), box)
            text.setObjectName("edition_note")
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setStyleSheet(f"color: {WARN};")
            layout.addWidget(text)
        self.layout_.addWidget(box)

    def quotas(self, board: Any) -> None:
        edition = getattr(board, "edition", None)
        has_quotas = any(row.quota is not None for row in board.quotas)
        if has_quotas:
            title = self.tr("任务数完成情况")
        else:
            title = self.tr("企业填报的数量（未下达任务数）")
        if edition is not None and has_quotas and edition.has_quotas:
            tables = listed(content(table) for table in dict.fromkeys(row.table for row in board.quotas))
            title = self.tr("{title}（{tables}）").format(title=title, tables=html.escape(shown(tables, 160)))
        self.layout_.addWidget(heading(title))
        self.edition_box(board)
        several_sources = len({row.source for row in board.quotas} - {""}) > 1
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, row in enumerate(board.quotas):
            frame, layout = self._card(f"{content(row.table)} · {span_label(row.period)}")
            name = QLabel(f"<b>{html.escape(content(row.label))}</b>", frame)
            name.setWordWrap(True)
            layout.addWidget(name)
            line = QHBoxLayout()
            if row.actual is None:
                big = self._value(f"quota:{row.key}", self.tr("未采集"), frame, MUTED, 16)
                side = (self.tr("任务数 {n}").replace("{n}", str(row.quota)) if row.quota is not None
                        else self.tr("任务数：未下达"))
            elif row.quota is None:  # the edition sets no quota: the count alone, no ratio
                big = self._value(f"quota:{row.key}", str(row.actual), frame, INK, 16)
                side = self.tr("任务数：未下达")
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
            if several_sources and row.source:
                layout.addWidget(muted(html.escape(self.tr("来源：{source}").format(source=shown(row.source))), frame))
            layout.addStretch(1)
            grid.addWidget(frame, index // 4, index % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.layout_.addLayout(grid)

    def benchmarks(self, board: Any) -> None:
        reference = any(getattr(stat, "reference_only", False) for stat in board.benchmarks)
        self.layout_.addWidget(heading(self.tr("三项指标（与参照值对照，不是考核目标）") if reference
                                       else self.tr("三项指标（规划对重点企业的目标）")))
        row = QHBoxLayout()
        row.setSpacing(10)
        for stat in board.benchmarks:
            title = self.tr("{name}　参照值：{target}") if reference else self.tr("{name}　目标：{target}")
            frame, layout = self._card(title.replace("{name}", content(stat.name))
                                       .replace("{target}", content(stat.target_label)))
            line = QHBoxLayout()
            met_colour = GOOD if stat.key_reported and stat.key_met == stat.key_reported else INK
            line.addWidget(self._value(f"benchmark:{stat.key}", f"{stat.key_met} / {stat.key_reported}", frame,
                                       met_colour))
            line.addWidget(muted(self.tr("家重点企业达到参照值") if reference else self.tr("家重点企业达标"),
                                 frame, wrap=False), 0, Qt.AlignmentFlag.AlignBottom)
            line.addStretch(1)
            layout.addLayout(line)
            average_ok = stat.key_average is not None and stat.key_average * 100 >= stat.target_percent
            average = QHBoxLayout()
            average.addWidget(muted(self.tr("重点企业平均"), frame, wrap=False))
            average.addWidget(self._value(f"average:{stat.key}", percent(stat.key_average), frame,
                                          GOOD if average_ok else (MUTED if stat.key_average is None else BAD), 12))
            average.addWidget(muted((self.tr("（参照值 {t}%）") if reference else self.tr("（目标 {t}%）"))
                                    .replace("{t}", f"{stat.target_percent:g}"), frame, wrap=False))
            average.addStretch(1)
            layout.addLayout(average)
            everyone = (self.tr("全部企业：{met} / {n} 家达到参照值，平均 {avg}") if reference
                        else self.tr("全部企业：{met} / {n} 家达标，平均 {avg}"))
            layout.addWidget(muted(everyone.replace("{met}", str(stat.all_met)).replace("{n}", str(stat.all_reported))
                                   .replace("{avg}", percent(stat.all_average)), frame))
            basis = getattr(stat, "basis", "")
            if basis:
                basis_text = self.tr("依据：{basis}").format(basis=shown(content(basis), 400))
                basis_label = muted(html.escape(basis_text), frame)
                basis_label.setObjectName(f"basis:{stat.key}")
                layout.addWidget(basis_label)
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
            box.addWidget(muted(level_name(level), frame, wrap=False), 0, Qt.AlignmentFlag.AlignHCenter)
            numbers.addLayout(box)
        layout.addLayout(numbers)
        layout.addWidget(count_chart([(level_name(level), count) for level, count in levels], "#2f5d8a", frame))
        row.addWidget(frame, 1)

        frame, layout = self._card(self.tr("星级上云（企业数）"))
        grid = QGridLayout()
        grid.addWidget(muted(self.tr("已获评"), frame, wrap=False), 1, 0)
        grid.addWidget(muted(self.tr("自评估计"), frame, wrap=False), 2, 0)
        names = {star: stars(star) for star in (0, 3, 4, 5)}
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
        edition = getattr(board, "edition", None)
        layout.addWidget(muted(self.tr("柱状图为自评估计星级；已获评星级按企业填报计，对应附件3的上云配额。")
                               if edition is None or edition.has_quotas
                               else self.tr("柱状图为自评估计星级；已获评星级按企业填报计。"), frame))
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
        rows = [(item["name"], item["uscc"], self.tr("是") if item["key_enterprise"] else "", content(item["scale"]),
                 content(item["industry"]), item["contact"], item["phone"]) for item in missing]
        self.layout_.addWidget(self._table("not_submitted", headers, rows, missing))

    def unlisted(self, board: Any) -> None:
        """Enterprises that reported for the year but are not on the roster (once a roster is imported)."""
        rows = getattr(board, "not_on_roster", None) or []
        if not board.roster_total or not rows:
            return
        self.layout_.addWidget(heading(self.tr("报送了但不在名单中的企业")))
        self.layout_.addWidget(QLabel(self.tr(
            "{n} 家企业报送了 {year} 年的评估，但不在导入的企业名单中；其数据已计入汇总。请核实后更新名单或联系企业"
            "（也列在“核查提示”中）。").replace("{n}", str(len(rows))).replace("{year}", str(board.year))))
        headers = (self.tr("企业名称"), self.tr("统一社会信用代码"), self.tr("评估期"))
        self.layout_.addWidget(self._table("not_on_roster", headers,
                                           [(r.get("name"), r.get("uscc"), period(r.get("period") or ""))
                                            for r in rows], rows))

    def _table(self, name: str, headers: tuple[str, ...], rows: list[tuple[Any, ...]],
               payloads: list[Any]) -> QTableView:
        model = TextRowsModel(headers, self)
        model.set_rows(rows, payloads)
        table = row_table(None, name, model)
        model.setParent(table)
        for column, width in enumerate((300, 170, 70, 60, 180, 90)[:len(headers) - 1]):
            table.setColumnWidth(column, width)
        fit_headers(table)
        # a short list as tall as its rows; a long one scrolls inside 320 pixels
        header_height = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(min(320, header_height + 26 * len(rows) + 2 * table.frameWidth() + 2))
        return table

    # ------------------------------------------------------------------ the import log

    def show_log_checking(self) -> None:
        self.log_checking = True
        self.apply_log_state()

    def show_log_check(self, check: Any) -> None:
        self.log_check = check
        self.log_checking = False
        self.apply_log_state()

    def log_state(self) -> tuple[str, str, str]:
        """(text for the card, its colour, the warning above everything or "") for the last check."""
        from .log_status import log_status

        if self.log_check is None:
            return self.tr("正在核对哈希链和区县签名…"), MUTED, ""
        status = log_status(self.log_check)
        banner = "" if status.trusted else self.tr(
            "{message}。数据库可能在本软件之外被改动过，请点击“核查数据库…”查明改动了什么。").replace(
            "{message}", without_full_stop(status.sentence))
        return status.short, status.colour, banner

    def apply_log_state(self) -> None:
        if self.log_result is None:
            return
        text, colour, banner = self.log_state()
        if self.log_checking and self.log_check is not None:  # the last result stays readable meanwhile
            text, colour = self.tr("正在重新核对…") + "\n" + text, MUTED
        self.log_result.setText(text)
        self.log_result.setToolTip(self.log_check.message if self.log_check is not None else "")
        self.log_result.setStyleSheet(f"color: {colour};" + (" font-weight: bold;" if colour == BAD else ""))
        if self.log_card is not None:
            self.log_card.setStyleSheet(BAD_CARD_STYLE if banner else CARD_STYLE)
        if self.log_banner is not None:
            text_label = self.log_banner.findChild(QLabel, "log_banner_text")  # made with the banner
            if text_label is not None:
                text_label.setText("⚠ " + banner)
            self.log_banner.setVisible(bool(banner))
