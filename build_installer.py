"""Build the self-contained desktop bundle (PyInstaller, one folder) and, with ``--smoke``, run its self-test.

    python build_installer.py [--smoke] [--out dist]

PyInstaller because it is maintained, handles PySide6, matplotlib and reportlab through its hooks, and builds on
Windows, macOS and Linux from the same options. One *folder* rather than one file: a one-file exe unpacks itself
to a temp folder at every start (slow, and flagged by some antivirus products on office PCs).

On Windows it also writes an Inno Setup script (per-user install, Start-menu and desktop shortcuts, uninstaller)
and compiles it when ``ISCC`` is on the PATH.

``--recipient FILE...`` puts district recipient files (``.zgszkey``) into the bundle's ``resources/recipients/``;
each is checked first, and a file that is not a valid recipient file stops the build before anything is built.
The export dialog fills in the one for the enterprise's district (``zgsz_desktop/recipients.py``).

What is left out to keep the bundle small is listed below (``UNUSED_QT``, ``UNUSED_PY``, ``QT_PRUNED``) and
printed by every build; docs/windows.md describes the build for people making installers.
"""

from __future__ import annotations

import argparse
import fnmatch
import functools
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
APP_NAME = "zgsz-desktop"

# Qt modules the app never imports: leaving them out keeps the bundle small (QtWidgets/Gui/Core/Svg remain).
# QtNetwork and QtDBus: PySide6's Linux extension modules link libQt6Network, so PyInstaller would collect the
# module with its TLS and network-information plugins, OpenSSL and Kerberos; the app makes no network connection.
UNUSED_QT = ["QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtQuick", "QtQml", "QtQuickWidgets",
             "Qt3DCore", "Qt3DRender", "QtMultimedia", "QtMultimediaWidgets", "QtCharts", "QtDataVisualization",
             "QtPdf", "QtPdfWidgets", "QtBluetooth", "QtPositioning", "QtSensors", "QtSerialPort", "QtSql",
             "QtTest", "QtDesigner", "QtHelp", "QtNetworkAuth", "QtOpenGL", "QtOpenGLWidgets", "QtSpatialAudio",
             "QtTextToSpeech", "QtWebChannel", "QtWebSockets", "QtRemoteObjects", "QtScxml", "QtStateMachine",
             "QtNetwork", "QtDBus"]
# Python packages present in a development environment but not used by the app; and Pillow's AVIF and WebP
# codecs (with libavif and libwebp): the app only writes PNG, and Pillow treats a missing codec as unsupported.
UNUSED_PY = ["tkinter", "pytest", "pytestqt", "hypothesis", "ruff", "IPython", "matplotlib.backends.backend_tkagg",
             "matplotlib.backends.backend_webagg", "pypdf", "setuptools", "pip",
             "PIL._avif", "PIL._webp", "PIL._imagingtk", "PIL.ImageTk",
             # 170 MB for the city's Parquet export only: the city office installs the `city` extra (docs/city.md)
             "pyarrow"]


@dataclass(frozen=True)
class Prune:
    """Files PyInstaller's Qt hooks collect that the app does not use, removed from the finished bundle."""

    pattern: str  # glob under the bundle's Qt folder (PySide6/Qt on Linux and macOS, PySide6 on Windows)
    reason: str
    keep: tuple[str, ...] = ()  # file names (fnmatch) kept although the pattern matches them
    systems: tuple[str, ...] = ()  # platform.system() values the rule applies to; empty: everywhere


QT_PRUNED = [
    Prune("translations/*.qm", "Qt 自带界面文字的其他语言（保留简体中文和英文）",
          keep=("qt_zh_CN.qm", "qtbase_zh_CN.qm", "qt_en.qm", "qtbase_en.qm")),
    Prune("plugins/imageformats/*", "图片格式插件（程序只显示 PNG 和 SVG；PNG 由 Qt 内置）",
          keep=("*qsvg.*", "*qico.*")),
    Prune("plugins/generic/*", "触摸屏和无桌面输入设备插件"),
    Prune("plugins/platforms/*", "无桌面环境的显示方式（eglfs、linuxfb、vnc 等；保留 xcb、wayland、offscreen 等）",
          keep=("libqxcb.so", "libqwayland*.so", "libqoffscreen.so", "libqminimal.so"), systems=("Linux",)),
    Prune("plugins/egldeviceintegrations/*", "eglfs 显示方式的设备插件", systems=("Linux",)),
    Prune("plugins/platformthemes/libqgtk3.so", "GTK3 外观插件（及只有它用到的 GTK、Pango、Cairo 等库）",
          systems=("Linux",)),
]


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


class BuildRefused(Exception):
    """The build cannot go ahead; the message says why (in Chinese)."""


# --------------------------------------------------------------------------- district recipient files


@dataclass(frozen=True)
class RecipientFile:
    source: Path
    district: str
    key_id: str

    @property
    def bundled_name(self) -> str:
        """``<地区>-<密钥编号>.zgszkey``: one name per key, so the same key named twice is bundled once."""
        from zgsz_desktop.package.keys import RECIPIENT_SUFFIX

        return f"{self.district}-{self.key_id}{RECIPIENT_SUFFIX}"


def check_recipients(paths: Iterable[Path]) -> list[RecipientFile]:
    """Load and check every file (as the app will), before anything is built; refuse any that is not a valid
    district recipient file — above all a district's *private* key file, which must never be handed out."""
    from zgsz_desktop.errors import UserError
    from zgsz_desktop.package.keys import DISTRICT_KEY_SUFFIX, load_recipient

    checked: dict[str, RecipientFile] = {}
    for path in paths:
        path = Path(path)
        try:
            recipient = load_recipient(path)
        except UserError as exc:
            hint = ("这是区县的私钥文件，绝不能随安装程序分发；请改用同名的 .zgszkey 区县文件"
                    if path.suffix.lower() == DISTRICT_KEY_SUFFIX else
                    "只能打包区县工信部门用 zgsz district init 生成的区县文件（.zgszkey）")
            raise BuildRefused(f"--recipient {path} 不是有效的区县文件：{exc}\n{hint}。未构建。") from exc
        checked.setdefault(recipient.key_id, RecipientFile(path, recipient.district, recipient.key_id))
    return sorted(checked.values(), key=lambda r: (r.district, r.key_id))


def stage_resources(staging: Path, recipients: Sequence[RecipientFile]) -> Path:
    """A copy of ``resources/`` for the bundle holding exactly ``recipients`` in ``recipients/``: any
    ``*.zgszkey`` lying in the checkout's folder is left behind, so a build carries only the files it was given."""
    from zgsz_desktop.package.keys import RECIPIENT_SUFFIX
    from zgsz_desktop.recipients import RECIPIENTS_FOLDER

    source = ROOT / "resources"
    target = staging / "resources"

    def leave_out(folder: str, names: list[str]) -> list[str]:
        if Path(folder).resolve() == (source / "translations").resolve():
            return [name for name in names if name.endswith(".ts")]  # the sources; the bundle needs the .qm
        if Path(folder).resolve() != (source / RECIPIENTS_FOLDER).resolve():
            return []
        return [name for name in names if name.lower().endswith(RECIPIENT_SUFFIX)]

    shutil.copytree(source, target, ignore=leave_out)
    compile_translations(target / "translations", ROOT)
    folder = target / RECIPIENTS_FOLDER
    folder.mkdir(exist_ok=True)
    for recipient in recipients:
        shutil.copyfile(recipient.source, folder / recipient.bundled_name)
    return target


def compile_translations(folder: Path, checkout: Path) -> list[Path]:
    """Compile each language's .ts files into the bundle's .qm at build time (lrelease from the PySide6 wheel),
    so a bundle never carries a .qm older than its translations."""
    from zgsz_desktop.translations import GROUPS, LANGUAGES, SOURCE_LANGUAGE, compile_language, ts_path

    folder.mkdir(parents=True, exist_ok=True)
    return [compile_language(language, folder, root=checkout) for language in LANGUAGES
            if language != SOURCE_LANGUAGE and any(ts_path(g, language, checkout).exists() for g in GROUPS)]


# --------------------------------------------------------------------------- build


def build(out: Path, recipients: Sequence[RecipientFile] = ()) -> Path:
    import PyInstaller.__main__

    name = f"{APP_NAME}-{version()}-{platform_tag()}"
    work = Path(tempfile.mkdtemp(prefix="zgsz-build-"))
    launcher = work / "launcher.py"
    # freeze_support first: the district import starts worker processes by running this same executable,
    # which must turn into a worker there instead of opening a second window.
    launcher.write_text("import multiprocessing\nimport sys\n\nif __name__ == \"__main__\":\n"
                        "    multiprocessing.freeze_support()\n"
                        "    from zgsz_desktop.ui.app import main\n\n    sys.exit(main())\n", encoding="utf-8")
    resources = stage_resources(work / "data", recipients)
    separator = os.pathsep
    args = [
        str(launcher), "--name", name, "--noconfirm", "--clean", "--onedir", "--windowed",
        "--distpath", str(out), "--workpath", str(work / "build"), "--specpath", str(work),
        "--paths", str(ROOT),
        "--add-data", f"{ROOT / 'assessments'}{separator}assessments",
        "--add-data", f"{resources}{separator}resources",
        # imported lazily inside functions (start-up stays fast), so named here for the analysis
        "--hidden-import", "matplotlib.backends.backend_qtagg",
        "--hidden-import", "matplotlib.backends.backend_agg",
        "--hidden-import", "_rl_accel",  # reportlab imports its C speed-ups through exec(): invisible to the analysis
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


def contents(bundle: Path) -> Path:
    """PyInstaller's contents folder beside the executable (``_internal`` since PyInstaller 6)."""
    return bundle / "_internal"


# --------------------------------------------------------------------------- trimming


def qt_dirs(bundle: Path) -> list[Path]:
    return [d for d in (contents(bundle) / "PySide6" / "Qt", contents(bundle) / "PySide6") if (d / "plugins").is_dir()]


def _files(bundle: Path) -> list[Path]:
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]


def _is_binary(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".dll", ".pyd", ".dylib", ".so")) or ".so." in name


def _is_root(bundle: Path, path: Path) -> bool:
    """Loaded by something other than the dynamic linker: the executable, Python's own library, extension
    modules, Qt plugins. Everything else is a library, kept while one of these needs it."""
    name = path.name.lower()
    return (path.parent == bundle or name.startswith(("libpython", "python3")) or "plugins" in path.parts
            or name.endswith(".pyd") or ".cpython-" in name or ".abi3." in name or "lib-dynload" in path.parts)


@functools.cache
def _needed(path: Path) -> frozenset[str]:
    """Names of the libraries ``path`` loads (on Linux via ldd: the whole tree, not only its own imports)."""
    from PyInstaller.depend import bindepend

    try:
        return frozenset(Path(name).name.lower() for name, _ in bindepend.get_imports(str(path)))
    except Exception:  # a file the tools cannot read: it needs nothing we could name
        return frozenset()


def _closure(roots: Iterable[Path], by_name: dict[str, set[Path]]) -> set[Path]:
    seen: set[Path] = set()
    todo = list(roots)
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in _needed(path):
            todo.extend(by_name.get(name, ()))
    return seen


def prune(bundle: Path) -> list[tuple[Path, int, str]]:
    """Remove what :data:`QT_PRUNED` names, then the libraries only those files needed (Linux and Windows).

    A library is removed only if something removed needed it and nothing kept does: a library the bundle
    carries for another reason (loaded by name at run time) stays. Returns (path, size, reason) of each file.
    """
    system = platform.system()
    removed: dict[Path, tuple[int, str]] = {}
    for qt in qt_dirs(bundle):
        for rule in QT_PRUNED:
            if rule.systems and system not in rule.systems:
                continue
            for path in qt.glob(rule.pattern):
                if path.is_file() and not any(fnmatch.fnmatch(path.name, keep) for keep in rule.keep):
                    removed[path.resolve()] = (path.stat().st_size, rule.reason)
    if system in ("Linux", "Windows") and removed:
        binaries = [p.resolve() for p in _files(bundle) if _is_binary(p) or p.parent == bundle]
        by_name: dict[str, set[Path]] = {}
        for path in bundle.rglob("*"):
            if path.is_file() and _is_binary(path):  # symlinks too: the name the linker asks for
                by_name.setdefault(path.name.lower(), set()).add(path.resolve())
        roots = [p for p in binaries if _is_root(bundle, p)]
        before = _closure(roots, by_name)
        after = _closure([p for p in roots if p not in removed], by_name)
        orphans = before - after - set(removed)
        names = {path: {name for name, targets in by_name.items() if path in targets} for path in orphans}
        while True:  # never remove a library that something kept asks for by name
            kept = [b for b in binaries if b not in removed and b not in orphans]
            asked = set().union(*(_needed(k) for k in kept))
            wanted = {path for path in orphans if names[path] & asked}
            if not wanted:
                break
            orphans -= wanted
        for path in orphans:
            removed[path] = (path.stat().st_size, "只有上述被移除的文件用到的库")
    for link in [p for p in bundle.rglob("*") if p.is_symlink()]:
        if link.resolve() in removed:
            link.unlink()
    for path in removed:
        path.unlink()
    for qt in qt_dirs(bundle):  # folders left empty
        for folder in sorted((d for d in qt.rglob("*") if d.is_dir()), key=lambda d: len(d.parts), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
    return sorted(((p, size, reason) for p, (size, reason) in removed.items()), key=lambda r: str(r[0]))


def size_breakdown(bundle: Path) -> list[tuple[str, int]]:
    """Bytes per part of the bundle, largest first (symlinks not counted: they share their target)."""
    groups: Counter[str] = Counter()
    internal = contents(bundle)
    for path in _files(bundle):
        if internal not in path.parents:
            key = "程序文件（启动器与 Python 模块包）"
        else:
            parts = path.relative_to(internal).parts
            if len(parts) == 1:
                key = "Python 运行库" if path.name.lower().startswith(("libpython", "python3")) else "共享库（顶层）"
            elif parts[0] == "PySide6":
                sub = parts[1:-1]
                sub = sub[1:] if sub[:1] == ("Qt",) else sub
                key = f"PySide6/{sub[0]}" if sub else "PySide6（绑定及 Windows 上的 Qt 库）"
            else:
                key = parts[0]
        groups[key] += path.stat().st_size
    return groups.most_common()


def print_sizes(bundle: Path, top: int = 14) -> None:
    groups = size_breakdown(bundle)
    print("大小构成：")
    for key, size in groups[:top]:
        print(f"  {size / 1e6:7.1f} MB  {key}")
    rest = sum(size for _, size in groups[top:])
    if rest:
        print(f"  {rest / 1e6:7.1f} MB  其他 {len(groups) - top} 项")


def print_exclusions(removed: Sequence[tuple[Path, int, str]]) -> None:
    print("未打包的 Qt 模块：" + "、".join(UNUSED_QT))
    print("未打包的 Python 模块：" + "、".join(UNUSED_PY))
    by_reason: dict[str, list[tuple[Path, int]]] = {}
    for path, size, reason in removed:
        by_reason.setdefault(reason, []).append((path, size))
    print(f"构建后移除（共 {len(removed)} 个文件，{sum(size for _, size, _ in removed) / 1e6:.1f} MB）：")
    for reason, files in by_reason.items():
        names = "、".join(sorted({p.name for p, _ in files}))
        print(f"  {sum(size for _, size in files) / 1e6:5.1f} MB  {reason}：{names}")


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


CHINESE_MESSAGES = "ChineseSimplified.isl"  # Inno Setup's Simplified Chinese wizard texts, when installed


# the files the app opens when double-clicked, with the name Explorer shows for them
FILE_TYPES = ((".zgszfill", "ZGSZ.HandoffFile", "智改数转分工文件"),
              (".zgszback", "ZGSZ.HandoffReturn", "智改数转交回答卷"),
              (".zgszreceipt", "ZGSZ.Receipt", "智改数转区县回执"),  # opens the enterprise window's receipt import
              (".zgszbench", "ZGSZ.Benchmark", "智改数转同行对标文件"),  # the enterprise's benchmark import
              (".zgszsummary", "ZGSZ.DistrictSummary", "智改数转区县汇总包"))  # the city window's import


def file_associations(exe: str) -> str:
    """Inno Setup [Registry] lines: each of FILE_TYPES opens with the app (``zgsz-desktop FILE``)."""
    lines = []
    for suffix, progid, name in FILE_TYPES:
        classes = "Software\\Classes"
        lines += [
            f'Root: HKA; Subkey: "{classes}\\{suffix}"; ValueType: string; ValueName: ""; ValueData: "{progid}"; '
            "Flags: uninsdeletevalue",  # our own suffixes: the app is their program, not just one choice
            f'Root: HKA; Subkey: "{classes}\\{suffix}\\OpenWithProgids"; ValueType: string; ValueName: "{progid}"; '
            'ValueData: ""; Flags: uninsdeletevalue',
            f'Root: HKA; Subkey: "{classes}\\{progid}"; ValueType: string; ValueName: ""; ValueData: "{name}"; '
            "Flags: uninsdeletekey",
            f'Root: HKA; Subkey: "{classes}\\{progid}\\DefaultIcon"; ValueType: string; ValueName: ""; '
            f'ValueData: "{{app}}\\{exe},0"',
            f'Root: HKA; Subkey: "{classes}\\{progid}\\shell\\open\\command"; ValueType: string; ValueName: ""; '
            f'ValueData: """{{app}}\\{exe}"" ""%1"""',
        ]
    return "\n".join(lines) + "\n"


def inno_script(bundle: Path, chinese_messages: bool = False) -> str:
    """An Inno Setup script installing ``bundle`` per user (no administrator rights on an office PC), with
    Start-menu and optional desktop shortcuts and an uninstaller. Workspaces live in the user's data folder,
    not under the program folder, so uninstalling or upgrading never deletes answers. ``chinese_messages``:
    the wizard's own texts in Chinese (needs ``Languages/ChineseSimplified.isl`` beside the compiler)."""
    exe = f"{bundle.name}.exe"  # the script is for Windows whatever machine writes it
    languages = (f'\n[Languages]\nName: "chinesesimplified"; MessagesFile: "compiler:Languages\\{CHINESE_MESSAGES}"\n'
                 if chinese_messages else "")
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
ChangesAssociations=yes
{languages}
[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; GroupDescription: "快捷方式："

[InstallDelete]
; an upgrade replaces the old version's files rather than installing over them: no stale library, no old
; executable left beside the new one, no superseded district recipient file offered next to the new key
Type: filesandordirs; Name: "{{app}}\\_internal"
Type: files; Name: "{{app}}\\{APP_NAME}-*.exe"

[Files]
Source: "{bundle}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{{group}}\\{PRODUCT_NAME}"; Filename: "{{app}}\\{exe}"
Name: "{{group}}\\卸载{PRODUCT_NAME}"; Filename: "{{uninstallexe}}"
Name: "{{autodesktop}}\\{PRODUCT_NAME}"; Filename: "{{app}}\\{exe}"; Tasks: desktopicon

[Registry]
; 分工填报 (docs/team-filling.md): a colleague double-clicks the module file, the manager the returned answers;
; per user (HKA is HKCU without administrator rights), removed with the program
{file_associations(exe)}
[Run]
Filename: "{{app}}\\{exe}"; Description: "立即运行{PRODUCT_NAME}"; Flags: nowait postinstall skipifsilent
"""


def write_inno_script(bundle: Path, chinese_messages: bool = False) -> Path:
    """Write ``<bundle>.iss`` beside the bundle, UTF-8 with a byte-order mark (how Inno Setup recognises
    Unicode scripts: without it the Chinese names turn into mojibake)."""
    path = bundle.parent / f"{bundle.name}.iss"
    path.write_text(inno_script(bundle, chinese_messages), encoding="utf-8-sig")
    return path


def inno_compiler() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    return Path(found) if found else None


def has_chinese_messages(compiler: Path | None) -> bool:
    return compiler is not None and (compiler.parent / "Languages" / CHINESE_MESSAGES).is_file()


def build_windows_installer(script: Path) -> Path | None:
    """Compile the script when Inno Setup's compiler is installed; otherwise say how to."""
    compiler = inno_compiler()
    if compiler is None:
        print(f"未找到 Inno Setup（ISCC.exe）：安装 Inno Setup 6 后运行 ISCC \"{script}\" 生成安装程序")
        return None
    subprocess.run([str(compiler), str(script)], check=True)
    return script.with_name(script.stem + "-setup.exe")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="构建自带运行环境的桌面程序（PyInstaller）")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="输出文件夹（默认 dist/）")
    parser.add_argument("--recipient", type=Path, nargs="+", action="extend", default=[], metavar="FILE",
                        help="随程序提供的区县区县文件（.zgszkey，可多个）；导出时自动填入企业所属地区的那一个")
    parser.add_argument("--smoke", action="store_true", help="构建后在无 Python 的环境中运行程序自检")
    parser.add_argument("--inno-script", action="store_true",
                        help="在非 Windows 平台上也写出 Inno Setup 安装脚本（供检查；Windows 上总是写出并尝试编译）")
    parser.add_argument("--no-trim", action="store_true", help="不移除未用到的 Qt 文件（排查问题时用）")
    args = parser.parse_args(argv)
    try:
        recipients = check_recipients(args.recipient)  # before the minute-long build, not after
    except BuildRefused as exc:
        print(exc, file=sys.stderr)
        return 2
    bundle = build(args.out.resolve(), recipients)
    if not args.no_trim:
        print_exclusions(prune(bundle))
    print(f"程序文件夹：{bundle}（{folder_size(bundle) / 1e6:.0f} MB）")
    print_sizes(bundle)
    if recipients:
        from zgsz_desktop.recipients import RECIPIENTS_FOLDER, bundled_recipients

        inside = bundled_recipients(contents(bundle) / "resources" / RECIPIENTS_FOLDER)
        print("随程序提供的区县文件：" + "；".join(f"{r.district}（密钥编号 {r.key_id}）" for r in inside))
        if [(r.district, r.key_id) for r in inside] != [(r.district, r.key_id) for r in recipients]:
            print("区县文件没有完整放入程序文件夹", file=sys.stderr)
            return 1
        if len({r.district for r in recipients}) < len(recipients):
            print("注意：同一地区有多个区县文件，该地区的企业导出时需自行选择", file=sys.stderr)
    if platform.system() == "Windows" or args.inno_script:
        chinese = has_chinese_messages(inno_compiler())
        script = write_inno_script(bundle, chinese)
        print(f"安装脚本：{script}")
        if not chinese:
            print(f"安装向导将使用 Inno Setup 的英文界面；把 {CHINESE_MESSAGES} 放进 Inno Setup 的 Languages 文件夹"
                  "后重新构建即为中文")
        if platform.system() == "Windows" and (setup := build_windows_installer(script)):
            print(f"安装程序：{setup}")
    if args.smoke:
        code = smoke(bundle)
        print("自检通过" if code == 0 else f"自检失败（退出码 {code}）")
        return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
