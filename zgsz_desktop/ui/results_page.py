"""Results of a whole submission (报送): the policy edition the figures are compared with, every
questionnaire's figures (benchmark cards with each figure's basis and source, cloud-star estimate, MIIT
level), contradictions and 请核对, policy indications (提示, 以主管部门认定为准), the report's charts,
recommendations, the comparison with the previous period and the sources.

Scoring, the report data and the charts (matplotlib) are built on a worker thread with a connection of its
own; the page shows "正在计算…" with progress at once and fills in when they are ready. Only the canvases are
made here, on the UI thread. Figures are written as officials write them: percentages and points to one
decimal (a rate keeps a second decimal only where one decimal would contradict its verdict).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from ..policy.edition import CONFIDENCE_LABELS
from ..scoring.results import BenchmarkResult, StarResult
from .guide import primary

GOOD, BAD, AMBER, MUTED = "#1f6f43", "#b3261e", "#8a5a00", "#5f6b7a"
STATUS_COLOURS = {"符合": GOOD, "尚不符合": BAD}


def one_decimal(value: Any) -> str:
    """62.25 → 62.3; 60 → 60.0 (points and percentages as officials write them)."""
    return str(Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


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


@dataclass(frozen=True)
class Comparison:
    """One questionnaire against its previous period: figures (name, before, after) and changed answers."""

    title: str
    previous_period: str
    figures: tuple[tuple[str, str, str], ...]
    answers: tuple[tuple[str, str, str], ...]  # question text, before, after


@dataclass(frozen=True)
class Computed:
    data: Any  # ReportData
    figures: tuple[Any, ...]  # matplotlib Figures
    comparisons: tuple[Comparison, ...]
    indications: tuple[Any, ...] = ()  # scoring.indications.IndicationResult, in the edition's order

    @property
    def edition(self) -> Any:
        """The policy edition the period's figures are compared with (policy.PolicyEdition)."""
        return self.data.main.report.edition


def compute(workspace: Any, period: str, progress: Any = None, cancelled: Any = None) -> Computed:
    """Everything the page shows, as plain data (no Qt): runs on a worker thread."""
    from ..questionnaire.display import display_value
    from ..report import charts
    from ..report.model import from_submission
    from ..scoring.engine import score
    from ..scoring.indications import evaluate_indications

    def step(percent: int, text: str) -> None:
        if cancelled is not None and cancelled():
            raise InterruptedError
        if progress is not None:
            progress(percent, text)

    step(10, "计分")
    data = from_submission(workspace, period)
    step(35, "与上期对比")
    comparisons = []
    for assessment, questionnaire, _answers in workspace.submission_parts(period):
        previous = workspace.previous_assessment(assessment.questionnaire_id, assessment.period)
        if previous is None:
            continue
        before_q = workspace.questionnaire_for(previous)
        before = score(before_q, workspace.answers(previous.id), period=previous.period,
                           with_recommendations=False)
        after = data.part(questionnaire.id).report
        figures = []
        for b in after.benchmarks():
            old = next((x for x in before.benchmarks() if x.benchmark == b.benchmark), None)
            figures.append((b.name, old.figure_text if old is not None and old.figure is not None else "—",
                            b.figure_text if b.figure is not None else "—"))
        for result in after.modules:
            if isinstance(result, StarResult):
                old = next((m for m in before.modules if isinstance(m, StarResult)), None)
                figures.append(("星级上云（自评估计）", (old.estimate or "未达到三星") if old else "—",
                                result.estimate or "未达到三星"))
        if after.overall is not None:
            figures.append((f"{questionnaire.short_title}等级",
                            _level(before.overall), _level(after.overall)))
        changed = []
        for diff in workspace.compare(previous.id, assessment.id):
            if not diff.changed:
                continue
            question = questionnaire.question(diff.question_id) if questionnaire.has_question(diff.question_id) \
                else None
            changed.append((diff.text, display_value(question, diff.before) if question else str(diff.before),
                            display_value(question, diff.after) if question else str(diff.after)))
        comparisons.append(Comparison(questionnaire.title, previous.period, tuple(figures), tuple(changed)))
    step(55, "生成图表")
    core = data.part("nantong-zgsz-core")
    miit = data.part("miit-sme-2024")
    figures = []
    if core is not None:
        figures.append(charts.benchmarks_chart(core.report))
    figures.append(charts.radar_chart(core.report if core else None, miit.report if miit else None))
    if data.history:
        figures.append(charts.trend_chart(data.history))
    step(80, "生成图表")
    if miit is not None:
        figures += [charts.miit_dimensions_chart(miit.report), charts.scenes_chart(miit.report)]
    edition = data.main.report.edition
    indications = tuple(evaluate_indications(edition, data.parts)) if edition is not None else ()
    step(100, "完成")
    return Computed(data, tuple(f for f in figures if f is not None), tuple(comparisons), indications)


def _level(overall: Any) -> str:
    if overall is None or overall.level is None:
        return "—"
    points = f"（{one_decimal(overall.total_points)}分）" if overall.total_points is not None else ""
    return f"{overall.level}{points}"


class ResultsPage(QWidget):
    back = Signal()
    edit = Signal()
    export = Signal()
    open_question = Signal(str, str)  # a contradiction's question: to fix it
    ready = Signal()

    def __init__(self, workspace: Any, period: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.period = period
        self.computed: Computed | None = None
        self.canvases: list[Any] = []
        self.task: Any = None
        self._closed = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← 返回首页"), self)
        back.clicked.connect(self.back.emit)
        top.addWidget(back)
        title = QLabel(f"<span style='font-size:15pt'>{self.tr('评估结果')}</span>　{period}{self.tr('报送')}", self)
        top.addWidget(title, 1)
        edit = QPushButton(self.tr("修改答案"), self)
        edit.clicked.connect(self.edit.emit)
        top.addWidget(edit)
        self.export_button = primary(QPushButton(self.tr("导出报告包…"), self))
        self.export_button.clicked.connect(self.export.emit)
        top.addWidget(self.export_button)
        outer.addLayout(top)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)

        waiting = QWidget()
        wait_layout = QVBoxLayout(waiting)
        wait_layout.addStretch(1)
        self.waiting_label = QLabel(self.tr("正在计算结果和图表…"), waiting)
        self.waiting_label.setObjectName("waiting")
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting_label.setStyleSheet("font-size: 13pt;")
        wait_layout.addWidget(self.waiting_label)
        self.progress = QProgressBar(waiting)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(360)
        wait_layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        wait_layout.addStretch(2)
        self.scroll.setWidget(waiting)
        self._start()

    # ------------------------------------------------------------------ computing

    def _start(self) -> None:
        from .tasks import Task

        directory, period = self.workspace.directory, self.period

        def work(progress: Any, cancelled: Any) -> Computed:
            from ..workspace import Workspace

            with Workspace.open(directory, create=False) as workspace:  # a connection of its own
                return compute(workspace, period, progress, cancelled)

        self.task = Task(work)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self.task.start()

    @property
    def is_ready(self) -> bool:
        return self.computed is not None

    def close_page(self) -> None:
        self._closed = True
        if self.task is not None:
            self.task.cancel()

    def _progress(self, percent: int, text: str) -> None:
        if not self._closed:
            self.progress.setValue(percent)
            self.waiting_label.setText(self.tr("正在计算结果和图表…") + f"（{text}）")

    def _failed(self, exc: BaseException, details: str) -> None:
        from ..errors import UserError
        from .errors import show_error

        self.task = None
        if self._closed or isinstance(exc, InterruptedError):
            return
        if isinstance(exc, UserError):
            self.waiting_label.setText(str(exc))
            self.waiting_label.setWordWrap(True)
            self.progress.hide()
            return
        show_error(self, exc, details)

    def _finished(self, computed: Computed) -> None:
        self.task = None
        if self._closed:
            return
        self.computed = computed
        self.data = computed.data
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(8, 8, 16, 16)
        self.layout_.setSpacing(10)
        incomplete = [m.title for part in self.data.parts for m in part.report.modules if m.status == "incomplete"]
        if incomplete:
            note = QLabel(self.tr("尚有模块未填写完整（{modules}），下列结果只包括已填写的部分。")
                          .replace("{modules}", "、".join(incomplete)), content)
            note.setObjectName("incomplete")
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {BAD};")
            self.layout_.addWidget(note)
        self.edition_box(content)
        self.findings(content)
        self.cards(content)
        self.indications(content)
        self.charts(content)
        self.recommendations(content)
        self.comparison(content)
        self.sources(content)
        self.layout_.addStretch(1)
        self.scroll.setWidget(content)
        self.ready.emit()

    # ------------------------------------------------------------------ sections

    def heading(self, text: str, parent: QWidget) -> None:
        label = QLabel(f"<span style='font-size:14pt'>{text}</span>", parent)
        label.setContentsMargins(0, 8, 0, 0)
        self.layout_.addWidget(label)

    def edition_box(self, parent: QWidget) -> None:
        """Which policy edition the figures are compared with, before any figure: its name, years, how sure
        the software is of it, its summary, and — when the period lies outside its years — why it still applies."""
        edition = self.computed.edition
        if edition is None:
            return
        box = QFrame(parent)
        box.setObjectName("edition")
        box.setStyleSheet("#edition { background: #eef3f8; border: 1px solid #c9d1db; border-radius: 4px; }")
        layout = QVBoxLayout(box)
        head = QLabel(f"<b>{self.tr('对照的政策版本：')}</b>{html.escape(edition.label)}", box)
        head.setObjectName("edition_label")
        head.setWordWrap(True)
        layout.addWidget(head)
        facts = (self.tr("适用年份：{years}；内容可信度：{confidence}")
                 .replace("{years}", edition.years_label)
                 .replace("{confidence}", self.confidence_words(edition.confidence)))
        for text, style in ((facts, ""), (edition.summary, f"color: {MUTED};")):
            label = QLabel(html.escape(text), box)
            label.setWordWrap(True)
            label.setStyleSheet(style)
            layout.addWidget(label)
        from ..report.edition_text import fit_note

        note = fit_note(edition, self.period)
        if note:
            label = QLabel(f"<b style='color:{AMBER}'>{self.tr('请注意：')}</b>{html.escape(note)}", box)
            label.setObjectName("edition_fit_note")
            label.setWordWrap(True)
            layout.addWidget(label)
        self.layout_.addWidget(box)

    def confidence_words(self, code: str) -> str:
        """V / 3P / U in plain words (已核对原文 / 转引，原文未核对 / 未证实)."""
        return self.tr(CONFIDENCE_LABELS[code]) if code in CONFIDENCE_LABELS else self.tr("未注明")

    def source_line(self, citation: str, confidence: str) -> str:
        if not citation:
            return self.tr("来源未注明")
        return self.tr("来源：{source}［{confidence}］").replace("{source}", citation).replace(
            "{confidence}", self.confidence_words(confidence))

    def findings(self, parent: QWidget) -> None:
        """Contradictions (must be fixed before export) and 请核对, before the figures: they change them."""
        found = list(self.data.checks)
        if not found:
            return
        box = QFrame(parent)
        box.setObjectName("answerWarnings")
        errors = any(f.blocking for f in found)
        box.setStyleSheet("#answerWarnings { background: %s; border: 1px solid %s; border-radius: 4px; }"
                          % (("#fdecea", "#e8a29c") if errors else ("#fff7e6", "#f0c36d")))
        layout = QVBoxLayout(box)
        title = self.tr("请先改正前后矛盾的答案（导出前必须改正）：") if errors else self.tr(
            "请核对以下答案（不影响导出，这些提示也会写入报告）：")
        head = QLabel(f"<b>{title}</b>", box)
        head.setWordWrap(True)
        layout.addWidget(head)
        self.finding_labels: list[QLabel] = []
        for finding in found:
            colour = BAD if finding.blocking else AMBER
            ref = finding.questions[0] if finding.questions else None
            link = (f"　<a href='{ref.questionnaire_id}|{ref.question_id}'>{self.tr('去修改')}</a>"
                    if ref is not None else "")
            label = QLabel(f"<b style='color:{colour}'>{finding.severity_label}</b>　"
                           f"{html.escape(finding.message)}{link}", box)
            label.setWordWrap(True)
            label.linkActivated.connect(lambda href: self.open_question.emit(*href.split("|", 1)))
            layout.addWidget(label)
            self.finding_labels.append(label)
        self.layout_.addWidget(box)

    def cards(self, parent: QWidget) -> None:
        for part in self.data.parts:
            report = part.report
            items: list[QFrame] = []
            for module in report.modules:
                if isinstance(module, BenchmarkResult):
                    if module.figure is None:
                        items.append(card(module.name, module.status_label, [module.reason, *self.basis_lines(module)],
                                      MUTED))
                        continue
                    target = (self.tr("参照值（{scope}）：{target}") if module.reference_only
                              else self.tr("规划目标（{scope}）：{target}"))
                    lines = [target.replace("{scope}", module.scope).replace("{target}", module.target_label),
                             f"<b style='color:{GOOD if module.met else BAD}'>{module.verdict}</b>"
                             + (f"，{self.tr('差距')} {module.gap_text}" if module.gap_text else "")]
                    lines += self.basis_lines(module)
                    items.append(card(module.name, module.figure_text, lines, GOOD if module.met else BAD))
                elif isinstance(module, StarResult):
                    if module.status != "complete":
                        items.append(card(self.tr("星级上云（自评估计）"), module.status_label, [module.reason], MUTED))
                        continue
                    lines = []
                    if module.awarded:
                        lines.append(self.tr("已获评：") + module.awarded)
                    if module.next_level:
                        lines.append(self.tr("距{level}还需：").replace("{level}", module.next_level)
                                     + "；".join(module.next_level_missing))
                    items.append(card(self.tr("星级上云（自评估计）"), module.estimate or self.tr("未达到三星"), lines))
            overall = report.overall
            if overall is not None:
                lines = []
                if overall.total_points is not None:
                    lines.append(self.tr("基础+管理+成效 {points} 分（满分 {max}）")
                                 .replace("{points}", one_decimal(overall.total_points))
                                 .replace("{max}", f"{Decimal(str(overall.max_points or 100)).normalize():f}"))
                lines.append(self.tr("等级按自评口径判定，正式等级以工业和信息化部评测平台结果为准"))
                items.append(card(self.tr("数字化水平等级"), overall.level or self.tr("尚未填完"), lines))
            if not items:
                continue
            self.heading(part.questionnaire.title, parent)
            grid = QGridLayout()
            grid.setSpacing(10)
            for index, frame in enumerate(items):
                grid.addWidget(frame, index // 3, index % 3)
            for column in range(3):
                grid.setColumnStretch(column, 1)
            self.layout_.addLayout(grid)
            if report.benchmarks():
                text = self.tr("三项比率为企业自评口径（计算方法见 PDF 报告“分项详情”）。")
                if any(b.reference_only for b in report.benchmarks()):
                    text += self.tr("对照的数值仅作参照，不是对本企业的考核目标，也不是南通市对本期设定的目标。")
                else:
                    text += self.tr("规划目标是对全市重点企业整体设定的水平，不是对单个企业的考核。")
                note = QLabel(text, parent)
                note.setObjectName("benchmark_note")
                note.setWordWrap(True)
                note.setStyleSheet(f"color: {MUTED};")
                self.layout_.addWidget(note)

    def basis_lines(self, module: BenchmarkResult) -> list[str]:
        """What the compared figure is and where it comes from, in small grey type under the figure."""
        lines = []
        if module.basis:
            lines.append(f"<span style='color:{MUTED}'>{self.tr('依据：')}{html.escape(module.basis)}</span>")
        lines.append(f"<span style='color:{MUTED}'>"
                     f"{html.escape(self.source_line(module.source, module.confidence))}</span>")
        return lines

    def indications(self, parent: QWidget) -> None:
        """Conditions enterprises ask about, each with its rule, source and 以主管部门认定为准."""
        results = self.computed.indications
        if not results:
            return
        self.heading(self.tr("政策条件提示"), parent)
        caveat = QLabel(self.tr("以下是本软件按您的填报对照公开条件所作的提示，不是认定结论，以主管部门认定为准。"),
                        parent)
        caveat.setWordWrap(True)
        caveat.setStyleSheet(f"color: {MUTED};")
        self.layout_.addWidget(caveat)
        self.indication_labels: list[QLabel] = []
        for result in results:
            colour = STATUS_COLOURS.get(result.status, MUTED)
            text = (f"<b>{html.escape(result.title)}</b>　<b style='color:{colour}'>{html.escape(result.status)}</b>"
                    f"<br>{self.tr('条件：')}{html.escape(result.rule)}"
                    f"<br>{html.escape(result.reason)}"
                    f"<br><span style='color:{MUTED}'>"
                    f"{html.escape(self.source_line(result.source, result.confidence))}　"
                    f"{self.tr('仅为提示，以主管部门认定为准')}</span>")
            label = QLabel(text, parent)
            label.setObjectName("indication")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout_.addWidget(label)
            self.indication_labels.append(label)

    def sources(self, parent: QWidget) -> None:
        """A short list of the documents the figures and indications rest on, with their confidence."""
        edition = self.computed.edition
        if edition is None:
            return
        cited = edition.cited_sources()
        if not cited:
            return
        self.heading(self.tr("来源"), parent)
        lines = [f"· {html.escape(source.citation)}［{html.escape(self.confidence_words(source.confidence))}］"
                 for source in cited]
        legend = self.tr("“已核对原文”：内容已与发文机关公布的原文核对；“转引，原文未核对”：取自新闻发布、媒体报道"
                         "或其他单位的转述；“未证实”：只查到文件名称或线索。")
        label = QLabel("<br>".join(lines) + f"<br><span style='color:{MUTED}'>{html.escape(legend)}</span>", parent)
        label.setObjectName("sources")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(label)

    def charts(self, parent: QWidget) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if not self.computed.figures:
            return
        self.heading(self.tr("图表"), parent)
        for figure in self.computed.figures:
            canvas = FigureCanvasQTAgg(figure)
            width, height = figure.get_size_inches()
            canvas.setMinimumHeight(int(height * 100))
            canvas.setMaximumWidth(int(width * 110))
            self.canvases.append(canvas)
            self.layout_.addWidget(canvas, 0, Qt.AlignmentFlag.AlignHCenter)

    def recommendations(self, parent: QWidget) -> None:
        items = [r for part in self.data.parts for r in part.report.recommendations]
        self.heading(self.tr("改进建议"), parent)
        if not items:
            self.layout_.addWidget(QLabel(self.tr("暂无针对性建议。"), parent))
        for index, rec in enumerate(items, start=1):
            refs = "；".join(r.label if r.kind == "task" else f"{r.label}（{r.section}）" for r in rec.references)
            basis = self.tr("依据与支持政策：") + html.escape(refs)
            label = QLabel(f"<b>{index}. {html.escape(rec.title)}</b><br>{html.escape(rec.advice)}<br>"
                           f"<span style='color:{MUTED}'>{basis}</span>", parent)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout_.addWidget(label)

    def comparison(self, parent: QWidget) -> None:
        if not self.computed.comparisons:
            return
        self.heading(self.tr("与上期对比"), parent)
        for comparison in self.computed.comparisons:
            label = QLabel(f"<b>{comparison.title}</b>（{comparison.previous_period} → {self.period}）", parent)
            label.setWordWrap(True)
            self.layout_.addWidget(label)
            if comparison.figures:
                self.layout_.addWidget(self._table([self.tr("指标"), comparison.previous_period, self.period],
                                                   comparison.figures, parent))
            if not comparison.answers:
                self.layout_.addWidget(QLabel(self.tr("答案与上期相同。"), parent))
                continue
            changed = QLabel(self.tr("有变化的答案（{n} 项）：").replace("{n}", str(len(comparison.answers))), parent)
            self.layout_.addWidget(changed)
            self.layout_.addWidget(self._table([self.tr("题目"), comparison.previous_period, self.period],
                                               comparison.answers, parent))

    @staticmethod
    def _table(headers: list[str], rows: tuple[tuple[str, str, str], ...], parent: QWidget) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers), parent)
        table.setObjectName("comparison")
        table.setHorizontalHeaderLabels(headers)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the question text takes the room
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.resizeColumnsToContents()
        for column in range(1, len(headers)):
            table.setColumnWidth(column, min(max(table.columnWidth(column), 140), 320))
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows))) + 6
        table.setMinimumHeight(min(height, 360))
        table.setMaximumHeight(min(height, 360))
        return table
