"""``zgsz district review | questions | receipts | history | recipient``: the clerk's decisions on submissions
(受理 / 退回修改), the questions a return can point at, the receipt files (回执) written from them in bulk, a
submission's history, and the recipient file with the district's signing key. Same core as the district window
(``district/receipts.py`` and its neighbours). The credit code and the period are taken as typed (lower case,
``2024``, ``2024年``) and written out as the district stores them; times are shown in local time."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from ..text import local_time, visible
from .common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Parents, SubParsers, emit_json, read_passphrase


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _key_args() -> argparse.ArgumentParser:
    key = argparse.ArgumentParser(add_help=False)
    key.add_argument("--district-key", "--key", dest="district_key", required=True, metavar="KEY",
                     help="区县密钥文件（.zgszdistrict）：签发回执、把决定签名写入导入日志")
    return key


def _unlocked(args: argparse.Namespace):  # type: ignore[no-untyped-def]  # keys are imported when used
    from ..keys import load_district_key

    return load_district_key(Path(args.district_key)).unlock(read_passphrase(args, "区县密钥密码"))


def cmd_review(args: argparse.Namespace) -> int:
    from ..district.db import open_db
    from ..district.receipt_files import signer_identity
    from ..district.receipts import (
        ACCEPTED,
        RETURNED,
        decision_json,
        reason_from_text,
        record_review,
        submission_key,
    )

    if not args.accept and not args.return_reasons and not args.note:
        print("错误：请用 --accept 受理，或用 --return \"问卷编号/题目编号: 理由\" 退回修改", file=sys.stderr)
        return EXIT_USAGE
    db = open_db(Path(args.db), create=False)
    status = ACCEPTED if args.accept else RETURNED
    reviews = record_review(db, signer_identity(_unlocked(args)), args.uscc, args.period, status,
                            reasons=[reason_from_text(text) for text in args.return_reasons or ()],
                            note=args.note or "", clerk=args.clerk, contact=args.contact or "", now=_now(),
                            package_id=args.package or "")
    if args.json:
        emit_json([{"review_id": r.id, "package_id": r.package_id, **decision_json(r.decision)} for r in reviews])
        return EXIT_OK
    decision = reviews[0].decision
    label = "已受理" if status == ACCEPTED else "退回修改"
    uscc, period = submission_key(args.uscc, args.period)
    print(f"{visible(uscc, 40)} {visible(period, 40)}：{label}（{len(reviews)} 个报告包，"
          f"{len(decision.reasons)} 条理由）。用 zgsz district receipts 生成回执发给企业。")
    return EXIT_OK


def _open_existing(args: argparse.Namespace):  # type: ignore[no-untyped-def]  # the district db, imported when used
    from ..district.db import open_db

    return open_db(Path(args.db), create=False)


def cmd_receipts(args: argparse.Namespace) -> int:
    from ..district.db import open_db
    from ..district.receipt_files import write_receipts
    from ..district.receipts import submission_key

    db = open_db(Path(args.db), create=False)
    key = _unlocked(args)
    uscc, period = submission_key(args.uscc or "", args.period or "")
    written = write_receipts(db, key, Path(args.out), _now(), period=period or None,
                             usccs=[uscc] if uscc else None)
    if args.json:
        emit_json({"written": [str(p) for p in written], "folder": str(args.out)})
        return EXIT_OK
    if not written:
        print("没有需要生成回执的决定（已受理或退回的报送都已生成过回执）")
        return EXIT_OK
    for path in written:
        print(path.name)
    print(f"已生成 {len(written)} 份回执，保存在 {args.out}；文件夹中的区县文件（.zgszkey）可一并发给企业，"
          "用于核对回执。")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from ..district.receipt_history import history
    from ..district.receipts import submission_key
    from ..workspace.receipts import reason_place

    db = _open_existing(args)
    entries = history(db, args.uscc, args.period)
    if args.json:
        emit_json([entry.to_json() for entry in entries])
        return EXIT_OK
    if not entries:
        print(f"该企业没有{visible(submission_key(args.uscc, args.period)[1], 40)}的报送")
        return EXIT_REFUSED
    for entry in entries:
        current = "（当前）" if entry.current else ""
        print(f"{entry.title}{current}  导入 {local_time(entry.imported_at)}  {entry.status_text}")
        for review in entry.reviews:  # every decision, oldest first, each with its own reasons
            print(f"    {entry.review_text(review)}")
            for reason in review.decision.reasons:
                where = visible(reason_place(reason.questionnaire, reason.question, reason.question_text)
                                or "整份报送", 60)
                print(f"        退回理由 · {where}：{visible(reason.reason, 200)}")
            if review.decision.note:
                print(f"        整体意见：{visible(review.decision.note, 200)}")
        for change in entry.changes or ():
            print(f"    修改 · {change.question_text}：{change.old} → {change.new}")
        for receipt in entry.receipts:
            print(f"    回执 {visible(receipt.file_name, 120)}（{local_time(receipt.issued_at)}）")
    return EXIT_OK


def cmd_questions(args: argparse.Namespace) -> int:
    from ..district.receipts import package_questions, submission_key

    db = _open_existing(args)
    rows = package_questions(db, args.uscc, args.period)
    if args.json:
        emit_json([{"ref": f"{r.questionnaire_id}/{r.question_id}", "questionnaire": r.questionnaire_id,
                    "questionnaire_title": r.questionnaire_title, "question": r.question_id, "number": r.number,
                    "module": r.module_title, "text": r.text, "answer": r.answer} for r in rows])
        return EXIT_OK
    if not rows:
        uscc, period = submission_key(args.uscc, args.period)
        print(f"该企业（{visible(uscc, 40)}）没有{visible(period, 40)}的报送")
        return EXIT_REFUSED
    shown = ""
    for r in rows:
        if r.questionnaire_id != shown:
            shown = r.questionnaire_id
            print(f"{r.questionnaire_title}（{r.questionnaire_id}）")
        print(f"  {r.questionnaire_id}/{r.question_id}  {r.number}. {visible(r.text, 80)}  回答：{r.answer}")
    print('退回时写 --return "问卷编号/题目编号: 理由"，如 '
          f'--return "{rows[0].questionnaire_id}/{rows[0].question_id}: 请核对后更正"')
    return EXIT_OK


def cmd_recipient(args: argparse.Namespace) -> int:
    from ..district.receipt_files import write_recipient_file

    key = _unlocked(args)
    path = write_recipient_file(key, Path(args.out))
    print(f"已写出区县文件 {path}（含区县签名公钥 {key.signing_key_id}）：发给企业，用于加密报告包和核对回执")
    return EXIT_OK


def add_district_parsers(dsub: SubParsers, parents: Parents) -> None:
    """The receipt commands under ``zgsz district``."""
    dbarg = argparse.ArgumentParser(add_help=False)
    dbarg.add_argument("--db", required=True, metavar="DB", help="区县数据库文件（如 haian.zgszdb）")
    submission = argparse.ArgumentParser(add_help=False)
    submission.add_argument("--uscc", required=True, help="企业的统一社会信用代码（大小写均可）")
    submission.add_argument("--period", required=True, help="评估期，如 2024年度（写 2024 或 2024年 即为年度）")

    p = dsub.add_parser("review", parents=[dbarg, submission, _key_args(), parents.secret],
                        help="受理或退回企业的当前报送（写明要修改的题目和理由）")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--accept", action="store_true", help="受理")
    choice.add_argument("--return", dest="return_reasons", action="append", metavar="问卷编号/题目编号: 理由",
                        help="退回修改：每条一个题目和理由（可重复；只写理由表示整体意见）")
    p.add_argument("--note", help="整体意见（可选）")
    p.add_argument("--clerk", required=True, help="经办人姓名（写入回执）")
    p.add_argument("--contact", help="联系电话（写入回执）")
    p.add_argument("--package", help="所看的报告包编号：已被更新的报送取代时拒绝")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_review)

    p = dsub.add_parser("questions", parents=[dbarg, submission],
                        help="列出企业当前报送的题目编号、题目和企业的回答（退回修改时 --return 用）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_questions)

    p = dsub.add_parser("receipts", parents=[dbarg, _key_args(), parents.secret],
                        help="为已受理或退回、尚未生成回执的报送生成回执（每家企业一个 .zgszreceipt 文件）")
    p.add_argument("--out", required=True, metavar="DIR", help="保存回执的文件夹")
    p.add_argument("--period", help="只生成这一评估期的回执")
    p.add_argument("--uscc", help="只生成这家企业的回执")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_receipts)

    p = dsub.add_parser("history", parents=[dbarg, submission],
                        help="一份报送的历次版本、受理决定、回执和每次更正改了什么")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)

    p = dsub.add_parser("recipient", parents=[_key_args(), parents.secret],
                        help="写出含区县签名公钥的区县文件（旧版区县文件不能核对回执时用）")
    p.add_argument("--out", required=True, metavar="FILE", help="区县文件（.zgszkey）")
    p.set_defaults(func=cmd_recipient)
