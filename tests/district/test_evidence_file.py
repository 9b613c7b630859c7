"""One evidence file opened at the district for reading (the enterprise detail's file links): the bytes the
enterprise attached, verified like an export; a database whose record of the file was changed is refused."""

from __future__ import annotations

import hashlib

import pytest
from district_fixtures import CREATED, district, document, key_pair, uscc

from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.evidence import EvidenceExportRefused, enterprise_evidence
from zgsz_desktop.district.evidence_file import evidence_content
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.package.build import EvidenceFile
from zgsz_desktop.package.export import make_package
from zgsz_desktop.workspace.evidence_rules import PDF, PNG

CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"
CODE = uscc(78)
NAME = "南通佐证精密机械有限公司"
CERT = b"%PDF-1.7\n" + "两化融合管理体系评定证书".encode() * 30 + b"\n%%EOF\n"
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


@pytest.fixture()
def db(tmp_path):
    documents = [document(q, code=CODE, name=NAME) for q in (CORE, MIIT)]
    question = documents[0].questionnaire.modules[0].questions[0].id
    signing, private = key_pair(CODE)
    data, _, _ = make_package(documents, signing_key=signing, private_key=private, recipient=district().recipient,
                              package_id="0e1d0000-0000-4000-8000-000000000078", sequence=1, supersedes=(),
                              created_at=CREATED, report_pdf=b"%PDF-1.4\n%%EOF\n",
                              evidence=[EvidenceFile(CORE, question, "证书.pdf", PDF, CERT),
                                        EvidenceFile(CORE, question, "车间.png", PNG, PHOTO)])
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.zgsz").write_bytes(data)
    database = open_db(tmp_path / "d.zgszdb")
    assert [o.verdict for o in import_packages(database, [inbox], district().identity,
                                               now=lambda: CREATED).outcomes] == ["new"]
    yield database
    database.conn.close()


def test_each_listed_file_opens_as_the_enterprise_attached_it(db):
    cert, photo = enterprise_evidence(db, CODE)
    assert evidence_content(db, district().identity, cert) == CERT
    assert evidence_content(db, district().identity, photo) == PHOTO


def test_a_record_changed_in_the_database_is_refused_not_opened(db):
    cert, _ = enterprise_evidence(db, CODE)
    db.execute("UPDATE submission_evidence SET sha256 = ? WHERE evidence_id = ?",
               [hashlib.sha256(PHOTO).hexdigest(), cert.evidence_id])
    db.conn.commit()
    (changed, _) = enterprise_evidence(db, CODE)
    with pytest.raises(EvidenceExportRefused, match="数据库可能被修改过"):
        evidence_content(db, district().identity, changed)
