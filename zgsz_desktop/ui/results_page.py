"""Results: benchmark cards, cloud-star estimate, MIIT level, the report's charts, recommendations and
the comparison with the previous period. matplotlib is imported here, when results are first shown."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..questionnaire.display import display_value
from ..report import charts
from ..report.model import from_workspace
from ..scoring.results import BenchmarkResult, StarResult, fmt_number

GOOD, BAD, MUTED = "#1f6f43", "#b3261e", "#5f6b7a"


def card(title: str, big: str, lines: list[str], colour: str = "#1d2733") -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setStyleSheet("#card { background: #f4f6f8; border-radius: 8px; }")
    layout = QVBoxLayout(frame)
    heading = QLabel(title, frame)
    heading.setStyleSheet(f"color: {MUTED};")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    value = QLabel(big, frame)
    value.setObjectName("card_value")
    value.setStyleSheet(f"font-size: 20pt; color: {colour};")
    layout.addWidget(value)
    for line in lines:
        label = QLabel(line, frame)
        label.setWordWrap(True)
        layout.addWidget(label)
    layout.addStretch(1)
    return frame


class ResultsPage(QWidget):
    back = Signal()
    edit = Signal(int)
    export = Signal(int)

    def __init__(self, workspace: Any, assessment_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.assessment_id = assessment_id
        self.data = from_workspace(workspace, assessment_id)
        report = self.data.main.report
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← 返回首页"), self)
        back.clicked.connect(self.back.emit)
        top.addWidget(back)
        title = QLabel(f"<span style='font-size:15pt'>{self.tr('评估结果')}</span>　"
                       f"{self.data.main.questionnaire.title}　{self.data.period}", self)
        top.addWidget(title, 1)
        edit = QPushButton(self.tr("修改答案"), self)
        edit.clicked.connect(lambda: self.edit.emit(assessment_id))
        top.addWidget(edit)
        export = QPushButton(self.tr("导出报告包…"), self)
        export.clicked.connect(lambda: self.export.emit(assessment_id))
        top.addWidget(export)
        outer.addLayout(top)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(16, 8, 16, 16)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        if not report.complete:
            note = QLabel(self.tr("尚有模块未填写完整，下列结果只包括已完成的部分。"), content)
            note.setStyleSheet(f"color: {BAD};")
            self.layout_.addWidget(note)
        self.warnings()
        self.cards(report)
        self.charts()
        self.recommendations()
        self.comparison()
        self.layout_.addStretch(1)

    def warnings(self) -> None:
        """Answers that disagree with each other: shown before the figures so they are fixed before export."""
        found = [w for part in self.data.parts for w in part.report.warnings]
        if not found:
            return
        lines = "<br>".join(f"· {html.escape(w)}" for w in found)
        box = QLabel("<b>" + self.tr("请核对以下答案：") + "</b><br>" + lines, self)
        box.setObjectName("answerWarnings")
        box.setWordWrap(True)
        box.setStyleSheet("background:#fff7e6; border:1px solid #f0c36d; border-radius:4px; padding:8px;")
        self.layout_.addWidget(box)

    def cards(self, report: Any) -> None:
        grid = QGridLayout()
        grid.setSpacing(10)
        items: list[QFrame] = []
        for module in report.modules:
            if isinstance(module, BenchmarkResult):
                if module.figure is None:
                    items.append(card(module.name, module.status_label, [module.reason], MUTED))
                    continue
                lines = [self.tr("规划目标（{scope}）：{target}").replace("{scope}", module.scope)
                         .replace("{target}", module.target_label),
                         f"<b style='color:{GOOD if module.met else BAD}'>{module.verdict}</b>"
                         + (f"，{self.tr('差距')} {module.gap_text}" if module.gap_text else "")]
                items.append(card(module.name, module.figure_text, lines, GOOD if module.met else BAD))
            elif isinstance(module, StarResult):
                if module.status != "complete":
                    items.append(card(self.tr("星级上云（估计）"), module.status_label, [module.reason], MUTED))
                    continue
                lines = []
                if module.awarded:
                    lines.append(self.tr("已获评：") + module.awarded)
                if module.next_level:
                    lines.append(self.tr("距{level}还需：").replace("{level}", module.next_level)
                                 + "；".join(module.next_level_missing))
                items.append(card(self.tr("星级上云（自评估计）"), module.estimate or self.tr("未达到三星"), lines))
        for part in self.data.parts:
            overall = part.report.overall
            if overall is not None:
                big = overall.level or self.tr("未完成")
                lines = [self.tr("基础+管理+成效 {points} 分").replace("{points}", fmt_number(overall.total_points))
                         if overall.total_points is not None else "", self.tr("第三方解读的规则，未经核实")]
                items.append(card(part.questionnaire.short_title, big, [x for x in lines if x]))
        for index, frame in enumerate(items):
            grid.addWidget(frame, index // 3, index % 3)
        self.layout_.addLayout(grid)

    def charts(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        core = self.data.part("nantong-zgsz-core")
        miit = self.data.part("miit-sme-2024")
        figures = []
        if core is not None:
            figures.append(charts.benchmarks_chart(core.report))
        figures.append(charts.radar_chart(core.report if core else None, miit.report if miit else None))
        if self.data.history:
            figures.append(charts.trend_chart(self.data.history))
        if miit is not None:
            figures += [charts.miit_dimensions_chart(miit.report), charts.scenes_chart(miit.report)]
        self.canvases = []
        for figure in figures:
            if figure is None:
                continue
            canvas = FigureCanvasQTAgg(figure)
            width, height = figure.get_size_inches()
            canvas.setMinimumHeight(int(height * 100 * self.devicePixelRatioF() ** 0 * 1.0))
            canvas.setMaximumWidth(int(width * 110))
            self.canvases.append(canvas)
            self.layout_.addWidget(canvas, 0, Qt.AlignmentFlag.AlignHCenter)

    def recommendations(self) -> None:
        items = [r for part in self.data.parts for r in part.report.recommendations]
        heading = QLabel(f"<span style='font-size:14pt'>{self.tr('改进建议')}</span>", self)
        self.layout_.addWidget(heading)
        if not items:
            self.layout_.addWidget(QLabel(self.tr("暂无针对性建议。"), self))
        for index, rec in enumerate(items, start=1):
            refs = "；".join(r.label if r.kind == "task" else f"{r.label}（{r.section}）" for r in rec.references)
            label = QLabel(f"<b>{index}. {rec.title}</b><br>{rec.advice}<br>"
                           f"<span style='color:{MUTED}'>{self.tr('依据与支持政策：')}{refs}</span>", self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout_.addWidget(label)

    def comparison(self) -> None:
        assessment = self.workspace.assessment(self.assessment_id)
        previous = self.workspace.previous_assessment(assessment.questionnaire_id, assessment.period)
        if previous is None:
            return
        diffs = [d for d in self.workspace.compare(previous.id, assessment.id) if d.changed]
        heading = QLabel(f"<span style='font-size:14pt'>{self.tr('与上期对比')}</span>（{previous.period} → "
                         f"{assessment.period}）", self)
        self.layout_.addWidget(heading)
        if not diffs:
            self.layout_.addWidget(QLabel(self.tr("与上期相比，答案没有变化。"), self))
            return
        questionnaire = self.workspace.questionnaire_for(assessment)
        table = QTableWidget(len(diffs), 3, self)
        table.setHorizontalHeaderLabels([self.tr("题目"), previous.period, assessment.period])
        for row, diff in enumerate(diffs):
            question = questionnaire.question(diff.question_id) if questionnaire.has_question(diff.question_id) \
                else None
            before = display_value(question, diff.before) if question else str(diff.before)
            after = display_value(question, diff.after) if question else str(diff.after)
            for column, text in enumerate((diff.text, before, after)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.resizeColumnsToContents()
        table.setMinimumHeight(min(400, 40 + 30 * len(diffs)))
        self.layout_.addWidget(table)
