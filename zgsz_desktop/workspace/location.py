"""Where the workspace lives: ``--workspace PATH``, else ``ZGSZ_WORKSPACE``, else the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

WORKSPACE_ENV = "ZGSZ_WORKSPACE"
APP_DIR_NAME = "zgsz_desktop"


def default_workspace_dir() -> Path:
    override = os.environ.get(WORKSPACE_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # small, but only needed when no path was given

    # Windows: %LOCALAPPDATA%\zgsz_desktop\workspace; Linux: ~/.local/share/zgsz_desktop/workspace
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / "workspace"


def resolve_workspace_dir(explicit: str | Path | None) -> Path:
    return Path(explicit).expanduser() if explicit else default_workspace_dir()
