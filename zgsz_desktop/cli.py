"""``zgsz`` — the command line over the same core the desktop app uses.

Exit codes: 0 success; 1 the input was refused (the message says why); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, uscc
from .answers_file import load_answers_file
from .errors import UserError
from .questionnaire.loader import shipped_questionnaires, version_key
from .scoring.engine import score
from .scoring.results import (
    BenchmarkResult,
    PointsResult,
    ScenesResult,
    ScoreReport,
    StarResult,
    SummaryResult,
    fmt_number,
)
from .targets import plan_targets

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell convention for SIGINT


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


def format_findings(findings: Sequence[object]) -> list[str]:
    """Contradictions (矛盾: to be fixed before the submission is complete) and 请核对 items."""
    return [f"{finding.severity_label}：{finding.message}" for finding in findings]  # type: ignore[attr-defined]


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
    """One answers file: its scores (with its own consistency checks). Several (the questionnaires of one
    submission): each one's scores, the checks across them, and what is left before the submission is complete."""
    documents = [load_answers_file(Path(path)) for path in args.answers_files]
    if len(documents) == 1:
        document = documents[0]
        report = score(document.questionnaire, document.answers, period=document.period)
        if args.json:
            _emit_json(report.to_dict())
        else:
            if document.enterprise:
                print(f"{document.enterprise.get('name', '')}  {document.period}")
            print(format_report(report))
        return EXIT_OK
    from .package.export import scores_document
    from .questionnaire.submission import check_submission, submission_questionnaires

    first = documents[0]
    ids = [d.questionnaire.id for d in documents]
    if len(set(ids)) != len(ids) or any(d.period != first.period or d.enterprise.get("uscc") != first.enterprise.get(
            "uscc") for d in documents):
        raise UserError("多个答案文件须是同一企业、同一评估期的不同问卷（一份报送）")
    scores = scores_document(documents)  # first: answers that do not fit are refused with a message
    check = check_submission([(d.questionnaire, d.answers) for d in documents], submission_questionnaires())
    if args.json:
        _emit_json({**scores, "check": check.to_dict()})
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
    from .report import build_report, from_documents, from_submission, from_workspace

    out = Path(args.out)
    if out.is_dir():
        raise UserError(f"{out} 是一个文件夹，请给出 PDF 文件名，如 {out / '报告.pdf'}")
    from_ws = args.assessment is not None or args.period is not None
    if from_ws and args.answers_files:
        raise UserError("请在答案文件与工作区（--workspace 与 --period）之间二选一")
    if args.workspace and not from_ws:
        raise UserError("使用 --workspace 时请用 --period 指定评估期，如 --period 2025年度")
    if args.period is not None:
        with _open_workspace(args) as workspace:
            data = from_submission(workspace, args.period)
    elif args.assessment is not None:
        with _open_workspace(args) as workspace:
            data = from_workspace(workspace, args.assessment)
    else:
        if not args.answers_files:
            raise UserError("请给出答案文件，或用 --workspace 和 --assessment 指定工作区中的评估")
        data = from_documents([load_answers_file(Path(f)) for f in args.answers_files])
    info = build_report(data, out)
    print(f"{out}（{info.pages} 页，{info.size // 1024} KB）")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import DEMO_DISTRICT_PASSPHRASE, demo_manifest, write_demo, write_demo_package

    if args.enterprises is not None:
        return _district_demo(args)

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
    from .district.demo_district import DEMO_DISTRICT_PASSPHRASE, write_district_demo

    interactive = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r示例企业 {done}/{total}", end="", file=sys.stderr, flush=True)

    demo = write_district_demo(Path(args.out), args.enterprises, seed=args.seed, light_reports=args.light_reports,
                               progress=progress)
    if interactive:
        print("", file=sys.stderr)
    summary = {"district_key": str(demo.district_key), "recipient": str(demo.recipient), "roster": str(demo.roster),
               "packages_dir": str(demo.out_dir / "packages"), "packages": len(demo.packages),
               "enterprises": demo.enterprises, "passphrase": DEMO_DISTRICT_PASSPHRASE}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(f"示例区县：{demo.enterprises} 家企业，{len(demo.packages)} 个报告包 → {demo.out_dir / 'packages'}")
        print(f"区县密钥：{demo.district_key}（密码 {DEMO_DISTRICT_PASSPHRASE}）")
        print(f"企业名单：{demo.roster}")
        print(f"导入：zgsz district import --db {Path(args.out) / 'district.zgszdb'} "
              f"--district-key {demo.district_key} {demo.out_dir / 'packages'}")
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    from .selftest import self_test

    return self_test()


def cmd_targets(args: argparse.Namespace) -> int:
    if args.year is not None:
        from .policy import edition_for_year
        from .policy.commands import describe

        edition = edition_for_year(args.year)
        print(f"{args.year}年按以下政策版本对照：" + (f"\n{edition.fit_note(args.year)}" if edition.fit_note(args.year)
                                                     else ""))
        print("\n".join(describe(edition)))
        return EXIT_OK
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


def _open_workspace(args: argparse.Namespace, *, create: bool = False):
    from .workspace import Workspace, resolve_workspace_dir

    return Workspace.open(resolve_workspace_dir(args.workspace), create=create)


def cmd_workspace_init(args: argparse.Namespace) -> int:
    from .workspace import ProfileInvalid, Workspace, check_profile, resolve_workspace_dir

    directory = resolve_workspace_dir(args.workspace)
    given = {"name": args.name, "uscc": args.uscc, "district": args.district, "industry_code": args.industry,
             "scale": args.scale, "contact": args.contact, "phone": args.phone}
    given = {key: value for key, value in given.items() if value is not None}
    if args.key:
        given["key_enterprise"] = True
    if given:
        # Update only the fields given; check before anything is created on disk.
        existing = {}
        if (directory / "workspace.sqlite").exists():
            with Workspace.open(directory, create=False) as workspace:
                profile = workspace.profile()
                existing = profile.to_dict() if profile else {}
        merged = {**existing, **given}
        problems = check_profile(merged)
        if problems:
            raise ProfileInvalid(problems)
    with _open_workspace(args, create=True) as workspace:
        if given:
            workspace.set_profile(merged)
    print(f"工作区：{directory}")
    return EXIT_OK


def _workspace_summary(workspace) -> dict:
    profile = workspace.profile()
    return {
        "workspace": str(workspace.directory),
        "enterprise": profile.to_dict() | {"industry_name": profile.industry_name} if profile else None,
        "assessments": [
            {"id": s.assessment.id, "questionnaire": s.assessment.questionnaire_id,
             "version": s.assessment.questionnaire_version, "title": s.title, "period": s.assessment.period,
             "status": s.assessment.status, "status_label": s.assessment.status_label,
             "completion": round(s.completion, 4), "updated_at": s.assessment.updated_at,
             "newer_version": s.newer_version}
            for s in workspace.assessments()
        ],
        "submissions": [
            {"period": s.period, "stage": s.stage, "stage_label": s.stage_label, "check": s.check.summary(),
             "completion": round(s.completion, 4),
             "questionnaires": [{"id": p.questionnaire_id, "title": p.title, "status": p.status,
                                 "completion": round(p.completion, 4)} for p in s.parts],
             "exports": s.exports, "last_export": s.last_export}
            for s in workspace.submissions()
        ],
        "exports": workspace.exports(),
    }


def cmd_workspace_show(args: argparse.Namespace) -> int:
    with _open_workspace(args) as workspace:
        summary = _workspace_summary(workspace)
    if args.json:
        _emit_json(summary)
        return EXIT_OK
    print(f"工作区：{summary['workspace']}")
    enterprise = summary["enterprise"]
    if enterprise:
        print(f"企业：{enterprise['name']}（{enterprise['uscc']}），{enterprise['district']}，"
              f"{enterprise['industry_code']} {enterprise['industry_name']}，{enterprise['scale']}"
              f"{'，重点企业' if enterprise['key_enterprise'] else ''}")
    else:
        print("企业：尚未填写企业信息")
    if not summary["submissions"]:
        print("报送：暂无（zgsz submission start --period 2025年度）")
    for item in summary["submissions"]:
        print(f"报送 {item['period']}：{item['stage_label']}，{item['check']}")
        for part in item["questionnaires"]:
            print(f"    {part['title']} 完成度 {part['completion'] * 100:.0f}%")
    for item in summary["assessments"]:
        newer = f"（问卷有新版本 {item['newer_version']}，可用 zgsz assessment upgrade 查看影响）" \
            if item["newer_version"] else ""
        print(f"  评估 [{item['id']}] {item['period']} {item['title']}（版本 {item['version']}）"
              f" {item['status_label']} 完成度 {item['completion'] * 100:.0f}%{newer}")
    for export in summary["exports"]:
        print(f"  导出 {export['period']} 第{export['sequence']}次报送 {export['file_name']} {export['created_at']}")
    return EXIT_OK


def cmd_workspace_backup(args: argparse.Namespace) -> int:
    from .workspace import create_backup

    with _open_workspace(args) as workspace:
        info = create_backup(workspace, Path(args.out))
    print(info.path)
    return EXIT_OK


def cmd_workspace_restore(args: argparse.Namespace) -> int:
    from .workspace import resolve_workspace_dir, restore_backup

    directory = resolve_workspace_dir(args.workspace)
    info = restore_backup(Path(args.backup_file), directory, replace=args.replace)
    enterprise = info.manifest.get("enterprise") or {}
    name = enterprise.get("name", "未填写企业信息")
    print(f"已恢复到 {directory}（{name}，备份时间 {info.manifest.get('created_at')}）")
    return EXIT_OK


def cmd_answers_import(args: argparse.Namespace) -> int:
    from .workspace import WorkspaceError

    document = load_answers_file(Path(args.answers_file))
    period = args.period or document.period
    if not period:
        raise WorkspaceError("答案文件没有评估期（period），请用 --period 指定，如 --period 2024年度")
    from .workspace import resolve_workspace_dir

    if not (resolve_workspace_dir(args.workspace) / "workspace.sqlite").exists():
        # Refuse a bad file before a new workspace is created for it.
        from .questionnaire.answers import is_answered, validate_answers
        from .workspace.periods import check_period

        problems = [check_period(period)] if check_period(period) else []
        given = {k: v for k, v in document.answers.items() if is_answered(v)}
        problems += [str(p) for p in validate_answers(document.questionnaire, given)]
        if problems:
            raise WorkspaceError("答案有误，未导入任何内容：\n" + "\n".join(f"  - {p}" for p in problems[:30]))
    with _open_workspace(args, create=True) as workspace:
        assessment, changed = workspace.import_answers(document.questionnaire, document.answers, period,
                                                       enterprise=document.enterprise,
                                                       source_name=Path(args.answers_file).name)
        summary = next(s for s in workspace.assessments() if s.assessment.id == assessment.id)
    print(f"已导入到评估 [{assessment.id}] {assessment.period} {document.questionnaire.title}：更新 {changed} 题，"
          f"完成度 {summary.completion * 100:.0f}%")
    return EXIT_OK


def cmd_answers_export(args: argparse.Namespace) -> int:
    from .answers_file import AnswersDocument
    from .fileio import write_json_atomic

    with _open_workspace(args) as workspace:
        assessment = workspace.assessment(args.assessment)
        questionnaire = workspace.questionnaire_for(assessment)
        profile = workspace.profile()
        document = AnswersDocument(questionnaire, workspace.answers(assessment.id), assessment.period,
                                   profile.for_answers_file() if profile else {})
    if args.out:
        write_json_atomic(Path(args.out), document.to_json())
        print(args.out)
    else:
        _emit_json(document.to_json())
    return EXIT_OK


def cmd_submission_start(args: argparse.Namespace) -> int:
    with _open_workspace(args) as workspace:
        if workspace.profile() is None:
            raise UserError("请先填写企业信息（zgsz workspace init --name … --uscc …）")
        submission = workspace.start_submission(args.period, from_previous=args.from_previous)
    print(f"已开始{submission.period}的报送：" + "、".join(p.title for p in submission.parts))
    return EXIT_OK


def cmd_submission_check(args: argparse.Namespace) -> int:
    with _open_workspace(args) as workspace:
        submission = workspace.submission(args.period)
    check = submission.check
    if args.json:
        _emit_json({"period": submission.period, "stage": submission.stage, **check.to_dict()})
        return EXIT_OK if check.ok else EXIT_REFUSED
    print(f"{submission.period}报送：{submission.stage_label}；{check.summary()}")
    for blank in check.blanks:
        print(f"  未填：{blank.module_title} · {blank.text}（{blank.question_id}）")
    for problem in check.problems:
        print(f"  有误：{problem.message}")
    for line in format_findings(check.findings):
        print(f"  {line}")
    return EXIT_OK if check.ok else EXIT_REFUSED


def cmd_submission_complete(args: argparse.Namespace) -> int:
    with _open_workspace(args) as workspace:
        submission = workspace.complete_submission(args.period)
    print(f"{submission.period}的报送已完成检查，可以导出（zgsz export --period {submission.period} …）")
    return EXIT_OK


def cmd_assessment_complete(args: argparse.Namespace) -> int:
    with _open_workspace(args) as workspace:
        assessment = workspace.complete(args.assessment)
    print(f"评估 [{assessment.id}] {assessment.period} 已标记为“{assessment.status_label}”")
    return EXIT_OK


def cmd_assessment_upgrade(args: argparse.Namespace) -> int:
    from .workspace import WorkspaceError

    with _open_workspace(args) as workspace:
        assessment = workspace.assessment(args.assessment)
        target = workspace.newest_definition(assessment.questionnaire_id)
        if target is None or target.content_hash == assessment.questionnaire_hash:
            print(f"评估 [{assessment.id}] 已是最新问卷版本（{assessment.questionnaire_version}）")
            return EXIT_OK
        if version_key(target.version) < version_key(assessment.questionnaire_version):
            raise WorkspaceError(f"评估所用版本 {assessment.questionnaire_version} 比本软件的 {target.version} 更新")
        impacts = workspace.version_impact(assessment.id, target)
        print(f"评估 [{assessment.id}] {assessment.period}："
              f"问卷版本 {assessment.questionnaire_version} → {target.version}")
        if not impacts:
            print("  所有答案均不受影响。")
        for impact in impacts:
            action = "保留，请核对" if impact.kept else "将删除"
            print(f"  - {impact.text}（{impact.question_id}）：{impact.reason}【{action}】")
        if args.apply:
            workspace.move_to_version(assessment.id, target)
            print(f"已换用问卷版本 {target.version}。")
        else:
            print("以上为预览，未做任何修改；确认后加 --apply 执行。")
    return EXIT_OK


# --------------------------------------------------------------------------- keys, export, verify


def _passphrase(args: argparse.Namespace, prompt: str, *, new: bool = False) -> str:
    """From --passphrase-env VAR, --passphrase-file FILE, or a prompt on the terminal (twice when new)."""
    import getpass
    import os

    if getattr(args, "passphrase_env", None):
        value = os.environ.get(args.passphrase_env)
        if value is None:
            raise UserError(f"环境变量 {args.passphrase_env} 未设置")
        return value
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8-sig")  # Notepad adds a BOM
            return text.splitlines()[0] if text else ""
        except OSError as exc:
            raise UserError(f"无法读取密码文件 {args.passphrase_file}（{exc.strerror}）") from exc
    if not sys.stdin.isatty():
        raise UserError("需要密码：请在终端中运行，或用 --passphrase-env 变量名 / --passphrase-file 文件 提供")
    first = getpass.getpass(f"{prompt}：")
    if new:
        if getpass.getpass("再输入一次：") != first:
            raise UserError("两次输入的密码不一致")
    return first


def cmd_keys_init(args: argparse.Namespace) -> int:
    from .package.export import ensure_signing_key

    with _open_workspace(args) as workspace:
        if workspace.signing_key() is not None:
            print(f"已有企业签名密钥，指纹：{workspace.signing_key().key_id}")
            return EXIT_OK
        key = ensure_signing_key(workspace, _passphrase(args, "设置企业签名密钥密码（至少8个字符，请牢记）", new=True))
    print(f"已创建企业签名密钥，指纹：{key.key_id}")
    return EXIT_OK


def cmd_keys_show(args: argparse.Namespace) -> int:
    with _open_workspace(args) as workspace:
        key = workspace.signing_key()
    if key is None:
        print("尚未创建企业签名密钥（首次导出报告包时创建，或运行 zgsz keys init）")
        return EXIT_OK
    print(f"企业签名密钥指纹：{key.key_id}（创建于 {key.created_at}）")
    return EXIT_OK


def cmd_keys_export_public(args: argparse.Namespace) -> int:
    from .fileio import write_json_atomic
    from .package.keys import b64

    with _open_workspace(args) as workspace:
        key, profile = workspace.signing_key(), workspace.profile()
    if key is None:
        raise UserError("尚未创建企业签名密钥")
    data = {"format": "zgsz-enterprise-key/1", "key_id": key.key_id, "public_key": b64(key.public_raw),
            "created": key.created_at, "enterprise": {"name": profile.name, "uscc": profile.uscc} if profile else None}
    write_json_atomic(Path(args.out), data)
    print(args.out)
    return EXIT_OK


def cmd_keys_backup(args: argparse.Namespace) -> int:
    from .fileio import write_json_atomic

    with _open_workspace(args) as workspace:
        key = workspace.signing_key()
    if key is None:
        raise UserError("尚未创建企业签名密钥，无需备份")
    write_json_atomic(Path(args.out), key.to_json())
    print(f"{args.out}（密钥仍由密码保护；恢复时需要原密码）")
    return EXIT_OK


def cmd_keys_restore(args: argparse.Namespace) -> int:
    from .package.keys import SigningKey, read_key_file

    key = SigningKey.from_json(read_key_file(Path(args.backup_file), "密钥备份文件"))
    key.private_key(_passphrase(args, "密钥备份的密码"))  # prove the passphrase before storing anything
    with _open_workspace(args, create=True) as workspace:
        workspace.store_signing_key(key, replace=args.replace)
    print(f"已恢复企业签名密钥，指纹：{key.key_id}")
    return EXIT_OK


def cmd_district_init(args: argparse.Namespace) -> int:
    from .fileio import write_json_atomic
    from .package.keys import DISTRICT_KEY_SUFFIX, RECIPIENT_SUFFIX, DistrictKey

    out = Path(args.out)
    if out.suffix != RECIPIENT_SUFFIX:
        out = out.with_name(out.name + RECIPIENT_SUFFIX)
    key_path = Path(args.key_out) if args.key_out else out.with_suffix(DISTRICT_KEY_SUFFIX)
    if key_path.exists():
        raise UserError(f"{key_path} 已存在，为防止覆盖区县密钥，请换一个文件名")
    passphrase = _passphrase(args, "设置区县密钥密码（至少8个字符，请牢记并妥善保管）", new=True)
    key = DistrictKey.generate(args.name, passphrase)
    write_json_atomic(key_path, key.to_json())
    write_json_atomic(out, key.recipient.to_json())
    print(f"区县密钥（私钥，务必备份并保密）：{key_path}")
    print(f"区县文件（发给企业）：{out}")
    print(f"密钥编号：{key.recipient.key_id}（请随区县文件一并公布，供企业核对）")
    return EXIT_OK


def cmd_district_show(args: argparse.Namespace) -> int:
    from .package.keys import load_district_key, load_recipient

    path = Path(args.key_file)
    if path.suffix == ".zgszdistrict":
        recipient = load_district_key(path).recipient
    else:
        recipient = load_recipient(path)
    print(f"{recipient.district}  密钥编号 {recipient.key_id}  创建于 {recipient.created}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .package.export import check_exportable, ensure_signing_key, export_submission
    from .package.keys import load_recipient

    recipient = load_recipient(Path(args.recipient))
    with _open_workspace(args) as workspace:
        check_exportable(workspace, args.period, recipient)  # before a key is created for nothing
        if workspace.signing_key() is None:
            print("首次导出：将创建企业签名密钥（保存在工作区中，由密码保护）。", file=sys.stderr)
            passphrase = _passphrase(args, "设置企业签名密钥密码（至少8个字符，请牢记）", new=True)
            ensure_signing_key(workspace, passphrase)
        else:
            passphrase = _passphrase(args, "企业签名密钥密码")
        result = export_submission(workspace, args.period, recipient, passphrase,
                                   Path(args.out) if args.out else None, pdf=not args.no_pdf)
    print(f"报告包：{result.package_path}（{result.period}第 {result.sequence} 次报送，{result.size // 1024} KB，"
          f"含 {len(result.questionnaires)} 份问卷）")
    if result.pdf_path:
        print(f"报告PDF（打印、签字盖章）：{result.pdf_path}")
    print(f"企业密钥指纹：{result.key_id}")
    print(f"核验码：{result.verification_code}（印在 PDF 签字页；区县凭它核对纸质报告与报告包）")
    print("下一步：打印 PDF 并签字盖章，与报告包一并交给所属区县工信部门。")
    return EXIT_OK


def _printable(text: object) -> str:
    """Text from a package, safe to print: control characters (line breaks, terminal escapes) removed."""
    return "".join(ch if ch.isprintable() else "�" for ch in str(text))


def cmd_verify(args: argparse.Namespace) -> int:
    from .package.format import PackageRejected
    from .package.keys import load_district_key
    from .package.verify import read_package_file, verify_bytes

    try:
        district = load_district_key(Path(args.district_key)) if args.district_key else None
        private = district.private_key(_passphrase(args, "区县密钥密码")) if district else None
    except UserError as exc:
        # The package was not judged: a distinct exit code, so batch tools do not count it as rejected.
        if args.json:
            _emit_json({"ok": None, "reason": "cannot_check", "message_zh": str(exc),
                        "message_en": "the district key or passphrase could not be used"})
        else:
            print(f"错误：{exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        data = read_package_file(Path(args.package))
        verified = verify_bytes(data, district.recipient.key_id if district else None, private,
                                district_name=district.recipient.district if district else None,
                                expected_key=args.expect_key)
    except PackageRejected as exc:
        if args.json:
            _emit_json({"ok": False, "reason": exc.reason, "message_zh": exc.zh, "message_en": exc.en,
                        "detail": exc.detail})
        else:
            detail = f"：{_printable(exc.detail)}" if exc.detail else ""
            print(f"拒绝 / REJECTED [{exc.reason}]\n  {exc.zh}{detail}\n  {exc.en}")
        return EXIT_REFUSED
    manifest = verified.manifest
    key_checked = args.expect_key is not None
    if args.json:
        _emit_json({"ok": True, "reason": None, "package_id": verified.package_id,
                    "format_version": verified.format_version, "period": manifest["period"],
                    "questionnaires": verified.questionnaires,
                    "signer_key_id": verified.signer_key_id, "signer_key_checked": key_checked,
                    "verification_code": manifest["verification_code"],
                    "decrypted": verified.payload is not None, "rescored": verified.payload is not None,
                    "manifest": manifest})
        return EXIT_OK
    e = {k: _printable(v) for k, v in manifest["enterprise"].items()}
    questionnaires = "、".join(f"{_printable(q['id'])}@{_printable(q['version'])}" for q in verified.questionnaires)
    print(f"通过 / OK：{e['name']}（{e['uscc']}，{e['district']}）{_printable(manifest['period'])} {questionnaires}")
    replaces = "、".join(verified.supersedes)
    print(f"  报告包 {verified.package_id}（第 {verified.format_version} 版格式），第 {manifest['sequence']} 次报送"
          f"{'，替代 ' + replaces if replaces else ''}")
    print(f"  企业密钥指纹 {verified.signer_key_id}，核验码 {manifest['verification_code']}")
    if key_checked:
        print("  签名密钥与预期的指纹一致。")
    else:
        print("  注意：未核对签名密钥是否属于该企业——请与盖章纸质报告上的指纹核对（--expect-key），"
              "或由区县工作台按统一社会信用代码登记核对。")
    if verified.payload is not None:
        print("  已解密，全部内容校验一致，重新计分与报送结果一致。")
    else:
        print("  签名与加密数据完整；未提供区县密钥，未解密内容。")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zgsz", description="智改数转企业自评估（命令行）")
    parser.add_argument("--version", action="version", version=f"zgsz {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

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

    ws = argparse.ArgumentParser(add_help=False)
    ws.add_argument("--workspace", metavar="PATH",
                    help="工作区文件夹（默认：环境变量 ZGSZ_WORKSPACE，或用户数据目录）")

    workspace = sub.add_parser("workspace", help="企业工作区：初始化、查看、备份、恢复")
    wsub = workspace.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    p = wsub.add_parser("init", parents=[ws], help="创建工作区（可同时填写企业信息）")
    p.add_argument("--name", help="企业名称")
    p.add_argument("--uscc", help="统一社会信用代码")
    p.add_argument("--district", help="所属地区，如 海安市")
    p.add_argument("--industry", help="行业：GB/T 4754-2017 制造业大类代码 13–43")
    p.add_argument("--scale", help="规模：规上 / 列规纳统小微 / 其他")
    p.add_argument("--contact", help="联系人")
    p.add_argument("--phone", help="联系电话")
    p.add_argument("--key", action="store_true", help="是否重点企业")
    p.set_defaults(func=cmd_workspace_init)
    p = wsub.add_parser("show", parents=[ws], help="显示企业信息和评估列表")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_workspace_show)
    p = wsub.add_parser("backup", parents=[ws], help="把整个工作区备份为一个文件（.zgszbak）")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_workspace_backup)
    p = wsub.add_parser("restore", parents=[ws], help="从备份文件恢复工作区")
    p.add_argument("backup_file", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="替换已有工作区（原工作区先另存到 backups/）")
    p.set_defaults(func=cmd_workspace_restore)

    submission = sub.add_parser("submission", help="报送（一个评估期的全部问卷）：开始、检查、完成")
    bsub = submission.add_subparsers(dest="submission_command", metavar="ACTION", required=True)
    p = bsub.add_parser("start", parents=[ws], help="开始一个评估期的报送（含全部问卷）")
    p.add_argument("--period", required=True, help="评估期，如 2025年度")
    p.add_argument("--from-previous", action="store_true", help="以上期为基础（带入上一期的答案）")
    p.set_defaults(func=cmd_submission_start)
    p = bsub.add_parser("check", parents=[ws], help="列出未填的题、有误的答案和前后矛盾（全部通过时退出码 0）")
    p.add_argument("--period", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_submission_check)
    p = bsub.add_parser("complete", parents=[ws], help="检查通过后标记报送为已完成")
    p.add_argument("--period", required=True)
    p.set_defaults(func=cmd_submission_complete)

    assessment = sub.add_parser("assessment", help="评估：标记完成、换用新版本问卷")
    esub = assessment.add_subparsers(dest="assessment_command", metavar="ACTION", required=True)
    p = esub.add_parser("complete", parents=[ws], help="标记评估为已完成（有未填必答题时列出）")
    p.add_argument("assessment", type=int, metavar="ID")
    p.set_defaults(func=cmd_assessment_complete)
    p = esub.add_parser("upgrade", parents=[ws], help="预览（或用 --apply 执行）换用本软件中最新的问卷版本")
    p.add_argument("assessment", type=int, metavar="ID")
    p.add_argument("--apply", action="store_true", help="确认执行：不再适用的答案将被删除（记入修改记录）")
    p.set_defaults(func=cmd_assessment_upgrade)

    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument("--passphrase-env", metavar="VAR", help="从环境变量读取密码（批量处理用）")
    secret.add_argument("--passphrase-file", metavar="FILE", help="从文件第一行读取密码（批量处理用）")

    keys = sub.add_parser("keys", help="企业签名密钥：创建、查看、导出公钥、备份、恢复")
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = ksub.add_parser("init", parents=[ws, secret], help="创建企业签名密钥（由密码保护，保存在工作区中）")
    p.set_defaults(func=cmd_keys_init)
    p = ksub.add_parser("show", parents=[ws], help="显示密钥指纹")
    p.set_defaults(func=cmd_keys_show)
    p = ksub.add_parser("export-public", parents=[ws], help="导出企业公钥文件（供区县预先登记）")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_keys_export_public)
    p = ksub.add_parser("backup", parents=[ws], help="备份企业签名密钥（仍由密码保护）")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_keys_backup)
    p = ksub.add_parser("restore", parents=[ws, secret], help="从备份恢复企业签名密钥")
    p.add_argument("backup_file", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="替换工作区中现有的另一把密钥")
    p.set_defaults(func=cmd_keys_restore)

    district = sub.add_parser("district", help="区县工信部门：密钥对、导入报告包、汇总与导出")
    dsub = district.add_subparsers(dest="district_command", metavar="ACTION", required=True)
    p = dsub.add_parser("init", parents=[secret], help="创建区县密钥对，写出区县文件（发给企业）")
    p.add_argument("--name", required=True, help="区县名称，如 海安市")
    p.add_argument("--out", required=True, metavar="RECIPIENT", help="区县文件（.zgszkey）")
    p.add_argument("--key-out", metavar="FILE", help="区县私钥文件（默认与区县文件同名，扩展名 .zgszdistrict）")
    p.set_defaults(func=cmd_district_init)
    p = dsub.add_parser("show", help="显示区县文件或区县密钥文件的地区与密钥编号")
    p.add_argument("key_file", metavar="FILE")
    p.set_defaults(func=cmd_district_show)
    from .district.commands import add_commands

    add_commands(dsub, secret, _passphrase)
    from .policy.commands import add_commands as add_policy_commands

    add_policy_commands(sub, secret, _passphrase)

    p = sub.add_parser("export", parents=[ws, secret], help="把一个评估期的报送导出为签名、加密的报告包（及PDF）")
    p.add_argument("--period", required=True, metavar="PERIOD", help="评估期，如 2025年度")
    p.add_argument("--recipient", required=True, metavar="FILE",
                   help="区县文件（.zgszkey）：所属区县工信部门提供，只有他们能打开报告包")
    p.add_argument("--out", metavar="PKG", help="报告包文件（.zgsz）")
    p.add_argument("--no-pdf", action="store_true", help="不另外写出 PDF")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("verify", parents=[secret], help="核验报告包（提供区县密钥时解密并重新计分）")
    p.add_argument("package", metavar="PKG")
    p.add_argument("--district-key", metavar="KEYFILE", help="区县密钥文件（.zgszdistrict）")
    p.add_argument("--expect-key", metavar="FINGERPRINT", help="预期的企业密钥指纹（盖章纸质报告上印的）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    answers = sub.add_parser("answers", help="从文件导入答案 / 导出答案文件")
    asub = answers.add_subparsers(dest="answers_command", metavar="ACTION", required=True)
    p = asub.add_parser("import", parents=[ws], help="把答案文件导入工作区（全部成功或全部不导入）")
    p.add_argument("answers_file", metavar="FILE")
    p.add_argument("--period", help="评估期，如 2024年度（默认取文件中的 period）")
    p.set_defaults(func=cmd_answers_import)
    p = asub.add_parser("export", parents=[ws], help="把一个评估的答案导出为答案文件")
    p.add_argument("--assessment", required=True, type=int, metavar="ID")
    p.add_argument("--out", metavar="FILE", help="输出文件（默认打印到屏幕）")
    p.set_defaults(func=cmd_answers_export)
    return parser


def _make_output_safe() -> None:
    # A Windows console in GBK cannot print every character; never crash on output.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the district import's worker processes, in the frozen app
    _make_output_safe()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        # Ctrl-C: a clean line, not a traceback. Every write is transactional (what was committed stays,
        # the rest was rolled back), and an unlocked key lived only in this process's memory.
        print("\n已中断（Ctrl-C）。已完成的操作已保存，未完成的没有留下任何改动。", file=sys.stderr)
        return EXIT_INTERRUPTED
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    except sqlite3.Error as exc:
        # not met through storage.transaction (which says it already): name what happened, never guess 已损坏
        from .sqlite_problems import describe
        from .workspace.location import resolve_workspace_dir

        district = getattr(args, "db", None)
        where = Path(district) if district else \
            resolve_workspace_dir(getattr(args, "workspace", None)) / "workspace.sqlite"
        print(f"错误：{describe(exc, where, 'district' if district else 'workspace')}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        from .errors import describe_os_error

        print(f"错误：{describe_os_error(exc)}", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
