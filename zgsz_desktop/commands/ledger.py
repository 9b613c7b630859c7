"""``zgsz ledger preview|apply``: the ledger import from the command line.

``add_parser(sub, parents)`` adds the ``ledger`` command to cli.py's sub-parsers; ``parents`` are the shared
option parsers (the one with ``--workspace``). Errors a user can fix are raised as ``UserError`` for cli.main to
print (exit code 1); the handlers return cli's exit codes.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

from ..errors import UserError
from ..jsontypes import JSONValue
from ..ledger.counting import COUNTED, LEFT_OUT, LedgerCount, count, default_classification, non_production_reason
from ..ledger.header import FIELD_LABELS, FIELDS, Header, normalise
from ..ledger.service import (
    LedgerPreview,
    ReplaceNeeded,
    core_assessment,
    file_sha256,
    fill_key_processes,
    inspect,
    read,
    remember,
    remembered_classification,
    remembered_layouts,
)
from ..messages import say
from .common import SubParsers

if TYPE_CHECKING:
    from ..workspace import Workspace

EXIT_OK = 0
EXIT_REFUSED = 1


def add_parser(sub: SubParsers, parents: Sequence[argparse.ArgumentParser] = ()) -> argparse.ArgumentParser:
    ledger = sub.add_parser("ledger", help="设备台账导入：按台账统计各关键工序的设备总数和数控化设备数")
    lsub = ledger.add_subparsers(dest="ledger_command", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("file", metavar="FILE", help="设备台账（.xlsx、.csv 或 .txt；UTF-8 或 GBK）")
    common.add_argument("--sheet", help="工作表名称（默认：最像设备台账的一张）")
    common.add_argument("--header-row", type=int, metavar="N", help="表头所在的行号（默认自动查找）")
    common.add_argument("--map", action="append", default=[], metavar="字段=列",
                        help="指定某字段所在的列（列名或列字母），如 --map 数量=台数 --map 工序=D；"
                             "字段：设备名称 规格型号 数量 工序 是否数控 是否联网 购置年份 使用状态；列写“无”表示不用")
    common.add_argument("--process", action="append", default=[], metavar="车间=工序",
                        help="把台账中的某个工序/车间值归入某道关键工序，如 --process 一车间=数控车削")
    common.add_argument("--exclude", action="append", default=[], metavar="车间",
                        help="不计入关键工序的工序/车间值（可多次给出）；办公室、仓库、食堂、动力车间等非生产场所"
                             "默认不计入，要计入时用 --process 仓库=仓储")
    common.add_argument("--exclude-row", action="append", default=[], type=int, metavar="行号",
                        help="不计入台账的某一行（按工作表中的行号，可多次给出），如数量为空、按 1 台计的非设备行")
    p = lsub.add_parser("preview", parents=[*parents, common],
                        help="预览：找到的表头、列的对应、各关键工序的设备数，以及每行计入或未计入的原因")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（含每一行的结果）")
    p.set_defaults(func=cmd_ledger_preview)
    p = lsub.add_parser("apply", parents=[*parents, common],
                        help="把台账统计结果填入该评估期的关键工序表，并记住列的对应和工序归类")
    p.add_argument("--period", required=True, help="评估期，如 2025年度")
    p.add_argument("--replace", action="store_true", help="关键工序表已有内容时替换（否则只显示新旧对比）")
    p.set_defaults(func=cmd_ledger_apply)
    return ledger


_FIELD_NAMES = {**{label: name for name, label in FIELD_LABELS.items()}, **{name: name for name in FIELDS},
                "名称": "name", "型号": "model", "工序": "process", "车间": "process", "数控": "numeric_control",
                "联网": "networked", "状态": "status", "购置日期": "purchase_year", "台数": "quantity"}


def _column_index(header: Header, text: str) -> int | None:
    wanted = normalise(text)
    for index, label in enumerate(header.labels):
        if label and normalise(label) == wanted:
            return index
    if text.isascii() and text.isalpha() and len(text) <= 3:  # an Excel column letter
        index = 0
        for ch in text.upper():
            index = index * 26 + ord(ch) - 64
        return index - 1
    return None


def mapping_from_args(preview: LedgerPreview, pairs: Sequence[str]) -> dict[str, int]:
    """The guessed (or remembered) mapping with the user's ``字段=列`` overrides."""
    mapping = dict(preview.mapping)
    if not pairs:
        return mapping
    if preview.header is None:
        raise UserError(say("没有找到表头，请用 --header-row 指定表头所在的行"))
    for pair in pairs:
        field_text, sep, column_text = pair.partition("=")
        field = _FIELD_NAMES.get(field_text.strip())
        if not sep or field is None:
            raise UserError(say("--map {pair} 无法识别，应写成 字段=列，如 数量=台数", pair=pair))
        column_text = column_text.strip()
        if column_text in ("", "无", "none", "-"):
            mapping.pop(field, None)
            continue
        column = _column_index(preview.header, column_text)
        if column is None:
            raise UserError(say("表头中没有名为“{column}”的列，可选：{columns}", column=column_text,
                                columns="、".join(label for label in preview.header.labels if label)))
        mapping = {k: v for k, v in mapping.items() if v != column}
        mapping[field] = column
    return mapping


def _classification(names: Sequence[str], remembered: dict[str, str | None], args: argparse.Namespace
                    ) -> dict[str, str | None]:
    classification = default_classification(names, remembered)
    for pair in args.process:
        source, sep, target = pair.partition("=")
        if not sep or not source.strip():
            raise UserError(say("--process {pair} 无法识别，应写成 车间=工序，如 一车间=数控车削", pair=pair))
        classification[source.strip()] = target.strip() or None
    for source in args.exclude:
        classification[source.strip()] = None
    return classification


def _default_exclusions(names: Sequence[str], remembered: Mapping[str, str | None], args: argparse.Namespace,
                        classification: Mapping[str, str | None]) -> dict[str, str]:
    """The 工序/车间 values left out only because they name a non-production place (not the user's choice)."""
    chosen = {pair.partition("=")[0].strip() for pair in args.process} | {s.strip() for s in args.exclude}
    found: dict[str, str] = {}
    for name in names:
        reason = non_production_reason(name)
        if reason is not None and name not in remembered and name not in chosen and not classification.get(name):
            found[name] = reason
    return found


def _run(args: argparse.Namespace, workspace: Workspace | None
         ) -> tuple[LedgerPreview, dict[str, int], dict[str, str | None], LedgerCount, dict[str, str]]:
    """Inspect, read and count as the arguments say; the last item is :func:`_default_exclusions`."""
    layouts = remembered_layouts(workspace) if workspace is not None else {}
    preview = inspect(Path(args.file), args.sheet, remembered=layouts, header_row=args.header_row)
    if preview.header is None:
        raise UserError(say("在工作表“{sheet}”的前几十行中没有找到表头（含“设备名称”“数量”“车间”等的行），"
                            "请用 --header-row 指定表头所在的行", sheet=preview.sheet))
    mapping = mapping_from_args(preview, args.map)
    records = read(preview, mapping)
    known = remembered_classification(workspace) if workspace is not None else {}
    names = [name for name, _, _ in records.processes()]
    classification = _classification(names, known, args)
    result = count(records, classification, excluded_rows=args.exclude_row)
    return preview, mapping, classification, result, _default_exclusions(names, known, args, classification)


def _as_json(preview: LedgerPreview, mapping: dict[str, int], classification: dict[str, str | None],
             result: LedgerCount) -> dict[str, JSONValue]:
    header = preview.header
    return {
        "file": str(preview.ledger.path), "sheet": preview.sheet, "sheets": preview.ledger.sheets,
        "encoding": preview.ledger.encoding or None, "header_rows": header.rows if header else [],
        "columns": header.labels if header else [],
        "mapping": {name: header.labels[col] or header.column_name(col) for name, col in mapping.items()}
        if header else {},
        "mapping_remembered": preview.remembered, "classification": classification,
        "unmapped_columns": result.unmapped_columns,
        "key_processes": result.table_rows(), "problems": [str(p) for p in result.problems],
        "nc_inferred": result.nc_inferred,
        "in_use": {"equipment": result.in_use_total, "nc": result.in_use_nc, "networked": result.in_use_networked},
        "rows": [{"row": e.row, "row_end": e.row_end or None, "status": e.status, "name": e.name, "model": e.model,
                  "process": e.process, "key_process": e.key_process or None, "quantity": e.quantity, "nc": e.nc,
                  "inferred": e.inferred, "quantity_assumed": e.quantity_assumed, "reason": str(e.reason) or None}
                 for e in result.entries],
    }


def _print_summary(preview: LedgerPreview, mapping: dict[str, int], result: LedgerCount,
                   default_excluded: Mapping[str, str]) -> None:
    header = preview.header
    assert header is not None
    rows = "、".join(str(n) for n in header.rows)
    print(f"文件：{preview.ledger.path.name}  工作表：{preview.sheet}  表头：第{rows}行"
          + (f"  编码：{preview.ledger.encoding}" if preview.ledger.encoding else ""))
    remembered = "（上次的对应）" if preview.remembered else ""
    print("列的对应" + remembered + "：" + "；".join(
        f"{FIELD_LABELS[name]} ← {header.column_name(col)}" for name, col in sorted(
            mapping.items(), key=lambda item: FIELDS.index(item[0]))))
    print("关键工序：")
    for process in result.processes:
        print(f"  {process.name}：设备 {process.equipment_total} 台（套），其中数控化 {process.nc_equipment}"
              f"（{process.rows} 行）")
    print(f"  合计：设备 {result.equipment_total}，其中数控化 {result.nc_equipment}")
    if result.nc_inferred and result.unmapped_columns:
        # The column may be there under a name we do not know: never say it is missing.
        print("注意：没有识别出“是否数控”列，数控化设备暂按设备名称和型号推断（数控、CNC、加工中心、机器人、PLC 等）。"
              "台账中未对应的列：" + "、".join(result.unmapped_columns)
              + "；如其中一列写的是是否数控，请用 --map 是否数控=列名 指定。")
    elif result.nc_inferred:
        print("注意：台账中没有“是否数控”列，数控化设备按设备名称和型号推断"
              "（数控、CNC、加工中心、机器人、PLC 等），请核对。")
    if result.quantity_assumed_rows:
        blank = [str(e.row) for e in result.entries if e.status == COUNTED and e.quantity_assumed]
        shown = "、".join(blank[:20]) + ("等" if len(blank) > 20 else "")
        print(f"注意：{len(blank)} 行的数量为空，每行按 1 台（套）计（第 {shown} 行）；"
              "不是一台设备的行可用 --exclude-row 行号 不计入。")
    if default_excluded:
        print("默认不计入（非生产场所）：" + "、".join(default_excluded)
              + "；确属关键工序的用 --process 名称=工序名 计入。")
    left = Counter(str(e.reason) for e in result.entries if e.status == LEFT_OUT)
    counted = sum(1 for e in result.entries if e.status == COUNTED)
    print(f"计入 {counted} 行；未计入 {result.left_out_rows} 行" + ("：" if left else ""))
    for reason, times in left.most_common(12):
        print(f"  {reason}：{times} 处")
    for problem in result.problems:
        print(f"问题：{problem}")


@overload
def _open_workspace(args: argparse.Namespace, *, required: Literal[True]) -> Workspace: ...


@overload
def _open_workspace(args: argparse.Namespace, *, required: bool) -> Workspace | None: ...


def _open_workspace(args: argparse.Namespace, *, required: bool) -> Workspace | None:
    """The workspace of ``--workspace`` (or the default one); None when there is none and it is not required."""
    from ..workspace import Workspace, resolve_workspace_dir

    directory = resolve_workspace_dir(getattr(args, "workspace", None))
    if not (directory / "workspace.sqlite").exists():
        if required:
            raise UserError(say("{directory} 中没有工作区，请先初始化（zgsz workspace init）",
                                directory=str(directory)))
        return None
    return Workspace.open(directory, create=False)


def cmd_ledger_preview(args: argparse.Namespace) -> int:
    workspace = _open_workspace(args, required=False) if getattr(args, "workspace", None) else None
    try:
        preview, mapping, classification, result, default_excluded = _run(args, workspace)
    finally:
        if workspace is not None:
            workspace.close()
    if args.json:
        data = _as_json(preview, mapping, classification, result)
        data["default_excluded"] = {name: str(reason) for name, reason in default_excluded.items()}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_summary(preview, mapping, result, default_excluded)
    return EXIT_OK if not result.problems else EXIT_REFUSED


def cmd_ledger_apply(args: argparse.Namespace) -> int:
    with _open_workspace(args, required=True) as workspace:
        assessment = core_assessment(workspace, args.period)
        preview, mapping, classification, result, default_excluded = _run(args, workspace)
        _print_summary(preview, mapping, result, default_excluded)
        if result.problems:
            return EXIT_REFUSED
        path = Path(args.file)
        try:
            old = fill_key_processes(workspace, assessment.id, result, source_name=path.name,
                                     sha256=file_sha256(path), replace=args.replace)
        except ReplaceNeeded as exc:
            print("关键工序表已有内容，未改动。现有 → 台账：")
            _print_old_new(exc.old, result.table_rows())
            print("确认替换请加 --replace")
            return EXIT_REFUSED
        assert preview.header is not None
        remember(workspace, preview.header, mapping, classification)
        if old:
            print("已替换关键工序表（原有内容见修改记录）：")
            _print_old_new(old, result.table_rows())
        else:
            print(f"已填入 {assessment.period} 关键工序表：{len(result.processes)} 行")
    return EXIT_OK


def _print_old_new(old: Sequence[JSONValue], new: Sequence[Mapping[str, str | int]]) -> None:
    def line(row: Mapping[str, JSONValue] | None) -> str:
        if not row:
            return "—"
        return f"{row.get('name', '')} {row.get('equipment_total', '')}/{row.get('nc_equipment', '')}"

    for index in range(max(len(old), len(new))):
        before = old[index] if index < len(old) else None
        after = new[index] if index < len(new) else None
        print(f"  {line(before)}  →  {line(after)}")
