"""Receipts (回执), the enterprise's side, end to end: export → the district returns it with questions to fix →
the enterprise corrects and exports again (第2次, superseding the first) → the district accepts → the period reads
已受理. And every receipt that must not be used is refused with a reason, changing nothing."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.keys import DistrictKey, Recipient, WrongPassphrase, b64
from zgsz_desktop.package import keys
from zgsz_desktop.package.export import ensure_signing_key, export_submission
from zgsz_desktop.package.receipt import Decision, Reason, ToIssue, build_receipt_file
from zgsz_desktop.package.receive import ReceiptRefused, check_receipt, import_receipt
from zgsz_desktop.package.trust import RecipientConflict, remember_recipient, trusted_recipient, trusted_signer
from zgsz_desktop.package.verify import verify_bytes
from zgsz_desktop.signed_files import SignedFileError
from zgsz_desktop.workspace import Workspace, storage
from zgsz_desktop.workspace.receipts import (
    STATE_ACCEPTED,
    STATE_AWAITING,
    STATE_RETURNED,
    open_flags,
    period_receipt,
    period_receipts,
    receipt_history,
)

PASS = "enterprise-pass"
DISTRICT_PASS = "district-pass"
PERIOD = "2024年度"
FLAG = Reason("nantong-zgsz-core", "mgmt.hr", "人力资源管理方式", "人事系统已上线，请按实际情况填写")


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture(scope="module")
def district():
    original = keys.SCRYPT_N
    keys.SCRYPT_N = 2**12
    try:
        return DistrictKey.generate("海安市", DISTRICT_PASS).unlock(DISTRICT_PASS)
    finally:
        keys.SCRYPT_N = original


def ticking_clock():
    """A clock one second further at every reading: each change and export in its own second, as a person's are."""
    moments = itertools.count()
    start = datetime(2025, 3, 1, 8, 0, tzinfo=timezone.utc)
    return lambda: start + timedelta(seconds=next(moments))


@pytest.fixture()
def exported(tmp_path, district):
    """A workspace that exported its 2024年度 submission once to the district; the package's bytes."""
    core, miit = demo_documents()
    clock = ticking_clock()
    ws = Workspace.open(tmp_path / "ws", clock=clock)
    ws.test_clock = clock
    ws.import_answers(core.questionnaire, core.answers, PERIOD, enterprise=core.enterprise)
    ws.import_answers(miit.questionnaire, miit.answers, PERIOD)
    ensure_signing_key(ws, PASS)
    result = export_submission(ws, PERIOD, district.recipient, PASS, tmp_path / "out" / "p1", pdf=False, now=clock())
    yield ws, result.package_path.read_bytes()
    ws.close()


def receipt_for(district, package: bytes, decision: Decision, *, uscc: str = "91320685MA1R8K2X5W",
                name: str = "南通瑞丰精密机械有限公司") -> bytes:
    """What the district sends back about ``package`` (built as district/receipts.py builds it)."""
    import hashlib

    verified = verify_bytes(package)
    manifest = verified.manifest
    item = ToIssue(verified.package_id, hashlib.sha256(package).hexdigest(), manifest["period"],
                   int(manifest["sequence"]), verified.signer_public_key, decision)
    return build_receipt_file(district, {"uscc": uscc, "name": name}, [item], "2025-03-02T09:00:00+00:00")


RETURNED = Decision("returned", (FLAG,), note="请修改后重新报送", clerk="王明", contact="0513-88880000",
                    decided_at="2025-03-02T08:55:00+00:00")
ACCEPTED = Decision("accepted", clerk="王明", decided_at="2025-03-09T08:55:00+00:00")


def table_dump(ws: Workspace) -> list[dict]:
    return [*storage.receipts_for(ws.db), *storage.list_district_recipients(ws.db)]


def test_returned_then_corrected_then_accepted(exported, district, tmp_path):
    ws, first = exported
    result = import_receipt(ws, receipt_for(district, first, RETURNED), PASS)
    assert result.to_fix == 1 and not result.already_imported
    assert result.sentences() == ["海安市工信部门退回了您2024年度的报送（第1次）：1 处需要修改"]
    standing = period_receipt(ws.db, PERIOD)
    assert standing.state == STATE_RETURNED and standing.open_count == 1
    (flag,) = open_flags(ws.db, PERIOD)
    assert (flag.questionnaire, flag.question, flag.reason) == (FLAG.questionnaire, FLAG.question, FLAG.reason)
    assert not flag.changed

    # the manager corrects the flagged answer: the flag stays open, marked as changed
    hr = next(a for a, _, _ in ws.submission_parts(PERIOD) if a.questionnaire_id == "nantong-zgsz-core")
    ws.save_answer(hr.id, "mgmt.hr", "system")
    (flag,) = open_flags(ws.db, PERIOD)
    assert flag.changed

    # re-export: 第2次, superseding the first; the receipt's flags are no longer open
    second_result = export_submission(ws, PERIOD, district.recipient, PASS, tmp_path / "out" / "p2", pdf=False,
                                      now=ws.test_clock())
    second = second_result.package_path.read_bytes()
    manifest = verify_bytes(second).manifest
    assert manifest["sequence"] == 2 and manifest["supersedes"] == [verify_bytes(first).package_id]
    assert period_receipt(ws.db, PERIOD).state == STATE_AWAITING and open_flags(ws.db, PERIOD) == ()

    accepted = import_receipt(ws, receipt_for(district, second, ACCEPTED), PASS)
    assert accepted.sentences() == ["海安市工信部门已受理您2024年度的报送（第2次）"]
    assert period_receipts(ws.db)[PERIOD].state == STATE_ACCEPTED
    assert [(r.sequence, r.status) for r in receipt_history(ws.db, PERIOD)] == [(1, "returned"), (2, "accepted")]


def test_the_same_receipt_twice_changes_nothing(exported, district):
    ws, first = exported
    data = receipt_for(district, first, RETURNED)
    import_receipt(ws, data, PASS)
    before = table_dump(ws)
    again = import_receipt(ws, data, PASS)
    assert again.already_imported and again.sentences() == ["这份回执已导入过，没有新的内容"]
    assert table_dump(ws) == before


def test_the_receipts_table_is_append_only(exported, district):
    ws, first = exported
    import_receipt(ws, receipt_for(district, first, ACCEPTED), PASS)
    with pytest.raises(Exception, match="receipts are kept"):
        ws.db.execute("UPDATE receipts SET status = 'returned'")
    with pytest.raises(Exception, match="receipts are kept"):
        ws.db.execute("DELETE FROM receipts")


def refused(ws: Workspace, call, error=Exception) -> Exception:
    before = table_dump(ws)
    with pytest.raises(error) as info:
        call()
    assert table_dump(ws) == before  # nothing stored, nothing remembered
    return info.value


def test_a_changed_byte_is_refused(exported, district):
    ws, first = exported
    envelope = json.loads(receipt_for(district, first, ACCEPTED))
    content = json.loads(keys.unb64(envelope["payload"], ""))
    content["items"][0]["sequence"] = 7  # the district never said this
    envelope["payload"] = b64(json.dumps(content, ensure_ascii=False, sort_keys=True,
                                         separators=(",", ":")).encode())
    exc = refused(ws, lambda: import_receipt(ws, json.dumps(envelope).encode(), PASS), SignedFileError)
    assert "签名不对" in str(exc)


def test_any_single_flipped_byte_is_refused(exported, district):
    ws, first = exported
    data = bytearray(receipt_for(district, first, ACCEPTED))
    for position in (len(data) // 3, len(data) // 2, len(data) - 20):
        changed = bytearray(data)
        changed[position] ^= 0x01
        refused(ws, lambda changed=changed: import_receipt(ws, bytes(changed), PASS), (SignedFileError,
                                                                                          ReceiptRefused))


def test_a_receipt_for_another_enterprise_is_refused(exported, district):
    ws, first = exported
    data = receipt_for(district, first, ACCEPTED, uscc="91320600MA1X0X0X0X", name="别家公司")
    exc = refused(ws, lambda: import_receipt(ws, data, PASS), ReceiptRefused)
    assert str(exc) == "这份回执是发给别家公司（91320600MA1X0X0X0X）的，不是本企业的"


def test_a_receipt_about_a_package_this_workspace_never_exported_is_refused(exported, district, tmp_path):
    ws, _ = exported
    other_dir = tmp_path / "other"
    core, miit = demo_documents()
    with Workspace.open(other_dir) as other:
        other.import_answers(core.questionnaire, core.answers, PERIOD, enterprise=core.enterprise)
        other.import_answers(miit.questionnaire, miit.answers, PERIOD)
        ensure_signing_key(other, PASS)
        result = export_submission(other, PERIOD, district.recipient, PASS, tmp_path / "o" / "p", pdf=False)
        package = result.package_path.read_bytes()
    exc = refused(ws, lambda: import_receipt(ws, receipt_for(district, package, ACCEPTED), PASS), ReceiptRefused)
    assert "回执所说的报告包不是本工作区导出的" in str(exc)


def test_a_receipt_signed_by_another_district_key_is_refused(exported, district):
    ws, first = exported
    impostor = DistrictKey.generate("海安市", DISTRICT_PASS).unlock(DISTRICT_PASS)
    # the impostor claims the real district's key id, signed with its own signing key
    forged = replace(impostor, recipient=replace(impostor.recipient, key_id=district.recipient.key_id))
    exc = refused(ws, lambda: import_receipt(ws, receipt_for(forged, first, ACCEPTED), PASS), SignedFileError)
    assert "不是由海安市工信部门的密钥签发的" in str(exc)
    # a receipt of a district key this workspace never used is not from the district the package went to
    exc = refused(ws, lambda: import_receipt(ws, receipt_for(impostor, first, ACCEPTED), PASS), ReceiptRefused)
    assert "不是您报送该报告包的区县发出的" in str(exc)


def test_an_old_recipient_file_without_signing_key_is_enough(tmp_path, district):
    """An enterprise that exported with a recipient file from before receipts (no signing key in it): the receipt's
    binding proves it comes from the district key the package was sealed to, so nothing else is needed, and the
    district's signing key is then remembered as proven (benchmarks signed with it are trusted)."""
    core, miit = demo_documents()
    old = Recipient(district.recipient.district, district.recipient.key_id, district.recipient.public_raw,
                    district.recipient.created)
    with Workspace.open(tmp_path / "ws") as ws:
        ws.import_answers(core.questionnaire, core.answers, PERIOD, enterprise=core.enterprise)
        ws.import_answers(miit.questionnaire, miit.answers, PERIOD)
        ensure_signing_key(ws, PASS)
        package = export_submission(ws, PERIOD, old, PASS, tmp_path / "out" / "p", pdf=False).package_path.read_bytes()
        assert trusted_recipient(ws, old.key_id).signing_raw is None
        assert trusted_signer(ws, district.signing_key_id) is None
        data = receipt_for(district, package, RETURNED)
        result = import_receipt(ws, data, PASS)
        assert result.to_fix == 1
        assert trusted_recipient(ws, old.key_id).signing_raw == district.recipient.signing_raw
        assert trusted_signer(ws, district.signing_key_id).key_id == old.key_id
        (row,) = storage.list_district_recipients(ws.db)
        assert row["source"] == "export" and row["signing_source"] == "binding"


def test_a_receipt_forged_with_its_own_district_file_is_refused(tmp_path, exported, district):
    """The attack a reviewer found: anyone who has seen the package (its manifest is readable) makes a key pair,
    calls it 海安市, and sends a receipt with the matching district file. The package was sealed to the real
    district key, so the receipt is refused and nothing is remembered."""
    ws, first = exported
    forger = DistrictKey.generate("海安市", DISTRICT_PASS).unlock(DISTRICT_PASS)
    forged = receipt_for(forger, first, ACCEPTED)
    fake_file = tmp_path / "海安市.zgszkey"
    fake_file.write_text(json.dumps(forger.recipient.to_json(), ensure_ascii=False), encoding="utf-8")
    exc = refused(ws, lambda: import_receipt(ws, forged, PASS, extra_recipient=fake_file), ReceiptRefused)
    assert "不是您报送该报告包的区县发出的" in str(exc)
    assert trusted_signer(ws, forger.signing_key_id) is None


def test_a_receipt_whose_binding_does_not_hold_is_refused(tmp_path, district):
    """The package went to the real district with a file from before receipts (no signing key to compare): a
    forger names the real district key but signs with its own key. It cannot make the binding (that needs the
    district's private encryption key): refused when opened, nothing stored, the forger's key not remembered."""
    from zgsz_desktop.keys import UnlockedDistrictKey, raw_public

    core, miit = demo_documents()
    old = Recipient(district.recipient.district, district.recipient.key_id, district.recipient.public_raw,
                    district.recipient.created)
    forger = DistrictKey.generate("海安市", DISTRICT_PASS).unlock(DISTRICT_PASS)
    impostor = UnlockedDistrictKey(old.with_signing(raw_public(forger.signing)), forger.decryption, forger.signing)
    with Workspace.open(tmp_path / "ws") as ws:
        ws.import_answers(core.questionnaire, core.answers, PERIOD, enterprise=core.enterprise)
        ws.import_answers(miit.questionnaire, miit.answers, PERIOD)
        ensure_signing_key(ws, PASS)
        package = export_submission(ws, PERIOD, old, PASS, tmp_path / "out" / "p", pdf=False).package_path.read_bytes()
        forged = receipt_for(impostor, package, ACCEPTED)
        check_receipt(ws, forged)  # the signature itself is fine: only the binding can tell
        exc = refused(ws, lambda: import_receipt(ws, forged, PASS), SignedFileError)
        assert "不是海安市工信部门签发的" in str(exc)
        assert trusted_signer(ws, forger.signing_key_id) is None


def test_a_recipient_file_with_a_different_signing_key_is_refused(exported, district, tmp_path):
    ws, first = exported
    other_signing = DistrictKey.generate("海安市", DISTRICT_PASS).unlock(DISTRICT_PASS).recipient.signing_raw
    liar = district.recipient.with_signing(other_signing)
    with pytest.raises(RecipientConflict, match="签名公钥不同"):
        remember_recipient(ws, liar, "file")
    path = tmp_path / "liar.zgszkey"
    path.write_text(json.dumps(liar.to_json(), ensure_ascii=False), encoding="utf-8")
    refused(ws, lambda: import_receipt(ws, receipt_for(district, first, ACCEPTED), PASS, extra_recipient=path),
            RecipientConflict)


def test_the_wrong_passphrase_stores_nothing(exported, district):
    ws, first = exported
    refused(ws, lambda: import_receipt(ws, receipt_for(district, first, RETURNED), "not-the-password"),
            WrongPassphrase)


def test_the_export_remembers_the_district_file(exported, district):
    ws, _ = exported
    assert trusted_recipient(ws, district.recipient.key_id) == district.recipient
    assert trusted_signer(ws, district.signing_key_id) == district.recipient


def test_check_needs_no_password_and_says_what_is_new(exported, district, tmp_path):
    ws, first = exported
    path = tmp_path / "回执.zgszreceipt"
    path.write_bytes(receipt_for(district, first, RETURNED))
    checked = check_receipt(ws, path)
    assert not checked.already_imported and checked.receipt.district == "海安市"
    import_receipt(ws, checked, PASS)
    assert check_receipt(ws, path).already_imported


@pytest.mark.parametrize("content", [b"", b"not json", b"{}", b"\xff\xfe" * 10])
def test_broken_files_are_refused_plainly(exported, content, tmp_path):
    ws, _ = exported
    exc = refused(ws, lambda: import_receipt(ws, content, PASS), SignedFileError)
    assert "不是本软件的回执" in str(exc)


def test_a_missing_file_is_said(exported, tmp_path):
    ws, _ = exported
    with pytest.raises(ReceiptRefused, match="找不到回执文件"):
        check_receipt(ws, Path(tmp_path / "nowhere.zgszreceipt"))


def run_cli(*argv: str) -> int:
    """``zgsz receipt …`` / ``zgsz recipient …`` through this module's parsers (the lead wires them into cli.py)."""
    import argparse

    from zgsz_desktop.commands.common import make_parents
    from zgsz_desktop.commands.receipt import add_parsers

    parser = argparse.ArgumentParser(prog="zgsz")
    add_parsers(parser.add_subparsers(dest="command"), make_parents())
    args = parser.parse_args(list(argv))
    return int(args.func(args))


def test_cli_import_then_list(exported, district, tmp_path, monkeypatch, capsys):
    ws, first = exported
    directory = str(ws.directory)
    ws.close()  # the command opens the workspace itself
    path = tmp_path / "回执.zgszreceipt"
    path.write_bytes(receipt_for(district, first, RETURNED))
    monkeypatch.setenv("ZGSZ_TEST_PASS", PASS)
    assert run_cli("receipt", "import", str(path), "--workspace", directory, "--passphrase-env", "ZGSZ_TEST_PASS") == 0
    out = capsys.readouterr().out
    assert "海安市工信部门退回了您2024年度的报送（第1次）：1 处需要修改" in out
    assert run_cli("receipt", "import", str(path), "--workspace", directory, "--json") == 0  # no password asked
    assert json.loads(capsys.readouterr().out)["already_imported"] is True
    assert run_cli("receipt", "list", "--workspace", directory, "--period", PERIOD) == 0
    out = capsys.readouterr().out
    assert "2024年度 第1次报送：退回修改" in out and "人力资源管理方式：人事系统已上线" in out
    assert "1 处需要修改" in out
    assert run_cli("receipt", "list", "--workspace", directory, "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["status"] == "returned" and listed["reasons"][0]["question"] == "mgmt.hr"
    new_file = tmp_path / "k.zgszkey"
    new_file.write_text(json.dumps(district.recipient.to_json(), ensure_ascii=False), encoding="utf-8")
    assert run_cli("recipient", "remember", str(new_file), "--workspace", directory) == 0
    assert "已保存过，没有变化" in capsys.readouterr().out


def test_a_late_receipt_about_an_older_package_says_the_newer_one_still_waits(exported, district, tmp_path):
    """Review #17: exported 第2次, then the district's answer about 第1次 arrives — the sentence says so."""
    ws, first = exported
    export_submission(ws, PERIOD, district.recipient, PASS, tmp_path / "out" / "p2", pdf=False, now=ws.test_clock())
    accepted = import_receipt(ws, receipt_for(district, first, ACCEPTED), PASS)
    assert accepted.sentences() == ["海安市工信部门已受理您2024年度较早的第1次报送；"
                                    "您之后导出的第2次报送仍在等待区县受理"]
    assert accepted.items[0].newer_sequence == 2


def test_a_late_return_about_an_older_package_asks_for_nothing_to_fix(exported, district, tmp_path):
    ws, first = exported
    export_submission(ws, PERIOD, district.recipient, PASS, tmp_path / "out" / "p2", pdf=False, now=ws.test_clock())
    returned = import_receipt(ws, receipt_for(district, first, RETURNED), PASS)
    [sentence] = returned.sentences()
    assert sentence.startswith("海安市工信部门退回了您2024年度较早的第1次报送（1 处需要修改）")
    assert "第2次报送仍在等待区县受理" in sentence
    assert returned.to_fix == 0 and period_receipt(ws.db, PERIOD).state == STATE_AWAITING


def test_cli_list_marks_points_already_changed_names_questionnaires_and_shows_local_time(
        exported, district, tmp_path, monkeypatch, capsys):
    """Review #17: ``receipt list`` marks a point already changed (已修改) as the home page counts it, names a point
    about a whole questionnaire by its title, and shows the decision's time in local time, not ISO UTC."""
    import time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    ws, first = exported
    whole = Reason("miit-sme-2024", "", "", "评测问卷请按年报重填")
    decision = replace(RETURNED, reasons=(FLAG, whole))
    import_receipt(ws, receipt_for(district, first, decision), PASS)
    hr = next(a for a, _, _ in ws.submission_parts(PERIOD) if a.questionnaire_id == "nantong-zgsz-core")
    ws.save_answer(hr.id, "mgmt.hr", "system")
    directory = str(ws.directory)
    ws.close()
    try:
        assert run_cli("receipt", "list", "--workspace", directory) == 0
        out = capsys.readouterr().out
        assert "（海安市，2025-03-02 16:55，经办人 王明" in out and "T08:55" not in out
        assert "  - 人力资源管理方式：人事系统已上线，请按实际情况填写（已修改）" in out
        assert "  - 中小企业数字化水平评测指标（2024年版）：评测问卷请按年报重填\n" in out  # not changed: unmarked
        assert "miit-sme-2024：" not in out
        assert "2 处需要修改，已改 1 处" in out
        assert run_cli("receipt", "list", "--workspace", directory, "--json") == 0
        (listed,) = json.loads(capsys.readouterr().out)
        assert [(r["place"], r["changed"]) for r in listed["reasons"]] == [
            ("人力资源管理方式", True), ("中小企业数字化水平评测指标（2024年版）", False)]
    finally:
        monkeypatch.undo()
        time.tzset()
