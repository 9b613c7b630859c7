"""智改数转企业自评估 — core package.

Everything here except :mod:`zgsz_desktop.ui` is plain Python without Qt, so the CLI, the tests
and the district batch tools share one core.
"""

from __future__ import annotations

__version__ = "0.2.0"

APP_NAME = "智改数转企业自评估"
APP_ID = "zgsz_desktop"
