"""``zgsz handoff …`` through its own parser, reporting refusals as cli.main does (message, exit code 1)."""

from __future__ import annotations

import argparse
import json

import pytest
from submission_fixtures import PROFILE

from zgsz_desktop.commands.handoff import add_parser
from zgsz_desktop.errors import UserError
from zgsz_desktop.workspace import Workspace
from zgsz_desktop.workspace import handoff as ho

PERIOD = "2025年度"
CORE = "nantong-zgsz-core"


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="zgsz")
    ws = argparse.ArgumentParser(add_help=False)
    ws.add_argument("--workspace")
    add_parser(parser.add_subparsers(dest="command"), [ws])
    args = parser.parse_args(argv)
    try:
        code = int(args.func(args))
    except UserError as exc:
        print(f"错误：{exc}")
        code = 1
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture()
def manager_dir(tmp_path):
    with Workspace.open(tmp_path / "ws") as ws:
        ws.set_profile(PROFILE)
        ws.start_submission(PERIOD)
    return tmp_path / "ws"


def test_send_open_return_preview_and_merge_with_a_choice(tmp_path, manager_dir, capsys):
    fill = tmp_path / "cnc.zgszfill"
    code, out, _ = run(["handoff", "send", "--workspace", str(manager_dir), "--period", PERIOD,
                        "--module", f"{CORE}/cnc", "--to", "张三", "--out", str(fill)], capsys)
    assert code == 0 and "已写出分工文件" in out
    data = tmp_path / "colleague"
    code, out, _ = run(["handoff", "open", str(fill), "--data-dir", str(data), "--name", "张三"], capsys)
    assert code == 0 and "关键工序数控化率" in out
    copy_dir = next((data / "handoffs").iterdir())
    with Workspace.open(copy_dir, create=False) as copy:
        copy.save_answer(copy.find_assessment(CORE, PERIOD).id, "cnc.industry_type", "process")
    with Workspace.open(manager_dir, create=False) as ws:
        ws.save_answer(ws.find_assessment(CORE, PERIOD).id, "cnc.industry_type", "discrete")
    back = tmp_path / "back.zgszback"
    code, out, _ = run(["handoff", "return", str(fill), "--data-dir", str(data), "--out", str(back)], capsys)
    assert code == 0 and back.exists()

    code, out, _ = run(["handoff", "preview", str(back), "--workspace", str(manager_dir), "--json"], capsys)
    items = {i["question"]: i for i in json.loads(out)["items"]}
    assert code == 0 and items["cnc.industry_type"]["kind"] == ho.CONFLICT

    code, out, _ = run(["handoff", "merge", str(back), "--workspace", str(manager_dir)], capsys)
    assert code == 1 and "cnc.industry_type" in out  # a conflict without a choice: refused, listed
    code, out, _ = run(["handoff", "merge", str(back), "--workspace", str(manager_dir),
                        "--choose", "cnc.industry_type=returned"], capsys)
    assert code == 0 and "写入 1 个答案" in out
    with Workspace.open(manager_dir, create=False) as ws:
        assert ws.answers(ws.find_assessment(CORE, PERIOD).id)["cnc.industry_type"] == "process"
    code, out, _ = run(["handoff", "merge", str(back), "--workspace", str(manager_dir)], capsys)
    assert code == 0 and "已经合并过" in out
    code, out, _ = run(["handoff", "list", "--workspace", str(manager_dir)], capsys)
    assert "张三" in out and "已合并" in out


def test_a_wrong_choice_is_explained(tmp_path, manager_dir, capsys):
    fill = tmp_path / "cnc.zgszfill"
    run(["handoff", "send", "--workspace", str(manager_dir), "--period", PERIOD, "--module", f"{CORE}/cnc",
         "--to", "张三", "--out", str(fill)], capsys)
    data = tmp_path / "colleague"
    run(["handoff", "open", str(fill), "--data-dir", str(data), "--name", "张三"], capsys)
    back = tmp_path / "back.zgszback"
    run(["handoff", "return", str(fill), "--data-dir", str(data), "--out", str(back)], capsys)
    code, out, _ = run(["handoff", "merge", str(back), "--workspace", str(manager_dir), "--choose", "x=maybe"],
                       capsys)
    assert code == 0 and "没有需要合并" in out  # nothing changed on either side: nothing to choose


def test_the_return_command_the_open_hint_prints_works_as_printed(tmp_path, manager_dir, capsys, monkeypatch):
    """Opened without --name, the filler defaults to the colleague the manager named (as the app does)."""
    fill = tmp_path / "cnc.zgszfill"
    run(["handoff", "send", "--workspace", str(manager_dir), "--period", PERIOD, "--module", f"{CORE}/cnc",
         "--to", "李四", "--out", str(fill)], capsys)
    data = tmp_path / "colleague"
    code, out, _ = run(["handoff", "open", str(fill), "--data-dir", str(data)], capsys)
    hint = next(line for line in out.splitlines() if "zgsz handoff return" in line)
    printed = hint.split("zgsz ", 2)[-1].split()  # the command exactly as the hint prints it
    assert printed[:2] == ["handoff", "return"]
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(printed, capsys)
    assert code == 0, out
    back = tmp_path / printed[printed.index("--out") + 1]
    assert back.exists() and ho.read_return_file(back).filled_by == "李四"


def test_a_table_conflict_is_previewed_row_by_row(tmp_path, manager_dir, capsys):
    """"6 项" on both sides does not show what differs: the preview lists the rows of each side."""
    fill = tmp_path / "cnc.zgszfill"
    run(["handoff", "send", "--workspace", str(manager_dir), "--period", PERIOD, "--module", f"{CORE}/cnc",
         "--to", "张三", "--out", str(fill)], capsys)
    data = tmp_path / "colleague"
    run(["handoff", "open", str(fill), "--data-dir", str(data), "--name", "张三"], capsys)
    copy_dir = next((data / "handoffs").iterdir())
    theirs = [{"name": "数控车削", "equipment_total": 24, "nc_equipment": 20},
              {"name": "机器人焊接", "equipment_total": 10, "nc_equipment": 4}]
    mine = [{"name": "数控车削", "equipment_total": 24, "nc_equipment": 18}]
    with Workspace.open(copy_dir, create=False) as copy:
        assessment = copy.find_assessment(CORE, PERIOD).id
        copy.save_answer(assessment, "cnc.industry_type", "discrete")
        copy.save_answer(assessment, "cnc.key_processes", theirs)
    with Workspace.open(manager_dir, create=False) as ws:
        assessment = ws.find_assessment(CORE, PERIOD).id
        ws.save_answer(assessment, "cnc.industry_type", "discrete")
        ws.save_answer(assessment, "cnc.key_processes", mine)
    back = tmp_path / "back.zgszback"
    run(["handoff", "return", str(fill), "--data-dir", str(data), "--out", str(back)], capsys)
    code, out, _ = run(["handoff", "preview", str(back), "--workspace", str(manager_dir)], capsys)
    assert code == 0
    current, returned = out.split("当前：", 1)[1].split("同事：", 1)
    assert "1. 数控车削 | 24 | 18" in current and "机器人焊接" not in current
    assert "1. 数控车削 | 24 | 20" in returned and "2. 机器人焊接 | 10 | 4" in returned
    assert "工序名称 | 设备总数 | 其中数控化设备数" in returned
