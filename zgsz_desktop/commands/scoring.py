"""Questionnaires, scoring, reports, the demo, the self-test, plan targets and the USCC check."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import uscc
from ..answers_file import load_answers_file
from ..errors import UserError
from ..jsontypes import JSONValue
from ..questionnaire.consistency import Finding
from ..questionnaire.loader import shipped_questionnaires
from ..scoring.engine import score
from ..scoring.results import (
    BenchmarkResult,
    PointsResult,
    ScenesResult,
    ScoreReport,
    StarResult,
    SummaryResult,
    fmt_number,
)
from ..targets import plan_targets
from .common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Parents, SubParsers, emit_json, open_workspace


def format_report(report: ScoreReport) -> str:
    """Plain-text rendering of a score report for the terminal."""
    lines = [f"{report.questionnaire_title}（{report.questionnaire_id}@{report.questionnaire_version}）",
             f"完成度：{report.completion * 100:.0f}%", ""]
    for module in report.modules:
        head = f"【{module.title}】{module.status_label}"
        if isinstance(module, BenchmarkResult):
            if module.figure is not None:
                gap = f"，差距 {module.gap_text}" if module.gap_text else ""
                head += f"：{module.figure_text}，{module.scope}目标{module.target_label}，{module.verdict}{gap}"
            lines.append(head)
            head = ""
            if module.caliber:
                lines.append(f"    口径：{module.caliber}")
            if module.note and module.figure is not None:
                lines.append(f"    注：{module.note}")
        elif isinstance(module, StarResult) and module.status == "complete":
            head += f"：按自评口径估计可达 {module.estimate or '未达到三星'}"
            if module.awarded:
                head += f"（已获评{module.awarded}）"
            if module.next_level:
                missing = "；".join(module.next_level_missing) or "—"
                head += f"；距{module.next_level}还需：{missing}"
            lines.append(head)
            head = f"    注：{module.caveat}" if module.caveat else ""
        elif isinstance(module, PointsResult) and module.points is not None:
            head += f"：{fmt_number(module.points)} / {fmt_number(module.max_points)} 分"
        elif isinstance(module, ScenesResult) and module.status == "complete":
            levels = "、".join(f"{s.name}{s.level}级" for s in module.scenes)
            head += f"：{levels}"
        elif isinstance(module, SummaryResult) and module.status == "complete":
            head += "：" + "；".join(f"{f.label} {f.display}" for f in module.facts[:6])
        if head:
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
    lines += format_findings(report.checks)
    return "\n".join(lines)


def format_findings(findings: Sequence[Finding]) -> list[str]:
    """Contradictions (矛盾: to be fixed before the submission is complete) and 请核对 items."""
    return [f"{finding.severity_label}：{finding.message}" for finding in findings]


def cmd_questionnaires(args: argparse.Namespace) -> int:
    items: list[dict[str, JSONValue]] = [
        {"id": q.id, "version": q.version, "hash": q.content_hash, "title": q.title,
         "modules": [m.title for m in q.modules], "questions": sum(1 for _ in q.questions())}
        for q in shipped_questionnaires()
    ]
    if args.json:
        emit_json(items)
    else:
        for item in items:
            print(f"{item['id']}\t{item['version']}\t{item['hash'][:12]}\t{item['title']}")
    return EXIT_OK


def cmd_score(args: argparse.Namespace) -> int:
    """One answers file: its scores (with its own consistency checks). Several (the questionnaires of one
    submission): each one's scores, the checks across them, and what is left before the submission is complete."""
    documents = [load_answers_file(Path(path)) for path in args.answers_files]
    if len(documents) == 1:
        document = documents[0]
        report = score(document.questionnaire, document.answers, period=document.period)
        if args.json:
            emit_json(report.to_dict())
        else:
            if document.enterprise:
                print(f"{document.enterprise.get('name', '')}  {document.period}")
            print(format_report(report))
        return EXIT_OK
    from ..package.export import scores_document
    from ..questionnaire.submission import check_submission, submission_questionnaires

    first = documents[0]
    ids = [d.questionnaire.id for d in documents]
    if len(set(ids)) != len(ids) or any(d.period != first.period or d.enterprise.get("uscc") != first.enterprise.get(
            "uscc") for d in documents):
        raise UserError("多个答案文件须是同一企业、同一评估期的不同问卷（一份报送）")
    scores = scores_document(documents)  # first: answers that do not fit are refused with a message
    check = check_submission([(d.questionnaire, d.answers) for d in documents], submission_questionnaires())
    if args.json:
        emit_json({**scores, "check": check.to_dict()})
        return EXIT_OK
    if first.enterprise:
        print(f"{first.enterprise.get('name', '')}  {first.period}")
    for document in documents:
        print(format_report(score(document.questionnaire, document.answers, period=document.period)))
        print()
    print(f"报送检查：{check.summary()}")
    cross = [f for f in check.findings if any(q.questionnaire_id != f.questionnaire_id for q in f.questions)]
    for line in format_findings(cross):
        print(line)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from ..report import build_report, from_documents, from_submission, from_workspace

    out = Path(args.out)
    if out.is_dir():
        raise UserError(f"{out} 是一个文件夹，请给出 PDF 文件名，如 {out / '报告.pdf'}")
    from_ws = args.assessment is not None or args.period is not None
    if from_ws and args.answers_files:
        raise UserError("请在答案文件与工作区（--workspace 与 --period）之间二选一")
    if args.workspace and not from_ws:
        raise UserError("使用 --workspace 时请用 --period 指定评估期，如 --period 2025年度")
    if args.period is not None:
        with open_workspace(args) as workspace:
            data = from_submission(workspace, args.period)
    elif args.assessment is not None:
        with open_workspace(args) as workspace:
            data = from_workspace(workspace, args.assessment)
    else:
        if not args.answers_files:
            raise UserError("请给出答案文件，或用 --workspace 和 --assessment 指定工作区中的评估")
        data = from_documents([load_answers_file(Path(f)) for f in args.answers_files])
    info = build_report(data, out)
    print(f"{out}（{info.pages} 页，{info.size // 1024} KB）")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from ..demo import DEMO_DISTRICT_PASSPHRASE, demo_manifest, write_demo, write_demo_package

    if args.enterprises is not None:
        return _district_demo(args)
    if args.district is not None:
        print("错误：--district 用于示例区县，请同时给出 --enterprises N（如 zgsz demo --out 如皋 --enterprises 20 "
              f"--district {args.district}）", file=sys.stderr)
        return EXIT_USAGE

    outputs = write_demo(Path(args.out))
    package = write_demo_package(Path(args.out), outputs)
    if args.json:
        print(demo_manifest(outputs, package))
    else:
        for output in outputs:
            print(output.answers_path)
            print(output.scores_path)
        for path in (package.report, package.package, package.recipient, package.district_key,
                     package.enterprise_key):
            print(path)
        print(f"# 示例区县密钥密码：{DEMO_DISTRICT_PASSPHRASE}（核验：zgsz verify {package.package} "
              f"--district-key {package.district_key}）", file=sys.stderr)
    return EXIT_OK


def _district_demo(args: argparse.Namespace) -> int:
    from ..demo_district import DEMO_DISTRICT, DEMO_DISTRICT_PASSPHRASE, write_district_demo

    interactive = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r示例企业 {done}/{total}", end="", file=sys.stderr, flush=True)

    demo = write_district_demo(Path(args.out), args.enterprises, district=args.district or DEMO_DISTRICT,
                               seed=args.seed, light_reports=args.light_reports, progress=progress)
    if interactive:
        print("", file=sys.stderr)
    summary = {"district_key": str(demo.district_key), "recipient": str(demo.recipient), "roster": str(demo.roster),
               "packages_dir": str(demo.out_dir / "packages"), "packages": len(demo.packages),
               "enterprises": demo.enterprises, "passphrase": DEMO_DISTRICT_PASSPHRASE, "district": demo.district}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(f"示例区县 {demo.district}：{demo.enterprises} 家企业，{len(demo.packages)} 个报告包 → "
              f"{demo.out_dir / 'packages'}")
        print(f"区县密钥：{demo.district_key}（密码 {DEMO_DISTRICT_PASSPHRASE}）")
        print(f"企业名单：{demo.roster}")
        print(f"导入：zgsz district import --db {Path(args.out) / 'district.zgszdb'} "
              f"--district-key {demo.district_key} {demo.out_dir / 'packages'}")
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    from ..selftest import self_test

    return self_test()


def cmd_targets(args: argparse.Namespace) -> int:
    if args.year is not None:
        from ..policy import edition_for_year
        from .policy import describe

        edition = edition_for_year(args.year)
        print(f"{args.year}年按以下政策版本对照：" + (f"\n{edition.fit_note(args.year)}" if edition.fit_note(args.year)
                                                     else ""))
        print("\n".join(describe(edition)))
        return EXIT_OK
    targets = plan_targets()
    if args.json:
        emit_json({
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


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    """The `zgsz` commands of this module."""
    p = sub.add_parser("questionnaires", help="列出已安装的问卷（编号、版本、内容哈希、名称）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_questionnaires)

    p = sub.add_parser("score", help="对答案文件计分（格式见 docs/answers-format.md）；同一报送的多份问卷一起给出时，"
                                     "另检查问卷之间的矛盾")
    p.add_argument("answers_files", metavar="ANSWERS_FILE", nargs="+")
    p.add_argument("--json", action="store_true", help="以 JSON 输出计分结果")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("demo", help="写出示例企业两份问卷的完整答案与计分结果；--enterprises N 写出示例区县")
    p.add_argument("--out", required=True, metavar="DIR", help="输出文件夹")
    p.add_argument("--json", action="store_true", help="以 JSON 输出写出的文件")
    p.add_argument("--enterprises", type=int, metavar="N",
                   help="写出一个示例区县：N 家虚拟企业的报告包（每家两份问卷）、区县密钥和企业名单")
    p.add_argument("--light-reports", action="store_true",
                   help="报告包内放一页简版 PDF（生成快得多，用于性能测试）")
    p.add_argument("--seed", type=int, default=2024, help="随机种子（相同种子生成相同的企业）")
    p.add_argument("--district", metavar="NAME",
                   help="示例区县的名称（规划中的地区，如 如皋市；默认 海安市）；培训市级用户时每个区县各写一个文件夹")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("report", help="生成 PDF 评估报告（第一个答案文件为主，其余为同期其他问卷或往期）")
    p.add_argument("answers_files", metavar="ANSWERS_FILE", nargs="*")
    p.add_argument("--out", required=True, metavar="PDF", help="输出的 PDF 文件")
    p.add_argument("--workspace", metavar="PATH", help="从工作区生成（与 --period 一起使用）")
    p.add_argument("--period", metavar="PERIOD", help="工作区中报送的评估期，如 2025年度（整份报送一份报告）")
    p.add_argument("--assessment", type=int, metavar="ID", help="工作区中的单份评估编号（旧用法）")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("self-test", help="自检：问卷定义、字体、计分、报告与报告包是否都能正常工作")
    p.set_defaults(func=cmd_self_test)

    p = sub.add_parser("targets", help="显示规划目标，并核对各附件表的合计；--year 显示该年度适用的政策版本")
    p.add_argument("--json", action="store_true")
    p.add_argument("--year", type=int, help="年度：显示该年度的评估按哪个政策版本对照、各数字的来源")
    p.set_defaults(func=cmd_targets)

    p = sub.add_parser("uscc", help="校验统一社会信用代码（GB 32100-2015）")
    p.add_argument("code")
    p.set_defaults(func=cmd_uscc)
