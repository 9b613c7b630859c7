"""build_installer.py builds a self-contained folder whose own self-test passes without Python or the checkout,
carrying the district recipient files it was given and none of the Qt files the app does not use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
import build_installer  # noqa: E402
from zgsz_desktop.package import keys  # noqa: E402


def write_recipient(path: Path, district: str = "海安市") -> keys.Recipient:
    recipient = keys.DistrictKey.generate(district, "district-pass").recipient
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(recipient.to_json(), ensure_ascii=False), encoding="utf-8")
    return recipient


def run_build(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build_installer.py"), *args], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=1200, env=dict(os.environ))


@pytest.mark.slow
def test_bundle_builds_and_passes_its_self_test_in_a_scrubbed_environment(tmp_path):
    recipient = write_recipient(tmp_path / "keys" / "海安市.zgszkey")
    result = run_build("--smoke", "--out", str(tmp_path), "--recipient", str(tmp_path / "keys" / "海安市.zgszkey"))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    name = f"zgsz-desktop-{build_installer.version()}-{build_installer.platform_tag()}"
    bundle = tmp_path / name
    assert build_installer.executable(bundle).is_file()
    # the self-test ran from the bundle's own data, not from this checkout
    assert f"数据目录：{bundle}" in result.stdout and "（frozen）" in result.stdout
    for check in ("问卷定义", "中文字体", "示例答案计分", "报告与报告包", "主窗口"):
        assert f"[通过] {check}" in result.stdout, check
    internal = {p.name for p in (bundle / "_internal").iterdir()}
    assert {"assessments", "resources"} <= internal
    assert not {"tkinter", "pytest", "hypothesis", "_pytest"} & internal  # development tools left out
    qt_modules = {p.name.split(".")[0] for p in (bundle / "_internal" / "PySide6").glob("Qt*.abi3.*")}
    assert "QtWidgets" in qt_modules and not {"QtWebEngineCore", "QtQml", "QtQuick", "QtMultimedia"} & qt_modules
    assert (bundle / "_internal" / "resources" / "fonts" / "wqy-microhei.COPYRIGHT.txt").is_file()  # licence ships

    # the district's recipient file, where the app looks for it, under one name per key
    bundled = bundle / "_internal" / "resources" / "recipients" / f"海安市-{recipient.key_id}.zgszkey"
    assert keys.load_recipient(bundled) == recipient
    assert f"随程序提供的区县文件：海安市（密钥编号 {recipient.key_id}）" in result.stdout

    # trimmed: what is left out is printed, Qt's Chinese texts stay, no network or TLS code
    assert "构建后移除" in result.stdout and "未打包的 Qt 模块" in result.stdout
    qt = next(d for d in (bundle / "_internal" / "PySide6" / "Qt", bundle / "_internal" / "PySide6")
              if (d / "plugins").is_dir())
    translations = {p.name for p in (qt / "translations").iterdir()}
    assert "qtbase_zh_CN.qm" in translations and "qtbase_de.qm" not in translations
    assert not (qt / "plugins" / "tls").exists() and not (qt / "plugins" / "networkinformation").exists()
    assert {p.stem.removeprefix("lib") for p in (qt / "plugins" / "imageformats").iterdir()} <= {"qsvg", "qico"}
    assert not list((bundle / "_internal" / "PIL").glob("_avif*"))


def test_version_comes_from_the_package():
    from zgsz_desktop import __version__

    assert build_installer.version() == __version__


def test_windows_installer_script_installs_per_user_with_shortcuts_and_an_uninstaller(tmp_path):
    bundle = tmp_path / "zgsz-desktop-1.2.3-windows-amd64"
    bundle.mkdir()
    script = build_installer.write_inno_script(bundle)
    raw = script.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads a script as Unicode only with the BOM
    text = raw.decode("utf-8-sig")
    setup = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    settings = dict(line.split("=", 1) for line in setup.splitlines() if "=" in line)
    assert settings["AppName"] == "智改数转企业自评估" and settings["AppVersion"] == build_installer.version()
    assert settings["PrivilegesRequired"] == "lowest"  # office PCs: no administrator needed
    assert settings["AppId"].startswith("{{")  # fixed id: a newer installer upgrades in place
    assert f'Source: "{bundle}\\*"' in text
    assert '{group}\\智改数转企业自评估"; Filename: "{app}\\zgsz-desktop-1.2.3-windows-amd64.exe"' in text
    assert "{autodesktop}" in text and "Tasks: desktopicon" in text and "{uninstallexe}" in text
    # an upgrade replaces the old files (and the bundled recipient files) rather than leaving them beside the new
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in text
    assert 'Type: files; Name: "{app}\\zgsz-desktop-*.exe"' in text
    assert "[Languages]" not in text  # Inno Setup's default (English) wizard unless its Chinese texts are there
    # a double-clicked module file (分工填报), returned answers, a district's receipt or benchmark, or a district's
    # summary (for the city) open in the app, for this user only
    assert settings["ChangesAssociations"] == "yes"
    for suffix in (".zgszfill", ".zgszback", ".zgszreceipt", ".zgszbench", ".zgszsummary"):
        assert f'Root: HKA; Subkey: "Software\\Classes\\{suffix}"; ValueType: string' in text
    assert '\\shell\\open\\command"; ValueType: string; ValueName: ""; ValueData: """{app}\\' \
           'zgsz-desktop-1.2.3-windows-amd64.exe"" ""%1"""' in text


def test_the_wizard_speaks_chinese_when_inno_setup_has_the_translation(tmp_path):
    compiler = tmp_path / "Inno Setup 6" / "ISCC.exe"
    (compiler.parent / "Languages").mkdir(parents=True)
    assert not build_installer.has_chinese_messages(compiler)
    (compiler.parent / "Languages" / "ChineseSimplified.isl").write_text("; messages", encoding="utf-8")
    assert build_installer.has_chinese_messages(compiler)
    text = build_installer.inno_script(tmp_path / "zgsz-desktop-1.2.3-windows-amd64", chinese_messages=True)
    assert '[Languages]\nName: "chinesesimplified"; MessagesFile: "compiler:Languages\\ChineseSimplified.isl"' in text


@pytest.fixture()
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)


def test_an_invalid_recipient_file_stops_the_build_before_it_starts(tmp_path):
    bad = tmp_path / "海安市.zgszkey"
    bad.write_text('{"format": "zgsz-recipient/1", "district": "海安市"}', encoding="utf-8")
    result = run_build("--out", str(tmp_path / "out"), "--recipient", str(bad))
    assert result.returncode == 2
    assert f"--recipient {bad} 不是有效的区县文件" in result.stderr and "未构建" in result.stderr
    assert not (tmp_path / "out").exists()  # refused before PyInstaller ran


def test_a_district_private_key_is_refused_with_a_warning(tmp_path, fast_scrypt):
    key = keys.DistrictKey.generate("海安市", "district-pass")
    private = tmp_path / "海安市.zgszdistrict"
    private.write_text(json.dumps(key.to_json(), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(build_installer.BuildRefused) as caught:
        build_installer.check_recipients([private])
    assert "私钥" in str(caught.value) and "绝不能随安装程序分发" in str(caught.value)
    with pytest.raises(build_installer.BuildRefused):
        build_installer.check_recipients([tmp_path / "missing.zgszkey"])


def test_staged_resources_hold_exactly_the_recipients_given(tmp_path, monkeypatch, fast_scrypt):
    checkout = tmp_path / "checkout"
    (checkout / "resources" / "fonts").mkdir(parents=True)
    (checkout / "resources" / "fonts" / "font.ttc").write_bytes(b"font")
    (checkout / "resources" / "recipients").mkdir()
    (checkout / "resources" / "recipients" / "README.md").write_text("说明", encoding="utf-8")
    write_recipient(checkout / "resources" / "recipients" / "left-behind.zgszkey", "崇川区")
    monkeypatch.setattr(build_installer, "ROOT", checkout)
    haian = write_recipient(tmp_path / "given" / "haian.zgszkey")
    rugao = write_recipient(tmp_path / "given" / "rugao.zgszkey", "如皋市")

    checked = build_installer.check_recipients([tmp_path / "given" / "haian.zgszkey",
                                                tmp_path / "given" / "rugao.zgszkey",
                                                tmp_path / "given" / "haian.zgszkey"])  # named twice: once
    staged = build_installer.stage_resources(tmp_path / "staging", checked)

    assert (staged / "fonts" / "font.ttc").read_bytes() == b"font"
    assert sorted(p.name for p in (staged / "recipients").iterdir()) == sorted(
        ["README.md", f"海安市-{haian.key_id}.zgszkey", f"如皋市-{rugao.key_id}.zgszkey"])
    from zgsz_desktop.recipients import bundled_recipients

    assert [(r.district, r.key_id) for r in bundled_recipients(staged / "recipients")] == sorted(
        [("海安市", haian.key_id), ("如皋市", rugao.key_id)])


def test_the_bundle_gets_translations_compiled_at_build_time_and_not_their_sources(tmp_path):
    """The staged resources carry zgsz_en.qm compiled from the .ts at build time, and leave the .ts behind."""
    from zgsz_desktop.translations import compile_language

    staged = build_installer.stage_resources(tmp_path / "staging", [])
    folder = staged / "translations"
    assert not list(folder.glob("*.ts"))
    fresh = compile_language("en", tmp_path)
    assert (folder / "zgsz_en.qm").read_bytes() == fresh.read_bytes()
    assert fresh.stat().st_size > 100_000  # every group compiled, not an empty shell
