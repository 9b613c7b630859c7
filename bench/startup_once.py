"""One app start to the home page with its content painted, then exit: the program to profile (issue #16).

    python bench/startup_once.py WORKSPACE SETTINGS.ini
    py-spy record -r 1000 -o bench/profiles/startup-2026-12-03.svg -- python bench/startup_once.py WORKSPACE S.ini

WORKSPACE: a workspace with a profile and an assessment, opened once before (so that its overview cache exists),
e.g. the one ``bench_startup.py`` makes. Uses the same program as ``bench_startup.py`` (``APP``), ending the process
as soon as the home page is painted (no closing work in the profile).
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_startup import APP

if __name__ == "__main__":
    sys.argv = ["-c", *sys.argv[1:]]
    exec(compile(APP.replace("    app.quit()\n", "    os._exit(0)\n").replace("import sys\n", "import os, sys\n", 1),
                 "<startup>", "exec"))
