"""``zgsz`` — the command line over the same core the desktop app uses.

Exit codes: 0 success; 1 the input was refused (the message says why); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, uscc
from .answers_file import AnswersFileError, load_answers_file
from .locate import DataNotFoundError
from .questionnaire.loader import DefinitionError, shipped_questionnaires
from .scoring.engine import AnswersInvalid, score
from .scoring.results import (
    BenchmarkResult,
    PointsResult,
    ScenesResult,
    ScoreReport,
    StarResult,
    SummaryResult,
    fmt_number,
)
from .targets import TargetsError, plan_targets

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _emit_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def format_report(report: ScoreReport) -> str:
    """Plain-text rendering of a score report for the terminal."""
    lines = [f"{report.questionnaire_title}（{report.questionnaire_id}@{report.questionnaire_version}）",
             f"完成度：{report.completion * 100:.0f}%", ""]
    for module in report.modules:
        head = f"【{module.title}】{module.status_label}"
        if isinstance(module, BenchmarkResult):
            if module.figure is not None:
                gap = f"，差距 {module.gap_points:.1f} 个百分点" if module.met is False else ""
                head += f"：{_pct(module.figure)}，目标{module.target_label}，{module.verdict}{gap}"
            if module.caliber:
                lines.append(head)
                head = f"    口径：{module.caliber}"
        elif isinstance(module, StarResult) and module.status == "complete":
            head += f"：估计可达 {module.estimate or '未达到三星'}"
            if module.next_level:
                missing = "；".join(module.next_level_missing) or "—"
                head += f"（距{module.next_level}还需：{missing}）"
        elif isinstance(module, PointsResult) and module.points is not None:
            head += f"：{fmt_number(module.points)} / {fmt_number(module.max_points)} 分"
        elif isinstance(module, ScenesResult) and module.status == "complete":
            levels = "、".join(f"{s.name}{s.level}级" for s in module.scenes)
            head += f"：{levels}"
        elif isinstance(module, SummaryResult) and module.status == "complete":
            head += "：" + "；".join(f"{f.label} {f.display}" for f in module.facts[:6])
        lines.append(head)
        if module.reason:
            lines.append(f"    {module.reason}")
    if report.overall is not None:
        overall = report.overall
        lines.append("")
        if overall.level:
            lines.append(f"综合等级：{overall.level}（基础+管理+成效 {fmt_number(overall.total_points or 0)} 分）")
        else:
            lines.append("综合等级：未完成，无法判定")
        if overall.caveat:
            lines.append(f"    注：{overall.caveat}")
    if report.recommendations:
        lines += ["", "建议："]
        for index, rec in enumerate(report.recommendations, start=1):
            refs = "；".join(r.label for r in rec.references)
            lines.append(f"  {index}. {rec.title}（依据：{refs}）")
    for warning in report.warnings:
        lines.append(f"提示：{warning}")
    return "\n".join(lines)


def cmd_questionnaires(args: argparse.Namespace) -> int:
    items = [
        {"id": q.id, "version": q.version, "hash": q.content_hash, "title": q.title,
         "modules": [m.title for m in q.modules], "questions": sum(1 for _ in q.questions())}
        for q in shipped_questionnaires()
    ]
    if args.json:
        _emit_json(items)
    else:
        for item in items:
            print(f"{item['id']}\t{item['version']}\t{item['hash'][:12]}\t{item['title']}")
    return EXIT_OK


def cmd_score(args: argparse.Namespace) -> int:
    document = load_answers_file(Path(args.answers_file))
    report = score(document.questionnaire, document.answers)
    if args.json:
        _emit_json(report.to_dict())
    else:
        if document.enterprise:
            print(f"{document.enterprise.get('name', '')}  {document.period}")
        print(format_report(report))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import demo_manifest, write_demo

    outputs = write_demo(Path(args.out))
    if args.json:
        print(demo_manifest(outputs))
    else:
        for output in outputs:
            print(output.answers_path)
            print(output.scores_path)
    return EXIT_OK


def cmd_targets(args: argparse.Namespace) -> int:
    targets = plan_targets()
    if args.json:
        _emit_json({
            "benchmarks": {k: {"name": b.name, "target_percent": float(b.target_percent), "comparison": b.comparison}
                           for k, b in targets.benchmarks.items()},
            "districts": list(targets.districts),
            "mismatches": [m.message for m in targets.mismatches],
        })
        return EXIT_OK
    for benchmark in targets.benchmarks.values():
        print(f"{benchmark.name}：{benchmark.target_label}")
    print("地区：" + "、".join(targets.districts))
    for mismatch in targets.mismatches:
        print(f"注意：{mismatch.message}")
    return EXIT_OK


def cmd_uscc(args: argparse.Namespace) -> int:
    check = uscc.validate(args.code)
    print(f"{check.code}：有效" if check else f"{check.code}：{check.message}")
    return EXIT_OK if check else EXIT_REFUSED


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zgsz", description="智改数转企业自评估（命令行）")
    parser.add_argument("--version", action="version", version=f"zgsz {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("questionnaires", help="列出已安装的问卷（编号、版本、内容哈希、名称）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_questionnaires)

    p = sub.add_parser("score", help="对答案文件计分（格式见 docs/answers-format.md）")
    p.add_argument("answers_file", metavar="ANSWERS_FILE")
    p.add_argument("--json", action="store_true", help="以 JSON 输出计分结果")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("demo", help="写出示例企业两份问卷的完整答案与计分结果")
    p.add_argument("--out", required=True, metavar="DIR", help="输出文件夹")
    p.add_argument("--json", action="store_true", help="以 JSON 输出写出的文件")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("targets", help="显示规划目标，并核对各附件表的合计")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_targets)

    p = sub.add_parser("uscc", help="校验统一社会信用代码（GB 32100-2015）")
    p.add_argument("code")
    p.set_defaults(func=cmd_uscc)
    return parser


def _make_output_safe() -> None:
    # A Windows console in GBK cannot print every character; never crash on output.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _make_output_safe()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except (AnswersFileError, AnswersInvalid, DefinitionError, TargetsError, DataNotFoundError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"错误：{exc.strerror or exc}（{getattr(exc, 'filename', '') or ''}）", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
