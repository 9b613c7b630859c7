"""The city's window (市级汇总): register the districts' keys, import their summary packages, see the city's
progress against the plan and each district's row, export Excel, PDF and Parquet. A thin shell over
``zgsz_desktop/city/``; opened with ``zgsz-desktop --city FILE``."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..text import local_time, visible
from .errors import show_error
from .i18n import QT_TR_NOOP, content, period, said, tr
from .ops import Op

# ``city.consolidate.NOTES`` (how things are counted) as the window shows them: the core writes them as plain
# Chinese for its exports, so they are marked here, word for word, for translation
# (tests/ui/test_city_language.py holds the two the same).
NOTE_WORDS = (
    QT_TR_NOOP("各项数字为各区县当前汇总包之和（同一区县同一评估期以签发时间最晚的汇总包为准，较早的保留为历史）。"),
    QT_TR_NOOP("任务数为规划中各区县任务数之和，未报区县的任务数同样计入。"),
    QT_TR_NOOP("三项指标的全市平均按各区县企业清单中的全部重点企业计算，不是各区县平均值的平均；"
               "达标按各区县所用的政策版本判定。"),
    QT_TR_NOOP("同一企业同一评估期被两个区县同时报送的，列为“归属待核实”，在两个区县都计入，请与相关区县核实。"),
)


DISTRICT_UNDER_CORRECTION, DISTRICT_AUDIT = 3, 4  # columns of the districts' table


def note_words(note: str) -> str:
    """One of the board's notes in the interface language (a note this window does not know, as written)."""
    return tr(note) if note in NOTE_WORDS else note


def listed(names: list[str]) -> str:
    """District names, each in the interface language, listed as the interface lists things."""
    return tr("、").join(content(name) for name in names)


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _table(headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view, model


def _fill(model: QStandardItemModel, rows: list[list[Any]], view: QTableView | None = None) -> None:
    model.removeRows(0, model.rowCount())
    for row in rows:
        items = []
        for value in row:
            item = QStandardItem("" if value is None else str(value))
            if isinstance(value, (int, float)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        model.appendRow(items)
    if view is not None:  # the columns take their new contents' width now, not at the next resize of the window
        view.resizeColumnsToContents()


class CityWindow(QMainWindow):
    """One city database (``*.zgszcity``): the districts' summaries and what they add up to."""

    def __init__(self, db_path: Path, settings: Any = None):
        super().__init__()
        self.db_path = Path(db_path)
        self.settings = settings
        self.board: Any = None
        self.setWindowTitle(tr("市级汇总 — {name}").format(name=self.db_path.name))
        self.resize(1100, 760)
        central = QWidget()
        layout = QVBoxLayout(central)
        buttons = QHBoxLayout()
        self.pin_button = QPushButton(tr("登记区县密钥…"))
        self.pin_button.setToolTip(tr("区县文件（.zgszkey）由区县工信部门发来，其中有区县用来签署汇总包的公钥。"
                                      "登记后，只有用这把密钥签署的汇总包才会被接受"))
        self.import_button = QPushButton(tr("导入区县汇总包…"))
        self.period_box = QComboBox()
        self.period_box.setMinimumWidth(120)
        self.xlsx_button = QPushButton(tr("导出 Excel…"))
        self.pdf_button = QPushButton(tr("导出 PDF…"))
        self.parquet_button = QPushButton(tr("导出 Parquet…"))
        self.parquet_button.setToolTip(tr("供省级数据平台导入的表格文件（格式见 docs/city.md）"))
        for widget in (self.pin_button, self.import_button, QLabel(tr("评估期：")), self.period_box):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self.xlsx_button, self.pdf_button, self.parquet_button):
            buttons.addWidget(widget)
        layout.addLayout(buttons)
        self.headline = QLabel()
        self.headline.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        layout.addWidget(QLabel(tr("目标任务（全市）")))
        self.quota_view, self.quota_model = _table([tr("附件"), tr("指标"), tr("全市完成"), tr("全市任务数"),
                                                    tr("完成率")])
        layout.addWidget(self.quota_view, 3)
        layout.addWidget(QLabel(tr("三项指标（重点企业）")))
        self.rate_view, self.rate_model = _table([tr("指标"), tr("全市目标"), tr("重点企业达标/报送"),
                                                  tr("重点企业平均")])
        self.rate_view.setMaximumHeight(130)
        layout.addWidget(self.rate_view)
        layout.addWidget(QLabel(tr("各区县（三项指标为该区县重点企业的平均值）")))
        self.district_view, self.district_model = _table(
            [tr("区县"), tr("状态"), tr("已报送企业"), tr("退回修改中"), tr("核查"), tr("关键工序数控化率"),
             tr("经营管理数字化普及率"), tr("数字化研发设计工具普及率"), tr("汇总包签发时间")])
        self.district_model.horizontalHeaderItem(DISTRICT_UNDER_CORRECTION).setToolTip(
            tr("区县已退回企业修改、尚未收到更正的报送数（已计入已报送企业）"))
        layout.addWidget(self.district_view, 3)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #5f6b7a;")
        layout.addWidget(self.notes)
        self.setCentralWidget(central)
        self.pin_button.clicked.connect(self.choose_key)
        self.import_button.clicked.connect(self.choose_summaries)
        self.period_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.parquet_button.clicked.connect(lambda: self.export("parquet"))
        self.reload_periods()

    # ------------------------------------------------------------------ reading

    def _open(self, *, create: bool = True) -> Any:
        from ..city.db import open_city_db

        return open_city_db(self.db_path, create=create)

    def reload_periods(self, prefer: str = "") -> None:
        from ..city.db import periods

        try:
            db = self._open()
        except Exception as exc:  # said to the user, the window stays usable
            show_error(self, exc)
            return
        try:
            known = periods(db)
        finally:
            db.close()
        current = prefer or self.current_period()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for known_period in known:  # shown in the interface language, the stored period kept as the item's data
            self.period_box.addItem(period(known_period), known_period)
        if current in known:
            self.period_box.setCurrentIndex(known.index(current))
        self.period_box.blockSignals(False)
        self.refresh()

    def current_period(self) -> str:
        """The period chosen, as stored (2024年度), whatever the interface language."""
        data = self.period_box.currentData()
        return data if isinstance(data, str) else ""

    def refresh(self) -> None:
        from ..city.consolidate import consolidate

        chosen = self.current_period()
        has = bool(chosen)
        for button in (self.xlsx_button, self.pdf_button, self.parquet_button):
            button.setEnabled(has)
        if not has:
            self.board = None
            self.headline.setText(tr("还没有区县汇总包。先“登记区县密钥…”（区县发来的 .zgszkey 文件），"
                                     "再“导入区县汇总包…”（.zgszsummary）"))
            for model in (self.quota_model, self.rate_model, self.district_model):
                _fill(model, [])
            self.notes.setText("")
            self._wide_enough()
            return
        db = self._open()
        try:
            board = consolidate(db, chosen)
        finally:
            db.close()
        self.board = board
        self.headline.setText(tr("全市 {period}：已报区县 {reported} / {total}，已报送企业 {n} 家"
                                 "（其中退回修改中 {returned} 家）").format(
            period=period(chosen), reported=board.reported_districts, total=len(board.districts), n=board.submitted,
            returned=board.under_correction))
        # the plan's annexes, rows and targets as the district's dashboard shows them: looked up among the
        # policy editions' translated texts (content), as written when unknown
        # (the data's hidden characters written out and its length limited first: a translation is not cut)
        _fill(self.quota_model, [[content(visible(q.table, 20)), content(visible(q.label, 80)),
                                  tr("未采集") if q.actual is None else q.actual,
                                  tr("未下达") if q.quota is None else q.quota, _percent(q.ratio)]
                                 for q in board.quotas], self.quota_view)
        _fill(self.rate_model, [[content(b.name), content(b.target_label), f"{b.key_met}/{b.key_reported}",
                                 _percent(b.key_average)] for b in board.benchmarks], self.rate_view)
        from ..city.consolidate import REPORTED
        from ..city.importer import RATES

        rates = [rate for rate, _met in RATES]  # the districts' rows are keyed by the rate's column
        rows = []
        for d in board.districts:
            audit = "" if d.audit_ok is None else (tr("通过") if d.audit_ok else tr("未通过"))
            if d.audit_forced:
                audit = tr("未通过（强制导出）")
            reported = d.status == REPORTED
            status = tr("已报") if reported else tr("未报")
            rows.append([content(d.district), status, d.submitted if reported else "",
                         d.under_correction if reported else "", audit,
                         *[_percent(d.key_averages.get(rate)) if reported else "" for rate in rates[:3]],
                         local_time(d.issued_at)])  # stored in UTC, shown as the clerk's clock reads
        _fill(self.district_model, rows, self.district_view)
        for row, d in enumerate(board.districts):
            if d.audit_ok is False and d.audit_message:  # the district's own words on what the audit found
                self.district_model.item(row, DISTRICT_AUDIT).setToolTip(
                    "\n".join(visible(line, 300) for line in d.audit_message.splitlines()))
        disputed = [tr("归属待核实：{uscc}（{districts}）").format(uscc=visible(u, 30), districts=listed(ds))
                    for u, ds in board.disputed]
        self.notes.setText("\n".join([*disputed, *map(note_words, board.notes)]))
        self._wide_enough()

    def _wide_enough(self) -> None:
        """Widen the window (up to the screen) when the district table's headings and figures need more room
        than it has: a language with longer headings than Chinese would otherwise hide the last column behind
        the scroll bar. Never narrows a window the user sized."""
        view = self.district_view
        header = view.horizontalHeader()
        needed = sum(max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in range(header.count()))
        needed += 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        if layout is not None:
            margins = layout.contentsMargins()
            needed += margins.left() + margins.right()
        screen = self.screen()
        limit = screen.availableGeometry().width() if screen is not None else needed
        if needed > self.width():
            self.resize(max(self.width(), min(needed, limit)), self.height())

    # ------------------------------------------------------------------ actions

    def choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择区县文件"), "", tr("区县文件 (*.zgszkey)"))
        if path:
            self.pin_key(Path(path))

    def pin_key(self, path: Path, *, replace: bool = False) -> None:
        from ..city.db import pinned_keys
        from ..city.keys import pin_district
        from ..keys import load_recipient

        db = self._open()
        try:
            if not replace:
                recipient = load_recipient(path)
                known = pinned_keys(db).get(recipient.district)
                if known is not None and recipient.signing_key_id and known.signing_key_id != recipient.signing_key_id:
                    answer = QMessageBox.question(
                        self, tr("更换区县密钥"),
                        tr("{district}已登记过另一个密钥（指纹 {old}），这个文件中的指纹是 {new}。\n\n"
                           "确认该区县已更换密钥，并已电话核对新指纹？").format(
                            district=recipient.district, old=known.signing_key_id, new=recipient.signing_key_id),
                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                        QMessageBox.StandardButton.No)
                    if answer != QMessageBox.StandardButton.Yes:
                        return
                    replace = True
            result = pin_district(db, path, _now(), replace=replace)
        except Exception as exc:  # a broken or refused file is said, never a traceback
            show_error(self, exc)
            return
        finally:
            db.close()
        QMessageBox.information(self, tr("登记区县密钥"), said(result.message))

    def choose_summaries(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("选择区县汇总包"), "", tr("区县汇总包 (*.zgszsummary)"))
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> Op[Any]:
        db_path = self.db_path

        def work(progress: Any, cancelled: Any) -> list[Any]:
            from ..city.db import open_city_db
            from ..city.importer import import_summaries

            db = open_city_db(db_path)
            try:
                return import_summaries(db, paths, _now(),
                                        lambda done, total, _o: progress(int(done * 100 / total), ""))
            finally:
                db.close()

        def done(outcomes: list[Any]) -> None:
            periods = [o.period for o in outcomes if o.period]
            self.reload_periods(prefer=periods[-1] if periods else "")
            lines = [said(o.line) for o in outcomes]  # the verdict said once
            QMessageBox.information(self, tr("导入区县汇总包"), "\n".join(lines))

        self.import_op: Op[Any] = Op(self, work).with_progress(tr("正在核对并导入区县汇总包…")).success(done).run()
        return self.import_op

    def export(self, kind: str, target: Path | None = None) -> Op[Any] | None:
        board = self.board
        if board is None:
            return None
        if target is None:
            if kind == "parquet":
                chosen = QFileDialog.getExistingDirectory(self, tr("选择保存 Parquet 文件的文件夹"))
            else:
                suffix = ".xlsx" if kind == "xlsx" else ".pdf"
                chosen, _ = QFileDialog.getSaveFileName(
                    self, tr("导出"), tr("南通市智改数转汇总_{period}").format(period=board.period) + suffix,
                    "Excel (*.xlsx)" if kind == "xlsx" else "PDF (*.pdf)")
            if not chosen:
                return None
            target = Path(chosen)

        def work(progress: Any, cancelled: Any) -> list[Path]:
            if kind == "xlsx":
                from ..city.exports import write_xlsx

                return [write_xlsx(board, target)]
            if kind == "pdf":
                from ..city.exports import write_pdf

                return [write_pdf(board, target, datetime.now().strftime("%Y-%m-%d %H:%M"))]
            from ..city.parquet import write_parquet

            return write_parquet(board, target)

        def done(paths: list[Path]) -> None:
            names = tr("、").join(p.name for p in paths)
            self.statusBar().showMessage(tr("已导出：{files}").format(files=names), 15000)

        self.export_op: Op[Any] = Op(self, work).with_progress(tr("正在导出…"), cancellable=False).success(done).run()
        return self.export_op


def default_city_db() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("zgsz-desktop", appauthor=False)) / "nantong.zgszcity"
