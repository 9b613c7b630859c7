"""What every command module shares: exit codes, JSON output, opening the workspace, the passphrase."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from ..errors import UserError

if TYPE_CHECKING:
    from ..workspace import Workspace

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell convention for SIGINT

# what ``ArgumentParser.add_subparsers()`` returns, each command module adds its commands to it (a string: the
# class is generic only in typeshed, not at run time)
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


@dataclass(frozen=True)
class Parents:
    """Argument groups several commands share (argparse ``parents=``)."""

    workspace: argparse.ArgumentParser  # --workspace
    secret: argparse.ArgumentParser  # --passphrase-env / --passphrase-file


def make_parents() -> Parents:
    ws = argparse.ArgumentParser(add_help=False)
    ws.add_argument("--workspace", metavar="PATH",
                    help="工作区文件夹（默认：环境变量 ZGSZ_WORKSPACE，或用户数据目录）")
    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument("--passphrase-env", metavar="VAR", help="从环境变量读取密码（批量处理用）")
    secret.add_argument("--passphrase-file", metavar="FILE", help="从文件第一行读取密码（批量处理用）")
    return Parents(ws, secret)


def emit_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def open_workspace(args: argparse.Namespace, *, create: bool = False) -> Workspace:
    from ..workspace import Workspace, resolve_workspace_dir

    return Workspace.open(resolve_workspace_dir(args.workspace), create=create)


def read_passphrase(args: argparse.Namespace, prompt: str, *, new: bool = False) -> str:
    """From --passphrase-env VAR, --passphrase-file FILE, or a prompt on the terminal (twice when new)."""
    import getpass
    import os

    if getattr(args, "passphrase_env", None):
        value = os.environ.get(args.passphrase_env)
        if value is None:
            raise UserError(f"环境变量 {args.passphrase_env} 未设置")
        return value
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8-sig")  # Notepad adds a BOM
            return text.splitlines()[0] if text else ""
        except OSError as exc:
            raise UserError(f"无法读取密码文件 {args.passphrase_file}（{exc.strerror}）") from exc
    if not sys.stdin.isatty():
        raise UserError("需要密码：请在终端中运行，或用 --passphrase-env 变量名 / --passphrase-file 文件 提供")
    first = getpass.getpass(f"{prompt}：")
    if new:
        if getpass.getpass("再输入一次：") != first:
            raise UserError("两次输入的密码不一致")
    return first


def printable(text: object) -> str:
    """Text from a package, safe to print: control characters (line breaks, terminal escapes) removed."""
    return "".join(ch if ch.isprintable() else "�" for ch in str(text))
