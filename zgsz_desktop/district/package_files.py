"""Finding the report packages a selection names: files as given, folders searched for ``*.zgsz``."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

PACKAGE_SUFFIX = ".zgsz"


def find_packages(paths: Iterable[Path], problems: list[tuple[Path, str]] | None = None) -> list[Path]:
    """Files given by name are taken as they are; folders are searched recursively for ``*.zgsz``.
    Sorted, duplicates removed, so the same selection always imports in the same order. Folders that
    cannot be read are reported in ``problems`` (never skipped silently)."""
    found: dict[str, Path] = {}

    def note(path: Path, message: str) -> None:
        if problems is not None:
            problems.append((path, message))

    for path in paths:
        path = Path(path)
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            note(path, f"无法访问：{exc.strerror or exc}")
            continue
        if not is_dir:
            found.setdefault(str(path), path)
            continue
        def unreadable(exc: OSError, top: Path = path) -> None:
            note(Path(exc.filename or top), "文件夹无法读取（没有权限？）")

        for folder, subfolders, files in os.walk(path, onerror=unreadable):
            subfolders.sort()
            for name in sorted(files):
                if name.lower().endswith(PACKAGE_SUFFIX):  # 报告.ZGSZ from Windows too
                    item = Path(folder) / name
                    found.setdefault(str(item), item)
    return sorted(found.values(), key=lambda p: str(p))
