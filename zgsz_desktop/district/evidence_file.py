"""One evidence file (佐证材料) opened at the district, for reading on screen: the kept package is checked against
its recorded SHA-256 and verified again (signature, every sealed hash), its files are opened with the district
key and checked against the manifest (size, SHA-256, type by content), and the one asked for is returned only
if it is the file the database lists (same SHA-256). The same checks as :func:`evidence.export_evidence`,
for one file instead of a folder of them."""

from __future__ import annotations

import hashlib

import sqlite_utils

from ..messages import say
from .evidence import EvidenceExportRefused, EvidenceRow, kept_package
from .identity import DistrictIdentity


def evidence_content(db: sqlite_utils.Database, identity: DistrictIdentity, row: EvidenceRow) -> bytes:
    """The bytes of the evidence file ``row`` (from :func:`evidence.enterprise_evidence`), verified as an export
    verifies them. Raises :class:`evidence.EvidenceExportRefused` (a ``UserError``) when the kept package or
    the database's record of the file does not match, and ``PackageRejected`` when the package fails again."""
    from ..package.verify import open_evidence, open_package

    verified, entries = open_package(kept_package(db, row.package_id))
    for opened in open_evidence(verified, entries, identity.key_id, identity.private_key()):
        if opened.info.id == row.evidence_id:
            if hashlib.sha256(opened.data).hexdigest() != row.sha256:
                break
            return opened.data
    raise EvidenceExportRefused(say("数据库中佐证材料的记录与保存的报告包不符，数据库可能被修改过"
                                    "（可运行“核查数据库”查看）"))
