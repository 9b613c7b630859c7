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
import re
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
from ..questionnaire import roles
from ..scoring.indications import MET, NOT_MET, UNKNOWN
from ..scoring.results import COMPLETE, INCOMPLETE, NOT_APPLICABLE, BenchmarkResult, StarResult
from .check_page import finding_text
from .guide import primary
from .i18n import QT_TR_NOOP, answer, chinese_interface, content, error_text, tr, word
from .i18n import citation as citation_text
from .i18n import period as period_text

GOOD, BAD, AMBER, MUTED = "#1f6f43", "#b3261e", "#8a5a00", "#5f6b7a"
STATUS_COLOURS = {MET: GOOD, NOT_MET: BAD}
# The core's words (Chinese: the report and the package use them), as the interface shows them
INDICATION_WORDS = {MET: QT_TR_NOOP("符合"), NOT_MET: QT_TR_NOOP("尚不符合"), UNKNOWN: QT_TR_NOOP("无法判断")}
STATUS_WORDS = {COMPLETE: QT_TR_NOOP("已完成"), INCOMPLETE: QT_TR_NOOP("未完成"), NOT_APPLICABLE: QT_TR_NOOP("不适用")}
CONFIDENCE_WORDS = {"V": QT_TR_NOOP("已核对原文"), "3P": QT_TR_NOOP("转引，原文未核对"), "U": QT_TR_NOOP("未证实"),
                    "ours": QT_TR_NOOP("本软件的选择")}  # policy.edition.CONFIDENCE_LABELS
# the steps of compute(), shown while it runs
SCORING, COMPARING = QT_TR_NOOP("计分"), QT_TR_NOOP("与上期对比")
DRAWING, DONE = QT_TR_NOOP("生成图表"), QT_TR_NOOP("完成")
STAR_FIGURE = QT_TR_NOOP("星级上云（自评估计）")
NO_STAR = QT_TR_NOOP("未达到三星")


def fill_in(template: str, **values: str) -> str:
    """``template`` (a translated text) with its ``{name}`` placeholders replaced, in one pass: a value holding
    braces is never read as a placeholder."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def status_words(status: str) -> str:
    """A module's status (scoring.results.STATUS_LABELS) in the interface's language."""
    return tr(STATUS_WORDS[status]) if status in STATUS_WORDS else status


def verdict_words(result: BenchmarkResult) -> str:
    """``BenchmarkResult.verdict`` in the interface's language."""
    if result.met is None:
        return status_words(result.status)
    if result.reference_only:
        return tr("达到参照值") if result.met else tr("低于参照值")
    return tr("达标") if result.met else tr("未达标")


def gap_words(result: BenchmarkResult) -> str:
    """``BenchmarkResult.gap_text`` in the interface's language ("" when met)."""
    if result.met is not False or result.gap_points is None:
        return ""
    if result.gap_points < 0.1:
        return tr("不足0.1个百分点") if result.gap_points > 0 else tr("需超过对照值")
    return tr("{points}个百分点").replace("{points}", f"{result.gap_points:.1f}")


def module_reason(result: Any, questionnaire: Any) -> str:
    """Why a module has no figure, in the interface's language: the questions still to answer are named again
    from the questionnaire (the core's reason is Chinese); any other reason is looked up as it is."""
    missing = tuple(getattr(result, "missing", ()) or ())
    if result.status == INCOMPLETE and missing and all(questionnaire.has_question(q) for q in missing):
        names = tr("、").join(f"“{content(questionnaire.question(q).text)}”" for q in missing[:3])
        if len(missing) > 3:
            return fill_in(tr("尚未填写：{questions}等 {n} 题"), questions=names, n=str(len(missing)))
        return fill_in(tr("尚未填写：{questions}"), questions=names)
    return word(result.reason)


def star_words(estimate: str) -> str:
    """A cloud star as compute() holds it (a level's name, NO_STAR or —)."""
    return tr(NO_STAR) if estimate == NO_STAR else content(estimate)


def level_words(overall: Any) -> str:
    """The MIIT level with its points: 二级（62.3分）; — when there is none."""
    if overall is None or overall.level is None:
        return "—"
    if overall.total_points is None:
        return content(overall.level)
    return fill_in(tr("{level}（{points}分）"), level=content(overall.level), points=one_decimal(overall.total_points))


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
    """One questionnaire against its previous period: figures and changed answers, as data (the page puts
    them in words: ``figure_row``)."""

    title: str
    previous_period: str
    # (kind, name, before, after): "benchmark" (its name, figure texts), "star" (levels' names or NO_STAR),
    # "level" (the questionnaire's short title, OverallLevel or None)
    figures: tuple[tuple[str, str, Any, Any], ...]
    answers: tuple[tuple[Any, str, Any, Any], ...]  # question (None when gone), its text, answer before, after


def figure_row(figure: tuple[str, str, Any, Any]) -> tuple[str, str, str]:
    """A figure of a Comparison as a row of the table: name, before, after."""
    kind, name, before, after = figure
    if kind == "star":
        return tr(STAR_FIGURE), star_words(before), star_words(after)
    if kind == "level":
        return fill_in(tr("{questionnaire}等级"), questionnaire=content(name)), level_words(before), level_words(after)
    return content(name), before, after


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
    from ..report import charts
    from ..report.model import from_submission
    from ..scoring.engine import score
    from ..scoring.indications import evaluate_indications

    def step(percent: int, text: str) -> None:
        if cancelled is not None and cancelled():
            raise InterruptedError
        if progress is not None:
            progress(percent, text)

    step(10, SCORING)
    data = from_submission(workspace, period)
    step(35, COMPARING)
    comparisons = []
    for assessment, questionnaire, _answers in workspace.submission_parts(period):
        previous = workspace.previous_assessment(assessment.questionnaire_id, assessment.period)
        if previous is None:
            continue
        before_q = workspace.questionnaire_for(previous)
        before = score(before_q, workspace.answers(previous.id), period=previous.period,
                           with_recommendations=False)
        part = data.part(questionnaire.id)
        assert part is not None  # from_submission made a part of every questionnaire of the period
        after = part.report
        figure_rows: list[tuple[str, str, Any, Any]] = []
        for b in after.benchmarks():
            old = next((x for x in before.benchmarks() if x.benchmark == b.benchmark), None)
            figure_rows.append(("benchmark", b.name,
                                old.figure_text if old is not None and old.figure is not None else "—",
                                b.figure_text if b.figure is not None else "—"))
        for result in after.modules:
            if isinstance(result, StarResult):
                star = next((m for m in before.modules if isinstance(m, StarResult)), None)
                figure_rows.append(("star", "", (star.estimate or NO_STAR) if star else "—",
                                    result.estimate or NO_STAR))
        if after.overall is not None:
            figure_rows.append(("level", questionnaire.short_title, before.overall, after.overall))
        changed = []
        for diff in workspace.compare(previous.id, assessment.id):
            if not diff.changed:
                continue
            question = questionnaire.question(diff.question_id) if questionnaire.has_question(diff.question_id) \
                else None
            changed.append((question, diff.text, diff.before, diff.after))
        comparisons.append(Comparison(questionnaire.title, previous.period, tuple(figure_rows), tuple(changed)))
    step(55, DRAWING)
    core = data.part(roles.questionnaire_with_role("plan_indicators"))
    miit = data.part(roles.questionnaire_with_role("maturity_level"))
    figures: list[Any] = []
    if core is not None:
        figures.append(charts.benchmarks_chart(core.report, words=word))
    figures.append(charts.radar_chart(core.report if core else None, miit.report if miit else None, words=word))
    if data.history:
        figures.append(charts.trend_chart(data.history, words=word))
    step(80, DRAWING)
    if miit is not None:
        figures += [charts.miit_dimensions_chart(miit.report, words=word), charts.scenes_chart(miit.report, words=word)]
    edition = data.main.report.edition
    indications = tuple(evaluate_indications(edition, data.parts)) if edition is not None else ()
    step(100, DONE)
    return Computed(data, tuple(f for f in figures if f is not None), tuple(comparisons), indications)


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
        self.follows_changes = True  # refreshes itself on ops.changes, as every page does
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        back = QPushButton(self.tr("← 返回首页"), self)
        back.clicked.connect(self.back.emit)
        top.addWidget(back)
        heading = self.tr("评估结果")  # no tr() inside an f-string: lupdate does not look there
        title = QLabel(fill_in(self.tr("{heading}　{period}报送"), period=html.escape(period_text(period)),
                               heading=f"<span style='font-size:15pt'>{heading}</span>"), self)
        top.addWidget(title, 1)
        edit = QPushButton(self.tr("修改答案"), self)
        edit.clicked.connect(self.edit.emit)
        top.addWidget(edit)
        self.export_button = primary(QPushButton(self.tr("导出报告包…"), self))
        self.export_button.clicked.connect(self.export.emit)
        top.addWidget(self.export_button)
        outer.addLayout(top)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area, 1)

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
        self.scroll_area.setWidget(waiting)
        from .ops import changes

        changes.workspace_changed.connect(self._changed)
        self._start()

    # ------------------------------------------------------------------ computing

    def _start(self, *, again: bool = False) -> None:
        """Compute on a pool thread; ``again``: after a change announced by another Op (the page stays as it is
        until the new figures are ready)."""
        from .ops import Op

        directory, period = self.workspace.directory, self.period

        def work(progress: Any, cancelled: Any) -> Computed:
            from ..workspace import Workspace

            with Workspace.open(directory, create=False) as workspace:  # a connection of its own
                return compute(workspace, period, progress, cancelled)

        op = Op(self, work).success(self._finished).failure(self._failed)
        if not again:
            op.on_progress(self._progress)  # the waiting page's own bar (gone once the results are shown)
        self.task = op.run()

    def _changed(self, changed: Any) -> None:
        """Answers or attachments changed elsewhere (a colleague's answers merged…): the figures again."""
        if (not self._closed and self.computed is not None and str(changed.about) == str(self.workspace.directory)
                and changed.touches(("answers", "attachments", "restore", "benchmark"))):
            if self.task is not None:
                self.task.cancel()
            self._start(again=True)

    @property
    def is_ready(self) -> bool:
        return self.computed is not None

    @property
    def ready_computed(self) -> Computed:
        """What the sections are built from (they are built only once it is there)."""
        assert self.computed is not None
        return self.computed

    def close_page(self) -> None:
        self._closed = True
        if self.task is not None:
            self.task.cancel()

    def _progress(self, percent: int, text: str) -> None:
        if not self._closed:
            self.progress.setValue(percent)
            self.waiting_label.setText(self.tr("正在计算结果和图表…（{step}）").replace("{step}", tr(text)))

    def _failed(self, exc: BaseException, details: str) -> None:
        from ..errors import UserError
        from .errors import show_error

        if self._closed or isinstance(exc, InterruptedError):
            return
        if isinstance(exc, UserError):
            self.waiting_label.setText(error_text(exc))
            self.waiting_label.setWordWrap(True)
            self.progress.hide()
            return
        show_error(self, exc, details)

    def _finished(self, computed: Computed) -> None:
        if self._closed:
            return
        self.computed = computed
        self.canvases = []
        self.data = computed.data
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(8, 8, 16, 16)
        self.layout_.setSpacing(10)
        incomplete = [content(m.title) for part in self.data.parts for m in part.report.modules
                      if m.status == "incomplete"]
        if incomplete:
            note = QLabel(self.tr("尚有模块未填写完整（{modules}），下列结果只包括已填写的部分。")
                          .replace("{modules}", tr("、").join(incomplete)), body)
            note.setObjectName("incomplete")
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {BAD};")
            self.layout_.addWidget(note)
        self.edition_box(body)
        self.findings(body)
        self.cards(body)
        self.peers(body)
        self.indications(body)
        self.charts(body)
        self.recommendations(body)
        self.comparison(body)
        self.sources(body)
        self.layout_.addStretch(1)
        self.scroll_area.setWidget(body)
        self.ready.emit()

    # ------------------------------------------------------------------ sections

    def heading(self, text: str, parent: QWidget) -> None:
        label = QLabel(f"<span style='font-size:14pt'>{text}</span>", parent)
        label.setContentsMargins(0, 8, 0, 0)
        self.layout_.addWidget(label)

    def edition_box(self, parent: QWidget) -> None:
        """Which policy edition the figures are compared with, before any figure: its name, years, how sure
        the software is of it, its summary, and — when the period lies outside its years — why it still applies."""
        edition = self.ready_computed.edition
        if edition is None:
            return
        box = QFrame(parent)
        box.setObjectName("edition")
        box.setStyleSheet("#edition { background: #eef3f8; border: 1px solid #c9d1db; border-radius: 4px; }")
        layout = QVBoxLayout(box)
        head = QLabel(self.tr("<b>对照的政策版本：</b>{edition}").replace("{edition}",
                                                                  html.escape(self.edition_name(edition))), box)
        head.setObjectName("edition_label")
        head.setWordWrap(True)
        layout.addWidget(head)
        years = edition.years_label if chinese_interface() else fill_in(
            self.tr("{first}—{last}年"), first=str(edition.first_year), last=str(edition.last_year))
        facts = fill_in(self.tr("适用年份：{years}；内容可信度：{confidence}"), years=years,
                        confidence=self.confidence_words(edition.confidence))
        for text, style in ((facts, ""), (content(edition.summary), f"color: {MUTED};")):
            label = QLabel(text, box)
            label.setTextFormat(Qt.TextFormat.PlainText)  # quotes and ampersands show as written
            label.setWordWrap(True)
            label.setStyleSheet(style)
            layout.addWidget(label)
        note = self.fit_note(edition)
        if note:
            warning = self.tr("请注意：")
            label = QLabel(fill_in(self.tr("{heading}{note}"), note=html.escape(note),
                                   heading=f"<b style='color:{AMBER}'>{warning}</b>"), box)
            label.setObjectName("edition_fit_note")
            label.setWordWrap(True)
            layout.addWidget(label)
        self.layout_.addWidget(box)

    def edition_name(self, edition: Any) -> str:
        """``PolicyEdition.label`` in the interface's language (the document number stays as issued)."""
        if chinese_interface():
            return edition.label
        if not edition.document_no:
            return content(edition.short_title)
        return fill_in(self.tr("{title}（{number}）"), title=content(edition.short_title), number=edition.document_no)

    def fit_note(self, edition: Any) -> str:
        """``report.edition_text.fit_note`` in the interface's language: what to know when the period lies
        outside the edition's years ("" when it fits)."""
        from ..report.edition_text import fit_note, year_of

        if chinese_interface():
            return fit_note(edition, self.period)
        year = year_of(self.period)
        if year is None or edition.covers(year):
            return ""
        if year > edition.last_year:
            template = self.tr("{year}年在本软件已知的政策版本之后：以下按“{edition}”对照，其期限已过，仅作参照；"
                               "有新的政策版本时请更新软件或导入市里下发的版本文件。")
        else:
            template = self.tr("{year}年早于“{edition}”的期限，以下按该版本对照，仅作参照。")
        return fill_in(template, year=str(year), edition=content(edition.short_title))

    def confidence_words(self, code: str) -> str:
        """V / 3P / U in plain words (已核对原文 / 转引，原文未核对 / 未证实)."""
        if code in CONFIDENCE_WORDS:
            return tr(CONFIDENCE_WORDS[code])
        return CONFIDENCE_LABELS[code] if code in CONFIDENCE_LABELS else self.tr("未注明")

    def source_line(self, citation: str, confidence: str) -> str:
        if not citation:
            return self.tr("来源未注明")
        return fill_in(self.tr("来源：{source}［{confidence}］"), source=citation_text(citation),
                       confidence=self.confidence_words(confidence))

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
        answers = {part.questionnaire.id: (part.questionnaire, part.answers) for part in self.data.parts}
        for finding in found:
            colour = BAD if finding.blocking else AMBER
            ref = finding.questions[0] if finding.questions else None
            severity = self.tr("矛盾") if finding.blocking else self.tr("请核对")
            text = fill_in(self.tr("{before}　{after}"), before=f"<b style='color:{colour}'>{severity}</b>",
                           after=html.escape(finding_text(finding, answers)))
            if ref is not None:
                fix = self.tr("去修改")
                text = fill_in(self.tr("{before}　{after}"), before=text,
                               after=f"<a href='{ref.questionnaire_id}|{ref.question_id}'>{fix}</a>")
            label = QLabel(text, box)
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
                        items.append(card(content(module.name), status_words(module.status),
                                          [module_reason(module, part.questionnaire), *self.basis_lines(module)],
                                          MUTED))
                        continue
                    target = (self.tr("参照值（{scope}）：{target}") if module.reference_only
                              else self.tr("规划目标（{scope}）：{target}"))
                    verdict = f"<b style='color:{GOOD if module.met else BAD}'>{verdict_words(module)}</b>"
                    lines = [fill_in(target, scope=content(module.scope), target=content(module.target_label)),
                             fill_in(self.tr("{verdict}，差距 {gap}"), verdict=verdict, gap=gap_words(module))
                             if gap_words(module) else verdict]
                    lines += self.basis_lines(module)
                    items.append(card(content(module.name), module.figure_text, lines, GOOD if module.met else BAD))
                elif isinstance(module, StarResult):
                    if module.status != "complete":
                        items.append(card(tr(STAR_FIGURE), status_words(module.status),
                                          [module_reason(module, part.questionnaire)], MUTED))
                        continue
                    lines = []
                    if module.awarded:
                        lines.append(self.tr("已获评：{level}").replace("{level}", content(module.awarded)))
                    if module.next_level:
                        lines.append(fill_in(self.tr("距{level}还需：{conditions}"), level=content(module.next_level),
                                             conditions=tr("；").join(content(c) for c in module.next_level_missing)))
                    items.append(card(tr(STAR_FIGURE), content(module.estimate) if module.estimate else tr(NO_STAR),
                                      lines))
            overall = report.overall
            if overall is not None:
                lines = []
                if overall.total_points is not None:
                    lines.append(self.tr("基础+管理+成效 {points} 分（满分 {max}）")
                                 .replace("{points}", one_decimal(overall.total_points))
                                 .replace("{max}", f"{Decimal(str(overall.max_points or 100)).normalize():f}"))
                lines.append(self.tr("等级按自评口径判定，正式等级以工业和信息化部评测平台结果为准"))
                items.append(card(self.tr("数字化水平等级"),
                                  content(overall.level) if overall.level else self.tr("尚未填完"), lines))
            if not items:
                continue
            self.heading(content(part.questionnaire.title), parent)
            grid = QGridLayout()
            grid.setSpacing(10)
            for index, frame in enumerate(items):
                grid.addWidget(frame, index // 3, index % 3)
            for column in range(3):
                grid.setColumnStretch(column, 1)
            self.layout_.addLayout(grid)
            if report.benchmarks():
                if any(b.reference_only for b in report.benchmarks()):
                    text = self.tr("三项比率为企业自评口径（计算方法见 PDF 报告“分项详情”）。"
                                   "对照的数值仅作参照，不是对本企业的考核目标，也不是南通市对本期设定的目标。")
                else:
                    text = self.tr("三项比率为企业自评口径（计算方法见 PDF 报告“分项详情”）。"
                                   "规划目标是对全市重点企业整体设定的水平，不是对单个企业的考核。")
                note = QLabel(text, parent)
                note.setObjectName("benchmark_note")
                note.setWordWrap(True)
                note.setStyleSheet(f"color: {MUTED};")
                self.layout_.addWidget(note)

    def peers(self, parent: QWidget) -> None:
        """同行对标: the enterprise among its peers (ui/peer_section.py), or the button to import a benchmark."""
        from .peer_section import PeerSection

        self.heading(self.tr("同行对标"), parent)
        section = PeerSection(self.data.peers, parent)
        section.import_requested.connect(self.import_benchmark)
        self.peer_section = section
        self.layout_.addWidget(section)

    def import_benchmark(self) -> None:
        """Choose and import a benchmark file; the page computes again once the import announces its change."""
        from .peer_section import import_benchmark_file

        import_benchmark_file(self, self.workspace.directory)

    def basis_lines(self, module: BenchmarkResult) -> list[str]:
        """What the compared figure is and where it comes from, in small grey type under the figure."""
        lines = []
        if module.basis:
            basis = self.tr("依据：{basis}").replace("{basis}", html.escape(content(module.basis)))
            lines.append(f"<span style='color:{MUTED}'>{basis}</span>")
        lines.append(f"<span style='color:{MUTED}'>"
                     f"{html.escape(self.source_line(module.source, module.confidence))}</span>")
        return lines

    def indications(self, parent: QWidget) -> None:
        """Conditions enterprises ask about, each with its rule, source and 以主管部门认定为准."""
        results = self.ready_computed.indications
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
            status = tr(INDICATION_WORDS[result.status]) if result.status in INDICATION_WORDS else result.status
            head = fill_in(self.tr("{before}　{after}"), before=f"<b>{html.escape(content(result.title))}</b>",
                           after=f"<b style='color:{colour}'>{html.escape(status)}</b>")
            rule = self.tr("条件：{rule}").replace("{rule}", html.escape(content(result.rule)))
            source = fill_in(self.tr("{before}　{after}"),
                             before=html.escape(self.source_line(result.source, result.confidence)),
                             after=self.tr("仅为提示，以主管部门认定为准"))
            text = (f"{head}<br>{rule}<br>{html.escape(word(result.reason))}"
                    f"<br><span style='color:{MUTED}'>{source}</span>")
            label = QLabel(text, parent)
            label.setObjectName("indication")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout_.addWidget(label)
            self.indication_labels.append(label)

    def sources(self, parent: QWidget) -> None:
        """A short list of the documents the figures and indications rest on, with their confidence."""
        edition = self.ready_computed.edition
        if edition is None:
            return
        cited = edition.cited_sources()
        if not cited:
            return
        self.heading(self.tr("来源"), parent)
        lines = [fill_in(self.tr("· {source}［{confidence}］"), source=html.escape(citation_text(source.citation)),
                         confidence=html.escape(self.confidence_words(source.confidence))) for source in cited]
        legend = self.tr("“已核对原文”：内容已与发文机关公布的原文核对；“转引，原文未核对”：取自新闻发布、媒体报道"
                         "或其他单位的转述；“未证实”：只查到文件名称或线索。")
        label = QLabel("<br>".join(lines) + f"<br><span style='color:{MUTED}'>{html.escape(legend)}</span>", parent)
        label.setObjectName("sources")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(label)

    def charts(self, parent: QWidget) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if not self.ready_computed.figures:
            return
        self.heading(self.tr("图表"), parent)
        for figure in self.ready_computed.figures:
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
            refs = tr("；").join(content(r.label) if r.kind == "task" else
                                 fill_in(self.tr("{label}（{section}）"), label=content(r.label),
                                         section=content(r.section)) for r in rec.references)
            basis = self.tr("依据与支持政策：{references}").replace("{references}", html.escape(refs))
            label = QLabel(f"<b>{index}. {html.escape(content(rec.title))}</b><br>"
                           f"{html.escape(content(rec.advice))}<br><span style='color:{MUTED}'>{basis}</span>", parent)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout_.addWidget(label)

    def comparison(self, parent: QWidget) -> None:
        if not self.ready_computed.comparisons:
            return
        self.heading(self.tr("与上期对比"), parent)
        for comparison in self.ready_computed.comparisons:
            before, now = period_text(comparison.previous_period), period_text(self.period)
            label = QLabel(fill_in(self.tr("<b>{title}</b>（{previous} → {period}）"),
                                   title=html.escape(content(comparison.title)), previous=before, period=now), parent)
            label.setWordWrap(True)
            self.layout_.addWidget(label)
            if comparison.figures:
                self.layout_.addWidget(self._table([self.tr("指标"), before, now],
                                                   tuple(figure_row(f) for f in comparison.figures), parent))
            if not comparison.answers:
                self.layout_.addWidget(QLabel(self.tr("答案与上期相同。"), parent))
                continue
            changed = QLabel(self.tr("有变化的答案（{n} 项）：").replace("{n}", str(len(comparison.answers))), parent)
            self.layout_.addWidget(changed)
            answers = tuple((content(text), *(answer(question, value) if question else str(value) for value in values))
                            for question, text, *values in comparison.answers)
            self.layout_.addWidget(self._table([self.tr("题目"), before, now], answers, parent))

    @staticmethod
    def _table(headers: list[str], rows: tuple[tuple[str, ...], ...], parent: QWidget) -> QTableWidget:
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
