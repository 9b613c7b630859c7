"""Find the data folders (``assessments/`` and ``resources/``) wherever the app runs from.

Three layouts are supported, looked up in this order:

1. **Frozen build** (PyInstaller and similar): the folders sit in the bundle's data directory
   (``sys._MEIPASS``) or beside the executable.
2. **Installed wheel** (``pip install .``, not editable): the build copies the folders into the
   package as ``zgsz_desktop/_bundled/`` (see ``[tool.hatch.build.targets.wheel.force-include]``).
3. **Source checkout** (and editable installs): the folders are at the top of the checkout, one level
   above this package.

``ZGSZ_DATA_DIR`` overrides all three (a folder holding ``assessments/`` and ``resources/``), for
testing a new questionnaire version without rebuilding.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .errors import UserError

DATA_DIR_ENV = "ZGSZ_DATA_DIR"
_FOLDERS = ("assessments", "resources")


class DataNotFoundError(UserError, RuntimeError):
    """The app's data folders are missing: the installation is incomplete."""


class DataRoot(NamedTuple):  # a named tuple, not a dataclass: ~8 times quicker to define, on every start (#16)
    path: Path
    layout: str  # "override" | "frozen" | "installed" | "checkout"

    @property
    def assessments(self) -> Path:
        return self.path / "assessments"

    @property
    def resources(self) -> Path:
        return self.path / "resources"


def _has_data(root: Path) -> bool:
    return all((root / name).is_dir() for name in _FOLDERS)


def _candidates() -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        found.append((Path(override), "override"))
    if getattr(sys, "frozen", False):
        meipass = getattr(sys, "_MEIPASS", None)
        if meipass:
            found.append((Path(meipass), "frozen"))
        found.append((Path(sys.executable).resolve().parent, "frozen"))
    package_dir = Path(__file__).resolve().parent
    found.append((package_dir / "_bundled", "installed"))
    found.append((package_dir.parent, "checkout"))
    return found


@cache
def data_root() -> DataRoot:
    """The first layout that holds both data folders.

    Raises :class:`DataNotFoundError` naming every place looked at, so a broken installation says
    where it expected its files.
    """
    candidates = _candidates()
    for path, layout in candidates:
        if _has_data(path):
            return DataRoot(path=path, layout=layout)
    looked = "\n".join(f"  - {path} ({layout})" for path, layout in candidates)
    raise DataNotFoundError(
        "找不到程序数据文件夹 assessments/ 和 resources/，安装可能不完整，请重新安装。\n"
        f"Data folders assessments/ and resources/ not found; looked in:\n{looked}"
    )


def assessments_dir() -> Path:
    return data_root().assessments


def resources_dir() -> Path:
    return data_root().resources


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/`` (not checked for existence)."""
    return resources_dir().joinpath(*parts)
