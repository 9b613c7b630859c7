"""First run: choose the role, then fill in the enterprise profile (validated as it is typed).

保存 is never greyed out without a reason: it stays enabled, and a click with something missing or wrong marks
every such field red with its reason and names them next to the button (a reserved line: nothing moves)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..errors import UserError
from .errors import show_error
from .guide import primary
from .i18n import tr
from .profile_form import MessageLine, ProfileForm


class RoleChoice(QWidget):
    enterprise = Signal()
    district = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        welcome = self.tr("欢迎使用智改数转企业自评估")  # not inside the f-string: lupdate would not see it
        title = QLabel(f"<span style='font-size:20pt'>{welcome}</span>", self)
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "本软件帮助制造企业自评关键工序数控化率、经营管理数字化普及率、数字化研发设计工具普及率和星级上云情况，"
            "并按评估期对照当时的政策：2022—2024年对照《南通市制造业智能化改造和数字化转型三年行动计划（2022—2024年）》，"
            "2025年起对照江苏省和国家公布的目标（南通市新计划公布后随之更新）；"
            "完成中小企业数字化水平评测，并生成报送区县工信部门的加密报告包。全部数据保存在本机，无需联网。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(18)
        layout.addWidget(QLabel(self.tr("请选择您的身份："), self))
        row = QHBoxLayout()
        self.enterprise_button = QPushButton(self.tr("我是企业\n填写评估、导出报告包"), self)
        self.enterprise_button.setObjectName("role_enterprise")
        self.district_button = QPushButton(self.tr("我是区县工信部门\n导入、核验、汇总报告包"), self)
        self.district_button.setObjectName("role_district")
        for button in (self.enterprise_button, self.district_button):
            button.setMinimumHeight(90)
            row.addWidget(button)
        layout.addLayout(row)
        note = QLabel(self.tr("选择会被记住，下次启动直接打开；以后可在“文件”菜单中切换。"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b7a;")
        layout.addWidget(note)
        layout.addStretch(1)
        self.enterprise_button.clicked.connect(self.enterprise.emit)
        self.district_button.clicked.connect(self.district.emit)


class ProfilePage(QWidget):
    saved = Signal()
    cancelled = Signal()

    def __init__(self, workspace: Any, parent: QWidget | None = None, *, editing: bool = False):
        super().__init__(parent)
        self.workspace = workspace
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        heading = self.tr("修改企业信息") if editing else self.tr("填写企业信息")
        layout.addWidget(QLabel(f"<span style='font-size:16pt'>{heading}</span>", self))
        self.form = ProfileForm(self)
        layout.addWidget(self.form)
        buttons = QHBoxLayout()
        self.missing = MessageLine(self)  # "还需填写或改正：企业规模" after a 保存 that could not save
        self.missing.setObjectName("missing")
        self.missing.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons.addWidget(self.missing, 1)
        if editing:
            cancel = QPushButton(self.tr("取消"), self)
            cancel.clicked.connect(self.cancelled.emit)
            buttons.addWidget(cancel)
        self.save_button = primary(QPushButton(self.tr("保存"), self))
        self.save_button.setObjectName("save_profile")
        self.save_button.setDefault(True)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.form.validity_changed.connect(lambda _valid: self._say_missing())
        self._tried = False  # 保存 was clicked with something missing: the line next to it follows the fixes
        self.save_button.clicked.connect(self.save)
        profile = workspace.profile()
        if profile is not None:
            self.form.set_values(profile.to_dict())

    def _say_missing(self) -> None:
        labels = self.form.problem_labels() if self._tried else []
        text = self.tr("还需填写或改正：{fields}").format(fields=tr("、").join(labels)) if labels else ""
        self.missing.show_text(text)

    def save(self) -> None:
        if not self.form.is_valid():
            self._tried = True
            self.form.show_all_problems()  # every field missing or wrong turns red, with its reason
            self._say_missing()
            self.form.focus_first_problem()
            return
        try:
            self.workspace.set_profile(self.form.values())
        except UserError as exc:
            show_error(self, exc)
            return
        self.saved.emit()


class FirstRun(QStackedWidget):
    done = Signal()

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.roles = RoleChoice(self)
        self.profile = ProfilePage(workspace, self)
        self.addWidget(self.roles)
        self.addWidget(self.profile)
        self.roles.enterprise.connect(lambda: self.setCurrentWidget(self.profile))
        self.profile.saved.connect(self.done.emit)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
