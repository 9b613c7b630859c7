"""Issue #17's done-when, end to end through the real cores on both sides: an enterprise workspace exports its
submission → the district imports it and returns it (退回修改, a reason pointing at a question) → receipts are
written → the enterprise imports its receipt, corrects that answer and exports again (第2次, superseding the first)
→ the district takes the correction as current, its history names the changed question → accepted → the
enterprise reads 已受理. A tampered receipt and a receipt written for another enterprise are refused and change
nothing in the workspace."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.district.db import check_log, open_db
from zgsz_desktop.district.identity import DistrictIdentity
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.receipt_files import write_receipts
from zgsz_desktop.district.receipt_history import history
from zgsz_desktop.district.receipts import ACCEPTED, CORRECTED, RETURNED, record_review, submission_states
from zgsz_desktop.keys import DistrictKey, b64, unb64
from zgsz_desktop.package import keys
from zgsz_desktop.package.export import ensure_signing_key, export_submission
from zgsz_desktop.package.receipt import Reason
from zgsz_desktop.package.receive import ReceiptRefused, check_receipt, import_receipt
from zgsz_desktop.package.verify import verify_bytes
from zgsz_desktop.signed_files import SignedFileError
from zgsz_desktop.workspace import Workspace, storage
from zgsz_desktop.workspace.receipts import STATE_ACCEPTED, STATE_AWAITING, STATE_RETURNED, open_flags, period_receipt

PERIOD = "2024年度"
CORE = "nantong-zgsz-core"
QUESTION = "mgmt.hr"  # the demo answers "spreadsheet"; the district says the HR system is live
ENTERPRISE_PASS = "enterprise-pass"
DISTRICT_PASS = "district-pass"
USCC = "91320685MA1R8K2X5W"  # the demo enterprise
OTHER_USCC = "91320685MA1R8K2X60"
CLERK = "王敏"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@dataclass
class District:
    key: DistrictKey
    identity: DistrictIdentity
    db: object  # sqlite_utils.Database
    inbox: Path
    outbox: Path
    clock: itertools.count

    def now(self) -> str:
        """A clock one minute further at every reading: each step the clerk takes in its own minute."""
        moment = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc) + timedelta(minutes=next(self.clock))
        return moment.isoformat(timespec="seconds")

    def receive(self, package: Path) -> str:
        """Import one package file as an office does (copied into its inbox); the verdict."""
        target = self.inbox / package.name
        target.write_bytes(package.read_bytes())
        summary = import_packages(self.db, [target], self.identity, workers=1, now=self.now)
        (outcome,) = summary.outcomes
        return outcome.verdict

    def write_receipts(self) -> list[Path]:
        return write_receipts(self.db, self.identity, self.outbox, self.now())


@pytest.fixture()
def district(tmp_path):
    key = DistrictKey.generate("海安市", DISTRICT_PASS)
    db = open_db(tmp_path / "海安市.zgszdb")
    (tmp_path / "inbox").mkdir()
    yield District(key, DistrictIdentity.from_key(key, DISTRICT_PASS), db, tmp_path / "inbox",
                   tmp_path / "回执", itertools.count())
    db.conn.close()


def ticking_clock():
    moments = itertools.count()
    start = datetime(2025, 2, 20, 8, 0, tzinfo=timezone.utc)
    return lambda: start + timedelta(seconds=next(moments))


def enterprise_workspace(directory: Path, *, uscc: str = USCC, name: str | None = None) -> Workspace:
    """The demo enterprise's 2024年度 submission filled in (two questionnaires) with its signing key set."""
    core, miit = demo_documents()
    clock = ticking_clock()
    ws = Workspace.open(directory, clock=clock)
    ws.test_clock = clock  # type: ignore[attr-defined]
    enterprise = {**core.enterprise, "uscc": uscc, **({"name": name} if name else {})}
    ws.import_answers(core.questionnaire, core.answers, PERIOD, enterprise=enterprise)
    ws.import_answers(miit.questionnaire, miit.answers, PERIOD)
    ensure_signing_key(ws, ENTERPRISE_PASS)
    return ws


def export(ws: Workspace, district: District, out: Path) -> Path:
    result = export_submission(ws, PERIOD, district.key.recipient, ENTERPRISE_PASS, out, pdf=False,
                               now=ws.test_clock())  # type: ignore[attr-defined]
    return result.package_path


def receipt_rows(ws: Workspace) -> list[dict]:
    return [dict(row) for row in storage.receipts_for(ws.db)]


def refused(ws: Workspace, call, error: type[Exception] | tuple[type[Exception], ...]) -> Exception:
    """``call`` raises ``error`` and the workspace's receipts (and trusted district files) are as before."""
    before = (receipt_rows(ws), [dict(r) for r in storage.list_district_recipients(ws.db)])
    with pytest.raises(error) as info:
        call()
    assert (receipt_rows(ws), [dict(r) for r in storage.list_district_recipients(ws.db)]) == before
    return info.value


def receipt_of(written: list[Path], district_name: str = "海安市") -> Path:
    (path,) = written
    assert path.suffix == ".zgszreceipt" and path.parent.joinpath(f"{district_name}区县文件.zgszkey").is_file()
    return path


def test_returned_corrected_and_accepted_across_both_sides(tmp_path, district):
    ws = enterprise_workspace(tmp_path / "企业")
    try:
        # 1. the enterprise hands in 第1次报送; the district imports it
        first = export(ws, district, tmp_path / "导出" / "第1次")
        assert district.receive(first) == "new"
        first_id = verify_bytes(first.read_bytes()).package_id

        # 2. the clerk returns it, pointing at one question; receipts are written in bulk
        record_review(district.db, district.identity, USCC, PERIOD, RETURNED,
                      reasons=[Reason(CORE, QUESTION, "", "人事系统已上线，请按实际情况填写")],
                      note="请修改后重新报送", clerk=CLERK, contact="0513-1234567", now=district.now())
        assert submission_states(district.db)[(USCC, PERIOD)].state == RETURNED
        returned = receipt_of(district.write_receipts())
        assert USCC not in returned.name and "南通瑞丰精密机械有限公司" in returned.name  # mailable, by name

        # 3. the enterprise checks it (no password yet), then imports it: 退回修改 with that question
        checked = check_receipt(ws, returned)
        assert checked.receipt.district == "海安市" and not checked.already_imported
        result = import_receipt(ws, checked, ENTERPRISE_PASS)
        assert result.sentences() == ["海安市工信部门退回了您2024年度的报送（第1次）：1 处需要修改"]
        standing = period_receipt(ws.db, PERIOD)
        assert standing is not None and standing.state == STATE_RETURNED
        (flag,) = standing.flags
        assert (flag.questionnaire, flag.question, flag.reason) == (CORE, QUESTION, "人事系统已上线，请按实际情况填写")
        assert flag.question_text and not flag.changed  # the question as the clerk saw it
        assert standing.receipt.clerk == CLERK and standing.receipt.note == "请修改后重新报送"

        # 4. the manager changes that answer; the point is marked 已修改 but stays open until exported
        core = next(a for a, _, _ in ws.submission_parts(PERIOD) if a.questionnaire_id == CORE)
        ws.save_answer(core.id, QUESTION, "system")
        (flag,) = open_flags(ws.db, PERIOD)
        assert flag.changed

        # 5. 第2次报送 supersedes the first; the workspace now waits for the district
        second = export(ws, district, tmp_path / "导出" / "第2次")
        manifest = verify_bytes(second.read_bytes()).manifest
        assert manifest["sequence"] == 2 and manifest["supersedes"] == [first_id]
        assert period_receipt(ws.db, PERIOD).state == STATE_AWAITING and open_flags(ws.db, PERIOD) == ()

        # 6. the district imports the correction: it is current, the history names the changed question
        assert district.receive(second) == "superseding"
        assert submission_states(district.db)[(USCC, PERIOD)].state == CORRECTED
        entries = history(district.db, USCC, PERIOD)
        assert [(e.sequence, e.current) for e in entries] == [(1, False), (2, True)]
        assert entries[1].title == "第2次报送（更正）：1 处修改"
        (change,) = entries[1].changes
        assert (change.questionnaire_id, change.question_id) == (CORE, QUESTION)
        assert change.old != change.new
        assert entries[0].receipts and entries[0].reviews[-1].decision.status == RETURNED

        # 7. accepted; the new receipt does not overwrite the first one's file
        record_review(district.db, district.identity, USCC, PERIOD, ACCEPTED, clerk=CLERK, now=district.now())
        accepted = receipt_of(district.write_receipts())
        assert accepted != returned and returned.is_file()
        assert check_log(district.db, district.identity).ok  # every decision and receipt signed into the log

        # 8. the enterprise imports it: 已受理, about 第2次报送
        result = import_receipt(ws, accepted, ENTERPRISE_PASS)
        assert result.sentences() == ["海安市工信部门已受理您2024年度的报送（第2次）"]
        standing = period_receipt(ws.db, PERIOD)
        assert standing.state == STATE_ACCEPTED and standing.receipt.sequence == 2 and standing.flags == ()
        assert [(r["sequence"], r["status"]) for r in receipt_rows(ws)] == [(1, "returned"), (2, "accepted")]

        # importing the first receipt again changes nothing: the period stays 已受理
        assert import_receipt(ws, returned, ENTERPRISE_PASS).already_imported
        assert period_receipt(ws.db, PERIOD).state == STATE_ACCEPTED
    finally:
        ws.close()


def _tampered(data: bytes) -> bytes:
    """The receipt with its readable routing changed (第7次) and the envelope re-encoded, signature untouched."""
    envelope = json.loads(data)
    content = json.loads(unb64(envelope["payload"], "payload"))
    content["items"][0]["sequence"] = 7
    envelope["payload"] = b64(json.dumps(content, ensure_ascii=False, sort_keys=True,
                                         separators=(",", ":")).encode())
    return json.dumps(envelope).encode()


def test_tampered_and_misaddressed_receipts_are_refused_and_change_nothing(tmp_path, district):
    ws = enterprise_workspace(tmp_path / "企业")
    other = enterprise_workspace(tmp_path / "别家", uscc=OTHER_USCC, name="南通别家机械有限公司")
    try:
        assert district.receive(export(ws, district, tmp_path / "导出" / "本企业")) == "new"
        assert district.receive(export(other, district, tmp_path / "导出" / "别家")) == "new"
        for code in (USCC, OTHER_USCC):
            record_review(district.db, district.identity, code, PERIOD, ACCEPTED, clerk=CLERK, now=district.now())
        written = district.write_receipts()
        ours = next(p for p in written if "瑞丰" in p.name)
        theirs = next(p for p in written if "别家" in p.name)

        # a changed byte in what the district signed: refused before any password is asked
        bad = tmp_path / "改过的回执.zgszreceipt"
        bad.write_bytes(_tampered(ours.read_bytes()))
        exc = refused(ws, lambda: check_receipt(ws, bad), SignedFileError)
        assert "签名不对" in str(exc)
        refused(ws, lambda: import_receipt(ws, bad, ENTERPRISE_PASS), SignedFileError)
        flipped = bytearray(ours.read_bytes())
        flipped[len(flipped) // 2] ^= 0x01
        refused(ws, lambda: import_receipt(ws, bytes(flipped), ENTERPRISE_PASS), (SignedFileError, ReceiptRefused))

        # the district's genuine receipt for another enterprise: said plainly, nothing stored
        exc = refused(ws, lambda: import_receipt(ws, theirs, ENTERPRISE_PASS), ReceiptRefused)
        assert str(exc) == f"这份回执是发给南通别家机械有限公司（{OTHER_USCC}）的，不是本企业的"

        # and the genuine one still imports afterwards
        result = import_receipt(ws, ours, ENTERPRISE_PASS)
        assert result.sentences() == ["海安市工信部门已受理您2024年度的报送（第1次）"]
        assert import_receipt(other, theirs, ENTERPRISE_PASS).items[0].status == "accepted"
    finally:
        ws.close()
        other.close()
