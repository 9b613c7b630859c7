"""Home: the enterprise card and the assessments by period, with what can be done next."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..questionnaire.loader import shipped_questionnaires
from ..text import local_time
from .errors import show_error


class AssessmentsModel(QAbstractTableModel):
    """Assessments (newest period first): 评估期, 问卷, 状态, 完成度; raw values under the sort role."""

    HEADERS = ("评估期", "问卷", "版本", "状态", "完成度", "最后修改")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QApplication_translate(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.rows[index.row()]
        a = summary.assessment
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            version = a.questionnaire_version + ("（有新版本）" if summary.newer_version else "")
            return (a.period, summary.title, version, a.status_label, f"{summary.completion * 100:.0f}%",
                    local_time(a.updated_at))[column]
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        return None


def QApplication_translate(text: str) -> str:
    from PySide6.QtWidgets import QApplication

    return QApplication.translate("AssessmentsModel", text)


class NewAssessmentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建评估"))
        self.questionnaire = QComboBox(self)
        for q in shipped_questionnaires():
            self.questionnaire.addItem(f"{q.title}（{q.version}）", q.id)
        self.period = QLineEdit(f"{date.today().year}年度", self)
        self.period.setToolTip(self.tr("如“2024年度”“2024年上半年”“2024年第1季度”"))
        self.from_previous = QCheckBox(self.tr("以上期为基础（带入上一期同类评估的答案，再逐项修改）"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("问卷"), self.questionnaire)
        form.addRow(self.tr("评估期"), self.period)
        form.addRow("", self.from_previous)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class HomePage(QWidget):
    open_assessment = Signal(int)
    open_results = Signal(int)
    export_assessment = Signal(int)
    edit_profile = Signal()

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.card = QFrame(self)
        self.card.setObjectName("enterprise_card")
        self.card.setStyleSheet("#enterprise_card { background: #f4f6f8; border-radius: 8px; }")
        card_layout = QHBoxLayout(self.card)
        self.card_text = QLabel(self.card)
        self.card_text.setTextFormat(Qt.TextFormat.RichText)
        card_layout.addWidget(self.card_text, 1)
        edit = QPushButton(self.tr("修改企业信息"), self.card)
        edit.clicked.connect(self.edit_profile.emit)
        card_layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.card)

        heading = QLabel(f"<span style='font-size:14pt'>{self.tr('评估记录')}</span>", self)
        layout.addWidget(heading)
        self.model = AssessmentsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("assessments")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda _index: self._with_selected(self.open_assessment.emit))
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("还没有评估。点击“新建评估”开始：每个答案填写后立即保存，"
                                    "可以随时中断、下次接着填。"), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6b7a;")
        layout.addWidget(self.empty)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新建评估…"), self)
        self.continue_button = QPushButton(self.tr("继续填写"), self)
        self.results_button = QPushButton(self.tr("查看结果"), self)
        self.export_button = QPushButton(self.tr("导出报告包…"), self)
        self.delete_button = QPushButton(self.tr("删除…"), self)
        for button in (self.new_button, self.continue_button, self.results_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_assessment)
        self.continue_button.clicked.connect(lambda: self._with_selected(self.open_assessment.emit))
        self.results_button.clicked.connect(lambda: self._with_selected(self.open_results.emit))
        self.export_button.clicked.connect(lambda: self._with_selected(self.export_assessment.emit))
        self.delete_button.clicked.connect(lambda: self._with_selected(self.delete_assessment))
        self.refresh()

    def refresh(self) -> None:
        profile = self.workspace.profile()
        if profile is not None:
            key = self.workspace.signing_key()
            self.card_text.setText(
                f"<span style='font-size:15pt'><b>{profile.name}</b></span><br>"
                f"{self.tr('统一社会信用代码')} {profile.uscc}　·　{profile.district}　·　"
                f"{profile.industry_code} {profile.industry_name}　·　{profile.scale}"
                f"{'　·　' + self.tr('重点企业') if profile.key_enterprise else ''}<br>"
                f"<span style='color:#5f6b7a'>{self.tr('联系人')} {profile.contact}　{profile.phone}"
                f"{'　·　' + self.tr('签名密钥指纹') + ' ' + key.key_id if key else ''}</span>")
        self.model.set_rows(self.workspace.assessments())
        has_rows = bool(self.model.rows)
        self.empty.setVisible(not has_rows)
        for button in (self.continue_button, self.results_button, self.export_button, self.delete_button):
            button.setEnabled(has_rows)
        if has_rows and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(rows[0], Qt.ItemDataRole.UserRole)

    def _with_selected(self, action: Any) -> None:
        assessment_id = self.selected_id()
        if assessment_id is None:
            QMessageBox.information(self, self.tr("请选择"), self.tr("请先在列表中选择一个评估"))
            return
        action(assessment_id)

    def new_assessment(self) -> None:
        dialog = NewAssessmentDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start(dialog.questionnaire.currentData(), dialog.period.text(), dialog.from_previous.isChecked())

    def start(self, questionnaire_id: str, period: str, from_previous: bool) -> None:
        try:
            assessment = self.workspace.start_assessment(questionnaire_id, period, from_previous=from_previous)
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.open_assessment.emit(assessment.id)

    def delete_assessment(self, assessment_id: int) -> None:
        assessment = self.workspace.assessment(assessment_id)
        title = self.workspace.questionnaire_for(assessment).title
        text, ok = QInputDialog.getText(
            self, self.tr("删除评估"),
            self.tr("将删除“{title}”{period}的评估，答案不可恢复（修改记录和导出记录会保留）。\n"
                    "确认删除请输入评估期：{period}").replace("{title}", title).replace("{period}", assessment.period))
        if not ok:
            return
        try:
            self.workspace.delete_assessment(assessment_id, confirm=text)
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
