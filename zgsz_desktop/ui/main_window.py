"""Main window. For now it shows what is installed and which parts are coming (issues 3–8)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from .. import APP_NAME, __version__


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("智改数转企业自评估"))
        self.resize(880, 600)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)

        title = QLabel(self.tr("智改数转企业自评估"), central)
        title.setObjectName("title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        intro = QLabel(self.tr(
            "对照《南通市制造业智能化改造和数字化转型三年行动计划（2022—2024年）》，"
            "离线自评关键工序数控化率、经营管理数字化普及率、数字化研发设计工具普及率和星级上云情况，"
            "并生成可报送区县工信部门的加密报告包。"), central)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        layout.addWidget(QLabel(self.tr("已安装的问卷："), central))
        self.questionnaire_list = QListWidget(central)
        self.questionnaire_list.setObjectName("questionnaires")
        self.questionnaire_list.setWordWrap(True)
        layout.addWidget(self.questionnaire_list, 1)

        coming = QLabel(self.tr(
            "正在建设中：企业档案与评估记录、问卷填写（随填随存）、结果与图表、PDF报告、"
            "加密报告包导出，以及区县工信部门的导入与汇总工作台。"
            "目前可使用命令行 zgsz 计分：zgsz demo --out 示例"), central)
        coming.setObjectName("coming")
        coming.setWordWrap(True)
        layout.addWidget(coming)

        version = QLabel(f"{APP_NAME} {__version__}", central)
        version.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(version)
        self.setCentralWidget(central)
        # Definitions load after the window is shown, so start-up stays as fast as an empty window.
        QTimer.singleShot(0, self.load_questionnaires)

    def load_questionnaires(self) -> None:
        from ..questionnaire.loader import DefinitionError, shipped_questionnaires

        self.questionnaire_list.clear()
        try:
            questionnaires = shipped_questionnaires()
        except DefinitionError as exc:
            self.questionnaire_list.addItem(self.tr("问卷定义有误：") + str(exc))
            return
        for q in questionnaires:
            modules = "、".join(m.title for m in q.modules)
            self.questionnaire_list.addItem(f"{q.title} · {self.tr('版本')} {q.version}\n    {modules}")
