"""build_installer.py builds a self-contained folder whose own self-test passes without Python or the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import build_installer  # noqa: E402


def test_bundle_builds_and_passes_its_self_test_in_a_scrubbed_environment(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--smoke", "--out", str(tmp_path)],
                            capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=1200,
                            env=dict(os.environ))
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
