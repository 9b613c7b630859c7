"""District import: verdicts for a mixed batch, the database state they leave, key pinning and approval,
dry runs that store nothing, the hash-chained log, and the CLI's exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from district_fixtures import PASSPHRASE, district, document, package, uscc, write

from zgsz_desktop.cli import main
from zgsz_desktop.district.db import DistrictDbError, check_log, open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.key_approval import ApprovalRefused, approve_key, held_keys, reject_key
from zgsz_desktop.errors import UserError
from zgsz_desktop.fileio import write_json_atomic

CORE = "nantong-zgsz-core"
MIIT = "miit-sme-2024"
A, B, C, D = uscc(1), uscc(2), uscc(3), uscc(4)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Files named so that sorted order is the arrival order the verdicts depend on."""
    folder = tmp_path_factory.mktemp("batch")
    a1 = package(document(CORE, code=A, name="甲公司"), "key-a", sequence=1)
    a2 = package(document(CORE, code=A, name="甲公司"), "key-a", sequence=2)
    b2 = package(document(CORE, code=B, name="乙公司"), "key-b", sequence=2)
    b1 = package(document(CORE, code=B, name="乙公司"), "key-b", sequence=1)
    c1 = package(document(MIIT, code=C, name="丙公司"), "key-c")
    other = district("如皋市")
    rugao = package(document(CORE, code=D, name="丁公司", district_name="如皋市"), "key-d", to=other)
    # the enterprise reinstalled its app: a new key, and its sequence numbers start again at 1
    a_new_key = package(document(CORE, code=A, name="甲公司"), "key-a-reinstalled", sequence=1)
    tampered = _edit_payload(c1)
    files = {
        "genuine": write(folder, "01-a1.zgsz", a1),
        "duplicate": write(folder, "02-a1-copy.zgsz", a1),
        "superseding": write(folder, "03-a2.zgsz", a2),
        "newer_first": write(folder, "04-b2.zgsz", b2),
        "stale": write(folder, "05-b1.zgsz", b1),
        "other_genuine": write(folder, "06-c1.zgsz", c1),
        "tampered": write(folder, "07-c1-tampered.zgsz", tampered),
        "wrong_district": write(folder, "08-rugao.zgsz", rugao),
        "new_key": write(folder, "09-a3-new-key.zgsz", a_new_key),
        "truncated": write(folder, "10-truncated.zgsz", a2[: len(a2) // 2]),
        "not_a_package": write(folder, "11-notes.zgsz", "会议纪要".encode()),
    }
    return files


def _edit_payload(data: bytes) -> bytes:
    """What a deliberate edit looks like: one byte of the sealed answers changed and the archive written
    again with correct CRCs (a flipped byte with a stale CRC is just a damaged file)."""
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            content = bytearray(source.read(info))
            if info.filename == "payload/answers.json.hpke":
                content[40] ^= 0x01
            target.writestr(info, bytes(content))
    return out.getvalue()


EXPECTED = {
    "genuine": "new", "duplicate": "duplicate", "superseding": "superseding", "newer_first": "new", "stale": "stale",
    "other_genuine": "new", "tampered": "tampered", "wrong_district": "wrong_district", "new_key": "key_held",
    "truncated": "damaged", "not_a_package": "damaged",
}


def _verdicts(summary, batch) -> dict[str, str]:
    by_source = {Path(o.source).name: o.verdict for o in summary.outcomes}
    return {label: by_source[path.name] for label, path in batch.items()}


def test_mixed_batch_gives_exactly_the_expected_verdicts_and_state(tmp_path, batch):
    db = open_db(tmp_path / "d.zgszdb")
    summary = import_packages(db, [next(iter(batch.values())).parent], district().identity, workers=1)

    assert _verdicts(summary, batch) == EXPECTED
    rows = db.execute("SELECT uscc, sequence, current FROM submissions ORDER BY uscc, sequence").fetchall()
    # A: 1 superseded by 2 (kept as history); B: 2 current, 1 stored late as history; C: the genuine MIIT one
    assert rows == [(A, 1, 0), (A, 2, 1), (B, 1, 0), (B, 2, 1), (C, 1, 1)]
    assert {r[0] for r in db.execute("SELECT uscc FROM enterprises")} == {A, B, C}
    pinned = db.execute("SELECT key_id FROM enterprises WHERE uscc = ?", [A]).fetchone()[0]
    held = held_keys(db)
    assert len(held) == 1 and held[0].uscc == A and held[0].pinned_key_id == pinned and held[0].key_id != pinned
    # every file has one log entry, and the chain is intact
    assert check_log(db).ok and check_log(db).entries == len(batch)
    # every stored submission keeps its signed package as evidence
    assert db.execute("SELECT count(*) FROM submissions s LEFT JOIN packages p ON p.sha256 = s.package_sha256 "
                      "WHERE p.sha256 IS NULL").fetchone()[0] == 0
    tampered = next(o for o in summary.outcomes if Path(o.source).name == batch["tampered"].name)
    assert tampered.reason in ("hash_mismatch", "bad_signature", "decrypt_failed", "payload_mismatch")
    assert "修改" in tampered.label
    # staff learn whom to call, marked as unverified
    assert f"报告包自称来自：丙公司（{C}），2024年度（未经验证）" in tampered.message


def test_parallel_import_decides_the_same_as_serial(tmp_path, batch, monkeypatch):
    monkeypatch.setattr("zgsz_desktop.district.importer.PARALLEL_FROM", 2)
    db = open_db(tmp_path / "d.zgszdb")
    summary = import_packages(db, [next(iter(batch.values())).parent], district().identity, workers=2)
    assert _verdicts(summary, batch) == EXPECTED


def test_importing_the_batch_again_changes_nothing(tmp_path, batch):
    db = open_db(tmp_path / "d.zgszdb")
    folder = next(iter(batch.values())).parent
    import_packages(db, [folder], district().identity, workers=1)
    before = db.execute("SELECT package_id, current FROM submissions ORDER BY package_id").fetchall()
    again = import_packages(db, [folder], district().identity, workers=1)
    stored = {o.verdict for o in again.outcomes if Path(o.source).name in
              {batch[k].name for k in ("genuine", "superseding", "newer_first", "stale", "other_genuine")}}
    assert stored == {"duplicate"}
    assert db.execute("SELECT package_id, current FROM submissions ORDER BY package_id").fetchall() == before
    assert len(held_keys(db)) == 1  # the held package is not held twice


def test_dry_run_lists_the_same_verdicts_and_stores_nothing(tmp_path, batch):
    db = open_db(tmp_path / "d.zgszdb")
    preview = import_packages(db, [next(iter(batch.values())).parent], district().identity, dry_run=True, workers=1)
    assert _verdicts(preview, batch) == EXPECTED
    assert "将导入" in next(o.label for o in preview.outcomes if o.verdict == "new")
    for table in ("submissions", "enterprises", "packages", "held_keys", "import_log", "meta"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def _paper_code(path: Path) -> str:
    """The code printed on the enterprise's stamped paper report (= the package's own)."""
    from zgsz_desktop.package.verify import verify_bytes

    return verify_bytes(path.read_bytes()).manifest["verification_code"]


def test_new_key_is_approved_only_with_the_code_from_the_paper_report(tmp_path, batch):
    db = open_db(tmp_path / "d.zgszdb")
    summary = import_packages(db, [next(iter(batch.values())).parent], district().identity, workers=1)
    held_outcome = next(o for o in summary.outcomes if o.verdict == "key_held")
    code = _paper_code(batch["new_key"])
    # the screen and the log never show the code: the operator must read it from the paper
    assert held_outcome.verification_code == "" and code not in held_outcome.message
    assert not any(code in str(row) for row in db.execute("SELECT * FROM import_log"))
    [held] = held_keys(db)
    with pytest.raises(ApprovalRefused, match="核验码") as refused:
        approve_key(db, held.id, "000-000-000", district().identity)
    assert code[:3] not in str(refused.value).replace("9 位", "")
    assert db.execute("SELECT key_id FROM enterprises WHERE uscc = ?", [A]).fetchone()[0] == held.pinned_key_id
    full_width = code.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))  # typed with a Chinese IME
    outcomes = approve_key(db, held.id, full_width, district().identity)
    # the reinstalled app restarted at sequence 1, yet its report is the newest version
    assert [o.verdict for o in outcomes] == ["superseding"]
    assert db.execute("SELECT key_id FROM enterprises WHERE uscc = ?", [A]).fetchone()[0] == held.key_id
    assert db.execute("SELECT key_epoch, sequence FROM submissions WHERE uscc = ? AND current = 1",
                      [A]).fetchone() == (2, 1)
    assert held_keys(db) == [] and check_log(db).ok
    with pytest.raises(ApprovalRefused):
        approve_key(db, held.id, code, district().identity)  # already decided


def test_rejected_key_stays_out_of_the_figures(tmp_path, batch):
    db = open_db(tmp_path / "d.zgszdb")
    import_packages(db, [next(iter(batch.values())).parent], district().identity, workers=1)
    [held] = held_keys(db)
    reject_key(db, held.id, district().identity, note="企业称未重装软件")
    assert held_keys(db) == []
    assert db.execute("SELECT count(*) FROM submissions WHERE uscc = ?", [A]).fetchone()[0] == 2
    assert db.execute("SELECT verdict FROM import_log ORDER BY seq DESC LIMIT 1").fetchone()[0] == "key_rejected"


def test_log_edit_is_detected(tmp_path, batch):
    db = open_db(tmp_path / "d.zgszdb")
    import_packages(db, [batch["genuine"], batch["tampered"], batch["other_genuine"]], district().identity, workers=1)
    seq = db.execute("SELECT seq FROM import_log WHERE verdict = 'tampered'").fetchone()[0]
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE import_log SET verdict = 'new' WHERE seq = ?", [seq])
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM import_log WHERE seq = ?", [seq])
    # someone with the file and an SQLite editor removes the guard and rewrites the rejection
    db.execute("DROP TRIGGER import_log_no_update")
    db.execute("UPDATE import_log SET verdict = 'new', detail = '' WHERE seq = ?", [seq])
    check = check_log(db)
    assert not check.ok and check.first_bad == seq and "被修改" in check.message


def test_a_database_belongs_to_one_district(tmp_path, batch):
    db = open_db(tmp_path / "d.zgszdb")
    import_packages(db, [batch["genuine"]], district().identity, workers=1)
    with pytest.raises(UserError, match="海安市"):
        import_packages(db, [batch["wrong_district"]], district("如皋市").identity, workers=1)


def test_a_foreign_database_is_refused_untouched(tmp_path):
    workspace_db = tmp_path / "workspace.sqlite"
    conn = sqlite3.connect(workspace_db)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = workspace_db.read_bytes()
    with pytest.raises(DistrictDbError, match="不是区县数据库"):
        open_db(workspace_db)
    assert workspace_db.read_bytes() == before


def test_cli_import_reports_verdicts_and_exit_codes(tmp_path, batch, capsys, monkeypatch):
    key_file = tmp_path / "district.zgszdistrict"
    write_json_atomic(key_file, district().key.to_json())
    monkeypatch.setenv("ZP", PASSPHRASE)
    db = tmp_path / "d.zgszdb"
    args = ["district", "import", "--db", str(db), "--district-key", str(key_file), "--passphrase-env", "ZP"]

    assert main([*args, str(batch["genuine"]), str(batch["other_genuine"])]) == 0
    assert main([*args, str(batch["tampered"]), str(batch["superseding"])]) == 1  # one refused: scripts notice
    out = capsys.readouterr().out
    assert "07-c1-tampered.zgsz" in out and "验证未通过" in out and "更新版本" in out
    monkeypatch.setenv("ZP", "wrong passphrase")
    assert main([*args, str(batch["stale"])]) == 2
    assert open_db(db).execute("SELECT count(*) FROM submissions").fetchone()[0] == 3


def test_cli_json_lists_every_file(tmp_path, batch, capsys, monkeypatch):
    key_file = tmp_path / "district.zgszdistrict"
    write_json_atomic(key_file, district().key.to_json())
    monkeypatch.setenv("ZP", PASSPHRASE)
    code = main(["district", "import", "--db", str(tmp_path / "d.zgszdb"), "--district-key", str(key_file),
                 "--passphrase-env", "ZP", "--dry-run", "--json", str(next(iter(batch.values())).parent)])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["dry_run"] is True and data["total"] == len(batch)
    assert {Path(o["source"]).name: o["verdict"] for o in data["outcomes"]} == {
        path.name: EXPECTED[label] for label, path in batch.items()}
