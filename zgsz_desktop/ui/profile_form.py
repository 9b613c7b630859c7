"""The enterprise profile form with live validation (the core decides what is valid)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..targets import plan_targets
from ..workspace.profile import SCALES, check_profile, industries

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6b7a;"


class ProfileForm(QWidget):
    """Emits ``validity_changed(bool)`` as the user types; :meth:`values` gives the data to save."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("与营业执照上的名称一致"))
        self.uscc = QLineEdit(self)
        self.uscc.setPlaceholderText(self.tr("18位，见营业执照"))
        self.uscc.setMaxLength(24)
        self.district = QComboBox(self)
        self.district.addItem(self.tr("请选择"), None)
        for name in plan_targets().districts:
            self.district.addItem(name, name)
        self.industry = QComboBox(self)
        self.industry.addItem(self.tr("请选择（国民经济行业分类 制造业大类）"), None)
        for code, name in industries().items():
            self.industry.addItem(f"{code} {name}", code)
        self.scale = QComboBox(self)
        self.scale.addItem(self.tr("请选择"), None)
        for scale in SCALES:
            self.scale.addItem(scale, scale)
        self.contact = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("手机号，或带区号的固定电话，如 0513-88861234"))
        self.key_enterprise = QCheckBox(self.tr("本企业是地区工信部门确定的重点企业"), self)

        self._messages: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setVerticalSpacing(4)
        for key, label, widget in (
            ("name", self.tr("企业名称"), self.name),
            ("uscc", self.tr("统一社会信用代码"), self.uscc),
            ("district", self.tr("所属地区"), self.district),
            ("industry_code", self.tr("所属行业"), self.industry),
            ("scale", self.tr("企业规模"), self.scale),
            ("contact", self.tr("联系人"), self.contact),
            ("phone", self.tr("联系电话"), self.phone),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            message = QLabel(self)
            message.setObjectName(f"message_{key}")
            message.setWordWrap(True)
            message.setStyleSheet(ERROR_STYLE)
            message.hide()
            box.addWidget(message)
            self._messages[key] = message
            form.addRow(label, box)
        form.addRow("", self.key_enterprise)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        hint = QLabel(self.tr("统一社会信用代码会按国家标准 GB 32100-2015 自动校验最后一位校验码；"
                              "所属地区和行业用于区县工信部门汇总。"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)

        self._touched: set[str] = set()
        for key, widget in (("name", self.name), ("uscc", self.uscc), ("contact", self.contact),
                            ("phone", self.phone)):
            widget.textEdited.connect(lambda _text, k=key: self._touch(k))
        for key, combo in (("district", self.district), ("industry_code", self.industry), ("scale", self.scale)):
            combo.currentIndexChanged.connect(lambda _i, k=key: self._touch(k))
        self.key_enterprise.toggled.connect(lambda _checked: self._refresh())

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(), "uscc": self.uscc.text(), "district": self.district.currentData(),
            "industry_code": self.industry.currentData() or "", "scale": self.scale.currentData(),
            "contact": self.contact.text(), "phone": self.phone.text(),
            "key_enterprise": self.key_enterprise.isChecked(),
        }

    def set_values(self, data: dict[str, Any]) -> None:
        self.name.setText(data.get("name", ""))
        self.uscc.setText(data.get("uscc", ""))
        for combo, key in ((self.district, "district"), (self.industry, "industry_code"), (self.scale, "scale")):
            index = combo.findData(data.get(key))
            combo.setCurrentIndex(max(index, 0))
        self.contact.setText(data.get("contact", ""))
        self.phone.setText(data.get("phone", ""))
        self.key_enterprise.setChecked(bool(data.get("key_enterprise")))
        self._touched = set(self._messages)
        self._refresh()

    def problems(self) -> dict[str, str]:
        return check_profile(self.values())

    def is_valid(self) -> bool:
        return not self.problems()

    def show_all_problems(self) -> None:
        self._touched = set(self._messages)
        self._refresh()

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self._refresh()

    def _refresh(self) -> None:
        problems = self.problems()
        for key, label in self._messages.items():
            text = problems.get(key, "") if key in self._touched else ""
            label.setText(text)
            label.setVisible(bool(text))
        self.validity_changed.emit(not problems)
