"""Benchmark: the district's Excel export against the size of its roster (issue #14).

The roster's enterprises that have not reported are rows of 企业明细 and of 未报送, so a roster of ``N``
enterprises writes ``2 × N`` table rows. Both sizes are written in the same run, into fresh databases made
with the roster alone (one row in fifty carries a bidi override or a control character, so the escaping
is timed too); each figure is the median of ``--runs`` exports (dashboard included, as ``zgsz district
summary --xlsx`` does it). The ratio large/small is what matters: linear work gives ``large / small``
(4 for the default 2,500 and 10,000); before issue #14 it was ~15 (each appended row was read back). Wall
time is reported, and CPU time, which other work on the machine hardly moves: the goal is judged on it.

Goal: CPU-time ratio ≤ 1.25 × large/small. Exit code 1 when over.

    python bench/bench_exports.py [--small 2500] [--large 10000] [--runs 3] [--csv] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

YEAR = 2024
SURNAMES = "张王李赵刘陈杨黄周吴徐孙朱马胡郭林何高罗"
WORDS = ("精密", "机械", "纺织", "电子", "新材料", "船舶", "化工", "智能装备", "家纺", "汽车零部件")
HOSTILE = ("\u202e", "\x1b[31m", "\x07", "\u200b", "\x00")


def roster_db(folder: Path, count: int, seed: int = 14):
    """A district database holding a roster of ``count`` enterprises and nothing else."""
    from zgsz_desktop.district.db import open_db, transaction
    from zgsz_desktop.district.roster import RosterEntry, apply_roster
    from zgsz_desktop.uscc import check_character

    rng = random.Random(seed)
    entries = []
    for serial in range(count):
        body = f"91320621MA{serial:07d}"
        name = f"南通{rng.choice(WORDS)}{rng.choice(WORDS)}有限公司{serial}"
        if serial % 50 == 7:
            name = rng.choice(HOSTILE).join((name[:4], name[4:]))
        entries.append(RosterEntry(uscc=body + check_character(body), name=name, key_enterprise=serial % 3 == 0,
                                   scale=rng.choice(("大型", "中型", "小型", "微型")),
                                   industry=rng.choice(("通用设备制造业", "纺织业", "电气机械和器材制造业")),
                                   contact=rng.choice(SURNAMES) + "经理", phone=f"0513-8{serial:07d}"))
    db = open_db(folder / f"roster-{count}.zgszdb")
    with transaction(db):
        apply_roster(db, entries, "bench.csv", "2025-01-15T09:00:00+00:00")
    return db


def time_export(db, out: Path, runs: int, writer_name: str) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each run (CPU time: other work on the machine hardly moves it)."""
    from zgsz_desktop.district import exports
    from zgsz_desktop.district.dashboard import build_dashboard

    writer = getattr(exports, writer_name)
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        if writer_name == "write_csv":
            writer(db, YEAR, out)
        else:
            writer(db, YEAR, out, build_dashboard(db, YEAR, verify_log=True))
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=2500)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--csv", action="store_true", help="time the CSV export too")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    result: dict[str, object] = {"small_roster": args.small, "large_roster": args.large, "runs": args.runs}
    with tempfile.TemporaryDirectory(prefix="zgsz-bench-exports-") as tmp:
        folder = Path(tmp)
        dbs = {size: roster_db(folder, size) for size in (args.small, args.large)}
        time_export(dbs[args.small], folder / "warm-up.xlsx", 1, "write_xlsx")  # imports, fonts, caches
        medians, cpu_medians = {}, {}
        for size, db in dbs.items():
            out = folder / f"export-{size}.xlsx"
            wall, cpu = time_export(db, out, args.runs, "write_xlsx")
            medians[size], cpu_medians[size] = statistics.median(wall), statistics.median(cpu)
            result[f"xlsx_{size}_s"] = round(medians[size], 3)
            result[f"xlsx_{size}_cpu_s"] = round(cpu_medians[size], 3)
            result[f"xlsx_{size}_bytes"] = out.stat().st_size
            result[f"xlsx_{size}_ms_per_roster_row"] = round(medians[size] / size * 1000, 3)
        ratio = cpu_medians[args.large] / cpu_medians[args.small]
        linear = args.large / args.small
        result["ratio_large_to_small"] = round(medians[args.large] / medians[args.small], 2)
        result["ratio_large_to_small_cpu"] = round(ratio, 2)
        result["ratio_if_linear"] = round(linear, 2)
        if args.csv:
            for size, db in dbs.items():
                wall, _ = time_export(db, folder / f"export-{size}.csv", args.runs, "write_csv")
                result[f"csv_{size}_s"] = round(statistics.median(wall), 3)
        for db in dbs.values():
            db.close()
    result["within_goal"] = ratio <= 1.25 * linear
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:32} {value}")
    return 0 if result["within_goal"] else 1


if __name__ == "__main__":
    sys.exit(main())
