"""`zgsz benchmark export|import|show`: the peer benchmark (同行对标) — the district writes it, the enterprise
imports it and reads where it stands (docs/benchmark.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError
from ..messages import say
from .common import EXIT_OK, Parents, SubParsers, emit_json, open_workspace, printable, read_passphrase

if TYPE_CHECKING:
    from ..scoring.peer_groups import PeerGroup, Standing


def _read(path: Path, limit: int) -> bytes:
    if not path.is_file():
        raise UserError(say("找不到文件 {path}", path=str(path)))
    if path.stat().st_size > limit:
        raise UserError(say("{name} 过大，不是本软件写出的对标文件", name=path.name))
    return path.read_bytes()


def cmd_export(args: argparse.Namespace) -> int:
    from ..district.benchmark import export_benchmark, held_sentence
    from ..district.db import open_db
    from ..district.district_claim import check_district
    from ..district.identity import DistrictIdentity
    from ..keys import load_district_key
    from ..workspace.workspace import utc_now

    key = load_district_key(Path(args.key))
    identity = DistrictIdentity.from_key(key, read_passphrase(args, "区县密钥密码"))
    db = open_db(Path(args.db), create=False)
    check_district(db, identity, claim=False)
    now = utc_now().isoformat(timespec="seconds")
    exported = export_benchmark(db, identity, args.period, Path(args.out), now)
    grouping = exported.grouping
    held = held_sentence(exported)
    if args.json:
        emit_json({"path": str(exported.path), "period": exported.period, "sha256": exported.sha256,
                   "enterprises": grouping.enterprises, "suppressed": grouping.suppressed,
                   "groups": [g.to_json() for g in grouping.groups],
                   "merged": [{"industry": k[0], "size": k[1]} for k in grouping.merged],
                   "earlier_releases": exported.earlier,
                   "held": [{"industry": k[0], "size": k[1]} for k in grouping.held],
                   "measures_held": [{"industry": k[0], "size": k[1], "measure": m} for k, m in grouping.measures_held],
                   "held_message": held})
        return EXIT_OK
    print(printable(f"已写出对标文件 {exported.path}（{exported.period}，{grouping.enterprises} 家企业，"
                    f"发布 {len(grouping.groups)} 个分组，未能归入任何分组 {grouping.suppressed} 家）"))
    for group in grouping.groups:
        print(printable(f"  {group.label}：{group.n} 家"))
    if held is not None:
        print(printable(held))
    return EXIT_OK


def _group_json(group: PeerGroup | None) -> object:
    return None if group is None else {**group.to_json(), "label": str(group.label)}


def _standing_json(period: str, found: Standing) -> dict[str, object]:
    published = found.benchmark
    return {"period": period, "issuer": {"kind": published.issuer_kind, "name": published.issuer_name},
            "issued_at": published.issued_at, "enterprises": published.enterprises,
            "group": _group_json(found.group), "wider": found.wider,
            "positions": [{"measure": p.measure, "band": p.percentile_band, "n": p.n, "median": p.median,
                           "text": str(p.text)} for p in found.positions]}


def _print_standing(period: str, found: Standing) -> None:
    from ..scoring.peer_groups import MEASURE_NAMES

    published = found.benchmark
    print(printable(f"{period} 同行对标（{published.issuer_label}发布，{published.issued_at[:10]}，"
                    f"共 {published.enterprises} 家企业）"))
    if found.group is None:
        print("  本企业所在行业和规模没有发布分组（企业太少，为保护企业信息未单独统计）")
        return
    print(printable(f"  所在分组：{found.group.label}，{found.group.n} 家企业"))
    if found.wider is not None:
        print(printable(f"  {found.wider}"))
    for p in found.positions:
        print(printable(f"  {MEASURE_NAMES[p.measure]}：{p.text}；同组中位数 {p.median}（{p.n} 家）"))


def cmd_import(args: argparse.Namespace) -> int:
    from ..keys import load_recipient
    from ..package.benchmark_file import MAX_BYTES
    from ..package.benchmark_import import REPLACED, UNCHANGED, benchmark_for, import_benchmark

    data = _read(Path(args.file), MAX_BYTES)
    recipient = load_recipient(Path(args.recipient)) if args.recipient else None
    with open_workspace(args) as workspace:
        imported = import_benchmark(workspace, data, recipient)
        period = imported.benchmark.period
        found = benchmark_for(workspace, period)
    if args.json:
        emit_json({"outcome": imported.outcome, "sha256": imported.benchmark.sha256,
                   "first_use_fingerprint": imported.first_use_fingerprint,
                   **(_standing_json(period, found) if found is not None else {"period": period})})
        return EXIT_OK
    said = {REPLACED: "已导入，替换了本期较早的对标文件", UNCHANGED: "这份对标文件已导入过，没有变化"}
    print(said.get(imported.outcome, "已导入对标文件"))
    if imported.first_use_fingerprint:
        print(f"首次使用这份区县文件：区县签名密钥指纹 {imported.first_use_fingerprint}。"
              "请与区县工信部门电话核对这一指纹（区县用 zgsz district show 区县文件 可以查看）")
    if found is not None:
        _print_standing(period, found)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from ..package.benchmark_import import benchmark_for

    with open_workspace(args) as workspace:
        periods = [args.period] if args.period else [s.period for s in workspace.submissions()]
        found = [(p, s) for p in periods if (s := benchmark_for(workspace, p)) is not None]
    if args.json:
        emit_json([_standing_json(p, s) for p, s in found])
        return EXIT_OK
    if not found:
        print("没有导入对标文件" + (f"（{args.period}）" if args.period else ""))
        return EXIT_OK
    for period, standing in found:
        _print_standing(period, standing)
    return EXIT_OK


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    bench = sub.add_parser("benchmark", help="同行对标：区县导出对标文件，企业导入并查看本企业在同行中的位置")
    bsub = bench.add_subparsers(dest="benchmark_command", metavar="ACTION", required=True)
    p = bsub.add_parser("export", parents=[parents.secret],
                        help="区县：写出某评估期的对标文件（.zgszbench，只含分组分位数，用区县密钥签名）")
    p.add_argument("--db", required=True, metavar="DB", help="区县数据库文件")
    p.add_argument("--district-key", "--key", dest="key", required=True, metavar="KEY",
                   help="区县密钥文件（.zgszdistrict）")
    p.add_argument("--period", required=True, help="评估期，如 2024年度")
    p.add_argument("--out", required=True, metavar="FILE", help="写出的对标文件（.zgszbench）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)
    p = bsub.add_parser("import", parents=[parents.workspace],
                        help="企业：导入对标文件（核对区县签名后保存，同一评估期较新的替换较早的）")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--recipient", metavar="KEYFILE", help="同时导入区县文件（.zgszkey），用来核对签名")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)
    p = bsub.add_parser("show", parents=[parents.workspace], help="企业：本企业在同行中的位置")
    p.add_argument("--period", help="评估期（默认：每个有对标文件的评估期）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
