"""受理 / 退回修改… / 生成回执… for the enterprise page and the window (issue #17): each decision and each batch of
receipt files is written through an Op on the session's worker connection (the Op announces the change, so the
table's 受理状态 and the detail's history are rebuilt); the page shows the outcome in its message line.

The clerk's name and contact are remembered in QSettings (``review_dialog.CLERK_KEY``): accepting asks for the name
only the first time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ...errors import UserError
from ..errors import show_error
from ..i18n import content, period, said
from ..ops import Changed, Op
from .common import MUTED, shown, tr
from .review_dialog import CLERK_KEY, CONTACT_KEY, ReviewDialog, answer_words

RECEIPT_FOLDER_KEY = "district/receipt_folder"
INDENTED = "<span style='color:{colour}'>&#12288;{text}</span>"  # markup, nothing to translate


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def submission_period(row: Any) -> str:
    return str(row.core_period or row.miit_period or "")


class ReceiptActions(QObject):
    """``said(text, ok)``: the page's message line; ``folder_written(path)`` after receipts are written."""

    said = Signal(str, bool)
    folder_written = Signal(object)

    def __init__(self, session: Any, settings: QSettings, parent: QWidget):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.widget = parent
        self.task: Op[Any] | None = None
        self.dialog: ReviewDialog | None = None
        self.last_folder: Path | None = None

    # ------------------------------------------------------------------ decisions

    def record(self, row: Any, status: str, reasons: list[Any], note: str, clerk: str, contact: str) -> Op[Any]:
        session, uscc, period_ = self.session, row.uscc, submission_period(row)

        def work(_progress: Any, _cancelled: Any) -> Any:
            from ...district.receipts import record_review

            with session.worker_db() as db:
                return record_review(db, session.identity, uscc, period_, status, reasons=reasons, note=note,
                                     clerk=clerk, contact=contact, now=now())

        def done(_reviews: Any) -> None:
            text = tr("已受理 {name} {period} 的报送。") if status == "accepted" else \
                tr("已退回 {name} {period} 的报送（{n} 条理由）。")
            self.said.emit(text.replace("{name}", shown(row.name, 40)).replace("{period}", shown(period(period_)))
                           .replace("{n}", str(len(reasons) or 1)) + tr("点“生成回执…”写出回执文件发给企业。"), True)

        self.task = Op(self.widget, work, changes=Changed.district("reviews", about=session.path)) \
            .success(done).failure(self.failed).run()
        return self.task

    def accept(self, row: Any) -> Op[Any] | None:
        if row is None or not submission_period(row):
            return None
        clerk = str(self.settings.value(CLERK_KEY, "") or "")
        if not clerk:
            clerk, ok = QInputDialog.getText(self.widget, tr("受理"), tr("经办人姓名（写入回执，企业据此联系）："))
            if not ok or not clerk.strip():
                return None
            self.settings.setValue(CLERK_KEY, clerk.strip())
        return self.record(row, "accepted", [], "", clerk, str(self.settings.value(CONTACT_KEY, "") or ""))

    def open_return(self, row: Any) -> ReviewDialog | None:
        """退回修改…: the dialog, opened (not exec'd: tests drive it); on OK the decision is recorded."""
        if row is None or not submission_period(row):
            return None
        from ...district.receipts import package_questions, suggested_reasons

        db, period_ = self.session.db, submission_period(row)
        try:
            suggestions = suggested_reasons(db, row.uscc, period_)
        except Exception:  # the findings are a help: a failure must not stop the return
            suggestions = []
        dialog = ReviewDialog(row.name, shown(period(period_)), package_questions(db, row.uscc, period_),
                              suggestions, self.settings, self.widget)
        dialog.accepted.connect(lambda: self.record(row, "returned", dialog.reasons(), dialog.note.toPlainText(),
                                                    dialog.clerk.text(), dialog.contact.text()))
        self.dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ receipt files

    def choose_folder(self) -> Op[Any] | None:
        folder = QFileDialog.getExistingDirectory(self.widget, tr("选择保存回执的文件夹"),
                                                  str(self.settings.value(RECEIPT_FOLDER_KEY, "") or ""))
        return self.write(Path(folder)) if folder else None

    def write(self, folder: Path, then: Callable[[list[Path]], Any] | None = None) -> Op[Any]:
        """Every decided, not yet receipted submission: one file per enterprise, written on a pool thread."""
        if self.task is not None and self.task.running:
            return self.task
        self.settings.setValue(RECEIPT_FOLDER_KEY, str(folder))
        session = self.session

        def work(progress: Any, _cancelled: Any) -> list[Path]:
            from ...district.receipt_files import write_receipts

            with session.worker_db() as db:
                return write_receipts(db, session.identity, folder, now(), progress=progress)

        def done(paths: list[Path]) -> None:
            if not paths:
                self.said.emit(tr("没有需要生成回执的决定：已受理或退回的报送都已生成过回执。"), True)
            else:
                self.last_folder = folder
                self.said.emit(tr("已生成 {n} 份回执，保存在 {folder}。文件夹中的区县文件（.zgszkey）可一并发给企业，"
                                  "用于核对回执。").replace("{n}", str(len(paths)))
                               .replace("{folder}", shown(folder, None)), True)
                self.folder_written.emit(folder)
            if then is not None:
                then(paths)

        self.task = Op(self.widget, work, changes=Changed.district("receipts", about=session.path)) \
            .with_progress(tr("正在生成回执…"), title=tr("生成回执")) \
            .success(done).failure(self.failed).run()
        return self.task

    def failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, UserError):
            self.said.emit(shown(said(exc), None), False)
            return
        show_error(self.widget, exc, details)


def muted_line(text: str) -> str:
    """An indented grey line of the detail (rich text)."""
    return INDENTED.format(colour=MUTED, text=text)


def history_lines(db: Any, row: Any, e: Callable[[object], str]) -> list[str]:
    """The detail's 受理与回执 block: each package of the year's submission, every decision on it (who, when, the
    status and its own reasons, in local time: a return later replaced by an acceptance keeps both) and what it
    changed."""
    from ...district.receipt_history import history
    from ...workspace.receipts import reason_place

    period_ = submission_period(row)
    if not period_ or db is None:  # no database open (a page shown before one is): nothing to tell
        return []
    try:
        entries = history(db, row.uscc, period_)
    except Exception:  # a database from before receipts, or edited: the figures still show
        return []
    lines = ["", tr("<b>受理与回执</b>（{period}）").format(period=e(period(period_)))]
    for entry in entries[-4:]:
        current = tr("（当前）") if entry.current else ""
        lines.append(tr("{title}{current}：{decision}").format(title=e(said(entry.title)), current=current,
                                                              decision=e(said(entry.status_text))))
        for change in (entry.changes or [])[:3]:
            # the question and the answers as the core wrote them, in Chinese: shown in the interface language
            # (content() leaves a text it has no translation for as it is)
            old, new = (answer_words(change.questionnaire_id, change.question_id, text)
                        for text in (change.old, change.new))
            lines.append(muted_line(tr("{question}：{old} → {new}").format(
                question=e(content(change.question_text)), old=e(old), new=e(new))))
        for review in entry.reviews[-4:]:  # every decision, oldest first, each followed by its own reasons
            lines.append(muted_line(e(said(entry.review_text(review)))))
            for reason in review.decision.reasons[:3]:
                place = reason_place(reason.questionnaire, reason.question, reason.question_text)
                where = content(place) if place else tr("整体意见")
                lines.append(muted_line("&#12288;" + tr("退回理由 · {question}：{reason}").format(
                    question=e(where), reason=e(reason.reason))))
            if review.decision.note:
                lines.append(muted_line("&#12288;" + tr("整体意见：{note}").format(note=e(review.decision.note))))
    return lines
