"""The report package: export a submission, verify a package."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import UserError
from .common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    Parents,
    SubParsers,
    emit_json,
    open_workspace,
    printable,
    read_passphrase,
)


def cmd_export(args: argparse.Namespace) -> int:
    from ..keys import load_recipient
    from ..package.export import check_exportable, ensure_signing_key, export_submission
    from ..workspace.evidence_rules import megabytes

    recipient = load_recipient(Path(args.recipient))
    with open_workspace(args) as workspace:
        check_exportable(workspace, args.period, recipient)  # before a key is created for nothing
        if workspace.signing_key() is None:
            print("首次导出：将创建企业签名密钥（保存在工作区中，由密码保护）。", file=sys.stderr)
            passphrase = read_passphrase(args, "设置企业签名密钥密码（至少8个字符，请牢记）", new=True)
            ensure_signing_key(workspace, passphrase)
        else:
            passphrase = read_passphrase(args, "企业签名密钥密码")
        result = export_submission(workspace, args.period, recipient, passphrase,
                                   Path(args.out) if args.out else None, pdf=not args.no_pdf)
    evidence = (f"、{result.evidence_count} 个佐证材料文件（{megabytes(result.evidence_bytes)}）"
                if result.evidence_count else "，无佐证材料")
    print(f"报告包：{result.package_path}（{result.period}第 {result.sequence} 次报送，{result.size // 1024} KB，"
          f"含 {len(result.questionnaires)} 份问卷{evidence}）")
    if result.pdf_path:
        print(f"报告PDF（打印、签字盖章）：{result.pdf_path}")
    print(f"企业密钥指纹：{result.key_id}")
    print(f"核验码：{result.verification_code}（印在 PDF 签字页；区县凭它核对纸质报告与报告包）")
    print("下一步：打印 PDF 并签字盖章，与报告包一并交给所属区县工信部门。")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from ..keys import load_district_key
    from ..package.format import PackageRejected
    from ..package.verify import read_package_file, verify_bytes

    try:
        district = load_district_key(Path(args.district_key)) if args.district_key else None
        private = district.private_key(read_passphrase(args, "区县密钥密码")) if district else None
    except UserError as exc:
        # The package was not judged: a distinct exit code, so batch tools do not count it as rejected.
        if args.json:
            emit_json({"ok": None, "reason": "cannot_check", "message_zh": str(exc),
                        "message_en": "the district key or passphrase could not be used"})
        else:
            print(f"错误：{exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        data = read_package_file(Path(args.package))
        verified = verify_bytes(data, district.recipient.key_id if district else None, private,
                                district_name=district.recipient.district if district else None,
                                expected_key=args.expect_key)
    except PackageRejected as exc:
        if args.json:
            emit_json({"ok": False, "reason": exc.reason, "message_zh": exc.zh, "message_en": exc.en,
                        "detail": exc.detail})
        else:
            detail = f"：{printable(exc.detail)}" if exc.detail else ""
            print(f"拒绝 / REJECTED [{exc.reason}]\n  {exc.zh}{detail}\n  {exc.en}")
        return EXIT_REFUSED
    manifest = verified.manifest
    key_checked = args.expect_key is not None
    if args.json:
        emit_json({"ok": True, "reason": None, "package_id": verified.package_id,
                    "format_version": verified.format_version, "period": manifest["period"],
                    "questionnaires": verified.questionnaires,
                    "signer_key_id": verified.signer_key_id, "signer_key_checked": key_checked,
                    "verification_code": manifest["verification_code"],
                    "decrypted": verified.payload is not None, "rescored": verified.payload is not None,
                    "evidence": [{"questionnaire_id": item.questionnaire, "question_id": item.question,
                                  "file_name": item.file_name, "media_type": item.media_type, "size": item.size,
                                  "sha256": item.sha256} for item in verified.evidence],
                    "manifest": manifest})
        return EXIT_OK
    e = {k: printable(v) for k, v in manifest["enterprise"].items()}
    questionnaires = "、".join(f"{printable(q['id'])}@{printable(q['version'])}" for q in verified.questionnaires)
    print(f"通过 / OK：{e['name']}（{e['uscc']}，{e['district']}）{printable(manifest['period'])} {questionnaires}")
    replaces = "、".join(verified.supersedes)
    print(f"  报告包 {verified.package_id}（第 {verified.format_version} 版格式），第 {manifest['sequence']} 次报送"
          f"{'，替代 ' + replaces if replaces else ''}")
    print(f"  企业密钥指纹 {verified.signer_key_id}，核验码 {manifest['verification_code']}")
    if key_checked:
        print("  签名密钥与预期的指纹一致。")
    else:
        print("  注意：未核对签名密钥是否属于该企业——请与盖章纸质报告上的指纹核对（--expect-key），"
              "或由区县工作台按统一社会信用代码登记核对。")
    if verified.payload is not None:
        print("  已解密，全部内容校验一致，重新计分与报送结果一致。")
    else:
        print("  签名与加密数据完整；未提供区县密钥，未解密内容。")
    evidence = verified.evidence
    if evidence:
        opened = "已解密并逐个核对大小、SHA-256 与类型" if verified.payload is not None else "未解密"
        print(f"  佐证材料 {len(evidence)} 个（{opened}）：")
        for item in evidence:
            print(f"    {printable(item.question)}：{printable(item.file_name)}，{item.size:,} 字节，"
                  f"SHA-256 {item.sha256[:16]}…")
    return EXIT_OK


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    """The `zgsz` commands of this module."""
    p = sub.add_parser("export", parents=[parents.workspace, parents.secret],
                        help="把一个评估期的报送导出为签名、加密的报告包（及PDF）")
    p.add_argument("--period", required=True, metavar="PERIOD", help="评估期，如 2025年度")
    p.add_argument("--recipient", required=True, metavar="FILE",
                   help="区县文件（.zgszkey）：所属区县工信部门提供，只有他们能打开报告包")
    p.add_argument("--out", metavar="PKG", help="报告包文件（.zgsz）")
    p.add_argument("--no-pdf", action="store_true", help="不另外写出 PDF")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("verify", parents=[parents.secret],
                        help="核验报告包（提供区县密钥时解密并重新计分）")
    p.add_argument("package", metavar="PKG")
    p.add_argument("--district-key", metavar="KEYFILE", help="区县密钥文件（.zgszdistrict）")
    p.add_argument("--expect-key", metavar="FINGERPRINT", help="预期的企业密钥指纹（盖章纸质报告上印的）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)
