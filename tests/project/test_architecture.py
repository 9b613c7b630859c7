"""The pure core stays pure: no Qt outside zgsz_desktop/ui/, no heavy imports at start-up, lint clean."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "zgsz_desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_pyside6_import_outside_the_ui_package():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1] or "_bundled" in path.parts:
            continue
        if any(name == "PySide6" or name.startswith("PySide6.") for name in imported_modules(path)):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


CORE_RUN = """
import sys
sys.modules["PySide6"] = None  # as if Qt were not installed: any import of it fails
import zgsz_desktop.cli, zgsz_desktop.demo, zgsz_desktop.answers_file, zgsz_desktop.report, zgsz_desktop.workspace
import zgsz_desktop.package.export, zgsz_desktop.package.verify
from zgsz_desktop.demo import demo_documents
from zgsz_desktop.scoring.engine import score
for doc in demo_documents():
    score(doc.questionnaire, doc.answers)
heavy = sorted(m for m in ("matplotlib", "reportlab", "cryptography", "PySide6") if sys.modules.get(m))
print("heavy:", heavy)
"""


def test_core_runs_without_qt_and_without_heavy_imports():
    result = subprocess.run([sys.executable, "-c", CORE_RUN], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "heavy: []" in result.stdout


@pytest.mark.skipif(shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(),
                    reason="ruff is a test dependency; install .[test]")
def test_ruff_lint_is_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run([ruff, "check", str(ROOT)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------- the layers (issue #19)

importlinter = pytest.importorskip("importlinter", reason="import-linter is a test dependency; install .[test]")


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """Run the contract of ``root``/pyproject.toml over the package in ``root`` (imports inside functions count)."""
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from importlinter.cli import lint_imports; "
            "sys.exit(lint_imports(config_filename=sys.argv[1] + '/pyproject.toml', no_cache=True))")
    return subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, text=True, cwd=root,
                          timeout=300)


def test_every_import_follows_the_layers():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_a_planted_back_edge_breaks_the_contract(tmp_path):
    """The check can fail: a leaf that imports the workspace from inside a function is caught."""
    shutil.copytree(PACKAGE, tmp_path / "zgsz_desktop", ignore=shutil.ignore_patterns("__pycache__", "_bundled"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    leaf = tmp_path / "zgsz_desktop" / "text.py"
    leaf.write_text(leaf.read_text(encoding="utf-8") + "\n\ndef _planted():\n    from .workspace import storage\n"
                    "    return storage\n", encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "zgsz_desktop.text -> zgsz_desktop.workspace" in result.stdout


def test_the_drawing_in_docs_architecture_matches_the_code():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import architecture
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert architecture.documented() == architecture.drawing(), \
        "docs/architecture.md differs from the code: run python tools/architecture.py --write and review the change"
