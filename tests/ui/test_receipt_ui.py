"""The district's receipt (回执) in the real windows, offscreen: File → 导入区县回执… → pick the file (checked at
once) → the signing-key password → 退回修改 with its point listed → 去修改 opens the questionnaire with the flagged
question framed and its reason shown → home says 退回修改. An old district file asks for the new one first; an
accepted receipt reads 已受理 on the home page."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import pytest

from zgsz_desktop.package import keys
from zgsz_desktop.package.receipt import Decision, Reason, ToIssue, build_receipt_file
from zgsz_desktop.ui.editors import give

from .helpers import type_text

PASS = "enterprise-pass"
PERIOD = "2024年度"
FLAG = Reason("nantong-zgsz-core", "mgmt.hr", "人力资源管理（人事档案、考勤、薪酬）",
              "人事系统已上线，请按实际情况填写")


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture()
def district():
    return keys.DistrictKey.generate("海安市", "district-pass").unlock("district-pass")


def exported_workspace(directory, recipient) -> bytes:
    """The demo enterprise's 2024年度 submission exported once to ``recipient``; the package's bytes."""
    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.package.export import ensure_signing_key, export_submission
    from zgsz_desktop.workspace import Workspace

    core, miit = demo_documents()
    # a minute ago: what the manager changes in the window afterwards is plainly after the export
    earlier = datetime.now(timezone.utc) - timedelta(minutes=1)
    with Workspace.open(directory, clock=lambda: earlier) as ws:
        ws.import_answers(core.questionnaire, core.answers, PERIOD, enterprise=core.enterprise)
        ws.import_answers(miit.questionnaire, miit.answers, PERIOD)
        ensure_signing_key(ws, PASS)
        result = export_submission(ws, PERIOD, recipient, PASS, directory.parent / "out" / "p", pdf=False,
                                   now=earlier)
        return result.package_path.read_bytes()


def receipt_file(tmp_path, district, package: bytes, decision: Decision):
    from zgsz_desktop.package.verify import verify_bytes

    verified = verify_bytes(package)
    item = ToIssue(verified.package_id, hashlib.sha256(package).hexdigest(), PERIOD,
                   int(verified.manifest["sequence"]), verified.signer_public_key, decision)
    path = tmp_path / f"回执-{decision.status}.zgszreceipt"
    path.write_bytes(build_receipt_file(district, {"uscc": "91320685MA1R8K2X5W", "name": "南通瑞丰精密机械有限公司"},
                                        [item], "2025-03-02T09:00:00+00:00"))
    return path


def home_of(qtbot, window):
    from zgsz_desktop.ui.home_page import HomePage

    window.show_home()
    home = window.stack.currentWidget()
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.loaded)
    return home


def import_with_dialog(qtbot, window, path, passphrase=PASS):
    from PySide6.QtCore import Qt

    dialog = window.import_receipt()
    with qtbot.waitSignal(dialog.checked, timeout=10000):
        dialog.choose_file(str(path))
    assert dialog.import_button.isEnabled(), dialog.status.text()
    type_text(qtbot, dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_returned_receipt_marks_the_flagged_question(qtbot, make_window, tmp_path, district):
    from PySide6.QtCore import Qt

    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    package = exported_workspace(tmp_path / "ws", district.recipient)
    second = Reason("nantong-zgsz-core", "cnc.industry_type", "企业的主要生产方式", "请核实生产方式")
    path = receipt_file(tmp_path, district, package, Decision("returned", (FLAG, second), note="请修改后重新报送",
                                                               clerk="王明", contact="0513-88880000"))
    window = make_window()
    dialog = import_with_dialog(qtbot, window, path)
    assert "海安市工信部门退回了您2024年度的报送（第1次）：2 处需要修改" in dialog.status.text()
    assert dialog.flags.count() == 2 and "人事系统已上线" in dialog.flags.item(0).text()
    assert dialog.fix_button.isVisible()

    qtbot.mouseClick(dialog.fix_button, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, QuestionnairePage)
    assert page.district_bar.isVisible() and "退回了第1次报送：2 处需要修改" in page.district_text.text()
    block = page.blocks["mgmt.hr"]  # 去修改 opened the module of the first point
    assert block.property("district") is True and block.district_note.isVisible()
    assert block.district_note.text() == "区县意见：人事系统已上线，请按实际情况填写"
    others = [b for qid, b in page.blocks.items() if qid != "mgmt.hr"]
    assert others and not any(b.property("district") for b in others)  # only the flagged question is marked
    give(block.editor, "integrated")  # the manager corrects it
    assert "已修改" in block.district_note.text()
    qtbot.mouseClick(page.next_flag_button, Qt.MouseButton.LeftButton)  # 下一处区县意见 → the other module
    assert page._current[1] == "cnc" and page.blocks["cnc.industry_type"].property("district") is True
    assert page.blocks["cnc.industry_type"].district_note.text() == "区县意见：请核实生产方式"

    home = home_of(qtbot, window)
    card = home.card_for(PERIOD)
    assert card.receipt_status is not None and card.receipt_status.text().startswith("退回修改")
    assert card.fix_button.isVisible()


def test_an_old_district_file_is_enough_and_an_accepted_receipt_reads_accepted(
        qtbot, make_window, tmp_path, district):
    """Exported with a district file from before receipts (no signing key in it): the receipt's binding proves it
    came from the key the package was sealed to, so no new file is asked for; the dialog does not call it genuine
    before the password has let the binding be checked."""
    old = keys.Recipient(district.recipient.district, district.recipient.key_id, district.recipient.public_raw,
                         district.recipient.created)
    package = exported_workspace(tmp_path / "ws", old)
    path = receipt_file(tmp_path, district, package, Decision("accepted", clerk="王明"))
    window = make_window()
    dialog = window.import_receipt()
    with qtbot.waitSignal(dialog.checked, timeout=10000):
        dialog.choose_file(str(path))
    assert not dialog.recipient_row.isVisible()
    assert "自称" in dialog.status.text() and "核对无误" not in dialog.status.text()
    from PySide6.QtCore import Qt

    type_text(qtbot, dialog.passphrase, PASS)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "海安市工信部门已受理您2024年度的报送（第1次）" in dialog.status.text()
    assert not dialog.fix_button.isVisible()
    dialog.close()
    home = home_of(qtbot, window)
    assert home.card_for(PERIOD).receipt_status.text().startswith("✓ 海安市工信部门已受理第1次报送")


def test_a_wrong_password_is_said_and_the_dialog_stays(qtbot, make_window, tmp_path, district):
    from PySide6.QtCore import Qt

    package = exported_workspace(tmp_path / "ws", district.recipient)
    path = receipt_file(tmp_path, district, package, Decision("accepted"))
    window = make_window()
    dialog = window.import_receipt()
    with qtbot.waitSignal(dialog.checked, timeout=10000):
        dialog.choose_file(str(path))
    type_text(qtbot, dialog.passphrase, "wrong-password")
    with qtbot.waitSignal(dialog.import_failed, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "密码" in dialog.status.text() and dialog.import_button.isEnabled() and dialog.result is None


def test_a_whole_questionnaire_point_is_named_by_title_and_home_shows_the_return_step(
        qtbot, make_window, tmp_path, district):
    """Review #17: a reason about a whole questionnaire reads with the questionnaire's title (dialog, banner), and
    the home page's step indicator says 退回修改 instead of sitting on 交给区县."""
    from PySide6.QtCore import Qt

    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    package = exported_workspace(tmp_path / "ws", district.recipient)
    whole = Reason("miit-sme-2024", "", "", "评测问卷请按年报重填")
    path = receipt_file(tmp_path, district, package, Decision("returned", (FLAG, whole), clerk="王明"))
    window = make_window()
    dialog = import_with_dialog(qtbot, window, path)
    texts = [dialog.flags.item(i).text() for i in range(dialog.flags.count())]
    assert "中小企业数字化水平评测指标（2024年版）：评测问卷请按年报重填" in texts
    assert not any("miit-sme-2024" in text for text in texts)
    dialog.close()

    home = home_of(qtbot, window)
    card = home.card_for(PERIOD)
    assert card.steps.current == "退回修改" and card.steps.labels[-1].property("step_state") == "returned"

    qtbot.mouseClick(card.fix_button, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert isinstance(page, QuestionnairePage)
    assert "中小企业数字化水平评测指标（2024年版）：评测问卷请按年报重填" in page.district_text.text()
    assert "miit-sme-2024" not in page.district_text.text()


def test_the_note_asking_for_a_new_district_file_wraps_below_the_file_row(qtbot, make_window, tmp_path):
    """Review #17: the amber note shown after the dialog was laid out had one line's height and was drawn over the
    file row."""
    from zgsz_desktop.package.receive import RecipientNeeded

    window = make_window()
    dialog = window.import_receipt()
    dialog.file_edit.setText(str(tmp_path / "回执_南通瑞丰精密机械有限公司_2024年度.zgszreceipt"))
    long_note = ("这份回执由区县的签名密钥签发，但本工作区保存的海安市区县文件是旧版（没有签名公钥），"
                 "无法核对回执的签名。请向区县工信部门索取新的区县文件（.zgszkey，通常与回执一起发来），在下面选择它后再导入。")
    dialog._check_failed(RecipientNeeded(long_note), "")  # what a check of such a receipt ends with
    qtbot.waitUntil(lambda: dialog.recipient_note.isVisible())
    note = dialog.recipient_note
    line = note.fontMetrics().lineSpacing()
    assert note.height() >= 2 * line  # wrapped onto lines of its own
    file_bottom = dialog.file_edit.mapTo(dialog, dialog.file_edit.rect().bottomLeft()).y()
    note_top = note.mapTo(dialog, note.rect().topLeft()).y()
    row_top = dialog.recipient_row.mapTo(dialog, dialog.recipient_row.rect().topLeft()).y()
    assert note_top >= file_bottom and row_top >= note_top + note.height()  # nothing drawn over another
    dialog.close()
