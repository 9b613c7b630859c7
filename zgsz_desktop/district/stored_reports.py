"""Opening a stored submission's PDF report from the signed package kept as evidence, verified again."""

from __future__ import annotations

import hashlib

import sqlite_utils

from ..errors import UserError
from .identity import DistrictIdentity


def submission_report(db: sqlite_utils.Database, package_id: str, identity: DistrictIdentity) -> bytes:
    """The PDF report of a stored submission, decrypted from the signed package kept as evidence
    (verified again on the way: a database edited behind our back does not show a forged report)."""
    from ..package.verify import verify_bytes

    rows = db.execute("SELECT s.package_sha256, s.uscc, p.data FROM submissions s "
                      "LEFT JOIN packages p ON p.sha256 = s.package_sha256 WHERE s.package_id = ? "
                      "ORDER BY s.questionnaire_id", [package_id]).fetchall()
    if not rows:
        raise UserError("找不到这份报送的报告包")
    edited = UserError("数据库中保存的报告包与导入时的记录不符，数据库可能被修改过（可运行“核查数据库”查看）")
    # every questionnaire row of the package must name the same evidence (an edited row must not show another's)
    if len({(sha, uscc) for sha, uscc, _ in rows}) != 1:
        raise edited
    sha, uscc, data = rows[0]
    if data is None or hashlib.sha256(data).hexdigest() != sha:
        raise edited
    verified = verify_bytes(data, identity.key_id, identity.private_key(), district_name=identity.district)
    if verified.package_id != package_id or verified.manifest["enterprise"]["uscc"] != uscc:
        raise edited
    assert verified.payload is not None
    return verified.payload.report_pdf
