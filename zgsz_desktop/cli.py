"""``zgsz`` — the command line over the same core the desktop app uses.

The commands live in ``zgsz_desktop/commands/`` (one module per group) and in the packages they drive
(``district/commands.py``, ``policy/commands.py``); this module assembles the parser and turns every
refusal into one sentence and an exit code.

Exit codes: 0 success; 1 the input was refused (the message says why); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .commands.common import EXIT_INTERRUPTED, EXIT_OK, EXIT_REFUSED, EXIT_USAGE, make_parents, read_passphrase
from .errors import UserError

__all__ = ["EXIT_INTERRUPTED", "EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    from .commands import (
        attachments,
        benchmark,
        city,
        district_receipts,
        handoff,
        keys,
        ledger,
        package,
        receipt,
        scoring,
        workspace,
    )
    from .commands.district import add_commands as add_district_commands
    from .commands.policy import add_commands as add_policy_commands

    parser = argparse.ArgumentParser(prog="zgsz", description="智改数转企业自评估（命令行）")
    parser.add_argument("--version", action="version", version=f"zgsz {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    parents = make_parents()
    scoring.add_parsers(sub, parents)
    workspace.add_parsers(sub, parents)
    district = keys.add_parsers(sub, parents)
    add_district_commands(district, parents.secret, read_passphrase)
    city.add_district_parsers(district, parents)
    district_receipts.add_district_parsers(district, parents)
    add_policy_commands(sub, parents.secret, read_passphrase)
    package.add_parsers(sub, parents)
    ledger.add_parser(sub, [parents.workspace])
    handoff.add_parser(sub, [parents.workspace])
    attachments.add_parser(sub, parents)
    city.add_parsers(sub, parents)
    benchmark.add_parsers(sub, parents)
    receipt.add_parsers(sub, parents)
    return parser


def _make_output_safe() -> None:
    # A Windows console in GBK cannot print every character; never crash on output.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the district import's worker processes, in the frozen app
    _make_output_safe()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        # Ctrl-C: a clean line, not a traceback. Every write is transactional (what was committed stays,
        # the rest was rolled back), and an unlocked key lived only in this process's memory.
        print("\n已中断（Ctrl-C）。已完成的操作已保存，未完成的没有留下任何改动。", file=sys.stderr)
        return EXIT_INTERRUPTED
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    except sqlite3.Error as exc:
        # not met through storage.transaction (which says it already): name what happened, never guess 已损坏
        from .sqlite_problems import describe
        from .workspace.location import resolve_workspace_dir

        district = getattr(args, "db", None)
        where = Path(district) if district else \
            resolve_workspace_dir(getattr(args, "workspace", None)) / "workspace.sqlite"
        print(f"错误：{describe(exc, where, 'district' if district else 'workspace')}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        from .errors import describe_os_error

        print(f"错误：{describe_os_error(exc)}", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
