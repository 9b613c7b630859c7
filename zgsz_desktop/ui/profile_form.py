"""The enterprise profile form with live validation (the core decides what is valid).

Nothing moves while the user types: every field has its message line reserved (one line, empty when the
field is fine); a field with a problem gets a red frame and the reason on that line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from .. import uscc
from ..targets import plan_targets
from ..workspace.profile import SCALES, check_profile, industries
from .i18n import QT_TR_NOOP, chinese_interface, content, tr

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6b7a;"
# The same frame for every field, valid or not, so marking one red changes no size.
FIELD_STYLE = """
QLineEdit, QComboBox { border: 1px solid #b8c0ca; border-radius: 3px; padding: 4px 6px; background: white; }
QLineEdit:focus, QComboBox:focus { border: 1px solid #1f5fa8; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 1px solid #b3261e; background: #fff6f5; }
"""
# A choice that was never made reads better as "请选择…" than as the list of every valid value.
CHOOSE = {"district": QT_TR_NOOP("请选择所属地区"), "industry_code": QT_TR_NOOP("请选择所属行业"),
          "scale": QT_TR_NOOP("请选择企业规模")}
# The enterprise sizes as stored (workspace.profile.SCALES), shown in the interface language.
SCALE_NAMES = (QT_TR_NOOP("规上"), QT_TR_NOOP("列规纳统小微"), QT_TR_NOOP("其他"))
# The core's messages (workspace.profile, uscc) that are always the same, shown in the interface language.
CORE_MESSAGES = (
    QT_TR_NOOP("请填写企业名称（与营业执照一致）"), QT_TR_NOOP("企业名称过长（最多100字）"),
    QT_TR_NOOP("行业应为国民经济行业分类（GB/T 4754-2017）制造业大类代码 13–43"), QT_TR_NOOP("请填写联系人"),
    QT_TR_NOOP("手机号码应为以1开头的11位数字"), QT_TR_NOOP("固定电话请带区号，如 0513-88861234"),
    QT_TR_NOOP("请填写统一社会信用代码（18位，见营业执照）。"), QT_TR_NOOP("第3至8位应为6位数字的行政区划码，请核对。"),
    QT_TR_NOOP("统一社会信用代码校验位不符（最后一位），可能有字符录入错误，请对照营业执照逐位核对。"),
)


def core_message(key: str, message: str, value: Any) -> str:
    """A problem the core found with field ``key`` (holding ``value``), in the interface language (Chinese: as
    the core said it)."""
    if chinese_interface() or message in CORE_MESSAGES:
        return tr(message)
    code = uscc.normalise(str(value or ""))
    if key == "uscc" and code and len(code) != uscc.LENGTH:
        return tr("统一社会信用代码应为18位，当前为{count}位，请对照营业执照核对。").format(count=len(code))
    if key == "uscc":
        for position, char in enumerate(code, start=1):
            if char not in uscc.CHARSET:
                return tr("第{position}位“{char}”不是统一社会信用代码允许的字符。").format(position=position, char=char)
    return message


class MessageLine(QLabel):
    """Reserved lines for the reason — one in Chinese, two in a longer language — shortened with "…" only when
    the window is too narrow even for those (the whole text in the tooltip). The height never depends on the
    text, so the form does not move while the user types."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self._lines = 1 if chinese_interface() else 2
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(self._lines > 1)
        metrics = self.fontMetrics()
        line = metrics.boundingRect("X").height()
        self.setFixedHeight((metrics.lineSpacing() if self._lines == 1 else line * self._lines) + 4)
        self.setMinimumWidth(1)

    def full_text(self) -> str:
        return self._full

    def show_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 40)
        if self._lines == 1:
            self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))
            return
        room = self._wrapped_height("X", width) * self._lines  # as tall as the lines the text would take
        text, low, high = self._full, 0, len(self._full)
        if self._wrapped_height(text, width) > room:  # the longest start of the text that fits, then "…"
            while low < high:
                middle = (low + high + 1) // 2
                if self._wrapped_height(self._full[:middle] + "…", width) <= room:
                    low = middle
                else:
                    high = middle - 1
            text = self._full[:low] + "…"
        self.setText(text)

    def _wrapped_height(self, text: str, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap.value)
        return self.fontMetrics().boundingRect(0, 0, width, 10_000, flags, text).height()


class ProfileForm(QWidget):
    """Emits ``validity_changed(bool)`` as the user types; :meth:`values` gives the data to save."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(FIELD_STYLE)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("与营业执照上的名称一致"))
        self.uscc = QLineEdit(self)
        self.uscc.setPlaceholderText(self.tr("18位，见营业执照"))
        self.uscc.setMaxLength(24)
        self.district = QComboBox(self)
        self.district.addItem(self.tr("请选择"), None)
        for name in plan_targets().districts:
            self.district.addItem(content(name), name)  # the name is what is stored
        self.industry = QComboBox(self)
        self.industry.addItem(self.tr("请选择（国民经济行业分类 制造业大类）"), None)
        for code, name in industries().items():
            self.industry.addItem(f"{code} {content(name)}", code)
        self.scale = QComboBox(self)
        self.scale.addItem(self.tr("请选择"), None)
        for scale in SCALES:
            self.scale.addItem(tr(scale), scale)
        self.contact = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("手机号，或带区号的固定电话，如 0513-88861234"))
        self.key_enterprise = QCheckBox(self.tr("本企业是地区工信部门确定的重点企业"), self)

        self._messages: dict[str, MessageLine] = {}
        self._fields: dict[str, QWidget] = {}
        self._labels: dict[str, str] = {}  # key → the field's label, in the form's order
        form = QFormLayout()
        form.setVerticalSpacing(2)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
            box.setSpacing(1)
            box.addWidget(widget)
            message = MessageLine(self)
            message.setObjectName(f"message_{key}")
            box.addWidget(message)
            self._messages[key] = message
            self._fields[key] = widget
            self._labels[key] = label
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
        values = self.values()
        problems = {key: core_message(key, text, values.get(key)) for key, text in check_profile(values).items()}
        for key, text in CHOOSE.items():
            if key in problems and not values.get(key):
                problems[key] = tr(text)
        return problems

    def is_valid(self) -> bool:
        return not self.problems()

    def message(self, key: str) -> str:
        """The reason shown under the field (empty when it is fine or not touched yet)."""
        return self._messages[key].full_text()

    def is_marked(self, key: str) -> bool:
        return self._fields[key].property("invalid") is True

    def show_all_problems(self) -> None:
        self._touched = set(self._messages)
        self._refresh()

    def problem_labels(self) -> list[str]:
        """The labels of the fields still missing or wrong, in the form's order (e.g. ["企业规模"])."""
        problems = self.problems()
        return [label for key, label in self._labels.items() if key in problems]

    def focus_first_problem(self) -> None:
        problems = self.problems()
        key = next((k for k in self._fields if k in problems), None)
        if key is not None:
            self._fields[key].setFocus(Qt.FocusReason.OtherFocusReason)

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self._refresh()

    def _refresh(self) -> None:
        problems = self.problems()
        for key, label in self._messages.items():
            text = problems.get(key, "") if key in self._touched else ""
            label.show_text(text)
            field = self._fields[key]
            if (field.property("invalid") is True) != bool(text):
                field.setProperty("invalid", bool(text))
                field.setAccessibleDescription(text)
                field.style().unpolish(field)  # re-read the [invalid="true"] rule
                field.style().polish(field)
        self.validity_changed.emit(not problems)
