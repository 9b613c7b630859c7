"""Benchmark: start-up to the main window shown and to the home page usable, side by side with an empty PySide6
window.

The app runs as a user starts it from its icon: ``zgsz-desktop``'s entry point (``zgsz_desktop.ui.app.main``) with
no arguments, so its settings, its log and its workspace (one with an assessment) are in their default places,
which for the run are a folder of its own (``XDG_*_HOME``).
Both run in fresh interpreters of the same Python with the same Qt (offscreen platform), alternating, N times
each. Marks, as wall time from spawning the process: "shown", the window's first paint event (both programs);
the empty window's "painted", the event-loop turn after that paint (its picture complete), and the app's "loaded",
the turn after the home page's paint showing every submission's content (its ``loaded``: questionnaires,
completion, step and next action, not a "正在读取…" placeholder). The home page paints from the workspace's
overview cache when it matches the workspace (as after any earlier session); the same start without that cache
(the first start, or after the command line changed the workspace) is measured too. Ratios are the median of the
ratios of each pair (an app start against the empty window started just before it). Goals (issues #6, #16):
window shown ≤ 1.3 × the empty window's, home page usable ≤ 1.5 × the empty window painted.

Until issue #16's last session the app's program was ``create_app`` + ``MainWindow`` rather than ``main``
(no command line, log or default settings), and its home page was repainted once more when the mark was taken.

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

from startup_programs import APP, EMPTY  # bench/, the script's folder, is first on sys.path

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
ENV.pop("BENCH_END", None)


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
        from zgsz_desktop.workspace.location import WORKSPACE_ENV, default_workspace_dir

        ENV.pop(WORKSPACE_ENV, None)
        os.environ.pop(WORKSPACE_ENV, None)

        # Started without arguments, as from its icon: the settings, the log and the workspace in their default
        # places, which are this run's folder (XDG_*), the workspace with an assessment.
        for kind in ("CONFIG", "STATE", "DATA", "CACHE"):
            ENV[f"XDG_{kind}_HOME"] = os.environ[f"XDG_{kind}_HOME"] = os.path.join(tmp, kind.lower())
        workspace = str(default_workspace_dir())
        core = demo_documents()[0]
        with Workspace.open(workspace) as ws:
            ws.import_answers(core.questionnaire, core.answers, "2024年度", enterprise=core.enterprise)
        cache = os.path.join(workspace, "overview-cache.json")  # zgsz_desktop.workspace.overview.CACHE_NAME
        run(EMPTY)  # warm the file cache for both
        run(APP)  # (the first start computes the overviews and leaves their cache)
        empty, empty_painted, shown, loaded, uncached, heavy = [], [], [], [], [], ""
        for _ in range(args.runs):
            baseline = run(EMPTY)
            empty.append(float(baseline["shown"]))
            empty_painted.append(float(baseline["painted"]))
            marks = run(APP)
            shown.append(float(marks["shown"]))
            loaded.append(float(marks["loaded"]))
            heavy = str(marks.get("heavy", ""))
            if os.path.exists(cache):
                os.remove(cache)
            uncached.append(float(run(APP)["loaded"]))  # computes and caches them again
    def paired(app: list[float], base: list[float]) -> float:
        """The median of the ratios run by run (each app start against the empty window started just before it):
        a minute in which the machine is slower slows both of a pair."""
        return round(statistics.median(a / b for a, b in zip(app, base, strict=True)), 2)

    result = {
        "empty_window_s": round(statistics.median(empty), 3),
        "empty_window_painted_s": round(statistics.median(empty_painted), 3),
        "app_window_shown_s": round(statistics.median(shown), 3),
        "app_home_loaded_s": round(statistics.median(loaded), 3),
        "ratio_shown_to_empty": paired(shown, empty),
        "ratio_loaded_to_empty": paired(loaded, empty_painted),
        "app_home_loaded_no_cache_s": round(statistics.median(uncached), 3),
        "ratio_no_cache_to_empty": paired(uncached, empty_painted),
        "heavy_modules_loaded_at_start": heavy or "none",
        "bytecode": "compiled, as installed" if args.bytecode else "as the environment says",
        "runs": args.runs,
    }
    print(json.dumps(result, indent=2) if args.json else "\n".join(f"{k:32} {v}" for k, v in result.items()))
    return 0 if result["ratio_shown_to_empty"] <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())
