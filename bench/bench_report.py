"""Benchmark: PDF report generation for the demo assessment.

Reports, for this machine and this run:
- cold: a fresh interpreter importing the report package, scoring the demo and building the first report
  (heavy libraries — reportlab and the Pillow it imports; the PDF needs no matplotlib since #16 — load
  here), measured in a subprocess; the median of ``--cold-runs`` fresh interpreters (one sample was at the
  mercy of whatever else the machine was doing). The build itself (``cold_first_report_s``) is what compares
  with warm; ``cold_total_s`` is what a user waits for. Python's bytecode cache is on for it, as in the
  installed app (a machine with PYTHONDONTWRITEBYTECODE would otherwise compile every module in the
  measurement); one untimed run writes the cache first;
- warm: the median of N builds in one process;
- each of these also in CPU time (``*_cpu_s``, ``ratio_cold_to_warm_cpu``): on a shared machine the wall
  time counts the other programs' turns too, the CPU time much less;
- baseline: the median of N builds of a one-page PDF with one chart of the report's own kind (drawn by
  the report's chart code) in the same font. Since the charts became vector drawings (#16) a chart costs
  milliseconds and the baseline is essentially one page of text, so the comparable figure is per page:
  ``ratio_per_page`` = (warm / pages) / baseline (issue #16's goal, "warm ≤ 2 × a one-page report with one
  chart", read per page; the whole-report ratio is printed too);
- size of the PDF and its page count.

Budget (issue #4, 2-core machine): warm ≤ 1.5 s per report, ≤ 400 KB per PDF. Exit code 1 when over.

    python bench/bench_report.py [--runs 7] [--cold-runs 5] [--json]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import statistics
import subprocess
import sys
import time

BUDGET_SECONDS = 1.5
BUDGET_BYTES = 400 * 1024

COLD = """
import time
def now():
    return time.perf_counter(), time.process_time()
start = now()
from zgsz_desktop.demo import demo_documents
from zgsz_desktop.report import build_report, from_documents
imported = now()
import io
data = from_documents(demo_documents())
scored = now()
build_report(data, io.BytesIO())
done = now()
print(*(b[i] - a[i] for i in (0, 1) for a, b in ((start, imported), (imported, scored), (scored, done))))
"""
COLD_PHASES = ("import", "scoring", "first_report")


def cold_runs(count: int) -> dict[str, float]:
    """Median wall and CPU time of each phase (imports, scoring the demo, first build) over ``count`` fresh
    interpreters, with the bytecode cache on."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True, env=env)  # writes .pyc
    samples = []
    for _ in range(count):
        done = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True, env=env)
        samples.append([float(x) for x in done.stdout.split()])
    keys = [f"cold_{phase}_s" for phase in COLD_PHASES] + [f"cold_{phase}_cpu_s" for phase in COLD_PHASES]
    medians = {key: statistics.median(sample[i] for sample in samples) for i, key in enumerate(keys)}
    # the total of each run, then its median (not the sum of the medians)
    medians["cold_total_s"] = statistics.median(sum(sample[:3]) for sample in samples)
    return medians


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def baseline_once(core_report: object) -> float:
    """One A4 page with a heading, a paragraph and one chart of the report's own kind (the three benchmarks
    as bars, drawn by the report's chart code and embedded the same way), in the same font: the least a
    report with a chart costs, so warm / baseline says what the other fifteen pages cost (issue #16)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from zgsz_desktop.report import drawings
    from zgsz_desktop.report.fonts import PDF_FONT, register_pdf_fonts

    register_pdf_fonts()
    start = time.perf_counter()
    # the report draws its charts as vector drawings since #16 (it used to embed matplotlib PNGs): so does this
    chart = drawings.benchmarks_drawing(core_report, 160 * mm)
    style = ParagraphStyle("b", fontName=PDF_FONT, fontSize=10, leading=15)
    doc = SimpleDocTemplate(io.BytesIO(), initialFontName=PDF_FONT)
    doc.build([Paragraph("南通市制造业智改数转企业自评估报告", ParagraphStyle("h", fontName=PDF_FONT, fontSize=16)),
               Paragraph("关键工序数控化率、经营管理数字化普及率和数字化研发设计工具普及率与对照值。", style),
               chart])
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold-runs", type=int, default=5, help="fresh interpreters for the cold figures")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    cold = cold_runs(args.cold_runs)

    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.report import build_report, from_documents

    data = from_documents(demo_documents())
    build_report(data, io.BytesIO())  # warm-up
    timings, cpu_timings, size = [], [], 0
    for _ in range(args.runs):
        buffer = io.BytesIO()
        start, start_cpu = time.perf_counter(), time.process_time()
        build_report(data, buffer)
        timings.append(time.perf_counter() - start)
        cpu_timings.append(time.process_time() - start_cpu)
        size = len(buffer.getvalue())
    pages = page_count(buffer.getvalue())
    baseline = statistics.median(baseline_once(data.main.report) for _ in range(args.runs))
    warm, warm_cpu = statistics.median(timings), statistics.median(cpu_timings)
    result = {
        **{key: round(value, 3) for key, value in cold.items()},
        "ratio_cold_to_warm": round(cold["cold_first_report_s"] / warm, 2),
        "ratio_cold_to_warm_cpu": round(cold["cold_first_report_cpu_s"] / warm_cpu, 2),
        "warm_median_s": round(warm, 3),
        "warm_median_cpu_s": round(warm_cpu, 3),
        "warm_min_s": round(min(timings), 3),
        "baseline_one_page_with_chart_s": round(baseline, 4),
        "ratio_warm_to_baseline": round(warm / baseline, 1),
        "pages": pages,
        "ratio_per_page": round(warm / pages / baseline, 2),
        "pdf_bytes": size,
        "runs": args.runs,
        "cold_runs": args.cold_runs,
        "within_budget": warm <= BUDGET_SECONDS and size <= BUDGET_BYTES,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:32} {value}")
    return 0 if result["within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main())
