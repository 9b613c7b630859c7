"""``zgsz attachment add | list | remove | export``: evidence files (佐证材料) of a submission from the command
line. Same core as the desktop dialog (``workspace/attachments.py``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..workspace import Workspace
    from .common import Parents

from ..errors import UserError
from ..messages import say

EXIT_OK, EXIT_REFUSED = 0, 1


def _assessment_for(ws: Workspace, period: str, question_id: str, questionnaire_id: str | None) -> int:
    """The assessment of ``period`` whose questionnaire has ``question_id`` (or the one of ``questionnaire_id``)."""
    found = [(a, q) for a, q, _ in ws.submission_parts(period)
             if q.has_question(question_id) and (questionnaire_id is None or a.questionnaire_id == questionnaire_id)]
    if not found:
        raise UserError(say("{period}的报送中没有题目 {question}", period=period, question=question_id))
    if len(found) > 1:
        raise UserError(say("题目 {question} 在几份问卷中都有，请用 --questionnaire 指定：{ids}", question=question_id,
                            ids="、".join(a.questionnaire_id for a, _ in found)))
    return int(found[0][0].id)


def cmd_add(args: argparse.Namespace) -> int:
    from ..workspace.attachments import add_attachments
    from .common import open_workspace

    with open_workspace(args) as ws:
        assessment_id = _assessment_for(ws, args.period, args.question, args.questionnaire)
        added, refused = add_attachments(ws, assessment_id, args.question, [Path(f) for f in args.files])
    for item in added:
        print(say("已附上 {name}（{size}，编号 {id}）", name=item.file_name, size=item.size_text, id=item.id))
    for path, message in refused:
        print(say("未附上 {path}：{reason}", path=str(path), reason=message), file=sys.stderr)
    return EXIT_REFUSED if refused else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from ..text import visible
    from ..workspace.attachments import evidence_totals, submission_attachments
    from ..workspace.evidence_rules import limits_sentence, megabytes
    from .common import emit_json, open_workspace

    with open_workspace(args) as ws:
        items = submission_attachments(ws, args.period)
        count, total = evidence_totals(ws, args.period)
    if args.json:
        emit_json([{"id": a.id, "questionnaire": a.questionnaire_id, "question": a.question_id,
                    "file_name": a.file_name, "media_type": a.media_type, "size": a.size, "sha256": a.sha256,
                    "added_at": a.added_at} for a in items])
        return EXIT_OK
    for a in items:
        print(f"{a.id}\t{a.questionnaire_id}\t{a.question_id}\t{visible(a.file_name, 100)}\t{a.size_text}\t"
              f"{a.sha256[:16]}")
    print(say("共 {count} 个文件，{size}。{limits}", count=count, size=megabytes(total), limits=limits_sentence()))
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from ..workspace.attachments import remove_attachment
    from .common import open_workspace

    with open_workspace(args) as ws:
        for attachment_id in args.ids:
            item = remove_attachment(ws, attachment_id)
            print(say("已删除 {name}（编号 {id}）", name=item.file_name, id=item.id))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..workspace.attachments import export_attachments
    from .common import open_workspace

    with open_workspace(args) as ws:
        written = export_attachments(ws, args.period, Path(args.out))
    print(say("已导出 {count} 个文件和清单 {index}", count=len(written) - 1, index=str(written[-1])))
    return EXIT_OK


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: Parents) -> None:
    """The ``attachment`` command group (``parents``: the shared ``--workspace`` group, commands/common.py)."""
    group = sub.add_parser("attachment", help="佐证材料：给题目附上文件（PDF、图片、xlsx、docx），随报告包报送")
    asub = group.add_subparsers(dest="attachment_command", metavar="ACTION", required=True)
    p = asub.add_parser("add", parents=[parents.workspace], help="给一道题附上一个或几个文件")
    p.add_argument("--period", required=True, help="评估期，如 2025年度")
    p.add_argument("--questionnaire", help="问卷编号（题目编号在几份问卷中都有时）")
    p.add_argument("question", metavar="QUESTION_ID", help="题目编号")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_add)
    p = asub.add_parser("list", parents=[parents.workspace], help="列出一份报送的佐证材料")
    p.add_argument("--period", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = asub.add_parser("remove", parents=[parents.workspace], help="删除佐证材料（编号见 list）")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.set_defaults(func=cmd_remove)
    p = asub.add_parser("export", parents=[parents.workspace], help="把一份报送的佐证材料复制到文件夹（附清单 CSV）")
    p.add_argument("--period", required=True)
    p.add_argument("--out", required=True, metavar="DIR", help="新文件夹（不存在或为空）")
    p.set_defaults(func=cmd_export)
