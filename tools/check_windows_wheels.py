"""Check that every runtime dependency (and theirs) installs on the users' platform from wheels alone.

    python tools/check_windows_wheels.py [--python 3.12] [--platform win_amd64]

The users run Windows; this machine cannot. pip resolves ``pyproject.toml``'s dependencies as it would on 64-bit
Windows with CPython 3.12 (``--only-binary=:all:``: nothing may need a compiler there), without installing
anything (``--dry-run --report``), and every file it picks must be a wheel for that platform or for any platform.
``.ci/run`` runs this (issue #18); it needs the package index, nothing else. Exit status 1 names what would not
install.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def runtime_dependencies(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    return list(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"])


def fits(wheel_name: str, platform: str) -> bool:
    """Whether a file pip picked installs on ``platform``: a wheel whose platform tag is that one or ``any``."""
    if not wheel_name.endswith(".whl"):
        return False  # a source distribution: it would have to be built on the user's machine
    platforms = wheel_name[: -len(".whl")].split("-")[-1].split(".")
    return platform in platforms or "any" in platforms


def resolve(requirements: list[str], python: str, platform: str) -> list[tuple[str, str, str]]:
    """(name, version, file) of everything pip would install there."""
    with tempfile.TemporaryDirectory(prefix="zgsz-wheels-") as scratch:
        report = Path(scratch) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed",
                   "--only-binary=:all:", "--platform", platform, "--python-version", python, "--implementation", "cp",
                   "--target", str(Path(scratch) / "target"), "--report", str(report), *requirements]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            problems = [line for line in done.stderr.splitlines() if not line.startswith("WARNING: Location")]
            raise SystemExit(f"pip could not resolve the dependencies for {platform} / CPython {python} from wheels:\n"
                             + "\n".join(problems[-20:]))
        items = json.loads(report.read_text(encoding="utf-8"))["install"]
    return [(i["metadata"]["name"], i["metadata"]["version"], i["download_info"]["url"].rsplit("/", 1)[-1])
            for i in items]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--python", default="3.12")
    parser.add_argument("--platform", default="win_amd64")
    args = parser.parse_args(argv)
    found = resolve(runtime_dependencies(), args.python, args.platform)
    wrong = [(name, version, file) for name, version, file in found if not fits(file, args.platform)]
    for name, version, file in found:
        print(f"{'ok ' if fits(file, args.platform) else 'NO '} {name} {version}  {file}")
    if wrong:
        print(f"{len(wrong)} of {len(found)} would not install from a {args.platform} wheel", file=sys.stderr)
        return 1
    print(f"all {len(found)} install from wheels on {args.platform} / CPython {args.python}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
