"""Keys: the enterprise's signing key and the district's key pair."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import UserError
from .common import EXIT_OK, Parents, SubParsers, open_workspace, read_passphrase


def cmd_keys_init(args: argparse.Namespace) -> int:
    from ..package.export import ensure_signing_key

    with open_workspace(args) as workspace:
        existing = workspace.signing_key()
        if existing is not None:
            print(f"已有企业签名密钥，指纹：{existing.key_id}")
            return EXIT_OK
        secret = read_passphrase(args, "设置企业签名密钥密码（至少8个字符，请牢记）", new=True)
        key = ensure_signing_key(workspace, secret)
    print(f"已创建企业签名密钥，指纹：{key.key_id}")
    return EXIT_OK


def cmd_keys_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        key = workspace.signing_key()
    if key is None:
        print("尚未创建企业签名密钥（首次导出报告包时创建，或运行 zgsz keys init）")
        return EXIT_OK
    print(f"企业签名密钥指纹：{key.key_id}（创建于 {key.created_at}）")
    return EXIT_OK


def cmd_keys_export_public(args: argparse.Namespace) -> int:
    from ..fileio import write_json_atomic
    from ..keys import b64

    with open_workspace(args) as workspace:
        key, profile = workspace.signing_key(), workspace.profile()
    if key is None:
        raise UserError("尚未创建企业签名密钥")
    data = {"format": "zgsz-enterprise-key/1", "key_id": key.key_id, "public_key": b64(key.public_raw),
            "created": key.created_at, "enterprise": {"name": profile.name, "uscc": profile.uscc} if profile else None}
    write_json_atomic(Path(args.out), data)
    print(args.out)
    return EXIT_OK


def cmd_keys_backup(args: argparse.Namespace) -> int:
    from ..fileio import write_json_atomic

    with open_workspace(args) as workspace:
        key = workspace.signing_key()
    if key is None:
        raise UserError("尚未创建企业签名密钥，无需备份")
    write_json_atomic(Path(args.out), key.to_json())
    print(f"{args.out}（密钥仍由密码保护；恢复时需要原密码）")
    return EXIT_OK


def cmd_keys_restore(args: argparse.Namespace) -> int:
    from ..keys import SigningKey, read_key_file

    key = SigningKey.from_json(read_key_file(Path(args.backup_file), "密钥备份文件"))
    key.private_key(read_passphrase(args, "密钥备份的密码"))  # prove the passphrase before storing anything
    with open_workspace(args, create=True) as workspace:
        workspace.store_signing_key(key, replace=args.replace)
    print(f"已恢复企业签名密钥，指纹：{key.key_id}")
    return EXIT_OK


def cmd_district_init(args: argparse.Namespace) -> int:
    from ..fileio import write_json_atomic
    from ..keys import DISTRICT_KEY_SUFFIX, RECIPIENT_SUFFIX, DistrictKey

    out = Path(args.out)
    if out.suffix != RECIPIENT_SUFFIX:
        out = out.with_name(out.name + RECIPIENT_SUFFIX)
    key_path = Path(args.key_out) if args.key_out else out.with_suffix(DISTRICT_KEY_SUFFIX)
    if key_path.exists():
        raise UserError(f"{key_path} 已存在，为防止覆盖区县密钥，请换一个文件名")
    passphrase = read_passphrase(args, "设置区县密钥密码（至少8个字符，请牢记并妥善保管）", new=True)
    key = DistrictKey.generate(args.name, passphrase)
    write_json_atomic(key_path, key.to_json())
    write_json_atomic(out, key.recipient.to_json())
    print(f"区县密钥（私钥，务必备份并保密）：{key_path}")
    print(f"区县文件（发给企业）：{out}")
    print(f"密钥编号：{key.recipient.key_id}（请随区县文件一并公布，供企业核对）")
    print(f"签名密钥指纹：{key.recipient.signing_key_id}（回执、对标文件和区县汇总包用它签名；市工信局和企业据此核对）")
    return EXIT_OK


def cmd_district_show(args: argparse.Namespace) -> int:
    from ..keys import load_district_key, load_recipient

    path = Path(args.key_file)
    if path.suffix == ".zgszdistrict":
        recipient = load_district_key(path).recipient
    else:
        recipient = load_recipient(path)
    signing = f"  签名密钥指纹 {recipient.signing_key_id}" if recipient.signing_key_id else \
        "  （旧版区县文件，没有签名公钥：可用 zgsz district recipient 重新写出）"
    print(f"{recipient.district}  密钥编号 {recipient.key_id}{signing}  创建于 {recipient.created}")
    return EXIT_OK


def add_parsers(sub: SubParsers, parents: Parents) -> SubParsers:
    """The `zgsz keys …` commands and `zgsz district init/show`; returns the `district` subparsers, which
    district/commands.py fills with the rest."""
    keys = sub.add_parser("keys", help="企业签名密钥：创建、查看、导出公钥、备份、恢复")
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = ksub.add_parser("init", parents=[parents.workspace, parents.secret],
                        help="创建企业签名密钥（由密码保护，保存在工作区中）")
    p.set_defaults(func=cmd_keys_init)
    p = ksub.add_parser("show", parents=[parents.workspace],
                        help="显示密钥指纹")
    p.set_defaults(func=cmd_keys_show)
    p = ksub.add_parser("export-public", parents=[parents.workspace],
                        help="导出企业公钥文件（供区县预先登记）")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_keys_export_public)
    p = ksub.add_parser("backup", parents=[parents.workspace],
                        help="备份企业签名密钥（仍由密码保护）")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_keys_backup)
    p = ksub.add_parser("restore", parents=[parents.workspace, parents.secret],
                        help="从备份恢复企业签名密钥")
    p.add_argument("backup_file", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="替换工作区中现有的另一把密钥")
    p.set_defaults(func=cmd_keys_restore)

    district = sub.add_parser("district", help="区县工信部门：密钥对、导入报告包、汇总与导出")
    dsub = district.add_subparsers(dest="district_command", metavar="ACTION", required=True)
    p = dsub.add_parser("init", parents=[parents.secret],
                        help="创建区县密钥对，写出区县文件（发给企业）")
    p.add_argument("--name", required=True, help="区县名称，如 海安市")
    p.add_argument("--out", required=True, metavar="RECIPIENT", help="区县文件（.zgszkey）")
    p.add_argument("--key-out", metavar="FILE", help="区县私钥文件（默认与区县文件同名，扩展名 .zgszdistrict）")
    p.set_defaults(func=cmd_district_init)
    p = dsub.add_parser("show", help="显示区县文件或区县密钥文件的地区与密钥编号")
    p.add_argument("key_file", metavar="FILE")
    p.set_defaults(func=cmd_district_show)
    return dsub
