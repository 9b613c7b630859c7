"""The baseline of ``startup_once.py``: an empty PySide6 window, ending the process once it is painted (issue #16).

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
os.environ["BENCH_END"] = "exit"

from startup_programs import EMPTY

if __name__ == "__main__":
    exec(compile(EMPTY, "<empty>", "exec"))
