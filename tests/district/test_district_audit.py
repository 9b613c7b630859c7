"""The district database is an index of signed evidence: whatever is edited behind the app's back —
any column of any table, a deleted row, a log rebuilt without the district's key — the audit finds it,
names it in Chinese and never crashes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from district_fixtures import PASSPHRASE, district, document, key_pair, package, uscc, write
from policy_fixtures import CITY_EDITION

from zgsz_desktop.cli import main
from zgsz_desktop.demo_district import light_package
from zgsz_desktop.district.audit import TABLE_NAMES, TABLES, audit
from zgsz_desktop.district.db import _entry_hash, check_log, open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.key_approval import ApprovalRefused, approve_key, held_keys, reject_key
from zgsz_desktop.district.policy_files import load_policy_file
from zgsz_desktop.district.roster import import_roster
from zgsz_desktop.fileio import write_json_atomic
from zgsz_desktop.package.build import EvidenceFile
from zgsz_desktop.package.verify import verify_bytes
from zgsz_desktop.policy.signed import generate_city_key, sign_edition

CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"
A, B, C = uscc(401), uscc(402), uscc(403)


@pytest.fixture(scope="module")
def evidence_db(tmp_path_factory) -> Path:
    """A district database that has seen every kind of write: new, superseding and stale packages, a key
    held then approved, another held then rejected, a refused approval, a roster and the city's policy edition."""
    folder = tmp_path_factory.mktemp("evidence")
    d = district()
    path = folder / "haian.zgszdb"
    db = open_db(path)
    first = [write(folder, "a1.zgsz", package(document(CORE, code=A, name="甲公司"), "a", sequence=1)),
             write(folder, "a2.zgsz", package(document(CORE, code=A, name="甲公司"), "a", sequence=2)),
             write(folder, "b1.zgsz", package(document(MIIT, code=B, name="乙公司"), "b", sequence=1)),
             write(folder, "c1.zgsz", _with_evidence(document(CORE, code=C, name="丙公司"), "c"))]
    import_packages(db, first, d.identity, workers=1)
    stale = write(folder, "a1-again.zgsz", package(document(CORE, code=A, name="甲公司"), "a", sequence=1))
    new_key = write(folder, "b-new.zgsz", package(document(MIIT, code=B, name="乙公司"), "b-new", sequence=1))
    bad_key = write(folder, "c-new.zgsz", package(document(CORE, code=C, name="丙公司"), "c-new", sequence=5))
    import_packages(db, [stale, new_key, bad_key], d.identity, workers=1)
    held = {h.uscc: h for h in held_keys(db)}
    with pytest.raises(ApprovalRefused):
        approve_key(db, held[B].id, "0000-0000-0000-0000-0000", d.identity)
    code = verify_bytes(new_key.read_bytes()).manifest["verification_code"]
    approve_key(db, held[B].id, code, d.identity, note="已核对盖章报告")
    reject_key(db, held[C].id, d.identity, note="企业称未换电脑")
    roster = folder / "名单.csv"
    roster.write_text(f"统一社会信用代码,企业名称,重点企业\n{A},甲公司,是\n{B},乙公司,否\n{uscc(404)},丁公司,是\n",
                      encoding="utf-8-sig")
    import_roster(db, roster, d.identity)
    city_key = generate_city_key(folder / "city.key", "city-passphrase-1")
    edition = folder / "南通2025.zgszpolicy"
    edition.write_bytes(sign_edition(CITY_EDITION, city_key, "city-passphrase-1", "南通市工业和信息化局"))
    load_policy_file(db, edition, d.identity, fingerprint=city_key.key_id)
    db.conn.close()
    return path


def _with_evidence(doc, label):
    """A package that carries one evidence file, so the audit has submission_evidence rows to check."""
    signing, private = key_pair(label)
    question = doc.questionnaire.modules[0].questions[0].id
    files = [EvidenceFile(CORE, question, "证书.pdf", "application/pdf", b"%PDF-1.7\n" + b"x" * 200)]
    return light_package(doc, signing, private, district().recipient, package_id="c0000000-0000-4000-8000-000000000001",
               sequence=1, created_at="2025-01-15T09:00:00+00:00", evidence=files)


def _copy(evidence_db: Path, tmp_path: Path) -> sqlite3.Connection:
    target = tmp_path / "copy.zgszdb"
    shutil.copy(evidence_db, target)
    conn = sqlite3.connect(target, isolation_level=None)
    # what an SQLite editor can do: switch off the foreign keys and drop the append-only guards
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TRIGGER import_log_no_update")
    conn.execute("DROP TRIGGER import_log_no_delete")
    return conn


def _rewrite_rejection_and_rehash(conn: sqlite3.Connection, *, strip_seals: bool) -> None:
    """What someone with the file but not the passphrase can do: rewrite the key rejection's entry and
    recompute every hash after it (the chain has no secret), optionally dropping the signatures."""
    rows = conn.execute("SELECT seq, at, action, verdict, reason, source_name, file_sha256, package_id, uscc, "
                        "detail, data FROM import_log ORDER BY seq").fetchall()
    names = ("at", "action", "verdict", "reason", "source_name", "file_sha256", "package_id", "uscc", "detail",
             "data")
    prev = "0" * 64
    for row in rows:
        entry = dict(zip(names, row[1:], strict=True))
        if entry["verdict"] == "key_rejected":
            entry["detail"] = "（改写）"
        digest = _entry_hash(prev, entry)
        conn.execute("UPDATE import_log SET detail = ?, prev_hash = ?, entry_hash = ? WHERE seq = ?",
                     [entry["detail"], prev, digest, row[0]])
        if strip_seals:
            conn.execute("UPDATE import_log SET seal = '' WHERE seq = ?", [row[0]])
        prev = digest


def _audit(tmp_path: Path):
    db = open_db(tmp_path / "copy.zgszdb", create=False)
    try:
        return audit(db, district().identity)
    finally:
        db.conn.close()


def _changed(value):
    if value is None:
        return "改"
    if isinstance(value, bytes):
        return value + b"\x00"
    if isinstance(value, int):
        return value + 7  # not +1: that would collide with the next sequence number
    if isinstance(value, float):
        return value + 0.25
    return value + "改"


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def _first_row(conn: sqlite3.Connection, table: str) -> tuple[str, list]:
    """A condition naming the first row of ``table``: by rowid, or by its key in a table without rowids
    (``submission_counts``)."""
    try:
        return "rowid = ?", [conn.execute(f"SELECT min(rowid) FROM {table}").fetchone()[0]]
    except sqlite3.OperationalError:  # WITHOUT ROWID
        key = TABLES[table]
        first = conn.execute(f"SELECT {', '.join(key)} FROM {table} ORDER BY {', '.join(key)} LIMIT 1").fetchone()
        assert first is not None, f"{table} is empty: nothing to edit"
        return " AND ".join(f"{column} = ?" for column in key), list(first)


def test_the_untouched_database_passes_and_says_what_it_checked(evidence_db, tmp_path):
    shutil.copy(evidence_db, tmp_path / "copy.zgszdb")
    report = _audit(tmp_path)
    assert report.ok, report.message
    assert report.submissions == 6  # 4 + the stale one + the approved one (the rejected one is not stored)
    assert report.log is not None and report.log.sealed == report.log.entries > 0
    assert "核查通过" in report.message and "区县密钥签名" in report.message


@pytest.mark.parametrize("table", [*TABLES, "import_log"])
def test_every_column_of_every_table_edited_is_found_and_named(evidence_db, tmp_path, table):
    columns = _columns(evidence_db, table)
    assert columns
    missed = []
    for column in columns:
        conn = _copy(evidence_db, tmp_path)
        where, parameters = _first_row(conn, table)
        (value,) = conn.execute(f"SELECT {column} FROM {table} WHERE {where}", parameters).fetchone()
        if table == "import_log" and column == "seq":
            value = conn.execute("SELECT max(seq) FROM import_log").fetchone()[0] + 10  # moves the first entry last
        elif table == "held_keys" and column == "status":  # a decision changed (the CHECK allows only these)
            value = "pending" if value != "pending" else "approved"
        else:
            value = _changed(value)
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", [value, *parameters])
        conn.close()
        report = _audit(tmp_path)
        named = TABLE_NAMES.get(table, "导入日志")
        if report.ok or not any(named in p or "导入日志" in p for p in report.problems):
            missed.append(column)
        assert "Traceback" not in report.message
    assert not missed, f"{table}: edits not found in {missed}"


@pytest.mark.parametrize("table", [*TABLES, "import_log"])
def test_a_deleted_row_of_any_table_is_found(evidence_db, tmp_path, table):
    conn = _copy(evidence_db, tmp_path)
    where, parameters = _first_row(conn, table)
    conn.execute(f"DELETE FROM {table} WHERE {where}", parameters)
    conn.close()
    report = _audit(tmp_path)
    assert not report.ok
    if table != "import_log":
        assert any("删除" in p or "缺失" in p for p in report.problems), report.problems


def test_a_repinned_key_and_a_changed_submission_are_named_in_plain_chinese(evidence_db, tmp_path):
    conn = _copy(evidence_db, tmp_path)
    conn.execute("UPDATE enterprises SET key_id = 'ATTK-ATTK-ATTK-ATTK' WHERE uscc = ?", [A])
    conn.execute("UPDATE submissions SET period = '2023年度' WHERE uscc = ? AND current = 1", [C])
    conn.close()
    report = _audit(tmp_path)
    assert any("甲公司" in p and "登记的签名密钥被改动过" in p and "ATTK" in p for p in report.problems)
    assert any("丙公司" in p and "评估期被改动过" in p for p in report.problems)


def test_a_log_rebuilt_without_the_key_is_found(evidence_db, tmp_path):
    """The chain has no secret: someone can change an entry and recompute every hash after it. The
    district's signatures over the hashes are what they cannot make."""
    conn = _copy(evidence_db, tmp_path)
    _rewrite_rejection_and_rehash(conn, strip_seals=False)
    conn.close()
    db = open_db(tmp_path / "copy.zgszdb", create=False)
    assert check_log(db).first_bad is None  # the chain itself fits again
    assert not check_log(db, district().identity).ok
    db.conn.close()
    report = _audit(tmp_path)
    assert not report.ok and any("区县签名不符" in p for p in report.problems)


def test_stripping_the_signatures_of_the_newest_entries_is_found(evidence_db, tmp_path):
    conn = _copy(evidence_db, tmp_path)
    conn.execute("UPDATE import_log SET seal = '' WHERE seq = (SELECT max(seq) FROM import_log)")
    conn.close()
    report = _audit(tmp_path)
    assert not report.ok and any("没有区县签名" in p for p in report.problems)


def test_a_swapped_roster_file_is_found(evidence_db, tmp_path):
    conn = _copy(evidence_db, tmp_path)
    conn.execute("UPDATE roster_files SET data = CAST(replace(CAST(data AS TEXT), '甲公司', '戊公司') AS BLOB)")
    conn.execute("UPDATE roster SET name = '戊公司' WHERE uscc = ?", [A])
    conn.close()
    report = _audit(tmp_path)
    assert any("名单" in p and "替换" in p for p in report.problems)


def test_cli_audit_exits_non_zero_and_names_the_edit(evidence_db, tmp_path, monkeypatch, capsys):
    conn = _copy(evidence_db, tmp_path)
    conn.execute("UPDATE submissions SET complete = 1 - complete WHERE uscc = ?", [B])
    conn.close()
    key_file = tmp_path / "district.zgszdistrict"
    write_json_atomic(key_file, district().key.to_json())
    monkeypatch.setenv("ZP", PASSPHRASE)
    code = main(["district", "audit", "--db", str(tmp_path / "copy.zgszdb"), "--district-key", str(key_file),
                 "--passphrase-env", "ZP"])
    out = capsys.readouterr().out
    assert code == 1 and "乙公司" in out and "填写完整标记被改动过" in out


def test_a_database_that_only_holds_a_roster_audits_clean(tmp_path):
    """The first signed write — whatever it is — claims the database for the district."""
    roster = tmp_path / "名单.csv"
    roster.write_text(f"统一社会信用代码,企业名称\n{A},甲公司\n", encoding="utf-8")
    db = open_db(tmp_path / "roster-only.zgszdb")
    import_roster(db, roster, district().identity)
    report = audit(db, district().identity)
    assert report.ok, report.message


def test_an_older_copy_put_back_is_found_by_what_this_workstation_noted(evidence_db, tmp_path):
    """Signatures cannot show a rollback: the older copy's signatures are genuine. The workstation's note
    of the log's length and last hash can."""
    current, older = tmp_path / "current.zgszdb", tmp_path / "older.zgszdb"
    shutil.copy(evidence_db, current)
    shutil.copy(evidence_db, older)
    db = open_db(current, create=False)
    try:
        roster = tmp_path / "名单2.csv"
        roster.write_text(f"统一社会信用代码,企业名称\n{A},甲公司\n{B},乙公司\n{C},丙公司\n", encoding="utf-8")
        import_roster(db, roster, district().identity, confirm=True)  # one more signed write, noted
    finally:
        db.conn.close()
    rolled = open_db(older, create=False)
    try:
        report = audit(rolled, district().identity)
    finally:
        rolled.conn.close()
    assert not report.ok and any("较早的副本" in p for p in report.problems), report.problems


def test_every_signature_stripped_and_a_decision_rewritten_is_found(evidence_db, tmp_path):
    """Without signatures the database would pass as one from release 0.2 — except on the workstation
    that saw it signed."""
    from zgsz_desktop.district.anchor import remember

    seen = open_db(evidence_db, create=False)
    remember(seen)  # what the workstation noted after its last write
    seen.conn.close()
    conn = _copy(evidence_db, tmp_path)
    _rewrite_rejection_and_rehash(conn, strip_seals=True)
    conn.close()
    report = _audit(tmp_path)
    assert not report.ok and any("本机记录" in p for p in report.problems), report.problems


def test_dropping_the_log_guards_alone_is_named(evidence_db, tmp_path):
    _copy(evidence_db, tmp_path).close()  # the triggers that keep the log append-only are gone
    report = _audit(tmp_path)
    assert not report.ok and any("触发器 import_log_no_update 被删除了" in p for p in report.problems)


def test_a_table_rebuilt_without_its_key_to_count_rows_twice_is_found(evidence_db, tmp_path):
    """What an SQLite tool's "modify table" does: the copy has no primary key, and a row can appear twice."""
    conn = _copy(evidence_db, tmp_path)
    conn.execute("CREATE TABLE r_x AS SELECT * FROM roster WHERE 0")
    conn.execute("INSERT INTO r_x SELECT * FROM roster")
    conn.execute("INSERT INTO r_x SELECT * FROM roster")
    conn.execute("DROP TABLE roster")
    conn.execute("ALTER TABLE r_x RENAME TO roster")
    conn.close()
    report = _audit(tmp_path)
    assert any("不止一次" in p for p in report.problems)
    assert any("表 名单 的定义" in p for p in report.problems)


@pytest.mark.parametrize("table", ["packages", "import_log", "roster_files"])
def test_a_dropped_table_is_said_not_crashed_on(evidence_db, tmp_path, table):
    conn = _copy(evidence_db, tmp_path)
    conn.execute(f"DROP TABLE {table}")
    conn.close()
    report = _audit(tmp_path)
    assert not report.ok and any("无法由证据重建" in p for p in report.problems)


def test_a_swapped_package_and_a_broken_reference_are_still_reported(evidence_db, tmp_path):
    conn = _copy(evidence_db, tmp_path)
    conn.execute("UPDATE packages SET data = x'00' WHERE rowid = 1")
    conn.execute("DELETE FROM enterprises WHERE uscc = ?", [A])
    conn.close()
    report = _audit(tmp_path)
    assert any("被替换过" in p for p in report.problems) and any("甲公司" in p and "删除" in p
                                                                  for p in report.problems)


def test_an_edited_version_number_is_refused_not_migrated_again(evidence_db, tmp_path):
    from zgsz_desktop.district.db import DistrictDbError

    conn = _copy(evidence_db, tmp_path)
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with pytest.raises(DistrictDbError, match="版本号被改动过"):
        open_db(tmp_path / "copy.zgszdb", create=False)


def test_a_held_code_edited_in_the_database_does_not_open_the_approval(tmp_path):
    """The code typed from paper is compared with the kept, signed package, not with a column."""
    d = district()
    db = open_db(tmp_path / "d.zgszdb")
    first = write(tmp_path, "1.zgsz", package(document(CORE, code=uscc(460), name="戊公司"), "e", sequence=1))
    forged = write(tmp_path, "2.zgsz", package(document(CORE, code=uscc(460), name="戊公司"), "attacker"))
    import_packages(db, [first, forged], d.identity, workers=1)
    (held,) = held_keys(db)
    db.execute("UPDATE held_keys SET verification_code = 'AAAA-AAAA-AAAA-AAAA-AAAA' WHERE id = ?", [held.id])
    with pytest.raises(ApprovalRefused):
        approve_key(db, held.id, "AAAA-AAAA-AAAA-AAAA-AAAA", d.identity)
    assert db.execute("SELECT status FROM held_keys WHERE id = ?", [held.id]).fetchone()[0] == "pending"


def test_signatures_stripped_then_an_approval_forged_is_found_where_it_was_seen_signed(evidence_db, tmp_path):
    """The seal is not part of the chain: stripping every one leaves the hashes as they were. The
    workstation noted that the log was signed from its first entry."""
    from zgsz_desktop.district.anchor import remember

    seen = open_db(evidence_db, create=False)
    remember(seen)
    seen.conn.close()
    conn = _copy(evidence_db, tmp_path)
    conn.execute("UPDATE import_log SET seal = ''")
    conn.close()
    report = _audit(tmp_path)
    assert not report.ok and any("签名被人去掉了" in p for p in report.problems), report.problems


@pytest.fixture()
def counted_differently(monkeypatch):
    """A later release that counts differently (as #15 will): the same signed packages give other facts."""
    from zgsz_desktop.district import checking

    original = checking.submission_facts

    def new_rule(questionnaire, answers, rescored):
        facts = dict(original(questionnaire, answers, rescored))
        facts["counted_by"] = "a newer rule"
        if facts.get("cnc_rate") is not None:
            facts["cnc_rate"] = facts["cnc_rate"] * 0.9
        return facts

    monkeypatch.setattr(checking, "submission_facts", new_rule)


def test_a_changed_counting_rule_is_a_note_not_an_edit(evidence_db, tmp_path, counted_differently):
    shutil.copy(evidence_db, tmp_path / "copy.zgszdb")
    report = _audit(tmp_path)
    assert report.ok, report.problems
    assert any("口径不同" in note for note in report.notes)


def test_after_a_rule_change_an_edited_figure_is_still_found(evidence_db, tmp_path, counted_differently):
    conn = _copy(evidence_db, tmp_path)
    conn.execute("UPDATE submissions SET cnc_rate = 0.99 WHERE uscc = ? AND current = 1", [A])
    conn.execute("UPDATE submissions SET facts = replace(facts, '\"complete\": true', '\"complete\": false') "
                 "WHERE uscc = ?", [C])
    conn.close()
    report = _audit(tmp_path)
    assert any("甲公司" in p and "关键工序数控化率被改动过" in p for p in report.problems), report.problems
    assert any("丙公司" in p and "统计数据被改动过" in p for p in report.problems), report.problems


def test_an_approval_counts_what_the_kept_package_says_not_the_held_copy(tmp_path):
    d = district()
    db = open_db(tmp_path / "d.zgszdb")
    first = write(tmp_path, "1.zgsz", package(document(CORE, code=uscc(470), name="己公司"), "f", sequence=1))
    renewed = write(tmp_path, "2.zgsz", package(document(CORE, code=uscc(470), name="己公司"), "f-new"))
    import_packages(db, [first, renewed], d.identity, workers=1)
    (held,) = held_keys(db)
    genuine = db.execute("SELECT cnc_rate FROM submissions WHERE uscc = ?", [uscc(470)]).fetchone()[0]
    content = db.execute("SELECT checked FROM held_keys WHERE id = ?", [held.id]).fetchone()[0]
    assert '"cnc_rate": ' in content  # the copy someone edits below
    db.execute("UPDATE held_keys SET checked = ? WHERE id = ?",
               [content.replace('"cnc_rate": ', '"cnc_rate": 0.99, "was": '), held.id])
    code = verify_bytes(renewed.read_bytes()).manifest["verification_code"]
    approve_key(db, held.id, code, d.identity)
    counted = db.execute("SELECT cnc_rate FROM submissions WHERE uscc = ? AND current = 1", [uscc(470)]).fetchone()[0]
    assert counted == pytest.approx(genuine) and counted != 0.99


# ----------------------------------------------------------------- what each submission counts (schema 6)


def _current_core_package(conn: sqlite3.Connection, code: str) -> str:
    return conn.execute("SELECT package_id FROM submissions WHERE uscc = ? AND questionnaire_id = ? AND current = 1",
                        [code, CORE]).fetchone()[0]


def test_a_count_edited_behind_the_apps_back_is_found_and_named(evidence_db, tmp_path):
    """The dashboard counts the quota rows from ``submission_counts``: a count edited with an SQLite editor changes
    a figure, and the audit (which writes them again from the signed packages) names the row and the value."""
    from zgsz_desktop.district.audit import BUCKET_NAMES
    from zgsz_desktop.district.dashboard import refresh

    conn = _copy(evidence_db, tmp_path)
    package_id = _current_core_package(conn, A)
    bucket, year, n = conn.execute("SELECT bucket, year, n FROM submission_counts WHERE package_id = ? "
                                   "ORDER BY bucket, year LIMIT 1", [package_id]).fetchone()
    conn.execute("UPDATE submission_counts SET n = ? WHERE package_id = ? AND bucket = ? AND year = ?",
                 [n + 5, package_id, bucket, year])
    conn.close()
    genuine, edited = open_db(evidence_db, create=False), open_db(tmp_path / "copy.zgszdb", create=False)
    assert refresh(genuine, year)[0].quotas != refresh(edited, year)[0].quotas  # a figure staff see has changed
    genuine.conn.close()
    edited.conn.close()
    report = _audit(tmp_path)
    counts = [p for p in report.problems if "统计计数" in p]
    assert len(counts) == 1 and f"统计计数“{BUCKET_NAMES[bucket]}”{year}年" in counts[0] and package_id in counts[0]
    assert f"数量被改动过（数据库中为“{n + 5}”，按原始证据应为“{n}”）" in counts[0], counts


def test_a_count_added_or_deleted_behind_the_apps_back_is_found(evidence_db, tmp_path):
    conn = _copy(evidence_db, tmp_path)
    added, deleted = _current_core_package(conn, A), _current_core_package(conn, C)
    conn.execute("INSERT INTO submission_counts (package_id, questionnaire_id, bucket, year, n) "
                 "VALUES (?, ?, 'projects_completed', 2019, 40)", [added, CORE])
    conn.execute("DELETE FROM submission_counts WHERE package_id = ?", [deleted])
    conn.close()
    report = _audit(tmp_path)
    assert any(added in p and "2019年" in p and "多出这一行" in p for p in report.problems), report.problems
    assert any(deleted in p and "被删除了" in p for p in report.problems), report.problems


def test_counts_and_facts_edited_to_agree_are_still_found(evidence_db, tmp_path):
    """Someone who edits the facts and the counts alike: the facts are compared with the signed package."""
    conn = _copy(evidence_db, tmp_path)
    package_id = _current_core_package(conn, A)
    facts = conn.execute("SELECT facts FROM submissions WHERE package_id = ? AND questionnaire_id = ?",
                         [package_id, CORE]).fetchone()[0]
    conn.execute("UPDATE submissions SET facts = ? WHERE package_id = ? AND questionnaire_id = ?",
                 [facts.replace('"projects_completed": {', '"projects_completed": {"2019": 40, ', 1), package_id, CORE])
    conn.execute("INSERT INTO submission_counts (package_id, questionnaire_id, bucket, year, n) "
                 "VALUES (?, ?, 'projects_completed', 2019, 40)", [package_id, CORE])
    conn.close()
    report = _audit(tmp_path)
    assert any("甲公司" in p and "统计数据被改动过" in p for p in report.problems), report.problems
    assert any(package_id in p and "多出这一行" in p for p in report.problems), report.problems


@pytest.fixture()
def projects_counted_differently(monkeypatch):
    """A later release whose facts count one more completed project in 2024 from the same signed packages."""
    from zgsz_desktop.district import checking

    original = checking.submission_facts

    def new_rule(questionnaire, answers, rescored):
        facts = dict(original(questionnaire, answers, rescored))
        if questionnaire == CORE:
            projects = dict(facts.get("projects_completed") or {})
            projects["2024"] = projects.get("2024", 0) + 1
            facts["projects_completed"] = projects
        return facts

    monkeypatch.setattr(checking, "submission_facts", new_rule)


def test_counts_kept_from_an_older_rule_are_a_note_not_an_edit(evidence_db, tmp_path, projects_counted_differently):
    shutil.copy(evidence_db, tmp_path / "copy.zgszdb")
    report = _audit(tmp_path)
    assert report.ok, report.problems
    assert any("口径不同" in note for note in report.notes)


def test_after_a_rule_change_an_edited_count_is_still_found(evidence_db, tmp_path, projects_counted_differently):
    conn = _copy(evidence_db, tmp_path)
    package_id = _current_core_package(conn, C)
    conn.execute("UPDATE submission_counts SET n = n + 3 WHERE package_id = ?", [package_id])
    conn.close()
    report = _audit(tmp_path)
    counts = [p for p in report.problems if "统计计数" in p]
    assert counts and all(package_id in p and "数量被改动过" in p for p in counts), report.problems
    assert len(counts) == len(report.problems) - 2  # and the log guards _copy dropped
