"""The built-in guide (使用指南): the four steps of a submission in plain words.

Shown once as a page right after the enterprise profile is first saved, and at any time from 帮助 → 使用指南
(as a dialog). Whether it was seen is remembered in QSettings (UI state, not results).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal  # not Qt: see primary()
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .styles import PRIMARY_STYLE

GUIDE_SEEN_KEY = "ui/guide_seen"
MUTED = "#5f6b7a"
ACCENT = "#1f5fa8"


def primary(button: QPushButton) -> QPushButton:
    """Style ``button`` as the one main action of its screen (used by every enterprise page)."""
    # Qt's namespace is imported where it is used: the home page imports this module before its first paint,
    # and building that namespace costs ~20 ms (issue #16); the home page sets the cursor itself after its paint.
    from PySide6.QtCore import Qt

    button.setStyleSheet(PRIMARY_STYLE)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def steps() -> list[tuple[str, str]]:
    """(title, what it means) of each step, in order."""
    from .i18n import tr

    return [
        (tr("填写"), tr("每个评估期（如 2025年度）一次报送，包括区县要求的全部问卷。每个答案填写后立即保存，"
                       "可以随时离开，下次在首页点“继续填写”回到原处。")),
        (tr("检查"), tr("填完后点“检查并完成”：软件列出还没填的必答题和前后矛盾的答案，点一下就跳到该题。"
                       "红色“矛盾”必须改正；黄色“请核对”可以保留，会写入报告。全部通过后点“完成”。")),
        (tr("导出"), tr("点“导出报告包…”，选择区县文件（.zgszkey，区县工信部门提供，只有他们能打开您的报告包），"
                       "输入密钥密码（首次导出时设置，保护本机保存的企业签名密钥，每次导出都要输入，请牢记）。"
                       "软件生成一个报告包（.zgsz，加密文件）和一份 PDF 报告。")),
        (tr("交给区县"), tr("打印 PDF，签字并加盖公章，连同报告包（U 盘、电子邮件等）一起交给所属区县工信部门。"
                           "PDF 上印有核验码，区县用它核对纸质报告和报告包是否一致。")),
        (tr("下一期"), tr("新建下一期报送时可选“以上期为基础”，只改有变化的答案。全部数据只保存在本机，"
                         "请定期用“文件 → 备份工作区”备份。")),
    ]


class GuideView(QWidget):
    """The steps as numbered blocks (no buttons: the page and the dialog add their own)."""

    def __init__(self, parent: QWidget | None = None):
        from PySide6.QtCore import Qt  # see primary()

        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        heading = self.tr("使用指南：从填写到交给区县")  # not inside the f-string: lupdate would not see it
        title = QLabel(f"<span style='font-size:18pt'>{heading}</span>", self)
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(self.tr("一次报送 = 一个评估期的全部问卷，最后导出成一个报告包交给区县工信部门。"), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(intro)
        for number, (name, text) in enumerate(steps(), start=1):
            block = QFrame(self)
            block.setObjectName("guide_step")
            block.setStyleSheet("#guide_step { background: #f4f6f8; border-radius: 8px; }")
            row = QHBoxLayout(block)
            row.setContentsMargins(12, 10, 12, 10)
            badge = QLabel(str(number), block)
            badge.setFixedSize(30, 30)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setStyleSheet(f"background: {ACCENT}; color: white; border-radius: 15px; font-weight: bold;")
            row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel(f"<b>{name}</b><br>{text}", block)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(block)
        layout.addStretch(1)


def _scrolled(view: QWidget, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(view)
    return scroll


class GuidePage(QWidget):
    """First use: the guide full-window, then ``done`` (to the home page)."""

    done = Signal()

    def __init__(self, settings: Any, parent: QWidget | None = None):
        super().__init__(parent)
        settings.setValue(GUIDE_SEEN_KEY, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        self.view = GuideView()
        layout.addWidget(_scrolled(self.view, self), 1)
        note = QLabel(self.tr("以后可在“帮助 → 使用指南”中再次查看。"), self)
        note.setStyleSheet(f"color: {MUTED};")
        row = QHBoxLayout()
        row.addWidget(note, 1)
        self.start_button = primary(QPushButton(self.tr("开始使用"), self))
        self.start_button.setObjectName("guide_start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.done.emit)
        row.addWidget(self.start_button)
        layout.addLayout(row)


class GuideDialog(QDialog):
    """帮助 → 使用指南."""

    def __init__(self, settings: Any, parent: QWidget | None = None):
        super().__init__(parent)
        settings.setValue(GUIDE_SEEN_KEY, True)
        self.setWindowTitle(self.tr("使用指南"))
        self.resize(680, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolled(GuideView(), self), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def guide_seen(settings: Any) -> bool:
    value = settings.value(GUIDE_SEEN_KEY, False)
    return value is True or str(value).lower() == "true"
