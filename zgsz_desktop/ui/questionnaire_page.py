"""The questionnaire: modules with completion marks on the left, the module's questions on the right.

Every answer is saved the moment it is given (Workspace.save_answer is durable when it returns); an
invalid one shows its message under the question and saves nothing. The page remembers the module the
user was in, so reopening returns there.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..questionnaire import answers as answer_rules
from ..questionnaire.model import Module, Question
from ..workspace import AnswerRejected, IncompleteAssessment
from .editors import Editor, NumberEditor, TableEditor, make_editor
from .errors import show_error

ERROR_STYLE = "color: #b3261e;"
MUTED_STYLE = "color: #5f6b7a;"


class QuestionBlock(QFrame):
    """One question: its text, an expandable 口径, the editor and a line for messages."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"question_{question.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 10)
        layout.setSpacing(4)
        head = QHBoxLayout()
        optional = "" if question.required else self.tr("（选填）")
        title = QLabel(f"<b>{question.text}</b>{optional}", self)
        title.setWordWrap(True)
        head.addWidget(title, 1)
        self.help_button = QToolButton(self)
        self.help_button.setText(self.tr("口径"))
        self.help_button.setCheckable(True)
        self.help_button.setToolTip(self.tr("显示本题的填报口径"))
        head.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.help = QLabel(question.help, self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet(MUTED_STYLE + "background: #f4f6f8; padding: 6px; border-radius: 4px;")
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help.hide()
        self.help_button.toggled.connect(self.help.setVisible)
        layout.addWidget(self.help)
        self.editor: Editor = make_editor(question, self)
        layout.addWidget(self.editor)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class QuestionnairePage(QWidget):
    """Shows one assessment; ``back`` returns home, ``results`` opens the results."""

    back = Signal()
    results = Signal(int)
    changed = Signal()

    def __init__(self, workspace: Any, assessment_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.assessment_id = assessment_id
        assessment = workspace.assessment(assessment_id)
        self.questionnaire = workspace.questionnaire_for(assessment)
        self.answers: dict[str, Any] = workspace.answers(assessment_id)
        self.status = assessment.status
        self.blocks: dict[str, QuestionBlock] = {}

        top = QHBoxLayout()
        back = QPushButton(self.tr("← 返回首页"), self)
        back.clicked.connect(self.back.emit)
        top.addWidget(back)
        title = QLabel(f"<span style='font-size:15pt'>{self.questionnaire.title}</span>　{assessment.period}", self)
        top.addWidget(title, 1)
        self.saved = QLabel(self)
        self.saved.setObjectName("saved_indicator")
        self.saved.setStyleSheet(MUTED_STYLE)
        top.addWidget(self.saved)
        self.complete_button = QPushButton(self.tr("标记为已完成"), self)
        self.complete_button.clicked.connect(self.mark_complete)
        top.addWidget(self.complete_button)
        results = QPushButton(self.tr("查看结果"), self)
        results.clicked.connect(lambda: self.results.emit(self.assessment_id))
        top.addWidget(results)

        self.modules = QListWidget(self)
        self.modules.setObjectName("modules")
        self.modules.setStyleSheet("QListWidget::item { padding: 7px 6px; }")
        self.modules.setMinimumWidth(220)
        self.modules.setMaximumWidth(320)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        splitter = QSplitter(self)
        splitter.addWidget(self.modules)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        for module in self.questionnaire.modules:
            item = QListWidgetItem(module.title)
            item.setData(Qt.ItemDataRole.UserRole, module.id)
            self.modules.addItem(item)
        self._closed = False
        self.modules.currentRowChanged.connect(self.show_module)
        self._refresh_marks()
        start = 0
        if assessment.last_position:
            ids = [m.id for m in self.questionnaire.modules]
            module_id = assessment.last_position.split("/")[0]
            start = ids.index(module_id) if module_id in ids else 0
        self.modules.setCurrentRow(start)

    # ------------------------------------------------------------------ building

    @property
    def current_module(self) -> Module:
        return self.questionnaire.modules[max(self.modules.currentRow(), 0)]

    def flush(self) -> None:
        """Save what is typed in the shown module but not yet confirmed (called before it goes away)."""
        for block in list(self.blocks.values()):
            try:
                block.editor.flush()
            except RuntimeError:  # the widget is already being destroyed
                pass

    def close_page(self) -> None:
        """The page or the window is going away: keep what was typed, then accept no more saves."""
        self.flush()
        self._closed = True

    def show_module(self, row: int) -> None:
        if row < 0:
            return
        self.flush()
        module = self.questionnaire.modules[row]
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 8, 16, 16)
        heading = QLabel(f"<span style='font-size:14pt'>{module.title}</span>", content)
        layout.addWidget(heading)
        if module.description:
            description = QLabel(module.description, content)
            description.setWordWrap(True)
            description.setStyleSheet(MUTED_STYLE)
            layout.addWidget(description)
        self.module_result = QLabel(content)
        self.module_result.setObjectName("module_result")
        self.module_result.setWordWrap(True)
        self.module_result.setStyleSheet("background: #eef3f8; padding: 6px 8px; border-radius: 4px;")
        layout.addWidget(self.module_result)
        self.blocks = {}
        for question in module.questions:
            block = QuestionBlock(question, content)
            block.editor.set_value(self.answers.get(question.id))
            block.editor.committed.connect(lambda value, q=question: self.save(q, value))
            if isinstance(block.editor, NumberEditor | TableEditor):
                block.editor.invalid.connect(lambda text, b=block: b.show_message(text))
            layout.addWidget(block)
            self.blocks[question.id] = block
        layout.addStretch(1)
        self.scroll.setWidget(content)
        self._refresh_visibility()
        self._refresh_module_result()
        try:
            self.workspace.set_position(self.assessment_id, module.id)
        except UserError:
            pass

    # ------------------------------------------------------------------ saving

    def save(self, question: Question, value: Any) -> None:
        if self._closed:
            return
        block = self.blocks.get(question.id)
        try:
            changed = self.workspace.save_answer(self.assessment_id, question.id, value)
        except AnswerRejected as exc:
            if block is not None:
                block.show_message("；".join(exc.messages))
            self.saved.setText(self.tr("未保存：请修改标红的答案"))
            return
        except UserError as exc:
            show_error(self, exc)
            return
        if answer_rules.is_answered(value):
            self.answers[question.id] = value
        else:
            self.answers.pop(question.id, None)
        if block is not None:
            block.show_message("")
            if isinstance(block.editor, NumberEditor):
                block.editor.accept_saved(value)
        self.saved.setText(self.tr("✓ 已自动保存 {time}").replace("{time}", datetime.now().strftime("%H:%M:%S")))
        if changed and self.status != "draft":
            self.status = "draft"
            QMessageBox.information(self, self.tr("已改为草稿"), self.tr(
                "修改了已完成的评估，它已改回“草稿”。改完后请再点“标记为已完成”，之后才能导出新的报告包"
                "（以前导出的报告包仍有记录）。"))
        self._refresh_visibility()
        self._refresh_marks()
        self._refresh_module_result()
        self.changed.emit()

    def _refresh_module_result(self) -> None:
        """The module's figure as the user fills it in (same scoring as the report)."""
        from ..scoring.engine import score
        from ..scoring.results import BenchmarkResult, PointsResult, ScenesResult, StarResult

        try:
            result = score(self.questionnaire, self.answers, with_recommendations=False).module(self.current_module.id)
        except UserError:
            self.module_result.hide()
            return
        text = ""
        if result.status == "incomplete":
            text = self.tr("本模块尚未填完。") + result.reason
        elif result.status == "not_applicable":
            text = self.tr("本模块不适用：") + result.reason
        elif isinstance(result, BenchmarkResult):
            colour = "#1f6f43" if result.met else "#b3261e"
            text = (f"{result.name}：<b style='color:{colour}'>{result.figure_text}</b>，"
                    f"{self.tr('规划目标')}{result.target_label}，{result.verdict}"
                    + (f"，{self.tr('差距')}{result.gap_text}" if result.gap_text else ""))
        elif isinstance(result, StarResult):
            text = self.tr("按自评口径估计可达：") + (result.estimate or self.tr("未达到三星"))
        elif isinstance(result, PointsResult) and result.points is not None:
            text = self.tr("本维度得分：") + f"{result.points.normalize():f} / {result.max_points.normalize():f}"
        elif isinstance(result, ScenesResult):
            text = self.tr("已评定全部场景")
        self.module_result.setText(text)
        self.module_result.setVisible(bool(text))

    def _refresh_visibility(self) -> None:
        for block in self.blocks.values():
            block.setVisible(answer_rules.is_visible(self.questionnaire, block.question, self.answers))

    def _refresh_marks(self) -> None:
        for row, module in enumerate(self.questionnaire.modules):
            share = answer_rules.completion(self.questionnaire, self.answers, module)
            mark = "✓ " if share >= 1 else f"{share * 100:.0f}% "
            item = self.modules.item(row)
            item.setText(f"{mark}{module.title}")
            item.setToolTip(self.tr("已填完") if share >= 1 else self.tr("尚有未填写的必答题"))

    def mark_complete(self) -> None:
        try:
            self.workspace.complete(self.assessment_id)
        except IncompleteAssessment as exc:
            if exc.missing:
                first = exc.missing[0][0]
                module = self.questionnaire.module_of(first)
                self.modules.setCurrentRow(list(self.questionnaire.modules).index(module))
                block = self.blocks.get(first)
                if block is not None:
                    block.show_message(self.tr("请填写本题"))
                    self.scroll.ensureWidgetVisible(block)
                QMessageBox.information(self, self.tr("尚未填完"), self.tr(
                    "还有 {n} 道必答题没有填写，已为您定位到第一道（左侧模块前的百分比表示完成情况）。")
                    .replace("{n}", str(len(exc.missing))))
            else:
                show_error(self, exc)
            return
        self.status = "completed"
        self.saved.setText(self.tr("✓ 已标记为已完成"))
        self.changed.emit()
        self.results.emit(self.assessment_id)
