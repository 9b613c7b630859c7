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
