"""``zgsz policy …``: list the editions, show one, and (for the city) make a key and sign an edition."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Protocol

from ..jsontypes import JSONValue
from ..policy.edition import CONFIDENCE_LABELS, PolicyEdition, shipped_editions

EXIT_OK = 0


class PassphraseReader(Protocol):
    """How the command line asks for a passphrase (``commands.common.read_passphrase``): from an environment
    variable, a file or the terminal; ``new`` asks twice."""

    def __call__(self, args: argparse.Namespace, prompt: str, *, new: bool = False) -> str: ...


def describe(edition: PolicyEdition) -> list[str]:
    """The edition as a reader needs it: what it is, its figures with their basis, and its sources."""
    lines = [f"{edition.label}（{edition.years_label}，{edition.region}，{CONFIDENCE_LABELS[edition.confidence]}）",
             f"  {edition.summary}"]
    for benchmark in edition.benchmarks.values():
        lines.append(f"  {benchmark.name}：{benchmark.target_label}{'（参照）' if benchmark.reference_only else ''}"
                     f" — {benchmark.basis} [{benchmark.confidence}]")
    for figure in edition.figures:
        source = edition.source(figure.source)
        lines.append(f"  目标：{figure.text}（{figure.scope}{f'，{figure.year}年' if figure.year else ''}）"
                     f" [{source.confidence if source else '?'}]")
    if not edition.has_quotas:
        lines.append(f"  分地区任务：{edition.no_quota_reason or '未设'}")
    for source in edition.cited_sources():
        lines.append(f"  来源 [{source.confidence} {source.confidence_label}] {source.citation}"
                     + (f"：{source.note}" if source.note else ""))
    for mismatch in edition.mismatches:
        lines.append(f"  注意：{mismatch.message}")
    return lines


def _as_json(edition: PolicyEdition) -> dict[str, JSONValue]:
    return {"id": edition.id, "version": edition.edition_version, "label": edition.label,
            "years": [edition.first_year, edition.last_year], "confidence": edition.confidence,
            "origin": edition.origin, "digest": edition.digest, "has_quotas": edition.has_quotas,
            "benchmarks": {k: {"name": b.name, "target_percent": float(b.target_percent), "comparison": b.comparison,
                               "reference_only": b.reference_only, "basis": b.basis, "confidence": b.confidence}
                           for k, b in edition.benchmarks.items()},
            "sources": [{"id": s.id, "citation": s.citation, "confidence": s.confidence, "note": s.note}
                        for s in edition.sources]}


def cmd_list(args: argparse.Namespace) -> int:
    editions = list(shipped_editions())
    if args.json:
        print(json.dumps([_as_json(e) for e in editions], ensure_ascii=False, indent=1))
        return EXIT_OK
    for edition in editions:
        print("\n".join(describe(edition)))
        print()
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from ..policy.signed import read_signed_file

    _, signed = read_signed_file(Path(args.file))
    if args.json:
        print(json.dumps({**_as_json(signed.edition), "signer": signed.signer_name, "key_id": signed.key_id},
                         ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"签名有效：{signed.signer_name or '（未署名）'}，密钥指纹 {signed.key_id}")
    print("\n".join(describe(signed.edition)))
    return EXIT_OK


def cmd_keygen(args: argparse.Namespace, passphrase: PassphraseReader) -> int:
    from ..policy.signed import generate_city_key

    key = generate_city_key(Path(args.out), passphrase(args, "为市级签名密钥设置密码", new=True))
    print(f"已创建市级签名密钥 {args.out}，指纹 {key.key_id}。")
    print("请把指纹写进下发政策版本文件的来函，区县第一次导入时要核对它；密钥文件和密码请分开妥善保管。")
    return EXIT_OK


def cmd_sign(args: argparse.Namespace, passphrase: PassphraseReader) -> int:
    from ..errors import UserError
    from ..fileio import write_bytes_atomic
    from ..policy.signed import SUFFIX, load_city_key, sign_edition

    key = load_city_key(Path(args.key))
    try:
        text = Path(args.edition).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"无法读取政策版本文件 {args.edition}：{exc}") from exc
    data = sign_edition(text, key, passphrase(args, "市级签名密钥的密码"), args.name)
    out = Path(args.out) if args.out else Path(args.edition).with_suffix(SUFFIX)
    write_bytes_atomic(out, data)
    print(f"已签名：{out}（密钥指纹 {key.key_id}）")
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser], secret: argparse.ArgumentParser,
                 passphrase: PassphraseReader) -> None:
    policy = sub.add_parser("policy", help="政策版本：目标、任务数和口径的来源（按评估期选用）；市级签发新版本")
    psub = policy.add_subparsers(dest="policy_command", required=True)
    p = psub.add_parser("list", help="列出本软件附带的政策版本及每个数字的来源和可信度")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = psub.add_parser("show", help="核验并显示一个签名的政策版本文件（.zgszpolicy）")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = psub.add_parser("keygen", parents=[secret], help="（市工信局）创建签发政策版本用的密钥")
    p.add_argument("out", metavar="KEYFILE")
    p.set_defaults(func=lambda args: cmd_keygen(args, passphrase))
    p = psub.add_parser("sign", parents=[secret],
                        help="（市工信局）签名一个政策版本文件（格式见 docs/policy-editions.md）")
    p.add_argument("edition", metavar="EDITION.yaml")
    p.add_argument("--key", required=True, metavar="KEYFILE")
    p.add_argument("--name", required=True, help="签发单位名称，如 南通市工业和信息化局")
    p.add_argument("--out", metavar="FILE")
    p.set_defaults(func=lambda args: cmd_sign(args, passphrase))
