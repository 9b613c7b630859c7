"""Types are checked (issue #19): mypy passes with the configuration in pyproject.toml (strict for the core), and
no public function of the core says only `Any` about what it takes or returns."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "zgsz_desktop"


def test_mypy_passes():
    pytest.importorskip("mypy", reason="mypy is a test dependency; install .[test]")
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary"], capture_output=True, text=True,
                            cwd=ROOT, timeout=900)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def _is_bare_any(annotation: ast.expr | None) -> bool:
    if annotation is None:
        return False
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):  # a string annotation
        return annotation.value.strip() == "Any"
    return (isinstance(annotation, ast.Name) and annotation.id == "Any") or \
        (isinstance(annotation, ast.Attribute) and annotation.attr == "Any")


def bare_any_in_public_signatures(path: Path) -> list[str]:
    """``name(param)`` or ``name -> Any`` for each public function or method whose parameter or result is
    annotated with `Any` alone (``Mapping[str, Any]`` says something; ``Any`` says nothing)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []

    def visit(node: ast.AST, public_scope: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, public_scope and not child.name.startswith("_"))
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if not public_scope or (child.name.startswith("_") and child.name != "__init__"):
                    continue
                arguments = [*child.args.posonlyargs, *child.args.args, *child.args.kwonlyargs]
                for extra in (child.args.vararg, child.args.kwarg):
                    if extra is not None:
                        arguments.append(extra)
                for argument in arguments:
                    if _is_bare_any(argument.annotation):
                        found.append(f"{path.relative_to(ROOT)}:{child.lineno} {child.name}({argument.arg})")
                if _is_bare_any(child.returns):
                    found.append(f"{path.relative_to(ROOT)}:{child.lineno} {child.name} -> Any")

    visit(tree, True)
    return found


def test_no_bare_any_on_public_functions_of_the_core():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] in ("ui", "_bundled"):
            continue
        found += bare_any_in_public_signatures(path)
    assert found == [], "\n".join(found)


def test_the_bare_any_check_can_fail(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text("from typing import Any\n\ndef public(value: Any) -> int:\n    return 1\n\n"
                       "def _private(value: Any) -> Any:\n    return value\n", encoding="utf-8")
    relative = planted.relative_to(tmp_path)
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        assert bare_any_in_public_signatures(planted) == [f"{relative}:3 public(value)"]
    finally:
        ROOT = saved
