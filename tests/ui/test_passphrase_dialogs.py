"""One passphrase rule in every dialog that sets one: the export's first key, the settings' new key for a
forgotten passphrase and the district's new key refuse and accept exactly what keys.passphrase_problem does,
and say its sentence. The two key dialogs then make the key on a pool thread (an Op), waited for by signal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from passphrase_fixtures import CASES
from submission_fixtures import PROFILE

from zgsz_desktop import keys
from zgsz_desktop.keys import passphrase_problem

ROOT = Path(__file__).resolve().parents[2]
PERIOD = "2025年度"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


def refused_as_the_rule_says(message: str, passphrase: str) -> None:
    problem = passphrase_problem(passphrase)
    assert problem is not None and message == problem, (passphrase, message)


def ended(qtbot, op) -> None:
    if op is not None and op.running:
        with qtbot.waitSignal(op.ended, timeout=30000):
            pass


def test_the_export_dialog_follows_the_rule_for_the_first_key(qtbot, make_window, tmp_path):
    window = make_window()
    workspace = window.workspace
    workspace.set_profile(PROFILE)
    submission = workspace.start_submission(PERIOD)
    for part in submission.parts:
        demo = json.loads((ROOT / "resources" / "demo" / f"{part.questionnaire_id}.answers.json")
                          .read_text(encoding="utf-8"))
        workspace.save_answers(part.assessment.id, demo["answers"], source="import")
    workspace.complete_submission(PERIOD)
    district = keys.DistrictKey.generate("海安市", "district-pass")
    recipient = tmp_path / "海安市.zgszkey"
    recipient.write_text(json.dumps(district.recipient.to_json(), ensure_ascii=False), encoding="utf-8")
    dialog = window.export(PERIOD)
    assert dialog.creating_key
    dialog.recipient.setText(str(recipient))
    dialog.folder.setText(str(tmp_path / "out"))
    for passphrase, accepted in CASES:
        dialog.passphrase.setText(passphrase)
        dialog.confirm.setText(passphrase)
        dialog.message.setText("")
        checked = dialog.check()  # what 导出 checks before it starts
        if accepted:
            assert checked is not None and checked[1] == passphrase, (passphrase, dialog.message.text())
        else:
            assert checked is None
            refused_as_the_rule_says(dialog.message.text(), passphrase)
    assert workspace.signing_key() is None  # nothing was made by checking
    dialog.close()


def test_the_settings_new_key_follows_the_rule_and_makes_the_key_in_the_background(
        qtbot, make_window, settings):
    from zgsz_desktop.package.export import ensure_signing_key
    from zgsz_desktop.ui.dialogs import NewKeyDialog

    window = make_window()
    window.workspace.set_profile(PROFILE)
    ensure_signing_key(window.workspace, "forgotten-passphrase")
    for passphrase, accepted in CASES:
        before = window.workspace.signing_key().key_id
        dialog = NewKeyDialog(window.workspace, window)
        qtbot.addWidget(dialog)
        dialog.open()
        dialog.passphrase.setText(passphrase)
        dialog.confirm.setText(passphrase)
        if not accepted:
            assert dialog.replace() is None
            refused_as_the_rule_says(dialog.message.text(), passphrase)
            assert window.workspace.signing_key().key_id == before and dialog.isVisible()
            dialog.close()
            continue
        with qtbot.waitSignal(dialog.accepted, timeout=30000):
            op = dialog.ok.click() or dialog.task
            assert op is not None and op.running and not dialog.ok.isEnabled()  # scrypt on a pool thread
        key = window.workspace.signing_key()
        assert dialog.key.key_id == key.key_id != before and not dialog.isVisible()
        key.private_key(passphrase)


def test_the_district_new_key_follows_the_rule_and_writes_both_files_in_the_background(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.district.new_key_dialog import NewKeyDialog

    create_app([])
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    for n, (passphrase, accepted) in enumerate(CASES):
        folder = tmp_path / f"keys-{n}"
        dialog = NewKeyDialog(host)
        dialog.open()
        dialog.folder.setText(str(folder))
        dialog.passphrase.setText(passphrase)
        dialog.confirm.setText(passphrase)
        if not accepted:
            assert dialog.create_key() is None
            refused_as_the_rule_says(dialog.message.text(), passphrase)
            assert not folder.exists() and dialog.isVisible()
            dialog.close()
            continue
        with qtbot.waitSignal(dialog.created, timeout=30000) as made:
            dialog.ok.click()
            assert dialog.task is not None and dialog.task.running and not dialog.ok.isEnabled()
        district = str(dialog.district.currentData())
        assert made.args == [folder / f"{district}{keys.DISTRICT_KEY_SUFFIX}"] and not dialog.isVisible()
        key = keys.load_district_key(made.args[0])
        key.private_key(passphrase)
        assert keys.load_recipient(folder / f"{district}{keys.RECIPIENT_SUFFIX}").key_id == key.recipient.key_id
        box = host.findChild(QMessageBox, "key_created")
        assert box is not None and key.recipient.key_id in box.text()
        box.close()
        box.deleteLater()
        qtbot.waitUntil(lambda: host.findChild(QMessageBox, "key_created") is None)
