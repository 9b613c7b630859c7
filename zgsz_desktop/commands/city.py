"""``zgsz city pin | import | summary`` (市级汇总) and ``zgsz district summary-package`` (区县汇总包)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from ..errors import UserError
from ..text import local_time
from .common import Parents, SubParsers, emit_json, printable, read_passphrase

EXIT_OK, EXIT_SOME_REFUSED, EXIT_CANNOT = 0, 1, 2


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def cmd_pin(args: argparse.Namespace) -> int:
    from ..city.db import open_city_db
    from ..city.keys import pin_district

    db = open_city_db(Path(args.db))
    try:
        result = pin_district(db, Path(args.file), _now(), replace=args.replace)
    finally:
        db.close()
    print(printable(result.message))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from ..city.db import open_city_db
    from ..city.importer import import_summaries

    db = open_city_db(Path(args.db))
    try:
        outcomes = import_summaries(db, [Path(p) for p in args.files], _now())
    finally:
        db.close()
    if args.json:
        emit_json([o.to_dict() for o in outcomes])
    else:
        for o in outcomes:
            print(printable(str(o.line)))  # the verdict once (an accepted file's message names it)
    return EXIT_OK if all(o.verdict != "refused" for o in outcomes) else EXIT_SOME_REFUSED


def cmd_summary(args: argparse.Namespace) -> int:
    from ..city.consolidate import consolidate
    from ..city.db import open_city_db, periods

    db = open_city_db(Path(args.db), create=False)
    try:
        known = periods(db)
        period = args.period or (known[0] if known else "")
        if not period:
            print("错误：市级汇总库中还没有区县汇总包，请先导入（zgsz city import）", file=sys.stderr)
            return EXIT_CANNOT
        board = consolidate(db, period)
    finally:
        db.close()
    written = []
    if args.xlsx:
        from ..city.exports import write_xlsx

        written.append(write_xlsx(board, Path(args.xlsx)))
    if args.pdf:
        from ..city.exports import write_pdf

        written.append(write_pdf(board, Path(args.pdf), datetime.now().strftime("%Y-%m-%d %H:%M")))
    if args.parquet:
        from ..city.parquet import write_parquet

        written += write_parquet(board, Path(args.parquet))
    if args.json:
        emit_json(board.to_dict())
    else:
        print(f"全市 {period}：已报区县 {board.reported_districts} / {len(board.districts)}，"
              f"已报送企业 {board.submitted} 家（其中退回修改中 {board.under_correction} 家）")
        for q in board.quotas:
            actual = "未采集" if q.actual is None else q.actual
            quota = "未下达" if q.quota is None else q.quota
            ratio = "" if q.ratio is None else f"（{q.ratio * 100:.1f}%）"
            print(printable(f"  {q.table} {q.label}：{actual} / {quota}{ratio}"))
        for b in board.benchmarks:
            average = "—" if b.key_average is None else f"{b.key_average * 100:.1f}%"
            print(f"  {b.name}（目标{b.target_label}）：重点企业达标 {b.key_met}/{b.key_reported}，平均 {average}")
        print("  未报区县：" + ("、".join(d.district for d in board.districts if d.status == "未报") or "无"))
        for d in board.districts:
            if d.status == "已报":
                audit = "" if d.audit_ok else "，核查未通过（强制导出）"
                print(printable(f"  {d.district}：签发于 {local_time(d.issued_at)}，已报送企业 {d.submitted} 家，"
                                f"退回修改中 {d.under_correction} 家{audit}"))
        for uscc, districts in board.disputed:
            print(printable(f"  归属待核实：{uscc}（{'、'.join(districts)}）"))
    for path in written:
        print(path, file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


def cmd_summary_package(args: argparse.Namespace) -> int:
    from ..district.db import open_db
    from ..district.identity import DistrictIdentity
    from ..district.summary_package import export_summary_package
    from ..keys import load_district_key

    try:
        key = load_district_key(Path(args.key))
        identity = DistrictIdentity.from_key(key, read_passphrase(args, "区县密钥密码"))
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_CANNOT
    db = open_db(Path(args.db), create=False)
    try:
        result = export_summary_package(db, identity, args.period, Path(args.out), _now(), force=args.force)
    finally:
        db.conn.close()
    note = "" if result.audit_ok else "（核查未通过，已按要求强制导出，汇总包中已注明）"
    print(printable(f"已写出{result.district} {result.period} 的区县汇总包：{result.path}，"
                    f"已报送企业 {result.submitted} 家{note}"))
    if result.warning:
        print(printable(str(result.warning)), file=sys.stderr)
    return EXIT_OK


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    city = sub.add_parser("city", help="市级汇总：登记区县密钥、导入区县汇总包、全市汇总与导出")
    csub = city.add_subparsers(dest="city_command", required=True)
    dbarg = argparse.ArgumentParser(add_help=False)
    dbarg.add_argument("--db", required=True, metavar="C", help="市级汇总库文件（如 nantong.zgszcity；不存在则创建）")

    p = csub.add_parser("pin", parents=[dbarg], help="登记区县密钥（区县发来的 .zgszkey 文件，须含签名公钥）")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="该区县已登记的密钥不同时，确认更换（请先电话核对指纹）")
    p.set_defaults(func=cmd_pin)

    p = csub.add_parser("import", parents=[dbarg], help="导入区县汇总包（.zgszsummary）：逐个核验签名和数字")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = csub.add_parser("summary", parents=[dbarg], help="全市汇总；可导出 Excel/PDF/Parquet")
    p.add_argument("--period", help="评估期（如 2024年度；默认：最近的）")
    p.add_argument("--xlsx", metavar="FILE")
    p.add_argument("--pdf", metavar="FILE")
    p.add_argument("--parquet", metavar="DIR", help="写出 Parquet 文件的文件夹")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_summary)


def add_district_parsers(dsub: SubParsers, parents: Parents) -> None:
    p = dsub.add_parser("summary-package", parents=[parents.secret],
                        help="导出签名的区县汇总包（.zgszsummary），报送市工信局；先核查数据库")
    p.add_argument("--db", required=True, metavar="D", help="区县数据库文件")
    p.add_argument("--district-key", "--key", dest="key", required=True, metavar="KEY",
                   help="区县密钥文件（.zgszdistrict）")
    p.add_argument("--period", required=True, metavar="P", help="年度评估期，如 2024年度")
    p.add_argument("--out", required=True, metavar="F", help="写出的汇总包文件")
    p.add_argument("--force", action="store_true", help="核查发现改动时仍导出（汇总包中注明核查未通过）")
    p.set_defaults(func=cmd_summary_package)
