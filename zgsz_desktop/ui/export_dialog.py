"""Export a submission: choose the district's file (remembered), give or create the key passphrase, then build
the one package and the one PDF in the background with progress and cancel, and say what to do next.

Every technical word comes with one sentence: 区县文件, 密钥密码, 报告包, 核验码. A submission that cannot be
exported yet is not simply refused: the dialog shows what is missing and offers the check page. One that
passes the check but was not marked complete is completed by the export itself (the core does it).

Recipient files shipped with the app (``build_installer.py --recipient``) are offered too: the one for the
enterprise's district is filled in when nothing was remembered, and several appear in a list to choose from.
A file chosen by hand works as before. A district file for another district, or the district's own private
key file, is said at once, in red, in words a manager understands.

A forgotten passphrase is not a dead end: 忘记密码？ explains what a new key means for the district (the
explanation is shared with 设置 → 更换密钥) and, once confirmed, asks for a new passphrase; the export then
replaces the key (``replace_signing_key``) before it signs.

The package and the PDF go to the folder chosen last time, else to 文档/智改数转报送 (created on export)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..keys import passphrase_problem
from ..package.export import (
    ExportCancelled,
    ExportResult,
    SubmissionNotReady,
    check_exportable,
    default_file_stem,
    ensure_signing_key,
    replace_signing_key,
)
from ..package.keys import (
    DISTRICT_KEY_FORMAT,
    DISTRICT_KEY_SUFFIX,
    MIN_PASSPHRASE,
    KeyProblem,
    Recipient,
    load_recipient,
    read_key_file,
)
from ..recipients import BundledRecipient, bundled_recipients, preferred_recipient
from ..workspace.submission import CHECK, HAND_IN
from . import i18n
from .check_page import blank_where, finding_text, parts_by_id, summary_text
from .dialogs import at_least, new_key_explanation
from .errors import show_error
from .guide import primary
from .home_page import FOLDER_KEY, PACKAGE_KEY, export_date
from .i18n import QT_TR_NOOP, content, error_text, tr
from .ops import Changed, Op

RECIPIENT_KEY = "export/recipient"
BAD, MUTED = "#b3261e", "#5f6b7a"
SHOWN_ITEMS = 5  # what is missing: the first few, then "还有 N 项"
SUBMISSION_FOLDER = QT_TR_NOOP("智改数转报送")  # the folder's name in the interface language
LINK_STYLE = ("QPushButton { color: #1f5fa8; border: none; padding: 0; text-align: left; }"
              " QPushButton:hover { text-decoration: underline; }")
# the passphrase fields: the first key, the key there is, or a new key for a forgotten passphrase
CREATE, EXISTING, REPLACE = "create", "existing", "replace"


def _help(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED};")
    return label


def default_folder() -> Path:
    """Where packages go when no folder was chosen yet: 文档/智改数转报送 (not the top of the home folder)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / tr(SUBMISSION_FOLDER)


def _is_district_private_key(path: Path) -> bool:
    if path.suffix.lower() == DISTRICT_KEY_SUFFIX:
        return True
    try:
        data = read_key_file(path, tr("区县文件"))
    except UserError:
        return False
    return isinstance(data, dict) and data.get("format") == DISTRICT_KEY_FORMAT


def read_recipient(path: Path) -> Recipient:
    """The district file at ``path``; a refusal says in the dialog's words what the file is instead."""
    try:
        return load_recipient(path)
    except UserError as exc:
        if _is_district_private_key(path):
            raise KeyProblem(QApplication.translate(
                "ExportDialog", "这是区县工信部门自己保管的私钥文件，不是发给企业的区县文件（.zgszkey）。"
                "请选择区县工信部门发给您的 .zgszkey 文件。")) from exc
        raise KeyProblem(error_text(exc)) from exc


def other_district(recipient: Recipient, district: str | None) -> str:
    """The sentence for a district file of another district ("" when it is the enterprise's own)."""
    if not district or recipient.district == district:
        return ""
    text = QApplication.translate("ExportDialog", "这份区县文件是{other}工信部门的，您的企业属于{own}："
                                  "请向{own}工信部门索取他们的区县文件（.zgszkey）。")
    return text.format(other=content(recipient.district), own=content(district))


def missing_lines(check: Any, titles: dict[str, str] | None = None, limit: int = SHOWN_ITEMS,
                  parts: Any = None) -> list[str]:
    """The first things left to do, one short line each (contradictions first: they are the surprise);
    ``parts`` (:func:`check_page.parts_by_id`) words the answers in another interface language."""
    lines = [tr("矛盾：{message}").format(message=finding_text(f, parts)) for f in check.errors]
    lines += [tr("不符合要求：{message}").format(message=p.message) for p in check.problems]
    lines += [tr("未开始：{title}").format(title=content((titles or {}).get(q, q)))
              for q in check.missing_questionnaires]
    lines += [tr("未填：{module} · {question}").format(module=content(b.module_title), question=blank_where(b, parts))
              for b in check.blanks]  # a table: which cells
    shown = lines[:limit]
    if len(lines) > limit:
        shown.append(tr("……还有 {count} 项").format(count=len(lines) - limit))
    return shown


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult
    open_check = Signal()  # "去检查页完成": the main window closes this dialog and opens the check page

    def __init__(self, workspace: Any, period: str, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.period = period
        self.settings = settings
        self.task: Op[Any] | None = None
        self.exported_result: ExportResult | None = None
        self.result_dialog: ResultDialog | None = None
        self.new_key = False  # this export replaced the signing key (the district checks the paper first)
        self.submission = workspace.submission(period)
        self.setWindowTitle(self.tr("导出报告包 — {period}报送").format(period=i18n.period(self.submission.period)))
        self.creating_key = workspace.signing_key() is None
        self.replacing_key = False
        layout = QVBoxLayout(self)

        # --- not ready: what is missing, and the way to the check page
        self.not_ready = QWidget(self)
        self.not_ready.setObjectName("not_ready")
        nr_layout = QVBoxLayout(self.not_ready)
        nr_layout.setContentsMargins(0, 0, 0, 0)
        self.not_ready_text = QLabel(self.not_ready)
        self.not_ready_text.setObjectName("not_ready_text")
        self.not_ready_text.setWordWrap(True)
        self.not_ready_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        nr_layout.addWidget(self.not_ready_text)
        nr_buttons = QDialogButtonBox(self.not_ready)
        self.check_button = primary(nr_buttons.addButton(self.tr("去检查页完成"),
                                                         QDialogButtonBox.ButtonRole.AcceptRole))
        self.check_button.setObjectName("go_check")
        nr_buttons.addButton(QDialogButtonBox.StandardButton.Close)
        nr_buttons.accepted.connect(self.go_check)
        nr_buttons.rejected.connect(self.reject)
        nr_layout.addWidget(nr_buttons)
        layout.addWidget(self.not_ready)

        # --- the form
        self.form_panel = QWidget(self)
        layout.addWidget(self.form_panel)
        self._build_form()
        if self.submission.check.ok:
            self.not_ready.hide()
        else:
            self.show_not_ready(self.submission.check)
        at_least(self, 640)

    # ------------------------------------------------------------------ building

    def _build_form(self) -> None:
        panel = self.form_panel
        workspace, settings = self.workspace, self.settings
        profile = workspace.profile()
        district = profile.district if profile is not None else None
        # the enterprise's own district first: with several bundled, the likely choice is at the top
        self.bundled: list[BundledRecipient] = sorted(bundled_recipients(), key=lambda r: r.district != district)
        remembered = str(settings.value(RECIPIENT_KEY, "") or "")
        if not remembered or not Path(remembered).is_file():  # nothing remembered, or the file has gone
            preferred = preferred_recipient(self.bundled, district)
            if preferred is not None:
                remembered = str(preferred.path)
        self.recipient = QLineEdit(remembered, panel)
        self.recipient.setPlaceholderText(self.tr("区县工信部门给您的 .zgszkey 文件"))
        self.bundled_choice = QComboBox(panel)
        self.bundled_choice.setObjectName("bundledRecipients")
        self.bundled_choice.addItem(self.tr("其他区县文件（点击“选择…”）"), "")
        for item in self.bundled:
            self.bundled_choice.addItem(self.tr("{district}工信部门（密钥编号 {key}）")
                                        .format(district=content(item.district), key=item.key_id),
                                        str(item.path))
        self.bundled_choice.activated.connect(self.choose_bundled)
        browse = QPushButton(self.tr("选择…"), panel)
        browse.clicked.connect(self.choose_recipient)
        row = QHBoxLayout()
        row.addWidget(self.recipient, 1)
        row.addWidget(browse)
        self.recipient_info = QLabel(panel)
        self.recipient_info.setObjectName("recipient_info")
        self.recipient_info.setWordWrap(True)
        self.folder = QLineEdit(str(settings.value(FOLDER_KEY, "") or default_folder()), panel)
        folder_button = QPushButton(self.tr("选择…"), panel)
        folder_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(folder_button)
        self.passphrase = QLineEdit(panel)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.confirm = QLineEdit(panel)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("confirm")

        outer = QVBoxLayout(panel)
        outer.setContentsMargins(0, 0, 0, 0)
        sequence = self.workspace.next_sequence(self.period)
        self.intro = QLabel(self.tr("将生成{period}的第{n}次报送：一个<b>报告包</b>（.zgsz，加密的文件，交给区县）和"
                                    "一份 <b>PDF 报告</b>（打印后签字盖章）。")
                            .format(period=i18n.period(self.submission.period), n=sequence), panel)
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)
        self.evidence_note = _help(self._evidence_text(), panel)  # 佐证材料: how many files and MB go with it
        self.evidence_note.setObjectName("evidence_note")
        outer.addWidget(self.evidence_note)
        if not i18n.chinese_interface():  # the official papers are Chinese whatever the screen says
            self.language_note = _help(self.tr("报告包和 PDF 报告为中文：它们是交给区县、由企业盖章的正式材料，"
                                               "与界面语言无关。"), panel)
            self.language_note.setObjectName("language_note")
            outer.addWidget(self.language_note)
        note = self._stage_note()
        if note:
            self.stage_note = _help(note, panel)
            self.stage_note.setObjectName("stage_note")
            outer.addWidget(self.stage_note)

        form = QFormLayout()
        form.setVerticalSpacing(6)
        if len(self.bundled) > 1:  # one is simply filled in; several are a choice
            form.addRow(self.tr("随软件提供的区县文件"), self.bundled_choice)
        else:
            self.bundled_choice.hide()
        form.addRow(self.tr("区县文件"), row)
        form.addRow("", _help(self.tr("区县工信部门给您的文件（.zgszkey），有了它，只有他们能打开您的报告包。"
                                      "向所属区县工信部门索取，或随安装程序已提供。"), panel))
        form.addRow("", self.recipient_info)
        form.addRow(self.tr("保存到文件夹"), folder_row)
        self.passphrase_label = QLabel(panel)
        self.confirm_label = QLabel(self.tr("再输入一次"), panel)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.confirm_label, self.confirm)
        self.key_help = _help("", panel)
        self.key_help.setObjectName("key_help")
        form.addRow("", self.key_help)
        self.forgot_button = QPushButton(panel)
        self.forgot_button.setObjectName("forgot_passphrase")
        self.forgot_button.setFlat(True)
        self.forgot_button.setStyleSheet(LINK_STYLE)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.clicked.connect(self.forgot)
        form.addRow("", self.forgot_button)
        form.addRow("", self._forgot_panel(panel))
        self.form = form
        outer.addLayout(form)
        self.message = QLabel(panel)
        self.message.setObjectName("message")
        self.message.setStyleSheet(f"color: {BAD};")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(panel)
        self.ok = primary(buttons.addButton(self.tr("导出"), QDialogButtonBox.ButtonRole.AcceptRole))
        self.ok.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.recipient.textChanged.connect(self.describe_recipient)
        self.describe_recipient()
        self.set_key_mode(CREATE if self.creating_key else EXISTING)

    def _evidence_text(self) -> str:
        from ..workspace.attachments import evidence_totals
        from ..workspace.evidence_rules import megabytes

        count, size = evidence_totals(self.workspace, self.period)
        if not count:
            return self.tr("没有附佐证材料（可在填写页每道题旁的“佐证材料”中添加）。")
        return self.tr("随报告包一起签名、加密报送 {n} 个佐证材料文件，共 {size}。").format(
            n=count, size=megabytes(size))

    def _forgot_panel(self, parent: QWidget) -> QFrame:
        """忘记密码？ opens this: what a new key means, and the choice (nothing changes until 创建新密钥)."""
        self.forgot_panel = QFrame(parent)
        self.forgot_panel.setObjectName("forgot_panel")
        self.forgot_panel.setStyleSheet("#forgot_panel { background: #fff7e6; border-radius: 6px; }")
        layout = QVBoxLayout(self.forgot_panel)
        text = QLabel(new_key_explanation(), self.forgot_panel)
        text.setObjectName("forgot_text")
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        self.new_key_button = QPushButton(self.tr("创建新密钥"), self.forgot_panel)
        self.new_key_button.setObjectName("confirm_new_key")
        self.new_key_button.clicked.connect(lambda: self.set_key_mode(REPLACE))
        keep = QPushButton(self.tr("不用了"), self.forgot_panel)
        keep.clicked.connect(self.forgot_panel.hide)
        buttons.addWidget(self.new_key_button)
        buttons.addWidget(keep)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.forgot_panel.hide()
        return self.forgot_panel

    def set_key_mode(self, mode: str, *, keep_passphrase: bool = False) -> None:
        """The passphrase fields for the first key (CREATE), the key there is (EXISTING), or a new key that
        replaces it (REPLACE, after 忘记密码？ was confirmed)."""
        self.creating_key, self.replacing_key = mode == CREATE, mode == REPLACE
        new = mode in (CREATE, REPLACE)
        if not keep_passphrase:
            self.passphrase.clear()
        self.confirm.clear()
        self.message.setText("")
        self.passphrase_label.setText({CREATE: self.tr("设置密钥密码"), EXISTING: self.tr("密钥密码"),
                                       REPLACE: self.tr("设置新的密钥密码")}[mode])
        self.form.setRowVisible(self.confirm, new)
        if mode == CREATE:
            help_text = self.tr(
                "首次导出：软件为本企业创建签名密钥，保存在本机，证明报告包确实出自本企业。密钥密码保护这把密钥，"
                "以后每次导出都要输入（至少 {n} 个字符）。请牢记：忘记后只能创建新密钥，区县需要对照您盖章的"
                "纸质报告核对新密钥。")
        elif mode == EXISTING:
            help_text = self.tr("首次导出时设置的密码，保护本机保存的企业签名密钥，每次导出都要输入。")
        else:
            help_text = self.tr(
                "导出时先为本企业创建新的签名密钥（原密钥作废），新密码至少 {n} 个字符，以后每次导出都要输入。"
                "请把盖章的纸质报告交给区县：区县核对签名页上的密钥指纹和核验码后，接受这个报告包为最新版本。")
        self.key_help.setText(help_text.format(n=MIN_PASSPHRASE))
        self.forgot_button.setText(self.tr("忘记密码？") if mode == EXISTING else self.tr("想起来了：仍用原密码"))
        self.form.setRowVisible(self.forgot_button, mode != CREATE)  # no key yet: nothing to forget
        self.forgot_panel.hide()
        self.passphrase.setFocus()

    def forgot(self) -> None:
        """忘记密码？: the explanation and the choice; in REPLACE mode the way back to the old passphrase."""
        if self.replacing_key:
            self.set_key_mode(EXISTING)
        else:
            self.forgot_panel.show()

    def _stage_note(self) -> str:
        submission = self.submission
        last = submission.last_export
        if submission.stage == HAND_IN and last is not None:
            return (self.tr("本期已导出第{n}次报送（{date}），内容没有变化。再次导出会生成新的一次报送，"
                            "区县以最新一次为准。").format(n=last["sequence"], date=export_date(last)))
        note = ""
        if last is not None:
            note = (self.tr("导出后已修改：上次为第{n}次报送（{date}），请重新导出并把新的报告包交给区县。")
                    .format(n=last["sequence"], date=export_date(last)))
        if submission.stage == CHECK and submission.check.ok:
            note = (self.tr("{changed}导出时会同时把本期报送标记为“已完成”。").format(changed=note) if note
                    else self.tr("导出时会同时把本期报送标记为“已完成”。"))
        return note

    def show_not_ready(self, check: Any) -> None:
        """What is missing (count + first items) instead of the form, with 去检查页完成."""
        titles = {p.questionnaire_id: p.title for p in self.submission.parts}
        parts = None
        if not i18n.chinese_interface():  # the answers, to word them in the interface language
            try:
                parts = parts_by_id(self.workspace, self.period)
            except UserError:
                parts = None
        lines = "".join(f"<li>{line}</li>" for line in missing_lines(check, titles, parts=parts))
        self.not_ready_text.setText(
            f"<p><b style='color:{BAD}'>"
            + self.tr("{period}的报送还不能导出：{summary}。").format(period=i18n.period(self.submission.period),
                                                                  summary=summary_text(check, blocking_only=True))
            + "</b></p><ul style='margin-left:-20px'>" + lines + "</ul><p>"
            + self.tr("在检查页逐项点击即可跳到该题修改；全部改好后点“完成”，再导出。") + "</p>")
        self.form_panel.hide()
        self.not_ready.show()
        self.check_button.setFocus()

    def go_check(self) -> None:
        self.open_check.emit()
        self.reject()

    # ------------------------------------------------------------------ the fields

    def choose_recipient(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择区县文件"), self.recipient.text(),
                                              self.tr("区县文件 (*.zgszkey);;所有文件 (*)"))
        if path:
            self.recipient.setText(path)

    def choose_bundled(self, index: int) -> None:
        path = self.bundled_choice.itemData(index)
        if path:
            self.recipient.setText(path)

    def bundled_for(self, text: str) -> BundledRecipient | None:
        """The bundled recipient whose file is ``text``, if it is one."""
        if not text:
            return None
        try:
            chosen = Path(text).resolve()
        except (OSError, RuntimeError):
            return None
        return next((item for item in self.bundled if item.path.resolve() == chosen), None)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("保存到文件夹"), self.folder.text())
        if path:
            self.folder.setText(path)

    def describe_recipient(self) -> None:
        if hasattr(self, "message"):
            self.message.setText("")
        text = self.recipient.text().strip()
        bundled = self.bundled_for(text)
        self.bundled_choice.setCurrentIndex(self.bundled.index(bundled) + 1 if bundled else 0)
        if not text:
            self.recipient_info.setText("")
            return
        try:
            recipient = read_recipient(Path(text))
        except UserError as exc:
            self.recipient_info.setStyleSheet(f"color: {BAD};")
            self.recipient_info.setText(error_text(exc))
            return
        wrong = other_district(recipient, self._district())
        if wrong:  # said now, not only on 导出
            self.recipient_info.setStyleSheet(f"color: {BAD};")
            self.recipient_info.setText(wrong)
            return
        if bundled is not None:
            info = self.tr("✓ {district}工信部门，密钥编号 {key}（可与区县公布的编号核对）；随软件提供")
        else:
            info = self.tr("✓ {district}工信部门，密钥编号 {key}（可与区县公布的编号核对）")
        info = info.format(district=content(recipient.district), key=recipient.key_id)
        self.recipient_info.setStyleSheet("color: #1f6f43;")
        self.recipient_info.setText(info)

    def _district(self) -> str | None:
        profile = self.workspace.profile()
        return profile.district if profile is not None else None

    def check(self) -> tuple[Any, str] | None:
        text = self.recipient.text().strip()
        if not text:
            self.message.setText(self.tr("请选择区县文件（.zgszkey）：向所属区县工信部门索取，或随安装程序已提供。"))
            return None
        try:
            recipient = read_recipient(Path(text))
            wrong = other_district(recipient, self._district())
            if wrong:
                self.message.setText(wrong)
                return None
            check_exportable(self.workspace, self.period, recipient)
        except SubmissionNotReady as exc:
            self.show_not_ready(exc.check)
            return None
        except UserError as exc:
            self.message.setText(error_text(exc))
            return None
        passphrase = self.passphrase.text()
        if self.creating_key or self.replacing_key:
            problem = passphrase_problem(passphrase)  # the one rule (keys.py), as the key is sealed
            if problem is not None:
                self.message.setText(i18n.said(problem))
                return None
            if passphrase != self.confirm.text():
                self.message.setText(self.tr("两次输入的密码不一致"))
                return None
        elif not passphrase:
            self.message.setText(self.tr("请输入密钥密码"))
            return None
        return recipient, passphrase

    # ------------------------------------------------------------------ exporting

    def start(self) -> None:
        checked = self.check()
        if checked is None:
            return
        recipient, passphrase = checked
        self.message.setText("")
        self.settings.setValue(RECIPIENT_KEY, self.recipient.text().strip())
        folder = Path(self.folder.text().strip() or default_folder())
        try:
            folder.mkdir(parents=True, exist_ok=True)  # 文档/智改数转报送 the first time
        except OSError as exc:
            self.message.setText(self.tr("无法创建文件夹 {folder}（{error}）。请换一个文件夹。")
                                 .format(folder=folder, error=exc.strerror or exc))
            return
        self.settings.setValue(FOLDER_KEY, str(folder))
        self.ok.setEnabled(False)
        if self.creating_key or self.replacing_key:
            self.make_key(passphrase, lambda: self.export_to(folder, recipient, passphrase))
        else:
            self.export_to(folder, recipient, passphrase)

    def make_key(self, passphrase: str, then: Any) -> Op[Any]:
        """Create (or replace) the signing key on a pool thread: sealing it under the passphrase takes a moment
        (scrypt). Once it is there, a retry (after a cancelled export) uses it."""
        directory, replacing = self.workspace.directory, self.replacing_key

        def work(_progress: Any, _cancelled: Any) -> Any:
            from ..workspace import Workspace

            with Workspace.open(directory, create=False) as workspace:  # a connection of its own
                if replacing:
                    return replace_signing_key(workspace, passphrase)
                return ensure_signing_key(workspace, passphrase)

        def made(_key: Any) -> None:
            if replacing:
                self.new_key = True
            # the key is there now, under this passphrase: a retry (after a cancel) uses it
            self.set_key_mode(EXISTING, keep_passphrase=True)
            if getattr(self, "_closing", False):  # closed while the key was made: no export after all
                self.ok.setEnabled(True)
                QDialog.reject(self)
                return
            then()

        self.task = Op(self, work).with_progress(
            self.tr("正在生成企业签名密钥…"), title=self.tr("导出报告包"), cancellable=False, busy=True) \
            .success(made).failure(self.on_failed).run()
        return self.task

    def export_to(self, folder: Path, recipient: Any, passphrase: str) -> Op[Any]:
        directory = self.workspace.directory
        period = self.period

        def work(progress: Any, cancelled: Any) -> ExportResult:
            from ..package.export import export_submission
            from ..workspace import Workspace

            # A connection of its own on this thread; the window's stays free for the user.
            with Workspace.open(directory, create=False) as workspace:
                profile = workspace.profile()
                if profile is None:  # the export is offered only once the profile is filled in
                    raise UserError(tr("请先填写企业信息"))
                stem = default_file_stem(profile.name, period, workspace.next_sequence(period))
                return export_submission(workspace, period, recipient, passphrase, folder / stem,
                                         progress=progress, cancelled=cancelled)

        self.task = Op(self, work, changes=Changed.workspace("submission", about=directory)) \
            .with_progress(self.tr("正在导出…"), title=self.tr("导出报告包")) \
            .success(self.on_finished).failure(self.on_failed).run()
        return self.task

    def reject(self) -> None:
        """取消 or Esc while exporting cancels the export (nothing is written if it was not too late)."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.message.setText(self.tr("正在取消…"))
            self._closing = True
            return
        super().reject()

    def on_failed(self, exc: BaseException, details: str) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, ExportCancelled):
            self.message.setText(error_text(exc))
            if getattr(self, "_closing", False):
                super().reject()
            return
        if isinstance(exc, SubmissionNotReady):
            self.show_not_ready(exc.check)
            return
        if isinstance(exc, UserError):
            self.message.setText(error_text(exc))
            return
        show_error(self, exc, details)

    def on_finished(self, result: ExportResult) -> None:
        self.exported_result = result
        self.settings.setValue(PACKAGE_KEY + result.period, str(result.package_path))
        self.accept()
        profile = self.workspace.profile()
        self.result_dialog = ResultDialog(result, profile.district if profile else "", self.parentWidget(),
                                          new_key=self.new_key)
        self.result_dialog.open()  # not exec(): the window stays responsive behind it
        self.exported.emit(result)


class ResultDialog(QDialog):
    """Done: which files, and what to do next, in order; open the folder or the PDF."""

    def __init__(self, result: ExportResult, district: str = "", parent: QWidget | None = None, *,
                 new_key: bool = False):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("导出完成"))
        layout = QVBoxLayout(self)
        head = QLabel("<span style='font-size:14pt; color:#1f6f43'>✓ "
                      + self.tr("已生成{period}第{n}次报送").format(period=i18n.period(result.period),
                                                                  n=result.sequence)
                      + "</span>", self)
        layout.addWidget(head)
        pdf_name = result.pdf_path.name if result.pdf_path else ""
        files = QLabel(self.tr("报告包：<b>{name}</b>").format(name=result.package_path.name) + "<br>"
                       + self.tr("PDF 报告：<b>{name}</b>").format(name=pdf_name) + "<br>"
                       + f"<span style='color:{MUTED}'>"
                       + self.tr("保存在：{folder}").format(folder=result.package_path.parent) + "</span>", self)
        files.setWordWrap(True)
        files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(files)
        office = (self.tr("{district}工信部门").format(district=content(district)) if district
                  else self.tr("区县工信部门"))
        steps = [
            self.tr("打印 PDF 报告，签字并加盖公章。"),
            self.tr("把报告包（.zgsz）和盖章的纸质报告交给{office}（U 盘、电子邮件或共享文件夹均可）。")
            .format(office=office),
            self.tr("保存核验码 <b>{code}</b>：它印在 PDF 上，区县用它核对纸质报告和报告包是否一致。")
            .format(code=result.verification_code),
        ]
        todo = QLabel("<b>" + self.tr("接下来：") + "</b><ol style='margin-left:-20px'>"
                      + "".join(f"<li>{s}</li>" for s in steps) + "</ol>", self)
        todo.setObjectName("next_steps")
        todo.setWordWrap(True)
        todo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(todo)
        if new_key:
            note = QLabel(self.tr(
                "本次使用了新的企业签名密钥（原密钥已作废）：{office}会先核对盖章纸质报告签名页上的密钥指纹和"
                "核验码，核对无误后才把这个报告包作为最新版本接受。请务必把盖章的纸质报告一并交过去。")
                .format(office=office), self)
            note.setObjectName("new_key_note")
            note.setWordWrap(True)
            note.setStyleSheet("color: #8a5a00; background: #fff7e6; border-radius: 4px; padding: 6px 8px;")
            layout.addWidget(note)
        key = QLabel(self.tr("企业密钥指纹 {key}（也印在 PDF 上）").format(key=result.key_id), self)
        key.setStyleSheet(f"color: {MUTED};")
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(key)
        buttons = QDialogButtonBox(self)
        self.folder_button = buttons.addButton(self.tr("打开文件夹"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = primary(buttons.addButton(self.tr("打开 PDF"), QDialogButtonBox.ButtonRole.ActionRole))
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.package_path.parent))))
        if result.pdf_path:
            self.pdf_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.pdf_path))))
        else:
            self.pdf_button.setEnabled(False)
        at_least(self, 600)
