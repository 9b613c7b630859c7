"""Benchmark: PDF report generation for the demo assessment.

Reports, for this machine and this run:
- cold: a fresh interpreter importing the report package and building the first report (heavy
  libraries — matplotlib, reportlab, Pillow — load here), measured in a subprocess;
- warm: the median of N builds in one process;
- baseline: the median of N builds of a one-page reportlab PDF with one paragraph in the same font,
  so the ratio warm/baseline is comparable across machines;
- size of the PDF.

Budget (issue #4, 2-core machine): warm ≤ 1.5 s per report, ≤ 400 KB per PDF. Exit code 1 when over.

    python bench/bench_report.py [--runs 7] [--json]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import time

BUDGET_SECONDS = 1.5
BUDGET_BYTES = 400 * 1024

COLD = """
import time
start = time.perf_counter()
from zgsz_desktop.demo import demo_documents
from zgsz_desktop.report import build_report, from_documents
imported = time.perf_counter()
import io
build_report(from_documents(demo_documents()), io.BytesIO())
done = time.perf_counter()
print(imported - start, done - imported)
"""


def baseline_once() -> float:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from zgsz_desktop.report.fonts import PDF_FONT, register_pdf_fonts

    register_pdf_fonts()
    start = time.perf_counter()
    doc = SimpleDocTemplate(io.BytesIO(), initialFontName=PDF_FONT)
    doc.build([Paragraph("南通市制造业智改数转企业自评估报告", ParagraphStyle("b", fontName=PDF_FONT))])
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    cold = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True)
    cold_import, cold_first = (float(x) for x in cold.stdout.split())

    from zgsz_desktop.demo import demo_documents
    from zgsz_desktop.report import build_report, from_documents

    data = from_documents(demo_documents())
    build_report(data, io.BytesIO())  # warm-up
    timings, size = [], 0
    for _ in range(args.runs):
        buffer = io.BytesIO()
        start = time.perf_counter()
        build_report(data, buffer)
        timings.append(time.perf_counter() - start)
        size = len(buffer.getvalue())
    baseline = statistics.median(baseline_once() for _ in range(args.runs))
    warm = statistics.median(timings)
    result = {
        "cold_import_s": round(cold_import, 3),
        "cold_first_report_s": round(cold_first, 3),
        "warm_median_s": round(warm, 3),
        "warm_min_s": round(min(timings), 3),
        "baseline_one_paragraph_pdf_s": round(baseline, 4),
        "ratio_warm_to_baseline": round(warm / baseline, 1),
        "pdf_bytes": size,
        "runs": args.runs,
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
