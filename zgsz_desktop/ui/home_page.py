"""Home: where the enterprise stands and what to do next.

The enterprise card, then one card per submission (报送: one period, every questionnaire the district asks
for), newest period first: its questionnaires with their completion, the step it is at (填写 → 检查 → 导出 →
交给区县) and one main button for the next action.

What a card shows is the submission's overview (``workspace.overview``). On a start the page paints at once
from the overview cache when it matches the workspace as it is (one small query; no definition is read); the
definitions are then loaded on a worker thread, after the page is on screen, and the overview computed again
to confirm it (it is exactly what the cache held unless the cache is wrong, and then the cards are replaced).
Without a matching cache (the first start, or after the command line changed the workspace) the first paint
shows the periods straight from storage and the questionnaires, completion and checks (which need the
definitions parsed, ~0.1 s on a cold start) are computed on the worker thread, with a connection of its own,
and filled in when ready. Once the definitions are loaded, later visits compute the overviews directly (a few ms).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..text import local_time
from ..workspace import storage
from ..workspace.periods import check_period, normalise_period, period_key, period_kind
from ..workspace.submission import CHECK, EXPORT, FILL, HAND_IN
from .errors import show_error
from .i18n import QT_TR_NOOP, chinese_interface, content, error_text, tr
from .i18n import period as period_text
from .styles import PRIMARY_STYLE

GOOD, BAD, AMBER, MUTED, ACCENT = "#1f6f43", "#b3261e", "#8a5a00", "#5f6b7a", "#1f5fa8"
STEPS = (QT_TR_NOOP("填写"), QT_TR_NOOP("检查"), QT_TR_NOOP("导出"), QT_TR_NOOP("交给区县"))
RETURNED_STEP = QT_TR_NOOP("退回修改")  # the last step while the district has sent the package back
STAGE_NAMES = {FILL: QT_TR_NOOP("填写中"), CHECK: QT_TR_NOOP("待检查"), EXPORT: QT_TR_NOOP("待导出"),
               HAND_IN: QT_TR_NOOP("已导出")}  # workspace.submission.STAGE_LABELS, as the interface shows them
SCALE_NAMES = (QT_TR_NOOP("规上"), QT_TR_NOOP("列规纳统小微"), QT_TR_NOOP("其他"))  # workspace.profile.SCALES
# How a period is stored and exported (Chinese, the source language: the district and the report use it); the
# interface shows it through i18n.period.
ANNUAL_FORM = QT_TR_NOOP("{year}年度")
PERIOD_FORMS = (ANNUAL_FORM, QT_TR_NOOP("{year}年上半年"), QT_TR_NOOP("{year}年下半年"),
                *(QT_TR_NOOP("{year}年第{quarter}季度").replace("{quarter}", str(q)) for q in (1, 2, 3, 4)))
STAGE_STEP = {FILL: 0, CHECK: 1, EXPORT: 2, HAND_IN: 3}
PACKAGE_KEY = "export/package/"  # + period: where the last package of that period was written (QSettings)
FOLDER_KEY = "export/folder"

_definitions_loaded = False  # set once a home page has read the submissions: later pages need no worker
CONFIRM_AFTER_MS = 300  # a page painted from the overview cache loads the definitions and confirms it this much later

# Start-up (issue #16): nothing on this page touches PySide6's ``Qt`` namespace before its first paint. Building that
# namespace turns ~120 C++ enums into Python enums (~20 ms, as long as the rest of the home page), and nothing a
# first paint shows needs it: the model's roles are plain numbers, alignment comes from stretches, rich text is
# recognised by its leading tag. What only matters once the user points at the page (the hand cursor over the main
# buttons, selectable text) is set just after the first paint (``HomePage.interactive``).
DISPLAY_ROLE, USER_ROLE = 0, 256  # Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole
DETAILS_AFTER_PAINT_MS = 50  # after the first paint; the user's hand needs far longer to get there
PRIMARY, SELECTABLE = "home_primary", "home_selectable"  # what interactive() marks for after the first paint
# One style sheet for each submission card, instead of one per label: a widget picks its look by its object name or
# its ``tone`` / ``step_state`` property, set before it is first shown (Qt matches properties when it polishes a
# widget). Not one sheet for the whole page (issue #16): measured, it made building and painting the page ~10 ms
# slower, as every widget of the page (scroll area, bars, buttons) is then drawn through the style-sheet style; a
# card's children are anyway, as the card has its rounded frame. Its completion bars are drawn flat by the sheet:
# the platform style's bars take ~1 ms each to paint, every time (measured, issue #16).
TONE, STEP_STATE = "tone", "step_state"
CARD_STYLE = f"""
#submission_card {{ background: white; border: 1px solid #d5dbe2; border-radius: 8px; }}
QLabel[tone="muted"], QPushButton[tone="muted"] {{ color: {MUTED}; }}
QLabel[tone="good"] {{ color: {GOOD}; }}
QLabel#stale {{ color: {AMBER}; background: #fff7e6; border-radius: 4px; padding: 4px 8px; }}
QLabel#receipt_status {{ border-radius: 4px; padding: 4px 8px; }}
QLabel#receipt_status[receipt="accepted"] {{ color: {GOOD}; background: #e8f4ec; }}
QLabel#receipt_status[receipt="returned"] {{ color: {AMBER}; background: #fff3d6; font-weight: bold; }}
QLabel#receipt_status[receipt="awaiting"] {{ color: {MUTED}; background: #f4f6f8; }}
QProgressBar {{ border: 1px solid #b8c2cc; border-radius: 3px; background: white; text-align: center;
                color: #1c2733; }}
QProgressBar::chunk {{ background: #8fbce8; border-radius: 2px; }}
QLabel[step_state="todo"] {{ color: {MUTED}; padding: 2px 8px; }}
QLabel[step_state="done"] {{ color: {GOOD}; padding: 2px 8px; }}
QLabel[step_state="current"] {{ background: {ACCENT}; color: white; border-radius: 10px; padding: 2px 10px;
                                font-weight: bold; }}
QLabel[step_state="returned"] {{ background: #fff3d6; color: {AMBER}; border: 1px solid #e0a800;
                                 border-radius: 10px; padding: 1px 10px; font-weight: bold; }}
""" + PRIMARY_STYLE.replace("QPushButton", 'QPushButton[tone="primary"]')  # guide.primary()'s look


def escape(text: str) -> str:
    """``text`` shown as it is inside rich text (``html.escape`` without importing ``html``, whose entity table
    PySide6's import hook reads at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace(
        "'", "&#x27;")


def tone(widget: Any, name: str) -> Any:
    """``widget`` of a submission card in the colour ``name`` (muted, good, primary): see CARD_STYLE."""
    widget.setProperty(TONE, name)
    return widget


def default_period(today: date) -> str:
    """The most recent complete year: a year is complete once it has ended (on 2026-12-03: 2025年度)."""
    return ANNUAL_FORM.replace("{year}", str(today.year - 1))


def typed_period(text: str) -> str:
    """A period as typed: its stored form when it is one, or when it is a period as the interface shows it in
    another language (``2025`` for 2025年度 in English); otherwise the text as typed (check_period says why)."""
    period = normalise_period(text)
    if chinese_interface() or period_kind(period):
        return period
    wanted = " ".join(text.split()).casefold()
    for year in dict.fromkeys(re.findall(r"[0-9]{4}", text)):
        for form in PERIOD_FORMS:
            candidate = form.replace("{year}", year)
            if " ".join(period_text(candidate).split()).casefold() == wanted:
                return candidate
    return period


def fill_in(template: str, **values: str) -> str:
    """``template`` (a translated text) with its ``{name}`` placeholders replaced, in one pass: a value holding
    braces (a name the user typed) is never read as a placeholder."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def sentences(*parts: str) -> str:
    """Sentences one after the other (no space between them in Chinese, one in English)."""
    text = ""
    for part in (p for p in parts if p):
        text = fill_in(tr("{sentence}{next}"), sentence=text, next=part) if text else part
    return text


def previous_period(period: str, existing: Sequence[str]) -> str | None:
    """The latest of ``existing`` that is earlier than ``period`` and of the same kind (年度 after 年度)."""
    if check_period(period):
        return None
    period = normalise_period(period)
    kind, key = period_kind(period), period_key(period)
    earlier = [p for p in existing if period_kind(p) == kind and period_key(p) < key]
    return max(earlier, key=period_key, default=None)


# ---------------------------------------------------------------------------------------------- next step


class NextStep(NamedTuple):
    """What the home page says about a submission: the step it is at, the one main action, and why. (A named
    tuple, not a dataclass: Python makes one ~8 times faster, and this module is on the way to the first paint.)"""

    step: int  # index in STEPS
    action: str  # "fill" | "check" | "export" | "folder"
    button: str
    headline: str
    detail: str
    stale: str = ""  # changed after its export: the package handed in no longer matches


def export_date(record: Any) -> str:
    return local_time(str(record.get("created_at") or ""))[:10]


def next_step(submission: Any) -> NextStep:
    """Pure: the next action for ``submission`` (a workspace ``SubmissionOverview``)."""
    stale = ""
    last = submission.last_export
    if submission.changed_since_export and last is not None:
        stale = (tr("导出后已修改，需重新导出（上次为第{n}次报送，{date}；区县以最新一次为准）")
                 .replace("{n}", str(last["sequence"])).replace("{date}", export_date(last)))
    step = STAGE_STEP[submission.stage]
    if submission.stage == FILL:
        left = submission.blanks + sum(not p.started for p in submission.parts)
        if left:
            not_started = [content(p.short_title) for p in submission.parts if not p.started]
            detail = sentences(
                tr("还有 {n} 道必答题未填。").replace("{n}", str(submission.blanks)) if submission.blanks else "",
                # “A”“B”: the separator closes one title's quotes and opens the next one's
                tr("“{titles}”尚未开始。").replace("{titles}", tr("”“").join(not_started)) if not_started else "",
                tr("另有 {n} 处前后矛盾要改正。").replace("{n}", str(submission.errors)) if submission.errors else "",
                tr("每个答案填写后立即保存，可以随时离开，下次接着填。"))
            return NextStep(step, "fill", tr("继续填写"), tr("填写中"), detail, stale)
        return NextStep(step, "check", tr("检查并完成"), tr("有答案不符合要求"),
                        tr("有 {n} 个答案不符合要求，请在检查页逐项修改。").replace("{n}", str(submission.problems)),
                        stale)
    if submission.stage == CHECK:
        if submission.errors:
            detail = tr("必答题已全部填写，但有 {n} 处前后矛盾需要改正。").replace("{n}", str(submission.errors))
        else:
            detail = tr("必答题已全部填写。下一步：检查一遍，然后点“完成”。")
        return NextStep(step, "check", tr("检查并完成"), tr("待检查"), detail, stale)
    if submission.stage == EXPORT:
        return NextStep(step, "export", tr("导出报告包…"), tr("已完成，待导出"),
                        tr("下一步：导出报告包（一个加密文件 .zgsz 和一份 PDF 报告），交给区县工信部门。"), stale)
    return NextStep(step, "folder", tr("打开所在文件夹"),
                    tr("已导出第{n}次报送（{date}）").replace("{n}", str(last["sequence"]))
                    .replace("{date}", export_date(last)),
                    tr("请把报告包 {file} 交给区县工信部门，并打印 PDF 签字盖章。")
                    .replace("{file}", str(last["file_name"])))


def receipt_line(standing: Any) -> str:
    """Pure: what the district's newest receipt means for the period (a ``workspace.receipts.PeriodReceipt``)."""
    receipt = standing.receipt
    when = local_time(receipt.decided_at or receipt.issued_at)[:10]
    if standing.state == "accepted":
        return (tr("✓ {district}工信部门已受理第{n}次报送（{date}）").replace("{district}", content(receipt.district))
                .replace("{n}", str(receipt.sequence)).replace("{date}", when))
    if standing.state == "returned":
        changed = sum(1 for flag in standing.flags if flag.changed)
        line = (tr("退回修改：{district}工信部门要求修改 {count} 处（第{n}次报送，{date}）")
                .replace("{district}", content(receipt.district)).replace("{count}", str(standing.open_count))
                .replace("{n}", str(receipt.sequence)).replace("{date}", when))
        if changed:
            line += tr("，已改 {changed} 处，改完后重新导出").replace("{changed}", str(changed))
        return line
    return (tr("已更正并重新导出第{n}次报送，等待区县受理（第{old}次报送曾被退回修改）")
            .replace("{n}", str(standing.latest_sequence)).replace("{old}", str(receipt.sequence))
            if receipt.status == "returned" else
            tr("已重新导出第{n}次报送，等待区县受理").replace("{n}", str(standing.latest_sequence)))


# ---------------------------------------------------------------------------------------------- the model


class Row(NamedTuple):  # a named tuple for the same reason as NextStep
    period: str
    submission: Any = None  # SubmissionOverview once read; None while it is being computed


class SubmissionsModel(QAbstractListModel):
    """The submissions, newest period first. Display: ``2025年度 · 填写中``; ``SubmissionRole`` the
    ``SubmissionOverview`` (None until read), ``PeriodRole`` the period, ``SortRole`` the period's sort key."""

    SubmissionRole = USER_ROLE + 1
    PeriodRole = USER_ROLE + 2
    SortRole = USER_ROLE + 3

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_periods(self, periods: Sequence[str]) -> None:
        self.set_rows([Row(p) for p in periods])

    def set_submissions(self, submissions: Sequence[Any]) -> None:
        self.set_rows([Row(s.period, s) for s in submissions])

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: period_key(r.period), reverse=True)
        self.endResetModel()

    @property
    def loaded(self) -> bool:
        return all(r.submission is not None for r in self.rows)

    def row_of(self, period: str) -> Row | None:
        return next((r for r in self.rows if r.period == period), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == DISPLAY_ROLE:
            state = tr(STAGE_NAMES[row.submission.stage]) if row.submission is not None else tr("正在读取…")
            return f"{period_text(row.period)} · {state}"
        if role == self.SubmissionRole:
            return row.submission
        if role == self.PeriodRole:
            return row.period
        if role == self.SortRole:
            return period_key(row.period)
        return None


# ---------------------------------------------------------------------------------------------- widgets


def top_aligned(widget: QWidget) -> QVBoxLayout:
    """``widget`` at the top of a row's height, at its own size (Qt.AlignmentFlag.AlignTop without the enum)."""
    column = QVBoxLayout()
    column.addWidget(widget)
    column.addStretch(1)
    return column


class StepIndicator(QWidget):
    """填写 → 检查 → 导出 → 交给区县, the current step highlighted, the steps before it ticked. ``returned``: the
    district sent the handed-in package back (回执 退回修改), so the last step reads 退回修改 in amber rather than
    sitting on 交给区县 as if nothing were left to do."""

    def __init__(self, current: int | None, parent: QWidget | None = None, returned: bool = False):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.labels: list[QLabel] = []
        for index, name in enumerate(STEPS):
            if index:
                arrow = tone(QLabel("→", self), "muted")
                layout.addWidget(arrow)
            label = QLabel(self)
            label.setObjectName(f"step_{index}")
            if current is None or index > current:
                label.setText(f"{index + 1} {tr(name)}")
                label.setProperty(STEP_STATE, "todo")
            elif index < current:
                label.setText(f"✓ {tr(name)}")
                label.setProperty(STEP_STATE, "done")
            elif returned and index == len(STEPS) - 1:
                label.setText(f"⚠ {tr(RETURNED_STEP)}")
                label.setProperty(STEP_STATE, "returned")
                label.setProperty("current", True)
            else:
                label.setText(f"{index + 1} {tr(name)}")
                label.setProperty(STEP_STATE, "current")
                label.setProperty("current", True)
            layout.addWidget(label)
            self.labels.append(label)
        layout.addStretch(1)

    @property
    def current(self) -> str:
        return next((label.text().split(" ", 1)[-1] for label in self.labels if label.property("current")), "")


class SubmissionCard(QFrame):
    """One submission: period, step, questionnaires, the next action and the other things one can do."""

    def __init__(self, page: HomePage, row: Row, parent: QWidget | None = None, receipt: Any = None):
        super().__init__(parent)
        self.page = page
        self.period = row.period
        self.submission = row.submission
        self.receipt = receipt  # workspace.receipts.PeriodReceipt: what the district said, or None
        self.setObjectName("submission_card")
        self.setStyleSheet(CARD_STYLE)  # its look and its children's, before any of them is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        head = QHBoxLayout()
        title = QLabel(self.tr("{period}　报送").replace(
            "{period}", f"<span style='font-size:14pt'><b>{escape(period_text(row.period))}</b></span>"), self)
        head.addWidget(title)
        head.addStretch(1)
        self.delete_button = tone(QPushButton(self.tr("删除…"), self), "muted")
        self.delete_button.setFlat(True)
        self.delete_button.setToolTip(self.tr("删除本期报送及其全部答案"))
        self.delete_button.clicked.connect(lambda: page.delete_submission(self.period))
        head.addWidget(self.delete_button)
        layout.addLayout(head)
        self.primary_button: QPushButton | None = None
        self.step: NextStep | None = None
        if self.submission is None:
            layout.addWidget(StepIndicator(None, self))
            waiting = tone(QLabel(self.tr("正在读取填写进度…"), self), "muted")
            layout.addWidget(waiting)
            return
        self.step = next_step(self.submission)
        self.steps = StepIndicator(self.step.step, self,
                                   returned=receipt is not None and receipt.state == "returned"
                                   and self.step.action == "folder")
        layout.addWidget(self.steps)
        if self.step.action == "folder":  # handed in: everything is filled, one line says what it holds
            holds = QLabel(self.tr("包含：{titles}").replace(
                "{titles}", tr("、").join(content(p.title) for p in self.submission.parts)), self)
            holds.setWordWrap(True)
            tone(holds, "muted")
            layout.addWidget(holds)
        else:
            for part in self.submission.parts:
                layout.addLayout(self._part_line(part))
        self.receipt_status: QLabel | None = None
        if receipt is not None:
            self.receipt_status = QLabel(receipt_line(receipt), self)
            self.receipt_status.setObjectName("receipt_status")
            self.receipt_status.setProperty("receipt", receipt.state)
            self.receipt_status.setWordWrap(True)
            layout.addWidget(self.receipt_status)
        if self.step.stale:
            self.stale = QLabel("⚠ " + self.step.stale, self)
            self.stale.setObjectName("stale")
            self.stale.setWordWrap(True)
            layout.addWidget(self.stale)
        headline, detail = self.step.headline, self.step.detail
        if receipt is not None and self.step.action == "folder":  # handed in, and the district has answered
            if receipt.state == "returned":
                headline, detail = self.tr("请按区县意见修改"), self.tr(
                    "点“去修改”逐处查看区县意见；改好后检查并重新导出报告包（第{n}次报送），交给区县。").replace(
                    "{n}", str(receipt.latest_sequence + 1))
            elif receipt.state == "accepted":
                headline = self.tr("区县已受理")
                detail = self.tr("本期报送已完成，无需再做什么。请保管好盖章的纸质报告。")
        self.message = QLabel(fill_in(self.tr("<b>{headline}</b>　{detail}"), headline=headline, detail=detail), self)
        self.message.setObjectName("next_step")
        self.message.setWordWrap(True)
        page.interactive(self.message, SELECTABLE)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        if receipt is not None and receipt.state == "returned":
            # the district's points come first: the page opens on them (下一处区县意见)
            self.fix_button = page.primary(QPushButton(self.tr("去修改"), self))
            self.fix_button.setObjectName("fix_returned")
            self.fix_button.setToolTip(self.tr("打开问卷，逐处查看区县意见并修改"))
            self.fix_button.clicked.connect(lambda: page.open_flags.emit(self.period))
            buttons.addWidget(self.fix_button)
        self.primary_button = QPushButton(self.step.button, self)
        if receipt is None or receipt.state != "returned":
            page.primary(self.primary_button)
        self.primary_button.setObjectName("primary_action")
        self.primary_button.clicked.connect(lambda: page.act(self.period, self.step.action))
        buttons.addWidget(self.primary_button)
        self.results_button = QPushButton(self.tr("查看结果"), self)
        self.results_button.clicked.connect(lambda: page.open_results.emit(self.period))
        buttons.addWidget(self.results_button)
        if self.step.action == "fill":
            self.check_button = QPushButton(self.tr("查看未填项"), self)
            self.check_button.clicked.connect(lambda: page.open_check.emit(self.period))
            buttons.addWidget(self.check_button)
        elif self.step.action != "check":
            self.edit_button = QPushButton(self.tr("修改答案"), self)
            self.edit_button.clicked.connect(lambda: page.open_questionnaire.emit(self.period))
            buttons.addWidget(self.edit_button)
        if self.submission.last_export is not None and self.step.action != "folder":
            self.folder_button = QPushButton(self.tr("打开所在文件夹"), self)
            self.folder_button.clicked.connect(lambda: page.open_folder(self.period))
            buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _part_line(self, part: Any) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        name = QLabel(content(part.title), self)
        name.setWordWrap(True)
        row.addWidget(name, 3)
        bar = QProgressBar(self)
        bar.setObjectName(f"completion_{part.questionnaire_id}")
        bar.setRange(0, 100)
        bar.setValue(round(part.completion * 100))
        bar.setFormat("%p%")
        bar.setMaximumWidth(220)
        bar.setFixedHeight(max(16, self.fontMetrics().height() + 2))
        row.addWidget(bar, 2)
        if not part.started:
            state = self.tr("尚未开始")
        elif part.blanks:
            state = self.tr("{n} 道必答题未填").replace("{n}", str(part.blanks))
        else:
            state = self.tr("必答题已填完")
        label = tone(QLabel(state, self), "muted" if part.blanks or not part.started else "good")
        row.addWidget(label, 2)
        return row


# ---------------------------------------------------------------------------------------------- the page


def _make_interactive(widget: Any, what: str) -> None:
    from PySide6.QtCore import Qt  # after the first paint (see DISPLAY_ROLE)

    if what == PRIMARY:
        widget.setCursor(Qt.CursorShape.PointingHandCursor)
    else:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class HomePage(QWidget):
    open_questionnaire = Signal(str)  # period
    open_check = Signal(str)
    open_results = Signal(str)
    export_submission = Signal(str)
    open_flags = Signal(str)  # period: the questionnaire, at the first point the district asked to change
    edit_profile = Signal()
    loaded_changed = Signal()

    def __init__(self, workspace: Any, parent: QWidget | None = None, *, settings: Any = None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.task: Any = None  # reading the overviews the page shows
        self.follows_changes = True  # refreshes itself on ops.changes, as every page does
        self.confirming: Any = None  # confirming the overviews painted from the cache
        self._generation = 0  # refresh() count: a read started before the latest refresh is dropped
        self._closed = False
        self._painted = False  # interactive() details are set at once from then on
        self.cards: list[SubmissionCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        self.card = QFrame(self)
        self.card.setObjectName("enterprise_card")
        self.card.setStyleSheet("#enterprise_card { background: #f4f6f8; border-radius: 8px; }")
        card_layout = QHBoxLayout(self.card)
        self.card_text = QLabel(self.card)  # rich text: what _card() writes starts with a tag
        self.card_text.setWordWrap(True)
        card_layout.addWidget(self.card_text, 1)
        edit = QPushButton(self.tr("修改企业信息"), self.card)
        edit.clicked.connect(self.edit_profile.emit)
        card_layout.addLayout(top_aligned(edit))
        layout.addWidget(self.card)

        header = QHBoxLayout()
        # no tr() inside an f-string: lupdate does not look there
        title = self.tr("报送")
        explanation = self.tr("每个评估期一次：填写全部问卷 → 检查 → 导出一个报告包 → 交给区县工信部门")
        heading = QLabel(fill_in(self.tr("{heading}　{explanation}"),
                                 heading=f"<span style='font-size:14pt'>{title}</span>",
                                 explanation=f"<span style='color:{MUTED}'>{explanation}</span>"), self)
        heading.setWordWrap(True)
        header.addWidget(heading, 1)
        self.new_button = QPushButton(self.tr("新建报送…"), self)
        self.new_button.setObjectName("new_submission")
        self.new_button.clicked.connect(self.new_submission)
        header.addLayout(top_aligned(self.new_button))
        layout.addLayout(header)

        self.model = SubmissionsModel(self)
        self.model.modelReset.connect(self._rebuild_cards)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 6, 0)
        self.list_layout.setSpacing(12)
        self.scroll_area.setWidget(self.list)
        layout.addWidget(self.scroll_area, 1)

        self.empty = QFrame(self)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 12, 0, 0)
        text = QLabel(self.tr("还没有报送。点“新建报送”开始：选择评估期，然后填写问卷。每个答案填写后立即保存，"
                              "可以随时中断、下次接着填。"), self.empty)
        text.setWordWrap(True)
        empty_layout.addWidget(text)
        self.empty_button = self.primary(QPushButton(self.tr("新建报送…"), self.empty))
        self.empty_button.clicked.connect(self.new_submission)
        left = QHBoxLayout()  # the button at its own width, on the left
        left.addWidget(self.empty_button)
        left.addStretch(1)
        empty_layout.addLayout(left)
        self.empty.hide()
        self.list_layout.addWidget(self.empty)
        self.list_layout.addStretch(1)

        self.status = QLabel(self)
        self.status.setObjectName("home_status")
        self.status.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(self.status)
        from .changes import changes

        changes.workspace_changed.connect(self._changed)  # views refresh themselves after an Op that writes
        self.refresh()

    # ------------------------------------------------------------------ after the first paint

    def primary(self, button: QPushButton) -> QPushButton:
        """``guide.primary()`` in two halves: its look now, its hand cursor after the first paint."""
        if isinstance(button.parent(), SubmissionCard):
            tone(button, "primary")  # the card's CARD_STYLE gives it guide.PRIMARY_STYLE's look
        else:
            button.setStyleSheet(PRIMARY_STYLE)
        return self.interactive(button, PRIMARY)

    def interactive(self, widget: Any, what: str) -> Any:
        """Give ``widget`` what only matters under the user's mouse (``PRIMARY``: the hand cursor, ``SELECTABLE``:
        text selectable by mouse): now once the page has been painted, otherwise just after its first paint."""
        if self._painted:
            _make_interactive(widget, what)
        else:
            widget.setProperty(what, True)
        return widget

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(DETAILS_AFTER_PAINT_MS, self, self._details_after_paint)

    def _details_after_paint(self) -> None:
        for widget in self.findChildren(QWidget):
            for what in (PRIMARY, SELECTABLE):
                if widget.property(what):
                    _make_interactive(widget, what)

    # ------------------------------------------------------------------ reading

    @property
    def loaded(self) -> bool:
        """Every card shows its submission's overview (a confirmation still running does not count: what it
        confirms is already on screen)."""
        return self.task is None and self.model.loaded

    def refresh(self) -> None:
        """Repaint the enterprise card and the submissions now: computed here when the definitions are
        loaded; on a start, from the overview cache when it matches the workspace (confirmed a moment later on a
        worker thread); otherwise the periods now and the details from a worker thread."""
        self._generation += 1
        self.task = self.confirming = None  # a read still running is dropped when it ends
        self._card()
        if _definitions_loaded:
            self._read_here()
            return
        cached = self.workspace.overviews(cached_only=True)
        if cached is not None:
            self.status.setText("")
            self.model.set_submissions(cached)
            self.loaded_changed.emit()
            # always confirmed, also "no submission yet": a cache is a file anyone can edit
            QTimer.singleShot(CONFIRM_AFTER_MS, self, self._confirm)
            return
        periods = [row["period"] for row in storage.list_submissions(self.workspace.db)]
        if not periods:
            self._read_here()
            return
        self.model.set_periods(periods)
        self._read_in_background()

    def _card(self) -> None:
        profile = self.workspace.profile()
        if profile is None:
            return
        key = self.workspace.signing_key()
        # before the definitions are loaded the industry's name comes from the overview cache; the card is
        # painted again from the installed list when they are (_read_done). Text is escaped: it is rich text.
        industry = self.workspace.industry_name(profile.industry_code, from_cache=not _definitions_loaded)
        e = escape

        def joined(items: list[str]) -> str:
            text = items[0]
            for item in items[1:]:
                text = fill_in(self.tr("{before}　·　{after}"), before=text, after=item)
            return text

        facts = [fill_in(self.tr("统一社会信用代码 {uscc}"), uscc=e(profile.uscc)), e(content(profile.district)),
                 f"{e(profile.industry_code)} {e(content(industry))}", e(tr(profile.scale))]
        if profile.key_enterprise:
            facts.append(self.tr("重点企业"))
        contact = [fill_in(self.tr("联系人 {name}　{phone}"), name=e(profile.contact), phone=e(profile.phone))]
        if key:
            contact.append(fill_in(self.tr("签名密钥指纹 {fingerprint}"), fingerprint=key.key_id))
        self.card_text.setText(f"<span style='font-size:15pt'><b>{e(profile.name)}</b></span><br>{joined(facts)}<br>"
                               f"<span style='color:{MUTED}'>{joined(contact)}</span>")

    def _read_here(self) -> None:
        global _definitions_loaded
        try:
            overviews = self.workspace.overviews()
        except UserError as exc:
            self.status.setText(error_text(exc))
            self.model.set_rows([])
            return
        _definitions_loaded = True
        self.status.setText("")
        self.model.set_submissions(overviews)
        self.loaded_changed.emit()

    def _confirm(self) -> None:
        """The page was painted from the overview cache: load the definitions (off this thread) and compute
        the overviews again; the cards change only if the cache was wrong."""
        if not self._closed and self.task is None and self.confirming is None:
            self._read_in_background(confirming=True)

    def _read_in_background(self, *, confirming: bool = False) -> None:
        from ..workspace import Workspace
        from .ops import Op

        directory, generation = self.workspace.directory, self._generation
        if not confirming:
            self.status.setText(self.tr("正在读取各期的填写进度…"))

        def work(_progress: Any, _cancelled: Any) -> tuple[int, list[Any]]:
            with Workspace.open(directory, create=False) as workspace:  # a connection of its own
                return generation, workspace.overviews(recompute=confirming) or []  # None only with cached_only

        op = Op(self, work).success(self._read_done).failure(self._read_failed)
        if confirming:
            self.confirming = op
        else:
            self.task = op
        op.run()

    def _changed(self, changed: Any) -> None:
        """Another Op changed this workspace (an export, attachments, answers…): the cards again."""
        if not self._closed and str(changed.about) == str(self.workspace.directory):
            self.refresh()

    def close_page(self) -> None:
        """The page is going away: a read still running is dropped when it ends."""
        self._closed = True

    def _read_done(self, result: tuple[int, list[Any]]) -> None:
        global _definitions_loaded
        generation, overviews = result
        _definitions_loaded = True
        if self._closed or generation != self._generation:  # gone, or refreshed since (a newer read follows)
            return
        self.task = self.confirming = None
        self.status.setText("")
        self._card()  # the industry's name from the installed list now, not from the cache
        wanted = sorted(overviews, key=lambda o: period_key(o.period), reverse=True)
        if [row.submission for row in self.model.rows] != wanted:  # always, unless confirming a correct cache
            self.model.set_submissions(wanted)
        self.loaded_changed.emit()

    def _read_failed(self, exc: BaseException, _details: str) -> None:
        self.task = self.confirming = None
        if self._closed:
            return
        self._read_here()  # the same read on this thread says what is wrong (or works after all)
        if not self.model.loaded:
            self.status.setText(error_text(exc))

    def _rebuild_cards(self) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        # a plain read of the stored receipts (no cryptography at start-up: workspace/receipts.py), and their
        # module only once the district has answered at all (its records cost ~3 ms to create, issue #16)
        receipts: dict[str, Any] = {}
        try:
            if storage.latest_receipts(self.workspace.db):
                from ..workspace.receipts import period_receipts

                receipts = period_receipts(self.workspace.db)
        except (UserError, sqlite3.Error):
            receipts = {}
        for index, row in enumerate(self.model.rows):
            card = SubmissionCard(self, row, self.list, receipts.get(row.period) if row.submission else None)
            self.list_layout.insertWidget(index, card)
            self.cards.append(card)
        has_rows = bool(self.model.rows)
        self.empty.setVisible(not has_rows)
        self.new_button.setVisible(has_rows)

    def card_for(self, period: str) -> SubmissionCard | None:
        return next((c for c in self.cards if c.period == period), None)

    # ------------------------------------------------------------------ actions

    def act(self, period: str, action: str) -> None:
        {"fill": self.open_questionnaire.emit, "check": self.open_check.emit, "export": self.export_submission.emit,
         "folder": self.open_folder}[action](period)

    def package_path(self, period: str) -> Path | None:
        """The last package of ``period`` on disk, if it is still where it was written."""
        row = self.model.row_of(period)
        record = row.submission.last_export if row and row.submission else None
        if record is None:
            return None
        candidates = []
        if self.settings is not None:
            remembered = str(self.settings.value(PACKAGE_KEY + period, "") or "")
            if remembered:
                candidates.append(Path(remembered))
            folder = str(self.settings.value(FOLDER_KEY, "") or "")
            if folder:
                candidates.append(Path(folder) / str(record["file_name"]))
        return next((p for p in candidates if p.name == record["file_name"] and p.is_file()), None)

    def open_folder(self, period: str) -> None:
        path = self.package_path(period)
        if path is None:
            row = self.model.row_of(period)
            name = row.submission.last_export["file_name"] if row and row.submission else ""
            self.status.setText(self.tr("找不到报告包 {file}：可能已移动或删除。需要时可以重新导出。")
                                .replace("{file}", str(name)))
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices  # not at start-up: PySide6 builds the type on first use

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def new_submission(self) -> None:
        from PySide6.QtWidgets import QDialog

        from ..questionnaire.loader import get_questionnaire
        from ..questionnaire.submission import submission_questionnaires
        from .new_submission import NewSubmissionDialog

        titles = [get_questionnaire(qid).title for qid in submission_questionnaires()]
        existing = [row["period"] for row in storage.list_submissions(self.workspace.db)]
        dialog = NewSubmissionDialog(existing, titles, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start(dialog.chosen_period(), dialog.from_previous.isEnabled() and dialog.from_previous.isChecked())

    def start(self, period: str, from_previous: bool = False) -> None:
        try:
            submission = self.workspace.start_submission(period, from_previous=from_previous)
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.open_questionnaire.emit(submission.period)

    def confirm_period(self, period: str) -> str | None:
        """Ask the user to type the period (None: cancelled)."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self, self.tr("删除报送"),
            self.tr("将删除{period}的报送和其中全部问卷的答案，不可恢复（修改记录和导出记录会保留）。\n"
                    "确认删除请输入评估期：{period}").replace("{period}", period_text(period)))
        return typed_period(text) if ok else None

    def delete_submission(self, period: str) -> None:
        text = self.confirm_period(period)
        if text is None:
            return
        try:
            self.workspace.delete_submission(period, confirm=text)
        except UserError as exc:
            show_error(self, exc)
            return
        if self.settings is not None:
            self.settings.remove(PACKAGE_KEY + period)
        self.refresh()
        if self.workspace.submission_exports(period):  # its packages stay on record, and so does their numbering
            self.status.setText(self.tr("已删除{period}的报送。导出记录保留；以后重新新建该期报送时，"
                                        "报送次数接着往下数，区县不会弄混。").replace("{period}", period_text(period)))
