"""``zgsz handoff …``: shared filling (分工填报) from the command line (docs/team-filling.md).

The manager: ``send`` modules to a colleague, ``list`` the handoffs, ``preview`` and ``merge`` a returned answers
file. The colleague: ``open`` a module file (makes their private copy; answer it with ``zgsz answers import
--workspace COPY`` or in the desktop app) and ``return`` it. ``cli.py`` adds these with :func:`add_parser`.
"""

from __future__ import annotations

import argparse
import json
import shlex
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError
from ..jsontypes import JSONValue
from ..text import local_time, visible
from .common import SubParsers

if TYPE_CHECKING:
    from ..workspace import Workspace
    from ..workspace.handoff import MergeItem, MergePreview

EXIT_OK, EXIT_REFUSED = 0, 1


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _workspace(args: argparse.Namespace) -> Workspace:
    from ..workspace import Workspace, resolve_workspace_dir

    return Workspace.open(resolve_workspace_dir(args.workspace), create=False)


def _data_dir(args: argparse.Namespace) -> Path:
    """Where colleague copies live: ``--data-dir``, else beside the default workspace folder."""
    from ..workspace import resolve_workspace_dir

    return Path(args.data_dir).expanduser() if args.data_dir else resolve_workspace_dir(None).parent


def cmd_send(args: argparse.Namespace) -> int:
    from ..workspace import handoff

    out = Path(args.out) if args.out else Path(f"{args.to}-{args.period}{handoff.HANDOFF_SUFFIX}")
    with _workspace(args) as ws:
        record = handoff.send_modules(ws, args.period, args.module, args.to, out, _now())
    print(f"已写出分工文件：{out}")
    print(f"发给：{record.assignee}；模块：{'、'.join(record.modules)}；编号：{record.id}")
    print("请把文件交给同事，用本软件打开填写，填好后交回答卷（.zgszback），再用 zgsz handoff merge 合并。")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from ..workspace import handoff

    with _workspace(args) as ws:
        records = handoff.list_handoffs(ws, args.period)
    if args.json:
        print(json.dumps([record.__dict__ for record in records], ensure_ascii=False, indent=1))
        return EXIT_OK
    if not records:
        print("还没有分工填报。")
    for r in records:
        returned = f"，{local_time(r.returned_at)} 合并" if r.returned_at else ""
        print(f"{r.period}  {r.assignee}  {'、'.join(r.modules)}  {r.status_label}（{local_time(r.created_at)} 发出"
              f"{returned}）  {r.id}")
    return EXIT_OK


def _value(item: MergeItem, value: JSONValue) -> str:
    from ..questionnaire.display import display_value

    return visible(display_value(item.question, value, empty="（未填写）"), 80)


def _preview_json(preview: MergePreview) -> dict[str, JSONValue]:
    return {"handoff_id": preview.handoff.id, "assignee": preview.handoff.assignee,
            "filled_by": preview.returned.filled_by, "returned_at": preview.returned.returned_at,
            "summary": preview.summary(),
            "items": [{"questionnaire": i.questionnaire_id, "question": i.question_id, "kind": i.kind,
                       "kind_label": i.kind_label, "base": i.base, "current": i.current,
                       "current_changed_at": i.current_changed_at, "current_by": i.current_by,
                       "returned": i.returned, "returned_changed_at": i.returned_changed_at}
                      for i in preview.items]}


def _print_preview(preview: MergePreview) -> None:
    returned = preview.returned
    print(f"{visible(returned.filled_by, 40)} 于 {local_time(returned.returned_at)} 交回（发给 "
          f"{preview.handoff.assignee}，{preview.handoff.period}）：{preview.summary()}")
    for item in preview.items:
        if item.kind == "same":
            continue
        when = local_time(item.returned_changed_at or returned.returned_at)
        print(f"  [{item.kind_label}] {item.question_id}“{item.question_text}”")
        since = local_time(item.current_changed_at or "")
        print(f"      当前：{_value(item, item.current)}（{item.current_by} {since}）")
        _print_rows(item, item.current)
        print(f"      同事：{_value(item, item.returned)}（{visible(returned.filled_by, 40)} {when}）")
        _print_rows(item, item.returned)


def _print_rows(item: MergeItem, value: JSONValue) -> None:
    """A table answer row by row under its summary ("6 项" alone does not show what differs), with the columns
    named once: as the merge dialog shows it."""
    from ..questionnaire.display import display_row

    if item.question.type != "table" or not isinstance(value, list) or not value:
        return
    print("          " + " | ".join(visible(column.text, 20) for column in item.question.columns))
    for number, row in enumerate(value, start=1):
        if isinstance(row, dict):
            cells = " | ".join(visible(cell, 30) for cell in display_row(item.question, row))
            print(f"        {number}. {cells}")


def cmd_preview(args: argparse.Namespace) -> int:
    from ..workspace import handoff

    with _workspace(args) as ws:
        preview = handoff.preview_return(ws, Path(args.return_file))
    if args.json:
        print(json.dumps(_preview_json(preview), ensure_ascii=False, indent=1))
    else:
        _print_preview(preview)
    return EXIT_OK


def _choices(args: argparse.Namespace, preview: MergePreview) -> dict[str, str]:
    from ..workspace import handoff

    choices: dict[str, str] = {}
    if args.keep_current or args.take_returned:
        for item in preview.conflicts:
            choices[item.key] = handoff.KEEP_CURRENT if args.keep_current else handoff.TAKE_RETURNED
    keys = {item.question_id: item.key for item in preview.items} | {item.key: item.key for item in preview.items}
    for given in args.choose or []:
        question, _, choice = given.partition("=")
        if question not in keys or choice not in (handoff.TAKE_RETURNED, handoff.KEEP_CURRENT):
            raise UserError(f"--choose {given}：应写作 题目编号=returned（采用同事的）或 题目编号=current（保留当前），"
                            "题目须在这份答卷中")
        choices[keys[question]] = choice
    return choices


def cmd_merge(args: argparse.Namespace) -> int:
    from ..workspace import handoff

    with _workspace(args) as ws:
        preview = handoff.preview_return(ws, Path(args.return_file))
        if preview.nothing_new:
            print(preview.summary())
            return EXIT_OK
        result = handoff.apply_merge(ws, preview, _choices(args, preview), _now())
    print(f"已合并 {visible(preview.returned.filled_by, 40)} 交回的答卷：写入 {result.changed} 个答案，"
          f"保留当前答案 {result.kept} 处；修改记录中注明“{handoff.merge_reason(preview)}”。")
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    from ..workspace import handoff

    copy = handoff.open_handoff(Path(args.file), _data_dir(args))
    with copy.workspace as ws:
        if args.name:
            handoff.set_filler(ws, args.name, _now())
        elif not handoff.filler(ws):
            # as the app does: the colleague the manager named fills it in, so the printed `return` works as is
            handoff.set_filler(ws, copy.handoff.assignee, _now())
        h = copy.handoff
        print(f"{h.sender_name} 请您填写{h.period}的：{'、'.join(m.title for m in h.modules)}")
        print(f"填写副本：{ws.directory}")
        print(f"可用 zgsz answers import 答案文件 --workspace {ws.directory} 填写，"
              f"填好后 zgsz handoff return {shlex.quote(args.file)}"
              + (f" --data-dir {shlex.quote(args.data_dir)}" if args.data_dir else "")
              + f" --out 答卷{handoff.RETURN_SUFFIX}")
    return EXIT_OK


def cmd_return(args: argparse.Namespace) -> int:
    from ..workspace import handoff

    copy = handoff.open_handoff(Path(args.file), _data_dir(args))
    with copy.workspace as ws:
        if args.name:
            handoff.set_filler(ws, args.name, _now())
        out = handoff.write_return(ws, copy.handoff, Path(args.out), _now())
    print(f"已写出交回答卷：{out}。请把它交给 {copy.handoff.sender_name} 的分工人。")
    return EXIT_OK


def add_parser(sub: SubParsers, parents: Sequence[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add ``zgsz handoff …`` to the top-level subparsers ``sub``; ``parents`` carry ``--workspace``."""
    handoff = sub.add_parser("handoff", help="分工填报：把模块发给同事填写，合并同事交回的答卷")
    hsub = handoff.add_subparsers(dest="handoff_command", metavar="ACTION", required=True)
    p = hsub.add_parser("send", parents=list(parents), help="把报送中的一个或多个模块写成分工文件（.zgszfill）")
    p.add_argument("--period", required=True, help="评估期，如 2025年度")
    p.add_argument("--module", required=True, action="append", metavar="问卷/模块",
                   help="如 nantong-zgsz-core/cnc；可重复")
    p.add_argument("--to", required=True, metavar="姓名", help="同事姓名")
    p.add_argument("--out", metavar="FILE", help="分工文件（默认：姓名-评估期.zgszfill）")
    p.set_defaults(func=cmd_send)
    p = hsub.add_parser("list", parents=list(parents), help="列出发出的分工及其状态")
    p.add_argument("--period")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = hsub.add_parser("preview", parents=list(parents), help="预览同事交回的答卷：新答案、冲突、保留的修改")
    p.add_argument("return_file", metavar="RETURN_FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_preview)
    p = hsub.add_parser("merge", parents=list(parents), help="合并同事交回的答卷（冲突须选择）")
    p.add_argument("return_file", metavar="RETURN_FILE")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--keep-current", action="store_true", help="所有冲突保留当前答案")
    which.add_argument("--take-returned", action="store_true", help="所有冲突采用同事的答案")
    p.add_argument("--choose", action="append", metavar="QID=returned|current", help="逐题选择；可重复")
    p.set_defaults(func=cmd_merge)
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument("--data-dir", metavar="DIR", help="填写副本存放的文件夹（默认：工作区旁的 handoffs）")
    data.add_argument("--name", metavar="姓名", help="填写人姓名（交回答卷时注明）")
    p = hsub.add_parser("open", parents=[data], help="（同事）打开分工文件，建立填写副本")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_open)
    p = hsub.add_parser("return", parents=[data], help="（同事）写出交回答卷（.zgszback）")
    p.add_argument("file", metavar="FILE", help="收到的分工文件")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_return)
    return handoff
