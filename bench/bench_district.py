"""Benchmark: district import of 5,700 packages and the dashboard refresh over 57,000 submissions.

1. Fixture: ``N`` genuine packages (default 5,700 = Nantong's 规上 enterprises, one submission each with
   both questionnaires: format 2), each with real answers and scores and a full-size report PDF (the
   demo report, ~330 KB, the same bytes in every package, so sizes and I/O are realistic).
2. Baseline, same run: read every file and SHA-256 it (what any import must at least do).
3. Import into a fresh database with the CLI in a separate process (as staff would run it), all
   cores; wall time and peak memory (the importing process and, separately, its largest worker).
   A second import of a quarter of the files shows whether memory grows with the number of packages.
   The floor, same run: the steps no import can avoid, timed one by one on a sample (``import_floor.py``:
   read + hash, signature + hashes + decryption, parse, re-score, and writing the package's rows, the package
   and its log entry as the import does; all of it over every core, the writes one after the other); the import
   is stated against it as well as against reading.
4. Dashboard: the database is grown to ``10 × N`` submissions (enterprise × period, two questionnaire rows
   each) by copying the imported ones into nine
   earlier periods (2020–2023, quarters and halves), then ``refresh`` for 2024 (the figures and the
   enterprise table: what one refresh of the screen computes) is timed, median of 9 (``--runs``).

Budget (issue #7, 2-core machine): import ≤ 60 s, peak memory ≤ 300 MB, dashboard ≤ 0.3 s.

``--refresh-only`` times step 4 alone, on a database of the same shape written directly
(``demo_synthetic.py``: ``N`` synthetic enterprises scored and counted as the importer does, one
submission with both questionnaires in 2024年度 and in each of the nine earlier periods; no packages), in
about a minute instead of the fixture's minutes and 2 GB. With ``--keep DIR`` the database is kept in
``DIR/refresh-N.zgszdb`` and reused by the next run (it is upgraded in place if the schema has moved on).

    python bench/bench_district.py [--packages 5700] [--keep DIR] [--json]
    python bench/bench_district.py --refresh-only [--packages 5700] [--runs 15] [--keep DIR] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PERIODS = ("2020年度", "2021年度", "2022年度", "2023年度", "2023年上半年", "2023年第1季度", "2023年第2季度",
           "2023年第3季度", "2022年上半年")

IMPORT_CHILD = """
import json, os, sys, threading, time
from pathlib import Path

# Memory: sampled from /proc (VmRSS of this process and of every worker process it started), because
# getrusage's ru_maxrss survives exec on Linux and would report the peak of whoever started us.
def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

def children(pid):
    found = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as handle:
                found += [int(c) for c in handle.read().split()]
    except OSError:
        pass
    return found

peak = {"main": 0, "worker": 0, "total": 0}
stop = threading.Event()
def sample():
    me = os.getpid()
    while not stop.is_set():
        main = rss_kb(me)
        workers = [rss_kb(c) for c in children(me)]
        peak["main"] = max(peak["main"], main)
        peak["worker"] = max([peak["worker"], *workers])
        peak["total"] = max(peak["total"], main + sum(workers))
        time.sleep(0.02)
threading.Thread(target=sample, daemon=True).start()

from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.identity import DistrictIdentity
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.package.keys import load_district_key
db_path, key_path, passphrase, folder = sys.argv[1:5]
identity = DistrictIdentity.from_key(load_district_key(Path(key_path)), passphrase)
start = time.perf_counter()
summary = import_packages(open_db(Path(db_path)), [Path(folder)], identity)
elapsed = time.perf_counter() - start
stop.set()
print(json.dumps({"seconds": elapsed, "counts": dict(summary.counts), "peak_main_mb": peak["main"] / 1024,
                  "peak_worker_mb": peak["worker"] / 1024, "peak_total_mb": peak["total"] / 1024}))
"""


def demo_report_pdf() -> bytes:
    import io

    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.report import build_report, from_documents

    buffer = io.BytesIO()
    build_report(from_documents(demo_documents()), buffer)
    return buffer.getvalue()


def read_and_hash(folder: Path) -> tuple[float, int]:
    start = time.perf_counter()
    total = 0
    for path in sorted(folder.rglob("*.zgsz")):
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        total += len(data)
    return time.perf_counter() - start, total


def run_import(db: Path, key: Path, passphrase: str, folder: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", IMPORT_CHILD, str(db), str(key), passphrase, str(folder)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def grow(db_path: Path) -> int:
    """Copy every imported submission into earlier periods (new package ids, not current-year)."""
    from zgsz_desktop.district.db import open_db, transaction
    from zgsz_desktop.district.facts import period_year_order

    db = open_db(db_path)
    columns = [row[1] for row in db.execute("PRAGMA table_info(submissions)")]
    originals = db.execute(f"SELECT {', '.join(columns)} FROM submissions WHERE current = 1").fetchall()
    counted: dict[str, list[tuple]] = {}  # what each package counts (schema 6), copied with it
    for package_id, *count in db.execute("SELECT package_id, questionnaire_id, bucket, year, n FROM submission_counts"):
        counted.setdefault(package_id, []).append(tuple(count))
    index = {name: i for i, name in enumerate(columns)}
    with transaction(db):
        for period in PERIODS:
            year, order = period_year_order(period)
            rows = []
            renamed: dict[str, str] = {}  # one new id per package: its questionnaires stay together
            for row in originals:
                copy = list(row)
                copy[index["package_id"]] = renamed.setdefault(row[index["package_id"]], str(uuid.uuid4()))
                copy[index["period"]], copy[index["period_year"]], copy[index["period_order"]] = period, year, order
                rows.append(copy)
            db.conn.executemany(f"INSERT INTO submissions ({', '.join(columns)}) "
                                f"VALUES ({', '.join('?' * len(columns))})", rows)
            db.conn.executemany("INSERT INTO submission_counts (package_id, questionnaire_id, bucket, year, n) "
                                "VALUES (?, ?, ?, ?, ?)", [(new, *count) for old, new in renamed.items()
                                                           for count in counted.get(old, ())])
    return db.execute("SELECT count(*) FROM (SELECT DISTINCT uscc, period FROM submissions)").fetchone()[0]


def time_dashboard(db_path: Path, runs: int = 9) -> tuple[float, dict]:
    from zgsz_desktop.district.dashboard import refresh
    from zgsz_desktop.district.db import open_db

    db = open_db(db_path)
    refresh(db, 2024)  # imports and first reads out of the figure (the screen has them already)
    times = []
    board = None
    for _ in range(runs):
        start = time.perf_counter()
        board, rows = refresh(db, 2024)
        times.append(time.perf_counter() - start)
    assert board is not None
    return statistics.median(times), {"enterprises": board.enterprises, "rows": len(rows),
                                      "core_submitted": board.core_submitted, "runs": runs,
                                      "min": round(min(times), 3), "max": round(max(times), 3)}


def refresh_only(args: argparse.Namespace) -> int:
    """Step 4 alone, on a synthetic database of the fixture's shape (see the module docstring)."""
    from zgsz_desktop.demo_synthetic import synthetic_district_db

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="zgsz-bench-refresh-"))
    work.mkdir(parents=True, exist_ok=True)
    db_path = work / f"refresh-{args.packages}.zgszdb"
    result: dict = {"cores": os.cpu_count(), "enterprises": args.packages}
    try:
        if not db_path.exists():
            start = time.perf_counter()
            synthetic_district_db(db_path, args.packages, periods=("2024年度", *PERIODS))
            result["build_seconds"] = round(time.perf_counter() - start, 1)
        from zgsz_desktop.district.db import open_db

        db = open_db(db_path)
        result["submissions"] = db.execute(
            "SELECT count(*) FROM (SELECT DISTINCT uscc, period FROM submissions)").fetchone()[0]
        result["rows"] = db.execute("SELECT count(*) FROM submissions").fetchone()[0]
        db.conn.close()
        median, shape = time_dashboard(db_path, args.runs)
        result["dashboard_seconds"] = round(median, 3)
        result["dashboard_shape"] = shape
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        built = f" (database written in {result['build_seconds']} s)" if "build_seconds" in result else ""
        print(f"dashboard refresh over {result['submissions']} submissions ({result['rows']} questionnaire rows)"
              f"{built}: {result['dashboard_seconds']} s (median of {args.runs}; {result['dashboard_shape']})")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packages", type=int, default=5700)
    parser.add_argument("--keep", metavar="DIR", help="keep the fixture and databases in DIR")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--refresh-only", action="store_true",
                        help="time only the dashboard refresh, on a synthetic database written directly")
    parser.add_argument("--runs", type=int, default=9, help="refreshes timed (median reported)")
    args = parser.parse_args()
    if args.refresh_only:
        return refresh_only(args)

    from zgsz_desktop.demo_district import DEMO_DISTRICT_PASSPHRASE, write_district_demo

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="zgsz-bench-district-"))
    work.mkdir(parents=True, exist_ok=True)
    result: dict = {"cores": os.cpu_count(), "packages": args.packages}
    try:
        start = time.perf_counter()
        pdf = demo_report_pdf()
        demo = write_district_demo(work / "fixture", args.packages, light_reports=True, report_pdf=pdf)
        result["fixture_seconds"] = round(time.perf_counter() - start, 1)
        folder = demo.out_dir / "packages"
        baseline, total_bytes = read_and_hash(folder)
        result["fixture_mb"] = round(total_bytes / 1e6)
        result["read_hash_seconds"] = round(baseline, 2)

        full = run_import(work / "district.zgszdb", demo.district_key, DEMO_DISTRICT_PASSPHRASE, folder)
        result["import"] = full
        result["import_ratio_vs_read_hash"] = round(full["seconds"] / baseline, 1)
        # the work no import can avoid, step by step on a sample (bench/import_floor.py), in a fresh interpreter
        floor = subprocess.run([sys.executable, str(Path(__file__).with_name("import_floor.py")), str(folder),
                                str(demo.district_key), DEMO_DISTRICT_PASSPHRASE, "--sample",
                                str(min(200, args.packages)), "--json"],
                               capture_output=True, text=True, check=True, cwd=ROOT)
        steps = json.loads(floor.stdout.strip().splitlines()[-1])
        ms, cores = steps["per_package_ms"], os.cpu_count() or 1
        result["floor_per_package_ms"] = ms
        from import_floor import floor_seconds  # bench/, this script's folder, is first on sys.path

        result["floor_seconds"] = round(floor_seconds({"per_package_ms": ms}, args.packages, cores), 2)
        result["import_ratio_vs_floor"] = round(full["seconds"] / result["floor_seconds"], 2)

        quarter = work / "quarter"
        quarter.mkdir(exist_ok=True)
        for path in sorted(folder.glob("*.zgsz"))[: args.packages // 4]:
            os.link(path, quarter / path.name)
        small = run_import(work / "quarter.zgszdb", demo.district_key, DEMO_DISTRICT_PASSPHRASE, quarter)
        result["import_quarter"] = small

        result["submissions"] = grow(work / "district.zgszdb")
        median, shape = time_dashboard(work / "district.zgszdb", args.runs)
        result["dashboard_seconds"] = round(median, 3)
        result["dashboard_shape"] = shape
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        imp, q = result["import"], result["import_quarter"]
        print(f"cores {result['cores']}; fixture {result['packages']} packages, {result['fixture_mb']} MB "
              f"(made in {result['fixture_seconds']} s)")
        print(f"read + SHA-256 baseline: {result['read_hash_seconds']} s")
        print(f"import: {imp['seconds']:.1f} s = {result['import_ratio_vs_read_hash']} × baseline; "
              f"peak memory {imp['peak_total_mb']:.0f} MB in all (main {imp['peak_main_mb']:.0f} MB — unsealing the "
              f"district key with scrypt takes 128 MB for a moment —, largest worker {imp['peak_worker_mb']:.0f} MB); "
              f"verdicts {imp['counts']}")
        ms = result["floor_per_package_ms"]
        print(f"necessary work per package (bench/import_floor.py): read + hash {ms['read_hash']} ms, signature + "
              f"hashes + decryption {ms['crypto']} ms, parse {ms['parse']} ms, re-score {ms['rescore']} ms (these "
              f"on {result['cores']} cores), write the rows and the package {ms['write']} ms (serial) → floor "
              f"{result['floor_seconds']} s; import = {result['import_ratio_vs_floor']} × floor")
        print(f"import of a quarter of the files: {q['seconds']:.1f} s; peak {q['peak_total_mb']:.0f} MB in all "
              f"(main {q['peak_main_mb']:.0f} MB, worker {q['peak_worker_mb']:.0f} MB)")
        print(f"dashboard refresh over {result['submissions']} submissions: {result['dashboard_seconds']} s "
              f"(median of {args.runs}; {result['dashboard_shape']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
