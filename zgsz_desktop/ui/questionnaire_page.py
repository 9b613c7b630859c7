"""The submission (报送) being answered: every questionnaire of the period in one list of modules on the
left, the module's questions in the middle, the 口径 of the current question on the right.

Every answer is saved the moment it is given (Workspace.save_answer is durable when it returns). Input
that cannot be saved stays on screen, marked red at its field with the reason, and the saved answer stays
valid. After each save the contradictions of the whole submission are recomputed from the answers held
here and shown under every question they involve.

A contradiction is explained in full under the first question of its finding; the other questions it
involves say in one line where that is. Leaving the page with input that could not be saved asks first
(:meth:`QuestionnairePage.confirm_leave`; the main window asks the same when it closes).

The page stands still while it is answered: each question has a message area of fixed height whether or
not it holds a message, the module's status and figure have fixed places, questions that appear because
of an answer appear below it, notes appear in the top bar in a place kept for them, and a module never
gets shorter while it is shown. UI thread only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..questionnaire import answers as answer_rules
from ..questionnaire.consistency import Finding, findings_for, submission_findings
from ..questionnaire.model import Module, Question, Questionnaire
from ..workspace import AnswerRejected
from .check_page import finding_text
from .editors import NumberEditor, shorten
from .errors import show_error
from .help_panel import HelpPanel
from .i18n import answer, chinese_interface, content, said, tr
from .i18n import period as period_text
from .question_block import ERROR, MESSAGE_LINES, MUTED, WARNING, ElidedLabel, MessageLine, QuestionBlock
from .results_page import gap_words, module_reason, verdict_words

# the question widgets live in question_block.py; they stay importable from here
__all__ = ["MESSAGE_LINES", "ElidedLabel", "MessageLine", "Part", "QuestionBlock", "QuestionnairePage"]

HELP_PANEL_KEY = "questionnaire/help_panel_open"
FLASH_MS = 1600
SHOWN_LEAVE_LINES = 8  # pending inputs named in the question before leaving; the rest are counted
WIDE_CHARACTER = chr(0x4E2D)  # 中: a measure of width (one Chinese character), never shown
MERGE_NOTE_MAX_WIDTH = 460  # pixels the merge note may claim in the top bar before it is elided too
COLON = chr(0xFF1A)  # ：, after the question's name in the core's messages (answers.check_answer)


def problem_only(message: str, question: Question) -> str:
    """A rejected answer's reason without the question's name, which is shown right above it: the core's
    ``{name}：{problem}`` message gives its problem part (in the interface language)."""
    problem = answer_rules.problem_part(message)
    return said(problem) if problem is not None else said(message).removeprefix(f"“{question.text}”{COLON}")

CONTENT_STYLE = (
    "QWidget#module_content { background: #ffffff; }"
    # the same border in every state: marking a question never moves it
    "QFrame#question { border-left: 3px solid transparent; border-radius: 0; }"
    "QFrame#question[current=\"true\"] { border-left-color: #9dbbe0; }"
    # a question the district returned (回执): an amber frame whether current or not
    "QFrame#question[district=\"true\"] { border: 2px solid #e0a800; border-left-width: 3px; }"
    "QFrame#question[flash=\"true\"] { background: #fff4c2; border-left-color: #e0a800; }"
)


def fill_in(template: str, **values: str) -> str:
    """``template`` (a translated text) with its ``{name}`` placeholders replaced, in one pass: a value holding
    braces (an answer typed by the user) is never read as a placeholder."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def leave_box(parent: QWidget | None, lines: Sequence[str]) -> QMessageBox:
    """The question asked before leaving with input that could not be saved (``lines``: one per input,
    "模块 · 题目：输入的内容"). 留下修改 is the default and what Esc does."""
    shown = list(lines[:SHOWN_LEAVE_LINES])
    if len(lines) > len(shown):
        shown.append(tr("等，共 {n} 处").replace("{n}", str(len(lines))))
    text = (tr("有 {n} 处输入没有保存（标红）：").replace("{n}", str(len(lines)))
            + "".join(f"\n· {line}" for line in shown) + "\n"
            + tr("离开后这些输入不会保存，原答案仍有效。"))
    box = QMessageBox(QMessageBox.Icon.Warning, tr("有输入没有保存"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("leave_question")
    box.setTextFormat(Qt.TextFormat.PlainText)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:  # Chinese has no spaces to wrap at: without this the box is a narrow column
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance(WIDE_CHARACTER) * 30)
    stay = box.addButton(tr("留下修改"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(tr("仍然离开"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    return box


def ask_leave(parent: QWidget | None, lines: Sequence[str]) -> bool:
    """Ask whether to leave although ``lines`` were not saved; True: leave. Modal (tests replace it)."""
    box = leave_box(parent, lines)
    try:
        box.exec()
        return box.clickedButton() is not None and box.clickedButton() is not box.defaultButton()
    finally:
        box.deleteLater()


@dataclass
class Part:
    """One questionnaire of the submission as held by the page (``answers`` kept in step with the saves)."""

    assessment_id: int
    questionnaire: Questionnaire
    answers: dict[str, Any]
    status: str

    @property
    def id(self) -> str:
        return self.questionnaire.id


class QuestionnairePage(QWidget):
    """The page of one submission (报送: one period, every questionnaire).

    Signals: ``back`` (to home), ``check`` (to the check page), ``results`` (to the results), ``changed``
    (an answer was saved), ``hand_back`` (restricted page: the colleague is done). Call :meth:`close_page`
    before the page goes away.

    ``modules`` (``questionnaire_id/module_id``) restricts the page to those modules, as a colleague filling a
    handoff sees it (分工填报): only they are listed and reachable, the other modules' answers still count for
    conditions and contradictions, the questionnaires keep their version (the manager merges against it), and
    the buttons that lead elsewhere (home, check, results, handing modules out) are not shown.
    """

    back = Signal()
    check = Signal()
    results = Signal()
    changed = Signal()
    hand_back = Signal()

    def __init__(self, workspace: Any, period: str, parent: QWidget | None = None, *,
                 focus: tuple[str, str] | None = None, modules: Sequence[str] | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.period = period
        self.restricted: frozenset[str] | None = frozenset(modules) if modules is not None else None
        self.parts: list[Part] = []
        self.findings: list[Finding] = []
        self.blocks: dict[str, QuestionBlock] = {}  # question id → block, of the module shown
        self.module_result: QLabel
        self._current: tuple[str, str] | None = None  # (questionnaire id, module id) shown
        self._closed = False
        # input that could not be saved, by (questionnaire id, question id): (raw input, message); put back
        # when its module is shown again, so nothing typed disappears while the page is open
        self._unsaved: dict[tuple[str, str], tuple[Any, str]] = {}
        # a percentage saved as typed that looks like a fraction (0.986 for 98.6 %), by the same key
        self._hints: dict[tuple[str, str], str] = {}
        self._saved_at: str | None = None
        self._told_draft = False
        self._help_block: QuestionBlock | None = None
        self._flashing: QuestionBlock | None = None
        self._pending_scroll: QuestionBlock | None = None
        self.upgraded: list[str] = []  # titles of the questionnaires moved to a newer version on opening
        # the district's open points (回执 退回修改), by (questionnaire id, question id); see _load_flags
        self.district: Any = None  # workspace.receipts.PeriodReceipt of the period, when returned
        self.flags: dict[tuple[str, str], Any] = {}
        self._flag_index = -1
        self.settings = getattr(parent, "settings", None)
        if not isinstance(self.settings, QSettings):
            self.settings = None

        last_position = self._load()
        self._load_flags()
        self._build()
        self._recompute_findings()
        self._refresh_marks()
        self._update_saved_indicator()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        from .ops import changes

        self.follows_changes = True  # reads the answers again when an Op (a merge, a restore…) changed them
        changes.workspace_changed.connect(self._workspace_changed)
        if focus is not None and self._part(focus[0]) is not None:
            self.focus_question(*focus)
        else:
            self._open_position(last_position)

    # ------------------------------------------------------------------ loading and building

    def _load(self) -> str | None:
        if self.restricted is None:  # a colleague's copy keeps exactly the questionnaires and versions it was sent
            try:
                self.workspace.ensure_parts(self.period)
                self.upgraded = list(self.workspace.upgrade_submission(self.period))
            except UserError as exc:
                show_error(self, exc)
        try:
            self.parts = [Part(a.id, q, dict(answers), a.status)
                          for a, q, answers in self.workspace.submission_parts(self.period)]
            return self.workspace.submission(self.period).last_position
        except UserError as exc:
            show_error(self, exc)
            return None

    def _load_flags(self) -> None:
        """The points the district asked to change in its newest receipt, while they are open (退回修改 about the
        newest package; ``workspace/receipts.py``). A colleague's copy has none: it holds no receipts."""
        if self.restricted is not None:
            return
        from ..workspace.receipts import STATE_RETURNED, period_receipt

        standing = period_receipt(self.workspace.db, self.period)
        if standing is None or standing.state != STATE_RETURNED:
            return
        self.district = standing
        for flag in standing.flags:
            part = self._part(flag.questionnaire)
            if flag.question and part is not None and part.questionnaire.has_question(flag.question):
                self.flags[(flag.questionnaire, flag.question)] = flag

    def _district_bar(self) -> QFrame:
        """Under the top bar when the district returned the submission: what it said, and 下一处区县意见."""
        bar = QFrame(self)
        bar.setObjectName("district_bar")
        bar.setStyleSheet("#district_bar { background: #fff3d6; border: 1px solid #e0a800; border-radius: 4px; }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 4, 6, 4)
        self.district_text = QLabel(bar)
        self.district_text.setObjectName("district_text")
        self.district_text.setWordWrap(True)
        self.district_text.setTextFormat(Qt.TextFormat.PlainText)
        self.district_text.setStyleSheet(f"color: {WARNING};")
        row.addWidget(self.district_text, 1)
        self.next_flag_button = QPushButton(self.tr("下一处区县意见 →"), bar)
        self.next_flag_button.setObjectName("next_flag")
        self.next_flag_button.setToolTip(self.tr("依次转到区县工信部门在回执中要求修改的题目"))
        self.next_flag_button.clicked.connect(self.next_flag)
        row.addWidget(self.next_flag_button, 0, Qt.AlignmentFlag.AlignTop)
        standing = self.district
        if standing is None:
            bar.hide()
            return bar
        receipt = standing.receipt
        text = fill_in(self.tr("{district}工信部门退回了第{n}次报送：{count} 处需要修改。"),
                       district=content(receipt.district), n=str(receipt.sequence), count=str(standing.open_count))
        # a point about a whole questionnaire is said with the questionnaire's title (never its id)
        general = [fill_in(tr("{where}：{reason}"), where=content(f.place), reason=f.reason) if f.place else f.reason
                   for f in standing.flags if (f.questionnaire, f.question) not in self.flags]
        if general:  # about a questionnaire or the whole submission, not one question
            text += " " + fill_in(self.tr("整体意见：{reasons}"), reasons=tr("；").join(general))
        if receipt.note:
            text += " " + fill_in(self.tr("说明：{note}"), note=receipt.note)
        contact = tr("，").join(x for x in (receipt.clerk, receipt.contact) if x)
        if contact:
            text += " " + fill_in(self.tr("（经办：{contact}）"), contact=contact)
        text += " " + self.tr("改好后重新导出报告包，交给区县。")
        self.district_text.setText(text)
        self.next_flag_button.setVisible(bool(self.flags))
        return bar

    def next_flag(self) -> None:
        """The next question the district asked to change (after the last one gone to; round again at the end)."""
        if not self.flags:
            return
        keys = list(self.flags)
        self._flag_index = (self._flag_index + 1) % len(keys)
        self.focus_question(*keys[self._flag_index])

    def _build(self) -> None:
        top = QHBoxLayout()
        back = QPushButton(self.tr("← 返回首页"), self)
        back.setObjectName("back")
        back.clicked.connect(lambda: self._leave(self.back))
        top.addWidget(back)
        title = self.tr("{period}报送").replace("{period}", escape(period_text(self.period)))
        self.title = QLabel(f"<span style='font-size:15pt'>{title}</span>", self)
        self.title.setObjectName("title")
        top.addWidget(self.title)
        top.addWidget(self._notes(), 1)
        self.saved = QLabel(self)
        self.saved.setObjectName("saved_indicator")
        self.saved.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.saved.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in (
            self.tr("✓ 已自动保存 00:00:00"), self.tr("未保存：99 处标红"), self.tr("答案随填随存")))
        self.saved.setFixedWidth(widest + 16)  # the text changes, its place does not
        top.addWidget(self.saved)
        self.help_button = QPushButton(self.tr("口径栏 F1"), self)
        self.help_button.setObjectName("help_toggle")
        self.help_button.setCheckable(True)
        self.help_button.setToolTip(self.tr("显示或收起右侧的填报口径（F1）"))
        self.help_button.toggled.connect(self.set_help_open)
        top.addWidget(self.help_button)
        self.send_button = QPushButton(self.tr("分工填报…"), self)
        self.send_button.setObjectName("send_modules")
        self.send_button.setToolTip(self.tr("把一个或多个模块发给同事填写（生成分工文件）"))
        self.send_button.clicked.connect(self.send_modules)
        top.addWidget(self.send_button)
        self.merge_button = QPushButton(self.tr("导入同事答卷…"), self)
        self.merge_button.setObjectName("import_return")
        self.merge_button.setToolTip(self.tr("合并同事交回的答卷：逐题对照，冲突由您选择"))
        self.merge_button.clicked.connect(self.import_return)
        top.addWidget(self.merge_button)
        check = QPushButton(self.tr("检查并完成"), self)
        check.setObjectName("check")
        check.clicked.connect(lambda: self._leave(self.check))
        top.addWidget(check)
        results = QPushButton(self.tr("查看结果"), self)
        results.setObjectName("results")
        results.clicked.connect(lambda: self._leave(self.results))
        top.addWidget(results)
        if self.restricted is not None:  # a colleague's copy: nothing to go back to, check or hand out
            for button in (back, self.send_button, self.merge_button, check, results):
                button.hide()

        self.modules = QListWidget(self)
        self.modules.setObjectName("modules")
        self.modules.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.modules.setMinimumWidth(180)
        self.modules.setMaximumWidth(340)  # a longer language's titles wrap (below)
        self.modules.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps the mark at each end
        if not chinese_interface():  # longer titles wrap onto a second line instead of losing their middle
            self.modules.setWordWrap(True)
            self.modules.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.modules.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._rows: dict[tuple[str, str], int] = {}
        header_font = QFont(self.modules.font())
        header_font.setBold(True)
        for part in self.parts:
            shown = [m for m in part.questionnaire.modules
                     if self.restricted is None or f"{part.id}/{m.id}" in self.restricted]
            if not shown:
                continue
            header = QListWidgetItem(content(part.questionnaire.short_title or part.questionnaire.title))
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: neither selectable nor a stop for the arrows
            header.setFont(header_font)
            header.setForeground(QBrush(QColor("#24292f")))
            header.setBackground(QBrush(QColor("#eef1f4")))
            header.setToolTip(content(part.questionnaire.title))
            self.modules.addItem(header)
            for module in shown:
                item = QListWidgetItem(content(module.title))
                item.setData(Qt.ItemDataRole.UserRole, (part.id, module.id))
                self.modules.addItem(item)
                self._rows[(part.id, module.id)] = self.modules.count() - 1
        self.order = list(self._rows)  # every module of the submission, in order

        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.setSpacing(2)
        # the title and the module's status share a line; a longer language gives the status a line of its own
        head: QBoxLayout = QHBoxLayout() if chinese_interface() else QVBoxLayout()
        head.setContentsMargins(16, 6, 16, 0)
        base_size = self.font().pointSizeF()
        # A longer language's title first shrinks to the body size, then is shortened (full text in the tooltip)
        self.module_title = ElidedLabel(center, shrink_to=None if chinese_interface() else base_size)
        self.module_title.setObjectName("module_title")
        title_font = QFont(self.module_title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        self.module_title.setFont(title_font)
        head.addWidget(self.module_title, 1)
        self.module_status = QLabel(center)
        self.module_status.setObjectName("module_status")
        self.module_status.setTextFormat(Qt.TextFormat.RichText)
        side = Qt.AlignmentFlag.AlignRight if chinese_interface() else Qt.AlignmentFlag.AlignLeft
        self.module_status.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.module_status)
        center_layout.addLayout(head)
        self.module_result = QLabel(center)
        self.module_result.setObjectName("module_result")
        self.module_result.setWordWrap(True)
        self.module_result.setTextFormat(Qt.TextFormat.RichText)
        self.module_result.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.module_result.setStyleSheet("background: #eef3f8; padding: 4px 8px; border-radius: 4px;")
        # two lines (three in a longer language than Chinese), figure or not: the questions never move for it
        lines = self.module_result.fontMetrics().lineSpacing() * (2 if chinese_interface() else 3) + 10
        self.module_result.setFixedHeight(lines)
        result_row = QHBoxLayout()
        result_row.setContentsMargins(16, 0, 16, 4)
        result_row.addWidget(self.module_result)
        center_layout.addLayout(result_row)
        self.scroll_area = QScrollArea(center)
        self.scroll_area.setObjectName("questions")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        center_layout.addWidget(self.scroll_area, 1)

        self.help_panel = HelpPanel(self)
        self.help_panel.closed.connect(lambda: self.set_help_open(False))
        self.help_panel.jump.connect(self.focus_question)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.modules)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.help_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self._sized = False  # the splitter is sized to the window the first time the page is shown
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.district_bar = self._district_bar()
        layout.addWidget(self.district_bar)
        layout.addWidget(self.splitter, 1)

        self.help_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        self.help_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.help_shortcut.activated.connect(self.toggle_help)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._scroll_timer.timeout.connect(self._apply_pending_scroll)

        remembered = self.settings.value(HELP_PANEL_KEY, True, type=bool) if self.settings is not None else True
        self.help_button.setChecked(bool(remembered))
        self.help_panel.setVisible(bool(remembered))
        self.modules.currentRowChanged.connect(self._row_changed)

    def _notes(self) -> QWidget:
        """The place in the top bar for one-line notes, kept whether they are shown or not, so a note never
        moves anything: the questionnaires moved to a newer version as the page opened (shown for as long as
        this page is; a later opening has nothing to move), that a completed submission is back to
        填写中 (:meth:`_tell_draft`), and what a merge of a colleague's answers wrote (:meth:`tell_merged`)."""
        notes = QWidget(self)
        notes.setObjectName("notes")
        row = QHBoxLayout(notes)
        row.setContentsMargins(8, 0, 8, 0)
        row.setSpacing(12)
        self.draft_note = ElidedLabel(notes, elide=Qt.TextElideMode.ElideRight)
        self.draft_note.setObjectName("draft_note")
        self.draft_note.setStyleSheet(f"color: {WARNING}; font-weight: bold;")
        self.draft_note.hide()
        row.addWidget(self.draft_note, 1)
        self.merge_note = ElidedLabel(notes, elide=Qt.TextElideMode.ElideRight)
        self.merge_note.setObjectName("merge_note")
        self.merge_note.setStyleSheet("color: #1f6f43;")
        self.merge_note.hide()
        row.addWidget(self.merge_note, 1)
        row.addWidget(self._upgrade_note(notes), 1)
        notes.setFixedHeight(max(label.sizeHint().height()
                                 for label in (self.draft_note, self.merge_note, self.upgrade_note)))
        policy = notes.sizePolicy()
        policy.setHorizontalPolicy(policy.Policy.Ignored)
        notes.setSizePolicy(policy)
        return notes

    def _upgrade_note(self, parent: QWidget) -> ElidedLabel:
        self.upgrade_note = ElidedLabel(parent, elide=Qt.TextElideMode.ElideRight)
        self.upgrade_note.setObjectName("upgrade_note")
        self.upgrade_note.setStyleSheet("color: #2f6fb0;")
        text = ""
        if self.upgraded:
            text = self.tr("已换用最新版问卷：{titles}（答案全部保留；新版本有题目或说明更新，请核对）").replace(
                "{titles}", tr("、").join(content(title) for title in self.upgraded))
        self.upgrade_note.set_full_text(text)
        self.upgrade_note.setAccessibleName(text)
        self.upgrade_note.setVisible(bool(text))
        return self.upgrade_note

    # ------------------------------------------------------------------ where we are

    def _part(self, questionnaire_id: str) -> Part | None:
        return next((p for p in self.parts if p.id == questionnaire_id), None)

    def _listed_part(self, questionnaire_id: str) -> Part:
        """The part of a module in the list (``order``, ``_rows`` and ``_current`` hold only its parts' ids)."""
        part = self._part(questionnaire_id)
        if part is None:
            raise KeyError(questionnaire_id)
        return part

    @property
    def current_part(self) -> Part:
        return self._listed_part(self._current[0]) if self._current else self.parts[0]

    @property
    def questionnaire(self) -> Questionnaire:
        """The questionnaire of the module shown."""
        return self.current_part.questionnaire

    @property
    def assessment_id(self) -> int:
        """The assessment of the module shown."""
        return self.current_part.assessment_id

    @property
    def current_module(self) -> Module:
        part = self.current_part
        return part.questionnaire.module(self._current[1]) if self._current else part.questionnaire.modules[0]

    def _open_position(self, position: str | None) -> None:
        if not self.order:
            return
        key = tuple(position.split("/", 1)) if position and "/" in position else None
        self.open_module(*(key if key in self._rows else self.order[0]))

    def open_module(self, questionnaire_id: str, module_id: str) -> None:
        """Show a module (what was typed in the one shown is saved first)."""
        row = self._rows.get((questionnaire_id, module_id))
        if row is not None:
            self.modules.setCurrentRow(row)

    def next_module(self) -> None:
        index = self.order.index(self._current) if self._current in self.order else -1
        if index + 1 < len(self.order):
            self.open_module(*self.order[index + 1])

    def previous_module(self) -> None:
        index = self.order.index(self._current) if self._current in self.order else 0
        if index > 0:
            self.open_module(*self.order[index - 1])

    def _location(self, questionnaire_id: str, module_id: str) -> str:
        part = self._part(questionnaire_id)
        if part is None:
            return questionnaire_id
        title = part.questionnaire.short_title or part.questionnaire.title
        return f"{content(title)} · {content(part.questionnaire.module(module_id).title)}"

    # ------------------------------------------------------------------ showing a module

    def _row_changed(self, row: int) -> None:
        key = self.modules.item(row).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        if not key:
            return
        self.flush()
        self._show_module(*key)

    def _show_module(self, questionnaire_id: str, module_id: str) -> None:
        part = self._part(questionnaire_id)
        if part is None:
            return
        module = part.questionnaire.module(module_id)
        self._end_flash()
        self._help_block = None
        self._pending_scroll = None
        self._current = (questionnaire_id, module_id)
        body = QWidget()
        body.setObjectName("module_content")
        body.setStyleSheet(CONTENT_STYLE)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 16, 16)
        layout.setSpacing(0)
        if module.description:
            description = QLabel(content(module.description), body)
            description.setObjectName("module_description")
            description.setWordWrap(True)
            description.setStyleSheet(f"color: {MUTED}; padding: 0 0 6px 10px;")
            layout.addWidget(description)
        self.blocks = {}
        counts = self._attachment_counts(part)
        for question in module.questions:
            refs = {ref: content(part.questionnaire.question(ref).text)
                    for ref in (question.min_ref, question.max_ref) if ref and part.questionnaire.has_question(ref)}
            block = QuestionBlock(part.id, question, body, refs)
            block.editor.set_value(part.answers.get(question.id))
            unsaved = self._unsaved.get((part.id, question.id))
            if unsaved is not None:
                block.editor.restore_input(unsaved[0])
                block.input_problem = unsaved[1]
            block.editor.committed.connect(lambda value, p=part, q=question: self.save(p, q, value))
            block.editor.invalid.connect(lambda text, p=part, q=question: self._not_taken(p, q, text))
            block.activated.connect(lambda b=block: self._show_help_of(b))
            block.help_requested.connect(lambda b=block: self._show_help_of(b, reveal=True))
            if self.restricted is None:
                block.set_attachment_count(counts.get(question.id, 0))
                block.attachments_requested.connect(lambda qid, p=part: self.open_attachments(p, qid))
            else:  # a colleague's copy: files would not travel back in the returned answers
                block.attachments_button.hide()
            flag = self.flags.get((part.id, question.id))
            if flag is not None:
                block.set_district_note(flag.reason, flag.changed)
            layout.addWidget(block)
            self.blocks[question.id] = block
            if self._fills_from_ledger(part, question):
                layout.addLayout(self._ledger_row(body))
        layout.addStretch(1)
        layout.addLayout(self._navigation(body, (questionnaire_id, module_id)))
        old = self.scroll_area.takeWidget()
        self.scroll_area.setWidget(body)
        if old is not None:
            old.hide()
            old.deleteLater()  # later: the click that brought us here may come from a button inside it
        self._refresh_visibility(None)
        self._refresh_messages()
        self._refresh_header()
        self._show_help_of(None)
        self._refresh_marks()
        self.scroll_area.verticalScrollBar().setValue(0)
        if not self._closed:
            try:
                self.workspace.set_submission_position(self.period, f"{questionnaire_id}/{module_id}")
            except UserError:
                pass

    @staticmethod
    def _fills_from_ledger(part: Part, question: Question) -> bool:
        from ..ledger.service import CORE_QUESTIONNAIRE, KEY_PROCESSES

        return part.id == CORE_QUESTIONNAIRE and question.id == KEY_PROCESSES

    def _ledger_row(self, parent: QWidget) -> QHBoxLayout:
        """"从设备台账导入…" under the key-process table: the counts read from the factory's ledger instead of typed."""
        row = QHBoxLayout()
        row.setContentsMargins(10, 0, 0, 10)
        button = QPushButton(tr("从设备台账导入…"), parent)
        button.setObjectName("ledger_button")
        button.setToolTip(tr("读取工厂的设备台账（Excel 或 CSV 文件），按工序统计设备总数和数控化设备数，"
                             "核对每一行计入或未计入的原因后填入本表"))
        button.clicked.connect(self.open_ledger)
        row.addWidget(button)
        row.addStretch(1)
        return row

    def open_ledger(self) -> QDialog:
        """The ledger import, window-modal; the table shows the counts when it is filled."""
        from .ledger_dialog import LedgerDialog

        self.flush()
        dialog = LedgerDialog(self.workspace, self.period, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # the table filled: told on the hub like any change of answers (this page reads them again from there)
        dialog.filled.connect(lambda _rows: self._announce_answers())
        self.ledger_dialog = dialog
        dialog.show()
        return dialog

    def _attachment_counts(self, part: Part) -> dict[str, int]:
        if self.restricted is not None:
            return {}
        from ..workspace.attachments import attachment_counts

        try:
            return attachment_counts(self.workspace, part.assessment_id)
        except UserError:
            return {}

    def open_attachments(self, part: Part, question_id: str) -> QDialog:
        """The evidence files (佐证材料) of one question, window-modal; the button shows the new count."""
        from .attachments_dialog import AttachmentsDialog

        self.flush()
        question = part.questionnaire.question(question_id)
        dialog = AttachmentsDialog(self.workspace, part.assessment_id, question_id, content(question.text), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda qid, count, p=part: self._attachments_changed(p, qid, count))
        self.attachments_dialog = dialog
        dialog.show()
        return dialog

    def _attachments_changed(self, part: Part, question_id: str, count: int) -> None:
        block = self.blocks.get(question_id)
        if block is not None and block.part_id == part.id:
            block.set_attachment_count(count)
        self._status_again(part)

    def _status_again(self, part: Part) -> None:
        """A file added or removed takes an exported submission back, like an answer: the status read again."""
        try:
            status = self.workspace.assessment(part.assessment_id).status
        except UserError:
            return
        if status != part.status:
            part.status = status
            if status == "draft":
                self._tell_draft()
        self._refresh_header()
        self._refresh_marks()
        self.changed.emit()

    def _navigation(self, body: QWidget, current: tuple[str, str]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(10, 12, 0, 0)
        index = self.order.index(current)
        if index > 0:
            previous = QPushButton(self.tr("← 上一模块"), body)
            previous.setObjectName("previous_module")
            previous.setToolTip(self._location(*self.order[index - 1]))
            previous.clicked.connect(self.previous_module)
            row.addWidget(previous)
        row.addStretch(1)
        if index + 1 < len(self.order):
            target = self.order[index + 1]
            crossing = target[0] != current[0]
            name = (self._location(*target) if crossing
                    else content(self._listed_part(target[0]).questionnaire.module(target[1]).title))
            # "&" in a title (R&D) would become a keyboard shortcut on a button
            following = QPushButton(self.tr("下一模块：{module} →").replace("{module}", name.replace("&", "&&")),
                                    body)
            following.setObjectName("next_module")
            following.clicked.connect(self.next_module)
            row.addWidget(following)
        elif self.restricted is not None:
            finish = QPushButton(self.tr("填好了，交回答卷 →"), body)
            finish.setObjectName("finish")
            finish.setDefault(True)
            finish.clicked.connect(lambda: self._leave(self.hand_back))
            row.addWidget(finish)
        else:
            finish = QPushButton(self.tr("完成，去检查 →"), body)
            finish.setObjectName("finish")
            finish.setDefault(True)
            finish.clicked.connect(lambda: self._leave(self.check))
            row.addWidget(finish)
        return row

    # ------------------------------------------------------------------ shared filling (分工填报)

    def send_modules(self) -> QWidget:
        """分工填报…: the dialog to send modules to a colleague (window-modal, not blocking)."""
        from .handoff_dialogs import SendModulesDialog

        self.flush()
        self.send_dialog = SendModulesDialog(self.workspace, self.period, self)
        self.send_dialog.open()
        return self.send_dialog

    def import_return(self, path: str | None = None) -> QWidget | None:
        """导入同事答卷…: the merge dialog (``handoff_dialogs.open_merge``); its note here says what it wrote."""
        from .handoff_dialogs import open_merge

        self.flush()
        self.merge_dialog = open_merge(self, self.workspace, path, self.tell_merged)
        return self.merge_dialog

    def _announce_answers(self) -> None:
        """Answers changed here by a quick write outside an Op (the ledger's table): every view hears it."""
        from .ops import Changed, changes

        changes.announce(Changed.workspace("answers", about=self.workspace.directory))

    def _workspace_changed(self, changed: Any) -> None:
        """The hub (``ops.changes``): answers merged or filled, attachments added, a restore. Answers: read them
        all again (as ``reload_answers``); attachments: their counts and the status, the module stays where it
        is scrolled to."""
        if self._closed or str(changed.about) != str(getattr(self.workspace, "directory", None)):
            return
        if changed.touches(("answers", "restore")):
            self.reload_answers()
        elif "attachments" in changed:
            self._reload_attachments()

    def _reload_attachments(self) -> None:
        if self.restricted is not None or self._current is None:
            return
        part = self._part(self._current[0])
        if part is None:
            return
        counts = self._attachment_counts(part)
        for question_id, block in self.blocks.items():
            block.set_attachment_count(counts.get(question_id, 0))
        self._status_again(part)

    def reload_answers(self) -> None:
        """Read every answer again (a merge wrote some): the module shown follows; input marked red stays."""
        try:
            found = {a.id: (answers, a.status) for a, _, answers in self.workspace.submission_parts(self.period)}
        except UserError as exc:
            show_error(self, exc)
            return
        for part in self.parts:
            if part.assessment_id in found:
                was = part.status
                part.answers, part.status = dict(found[part.assessment_id][0]), found[part.assessment_id][1]
                if was != "draft" and part.status == "draft":  # a merge took a completed submission back
                    self._tell_draft()
        self._recompute_findings()
        if self._current is not None:
            self._show_module(*self._current)
        self._refresh_marks()
        self.changed.emit()

    # ------------------------------------------------------------------ saving

    def flush(self) -> None:
        """Save what is typed in the shown module but not yet confirmed (called before it goes away)."""
        for block in list(self.blocks.values()):
            try:
                block.editor.flush()
            except RuntimeError:  # the widget is already being destroyed
                pass

    def close_page(self) -> None:
        """The page or the window is going away: keep what was typed, then accept no more saves."""
        if self._closed:
            return
        self.flush()
        self._closed = True
        self._flash_timer.stop()
        self._scroll_timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            try:
                app.focusChanged.disconnect(self._focus_changed)
            except (RuntimeError, TypeError):
                pass
        from .ops import changes

        try:
            changes.workspace_changed.disconnect(self._workspace_changed)
        except (RuntimeError, TypeError):
            pass

    def _leave(self, signal: Any) -> None:
        if self.confirm_leave(self):
            signal.emit()

    def pending_inputs(self) -> list[str]:
        """The input marked red because it could not be saved, one line each: "模块 · 题目：输入的内容"."""
        lines = []
        for (qid, question_id), (raw, _message) in self._unsaved.items():
            part = self._part(qid)
            if part is None or not part.questionnaire.has_question(question_id):
                continue
            question = part.questionnaire.question(question_id)
            module = part.questionnaire.module_of(question_id)
            if isinstance(raw, dict):  # table cells: (row, column index) → text
                typed = tr("、").join(
                    fill_in(self.tr("第{row}行“{column}”填写“{text}”"), row=str(row + 1),
                            column=content(question.columns[index].text), text=str(text))
                    for (row, index), text in sorted(raw.items()) if index < len(question.columns))
            else:
                typed = str(raw)
            lines.append(fill_in(self.tr("{module} · {question}：{input}"), module=content(module.title),
                                 question=content(question.text), input=typed))
        return lines

    def confirm_leave(self, parent: QWidget | None) -> bool:
        """Before the page goes (its own buttons, or the window closing): save what is typed, and when input
        could not be saved, ask (``ask_leave``) whether to leave without it. True: go ahead and leave."""
        if self._closed:
            return True
        self.flush()
        lines = self.pending_inputs()
        return not lines or ask_leave(parent, lines)

    def _block_for(self, part: Part, question: Question) -> QuestionBlock | None:
        block = self.blocks.get(question.id)
        return block if block is not None and block.part_id == part.id and block.question is question else None

    def save(self, part: Part, question: Question, value: Any) -> None:
        if self._closed:
            return
        block = self._block_for(part, question)
        key = (part.id, question.id)
        try:
            changed = self.workspace.save_answer(part.assessment_id, question.id, value)
        except AnswerRejected as exc:
            reasons = tr("；").join(problem_only(m, question) for m in exc.messages)
            self._not_taken(part, question, reasons, rejected=True)
            return
        except UserError as exc:
            show_error(self, exc)
            return
        if answer_rules.is_answered(value):
            part.answers[question.id] = value
        else:
            part.answers.pop(question.id, None)
        self._unsaved.pop(key, None)
        hint = self._fraction_hint(question, value)
        if hint:
            self._hints[key] = hint
        else:
            self._hints.pop(key, None)
        if block is not None:
            block.editor.set_invalid(False)
            block.input_problem = block.editor.input_problem()  # table cells that could not be taken
            if block.input_problem:
                self._unsaved[key] = (block.editor.raw_input(), block.input_problem)
            if isinstance(block.editor, NumberEditor):
                block.editor.accept_saved(value)
        flag = self.flags.get(key)
        if changed and flag is not None:  # the district's point is being dealt with
            from dataclasses import replace

            self.flags[key] = replace(flag, changed=True)
            if block is not None:
                block.set_district_note(flag.reason, True)
        if changed:
            self._saved_at = datetime.now().strftime("%H:%M:%S")
            if part.status != "draft":
                part.status = "draft"
                self._tell_draft()
        self._answers_changed(block)
        if changed:
            self.changed.emit()

    def _fraction_hint(self, question: Question, value: Any) -> str:
        """For a percentage saved as 0 < x ≤ 1 with decimals (0.986): it may have been meant as 98.6 %."""
        if question.type != "percent" or not isinstance(value, float) or not 0 < value <= 1:
            return ""
        saved = Decimal(str(value))
        meant = f"{(saved * 100).normalize():f}"
        return (self.tr("已保存为 {saved}%；如果是 {meant}%，请输入 {meant}")
                .replace("{saved}", f"{saved.normalize():f}").replace("{meant}", meant))

    def _not_taken(self, part: Part, question: Question, reason: str, rejected: bool = False) -> None:
        """Input that could not be saved: the reason at the field, and that the saved answer still holds."""
        saved = part.answers.get(question.id)
        if saved is None:
            problem = fill_in(self.tr("{reason}（未保存，本题仍未填写）"), reason=reason)
        else:
            problem = fill_in(self.tr("{reason}（未保存，原答案 {answer} 仍有效）"), reason=reason,
                              answer=answer(question, saved))
        block = self._block_for(part, question)
        if block is not None:
            if rejected:
                block.editor.set_invalid(True)
            block.input_problem = problem
            raw = block.editor.raw_input()
            if raw is not None:
                self._unsaved[(part.id, question.id)] = (raw, block.input_problem)
            self._refresh_messages([block])
            if block is self._help_block:
                self._refresh_help_notes()
        self._update_saved_indicator()

    def _answers_changed(self, anchor: QuestionBlock | None) -> None:
        self._recompute_findings()
        self._refresh_visibility(anchor)
        self._drop_unsaved_of_hidden()
        self._refresh_messages()
        self._refresh_marks()
        self._refresh_header()
        self._refresh_help_notes()
        self._update_saved_indicator()

    def _drop_unsaved_of_hidden(self) -> None:
        """A question that no longer applies (its show_if turned false) drops its unsaved input."""
        for key in list(self._unsaved):
            part = self._part(key[0])
            if part is None or not part.questionnaire.has_question(key[1]):
                del self._unsaved[key]
                continue
            question = part.questionnaire.question(key[1])
            if answer_rules.is_visible(part.questionnaire, question, part.answers):
                continue
            del self._unsaved[key]
            self._hints.pop(key, None)
            block = self._block_for(part, question)
            if block is not None:
                block.input_problem = ""
                block.editor.set_value(part.answers.get(question.id))
                block.editor.set_invalid(False)

    def _tell_draft(self) -> None:
        """A line in the top bar, in the place kept for notes: no dialog, the answering goes on."""
        if self._told_draft:
            return
        self._told_draft = True
        text = self.tr("已改回“填写中”：改完后请再点“检查并完成”，之后才能导出新的报告包（以前导出的报告包仍有记录）。")
        self.draft_note.set_full_text(text)
        self.draft_note.setAccessibleName(text)
        self.draft_note.show()

    def tell_merged(self, text: str) -> None:
        """What a merge of a colleague's answers wrote (``handoff_dialogs.merged_sentence``), in the place kept
        for notes: the answers change on screen, this says why and how many."""
        self.merge_note.set_full_text(text)
        self.merge_note.setAccessibleName(text)
        # the newest note is read whole where it fits; a 填写中 note beside it gives way (elided, whole in its tooltip)
        self.merge_note.setMinimumWidth(min(self.merge_note.fontMetrics().horizontalAdvance(text) + 4,
                                            MERGE_NOTE_MAX_WIDTH))
        self.merge_note.show()

    # ------------------------------------------------------------------ refreshing what is shown

    def _recompute_findings(self) -> None:
        try:
            self.findings = submission_findings([(p.questionnaire, p.answers) for p in self.parts])
        except UserError:
            self.findings = []

    def _refresh_visibility(self, anchor: QuestionBlock | None) -> None:
        """Show the questions that apply. With an ``anchor`` (the question just answered) nothing above it
        changes (a question there appears or goes when the module is shown again; no shipped definition has
        a follow-up above its question), and the module keeps its height, so nothing on screen moves."""
        body = self.scroll_area.widget()
        if body is None:
            return
        before = body.height()
        part = self.current_part
        passed = anchor is None
        for block in self.blocks.values():
            if block is anchor:
                passed = True
            wanted = answer_rules.is_visible(part.questionnaire, block.question, part.answers)
            if wanted == (not block.isHidden()) or not passed:
                continue
            block.setVisible(wanted)
        body.setMinimumHeight(before if anchor is not None else 0)

    def _messages_of(self, block: QuestionBlock) -> list[tuple[str, str, str]]:
        """(kind, plain text under the question, html for the 口径 panel) of the messages of one question:
        the input not saved, a hint about what was saved, then the contradictions (must fix) and the checks
        (请核对) it is part of. A finding is explained in full under its first question; under the others
        it involves, one line names that question, and the panel has the whole text."""
        found: list[tuple[str, str, str]] = []
        if block.input_problem:
            found.append(("error", block.input_problem, escape(block.input_problem)))
        hint = self._hints.get((block.part_id, block.question.id))
        if hint:
            found.append(("warning", hint, escape(hint)))
        here = self._current or ("", "")
        own = (block.part_id, block.question.id)

        def is_primary(finding: Finding) -> bool:
            first = finding.questions[0] if finding.questions else None
            return first is None or (first.questionnaire_id, first.question_id) == own

        ordered = sorted(findings_for(self.findings, *own), key=lambda f: (not f.blocking, not is_primary(f)))
        for finding in ordered:
            kind = "error" if finding.blocking else "warning"
            elsewhere: dict[str, str] = {}
            for ref in finding.questions:
                part = self._part(ref.questionnaire_id)
                if part is None or not part.questionnaire.has_question(ref.question_id):
                    continue
                module = part.questionnaire.module_of(ref.question_id)
                if (ref.questionnaire_id, module.id) != here:
                    location = self._location(ref.questionnaire_id, module.id)
                    elsewhere.setdefault(location, f"{ref.questionnaire_id}|{ref.question_id}")
            message = finding_text(finding, self._answers_by_id())
            html = fill_in(self.tr("<b>矛盾：</b>{message}") if finding.blocking
                           else self.tr("<b>请核对：</b>{message}"), message=escape(message))
            if elsewhere:
                html = fill_in(self.tr("{message}另见：{places}"), message=html, places=tr("、").join(
                    f"<a href='{target}'>{escape(location)}</a>" for location, target in elsewhere.items()))
            if is_primary(finding):
                text = self._finding_text(finding)
                if elsewhere:
                    text = fill_in(self.tr("{message}另见：{places}"), message=text, places=tr("、").join(elsewhere))
            else:
                text = self._pointer(finding)
            found.append((kind, text, html))
        return found

    def _finding_text(self, finding: Finding) -> str:
        """``矛盾：`` or ``请核对：`` and the finding's message, as plain text."""
        template = self.tr("矛盾：{message}") if finding.blocking else self.tr("请核对：{message}")
        return fill_in(template, message=finding_text(finding, self._answers_by_id()))

    def _answers_by_id(self) -> dict[str, tuple[Questionnaire, dict[str, Any]]]:
        """Each questionnaire's definition and answers (check_page.finding_text fills a message in with them)."""
        return {part.id: (part.questionnaire, part.answers) for part in self.parts}

    def _pointer(self, finding: Finding) -> str:
        """The one line under a question that is not the first of ``finding``: which question explains it."""
        first = finding.questions[0]
        part = self._part(first.questionnaire_id)
        if part is None or not part.questionnaire.has_question(first.question_id):
            return self._finding_text(finding)
        name = shorten(content(part.questionnaire.question(first.question_id).text), 24 if chinese_interface() else 40)
        module = part.questionnaire.module_of(first.question_id)
        if (first.questionnaire_id, module.id) == self._current:
            template = (self.tr("与“{question}”的答案矛盾，见该题") if finding.blocking
                        else self.tr("请核对：见“{question}”"))
        else:
            template = (self.tr("与“{question}”的答案矛盾，见该题（{location}）") if finding.blocking
                        else self.tr("请核对：见“{question}”（{location}）"))
        return fill_in(template, question=name, location=self._location(first.questionnaire_id, module.id))

    def _refresh_messages(self, blocks: list[QuestionBlock] | None = None) -> None:
        for block in blocks if blocks is not None else list(self.blocks.values()):
            block.message.set_items([(kind, text) for kind, text, _ in self._messages_of(block)])

    def _module_findings(self, part: Part, module: Module) -> list[Finding]:
        ids = {q.id for q in module.questions}
        return [f for f in self.findings if any(r.questionnaire_id == part.id and r.question_id in ids
                                                for r in f.questions)]

    def _refresh_marks(self) -> None:
        """The left list: ✓ or the share answered, and a red count of contradictions to fix."""
        for (qid, module_id), row in self._rows.items():
            part = self._listed_part(qid)
            module = part.questionnaire.module(module_id)
            share = answer_rules.completion(part.questionnaire, part.answers, module)
            mark = "✓" if share >= 1 else f"{share * 100:.0f}%"
            errors = sum(1 for f in self._module_findings(part, module) if f.blocking)
            item = self.modules.item(row)
            title = content(module.title)
            text = (fill_in(self.tr("{mark}　{module}　矛盾{n}"), mark=mark, module=title, n=str(errors)) if errors
                    else fill_in(self.tr("{mark}　{module}"), mark=mark, module=title))
            flagged = sum(1 for (q, question) in self.flags
                          if q == qid and part.questionnaire.module_of(question).id == module_id)
            if flagged:  # the district's points (回执 退回修改) in this module
                text = fill_in(self.tr("{text}　区县意见{n}"), text=text, n=str(flagged))
            if item.text() != text:
                item.setText(text)
            tips = [self.tr("已填完") if share >= 1 else self.tr("尚有未填写的必答题")]
            if errors:
                tips.append(self.tr("有 {n} 处前后矛盾须改正").replace("{n}", str(errors)))
            if flagged:
                tips.append(self.tr("区县要求修改 {n} 处").replace("{n}", str(flagged)))
            item.setToolTip(fill_in(self.tr("{module}：{state}"), module=title, state=self.tr("，").join(tips)))
            item.setForeground(QBrush(QColor(ERROR)) if errors else QBrush(QColor(WARNING)) if flagged else QBrush())
            font = item.font()
            font.setBold(bool(errors))
            item.setFont(font)

    def _refresh_header(self) -> None:
        if self._current is None:
            return
        part, module = self.current_part, self.current_module
        # a longer language names only the module: its questionnaire is the heading above it in the list
        self.module_title.set_full_text(self._location(part.id, module.id) if chinese_interface()
                                        else content(module.title))
        blanks = len(answer_rules.missing_required(part.questionnaire, part.answers, module))
        status = (self.tr("尚未填写 {n} 题").replace("{n}", str(blanks)) if blanks
                  else self.tr("<span style='color:#1f6f43'>✓ 本模块已填完</span>"))
        found = self._module_findings(part, module)
        errors = sum(1 for f in found if f.blocking)
        warnings = len(found) - errors
        if errors:
            count = self.tr("矛盾 {n} 处").replace("{n}", str(errors))
            status = fill_in(self.tr("{before}　{after}"), before=status,
                             after=f"<span style='color:{ERROR}'><b>{count}</b></span>")
        if warnings:
            count = self.tr("请核对 {n} 处").replace("{n}", str(warnings))
            status = fill_in(self.tr("{before}　{after}"), before=status,
                             after=f"<span style='color:{WARNING}'>{count}</span>")
        self.module_status.setText(status)
        self._refresh_module_result()

    def _refresh_module_result(self) -> None:
        """The module's figure as the user fills it in (same scoring as the report), in its fixed place."""
        from ..scoring.engine import score
        from ..scoring.results import BenchmarkResult, PointsResult, ScenesResult, StarResult

        text = ""
        try:
            result = score(self.questionnaire, self.current_part.answers, period=self.period,
                           with_recommendations=False).module(self.current_module.id)
        except UserError:
            result = None
        if result is None:
            text = ""
        elif result.status == "incomplete":
            text = fill_in(self.tr("本模块尚未填完。{reason}"),
                           reason=escape(module_reason(result, self.questionnaire)))
        elif result.status == "not_applicable":
            text = fill_in(self.tr("本模块不适用：{reason}"), reason=escape(module_reason(result, self.questionnaire)))
        elif isinstance(result, BenchmarkResult):
            colour = "#1f6f43" if result.met else ERROR
            template = (self.tr("{name}：{figure}，参照值{target}，{verdict}") if result.reference_only
                        else self.tr("{name}：{figure}，规划目标{target}，{verdict}"))
            text = fill_in(template, name=escape(content(result.name)), verdict=verdict_words(result),
                           figure=f"<b style='color:{colour}'>{result.figure_text}</b>",
                           target=escape(content(result.target_label)))
            if gap_words(result):
                text = fill_in(self.tr("{text}，差距{gap}"), text=text, gap=gap_words(result))
        elif isinstance(result, StarResult):
            text = fill_in(self.tr("按自评口径估计可达：{level}"),
                           level=content(result.estimate) if result.estimate else self.tr("未达到三星"))
        elif isinstance(result, PointsResult) and result.points is not None:
            text = fill_in(self.tr("本维度得分：{points} / {max}"), points=f"{result.points.normalize():f}",
                           max=f"{result.max_points.normalize():f}")
        elif isinstance(result, ScenesResult):
            text = self.tr("已评定全部场景")
        none = self.tr("本模块没有单独的结果")
        self.module_result.setText(text or f"<span style='color:{MUTED}'>{none}</span>")
        self.module_result.setToolTip(text)

    def _update_saved_indicator(self) -> None:
        if self._unsaved:
            self.saved.setText(self.tr("未保存：{n} 处标红").replace("{n}", str(len(self._unsaved))))
            self.saved.setStyleSheet(f"color: {ERROR}; font-weight: bold;")
            places = []
            for qid, question_id in self._unsaved:
                part = self._part(qid)
                if part is not None and part.questionnaire.has_question(question_id):
                    module = part.questionnaire.module_of(question_id)
                    places.append(f"{self._location(qid, module.id)} · "
                                  f"{content(part.questionnaire.question(question_id).text)}")
            self.saved.setToolTip(self.tr("标红的输入没有保存，原答案仍有效；请改正或清空它：\n")
                                  + "\n".join(places))
        elif self._saved_at:
            self.saved.setText(self.tr("✓ 已自动保存 {time}").replace("{time}", self._saved_at))
            self.saved.setStyleSheet("color: #1f6f43;")
            self.saved.setToolTip(self.tr("每个答案在填写后立即保存，无需另外保存。"))
        else:
            self.saved.setText(self.tr("答案随填随存"))
            self.saved.setStyleSheet(f"color: {MUTED};")
            self.saved.setToolTip(self.tr("每个答案在填写后立即保存，无需另外保存。"))

    # ------------------------------------------------------------------ help (口径) and landing on a question

    def set_help_open(self, on: bool) -> None:
        self.help_panel.setVisible(on)
        if self.help_button.isChecked() != on:
            self.help_button.setChecked(on)
        if on and self._help_block is None:
            self._show_help_of(self._block_of(QApplication.focusWidget()))
        if self.settings is not None:
            self.settings.setValue(HELP_PANEL_KEY, on)

    def toggle_help(self) -> None:
        """F1: open the panel on the question with the focus, or close it."""
        if self.help_panel.isVisible():
            self.set_help_open(False)
            return
        focused = self._block_of(QApplication.focusWidget())
        if focused is not None:
            self._show_help_of(focused)
        self.set_help_open(True)

    def _block_of(self, widget: QWidget | None) -> QuestionBlock | None:
        while widget is not None and widget is not self:
            if isinstance(widget, QuestionBlock):
                return widget if self.blocks.get(widget.question.id) is widget else None
            widget = widget.parentWidget()
        return None

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self._closed:
            return
        block = self._block_of(now)
        if block is not None and block is not self._help_block:
            self._show_help_of(block)

    def _show_help_of(self, block: QuestionBlock | None, reveal: bool = False) -> None:
        if self._help_block is not None and self._help_block is not block:
            try:
                self._help_block.set_flag("current", False)
            except RuntimeError:
                pass
        self._help_block = block
        if block is None:
            self.help_panel.clear()
            return
        block.set_flag("current", True)
        module = self.current_module
        self.help_panel.show_question(block.part_id, block.question, self._location(block.part_id, module.id),
                                      [(kind, html) for kind, _, html in self._messages_of(block)])
        if reveal and not self.help_panel.isVisible():
            self.set_help_open(True)

    def _refresh_help_notes(self) -> None:
        if self._help_block is not None:
            self.help_panel.set_notes([(kind, html) for kind, _, html in self._messages_of(self._help_block)])

    def focus_question(self, questionnaire_id: str, question_id: str) -> None:
        """Open the question's module, scroll to the question, put the focus in it and highlight it briefly."""
        part = self._part(questionnaire_id)
        if part is None or not part.questionnaire.has_question(question_id):
            return
        module = part.questionnaire.module_of(question_id)
        if self._current != (questionnaire_id, module.id):
            self.open_module(questionnaire_id, module.id)
        block = self.blocks.get(question_id)
        if block is None:
            return
        self._end_flash()
        block.set_flag("flash", True)
        self._flashing = block
        self._flash_timer.start()
        self._show_help_of(block)
        if not block.isHidden():
            block.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        self._pending_scroll = block
        self._scroll_timer.start()  # once the module is laid out

    def _apply_pending_scroll(self) -> None:
        block, body = self._pending_scroll, self.scroll_area.widget()
        if block is None or body is None or not self.isVisible():
            return  # done by showEvent when the page appears
        self._pending_scroll = None
        layout = body.layout()  # the module's content always has one; Qt types it optional
        if layout is not None:
            layout.activate()
        self.scroll_area.verticalScrollBar().setValue(max(block.mapTo(body, QPoint(0, 0)).y() - 12, 0))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = max(self.splitter.width(), 600)
            wide = not chinese_interface()  # longer module titles
            modules = min(max(int(width * (0.25 if wide else 0.22)), 200), 360 if wide else 300)
            panel = min(max(int(width * 0.25), 220), 340)
            self.splitter.setSizes([modules, width - modules - panel, panel])
        if self._pending_scroll is not None:
            self._scroll_timer.start()

    def _end_flash(self) -> None:
        self._flash_timer.stop()
        if self._flashing is not None:
            try:
                self._flashing.set_flag("flash", False)
            except RuntimeError:
                pass
        self._flashing = None
