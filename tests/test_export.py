"""Exporting from the workspace and the key/verify command line: clear refusals that write nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.package import keys
from zgsz_desktop.package.export import ExportRefused, ensure_signing_key, export_assessment
from zgsz_desktop.package.keys import DistrictKey, KeyProblem, WrongPassphrase, load_recipient
from zgsz_desktop.package.verify import verify_bytes
from zgsz_desktop.workspace import Workspace

PASS = "enterprise-pass"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)


@pytest.fixture()
def completed(tmp_path):
    core, miit = demo_documents()
    ws = Workspace.open(tmp_path / "ws")
    a, _ = ws.import_answers(core.questionnaire, core.answers, "2024年度", enterprise=core.enterprise)
    ws.import_answers(miit.questionnaire, miit.answers, "2024年度")
    ws.complete(a.id)
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


def test_export_writes_a_verifiable_package_and_the_pdf_and_records_it(completed, district, tmp_path):
    ws, a = completed
    ensure_signing_key(ws, PASS)
    result = export_assessment(ws, a.id, district.recipient, PASS, tmp_path / "out" / "瑞丰")
    assert result.package_path.name == "瑞丰.zgsz" and result.pdf_path.read_bytes().startswith(b"%PDF")
    verified = verify_bytes(result.package_path.read_bytes(), district.recipient.key_id,
                            district.private_key("district-pass"))
    assert verified.manifest["verification_code"] == result.verification_code
    assert verified.payload.report_pdf == result.pdf_path.read_bytes()
    (record,) = ws.exports()
    assert record["package_id"] == result.package_id and record["key_fingerprint"] == result.key_id
    assert ws.assessment(a.id).status == "exported"
    second = export_assessment(ws, a.id, district.recipient, PASS, tmp_path / "out" / "second")
    manifest = verify_bytes(second.package_path.read_bytes()).manifest
    assert manifest["sequence"] == 2 and manifest["supersedes"] == result.package_id


def refused_and_nothing_written(ws, out_dir: Path, call) -> Exception:
    before = ws.exports()
    with pytest.raises(Exception) as caught:
        call()
    assert not out_dir.exists() or list(out_dir.iterdir()) == []
    assert ws.exports() == before
    return caught.value


def test_wrong_passphrase_missing_key_wrong_district_and_drafts_are_refused(completed, district, tmp_path):
    ws, a = completed
    out = tmp_path / "out"
    error = refused_and_nothing_written(ws, out, lambda: export_assessment(ws, a.id, district.recipient, PASS,
                                                                           out / "p"))
    assert isinstance(error, ExportRefused) and "签名密钥" in str(error)  # no key yet
    ensure_signing_key(ws, PASS)
    error = refused_and_nothing_written(ws, out, lambda: export_assessment(ws, a.id, district.recipient, "wrong-pass",
                                                                           out / "p"))
    assert isinstance(error, WrongPassphrase) and "密码不正确" in str(error)
    other = DistrictKey.generate("如皋市", "district-pass")
    error = refused_and_nothing_written(ws, out, lambda: export_assessment(ws, a.id, other.recipient, PASS, out / "p"))
    assert "如皋市" in str(error) and "海安市" in str(error)
    ws.save_answer(a.id, "rnd.tool_users", 16)  # back to draft
    error = refused_and_nothing_written(ws, out, lambda: export_assessment(ws, a.id, district.recipient, PASS,
                                                                           out / "p"))
    assert "已完成" in str(error)


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


def test_cli_district_export_verify_and_key_backup(tmp_path):
    demo = Path(__file__).resolve().parents[1] / "resources" / "demo" / "nantong-zgsz-core.answers.json"
    ws, d = str(tmp_path / "ws"), tmp_path
    made = zgsz("district", "init", "--name", "海安市", "--out", str(d / "haian"), "--passphrase-env", "P")
    assert made.returncode == 0
    assert (d / "haian.zgszkey").is_file() and (d / "haian.zgszdistrict").is_file()
    assert zgsz("answers", "import", str(demo), "--workspace", ws).returncode == 0
    assert zgsz("assessment", "complete", "1", "--workspace", ws).returncode == 0
    exported = zgsz("export", "--workspace", ws, "--assessment", "1", "--recipient", str(d / "haian.zgszkey"),
                    "--out", str(d / "pkg"), "--passphrase-env", "P")
    assert exported.returncode == 0, exported.stderr
    assert "校验码" in exported.stdout and (d / "pkg.zgsz").is_file() and (d / "pkg.pdf").is_file()

    ok = zgsz("verify", str(d / "pkg.zgsz"), "--district-key", str(d / "haian.zgszdistrict"), "--passphrase-env", "P",
              "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["rescored"] is True
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
