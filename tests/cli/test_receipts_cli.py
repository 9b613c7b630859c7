"""Issue #17's receipt loop once through the command line only (``zgsz_desktop.cli.main``), as an office's script
would run it: district key → enterprise workspace, answers and export → district import → 退回修改 → receipts →
``zgsz receipt import`` → the answers corrected and exported again → the correction imported as superseding →
history → 已受理 → ``zgsz receipt list``. Exit codes and ``--json`` output are what a script relies on; a tampered
and a misaddressed receipt exit with 1 and a sentence, changing nothing."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from zgsz_desktop.cli import main
from zgsz_desktop.package import keys

ROOT = Path(__file__).resolve().parents[2]
PERIOD = "2024年度"
CORE = "nantong-zgsz-core"
QUESTION = "mgmt.hr"
USCC = "91320685MA1R8K2X5W"  # the demo enterprise
OTHER_USCC = "91320685MA1R8K2X60"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture()
def env(monkeypatch):
    monkeypatch.setenv("ZGSZ_DISTRICT_PASS", "district-pass")
    monkeypatch.setenv("ZGSZ_ENTERPRISE_PASS", "enterprise-pass")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv: str):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def answers_file(tmp_path: Path, questionnaire: str, *, uscc: str = USCC, name: str | None = None,
                 changes: dict | None = None) -> Path:
    """The demo answers file of ``questionnaire``, for another enterprise or with answers changed."""
    document = json.loads((ROOT / "resources" / "demo" / f"{questionnaire}.answers.json").read_text("utf-8"))
    document["enterprise"] = {**document["enterprise"], "uscc": uscc, **({"name": name} if name else {})}
    document["answers"].update(changes or {})
    path = tmp_path / "answers" / f"{uscc}-{questionnaire}-{len(changes or {})}.answers.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


class Office:
    """The district's files and the commands its clerk runs."""

    def __init__(self, tmp_path: Path, capsys) -> None:
        self.capsys = capsys
        self.recipient = tmp_path / "海安市.zgszkey"
        self.key = tmp_path / "海安市.zgszdistrict"
        self.db = tmp_path / "海安市.zgszdb"
        self.out = tmp_path / "回执"
        code, _, err = run(capsys, "district", "init", "--name", "海安市", "--out", self.recipient,
                           "--passphrase-env", "ZGSZ_DISTRICT_PASS")
        assert code == 0, err
        self.secret = ["--district-key", str(self.key), "--passphrase-env", "ZGSZ_DISTRICT_PASS"]

    def import_(self, package: Path) -> list[str]:
        result = run_json(self.capsys, "district", "import", "--db", self.db, *self.secret, "--workers", "1",
                          package)
        return [o["verdict"] for o in result["outcomes"]]

    def review(self, uscc: str, *decision: str) -> list[dict]:
        return run_json(self.capsys, "district", "review", "--db", self.db, "--uscc", uscc, "--period", PERIOD,
                        *decision, "--clerk", "王敏", "--contact", "0513-1234567", *self.secret)

    def receipts(self) -> list[Path]:
        result = run_json(self.capsys, "district", "receipts", "--db", self.db, "--out", self.out, *self.secret)
        return [Path(p) for p in result["written"]]


class Enterprise:
    def __init__(self, tmp_path: Path, capsys, office: Office, *, uscc: str = USCC, name: str | None = None):
        self.capsys, self.office, self.tmp = capsys, office, tmp_path
        self.workspace = tmp_path / f"ws-{uscc}"
        self.ws = ["--workspace", str(self.workspace)]
        for questionnaire in (CORE, "miit-sme-2024"):
            code, _, err = run(capsys, "answers", "import", answers_file(tmp_path, questionnaire, uscc=uscc,
                                                                         name=name), *self.ws)
            assert code == 0, err
        self.exports = 0

    def export(self) -> Path:
        self.exports += 1
        out = self.tmp / f"export-{self.workspace.name}-{self.exports}.zgsz"
        code, _, err = run(self.capsys, "export", "--period", PERIOD, "--recipient", self.office.recipient,
                           "--out", out, "--no-pdf", "--passphrase-env", "ZGSZ_ENTERPRISE_PASS", *self.ws)
        assert code == 0, err
        return out

    def receipt_rows(self) -> list[dict]:
        return run_json(self.capsys, "receipt", "list", *self.ws)

    def import_receipt(self, path: Path) -> tuple[int, str, str]:
        return run(self.capsys, "receipt", "import", path, *self.ws, "--passphrase-env", "ZGSZ_ENTERPRISE_PASS",
                   "--json")


def test_the_receipt_loop_through_the_command_line(tmp_path, capsys, env):
    office = Office(tmp_path, capsys)
    firm = Enterprise(tmp_path, capsys, office)

    assert office.import_(firm.export()) == ["new"]
    [review] = office.review(USCC, "--return", f"{CORE}/{QUESTION}: 人事系统已上线，请按实际情况填写",
                             "--note", "请修改后重新报送")
    assert review["status"] == "returned" and review["reasons"][0]["question"] == QUESTION
    assert review["reasons"][0]["question_text"]  # filled in from the questionnaire
    [returned] = office.receipts()
    assert returned.suffix == ".zgszreceipt" and returned.is_file()

    code, out, err = firm.import_receipt(returned)
    assert code == 0, err
    imported = json.loads(out)
    assert imported["to_fix"] == 1 and imported["district"] == "海安市"
    assert [(i["sequence"], i["status"], i["reasons"]) for i in imported["items"]] == [(1, "returned", 1)]
    code, out, _ = run(capsys, "receipt", "list", *firm.ws, "--period", PERIOD)
    assert code == 0 and "第1次报送：退回修改" in out and "人事系统已上线，请按实际情况填写" in out
    assert "1 处需要修改" in out

    # the manager corrects that answer (the answers file again, with the new answer) and exports 第2次
    code, _, err = run(capsys, "answers", "import", answers_file(tmp_path, CORE, changes={QUESTION: "system"}),
                       *firm.ws)
    assert code == 0, err
    second = firm.export()
    code, out, _ = run(capsys, "receipt", "list", *firm.ws, "--period", PERIOD)
    assert "已重新导出第2次报送，等待区县受理" in out

    assert office.import_(second) == ["superseding"]
    entries = run_json(capsys, "district", "history", "--db", office.db, "--uscc", USCC, "--period", PERIOD)
    assert [(e["sequence"], e["current"], e["corrected"]) for e in entries] == [(1, False, False), (2, True, True)]
    assert entries[1]["title"] == "第2次报送（更正）：1 处修改"
    assert [(c["questionnaire"], c["question"]) for c in entries[1]["changes"]] == [(CORE, QUESTION)]
    code, out, _ = run(capsys, "district", "history", "--db", office.db, "--uscc", USCC, "--period", PERIOD)
    assert code == 0 and "第2次报送（更正）：1 处修改（当前）" in out

    [review] = office.review(USCC, "--accept")
    assert review["status"] == "accepted"
    [accepted] = office.receipts()
    assert accepted != returned and returned.is_file()  # the first receipt's file is kept
    assert office.receipts() == []  # nothing left to answer

    code, out, err = firm.import_receipt(accepted)
    assert code == 0, err
    assert [(i["sequence"], i["status"]) for i in json.loads(out)["items"]] == [(2, "accepted")]
    assert [(r["sequence"], r["status"]) for r in firm.receipt_rows()] == [(1, "returned"), (2, "accepted")]
    # the same receipt again: no password asked, nothing new
    code, out, _ = run(capsys, "receipt", "import", accepted, *firm.ws, "--json")
    assert code == 0 and json.loads(out)["already_imported"] is True


def test_tampered_and_misaddressed_receipts_exit_1_and_change_nothing(tmp_path, capsys, env):
    office = Office(tmp_path, capsys)
    firm = Enterprise(tmp_path, capsys, office)
    other = Enterprise(tmp_path, capsys, office, uscc=OTHER_USCC, name="南通别家机械有限公司")
    assert office.import_(firm.export()) == ["new"]
    assert office.import_(other.export()) == ["new"]
    office.review(USCC, "--accept")
    office.review(OTHER_USCC, "--accept")
    written = office.receipts()
    ours = next(p for p in written if "瑞丰" in p.name)
    theirs = next(p for p in written if "别家" in p.name)

    tampered = tmp_path / "改过的回执.zgszreceipt"
    data = bytearray(ours.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    code, out, err = firm.import_receipt(tampered)
    assert code == 1 and out == "" and err.startswith("错误：") and "Traceback" not in err
    assert "回执" in err, err
    # the routing changed by hand (第7次) in a well-formed file: the district's signature no longer matches
    envelope = json.loads(ours.read_bytes())
    content = json.loads(base64.b64decode(envelope["payload"]))
    content["items"][0]["sequence"] = 7
    envelope["payload"] = base64.b64encode(json.dumps(content, ensure_ascii=False, sort_keys=True,
                                                      separators=(",", ":")).encode()).decode()
    tampered.write_text(json.dumps(envelope), encoding="utf-8")
    code, out, err = firm.import_receipt(tampered)
    assert (code, out) == (1, "") and "签名不对" in err

    code, out, err = firm.import_receipt(theirs)
    assert (code, out) == (1, "")
    assert err.strip() == f"错误：这份回执是发给南通别家机械有限公司（{OTHER_USCC}）的，不是本企业的"
    assert firm.receipt_rows() == []

    code, out, err = firm.import_receipt(ours)
    assert code == 0, err
    assert [r["status"] for r in firm.receipt_rows()] == ["accepted"]
