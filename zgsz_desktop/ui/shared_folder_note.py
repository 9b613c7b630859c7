"""The warning shown when the workspace or the district database sits in a network or synced folder
(``zgsz_desktop/shared_folders.py``): a line in the status bar that stays while the file is open, and a question
before such a folder is chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from ..shared_folders import NETWORK, SharedFolder, shared_folder
from .i18n import tr

WARN = "#a15c00"


def risk_text(found: SharedFolder, district: bool = False) -> str:
    """What the risk is and what to do, in one paragraph."""
    if found.kind == NETWORK:
        text = (tr("区县数据库在网络文件夹中（{name}）：网络断开或两台电脑同时打开时，数据库可能损坏。"
                   "请把数据库放在本机磁盘上，定期把副本复制到网络文件夹。") if district else
                tr("工作区在网络文件夹中（{name}）：网络断开或两台电脑同时打开时，数据库可能损坏。"
                   "请把工作区放在本机磁盘上，用“文件 → 备份工作区”把备份存到网络文件夹。"))
    else:
        text = (tr("区县数据库在同步文件夹中（{name}）：同步软件在写入时复制数据库，可能留下冲突副本或损坏的文件。"
                   "请把数据库放在不同步的本机文件夹，定期把副本复制到同步文件夹。") if district else
                tr("工作区在同步文件夹中（{name}）：同步软件在写入时复制数据库，可能留下冲突副本或损坏的文件。"
                   "请把工作区放在不同步的本机文件夹，用“文件 → 备份工作区”把备份放进同步文件夹。"))
    return text.format(name=found.name)


def show_in_status_bar(window: QMainWindow, path: Path, district: bool = False) -> QLabel | None:
    """A lasting warning in ``window``'s status bar when ``path`` is in a shared folder (replacing an earlier
    one); None, and no warning, on a local disk."""
    old = window.findChild(QLabel, "shared_folder_warning")
    if old is not None:
        window.statusBar().removeWidget(old)
        old.deleteLater()
    found = shared_folder(path)
    if found is None:
        return None
    label = QLabel(tr("⚠ 不宜存放数据的文件夹"), window)
    label.setObjectName("shared_folder_warning")
    label.setStyleSheet(f"color: {WARN}; font-weight: bold;")
    label.setToolTip(risk_text(found, district))
    window.statusBar().addPermanentWidget(label)
    return label


def confirm_folder(parent: QWidget, path: Path, district: bool = False) -> bool:
    """Before a shared folder is chosen: say the risk and let the user go back (the default) or go on."""
    found = shared_folder(path)
    if found is None:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, tr("不宜存放数据的文件夹"), risk_text(found, district),
                      QMessageBox.StandardButton.Cancel, parent)
    go_on = box.addButton(tr("仍然使用这个文件夹"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go_on
