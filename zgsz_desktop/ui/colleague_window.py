"""The colleague's window (分工填报): a module file opened in their own copy of the app. A banner says who sent
which modules and what to do; the questionnaire page shows only those modules (every answer saved at once, in
the colleague's private copy under the data folder); 交回答卷 writes the file to hand back. UI thread only.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..text import local_time, visible
from ..workspace import handoff
from .errors import show_error
from .i18n import content, tr
from .i18n import period as period_text
from .questionnaire_page import QuestionnairePage


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def choose_return_path(parent: QWidget | None, suggested: str) -> str:
    """Where to save the returned answers file (modal; tests replace it)."""
    path, _ = QFileDialog.getSaveFileName(parent, tr("保存交回答卷"), suggested, tr("交回答卷 (*.zgszback)"))
    return path


class ColleagueWindow(QMainWindow):
    """One handoff being filled in. Owns the colleague copy's workspace and closes it with the window.
    ``returned`` (the file written) after each 交回答卷."""

    returned = Signal(object)

    def __init__(self, copy: handoff.ColleagueCopy, parent: QWidget | None = None):
        super().__init__(parent)
        self.copy = copy
        self.workspace = copy.workspace
        self.handoff = copy.handoff
        self.settings = None  # the page's panel state is not remembered for a copy
        self._closed = False
        h = self.handoff
        self.setWindowTitle(tr("分工填报 · {sender}").format(sender=visible(h.sender_name, 60)))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 4)

        banner = QFrame(body)
        banner.setObjectName("handoff_banner")
        banner.setStyleSheet("QFrame#handoff_banner { background: #eef3f8; border: 1px solid #c9d7e6;"
                             " border-radius: 6px; }")
        row = QHBoxLayout(banner)
        row.setContentsMargins(12, 8, 12, 8)
        text = tr("<b>{sender}</b> 于 {when} 请您填写<b>{period}</b>的：{modules}。<br>"
                  "每个答案填写后立即保存在本机；填好后点“交回答卷”，把生成的文件交回给对方。").format(
            sender=escape(visible(h.sender_name, 60)), when=local_time(h.created_at),
            period=escape(period_text(h.period)),
            modules=tr("、").join(f"<b>{escape(content(m.title))}</b>" for m in h.modules))
        self.banner_text = QLabel(text, banner)
        self.banner_text.setObjectName("banner_text")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.banner_text, 1)
        row.addWidget(QLabel(tr("填写人"), banner))
        self.filler = QLineEdit(handoff.filler(self.workspace) or h.assignee, banner)
        self.filler.setObjectName("filler")
        self.filler.setMaximumWidth(160)
        self.filler.setToolTip(tr("交回答卷上注明的填写人姓名"))
        self.filler.editingFinished.connect(self.save_filler)
        row.addWidget(self.filler)
        self.return_button = QPushButton(tr("交回答卷…"), banner)
        self.return_button.setObjectName("hand_back")
        self.return_button.setDefault(True)
        self.return_button.clicked.connect(lambda: self.hand_back())
        row.addWidget(self.return_button)
        layout.addWidget(banner)

        self.page = QuestionnairePage(self.workspace, h.period, self, modules=[m.key for m in h.modules])
        self.page.hand_back.connect(lambda: self.hand_back())
        # answers saved here since the last 交回答卷: closing then reminds (they are kept, but not yet sent back)
        self.unreturned_changes = False
        self.page.changed.connect(self._answer_changed)
        layout.addWidget(self.page, 1)
        self.status = QLabel(body)
        self.status.setObjectName("return_status")
        self.status.setStyleSheet("color: #1f6f43;")
        layout.addWidget(self.status)
        self.setCentralWidget(body)
        self.resize(1200, 800)

    def save_filler(self) -> bool:
        if self._closed:  # the name field loses the focus as the window closes: nothing more to save
            return False
        try:
            name = handoff.set_filler(self.workspace, self.filler.text(), _now())
        except UserError as exc:
            show_error(self, exc)
            return False
        if name != self.filler.text():
            self.filler.setText(name)
        return True

    def hand_back(self, path: str | None = None) -> Path | None:
        """交回答卷: save what is typed, ask where (unless given), write the file."""
        self.page.flush()
        if not self.save_filler():
            return None
        suggested = str(Path.home() / f"{self.filler.text().strip()}-{period_text(self.handoff.period)}"
                                      f"{handoff.RETURN_SUFFIX}")
        chosen = path or choose_return_path(self, suggested)
        if not chosen:
            return None
        target = Path(chosen if chosen.endswith(handoff.RETURN_SUFFIX) else chosen + handoff.RETURN_SUFFIX)
        try:
            written = handoff.write_return(self.workspace, self.handoff, target, _now())
        except (UserError, OSError) as exc:
            show_error(self, exc if isinstance(exc, UserError) else UserError(str(exc)))
            return None
        contact = str(self.handoff.sender.get("contact") or "").strip()
        if contact:
            done = tr("已写出 {file}，请把它交给{sender}的{contact}。"
                      "之后如有修改，可再次交回，对方合并时只看到新的改动。")
        else:
            done = tr("已写出 {file}，请把它交给{sender}的分工人。之后如有修改，可再次交回，对方合并时只看到新的改动。")
        self.status.setText(done.format(file=str(written), sender=visible(self.handoff.sender_name, 60),
                                        contact=visible(contact, 20)))
        self.unreturned_changes = False
        self.returned.emit(written)
        return written

    def _answer_changed(self) -> None:
        self.unreturned_changes = True

    def ask_before_closing(self) -> str:
        """With answers not yet handed back: 交回答卷 now, close anyway (they stay saved here; reopening the module
        file continues), or stay. Returns "return", "later" or "stay"."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("还没有交回答卷"),
                          tr("您填写的答案已保存在本机，但还没有交回给对方。现在交回答卷吗？"
                             "（以后再次打开这个分工文件，可以接着填写并交回。）"), parent=self)
        send = box.addButton(tr("交回答卷…"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(tr("以后再交"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("继续填写"), QMessageBox.ButtonRole.RejectRole)
        self.close_box = box
        box.exec()
        clicked = box.clickedButton()
        return "return" if clicked is send else "later" if clicked is later else "stay"

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.page.confirm_leave(self):
            event.ignore()
            return
        if self.unreturned_changes and not self._closed:
            self.page.flush()
            choice = self.ask_before_closing()
            if choice == "stay" or (choice == "return" and self.hand_back() is None):
                event.ignore()
                return
        self._closed = True
        self.page.close_page()
        self.workspace.close()
        super().closeEvent(event)


def default_data_dir() -> Path:
    """Where colleague copies live: beside the workspace folder (``…/zgsz_desktop/handoffs/<id>``)."""
    from ..workspace import resolve_workspace_dir

    return resolve_workspace_dir(None).parent


def open_handoff_file(path: str | Path, parent: QWidget | None = None, *, data_dir: Path | None = None
                      ) -> Any:
    """Open a module file (.zgszfill) in its colleague window, shown; None (after saying why) when it cannot be
    opened. The main window calls this for a file given on the command line or chosen in the File menu."""
    try:
        copy = handoff.open_handoff(Path(path), data_dir or default_data_dir())
    except UserError as exc:
        show_error(parent, exc)
        return None
    window = ColleagueWindow(copy, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
