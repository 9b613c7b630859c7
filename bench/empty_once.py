"""The baseline of ``startup_once.py``: an empty PySide6 window, ending the process at its first paint (issue #16).

    python bench/empty_once.py

The same program as ``bench_startup.py``'s ``EMPTY``, ended the same way as ``startup_once.py`` (``os._exit`` at
the mark, no closing work), so that the two whole processes can be timed side by side, in pairs, from outside:
e.g. ``/usr/bin/time -f %e`` around each, alternating.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_startup import EMPTY

if __name__ == "__main__":
    exec(compile(EMPTY.replace("FirstPaint(app.quit)", "FirstPaint(lambda: os._exit(0))").replace(
        "from PySide6.QtWidgets", "import os\nfrom PySide6.QtWidgets", 1), "<empty>", "exec"))
