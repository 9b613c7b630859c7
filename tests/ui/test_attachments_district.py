"""The district's enterprise detail lists the evidence files (佐证材料) beside the figures, and 导出佐证材料…
writes them (opened with the session's key on a pool thread) with an index."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from district_fixtures import CREATED, PASSPHRASE, district, document, key_pair, uscc

from zgsz_desktop.package import keys

CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"
CODE = uscc(88)
NAME = "南通恒远智能装备有限公司"
CERT = b"%PDF-1.7\n" + "两化融合管理体系评定证书".encode() * 400 + b"\n%%EOF\n"
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 3000


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


def district_with_evidence(folder: Path) -> tuple[Path, Path]:
    from zgsz_desktop.district.db import open_db
    from zgsz_desktop.district.importer import import_packages
    from zgsz_desktop.fileio import write_json_atomic
    from zgsz_desktop.package.build import EvidenceFile
    from zgsz_desktop.package.export import make_package
    from zgsz_desktop.workspace.evidence_rules import JPEG, PDF

    documents = [document(q, code=CODE, name=NAME) for q in (CORE, MIIT)]
    core = documents[0].questionnaire
    first, second = core.modules[0].questions[0].id, core.modules[1].questions[0].id
    signing, private = key_pair(CODE)
    files = [EvidenceFile(CORE, first, "两化融合管理体系评定证书.pdf", PDF, CERT),
             EvidenceFile(CORE, second, "数控车间现场照片.jpg", JPEG, PHOTO)]
    data, _, _ = make_package(documents, signing_key=signing, private_key=private, recipient=district().recipient,
                              package_id="e1de0000-0000-4000-8000-000000000088", sequence=1, supersedes=(),
                              created_at=CREATED, report_pdf=b"%PDF-1.4\n%%EOF\n", evidence=files)
    (folder / "in").mkdir(parents=True)
    (folder / "in" / "p.zgsz").write_bytes(data)
    db_path = folder / "haian.zgszdb"
    db = open_db(db_path)
    try:
        import_packages(db, [folder / "in"], district().identity, workers=1)
    finally:
        db.conn.close()
    key_file = folder / "海安市.zgszdistrict"
    write_json_atomic(key_file, district().key.to_json())
    return db_path, key_file


def test_the_detail_lists_the_evidence_and_exports_it(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.district.window import DistrictWindow

    create_app([])
    db_path, key_file = district_with_evidence(tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = DistrictWindow(settings=settings, db_path=db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.open_dialog is not None and window.open_dialog.isVisible())
    window.open_dialog.key_file.setText(str(key_file))
    window.open_dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.log_checked, timeout=30000):
        window.open_dialog.ok.click()
    assert window.show_enterprise(CODE)
    page = window.enterprises
    text = page.detail.text()
    assert "佐证材料" in text and "两化融合管理体系评定证书.pdf" in text and "数控车间现场照片.jpg" in text
    assert page.export_evidence_button.isEnabled()

    out = tmp_path / "exported"
    out.mkdir()
    page.export_evidence(page.selected_row(), out)
    qtbot.waitUntil(lambda: page.last_evidence is not None, timeout=30000)
    folder = page.last_evidence
    assert folder is not None and folder.parent == out
    exported = {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file() and p.suffix != ".xlsx"}
    assert {name: hashlib.sha256(data).hexdigest() for name, data in exported.items()} == {
        "两化融合管理体系评定证书.pdf": hashlib.sha256(CERT).hexdigest(),
        "数控车间现场照片.jpg": hashlib.sha256(PHOTO).hexdigest()}
    assert (folder / "佐证材料清单.xlsx").is_file() and "已通过核验并导出" in page.report_message.text()
    window.close()


def open_district(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.district.window import DistrictWindow

    create_app([])
    db_path, key_file = district_with_evidence(tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = DistrictWindow(settings=settings, db_path=db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.open_dialog is not None and window.open_dialog.isVisible())
    window.open_dialog.key_file.setText(str(key_file))
    window.open_dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.log_checked, timeout=30000):
        window.open_dialog.ok.click()
    assert window.show_enterprise(CODE)
    return window


def test_a_file_name_in_the_detail_opens_the_verified_file_from_a_private_temporary_copy(
        qtbot, tmp_path, monkeypatch):
    """The operator clicks a file listed under 佐证材料: it is decrypted with the session's key, verified, written
    to the session's temporary folder under its own name and handed to the system's application; the copy
    goes when the window closes."""
    from zgsz_desktop.ui.district import common

    opened: list[Path] = []
    monkeypatch.setattr(common, "open_path", lambda path: opened.append(Path(path)) or True)
    window = open_district(qtbot, tmp_path)
    page = window.enterprises
    assert "href='evidence:1'" in page.detail.text() and "点击文件名打开" in page.detail.text()
    page.detail.linkActivated.emit("evidence:1")  # 数控车间现场照片.jpg, as clicked
    with qtbot.waitSignal(page.file_task.ended, timeout=30000):
        pass
    (path,) = opened
    assert path.name == "数控车间现场照片.jpg" and path.read_bytes() == PHOTO
    assert window.session.report_dir() in path.parents
    assert "已通过核验并打开" in page.report_message.text() and "数控车间现场照片.jpg" in page.report_message.text()

    page.detail.linkActivated.emit("evidence:0")
    with qtbot.waitSignal(page.file_task.ended, timeout=30000):
        pass
    assert opened[1].name == "两化融合管理体系评定证书.pdf" and opened[1].read_bytes() == CERT
    page.detail.linkActivated.emit("evidence:9")  # not a file listed (an old link): nothing happens
    assert len(opened) == 2
    temporary = window.session.report_dir()
    window.close()
    assert not temporary.exists()  # decrypted files do not outlive the session


def test_a_file_whose_record_was_changed_is_refused_with_a_reason_and_not_opened(qtbot, tmp_path, monkeypatch):
    import sqlite3

    from zgsz_desktop.ui.district import common

    opened: list[Path] = []
    monkeypatch.setattr(common, "open_path", lambda path: opened.append(Path(path)) or True)
    window = open_district(qtbot, tmp_path)
    page = window.enterprises
    conn = sqlite3.connect(window.session.path)  # someone with a database tool
    conn.execute("UPDATE submission_evidence SET sha256 = ? WHERE file_name = ?",
                 (hashlib.sha256(b"other").hexdigest(), "数控车间现场照片.jpg"))
    conn.commit()
    conn.close()
    page.show_detail(page.selected_row())
    page.detail.linkActivated.emit("evidence:1")
    with qtbot.waitSignal(page.file_task.ended, timeout=30000):
        pass
    assert opened == []
    assert "数据库可能被修改过" in page.report_message.text()
    window.close()


def test_after_an_export_the_folder_is_offered_and_opens_in_the_file_manager(qtbot, tmp_path, monkeypatch):
    from zgsz_desktop.ui.district import common

    opened: list[Path] = []
    monkeypatch.setattr(common, "open_path", lambda path: opened.append(Path(path)) or True)
    window = open_district(qtbot, tmp_path)
    page = window.enterprises
    assert not page.open_folder_button.isVisible()  # nothing exported yet
    out = tmp_path / "exported"
    out.mkdir()
    with qtbot.waitSignal(page.export_evidence(page.selected_row(), out).ended, timeout=30000):
        pass
    assert page.open_folder_button.isVisible() and page.open_folder_button.text() == "打开文件夹"
    page.open_folder_button.click()
    assert opened == [page.last_evidence] and page.last_evidence.parent == out
    page.show_detail(None)  # another enterprise chosen: its folder is not this one
    assert not page.open_folder_button.isVisible()
    window.close()
