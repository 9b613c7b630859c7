"""The export dialog with district files (recipient files) shipped in the app (build_installer.py --recipient):
the enterprise's district is filled in, several are a choice, a remembered or hand-picked file still wins — and
the export works.

The app's data folder is a copy of the checkout's with a ``resources/recipients/`` of the test's own, found
through the locator's override (``ZGSZ_DATA_DIR``), as a frozen build would find its bundled folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from submission_fixtures import PROFILE

from zgsz_desktop import locate
from zgsz_desktop.package import keys

ROOT = Path(__file__).resolve().parents[2]
PERIOD = "2024年度"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture()
def bundled(tmp_path, monkeypatch):
    """Returns ``add(district) -> DistrictKey``, writing its recipient file into the app's bundled folder."""
    data = tmp_path / "app-data"
    shutil.copytree(ROOT / "assessments", data / "assessments")
    shutil.copytree(ROOT / "resources", data / "resources", ignore=shutil.ignore_patterns("*.zgszkey"))
    folder = data / "resources" / "recipients"
    folder.mkdir(exist_ok=True)
    monkeypatch.setenv(locate.DATA_DIR_ENV, str(data))
    locate.data_root.cache_clear()

    def add(district: str) -> keys.DistrictKey:
        key = keys.DistrictKey.generate(district, "district-pass")
        path = folder / f"{district}-{key.recipient.key_id}{keys.RECIPIENT_SUFFIX}"
        path.write_text(json.dumps(key.recipient.to_json(), ensure_ascii=False), encoding="utf-8")
        return key

    add.folder = folder
    yield add
    locate.data_root.cache_clear()


@pytest.fixture()
def completed(make_window):
    """A window over a workspace with the profile (海安市) and a completed 2024年度 submission."""
    window = make_window()
    workspace = window.workspace
    workspace.set_profile(PROFILE)
    submission = workspace.start_submission(PERIOD)
    for part in submission.parts:
        demo = json.loads((ROOT / "resources" / "demo" / f"{part.questionnaire_id}.answers.json")
                          .read_text(encoding="utf-8"))
        workspace.save_answers(part.assessment.id, demo["answers"], source="import")
    workspace.complete_submission(PERIOD)
    window.show_home()
    return window, PERIOD


def test_the_bundled_recipient_of_the_district_is_filled_in_and_the_export_verifies(qtbot, bundled, completed,
                                                                                     tmp_path, settings):
    from zgsz_desktop.package.verify import verify_bytes
    from zgsz_desktop.ui.export_dialog import RECIPIENT_KEY

    district = bundled("海安市")
    window, period = completed
    dialog = window.export(period)
    path = Path(dialog.recipient.text())
    assert path.parent == bundled.folder and keys.load_recipient(path) == district.recipient
    assert district.recipient.key_id in dialog.recipient_info.text() and "随软件提供" in dialog.recipient_info.text()
    assert not dialog.bundled_choice.isVisibleTo(dialog)  # one file: nothing to choose

    dialog.folder.setText(str(tmp_path / "out"))
    dialog.passphrase.setText("my-passphrase")
    dialog.confirm.setText("my-passphrase")
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        dialog.ok.click()
    result = blocker.args[0]
    dialog.result_dialog.close()
    verified = verify_bytes(result.package_path.read_bytes(), district.recipient.key_id,
                            district.private_key("district-pass"))
    assert verified.payload.answers["period"] == PERIOD
    assert [q["id"] for q in verified.questionnaires] == ["nantong-zgsz-core", "miit-sme-2024"]
    assert settings.value(RECIPIENT_KEY) == str(path)  # remembered like a file chosen by hand


def test_several_bundled_recipients_are_a_choice_with_the_district_first(qtbot, bundled, completed, tmp_path):
    haian = bundled("海安市")
    chongchuan = bundled("崇川区")
    bundled("如皋市")
    window, period = completed
    dialog = window.export(period)
    choice = dialog.bundled_choice
    assert choice.isVisibleTo(dialog) and choice.count() == 4  # 3 bundled + "another file"
    assert "海安市" in choice.itemText(1)  # the enterprise's own district at the top
    assert keys.load_recipient(Path(dialog.recipient.text())) == haian.recipient  # and filled in
    assert choice.currentIndex() == 1

    index = next(i for i in range(choice.count()) if "崇川区" in choice.itemText(i))
    choice.setCurrentIndex(index)
    choice.activated.emit(index)
    assert keys.load_recipient(Path(dialog.recipient.text())) == chongchuan.recipient
    assert "崇川区" in dialog.recipient_info.text()

    # a file chosen by hand still works, and the list shows it is none of the bundled ones
    own = tmp_path / "from-the-district.zgszkey"
    shutil.copyfile(dialog.recipient.text(), own)
    dialog.recipient.setText(str(own))
    assert choice.currentIndex() == 0 and "随软件提供" not in dialog.recipient_info.text()
    dialog.reject()


def test_a_remembered_recipient_file_wins_over_the_bundled_one(qtbot, bundled, completed, tmp_path, settings):
    from zgsz_desktop.ui.export_dialog import RECIPIENT_KEY

    bundled("海安市")
    remembered = tmp_path / "remembered.zgszkey"
    remembered.write_text(json.dumps(keys.DistrictKey.generate("海安市", "district-pass").recipient.to_json(),
                                     ensure_ascii=False), encoding="utf-8")
    settings.setValue(RECIPIENT_KEY, str(remembered))
    window, period = completed
    dialog = window.export(period)
    assert dialog.recipient.text() == str(remembered)
    dialog.reject()

    remembered.unlink()  # the remembered file has gone (USB stick, another PC): the bundled one steps in
    dialog = window.export(period)
    assert Path(dialog.recipient.text()).parent == bundled.folder
    dialog.reject()


def test_no_guess_when_the_district_has_two_keys_or_none(qtbot, bundled, completed):
    bundled("海安市")
    bundled("海安市")
    window, period = completed
    dialog = window.export(period)
    assert dialog.recipient.text() == "" and dialog.bundled_choice.isVisibleTo(dialog)
    dialog.reject()
    for path in bundled.folder.glob("*.zgszkey"):
        path.unlink()
    bundled("崇川区")  # only another district's file: exporting with it would be refused
    dialog = window.export(period)
    assert dialog.recipient.text() == "" and not dialog.bundled_choice.isVisibleTo(dialog)
    dialog.reject()
