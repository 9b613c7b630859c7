"""Build the self-contained desktop bundle (PyInstaller, one folder) and, with ``--smoke``, run its self-test.

    python build_installer.py [--smoke] [--out dist]

PyInstaller because it is maintained, handles PySide6, matplotlib and reportlab through its hooks, and builds on
Windows, macOS and Linux from the same options. One *folder* rather than one file: a one-file exe unpacks itself
to a temp folder at every start (slow, and flagged by some antivirus products on office PCs).

On Windows it also writes an Inno Setup script (per-user install, Start-menu and desktop shortcuts, uninstaller)
and compiles it when ``ISCC`` is on the PATH. Issue #8, still open: bundling district recipient files
(``--recipient``) is not done yet.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
APP_NAME = "zgsz-desktop"

# Qt modules the app never imports: leaving them out keeps the bundle small (QtWidgets/Gui/Core/Svg remain).
UNUSED_QT = ["QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtQuick", "QtQml", "QtQuickWidgets",
             "Qt3DCore", "Qt3DRender", "QtMultimedia", "QtMultimediaWidgets", "QtCharts", "QtDataVisualization",
             "QtPdf", "QtPdfWidgets", "QtBluetooth", "QtPositioning", "QtSensors", "QtSerialPort", "QtSql",
             "QtTest", "QtDesigner", "QtHelp", "QtNetworkAuth", "QtOpenGL", "QtOpenGLWidgets", "QtSpatialAudio",
             "QtTextToSpeech", "QtWebChannel", "QtWebSockets", "QtRemoteObjects", "QtScxml", "QtStateMachine"]
# Python packages present in a development environment but not used by the app.
UNUSED_PY = ["tkinter", "pytest", "pytestqt", "hypothesis", "ruff", "IPython", "matplotlib.backends.backend_tkagg",
             "matplotlib.backends.backend_webagg", "pypdf", "setuptools", "pip"]


def version() -> str:
    """The one place the package defines its version (``zgsz_desktop/__init__.py``)."""
    text = (ROOT / "zgsz_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("zgsz_desktop/__init__.py 中找不到 __version__")
    return match.group(1)


def platform_tag() -> str:
    system = {"Windows": "windows", "Darwin": "macos", "Linux": "linux"}.get(platform.system(), platform.system())
    return f"{system}-{platform.machine().lower()}"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())  # links share


def build(out: Path) -> Path:
    import PyInstaller.__main__

    name = f"{APP_NAME}-{version()}-{platform_tag()}"
    work = Path(tempfile.mkdtemp(prefix="zgsz-build-"))
    launcher = work / "launcher.py"
    launcher.write_text("import sys\nfrom zgsz_desktop.ui.app import main\nsys.exit(main())\n", encoding="utf-8")
    separator = os.pathsep
    args = [
        str(launcher), "--name", name, "--noconfirm", "--clean", "--onedir", "--windowed",
        "--distpath", str(out), "--workpath", str(work / "build"), "--specpath", str(work),
        "--paths", str(ROOT),
        "--add-data", f"{ROOT / 'assessments'}{separator}assessments",
        "--add-data", f"{ROOT / 'resources'}{separator}resources",
        # imported lazily inside functions (start-up stays fast), so named here for the analysis
        "--hidden-import", "matplotlib.backends.backend_qtagg",
        "--hidden-import", "matplotlib.backends.backend_agg",
        "--collect-submodules", "zgsz_desktop",
        "--collect-submodules", "reportlab.graphics.barcode",  # the QR code widget loads its siblings by name
    ]
    for module in UNUSED_QT:
        args += ["--exclude-module", f"PySide6.{module}"]
    for module in UNUSED_PY:
        args += ["--exclude-module", module]
    PyInstaller.__main__.run(args)
    bundle = out / name
    shutil.rmtree(work, ignore_errors=True)
    return bundle


def executable(bundle: Path) -> Path:
    suffix = ".exe" if platform.system() == "Windows" else ""
    return bundle / f"{bundle.name}{suffix}"


def smoke(bundle: Path) -> int:
    """Run the bundle's self-test as a user would: from another folder, no Python on PATH, a fresh home."""
    with tempfile.TemporaryDirectory(prefix="zgsz-smoke-") as scratch:
        home = Path(scratch) / "home"
        empty_path = Path(scratch) / "bin"
        home.mkdir()
        empty_path.mkdir()
        env = {"HOME": str(home), "PATH": str(empty_path), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
               "USERPROFILE": str(home), "APPDATA": str(home / "AppData"),
               "SYSTEMROOT": os.environ.get("SYSTEMROOT", "")}  # Windows cannot start a process without it
        result = subprocess.run([str(executable(bundle)), "--self-test"], cwd=scratch, env=env,
                                capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=600)
    print(result.stdout)
    if result.returncode != 0:
        print(result.stderr[-4000:], file=sys.stderr)
    return result.returncode


PRODUCT_NAME = "智改数转企业自评估"
# A fixed AppId lets a newer installer upgrade the old installation in place instead of installing beside it.
INNO_APP_ID = "{{6E0C5B1A-3F4D-4E7B-9C52-2D8A7F1E4B90}"


def inno_script(bundle: Path) -> str:
    """An Inno Setup script installing ``bundle`` per user (no administrator rights on an office PC), with
    Start-menu and optional desktop shortcuts and an uninstaller. Workspaces live in the user's data folder,
    not under the program folder, so uninstalling or upgrading never deletes answers."""
    exe = f"{bundle.name}.exe"  # the script is for Windows whatever machine writes it
    return f"""; Generated by build_installer.py — do not edit; rebuild instead.
[Setup]
AppId={INNO_APP_ID}
AppName={PRODUCT_NAME}
AppVersion={version()}
DefaultDirName={{autopf}}\\{PRODUCT_NAME}
DefaultGroupName={PRODUCT_NAME}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={bundle.parent}
OutputBaseFilename={bundle.name}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={PRODUCT_NAME} {version()}
UninstallDisplayIcon={{app}}\\{exe}

[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; GroupDescription: "快捷方式："

[Files]
Source: "{bundle}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{{group}}\\{PRODUCT_NAME}"; Filename: "{{app}}\\{exe}"
Name: "{{group}}\\卸载{PRODUCT_NAME}"; Filename: "{{uninstallexe}}"
Name: "{{autodesktop}}\\{PRODUCT_NAME}"; Filename: "{{app}}\\{exe}"; Tasks: desktopicon

[Run]
Filename: "{{app}}\\{exe}"; Description: "立即运行{PRODUCT_NAME}"; Flags: nowait postinstall skipifsilent
"""


def write_inno_script(bundle: Path) -> Path:
    """Write ``<bundle>.iss`` beside the bundle, UTF-8 with a byte-order mark (how Inno Setup recognises
    Unicode scripts: without it the Chinese names turn into mojibake)."""
    path = bundle.parent / f"{bundle.name}.iss"
    path.write_text(inno_script(bundle), encoding="utf-8-sig")
    return path


def build_windows_installer(script: Path) -> Path | None:
    """Compile the script when Inno Setup's compiler is installed; otherwise say how to."""
    compiler = shutil.which("ISCC") or shutil.which("iscc")
    if compiler is None:
        print(f"未找到 Inno Setup（ISCC.exe）：安装 Inno Setup 6 后运行 ISCC \"{script}\" 生成安装程序")
        return None
    subprocess.run([compiler, str(script)], check=True)
    return script.with_name(script.stem + "-setup.exe")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="构建自带运行环境的桌面程序（PyInstaller）")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="输出文件夹（默认 dist/）")
    parser.add_argument("--smoke", action="store_true", help="构建后在无 Python 的环境中运行程序自检")
    parser.add_argument("--inno-script", action="store_true",
                        help="在非 Windows 平台上也写出 Inno Setup 安装脚本（供检查；Windows 上总是写出并尝试编译）")
    args = parser.parse_args(argv)
    bundle = build(args.out.resolve())
    print(f"程序文件夹：{bundle}（{folder_size(bundle) / 1e6:.0f} MB）")
    if platform.system() == "Windows" or args.inno_script:
        script = write_inno_script(bundle)
        print(f"安装脚本：{script}")
        if platform.system() == "Windows" and (setup := build_windows_installer(script)):
            print(f"安装程序：{setup}")
    if args.smoke:
        code = smoke(bundle)
        print("自检通过" if code == 0 else f"自检失败（退出码 {code}）")
        return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
