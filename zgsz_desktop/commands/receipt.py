"""Receipts (回执) on the enterprise's side: import the district's answer, list what the district said, and
remember a district file (区县文件) to check receipts with."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .common import EXIT_OK, Parents, SubParsers, emit_json, open_workspace, printable, read_passphrase

if TYPE_CHECKING:
    from ..workspace.receipts import Flag, PeriodReceipt, StoredReceipt

PASSPHRASE_PROMPT = "企业签名密钥密码（首次导出报告包时设置的密码，用来打开回执）"


def cmd_receipt_import(args: argparse.Namespace) -> int:
    from ..package.receive import check_receipt, import_receipt

    extra = Path(args.recipient) if args.recipient else None
    with open_workspace(args) as workspace:
        checked = check_receipt(workspace, Path(args.file), extra_recipient=extra)
        if checked.already_imported:
            result = import_receipt(workspace, checked, "")  # changes nothing: no password needed
        else:
            result = import_receipt(workspace, checked, read_passphrase(args, PASSPHRASE_PROMPT))
    if args.json:
        emit_json({"ok": True, "already_imported": result.already_imported, "district": result.district,
                   "recipient_remembered": result.recipient_remembered, "to_fix": result.to_fix,
                   "items": [{"package_id": i.package_id, "period": i.period, "sequence": i.sequence,
                              "status": i.status, "reasons": i.reasons, "newer_sequence": i.newer_sequence}
                             for i in result.items]})
        return EXIT_OK
    for sentence in result.sentences():
        print(printable(sentence))
    if result.recipient_remembered:
        print(f"已保存{printable(result.district)}的新区县文件，以后的回执用它核对。")
    if result.to_fix:
        print("请用 zgsz receipt list 查看需要修改之处，修改后重新导出报告包（zgsz export）交给区县。")
    return EXIT_OK


def _open_flags(receipt: StoredReceipt, standing: PeriodReceipt | None) -> tuple[Flag, ...] | None:
    """The receipt's points, each marked when already changed — for the period's open 退回修改 receipt (as the home
    page counts them); None for every other receipt (its points are closed or it asked for none)."""
    if standing is None or standing.state != "returned" or standing.receipt.receipt_id != receipt.receipt_id \
            or standing.receipt.package_id != receipt.package_id:
        return None
    return standing.flags


def cmd_receipt_list(args: argparse.Namespace) -> int:
    from ..package.receipt import STATUS_LABELS
    from ..text import local_time
    from ..workspace.receipts import all_receipts, period_receipt, receipt_history

    with open_workspace(args) as workspace:
        receipts = receipt_history(workspace.db, args.period) if args.period else all_receipts(workspace.db)
        standing = {r.period: period_receipt(workspace.db, r.period) for r in receipts}
    if args.json:
        rows = []
        for r in receipts:
            flags = _open_flags(r, standing.get(r.period))
            rows.append({"receipt_id": r.receipt_id, "package_id": r.package_id, "period": r.period,
                         "sequence": r.sequence, "status": r.status, "district": r.district,
                         "issued_at": r.issued_at, "decided_at": r.decided_at, "clerk": r.clerk,
                         "contact": r.contact, "note": r.note,
                         "reasons": [{"questionnaire": f.questionnaire, "question": f.question,
                                      "question_text": f.question_text, "place": f.place, "reason": f.reason,
                                      # changed since the package was exported (None: not an open point)
                                      "changed": None if flags is None else flags[i].changed}
                                     for i, f in enumerate(r.reasons)]})
        emit_json(rows)
        return EXIT_OK
    if not receipts:
        print("还没有导入区县回执。")
        return EXIT_OK
    for r in receipts:
        print(f"{printable(r.period)} 第{r.sequence}次报送：{STATUS_LABELS.get(r.status, r.status)}"
              f"（{printable(r.district)}，{local_time(r.decided_at or r.issued_at)}"
              f"{'，经办人 ' + printable(r.clerk) if r.clerk else ''}"
              f"{'，电话 ' + printable(r.contact) if r.contact else ''}）")
        if r.note:
            print(f"  说明：{printable(r.note)}")
        flags = _open_flags(r, standing.get(r.period))
        for i, flag in enumerate(r.reasons):
            done = "（已修改）" if flags is not None and flags[i].changed else ""
            print(f"  - {printable(flag.place or '整份报送')}：{printable(flag.reason)}{done}")
    for period, now in standing.items():
        if now is not None and now.state == "returned":
            changed = sum(1 for flag in now.flags if flag.changed)
            done = f"，已改 {changed} 处" if changed else ""
            print(f"{printable(period)}：退回修改，{now.open_count} 处需要修改{done}，改好后请重新导出报告包。")
        elif now is not None and now.state == "awaiting":
            print(f"{printable(period)}：已重新导出第{now.latest_sequence}次报送，等待区县受理。")
    return EXIT_OK


def cmd_recipient_remember(args: argparse.Namespace) -> int:
    from ..keys import load_recipient
    from ..package.trust import ADDED, UPGRADED, remember_recipient

    recipient = load_recipient(Path(args.file))
    with open_workspace(args) as workspace:
        outcome = remember_recipient(workspace, recipient, "file").outcome
    said = {ADDED: "已保存", UPGRADED: "已更新（加入了区县的签名公钥）"}.get(outcome, "已保存过，没有变化")
    signing = f"，签名密钥 {recipient.signing_key_id}" if recipient.signing_key_id else "（旧版文件，没有签名公钥）"
    print(f"{recipient.district}区县文件 {recipient.key_id}{signing}：{said}")
    return EXIT_OK


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    """``zgsz receipt import|list`` and ``zgsz recipient remember``."""
    receipt = sub.add_parser("receipt", help="区县回执：导入区县工信部门对报告包的受理结果，查看需要修改之处")
    rsub = receipt.add_subparsers(dest="receipt_command", metavar="COMMAND", required=True)
    p = rsub.add_parser("import", parents=[parents.workspace, parents.secret],
                        help="导入回执（.zgszreceipt）：核对区县签名，用企业签名密钥密码打开")
    p.add_argument("file", metavar="FILE", help="回执文件（.zgszreceipt）")
    p.add_argument("--recipient", metavar="FILE",
                   help="区县的新区县文件（.zgszkey）：本工作区的区县文件是旧版、无法核对回执时需要")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_receipt_import)
    p = rsub.add_parser("list", parents=[parents.workspace], help="列出已导入的回执与需要修改之处")
    p.add_argument("--period", metavar="PERIOD", help="只列出这个评估期，如 2025年度")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_receipt_list)

    recipient = sub.add_parser("recipient", help="区县文件：保存区县工信部门发来的区县文件，用来核对回执")
    csub = recipient.add_subparsers(dest="recipient_command", metavar="COMMAND", required=True)
    p = csub.add_parser("remember", parents=[parents.workspace], help="保存一个区县文件（.zgszkey）")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_recipient_remember)
