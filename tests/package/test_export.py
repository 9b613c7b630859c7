"""Exporting a submission from the workspace, and the key/verify command line: one package and one PDF per
export, numbered per period; clear refusals that write nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.package import keys
from zgsz_desktop.package.export import (
    ExportRefused,
    SubmissionNotReady,
    default_file_stem,
    ensure_signing_key,
    export_submission,
)
from zgsz_desktop.package.keys import DistrictKey, KeyProblem, WrongPassphrase, load_recipient
from zgsz_desktop.package.verify import verify_bytes
from zgsz_desktop.workspace import Workspace

PASS = "enterprise-pass"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture()
def completed(tmp_path):
    """A workspace whose 2024年度 submission holds both questionnaires, every answer given."""
    core, miit = demo_documents()
    ws = Workspace.open(tmp_path / "ws")
    a, _ = ws.import_answers(core.questionnaire, core.answers, "2024年度", enterprise=core.enterprise)
    ws.import_answers(miit.questionnaire, miit.answers, "2024年度")
    yield ws, a
    ws.close()


@pytest.fixture(scope="module")
def district():
    original = keys.SCRYPT_N
    keys.SCRYPT_N = 2**12
    try:
        return DistrictKey.generate("海安市", "district-pass")
    finally:
        keys.SCRYPT_N = original


def test_export_writes_one_package_and_one_pdf_for_the_whole_submission(completed, district, tmp_path):
    ws, _ = completed
    ensure_signing_key(ws, PASS)
    out = tmp_path / "out"
    result = export_submission(ws, "2024年度", district.recipient, PASS, out / "瑞丰")
    assert sorted(p.name for p in out.iterdir()) == ["瑞丰.pdf", "瑞丰.zgsz"]  # exactly one of each
    assert result.pdf_path.read_bytes().startswith(b"%PDF")
    verified = verify_bytes(result.package_path.read_bytes(), district.recipient.key_id,
                            district.private_key("district-pass"))
    assert [q["id"] for q in verified.questionnaires] == ["nantong-zgsz-core", "miit-sme-2024"]
    assert verified.manifest["verification_code"] == result.verification_code
    assert verified.payload.report_pdf == result.pdf_path.read_bytes()
    (record,) = ws.exports()
    assert record["package_id"] == result.package_id and record["key_fingerprint"] == result.key_id
    assert record["verification_code"] == result.verification_code and record["format_version"] == 2
    submission = ws.submission("2024年度")
    assert submission.stage == "hand_in" and {p.status for p in submission.parts} == {"exported"}
    second = export_submission(ws, "2024年度", district.recipient, PASS, out / "second")
    manifest = verify_bytes(second.package_path.read_bytes()).manifest
    assert manifest["sequence"] == 2 and manifest["supersedes"] == [result.package_id]


def test_the_pdf_is_one_report_of_both_questionnaires_with_the_code_on_it(completed, district, tmp_path):
    from pypdf import PdfReader

    ws, _ = completed
    ensure_signing_key(ws, PASS)
    result = export_submission(ws, "2024年度", district.recipient, PASS, tmp_path / "p")
    text = "".join(page.extract_text() for page in PdfReader(result.pdf_path).pages).replace(" ", "").replace("\n", "")
    assert "南通智改数转核心指标" in text and "中小企业数字化水平评测" in text
    assert result.verification_code in text and result.key_id in text
    # the stamped paper says which submission it is, and whom to call
    assert "本期第1次报送" in text and "2024年度第1次报送" in text and "陈建华" in text
    second = export_submission(ws, "2024年度", district.recipient, PASS, tmp_path / "q")
    text = "".join(page.extract_text() for page in PdfReader(second.pdf_path).pages).replace(" ", "").replace("\n", "")
    assert "本期第2次报送" in text and f"第2次报送·核验码{second.verification_code}" in text


def test_editing_either_questionnaire_after_export_makes_the_submission_export_again(completed, district, tmp_path):
    ws, _ = completed
    ensure_signing_key(ws, PASS)
    export_submission(ws, "2024年度", district.recipient, PASS, tmp_path / "first")
    miit = ws.find_assessment("miit-sme-2024", "2024年度")
    before = ws.answers(miit.id)["miit.basis.network"]
    ws.save_answer(miit.id, "miit.basis.network", ["B"])  # the other questionnaire changes: not stale
    submission = ws.submission("2024年度")
    assert submission.stage != "hand_in" and submission.changed_since_export
    assert ws.next_sequence("2024年度") == 2
    # a mis-click put right: the answers are those of the package again, nothing to export
    ws.save_answer(miit.id, "miit.basis.network", before)
    assert ws.submission("2024年度").stage == "hand_in"
    assert ws.assessment(miit.id).status == "exported"


def test_a_submission_with_blanks_or_contradictions_is_refused_with_what_is_left(completed, district, tmp_path):
    ws, a = completed
    ensure_signing_key(ws, PASS)
    out = tmp_path / "out"
    ws.save_answer(a.id, "rnd.tools", ["none"])  # 16 tool users, and "no tools": a contradiction
    error = refused_and_nothing_written(ws, out, lambda: export_submission(ws, "2024年度", district.recipient, PASS,
                                                                            out / "p"))
    assert isinstance(error, SubmissionNotReady) and "矛盾" in str(error)
    assert [f.rule_id for f in error.check.errors] == ["rnd.users_without_tools"]
    ws.save_answer(a.id, "rnd.tools", None)  # now a blank
    error = refused_and_nothing_written(ws, out, lambda: export_submission(ws, "2024年度", district.recipient, PASS,
                                                                            out / "p"))
    assert isinstance(error, SubmissionNotReady) and [b.question_id for b in error.check.blanks] == ["rnd.tools"]


def test_file_names_are_safe_on_windows_whatever_the_enterprise_is_called():
    stem = default_file_stem('南通"瑞丰"/精密:机械*有限公司\u202e\x07.', "2025年度", 3)
    assert stem == "南通瑞丰精密机械有限公司-2025年度-第3次报送"
    assert not set('\\/:*?"<>|') & set(stem)


def refused_and_nothing_written(ws, out_dir: Path, call) -> Exception:
    before = ws.exports()
    with pytest.raises(Exception) as caught:
        call()
    assert not out_dir.exists() or list(out_dir.iterdir()) == []
    assert ws.exports() == before
    return caught.value


def test_wrong_passphrase_missing_key_and_wrong_district_are_refused(completed, district, tmp_path):
    ws, _ = completed
    out = tmp_path / "out"
    error = refused_and_nothing_written(ws, out, lambda: export_submission(ws, "2024年度", district.recipient, PASS,
                                                                            out / "p"))
    assert isinstance(error, ExportRefused) and "签名密钥" in str(error)  # no key yet
    ensure_signing_key(ws, PASS)
    error = refused_and_nothing_written(ws, out, lambda: export_submission(ws, "2024年度", district.recipient,
                                                                            "wrong-pass", out / "p"))
    assert isinstance(error, WrongPassphrase) and "密码不正确" in str(error)
    assert ws.submission("2024年度").stage == "check"  # a refused export does not mark anything complete
    other = DistrictKey.generate("如皋市", "district-pass")
    error = refused_and_nothing_written(ws, out, lambda: export_submission(ws, "2024年度", other.recipient, PASS,
                                                                            out / "p"))
    assert "如皋市" in str(error) and "海安市" in str(error) and "区县文件" in str(error)


def test_short_passphrase_is_refused():
    with pytest.raises(KeyProblem, match="至少"):
        keys.SigningKey.generate("short")


ZERO_KEY = "A" * 43 + "="
WRONG_ID = ('{"format": "zgsz-recipient/1", "district": "海安市", "key_id": "AAAA-AAAA-AAAA-AAAA", '
            f'"public_key": "{ZERO_KEY}"}}').encode()


@pytest.mark.parametrize("content", [b"", b"not json", b'{"format": "zgsz-recipient/1"}', WRONG_ID])
def test_unreadable_or_altered_recipient_files_are_refused(tmp_path, content):
    path = tmp_path / "r.zgszkey"
    path.write_bytes(content)
    with pytest.raises(KeyProblem):
        load_recipient(path)


def test_a_recipient_file_with_an_altered_public_key_is_refused(district, tmp_path):
    data = district.recipient.to_json()
    data["public_key"] = keys.b64(bytes(32))
    path = tmp_path / "r.zgszkey"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KeyProblem, match="不符"):
        load_recipient(path)


def test_fingerprints_are_readable_codes():
    fp = keys.fingerprint(bytes(range(32)))
    assert len(fp) == 19 and fp.count("-") == 3
    assert not set(fp.replace("-", "")) & set("ILOU")
    assert keys.fingerprint(bytes(range(32))) == fp and keys.fingerprint(bytes(32)) != fp


# --------------------------------------------------------------------------- command line


def zgsz(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, P="pass-word-123", WRONG="wrong-pass-1", **(env or {}))
    return subprocess.run([sys.executable, "-m", "zgsz_desktop.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=180, env=full_env, stdin=subprocess.DEVNULL)


@pytest.mark.slow
def test_cli_district_export_verify_and_key_backup(tmp_path):
    demo = Path(__file__).resolve().parents[2] / "resources" / "demo"
    ws, d = str(tmp_path / "ws"), tmp_path
    made = zgsz("district", "init", "--name", "海安市", "--out", str(d / "haian"), "--passphrase-env", "P")
    assert made.returncode == 0
    assert (d / "haian.zgszkey").is_file() and (d / "haian.zgszdistrict").is_file()
    assert zgsz("answers", "import", str(demo / "nantong-zgsz-core.answers.json"), "--workspace", ws).returncode == 0
    early = zgsz("export", "--workspace", ws, "--period", "2024年度", "--recipient", str(d / "haian.zgszkey"),
                 "--out", str(d / "pkg"), "--passphrase-env", "P")
    assert early.returncode == 1 and "尚未开始" in early.stderr  # the MIIT questionnaire is missing
    assert zgsz("answers", "import", str(demo / "miit-sme-2024.answers.json"), "--workspace", ws).returncode == 0
    checked = zgsz("submission", "check", "--workspace", ws, "--period", "2024年度", "--json")
    assert checked.returncode == 0 and json.loads(checked.stdout)["ok"] is True
    exported = zgsz("export", "--workspace", ws, "--period", "2024年度", "--recipient", str(d / "haian.zgszkey"),
                    "--out", str(d / "pkg"), "--passphrase-env", "P")
    assert exported.returncode == 0, exported.stderr
    assert "核验码" in exported.stdout and (d / "pkg.zgsz").is_file() and (d / "pkg.pdf").is_file()

    ok = zgsz("verify", str(d / "pkg.zgsz"), "--district-key", str(d / "haian.zgszdistrict"), "--passphrase-env", "P",
              "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["rescored"] is True
    assert [q["id"] for q in json.loads(ok.stdout)["questionnaires"]] == ["nantong-zgsz-core", "miit-sme-2024"]
    assert zgsz("verify", str(d / "pkg.zgsz")).returncode == 0
    data = bytearray((d / "pkg.zgsz").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (d / "bad.zgsz").write_bytes(bytes(data))
    bad = zgsz("verify", str(d / "bad.zgsz"), "--json")
    assert bad.returncode == 1
    verdict = json.loads(bad.stdout)
    assert verdict["ok"] is False and verdict["reason"] and verdict["message_zh"] and verdict["message_en"]
    text = zgsz("verify", str(d / "bad.zgsz")).stdout
    assert "拒绝 / REJECTED" in text
    assert zgsz("verify").returncode == 2  # usage
    wrong = zgsz("verify", str(d / "pkg.zgsz"), "--district-key", str(d / "haian.zgszdistrict"),
                 "--passphrase-env", "WRONG")
    assert wrong.returncode == 2 and "密码不正确" in wrong.stderr  # not judged: distinct from "rejected"
    wrong_json = zgsz("verify", str(d / "pkg.zgsz"), "--district-key", str(d / "haian.zgszdistrict"),
                      "--passphrase-env", "WRONG", "--json")
    assert wrong_json.returncode == 2 and json.loads(wrong_json.stdout)["reason"] == "cannot_check"
    no_prompt = zgsz("verify", str(d / "pkg.zgsz"), "--district-key", str(d / "haian.zgszdistrict"))
    assert no_prompt.returncode == 2 and "--passphrase-env" in no_prompt.stderr  # no terminal to ask on
    fingerprint_line = zgsz("verify", str(d / "pkg.zgsz")).stdout
    assert "未核对签名密钥" in fingerprint_line
    signer = json.loads(ok.stdout)["signer_key_id"]
    assert zgsz("verify", str(d / "pkg.zgsz"), "--expect-key", signer).returncode == 0
    other = zgsz("verify", str(d / "pkg.zgsz"), "--expect-key", "AAAA-BBBB-CCCC-DDDD", "--json")
    assert other.returncode == 1 and json.loads(other.stdout)["reason"] == "unexpected_key"
    (d / "pass.txt").write_bytes("\ufeffpass-word-123\r\nsecond line\r\n".encode())  # as Notepad writes it
    from_file = zgsz("verify", str(d / "pkg.zgsz"), "--district-key", str(d / "haian.zgszdistrict"),
                     "--passphrase-file", str(d / "pass.txt"))
    assert from_file.returncode == 0, from_file.stderr

    backup = d / "key-backup.json"
    assert zgsz("keys", "backup", "--workspace", ws, "--out", str(backup)).returncode == 0
    shown = zgsz("keys", "show", "--workspace", ws).stdout
    fingerprint = shown.split("：")[1].split("（")[0]
    other_ws = str(tmp_path / "other")
    refused = zgsz("keys", "restore", str(backup), "--workspace", other_ws, "--passphrase-env", "WRONG")
    assert refused.returncode == 1 and not Path(other_ws).exists()
    restored = zgsz("keys", "restore", str(backup), "--workspace", other_ws, "--passphrase-env", "P")
    assert restored.returncode == 0 and fingerprint in restored.stdout


def test_demo_writes_a_package_that_verifies(tmp_path):
    result = zgsz("demo", "--out", str(tmp_path), "--json")
    manifest = json.loads(result.stdout)
    check = zgsz("verify", manifest["package"], "--district-key", manifest["district_key"], "--passphrase-env", "DP",
                 env={"DP": manifest["passphrases"]["district"]})
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_key_file_asking_for_huge_scrypt_work_is_refused(district, tmp_path):
    from zgsz_desktop.package.keys import load_district_key

    data = district.to_json()
    data["private"] = {**data["private"], "n": 2**22, "r": 32, "p": 16}
    path = tmp_path / "dos.zgszdistrict"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KeyProblem, match="参数异常"):
        load_district_key(path).private_key("district-pass")


def test_passphrases_match_whatever_the_unicode_form(tmp_path):
    import unicodedata

    key = keys.SigningKey.generate("密码é-2024-安全")
    decomposed = unicodedata.normalize("NFD", "密码é-2024-安全")
    assert decomposed != "密码é-2024-安全"
    key.private_key(decomposed)  # same passphrase typed through another input method


def test_an_export_refused_at_the_last_step_leaves_the_file_another_export_wrote(completed, district, tmp_path,
                                                                                  monkeypatch):
    """Two windows exporting the same period to the same name: the one refused (the number was taken)
    must not delete or overwrite the package the other one recorded."""
    from zgsz_desktop.workspace import WorkspaceError

    ws, _ = completed
    ensure_signing_key(ws, PASS)
    out = tmp_path / "out" / "报送"
    first = export_submission(ws, "2024年度", district.recipient, PASS, out)
    recorded = first.package_path.read_bytes()

    def taken(*_args, **_kwargs):
        raise WorkspaceError("同时有另一个导出在进行，请重新导出")

    monkeypatch.setattr(ws, "mark_submission_exported", taken)
    with pytest.raises(WorkspaceError):
        export_submission(ws, "2024年度", district.recipient, PASS, out)
    assert first.package_path.read_bytes() == recorded
    assert sorted(p.name for p in out.parent.iterdir()) == ["报送.pdf", "报送.zgsz"]  # no part-file left


# --------------------------------------------------------------------------- Windows paths and held files (#18)


def test_an_export_into_a_long_chinese_path_with_spaces(completed, district, tmp_path):
    """Office PCs keep files under deep Chinese folder names (over Windows' classic 260 characters here)."""
    ws, _ = completed
    ensure_signing_key(ws, PASS)
    deep = tmp_path.joinpath(*["南通瑞丰精密机械有限公司 智改数转 2024年度 资料"] * 9, "报送 文件")
    assert len(str(deep)) > 260
    result = export_submission(ws, "2024年度", district.recipient, PASS, deep / "瑞丰")
    verified = verify_bytes(result.package_path.read_bytes(), district.recipient.key_id,
                            district.private_key("district-pass"), district_name="海安市")
    assert verified.package_id == result.package_id and result.pdf_path.read_bytes().startswith(b"%PDF")


def test_a_folder_that_refuses_new_files_is_said_and_nothing_is_recorded(completed, district, tmp_path, monkeypatch):
    """A read-only folder (or one the user may not write to): simulated, since CI runs as root."""
    import tempfile

    ws, _ = completed
    ensure_signing_key(ws, PASS)
    out = tmp_path / "只读"

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    error = refused_and_nothing_written(ws, out, lambda: export_submission(ws, "2024年度", district.recipient, PASS,
                                                                           out / "瑞丰"))
    assert isinstance(error, ExportRefused) and "请换一个可以写入的文件夹" in str(error)


def test_a_pdf_held_open_by_a_reader_is_said_and_the_package_is_kept(completed, district, tmp_path, monkeypatch):
    """Windows: last time's PDF is open in a reader, so it cannot be replaced; the package is written and
    recorded, and the message says what to close."""
    from zgsz_desktop import fileio

    ws, _ = completed
    ensure_signing_key(ws, PASS)
    out = tmp_path / "out"
    first = export_submission(ws, "2024年度", district.recipient, PASS, out / "瑞丰")
    real = os.replace

    def held(source, target):
        if str(target).endswith(".pdf"):
            raise PermissionError(13, "being used by another process")
        real(source, target)

    monkeypatch.setattr(fileio.os, "replace", held)
    monkeypatch.setattr(fileio, "_sleep", lambda seconds: None)
    with pytest.raises(ExportRefused) as caught:
        export_submission(ws, "2024年度", district.recipient, PASS, first.package_path)
    message = str(caught.value)
    assert "PDF 无法写入" in message and "正被其他程序打开" in message and "请关闭后重试" in message
    assert len(ws.exports()) == 2 and first.pdf_path.read_bytes().startswith(b"%PDF")
