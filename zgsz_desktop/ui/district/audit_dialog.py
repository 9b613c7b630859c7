"""The result of 核查数据库 (``district.audit.audit``): a headline (passed, N problems, cancelled), every
problem as one line of a list the operator can read, select and copy, the notes (limits of what could be
checked, not failures) apart, and 保存核查报告… writing the whole report — every problem, not only the
first screenful — to a text file for the file or for whoever looks into it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStringListModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import content
from .common import BAD, GOOD, MUTED, muted, sentences, shown, shown_lines, tr
from .log_status import log_status
from .session import EXPORT_FOLDER_KEY


def headline(report: Any) -> str:
    if report.cancelled:
        return tr("核查已取消")
    if report.ok:
        return tr("核查通过")
    return tr("核查发现 {n} 处问题").replace("{n}", str(len(report.problems)))


def summary(report: Any) -> str:
    """One or two sentences under the headline: what was checked, and what the headline means."""
    if report.cancelled:
        return tr("已重新处理 {n} 条日志记录后取消；未作任何结论，请重新核查。").replace("{n}", str(report.entries))
    done = tr("已用原始报告包、名单文件和导入日志重新建立数据库并逐项比对：{s} 个报告包，{e} 条日志记录。") \
        .replace("{s}", str(report.submissions)).replace("{e}", str(report.entries))
    if report.ok:
        return sentences(done, tr("数据库中的每一项都能由这些证据重新得出。"))
    return sentences(done, tr("下列各处与证据不符：数据库在本软件之外被改动过，或证据缺失。"
                              "改动前的数值以“按原始证据应为”为准；请保存核查报告，并查明是谁、何时改动了数据库。"))


def report_text(report: Any, *, district: str, database: Path | str, when: dt.datetime | None = None) -> str:
    """The whole report as plain text (every problem, numbered), as written by 保存核查报告…."""
    when = when or dt.datetime.now().astimezone()
    lines = [tr("区县数据库核查报告"), "",
             tr("区县：{district}").format(district=shown(content(district))),
             tr("数据库：{path}").format(path=shown(database, None)),
             tr("核查时间：{time}").format(time=when.strftime("%Y-%m-%d %H:%M")),
             tr("结果：{headline}").format(headline=headline(report)),
             summary(report)]
    log = getattr(report, "log", None)
    if log is not None:
        lines.append(log_status(log).sentence)
    if report.problems:
        lines += ["", tr("问题（{n} 处）").replace("{n}", str(len(report.problems)))]
        lines += [f"{i}. {shown_lines(problem)}" for i, problem in enumerate(report.problems, start=1)]
    if report.notes:
        lines += ["", tr("说明（核查的局限，不是问题）")]
        lines += [f"· {shown_lines(note)}" for note in report.notes]
    return "\n".join(lines) + "\n"


class AuditResultDialog(QDialog):
    def __init__(self, report: Any, *, district: str, database: Path, settings: QSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.district = district
        self.database = Path(database)
        self.settings = settings
        self.when = dt.datetime.now().astimezone()
        self.saved: Path | None = None
        self.setObjectName("audit_result")
        self.setWindowTitle(self.tr("核查数据库"))
        self.setMinimumSize(860, 480 if report.problems else 220)

        colour = MUTED if report.cancelled else (GOOD if report.ok else BAD)
        self.headline = QLabel(f"<span style='font-size:16pt; color:{colour}'><b>{headline(report)}</b></span>", self)
        self.headline.setObjectName("audit_headline")
        self.summary = QLabel(summary(report), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        log = getattr(report, "log", None)
        if log is not None:
            status = log_status(log)
            log_label = QLabel(("✓ " if status.colour == GOOD else "⚠ ") + status.sentence, self)
            log_label.setObjectName("audit_log")
            log_label.setWordWrap(True)
            log_label.setTextFormat(Qt.TextFormat.PlainText)
            log_label.setStyleSheet(f"color: {status.colour};")
            layout.addWidget(log_label)

        self.problems = QListView(self)
        self.problems.setObjectName("audit_problems")
        self.problem_model = QStringListModel([shown_lines(p) for p in report.problems], self)
        self.problems.setModel(self.problem_model)
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        self.problems.setUniformItemSizes(False)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSpacing(2)
        copy = QAction(self.tr("复制"), self.problems)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selected)
        self.problems.addAction(copy)
        self.problems.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        if report.problems:
            layout.addWidget(muted(self.tr("问题（{n} 处；可多选，Ctrl+C 复制）").replace(
                "{n}", str(len(report.problems))), self))
            layout.addWidget(self.problems, 1)
        else:
            self.problems.hide()

        self.notes = QLabel("\n".join(f"· {shown_lines(note)}" for note in report.notes), self)
        self.notes.setObjectName("audit_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setStyleSheet(f"color: {MUTED};")
        if report.notes:
            layout.addWidget(muted("<b>" + self.tr("说明（核查的局限，不是问题）") + "</b>", self))
            layout.addWidget(self.notes)
        else:
            self.notes.hide()
        if not report.problems:
            layout.addStretch(1)

        self.message = muted("", self)
        self.message.setObjectName("audit_saved")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("保存核查报告…"), self)
        self.save_button.setObjectName("save_audit")
        self.save_button.clicked.connect(self.choose_and_save)
        self.copy_button = QPushButton(self.tr("复制全部"), self)
        self.copy_button.setObjectName("copy_audit")
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text()))
        close = QPushButton(self.tr("关闭"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def text(self) -> str:
        return report_text(self.report, district=self.district, database=self.database, when=self.when)

    def copy_selected(self) -> None:
        rows = sorted(index.row() for index in self.problems.selectionModel().selectedIndexes())
        lines = self.problem_model.stringList()
        if rows:
            QGuiApplication.clipboard().setText("\n".join(lines[row] for row in rows))

    def default_path(self) -> Path:
        folder = str(self.settings.value(EXPORT_FOLDER_KEY, "") or "") if self.settings is not None else ""
        name = tr("{district}-核查报告-{time}.txt").format(district=shown(self.district, 40),
                                                        time=self.when.strftime("%Y%m%d-%H%M"))
        return Path(folder or Path.home()) / name

    def choose_and_save(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存核查报告"), str(self.default_path()),
                                              self.tr("文本文件 (*.txt);;所有文件 (*)"))
        return self.save(Path(path)) if path else None

    def save(self, path: Path) -> Path | None:
        """Write the whole report (UTF-8 with a byte-order mark and Windows line ends: 记事本 opens it as is)."""
        from ...errors import describe_os_error
        from ...fileio import write_bytes_atomic

        if path.suffix.lower() != ".txt":
            path = path.with_name(path.name + ".txt")
        try:
            write_bytes_atomic(path, self.text().replace("\n", "\r\n").encode("utf-8-sig"))
        except OSError as exc:
            self.message.setStyleSheet(f"color: {BAD};")
            self.message.setText(self.tr("无法保存：{error}").replace("{error}", describe_os_error(exc)))
            return None
        if self.settings is not None:
            self.settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
        self.saved = path
        self.message.setStyleSheet(f"color: {GOOD};")
        self.message.setText(self.tr("已保存：{path}").replace("{path}", shown(path, None)))
        return path
