"""The district workstation with both package formats: release 0.1's format-1 packages (one per
questionnaire) and format 2 (one per submission); a release 0.1 district database opens, migrates and
keeps working."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from district_fixtures import district, document, package

from zgsz_desktop.demo_district import light_package
from zgsz_desktop.district.audit import audit
from zgsz_desktop.district.dashboard import refresh
from zgsz_desktop.district.db import SCHEMA_VERSION, check_log, open_db, schema_version
from zgsz_desktop.district.identity import DistrictIdentity
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.key_approval import ApprovalRefused, approve_key, held_keys
from zgsz_desktop.package.keys import load_district_key

RELEASE_0_1 = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1"
PAIR = [RELEASE_0_1 / "pair-core.zgsz", RELEASE_0_1 / "pair-miit.zgsz"]
LONE = RELEASE_0_1 / "lone-core.zgsz"
RUIFENG = "91320685MA1R8K2X5W"


@pytest.fixture(scope="module")
def identity() -> DistrictIdentity:
    return DistrictIdentity.from_key(load_district_key(RELEASE_0_1 / "district.zgszdistrict"), "release-0.1-district")


def test_a_format_1_pair_is_one_submission_and_a_lone_one_is_partial(tmp_path, identity):
    db = open_db(tmp_path / "d.zgszdb")
    summary = import_packages(db, [*PAIR, LONE], identity, workers=1)
    assert [o.verdict for o in summary.outcomes] == ["new", "new", "new"]
    board, rows = refresh(db, 2024)
    assert board.submitted == 2
    (partial,) = board.partial
    assert partial["name"] == "南通单报机械有限公司" and partial["missing"] == ["中小企业数字化水平评测"]
    status = {row.name: row.submission_status for row in rows}
    assert status == {"南通瑞丰精密机械有限公司": "完整", "南通单报机械有限公司": "不完整（缺中小企业数字化水平评测）"}
    assert any("不完整报送" in note for note in board.notes)  # the dashboard says what it means
    assert audit(db, identity).ok


def test_a_format_2_package_supersedes_both_halves_and_an_old_pair_arriving_late_stays_history(tmp_path):
    d = district()
    db = open_db(tmp_path / "d.zgszdb")
    code = "91320685MA1R8K2X5W"
    core = document("nantong-zgsz-core", code=code, name="南通瑞丰精密机械有限公司")
    miit = document("miit-sme-2024", code=code, name="南通瑞丰精密机械有限公司")
    from district_fixtures import key_pair

    signing, private = key_pair("ruifeng")
    old_core = package(core, "ruifeng", sequence=1)
    old_miit = package(miit, "ruifeng", sequence=2)
    whole = light_package([core, miit], signing, private, d.recipient,
                          package_id="7e57c0de-0000-4000-8000-000000000003", sequence=3,
                          created_at="2025-02-01T00:00:00+00:00")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-whole.zgsz").write_bytes(whole)
    (folder / "b-core.zgsz").write_bytes(old_core)
    (folder / "c-miit.zgsz").write_bytes(old_miit)
    outcomes = import_packages(db, [folder / "a-whole.zgsz", folder / "b-core.zgsz", folder / "c-miit.zgsz"],
                               d.identity, workers=1).outcomes
    assert [o.verdict for o in outcomes] == ["new", "stale", "stale"]
    assert db.execute("SELECT DISTINCT package_id FROM submissions WHERE current = 1").fetchall() == [
        ("7e57c0de-0000-4000-8000-000000000003",)]
    board, rows = refresh(db, 2024)
    assert board.partial == [] and rows[0].submission_status == "完整"
    assert audit(db, d.identity).ok


def test_a_release_0_1_district_database_migrates_and_keeps_working(tmp_path, identity):
    path = tmp_path / "haian.zgszdb"
    shutil.copy(RELEASE_0_1 / "district.zgszdb", path)
    db = open_db(path)
    assert schema_version(db) == SCHEMA_VERSION
    assert list(tmp_path.glob("haian.zgszdb.before-v1-*.bak"))  # the old file is kept beside it
    assert check_log(db).ok and audit(db, identity).ok
    board, _ = refresh(db, 2024)
    assert [p["name"] for p in board.partial] == ["南通单报机械有限公司"]
    # a key held by release 0.1 is approved with the 9 digits printed on its paper report
    (held,) = held_keys(db)
    code = (RELEASE_0_1 / "held-code.txt").read_text(encoding="utf-8").strip()
    # the 16-character key fingerprint printed beside it on the 0.1 report is the held key's id
    fingerprint = held.key_id
    with pytest.raises(ApprovalRefused, match="9 位数字"):
        approve_key(db, held.id, "111-111-111", identity, fingerprint=fingerprint)
    full_width = code.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    # 9 digits are about 30 bits, found by trial on one PC: alone they are refused, and the refusal logged
    with pytest.raises(ApprovalRefused, match="密钥指纹"):
        approve_key(db, held.id, full_width, identity)
    assert db.execute("SELECT verdict FROM import_log ORDER BY seq DESC LIMIT 1").fetchone()[0] == "approval_refused"
    outcomes = approve_key(db, held.id, full_width, identity, fingerprint=fingerprint.lower().replace("-", " "))
    # made (2025-02-03) before the pair the registered key sent since: approved, and kept as history
    assert [o.verdict for o in outcomes] == ["stale"]
    assert db.execute("SELECT key_epoch FROM enterprises WHERE uscc = ?", [RUIFENG]).fetchone()[0] == 2
    assert audit(db, identity).ok
    # and the format-2 package of the migrated enterprise workspace imports as the newest
    assert import_packages(db, [LONE], identity, workers=1).outcomes[0].verdict == "duplicate"


def test_a_held_format_2_key_is_approved_with_the_20_character_code_however_it_is_typed(tmp_path):
    d = district()
    db = open_db(tmp_path / "d.zgszdb")
    code = "91320685MA1R8K2X5W"
    doc = document("nantong-zgsz-core", code=code, name="南通瑞丰精密机械有限公司")
    first = tmp_path / "first.zgsz"
    first.write_bytes(package(doc, "original"))
    second = tmp_path / "second.zgsz"
    second.write_bytes(package(doc, "reinstalled"))
    import_packages(db, [first], d.identity, workers=1)
    (outcome,) = import_packages(db, [second], d.identity, workers=1).outcomes
    assert outcome.verdict == "key_held"
    from zgsz_desktop.package.verify import verify_bytes

    paper = verify_bytes(second.read_bytes()).manifest["verification_code"]
    (held,) = held_keys(db)
    with pytest.raises(ApprovalRefused, match="20 位"):
        approve_key(db, held.id, paper[:-1] + ("0" if paper[-1] != "0" else "1"), d.identity)
    typed = paper.lower().replace("-", " ").replace("0", "o")  # read aloud, typed in lower case
    assert [o.verdict for o in approve_key(db, held.id, typed, d.identity)] == ["superseding"]


def test_a_key_held_since_0_1_approved_after_a_newer_submission_does_not_split_it(tmp_path, identity,
                                                                                   monkeypatch):
    """The enterprise went on reporting with its registered key (a format-2 package of both questionnaires);
    approving the older package held under a new key files it in history instead of replacing half."""
    from zgsz_desktop.package import keys
    from zgsz_desktop.package.export import export_submission
    from zgsz_desktop.workspace import Workspace

    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)
    path = tmp_path / "haian.zgszdb"
    shutil.copy(RELEASE_0_1 / "district.zgszdb", path)
    db = open_db(path)
    shutil.copytree(RELEASE_0_1 / "workspace", tmp_path / "ws")
    with Workspace.open(tmp_path / "ws") as ws:
        result = export_submission(ws, "2024年度", identity_recipient(), "release-0.1-enterprise", tmp_path / "p")
    assert [o.verdict for o in import_packages(db, [result.package_path], identity, workers=1).outcomes] == [
        "superseding"]
    (held,) = held_keys(db)
    code = (RELEASE_0_1 / "held-code.txt").read_text(encoding="utf-8").strip()
    assert [o.verdict for o in approve_key(db, held.id, code, identity, fingerprint=held.key_id)] == ["stale"]
    current = db.execute("SELECT DISTINCT package_id FROM submissions WHERE uscc = ? AND current = 1",
                         [RUIFENG]).fetchall()
    assert current == [(result.package_id,)]  # one package is the whole current submission
    assert audit(db, identity).ok


def identity_recipient():
    return load_district_key(RELEASE_0_1 / "district.zgszdistrict").recipient


def test_every_row_of_a_package_is_checked_against_its_evidence(tmp_path, identity):
    from zgsz_desktop.district.stored_reports import submission_report
    from zgsz_desktop.errors import UserError

    db = open_db(tmp_path / "d.zgszdb")
    import_packages(db, [*PAIR, LONE], identity, workers=1)
    pair_core = db.execute("SELECT package_id FROM submissions WHERE questionnaire_id = 'nantong-zgsz-core' "
                           "AND uscc = ?", [RUIFENG]).fetchone()[0]
    lone_sha = db.execute("SELECT package_sha256 FROM submissions WHERE uscc != ?", [RUIFENG]).fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("UPDATE submissions SET package_sha256 = ? WHERE package_id = ?", [lone_sha, pair_core])
    report = audit(db, identity)
    assert not report.ok and any(pair_core in problem for problem in report.problems)
    with pytest.raises(UserError, match="被修改"):
        submission_report(db, pair_core, identity)  # never another enterprise's report
