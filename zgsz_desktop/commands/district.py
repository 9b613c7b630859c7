"""``zgsz district import | summary | roster | keys | approve | reject | log | audit | evidence``: the district
workstation from the command line (batch scripts, and staff who prefer it). Same core as the desktop screens."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from ..errors import UserError
from ..text import visible

if TYPE_CHECKING:  # imported by the command that uses them (the CLI starts fast)
    import sqlite_utils

    from ..district.identity import DistrictIdentity
    from ..district.outcomes import Outcome

EXIT_OK, EXIT_SOME_REFUSED, EXIT_CANNOT = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell convention for Ctrl-C
INTERRUPTED = "已中断（Ctrl-C）：已提交的报告包保留，重新运行同一命令即可继续（已导入的会显示为重复）"


def _ctrl_c_cancels(cancel: threading.Event) -> Callable[[], None]:
    """Ctrl-C stops a batch the way the window's 取消 button does: the package in hand is finished and
    committed, the worker processes are shut down, and the run ends with a sentence. A second Ctrl-C
    interrupts at once. Returns the function that puts the previous handler back."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def stop(signum: int, frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        print("\n正在停止……（再按一次 Ctrl-C 立即中断）", file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, stop)

    def restore() -> None:
        signal.signal(signal.SIGINT, previous)

    return restore


def _printable(text: object) -> str:
    """Text from outside for the terminal: hidden characters written out, very long text cut."""
    return visible(text, 600)


def _identity(args: argparse.Namespace,
              passphrase: Callable[[argparse.Namespace, str], str]) -> DistrictIdentity | None:
    from ..district.identity import DistrictIdentity
    from ..keys import load_district_key

    try:
        key = load_district_key(Path(args.district_key))
        return DistrictIdentity.from_key(key, passphrase(args, "区县密钥密码"))
    except UserError as exc:  # wrong file or passphrase: nothing could be checked (exit 2, not "refused")
        print(f"错误：{exc}", file=sys.stderr)
        return None


def cmd_import(args: argparse.Namespace, passphrase: Callable[[argparse.Namespace, str], str]) -> int:
    from ..district.db import open_db
    from ..district.importer import import_packages
    from ..district.outcomes import VERDICTS

    identity = _identity(args, passphrase)
    if identity is None:
        return EXIT_CANNOT
    scratch = None
    if args.dry_run and not Path(args.db).exists():
        # a preview writes nothing, not even a new database file
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="zgsz-preview-")
        db = open_db(Path(scratch.name) / "preview.zgszdb")
    else:
        db = open_db(Path(args.db))
    interactive = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int, outcome: Outcome) -> None:
        if interactive:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    cancel = threading.Event()
    restore = _ctrl_c_cancels(cancel)
    try:
        summary = import_packages(db, [Path(p) for p in args.paths], identity, dry_run=args.dry_run,
                                  progress=progress, workers=args.workers, cancel=cancel)
    except KeyboardInterrupt:  # a second Ctrl-C while the batch was stopping
        print(f"\n{INTERRUPTED}", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        restore()
        if interactive:
            print("", file=sys.stderr)
        if scratch is not None:
            db.conn.close()
            scratch.cleanup()
    if summary.cancelled:
        print(f"{INTERRUPTED}（已处理 {len(summary.outcomes)} / {summary.total} 个文件）", file=sys.stderr)
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        for outcome in summary.outcomes:
            name = visible(Path(outcome.source).name, 120)
            who = (f"{visible(outcome.enterprise, 80)}（{visible(outcome.uscc, 30)}）{visible(outcome.period, 30)}"
                   if outcome.uscc else "")
            message = f" — {visible(outcome.message, 600)}" if outcome.message and not outcome.stored else ""
            print(f"[{outcome.label}] {name} {who}{message}")
            if outcome.warning:
                print(f"    提示：{outcome.warning}")
        counts = "，".join(f"{VERDICTS[k][0].split('，')[0].split('：')[0]} {v}" for k, v in summary.counts.items())
        head = "预览（未导入任何数据）" if args.dry_run else "导入完成"
        print(f"{head}：共 {summary.total} 个文件。{counts}" if summary.total else
              f"{head}：没有找到报告包（*.zgsz）文件，请检查路径")
    accepted = {"new", "superseding", "stale", "duplicate"}
    if summary.cancelled:
        return EXIT_INTERRUPTED
    return EXIT_OK if all(o.verdict in accepted for o in summary.outcomes) else EXIT_SOME_REFUSED


def _default_year(db: sqlite_utils.Database) -> int:
    from ..district.dashboard import submission_years

    years = submission_years(db)
    return years[0] if years else date.today().year


def cmd_summary(args: argparse.Namespace) -> int:
    from ..district.dashboard import build_dashboard
    from ..district.db import open_db
    from ..district.exports import write_csv, write_summary_pdf, write_xlsx

    db = open_db(Path(args.db), create=False)
    year = args.year or _default_year(db)
    board = build_dashboard(db, year, verify_log=True)
    written = []
    if args.xlsx:
        written.append(write_xlsx(db, year, Path(args.xlsx), board))
    if args.csv:
        from ..district.exports import CSV_OPEN_HINT

        written.append(write_csv(db, year, Path(args.csv)))
        print(CSV_OPEN_HINT, file=sys.stderr)
    if args.pdf:
        written.append(write_summary_pdf(db, year, Path(args.pdf), board))
    if args.json:
        print(json.dumps(board.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"{board.district} {year}年：库中企业 {board.enterprises} 家，已报送 {board.submitted} 家"
              f"（核心指标 {board.core_submitted}，评测 {board.miit_submitted}）")
        if board.edition is not None:
            print(f"  对照的政策版本：{_printable(board.edition.label)}，{board.edition.years_label}"
                  + ("" if board.edition.origin == "shipped" else f"；{_printable(board.edition.origin)}"))
        if board.edition_note:
            print(f"  {_printable(board.edition_note)}")
        for quota in board.quotas:
            actual = "未采集" if quota.actual is None else quota.actual
            target = "未下达" if quota.quota is None else quota.quota
            ratio = "" if quota.ratio is None else f"（{quota.ratio * 100:.1f}%）"
            note = f"（{_printable(quota.note)}）" if quota.note else ""
            print(f"  {quota.table} {quota.label}：{actual} / {target}{ratio} [{quota.period}]{note}")
        for stat in board.benchmarks:
            average = "—" if stat.key_average is None else f"{stat.key_average * 100:.1f}%"
            print(f"  {stat.name}（{'参照值' if stat.reference_only else '目标'}{stat.target_label}）："
                  f"重点企业{'达到参照值' if stat.reference_only else '达标'} {stat.key_met}/{stat.key_reported}，"
                  f"平均 {average}")
        print("  工信部评测等级：" + "，".join(f"{k} {v}" for k, v in board.miit_levels.items()))
        if board.roster_total:
            print(f"  名单 {board.roster_total} 家，未报送 {len(board.not_submitted)} 家")
        if board.flags:
            from collections import Counter

            kinds = Counter(flag.label for flag in board.flags)
            print(f"  核查提示 {len(board.flags)} 条（" + "，".join(f"{k} {v}" for k, v in kinds.items())
                  + "）：数字照常计入，请逐条与企业核实，详见 Excel 的“核查提示”表或 --json")
        if board.held_keys:
            print(f"  待核准密钥 {board.held_keys} 个（zgsz district keys --db {args.db}）")
        print(f"  导入日志：{board.log_entries} 条，哈希链{'完整' if board.log_ok else '断开！日志被修改过'}")
    for path in written:
        print(path, file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK if board.log_ok else EXIT_SOME_REFUSED


def _open_to_write(args: argparse.Namespace,
                   passphrase: Callable[[argparse.Namespace, str], str]
                   ) -> tuple[sqlite_utils.Database, DistrictIdentity] | None:
    """The district's unlocked key and its database, claimed for it (every write signs the log)."""
    from ..district.db import open_db
    from ..district.district_claim import check_district

    identity = _identity(args, passphrase)
    if identity is None:
        return None
    db = open_db(Path(args.db))
    check_district(db, identity, claim=True)
    return db, identity


def cmd_roster(args: argparse.Namespace, passphrase: Callable[[argparse.Namespace, str], str]) -> int:
    from ..district.roster import import_roster

    opened = _open_to_write(args, passphrase)
    if opened is None:
        return EXIT_CANNOT
    db, identity = opened
    count = import_roster(db, Path(args.file), identity, confirm=args.replace)
    print(f"已导入名单：{count} 家企业（替换原名单）")
    return EXIT_OK


def cmd_policy(args: argparse.Namespace, passphrase: Callable[[argparse.Namespace, str], str]) -> int:
    """Load an edition the city signed: the first one pins the city's key (its fingerprint is confirmed)."""
    from ..district.policy_files import CityKeyNeedsConfirmation, PolicyAlreadyLoaded, load_policy_file

    opened = _open_to_write(args, passphrase)
    if opened is None:
        return EXIT_CANNOT
    db, identity = opened
    try:
        edition = load_policy_file(db, Path(args.file), identity, fingerprint=args.fingerprint)
    except CityKeyNeedsConfirmation as exc:
        print(f"{_printable(exc)}\n请按来函加上 --fingerprint 指纹 再运行。")
        return EXIT_CANNOT
    except PolicyAlreadyLoaded as exc:
        print(_printable(exc))
        return EXIT_OK
    print(f"已导入政策版本：{edition.label} 第{edition.edition_version}版，{edition.years_label}；"
          f"{_printable(edition.origin)}。这些年度的汇总从现在起按此版本统计。")
    return EXIT_OK


def cmd_keys(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ..district.db import open_db
    from ..district.key_approval import held_keys

    held = held_keys(open_db(Path(args.db), create=False), None if args.all else "pending")
    if args.json:
        print(json.dumps([asdict(h) for h in held], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not held:
        print("没有待核准的企业密钥")
    for h in held:
        status = {"pending": "待核准", "approved": "已核准", "rejected": "已拒绝"}.get(h.status, h.status)
        print(_printable(f"#{h.id} {h.enterprise_name}（{h.uscc}）{h.period} 登记密钥 {h.pinned_key_id} → 新密钥 "
                         f"{h.key_id}，核准时输入盖章纸质报告上的核验码 [{status}]"))
    return EXIT_OK


def cmd_approve(args: argparse.Namespace, passphrase: Callable[[argparse.Namespace, str], str]) -> int:
    from ..district.db import open_db
    from ..district.district_claim import check_district
    from ..district.key_approval import approval_needs_fingerprint, approve_key

    db = open_db(Path(args.db), create=False)
    if approval_needs_fingerprint(db, args.id) and not args.fingerprint:
        print("错误：这是 0.1 版软件导出的报告包，9 位核验码太短，不能单独证明报告包出自企业；"
              "请同时用 --fingerprint 输入纸质报告上印的密钥指纹（16 位字母和数字）", file=sys.stderr)
        return EXIT_CANNOT
    identity = _identity(args, passphrase)
    if identity is None:
        return EXIT_CANNOT
    check_district(db, identity, claim=False)
    outcomes = approve_key(db, args.id, args.code, identity, fingerprint=args.fingerprint or "",
                           note=args.note or "")
    print(f"已核准新密钥，导入 {len(outcomes)} 个报告包：" + "；".join(o.label for o in outcomes))
    return EXIT_OK


def cmd_reject(args: argparse.Namespace, passphrase: Callable[[argparse.Namespace, str], str]) -> int:
    from ..district.db import open_db
    from ..district.district_claim import check_district
    from ..district.key_approval import reject_key

    identity = _identity(args, passphrase)
    if identity is None:
        return EXIT_CANNOT
    db = open_db(Path(args.db), create=False)
    check_district(db, identity, claim=False)
    reject_key(db, args.id, identity, note=args.note or "")
    print("已拒绝该密钥，其报告包不计入统计")
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    from ..district.db import check_log, open_db

    check = check_log(open_db(Path(args.db), create=False))
    print(check.message)
    return EXIT_OK if check.ok else EXIT_SOME_REFUSED


def cmd_audit(args: argparse.Namespace, passphrase: Callable[[argparse.Namespace, str], str]) -> int:
    from ..district.audit import audit
    from ..district.db import open_db

    identity = _identity(args, passphrase)
    if identity is None:
        return EXIT_CANNOT
    report = audit(open_db(Path(args.db), create=False), identity)
    for line in report.message.splitlines():
        print(_printable(line))
    return EXIT_OK if report.ok else EXIT_SOME_REFUSED


def cmd_evidence(args: argparse.Namespace, passphrase: Callable[[argparse.Namespace, str], str]) -> int:
    """One enterprise's evidence files (佐证材料) as files, per period and question, with an index."""
    from ..district.db import open_db
    from ..district.evidence import enterprise_evidence, export_evidence

    db = open_db(Path(args.db), create=False)
    if args.list:
        rows = enterprise_evidence(db, args.uscc, args.period)
        if args.json:
            from dataclasses import asdict

            print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        else:
            for r in rows:
                # Only the values from outside are made printable: the tabs between them are ours.
                print(f"{_printable(r.period)}\t{_printable(r.question_id)}\t{_printable(r.file_name)}\t"
                      f"{r.size_text}\t{r.sha256[:16]}")
            print(f"共 {len(rows)} 个文件")
        return EXIT_OK
    if not args.out:
        print("错误：请用 --out 给出导出到的新文件夹（或用 --list 只列出）", file=sys.stderr)
        return EXIT_CANNOT
    if not args.district_key:
        print("错误：导出佐证材料需要区县密钥文件（--district-key），用于打开加密的文件", file=sys.stderr)
        return EXIT_CANNOT
    identity = _identity(args, passphrase)
    if identity is None:
        return EXIT_CANNOT
    written = export_evidence(db, identity, args.uscc, Path(args.out), period=args.period)
    print(_printable(f"已导出 {len(written) - 1} 个文件和清单 {written[-1]}"))
    return EXIT_OK


def add_commands(dsub: argparse._SubParsersAction[argparse.ArgumentParser], secret: argparse.ArgumentParser,
                 passphrase: Callable[[argparse.Namespace, str], str]) -> None:
    dbarg = argparse.ArgumentParser(add_help=False)
    dbarg.add_argument("--db", required=True, metavar="DB",
                       help="区县数据库文件（如 haian.zgszdb；导入时不存在则创建）")

    p = dsub.add_parser("import", parents=[dbarg, secret],
                        help="导入报告包（文件或文件夹）：逐个核验、重新计分后入库；--dry-run 只预览")
    p.add_argument("--district-key", required=True, metavar="KEY", help="区县密钥文件（.zgszdistrict）")
    p.add_argument("paths", nargs="+", metavar="PATH", help="报告包文件或文件夹（递归查找 *.zgsz）")
    p.add_argument("--dry-run", action="store_true", help="只列出每个报告包的核验结论，不写入数据库")
    p.add_argument("--json", action="store_true")
    p.add_argument("--workers", type=int, default=None, help="并行核验的进程数（默认：CPU 核数）")
    p.set_defaults(func=lambda args: cmd_import(args, passphrase))

    p = dsub.add_parser("summary", parents=[dbarg], help="汇总：配额进度、三项指标、评测等级；可导出 Excel/CSV/PDF")
    p.add_argument("--year", type=int, help="年度（默认：最近有报送的年度）")
    p.add_argument("--xlsx", metavar="FILE", help="写出 Excel 工作簿")
    p.add_argument("--csv", metavar="FILE", help="写出企业明细 CSV")
    p.add_argument("--pdf", metavar="FILE", help="写出汇总 PDF（含图表）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_summary)

    keyarg = argparse.ArgumentParser(add_help=False)
    keyarg.add_argument("--district-key", required=True, metavar="KEY",
                        help="区县密钥文件（.zgszdistrict）：每次写入都用它签名导入日志")

    p = dsub.add_parser("roster", parents=[dbarg, keyarg, secret],
                        help="导入企业名单（xlsx/csv），用于统计未报送企业")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--replace", action="store_true",
                   help="新名单与现有名单或已报送企业差别很大时，确认替换（否则拒绝并说明原因）")
    p.set_defaults(func=lambda args: cmd_roster(args, passphrase))

    p = dsub.add_parser("policy", parents=[dbarg, keyarg, secret],
                        help="导入市工信局下发的签名政策版本文件（.zgszpolicy：新的目标、任务数和口径）")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--fingerprint", help="第一次导入时，按市工信局来函输入签发密钥的指纹以确认")
    p.set_defaults(func=lambda args: cmd_policy(args, passphrase))

    p = dsub.add_parser("keys", parents=[dbarg], help="列出待核准的企业新密钥")
    p.add_argument("--all", action="store_true", help="包括已核准和已拒绝的")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_keys)

    p = dsub.add_parser("approve", parents=[dbarg, keyarg, secret], help="核对盖章纸质报告后核准企业新密钥")
    p.add_argument("id", type=int, metavar="ID", help="待核准记录编号（见 zgsz district keys）")
    p.add_argument("--code", required=True, help="纸质报告签字页上的核验码（20 位字母和数字；0.1 版报告为 9 位数字）")
    p.add_argument("--fingerprint", help="0.1 版报告还需输入纸质报告上印的密钥指纹（16 位字母和数字）")
    p.add_argument("--note", help="备注（如核对人）")
    p.set_defaults(func=lambda args: cmd_approve(args, passphrase))

    p = dsub.add_parser("reject", parents=[dbarg, keyarg, secret], help="拒绝企业新密钥")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--note", help="备注")
    p.set_defaults(func=lambda args: cmd_reject(args, passphrase))

    p = dsub.add_parser("log", parents=[dbarg], help="校验导入日志的哈希链是否完整（核对签名请用 audit）")
    p.set_defaults(func=cmd_log)

    p = dsub.add_parser("audit", parents=[dbarg, secret],
                        help="核查数据库：每份报送与其原始报告包、导入日志是否一致（发现导入后的改动）")
    p.add_argument("--district-key", required=True, metavar="KEY", help="区县密钥文件（.zgszdistrict）")
    p.set_defaults(func=lambda args: cmd_audit(args, passphrase))

    p = dsub.add_parser("evidence", parents=[dbarg, secret],
                        help="导出一家企业的佐证材料（按评估期、题目分文件夹，附清单 xlsx）；--list 只列出")
    p.add_argument("--uscc", required=True, help="企业的统一社会信用代码")
    p.add_argument("--period", help="只导出这一评估期（如 2025年度；默认：每期当前的报送）")
    p.add_argument("--out", metavar="DIR", help="导出到的新文件夹（不存在或为空）")
    p.add_argument("--district-key", metavar="KEY", help="区县密钥文件（.zgszdistrict）：打开加密的文件时需要")
    p.add_argument("--list", action="store_true", help="只列出文件，不导出（不需要密钥）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=lambda args: cmd_evidence(args, passphrase))
