"""Benchmark: start-up to the main window shown, side by side with an empty PySide6 window.

Both run in fresh interpreters of the same Python with the same Qt (offscreen platform), alternating,
N times each; the figure is the wall time from spawning the process to the first event-loop turn after
``show()`` (the window is on screen), reported as medians and as a ratio. The app's time until its
workspace is open and the home page is usable is reported too: the home page is current and shows every
submission's content (its ``loaded``: questionnaires, completion, step and next action, not a "正在读取…"
placeholder), painted (``repaint()`` when it was not painted yet). The home page paints from the workspace's
overview cache when it matches the workspace (as after any earlier session); the same start without that cache
(the first start, or after the command line changed the workspace) is measured too. Goals (issues #6, #16):
window shown ≤ 1.3 × empty window, home page usable ≤ 1.5 ×.

Both programs run as the environment says: where ``PYTHONDONTWRITEBYTECODE`` is set (the development VM), the
app's own modules are compiled from source at every start (~45 ms for those on the start-up path), which an
installed app never does (pip and the installer compile them) and the empty window has none of.
``--bytecode`` runs both with compiled bytecode for every module, as installed: a private
``PYTHONPYCACHEPREFIX`` that the warm-up runs fill.

    python bench/bench_startup.py [--runs 9] [--json] [--bytecode]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

# "Shown" is the window's first paint, caught by an event filter in both programs.
FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    def __init__(self, then):
        super().__init__()
        self.then, self.done = then, False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print("shown", flush=True)
            self.then()
        return False
"""

EMPTY = FIRST_PAINT + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1120, 760)
watch = FirstPaint(app.quit)
window.installEventFilter(watch)
window.show()
app.exec()
"""

APP = FIRST_PAINT + """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from zgsz_desktop.ui.app import create_app
from zgsz_desktop.ui.main_window import MainWindow
app = create_app([])
window = MainWindow(settings=QSettings(sys.argv[2], QSettings.Format.IniFormat), workspace_dir=Path(sys.argv[1]))
def loaded():
    page = window.stack.currentWidget()
    if window.workspace is None or page.__class__.__name__ != "HomePage" or not page.loaded:
        QTimer.singleShot(5, loaded)
        return
    page.repaint()  # its content on screen: painted now if it was not yet
    print("loaded", flush=True)
    heavy = [m for m in ("matplotlib", "reportlab", "cryptography", "numpy") if m in sys.modules]
    print("heavy", ",".join(heavy), flush=True)
    app.quit()
watch = FirstPaint(loaded)
window.installEventFilter(watch)
window.show()
app.exec()
"""


ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def run(code: str, *args: str) -> dict[str, float | str]:
    env = ENV
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env,
                               stderr=subprocess.DEVNULL)
    marks: dict[str, float | str] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word, _, rest = line.strip().partition(" ")
        marks[word] = time.perf_counter() - start if word != "heavy" else rest
    process.wait()
    return marks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--bytecode", action="store_true", help="both programs with compiled bytecode, as installed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.bytecode:
            ENV.pop("PYTHONDONTWRITEBYTECODE", None)
            ENV["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "pycache")
        from zgsz_desktop.demo import demo_documents
        from zgsz_desktop.workspace import Workspace

        core = demo_documents()[0]
        with Workspace.open(os.path.join(tmp, "ws")) as ws:  # a real workspace with an assessment
            ws.import_answers(core.questionnaire, core.answers, "2024年度", enterprise=core.enterprise)
        workspace, settings = os.path.join(tmp, "ws"), os.path.join(tmp, "s.ini")
        cache = os.path.join(workspace, "overview-cache.json")  # zgsz_desktop.workspace.overview.CACHE_NAME
        run(EMPTY)  # warm the file cache for both
        run(APP, workspace, settings)  # (the first start computes the overviews and leaves their cache)
        empty, shown, loaded, uncached, heavy = [], [], [], [], ""
        for _ in range(args.runs):
            empty.append(float(run(EMPTY)["shown"]))
            marks = run(APP, workspace, settings)
            shown.append(float(marks["shown"]))
            loaded.append(float(marks["loaded"]))
            heavy = str(marks.get("heavy", ""))
            if os.path.exists(cache):
                os.remove(cache)
            uncached.append(float(run(APP, workspace, settings)["loaded"]))  # computes and caches them again
    result = {
        "empty_window_s": round(statistics.median(empty), 3),
        "app_window_shown_s": round(statistics.median(shown), 3),
        "app_home_loaded_s": round(statistics.median(loaded), 3),
        "ratio_shown_to_empty": round(statistics.median(shown) / statistics.median(empty), 2),
        "ratio_loaded_to_empty": round(statistics.median(loaded) / statistics.median(empty), 2),
        "app_home_loaded_no_cache_s": round(statistics.median(uncached), 3),
        "ratio_no_cache_to_empty": round(statistics.median(uncached) / statistics.median(empty), 2),
        "heavy_modules_loaded_at_start": heavy or "none",
        "bytecode": "compiled, as installed" if args.bytecode else "as the environment says",
        "runs": args.runs,
    }
    print(json.dumps(result, indent=2) if args.json else "\n".join(f"{k:32} {v}" for k, v in result.items()))
    return 0 if result["ratio_shown_to_empty"] <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())
