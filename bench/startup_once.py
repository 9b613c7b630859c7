"""One app start to the home page with its content painted, then exit: the program to profile (issue #16).

    XDG_DATA_HOME=D XDG_CONFIG_HOME=C XDG_STATE_HOME=S python bench/startup_once.py
    XDG_DATA_HOME=D … py-spy record -r 1000 -o startup.svg -- python bench/startup_once.py

Runs the same program as ``bench_startup.py`` (``APP``: the app's own entry point, no arguments), ending the process
as soon as the home page is painted (no closing work in the profile). The default workspace (under
``XDG_DATA_HOME``) should have a profile and an assessment and have been opened once before, so that its overview
cache exists; the XDG folders keep the settings and the log out of your own.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BENCH_END"] = "exit"

from startup_programs import APP

if __name__ == "__main__":
    sys.argv = ["-c", *sys.argv[1:]]
    exec(compile(APP, "<startup>", "exec"))
