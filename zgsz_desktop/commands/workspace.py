"""The enterprise's workspace: profile, submissions, assessments, answers files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..answers_file import load_answers_file
from ..errors import UserError
from ..jsontypes import JSONValue
from ..questionnaire.loader import version_key
from .common import EXIT_OK, EXIT_REFUSED, Parents, SubParsers, emit_json, open_workspace
from .scoring import format_findings

if TYPE_CHECKING:
    from ..workspace import Workspace


def cmd_workspace_init(args: argparse.Namespace) -> int:
    from ..workspace import ProfileInvalid, Workspace, check_profile, resolve_workspace_dir

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
    with open_workspace(args, create=True) as workspace:
        if given:
            workspace.set_profile(merged)
    print(f"工作区：{directory}")
    return EXIT_OK


def _workspace_summary(workspace: Workspace) -> dict[str, JSONValue]:
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
    with open_workspace(args) as workspace:
        summary = _workspace_summary(workspace)
    if args.json:
        emit_json(summary)
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
    from ..workspace import create_backup

    with open_workspace(args) as workspace:
        info = create_backup(workspace, Path(args.out))
    print(info.path)
    return EXIT_OK


def cmd_workspace_restore(args: argparse.Namespace) -> int:
    from ..workspace import resolve_workspace_dir, restore_backup

    directory = resolve_workspace_dir(args.workspace)
    info = restore_backup(Path(args.backup_file), directory, replace=args.replace)
    enterprise = info.manifest.get("enterprise") or {}
    name = enterprise.get("name", "未填写企业信息")
    print(f"已恢复到 {directory}（{name}，备份时间 {info.manifest.get('created_at')}）")
    return EXIT_OK


def cmd_answers_import(args: argparse.Namespace) -> int:
    from ..workspace import WorkspaceError

    document = load_answers_file(Path(args.answers_file))
    period = args.period or document.period
    if not period:
        raise WorkspaceError("答案文件没有评估期（period），请用 --period 指定，如 --period 2024年度")
    from ..workspace import resolve_workspace_dir

    if not (resolve_workspace_dir(args.workspace) / "workspace.sqlite").exists():
        # Refuse a bad file before a new workspace is created for it.
        from ..periods import check_period
        from ..questionnaire.answers import is_answered, validate_answers

        problems = [check_period(period)] if check_period(period) else []
        given = {k: v for k, v in document.answers.items() if is_answered(v)}
        problems += [str(p) for p in validate_answers(document.questionnaire, given)]
        if problems:
            raise WorkspaceError("答案有误，未导入任何内容：\n" + "\n".join(f"  - {p}" for p in problems[:30]))
    with open_workspace(args, create=True) as workspace:
        assessment, changed = workspace.import_answers(document.questionnaire, document.answers, period,
                                                       enterprise=document.enterprise,
                                                       source_name=Path(args.answers_file).name)
        summary = next(s for s in workspace.assessments() if s.assessment.id == assessment.id)
    print(f"已导入到评估 [{assessment.id}] {assessment.period} {document.questionnaire.title}：更新 {changed} 题，"
          f"完成度 {summary.completion * 100:.0f}%")
    return EXIT_OK


def cmd_answers_export(args: argparse.Namespace) -> int:
    from ..answers_file import AnswersDocument
    from ..fileio import write_json_atomic

    with open_workspace(args) as workspace:
        assessment = workspace.assessment(args.assessment)
        questionnaire = workspace.questionnaire_for(assessment)
        profile = workspace.profile()
        document = AnswersDocument(questionnaire, workspace.answers(assessment.id), assessment.period,
                                   profile.for_answers_file() if profile else {})
    if args.out:
        write_json_atomic(Path(args.out), document.to_json())
        print(args.out)
    else:
        emit_json(document.to_json())
    return EXIT_OK


def cmd_submission_start(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        if workspace.profile() is None:
            raise UserError("请先填写企业信息（zgsz workspace init --name … --uscc …）")
        submission = workspace.start_submission(args.period, from_previous=args.from_previous)
    print(f"已开始{submission.period}的报送：" + "、".join(p.title for p in submission.parts))
    return EXIT_OK


def cmd_submission_check(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        submission = workspace.submission(args.period)
    check = submission.check
    if args.json:
        emit_json({"period": submission.period, "stage": submission.stage, **check.to_dict()})
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
    with open_workspace(args) as workspace:
        submission = workspace.complete_submission(args.period)
    print(f"{submission.period}的报送已完成检查，可以导出（zgsz export --period {submission.period} …）")
    return EXIT_OK


def cmd_assessment_complete(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        assessment = workspace.complete(args.assessment)
    print(f"评估 [{assessment.id}] {assessment.period} 已标记为“{assessment.status_label}”")
    return EXIT_OK


def cmd_assessment_upgrade(args: argparse.Namespace) -> int:
    from ..workspace import WorkspaceError

    with open_workspace(args) as workspace:
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


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    """The `zgsz` commands of this module."""
    workspace = sub.add_parser("workspace", help="企业工作区：初始化、查看、备份、恢复")
    wsub = workspace.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    p = wsub.add_parser("init", parents=[parents.workspace],
                        help="创建工作区（可同时填写企业信息）")
    p.add_argument("--name", help="企业名称")
    p.add_argument("--uscc", help="统一社会信用代码")
    p.add_argument("--district", help="所属地区，如 海安市")
    p.add_argument("--industry", help="行业：GB/T 4754-2017 制造业大类代码 13–43")
    p.add_argument("--scale", help="规模：规上 / 列规纳统小微 / 其他")
    p.add_argument("--contact", help="联系人")
    p.add_argument("--phone", help="联系电话")
    p.add_argument("--key", action="store_true", help="是否重点企业")
    p.set_defaults(func=cmd_workspace_init)
    p = wsub.add_parser("show", parents=[parents.workspace],
                        help="显示企业信息和评估列表")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_workspace_show)
    p = wsub.add_parser("backup", parents=[parents.workspace],
                        help="把整个工作区备份为一个文件（.zgszbak）")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_workspace_backup)
    p = wsub.add_parser("restore", parents=[parents.workspace],
                        help="从备份文件恢复工作区")
    p.add_argument("backup_file", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="替换已有工作区（原工作区先另存到 backups/）")
    p.set_defaults(func=cmd_workspace_restore)

    submission = sub.add_parser("submission", help="报送（一个评估期的全部问卷）：开始、检查、完成")
    bsub = submission.add_subparsers(dest="submission_command", metavar="ACTION", required=True)
    p = bsub.add_parser("start", parents=[parents.workspace],
                        help="开始一个评估期的报送（含全部问卷）")
    p.add_argument("--period", required=True, help="评估期，如 2025年度")
    p.add_argument("--from-previous", action="store_true", help="以上期为基础（带入上一期的答案）")
    p.set_defaults(func=cmd_submission_start)
    p = bsub.add_parser("check", parents=[parents.workspace],
                        help="列出未填的题、有误的答案和前后矛盾（全部通过时退出码 0）")
    p.add_argument("--period", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_submission_check)
    p = bsub.add_parser("complete", parents=[parents.workspace],
                        help="检查通过后标记报送为已完成")
    p.add_argument("--period", required=True)
    p.set_defaults(func=cmd_submission_complete)

    assessment = sub.add_parser("assessment", help="评估：标记完成、换用新版本问卷")
    esub = assessment.add_subparsers(dest="assessment_command", metavar="ACTION", required=True)
    p = esub.add_parser("complete", parents=[parents.workspace],
                        help="标记评估为已完成（有未填必答题时列出）")
    p.add_argument("assessment", type=int, metavar="ID")
    p.set_defaults(func=cmd_assessment_complete)
    p = esub.add_parser("upgrade", parents=[parents.workspace],
                        help="预览（或用 --apply 执行）换用本软件中最新的问卷版本")
    p.add_argument("assessment", type=int, metavar="ID")
    p.add_argument("--apply", action="store_true", help="确认执行：不再适用的答案将被删除（记入修改记录）")
    p.set_defaults(func=cmd_assessment_upgrade)

    answers = sub.add_parser("answers", help="从文件导入答案 / 导出答案文件")
    asub = answers.add_subparsers(dest="answers_command", metavar="ACTION", required=True)
    p = asub.add_parser("import", parents=[parents.workspace],
                        help="把答案文件导入工作区（全部成功或全部不导入）")
    p.add_argument("answers_file", metavar="FILE")
    p.add_argument("--period", help="评估期，如 2024年度（默认取文件中的 period）")
    p.set_defaults(func=cmd_answers_import)
    p = asub.add_parser("export", parents=[parents.workspace],
                        help="把一个评估的答案导出为答案文件")
    p.add_argument("--assessment", required=True, type=int, metavar="ID")
    p.add_argument("--out", metavar="FILE", help="输出文件（默认打印到屏幕）")
    p.set_defaults(func=cmd_answers_export)
