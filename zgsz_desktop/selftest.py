"""The installed app's self-test: does this copy have everything it needs and does each part work?

Run by ``zgsz self-test`` and ``zgsz-desktop --self-test`` (which adds opening the main window offscreen), and by
``build_installer.py --smoke`` against a built bundle — a missing data file or a library left out of a frozen
build shows up here, on the build machine, rather than on a manager's PC.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    seconds: float
    detail: str


Check = tuple[str, Callable[[Path], str]]


def _definitions(_: Path) -> str:
    from .questionnaire import roles
    from .questionnaire.loader import shipped_questionnaires

    found = shipped_questionnaires()
    ids = {q.id for q in found}
    missing = {roles.questionnaire_with_role(role) for role in sorted(roles.QUESTIONNAIRE_ROLES)} - ids
    if missing:
        raise RuntimeError(f"缺少问卷定义：{'、'.join(sorted(missing))}")
    return "、".join(f"{q.id}@{q.version}" for q in found)


def _fonts(_: Path) -> str:
    from .report.fonts import font_path, register_pdf_fonts

    font = font_path()
    register_pdf_fonts()  # reportlab parses the file: a truncated or wrong font fails here
    licences = [p.name for p in font.parent.iterdir() if any(w in p.name.lower() for w in ("licen", "copyright"))]
    if not licences:
        raise RuntimeError(f"字体 {font.name} 旁没有许可证文件")
    return f"{font.name}（{font.stat().st_size // 1024} KB）"


def _scores(work: Path) -> str:
    from .demo import write_demo

    outputs = write_demo(work)
    return "；".join(f"{o.questionnaire_id} 完成度 {o.report.completion * 100:.0f}%" for o in outputs)


def _report_and_package(work: Path) -> str:
    from .demo import write_demo, write_demo_package

    package = write_demo_package(work, write_demo(work))  # renders the PDF, builds the package, verifies it
    pdf = package.report.read_bytes()
    if not pdf.startswith(b"%PDF") or len(pdf) < 10_000:
        raise RuntimeError("示例报告 PDF 不完整")
    return f"报告 {len(pdf) // 1024} KB，报告包 {package.package.stat().st_size // 1024} KB，已解密、验签并重新计分"


def _district_import(work: Path) -> str:
    """A small demo district imported with worker processes: in the frozen app this proves the worker
    processes start (multiprocessing.freeze_support in the launcher), not a second copy of the app."""
    from .demo_district import DEMO_DISTRICT_PASSPHRASE, write_district_demo
    from .district.dashboard import build_dashboard
    from .district.db import open_db
    from .district.identity import DistrictIdentity
    from .district.importer import PARALLEL_FROM, import_packages
    from .keys import load_district_key

    demo = write_district_demo(work / "district", PARALLEL_FROM // 2 + 1, light_reports=True, workers=1)
    identity = DistrictIdentity.from_key(load_district_key(demo.district_key), DEMO_DISTRICT_PASSPHRASE)
    db = open_db(work / "district.zgszdb")
    summary = import_packages(db, [demo.out_dir / "packages"], identity, workers=2)
    if summary.counts.get("new") != len(demo.packages):
        raise RuntimeError(f"导入结果异常：{dict(summary.counts)}")
    board = build_dashboard(db, 2024, verify_log=True)
    if not board.log_ok or board.submitted != demo.enterprises:
        raise RuntimeError("区县汇总与导入不符")
    return f"{len(demo.packages)} 个报告包经 2 个进程核验入库，汇总 {board.submitted} 家企业"


def _receipt(_: Path) -> str:
    """A receipt written and opened with fresh keys: proves libsodium (PyNaCl: the enterprise key's receipt form),
    HPKE and the DSSE envelope load in this build."""
    from .keys import DistrictKey, SigningKey
    from .package.receipt import Decision, Reason, ToIssue, build_receipt_file, open_item, read_receipt_file

    passphrase = "self-test-passphrase"
    district = DistrictKey.generate("海安市", passphrase).unlock(passphrase)
    enterprise = SigningKey.generate(passphrase)
    decision = Decision("returned", (Reason("", "", "自检", "自检理由"),), clerk="自检")
    data = build_receipt_file(district, {"uscc": "91320685MA1R8K2X5W", "name": "自检"},
                              [ToIssue("00000000-0000-4000-8000-000000000000", "0" * 64, "2024年度", 1,
                                       enterprise.public_raw, decision)], "2025-01-01T00:00:00+00:00")
    receipt = read_receipt_file(data, lambda key_id: district.recipient if key_id == district.recipient.key_id
                                else None)
    opened = open_item(receipt, receipt.items[0], enterprise.private_key(passphrase), district.recipient)
    if opened.decision is None or opened.decision.reasons[0].reason != "自检理由":
        raise RuntimeError("回执内容与写入的不符")
    return f"回执 {len(data)} 字节，已验签、核对区县密钥并解密"


CORE_CHECKS: tuple[Check, ...] = (
    ("问卷定义", _definitions),
    ("中文字体", _fonts),
    ("示例答案计分", _scores),
    ("报告与报告包", _report_and_package),
    ("区县导入与汇总", _district_import),
    ("回执（签名与加密）", _receipt),
)


def run_checks(checks: Iterable[Check], on_result: Callable[[CheckResult], None] | None = None) -> list[CheckResult]:
    """Run every check in a scratch folder; one failing check does not stop the others."""
    results = []
    with tempfile.TemporaryDirectory(prefix="zgsz-selftest-") as scratch:
        for index, (name, check) in enumerate(checks):
            work = Path(scratch) / str(index)
            work.mkdir()
            started = time.perf_counter()
            try:
                detail, ok = check(work), True
            except Exception as exc:  # any failure, whatever it is, is what the self-test must report
                detail, ok = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}", False
            result = CheckResult(name, ok, time.perf_counter() - started, detail)
            results.append(result)
            if on_result:
                on_result(result)
    return results


def format_result(result: CheckResult) -> str:
    mark = "通过" if result.ok else "失败"
    return f"[{mark}] {result.name}（{result.seconds:.2f} 秒）：{result.detail}"


def self_test(extra: Iterable[Check] = (), *, echo: Callable[[str], None] = print) -> int:
    """Run the core checks (and ``extra``), print one line each; exit code 0 only if all passed."""
    from . import __version__
    from .errors import UserError
    from .locate import data_root

    try:
        root = data_root()
    except UserError as exc:
        echo(f"自检失败：{exc}")
        return 1
    echo(f"智改数转企业自评估 {__version__} 自检；数据目录：{root.path}（{root.layout}）")
    results = run_checks([*CORE_CHECKS, *extra], lambda r: echo(format_result(r)))
    failed = [r.name for r in results if not r.ok]
    echo("自检通过。" if not failed else f"自检失败：{'、'.join(failed)}。")
    return 0 if not failed else 1
