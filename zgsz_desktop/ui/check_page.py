"""Check (检查): everything that stands between a submission and the district, each item a link to its
question; 完成 when nothing blocks. Contradictions (红色 矛盾) must be fixed; 请核对 (amber) may stay and is
written into the report.

Signals: ``back()`` home, ``open_question(questionnaire id, question id)`` to fix an item, ``export()`` once
the submission is complete. The check is computed on the UI thread: the definitions are loaded by the time
this page opens (from the home page), and a check costs a few ms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..workspace.submission import EXPORT, HAND_IN, IncompleteSubmission
from . import i18n
from .errors import show_error
from .guide import primary
from .i18n import content, error_text, tr

GOOD, BAD, AMBER, MUTED = "#1f6f43", "#b3261e", "#8a5a00", "#5f6b7a"
BANNER = "border-radius: 6px; padding: 10px 12px;"
BANNER_STYLES = {"bad": f"background: #fdecea; color: {BAD}; {BANNER}",
                 "good": f"background: #e8f3ec; color: {GOOD}; {BANNER}",
                 "info": f"background: #eef3f8; color: #1d2733; {BANNER}"}


def _short(text: str) -> str:
    limit = 28 if i18n.chinese_interface() else 48
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary_text(check: Any, *, blocking_only: bool = False) -> str:
    """``check.summary()`` in the interface language: one line for a manager, what is left to do."""
    parts = []
    if check.missing_questionnaires:
        parts.append(tr("{count} 份问卷尚未开始").format(count=len(check.missing_questionnaires)))
    if check.blanks:
        parts.append(tr("{count} 道必答题未填").format(count=len(check.blanks)))
    if check.problems:
        parts.append(tr("{count} 个答案不符合要求").format(count=len(check.problems)))
    if check.errors:
        parts.append(tr("{count} 处前后矛盾").format(count=len(check.errors)))
    if check.warnings and not blocking_only:
        parts.append(tr("{count} 处请核对").format(count=len(check.warnings)))
    return tr("，").join(parts) if parts else tr("检查通过")


Parts = Mapping[str, tuple[Any, Mapping[str, Any]]]  # questionnaire id → (definition, answers)


def parts_by_id(workspace: Any, period: str) -> Parts:
    """The definitions and answers of a period's submission, for :func:`finding_text` and :func:`blank_where`."""
    return {questionnaire.id: (questionnaire, answers)
            for _assessment, questionnaire, answers in workspace.submission_parts(period)}


def finding_text(finding: Any, parts: Parts | None = None) -> str:
    """A contradiction's message in the interface language: the translation of the rule's message filled in
    with the answers as the interface shows them (``parts`` gives them; without, the values as the core wrote
    them, translated where they are texts of the questionnaire). Chinese: the core's message as it is."""
    if i18n.chinese_interface() or not finding.template:
        return finding.message
    from ..questionnaire.consistency import split_ref

    values = {}
    for key, text in finding.values:
        ref = split_ref(key, finding.questionnaire_id)
        definition, answers = (parts or {}).get(ref.questionnaire_id, (None, {}))
        if definition is not None and definition.has_question(ref.question_id) and answers.get(ref.question_id) \
                is not None:
            values[key] = i18n.answer(definition.question(ref.question_id), answers[ref.question_id])
        else:
            values[key] = content(text)  # an option's text (chosen, expected), or a figure (unchanged)
    return finding.render(content(finding.template), values)


def blank_where(blank: Any, parts: Parts | None = None) -> str:
    """An unanswered required question, and for a table started but not complete which cells are empty, in the
    interface language (Chinese: the core's ``blank.where`` as it is)."""
    if i18n.chinese_interface():
        return blank.where
    question_text = content(blank.text)
    if not blank.detail:
        return question_text
    detail = blank.detail
    definition, answers = (parts or {}).get(blank.questionnaire_id, (None, {}))
    if definition is not None and definition.has_question(blank.question_id):
        detail = _empty_cells(definition.question(blank.question_id), answers.get(blank.question_id)) or detail
    return tr("{question}（{detail}）").format(question=question_text, detail=detail)


def _empty_cells(question: Any, value: Any) -> str:
    """The interface's words for ``questionnaire.submission._empty_cells``: which required cells of a started
    table are still empty."""
    from ..questionnaire.answers import is_answered

    if question.type != "table" or not isinstance(value, list) or not value:
        return ""
    missing = [tr("第{row}行“{column}”").format(row=number, column=content(column.text))
               for number, row in enumerate(value, start=1) for column in question.columns
               if column.required and not is_answered(row.get(column.id) if isinstance(row, Mapping) else None)]
    if not missing:
        return tr("至少填写 {count} 行").format(count=question.min_rows) if len(value) < question.min_rows else ""
    if len(missing) > 4:
        return tr("未填：{cells}等 {count} 处").format(cells=tr("、").join(missing[:4]), count=len(missing))
    return tr("未填：{cells}").format(cells=tr("、").join(missing))


class Item(QFrame):
    """One thing to fix or check: a mark, the message, and one link per question it concerns."""

    def __init__(self, page: CheckPage, mark: str, colour: str, message: str,
                 links: Sequence[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("check_item")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 3, 0, 3)
        badge = QLabel(mark, self)
        badge.setStyleSheet(f"color: white; background: {colour}; border-radius: 3px; padding: 1px 6px;")
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel(message, self)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text, 1)
        self.links: list[QPushButton] = []
        column = QVBoxLayout()
        column.setSpacing(0)
        for questionnaire_id, question_id, label in links:
            link = QPushButton(label.replace("&", "&&"), self)  # "R&D" is no shortcut
            link.setObjectName(f"link:{questionnaire_id}:{question_id}")
            link.setFlat(True)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setStyleSheet("QPushButton { color: #1f5fa8; text-align: right; padding: 2px 4px; border: none; }"
                               " QPushButton:hover { text-decoration: underline; }")
            link.setToolTip(self.tr("打开问卷并定位到这道题"))
            link.clicked.connect(lambda _c=False, q=questionnaire_id, i=question_id: page.open_question.emit(q, i))
            column.addWidget(link, 0, Qt.AlignmentFlag.AlignRight)
            self.links.append(link)
        layout.addLayout(column)


class CheckPage(QWidget):
    back = Signal()
    open_question = Signal(str, str)  # questionnaire id, question id
    export = Signal()
    changed = Signal()  # the submission was completed here

    def __init__(self, workspace: Any, period: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.period = period
        self.submission = workspace.submission(period)  # no such period: the caller says so, no page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← 返回首页"), self)
        back.clicked.connect(self.back.emit)
        top.addWidget(back)
        self.title = QLabel(self.tr("<span style='font-size:15pt'>检查报送</span>　{period}")
                            .format(period=i18n.period(period)), self)
        top.addWidget(self.title, 1)
        outer.addLayout(top)

        self.banner = QFrame(self)
        self.banner.setObjectName("check_banner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self.banner)
        self.summary.setObjectName("check_summary")
        self.summary.setWordWrap(True)
        banner_layout.addWidget(self.summary, 1)
        self.complete_button = primary(QPushButton(self.tr("完成"), self.banner))
        self.complete_button.setObjectName("complete")
        self.complete_button.clicked.connect(self.complete)
        banner_layout.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.export_button = primary(QPushButton(self.tr("导出报告包…"), self.banner))
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.export.emit)
        banner_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addWidget(self.banner)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area, 1)
        self.items: list[Item] = []
        self._closed = False
        self.refresh()
        from .ops import changes

        self.follows_changes = True  # checks again when an Op (a merge, attachments, a restore…) changed answers
        changes.workspace_changed.connect(self._workspace_changed)

    def _workspace_changed(self, changed: Any) -> None:
        """The hub (``ops.changes``): answers or attachments of this workspace changed elsewhere, check again."""
        if (not self._closed and str(changed.about) == str(self.workspace.directory)
                and changed.touches(("answers", "attachments", "restore"))):
            if hasattr(self, "_parts_cache"):
                del self._parts_cache  # the answers are read again
            self.refresh()

    def close_page(self) -> None:
        """The page is going away (its workspace may be closed next): no more checks."""
        self._closed = True
        from .ops import changes

        try:
            changes.workspace_changed.disconnect(self._workspace_changed)
        except (RuntimeError, TypeError):
            pass

    # ------------------------------------------------------------------ building

    def refresh(self) -> None:
        try:
            self.submission = self.workspace.submission(self.period)
        except UserError as exc:
            self.summary.setText(error_text(exc))
            self.complete_button.hide()
            self.export_button.hide()
            return
        self.check = self.submission.check
        self._banner()
        content = QWidget()
        self.content_layout = QVBoxLayout(content)
        self.content_layout.setContentsMargins(4, 8, 12, 12)
        self.content_layout.setSpacing(4)
        self.items = []
        self._contradictions()
        self._problems()
        self._blanks()
        self._warnings()
        if not self.items:
            none = QLabel(self.tr("没有未填的必答题、不符合要求的答案或前后矛盾。"), content)
            none.setStyleSheet(f"color: {GOOD};")
            self.content_layout.addWidget(none)
        self.content_layout.addStretch(1)
        self.scroll_area.setWidget(content)

    def _banner(self) -> None:
        submission, check = self.submission, self.check
        done = submission.stage in (EXPORT, HAND_IN)
        if done:
            if submission.stage == HAND_IN and submission.last_export is not None:
                from .home_page import export_date

                text = (self.tr("✓ 本期报送已完成，已导出第{n}次报送（{date}）。内容有变化时修改后重新导出即可。")
                        .format(n=submission.last_export["sequence"], date=export_date(submission.last_export)))
            else:
                text = self.tr("✓ 本期报送已完成。下一步：导出报告包，交给区县工信部门。")
            style = "good"
        elif check.ok:
            text = self.tr("检查通过：没有未填的必答题，也没有前后矛盾。确认无误后点“完成”，然后导出报告包。")
            style = "info"
        else:
            # only what blocks: 请核对 may stay, so it is no reason here (it has its own section below)
            text = (self.tr("还不能完成：{summary}。点右侧的题目名称直接去修改，改好后回到这里。")
                    .format(summary=summary_text(check, blocking_only=True)))
            style = "bad"
        self.summary.setText(text)
        self.banner.setStyleSheet(f"#check_banner {{ {BANNER_STYLES[style]} }}")
        self.summary.setStyleSheet("background: transparent;")
        self.complete_button.setVisible(not done)
        self.complete_button.setEnabled(check.ok)
        self.complete_button.setToolTip("" if check.ok else self.tr("先改正红色标出的各项"))
        self.export_button.setVisible(done)

    def _section(self, title: str, note: str = "") -> None:
        title = f"<span style='font-size:13pt'><b>{title}</b></span>"
        if note:
            title = self.tr("{title}　{note}").format(title=title, note=f"<span style='color:{MUTED}'>{note}</span>")
        label = QLabel(title, self)
        label.setWordWrap(True)
        label.setContentsMargins(0, 10, 0, 2)
        self.content_layout.addWidget(label)

    def _add(self, mark: str, colour: str, message: str, links: Sequence[tuple[str, str, str]]) -> None:
        item = Item(self, mark, colour, message, links)
        self.content_layout.addWidget(item)
        self.items.append(item)

    def _question_text(self, questionnaire_id: str, question_id: str) -> str:
        for assessment, questionnaire, _answers in self._parts():
            if assessment.questionnaire_id == questionnaire_id and questionnaire.has_question(question_id):
                return content(questionnaire.question(question_id).text)
        return question_id

    def _parts(self) -> list[Any]:
        if not hasattr(self, "_parts_cache"):
            self._parts_cache = self.workspace.submission_parts(self.period)
        return self._parts_cache

    def _by_id(self) -> Parts:
        return {questionnaire.id: (questionnaire, answers) for _assessment, questionnaire, answers in self._parts()}

    def _title_of(self, questionnaire_id: str) -> str:
        part = self.submission.part(questionnaire_id)
        return content(part.title) if part is not None else questionnaire_id

    def _contradictions(self) -> None:
        if not self.check.errors:
            return
        self._section(self.tr("前后矛盾"), self.tr("必须改正：改其中任何一项，使答案前后一致"))
        for finding in self.check.errors:
            self._add(self.tr("矛盾"), BAD, finding_text(finding, self._by_id()),
                      self._links(finding.questions, self.tr("去修改：{question} →")))

    def _warnings(self) -> None:
        if not self.check.warnings:
            return
        self._section(self.tr("请核对"), self.tr("不影响完成；核对无误可以保留，这些提示也会写入报告"))
        for finding in self.check.warnings:
            self._add(self.tr("请核对"), "#c98a00", finding_text(finding, self._by_id()),
                      self._links(finding.questions, self.tr("查看：{question} →")))

    def _links(self, refs: Sequence[Any], template: str) -> list[tuple[str, str, str]]:
        return [(ref.questionnaire_id, ref.question_id,
                 template.format(question=_short(self._question_text(ref.questionnaire_id, ref.question_id))))
                for ref in refs]

    def _problems(self) -> None:
        if not self.check.problems:
            return
        self._section(self.tr("答案不符合要求"), self.tr("必须改正"))
        for problem in self.check.problems:
            text = self._question_text(problem.questionnaire_id, problem.question_id)
            self._add(self.tr("不符"), BAD, self.tr("{question}：{problem}").format(question=text,
                                                                                  problem=problem.message),
                      [(problem.questionnaire_id, problem.question_id, self.tr("去修改 →"))])

    def _blanks(self) -> None:
        missing = [p for p in self.submission.parts if p.assessment is None]
        if not self.check.blanks and not missing:
            return
        self._section(self.tr("未填写的必答题"), self.tr("共 {n} 道").format(n=len(self.check.blanks)))
        for part in missing:
            first = self._first_question(part.questionnaire_id)
            self._add(self.tr("未开始"), BAD, self.tr("“{title}”尚未开始填写").format(title=content(part.title)),
                      [(part.questionnaire_id, first, self.tr("开始填写 →"))])
        questionnaire_id = module_id = None
        for blank in self.check.blanks:
            if blank.questionnaire_id != questionnaire_id:
                questionnaire_id, module_id = blank.questionnaire_id, None
                heading = QLabel(f"<b>{self._title_of(questionnaire_id)}</b>", self)
                heading.setContentsMargins(0, 6, 0, 0)
                self.content_layout.addWidget(heading)
            if blank.module_id != module_id:
                module_id = blank.module_id
                module = QLabel(content(blank.module_title), self)
                module.setStyleSheet(f"color: {MUTED};")
                module.setContentsMargins(12, 2, 0, 0)
                self.content_layout.addWidget(module)
            # a table started but not complete says which rows and cells are empty
            self._add(self.tr("未填"), "#7a8694", blank_where(blank, self._by_id()),
                      [(blank.questionnaire_id, blank.question_id, self.tr("去填写 →"))])

    @staticmethod
    def _first_question(questionnaire_id: str) -> str:
        from ..questionnaire.loader import get_questionnaire

        try:
            return get_questionnaire(questionnaire_id).modules[0].questions[0].id
        except (KeyError, IndexError):
            return ""

    # ------------------------------------------------------------------ completing

    def complete(self) -> None:
        try:
            self.workspace.complete_submission(self.period)
        except IncompleteSubmission:
            pass  # changed meanwhile (another window): the refreshed list says what is left
        except UserError as exc:
            show_error(self, exc)
        if hasattr(self, "_parts_cache"):
            del self._parts_cache
        self.refresh()
        self.changed.emit()

    def link(self, questionnaire_id: str, question_id: str) -> QPushButton | None:
        """The link to a question (for tests and keyboard users)."""
        for item in self.items:
            for link in item.links:
                if link.objectName() == f"link:{questionnaire_id}:{question_id}":
                    return link
        return None
