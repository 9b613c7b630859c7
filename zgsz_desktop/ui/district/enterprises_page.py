"""企业: the sortable, filterable table of enterprises, a detail panel for the selected one, and its reports
(decrypted from the stored signed package on a pool thread, verified again, opened in the PDF viewer). The
detail lists the enterprise's evidence files (佐证材料: question, file, size) beside its figures, and 导出佐证材料…
writes them as files with an index, opened from the kept packages with the session's district key on a pool
thread (the session always holds the unlocked key: it was asked for when the database was opened), then offers
打开文件夹. Each file listed is a link: opened the same way, verified, written to the session's private temporary
folder and shown with the system's application."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ...text import local_time
from ..errors import show_error
from ..i18n import content, period, said
from ..ops import Op
from . import common
from .common import (
    BAD,
    GOOD,
    MUTED,
    awarded,
    fit_headers,
    level_name,
    muted,
    percent,
    row_table,
    shown,
    stars,
    tr,
    when_rows_change,
)
from .enterprise_model import ROW_ROLE, EnterpriseFilter, EnterpriseTableModel, column_of, reference_text

LINK = "#2f6fb0"  # the colour of links in the enterprise app (口径, 佐证材料)


def temporary_name(file_name: str) -> str:
    """A file name from a package as it can be written to the temporary folder on any system: hidden
    characters written out, characters Windows refuses replaced, the start kept short, the extension kept."""
    clean = re.sub(r'[\\/:*?"<>|]+', "_", shown(file_name, None)).strip(" .")
    stem, dot, suffix = clean.rpartition(".")
    if not dot or not stem or len(suffix) > 10:
        stem, suffix = clean, ""
    return (stem[:80].rstrip(" .") or "file") + (f".{suffix}" if suffix else "")


class EnterprisesPage(QWidget):
    def __init__(self, session: Any, parent: QWidget | None = None, settings: Any = None):
        super().__init__(parent)
        self.session = session
        self.year = 0
        self.reference = False
        self.report_task: Op[Any] | None = None
        self.last_report: Path | None = None
        self.model = EnterpriseTableModel(self)
        self.proxy = EnterpriseFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("搜索企业名称或统一社会信用代码"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filters(search=text))
        self.key_only = QCheckBox(self.tr("只看重点企业"), self)
        self.key_only.toggled.connect(lambda on: self.proxy.set_filters(key_only=on))
        self.below = QCheckBox(self.tr("有未达标指标"), self)
        self.below.toggled.connect(lambda on: self.proxy.set_filters(below_target=on))
        self.missing = QCheckBox(self.tr("本年度未报送"), self)
        self.missing.toggled.connect(lambda on: self.proxy.set_filters(not_submitted=on))
        self.shown = muted("", self, wrap=False)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (self.key_only, self.below, self.missing):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.shown)
        when_rows_change(self.proxy, self.count_shown)

        self.view = row_table(self, "enterprises", self.proxy, single=True, alternating=True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(column_of("uscc"), Qt.SortOrder.AscendingOrder)
        widths = {"name": 210, "uscc": 160, "key_enterprise": 40, "cnc_rate": 70, "mgmt_rate": 100, "rnd_rate": 90,
                  "cloud_estimate": 66, "cloud_awarded": 56, "miit_level": 66, "miit_points": 66,
                  "projects_completed": 90, "review_state": 150,
                  "core_period": 80, "industry": 150, "scale": 44, "imported_at": 120}
        for field, width in widths.items():
            self.view.setColumnWidth(column_of(field), width)
        fit_headers(self.view)
        self.view.doubleClicked.connect(self.open_selected_report)
        self.view.selectionModel().selectionChanged.connect(self.on_selection)

        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # selectable, and each evidence file listed is a link that opens it (open_evidence_file)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.detail.setOpenExternalLinks(False)
        self.detail.linkActivated.connect(self.open_evidence_link)
        self.evidence: list[Any] = []  # the files of the enterprise shown, in the order listed
        self.core_report = QPushButton(self.tr("查看核心指标报告"), self)
        self.core_report.setObjectName("core_report")
        self.core_report.clicked.connect(lambda: self.open_report(self.selected_row(), "core"))
        self.miit_report = QPushButton(self.tr("查看评测报告"), self)
        self.miit_report.setObjectName("miit_report")
        self.miit_report.clicked.connect(lambda: self.open_report(self.selected_row(), "miit"))
        self.export_evidence_button = QPushButton(self.tr("导出佐证材料…"), self)
        self.export_evidence_button.setObjectName("export_evidence")
        self.export_evidence_button.setToolTip(self.tr("把这家企业随报告包报送的证明文件导出到文件夹，按评估期和题目分开，"
                                                       "附一份清单（xlsx）"))
        self.export_evidence_button.clicked.connect(self.choose_evidence_folder)
        self.evidence_task: Op[Any] | None = None
        self.last_evidence: Path | None = None
        self.open_folder_button = QPushButton(self.tr("打开文件夹"), self)
        self.open_folder_button.setObjectName("open_evidence_folder")
        self.open_folder_button.setToolTip(self.tr("在文件管理器中打开刚导出的佐证材料文件夹"))
        self.open_folder_button.clicked.connect(self.open_evidence_folder)
        self.open_folder_button.hide()  # offered once an export is written
        self.file_task: Op[Any] | None = None
        self.last_file: Path | None = None
        self.report_message = muted("", self)
        self.report_message.setTextFormat(Qt.TextFormat.PlainText)  # it names files
        # 受理 / 退回修改… / 生成回执… (issue #17): receipts_actions records and writes through Ops
        from PySide6.QtCore import QSettings

        from .receipts_actions import ReceiptActions

        self.receipts = ReceiptActions(session, settings or QSettings(), self)
        self.receipts.said.connect(self.say)
        self.accept_button = QPushButton(self.tr("受理"), self)
        self.accept_button.setObjectName("accept_submission")
        self.accept_button.setToolTip(self.tr("受理这家企业本年度的当前报送（写入回执）"))
        self.accept_button.clicked.connect(lambda: self.receipts.accept(self.selected_row()))
        self.return_button = QPushButton(self.tr("退回修改…"), self)
        self.return_button.setObjectName("return_submission")
        self.return_button.setToolTip(self.tr("选出要企业修改的题目并写明理由，写入回执"))
        self.return_button.clicked.connect(lambda: self.receipts.open_return(self.selected_row()))
        self.receipts_button = QPushButton(self.tr("生成回执…"), self)
        self.receipts_button.setObjectName("write_receipts")
        self.receipts_button.setToolTip(self.tr("为已受理或退回、尚未生成回执的报送写出回执文件（每家企业一个），"
                                                "通过邮件或U盘发给企业"))
        self.receipts_button.clicked.connect(self.receipts.choose_folder)
        self.open_receipts_button = QPushButton(self.tr("打开回执文件夹"), self)
        self.open_receipts_button.setObjectName("open_receipts_folder")
        self.open_receipts_button.clicked.connect(
            lambda: self.receipts.last_folder is not None and common.open_path(self.receipts.last_folder))
        self.open_receipts_button.hide()
        self.receipts.folder_written.connect(lambda _folder: self.open_receipts_button.show())
        decisions = QHBoxLayout()
        decisions.addWidget(self.accept_button)
        decisions.addWidget(self.return_button)
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(12, 0, 0, 0)
        # the detail scrolls when it is taller than the room left above the buttons (a longer language, a long
        # history); while it fits, no frame and no scroll bar show: it looks as a plain label would
        self.detail_area = QScrollArea(panel)
        self.detail_area.setObjectName("detail_area")
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps its lines
        self.detail_area.setWidget(self.detail)
        panel_layout.addWidget(self.detail_area, 1)
        panel_layout.addWidget(self.report_message)
        panel_layout.addLayout(decisions)
        panel_layout.addWidget(self.receipts_button)
        panel_layout.addWidget(self.open_receipts_button)
        panel_layout.addWidget(self.core_report)
        panel_layout.addWidget(self.miit_report)
        panel_layout.addWidget(self.export_evidence_button)
        panel_layout.addWidget(self.open_folder_button)  # last: appearing, it moves nothing above it
        panel.setMinimumWidth(260)

        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.show_detail(None)

    # ------------------------------------------------------------------ rows

    def set_rows(self, rows: list[Any], year: int, reference: bool = False) -> None:
        """``reference``: the year's edition compares with reference figures (2025+), not targets: say
        达到参照值 / 低于参照值, never 达标."""
        self.reference = reference
        self.below.setText(self.tr("有低于参照值的指标") if reference else self.tr("有未达标指标"))
        selected = self.selected_row()
        self.year = year
        self.model.set_rows(rows, self.review_states())
        self.count_shown()
        if selected is not None:
            self.select_uscc(selected.uscc)
        else:
            self.show_detail(None)

    def review_states(self) -> dict[tuple[str, str], Any]:
        from ...district.receipts import submission_states

        try:
            return submission_states(self.session.db)
        except Exception:  # an edited or busy database: the figures still show, the column stays empty
            return {}

    def say(self, text: str, ok: bool = True) -> None:
        self.report_message.setStyleSheet(f"color: {MUTED if ok else BAD};")
        self.report_message.setText(text)

    def count_shown(self, *_args: Any) -> None:
        self.shown.setText(self.tr("显示 {shown} / {total} 家").replace("{shown}", str(self.proxy.rowCount()))
                           .replace("{total}", str(len(self.model.rows))))

    def selected_row(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def show_enterprise(self, uscc: str) -> bool:
        """Select one enterprise (from a 核查提示 row): filters that hide it are cleared first."""
        if not any(row.uscc == uscc for row in self.model.rows):
            return False
        for index in range(self.proxy.rowCount()):
            if self.proxy.index(index, 0).data(ROW_ROLE).uscc == uscc:
                break
        else:
            self.search.clear()
            for box in (self.key_only, self.below, self.missing):
                box.setChecked(False)
        found = self.select_uscc(uscc)
        self.view.setFocus()
        return found

    def select_uscc(self, uscc: str) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ROW_ROLE).uscc == uscc:
                self.view.selectRow(r)
                self.view.scrollTo(index)
                return True
        self.show_detail(None)
        return False

    def on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_detail(self.selected_row())

    def show_detail(self, row: Any) -> None:
        self.report_message.setText("")
        reported = bool(row is not None and (row.core_period or row.miit_period))
        self.accept_button.setEnabled(reported)
        self.return_button.setEnabled(reported)
        self.core_report.setEnabled(bool(row is not None and row.core_package))
        self.miit_report.setEnabled(bool(row is not None and row.miit_package))
        evidence = self.evidence_rows(row)
        self.evidence = evidence
        self.export_evidence_button.setEnabled(bool(evidence))
        self.open_folder_button.hide()  # the folder exported was another enterprise's
        if row is None:
            self.detail.setText(f"<span style='color:{MUTED}'>"
                                + self.tr("在表格中选择一家企业，查看其数值和报告；双击打开报告。") + "</span>")
            return

        def rate(label: str, value: float | None, met: bool | None) -> str:
            if value is None:
                not_reported = self.tr("<span style='color:{colour}'>未报送</span>").format(colour=MUTED)
                return self.tr("{label}：{value}").format(label=label, value=not_reported)
            colour = GOOD if met else BAD
            if self.reference:
                verdict = self.tr("达到参照值") if met else self.tr("低于参照值")
            else:
                verdict = self.tr("达标") if met else self.tr("未达标")
            return self.tr("{label}：{value}（{verdict}）").format(
                label=label, value=f"<b style='color:{colour}'>{percent(value)}</b>", verdict=verdict)

        def e(text: object) -> str:  # from outside: hidden characters written out, then escaped for the label
            return html.escape(shown(text))

        def submitted_period(text: str) -> str:
            return e(period(text)) if text else self.tr("未报送")

        level = e(level_name(row.miit_level)) or "—"
        lines = [
            f"<span style='font-size:13pt'><b>{e(row.name)}</b></span>",
            self.tr("统一社会信用代码 {uscc}").format(uscc=e(row.uscc)),
            self.tr("　·　").join(x for x in (
                e(reference_text(row.industry or "")), e(reference_text(row.scale or "")),
                self.tr("重点企业", "tag of one enterprise") if row.key_enterprise else "") if x),
            "",
            self.tr("<b>{year}年报送</b>").format(year=self.year),
            self.tr("南通核心指标：{period}").format(period=submitted_period(row.core_period)),
            self.tr("工信部评测：{period}").format(period=submitted_period(row.miit_period)),
            rate(self.tr("关键工序数控化率"), row.cnc_rate, row.cnc_met),
            rate(self.tr("经营管理数字化普及率"), row.mgmt_rate, row.mgmt_met),
            rate(self.tr("数字化研发设计工具普及率"), row.rnd_rate, row.rnd_met),
            self.tr("星级上云：自评估计 {estimate}，已获评 {awarded}").format(
                estimate=stars(row.cloud_estimate) or "—", awarded=awarded(row.cloud_awarded) or "—"),
            self.tr("工信部评测等级：<b>{level}</b>（{points} 分）").format(
                level=level, points=f"{row.miit_points:.1f}")
            if row.miit_points is not None else self.tr("工信部评测等级：<b>{level}</b>").format(level=level),
            self.tr("本年完成智改数转项目：{n}").format(n=row.projects_completed),
        ]
        if row.imported_at:
            lines.append(f"<span style='color:{MUTED}'>"
                         + self.tr("最近导入 {time}").format(time=local_time(row.imported_at)) + "</span>")
        state = self.model.state_of(row)
        if state is not None:
            lines.append(self.tr("受理状态：<b>{state}</b>").format(state=e(said(state.label))))
        from .receipts_actions import history_lines

        lines += history_lines(getattr(self.session, "db", None), row, e)
        lines += self.evidence_lines(evidence, e)
        self.detail.setText("<br>".join(lines))

    # ------------------------------------------------------------------ evidence (佐证材料)

    SHOWN_EVIDENCE = 12  # files listed in the detail; the export writes them all

    def evidence_rows(self, row: Any) -> list[Any]:
        if row is None:
            return []
        from ...district.evidence import enterprise_evidence

        try:
            return enterprise_evidence(self.session.db, row.uscc)
        except Exception:  # a database from before evidence, edited, or busy: the figures still show
            return []

    def evidence_lines(self, rows: list[Any], e: Any) -> list[str]:
        if not rows:
            return ["", f"<span style='color:{MUTED}'>" + self.tr("没有随报告包报送佐证材料") + "</span>"]
        lines = ["", self.tr("<b>佐证材料</b>（{n} 个文件，点击文件名打开）").format(n=len(rows))]
        for number, item in enumerate(rows[:self.SHOWN_EVIDENCE]):
            link = f"<a href='evidence:{number}' style='color:{LINK}'>{e(item.file_name)}</a>"
            lines.append(self.tr("{period} · {question}：{file}（{size}）").format(
                period=e(period(item.period)), question=e(content(item.question)), file=link, size=item.size_text))
        if len(rows) > self.SHOWN_EVIDENCE:
            lines.append(f"<span style='color:{MUTED}'>" + self.tr("还有 {n} 个文件，导出后可在清单中查看")
                         .format(n=len(rows) - self.SHOWN_EVIDENCE) + "</span>")
        return lines

    def choose_evidence_folder(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择导出佐证材料的文件夹"))
        if folder:
            self.export_evidence(row, Path(folder))

    def export_evidence(self, row: Any, folder: Path) -> Op[Any] | None:
        """Write the enterprise's evidence into a new folder ``<folder>/<企业名>-佐证材料`` on a pool thread."""
        if self.evidence_task is not None and self.evidence_task.running:
            return self.evidence_task
        session, uscc = self.session, row.uscc
        name = re.sub(r'[\\/:*?"<>|\s]+', "_", shown(row.name, 40)) + self.tr("-佐证材料")
        target = folder / name
        counter = 1
        while target.exists():
            counter += 1
            target = folder / f"{name}-{counter}"

        def work(progress: Any, cancelled: Any) -> Path:
            from ...district.evidence import export_evidence

            with session.worker_db() as db:
                export_evidence(db, session.identity, uscc, target)
            return target

        self.report_message.setStyleSheet(f"color: {MUTED};")
        self.report_message.setText(self.tr("正在核验并导出佐证材料…"))
        self.evidence_task = Op(self, work).success(self.evidence_ready).failure(self.report_failed).run()
        return self.evidence_task

    def evidence_ready(self, path: Path) -> None:
        self.last_evidence = path
        self.report_message.setText(self.tr("佐证材料已通过核验并导出到：{path}").replace("{path}", shown(path, None)))
        self.open_folder_button.show()

    def open_evidence_folder(self) -> None:
        """打开文件夹: the folder just exported, in the system's file manager."""
        if self.last_evidence is None:
            return
        if not common.open_path(self.last_evidence):
            self.report_message.setText(self.tr("无法打开文件管理器。佐证材料在：{path}").replace(
                "{path}", shown(self.last_evidence, None)))

    def open_evidence_link(self, link: str) -> None:
        """A file name clicked in the detail (``evidence:<n>``, its place in the list)."""
        kind, _, number = link.partition(":")
        if kind == "evidence" and number.isdigit() and int(number) < len(self.evidence):
            self.open_evidence_file(self.evidence[int(number)])

    def open_evidence_file(self, item: Any) -> Op[Any] | None:
        """Open one evidence file (a ``district.evidence.EvidenceRow``) on a pool thread as an export opens it
        (the kept package verified again, the file checked against the manifest and the database), write it to
        the session's private temporary folder (removed when the window closes) and show it with the system's
        application for its type."""
        if self.file_task is not None and self.file_task.running:
            return self.file_task
        session = self.session
        # a folder per file: two files of the same name never overwrite each other; the name keeps its
        # extension, by which the system chooses the application
        name = temporary_name(item.file_name)
        target = session.report_dir() / "evidence" / re.sub(r"[^0-9A-Za-z-]+", "_",
                                                            f"{item.package_id}-{item.evidence_id}") / name

        def work(_progress: Any, _cancelled: Any) -> Path:
            from ...district.evidence_file import evidence_content
            from ...fileio import write_bytes_atomic

            with session.worker_db() as db:
                data = evidence_content(db, session.identity, item)
            if session.closed:  # the window closed meanwhile: no decrypted file left behind
                raise UserError(tr("窗口已关闭，文件未保存"))
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(target, data)
            return target

        self.report_message.setStyleSheet(f"color: {MUTED};")
        self.report_message.setText(self.tr("正在核验并打开佐证材料…"))
        self.file_task = Op(self, work).success(self.evidence_file_ready).failure(self.report_failed).run()
        return self.file_task

    def evidence_file_ready(self, path: Path) -> None:
        self.last_file = path
        self.report_message.setText(self.tr("佐证材料已通过核验并打开：{name}").replace("{name}", shown(path.name)))
        if not common.open_path(path):
            self.report_message.setText(self.tr("没有可以打开这种文件的程序。文件保存在：{path}").replace(
                "{path}", shown(path, None)))

    # ------------------------------------------------------------------ reports

    def open_selected_report(self, index: QModelIndex | None = None) -> None:
        row = index.data(ROW_ROLE) if index is not None and index.isValid() else self.selected_row()
        if row is None:
            return
        self.open_report(row, "core" if row.core_package else "miit")

    def open_report(self, row: Any, which: str) -> Op[Any] | None:
        """Decrypt and verify the stored package on a pool thread, write its PDF to the session's private
        temporary folder, and open it."""
        if row is None:
            return None
        package_id = row.core_package if which == "core" else row.miit_package
        if not package_id:
            self.report_message.setText(self.tr("这家企业本年度没有这份报送"))
            return None
        if self.report_task is not None and self.report_task.running:
            return self.report_task
        session = self.session
        title = self.tr("核心指标") if which == "core" else self.tr("评测")
        stem = re.sub(r'[\\/:*?"<>|\s]+', "_", shown(f"{row.name}-{title}-{row.core_period or row.miit_period}", 80))
        target = session.report_dir() / f"{stem}.pdf"

        def work(_progress: Any, _cancelled: Any) -> Path:
            from ...district.importer import submission_report
            from ...fileio import write_bytes_atomic

            with session.worker_db() as db:
                data = submission_report(db, package_id, session.identity)
            if session.closed:  # the window closed meanwhile: no decrypted report left behind
                raise UserError(tr("窗口已关闭，报告未保存"))
            write_bytes_atomic(target, data)
            return target

        self.report_message.setStyleSheet(f"color: {MUTED};")
        self.report_message.setText(self.tr("正在核验并打开报告…"))
        self.report_task = Op(self, work).success(self.report_ready).failure(self.report_failed).run()
        return self.report_task

    def report_ready(self, path: Path) -> None:
        self.last_report = path
        self.report_message.setText(self.tr("报告已通过核验并打开：{name}").replace("{name}", shown(path.name)))
        if not common.open_path(path):
            self.report_message.setText(self.tr("无法打开 PDF 阅读器。报告保存在：{path}").replace("{path}",
                                                                                          shown(path, None)))

    def report_failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, UserError):
            self.report_message.setText(shown(exc, None))
            self.report_message.setStyleSheet(f"color: {BAD};")
            return
        self.report_message.setText("")
        show_error(self, exc, details)
