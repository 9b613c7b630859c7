"""Build the self-contained desktop bundle and installer — placeholder.

Issue #8 ("Installer: build_installer.py builds a self-contained app that passes its own self-test")
builds this with PyInstaller: bundles assessments/ and resources/, takes the version from
zgsz_desktop/__init__.py, writes an Inno Setup script on Windows, and runs `--smoke`, which calls the bundle's
`zgsz-desktop --self-test` (already built: zgsz_desktop/selftest.py and zgsz_desktop/ui/selftest.py).
"""

from __future__ import annotations

import sys


def main() -> int:
    print("build_installer.py: not built yet — see issue #8 (installer). "
          "Run from source meanwhile: pip install . && zgsz-desktop", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
