"""Draw the import graph between the layers of zgsz_desktop, as the code has it (issue #19).

The layers are the import-linter contract in pyproject.toml. The drawing is the part of docs/architecture.md
between the ``<!-- graph:begin -->`` and ``<!-- graph:end -->`` markers: a Mermaid flowchart (GitHub shows it
as a picture) with one arrow for each pair of layers that the code actually connects, counting imports inside
functions too. ``tests/test_architecture.py`` fails when the drawing and the code differ.

    python tools/architecture.py            # print the drawing
    python tools/architecture.py --write    # rewrite it in docs/architecture.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
BEGIN, END = "<!-- graph:begin -->", "<!-- graph:end -->"


def layers() -> list[list[str]]:
    """The contract's layers, highest first, each a list of module names."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = config["tool"]["importlinter"]["contracts"][0]
    return [[name.strip() for name in layer.replace("|", ":").split(":")] for layer in contract["layers"]]


def label(layer: list[str]) -> str:
    return " · ".join(name.removeprefix("zgsz_desktop.") for name in layer)


def layer_edges(stack: list[list[str]]) -> list[tuple[int, int]]:
    """(importing layer, imported layer) for every pair the code connects, by position in ``stack``."""
    import grimp

    sys.path.insert(0, str(ROOT))
    graph = grimp.build_graph("zgsz_desktop", include_external_packages=False)

    def owner(module: str) -> int | None:
        best: tuple[int, int] | None = None  # (length of the matching name, layer index)
        for index, layer in enumerate(stack):
            for name in layer:
                if (module == name or module.startswith(name + ".")) and (best is None or len(name) > best[0]):
                    best = (len(name), index)
        return None if best is None else best[1]

    edges: set[tuple[int, int]] = set()
    for module in graph.modules:
        source = owner(module)
        if source is None:
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            target = owner(imported)
            if target is not None and target != source:
                edges.add((source, target))
    return sorted(edges)


def drawing() -> str:
    stack = layers()
    lines = ["```mermaid", "flowchart TD"]
    for index, layer in enumerate(stack):
        lines.append(f'    L{index}["{label(layer)}"]')
    for source, target in layer_edges(stack):
        lines.append(f"    L{source} --> L{target}")
    lines.append("```")
    return "\n".join(lines)


def documented() -> str:
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[start:end].strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="rewrite the drawing in docs/architecture.md")
    args = parser.parse_args()
    current = drawing()
    if not args.write:
        print(current)
        return 0
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    DOC.write_text(text[:start] + "\n" + current + "\n" + text[end:], encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
