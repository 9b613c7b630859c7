"""``zgsz ledger preview|apply`` (#20), through a parser built with the module's own add_parser."""

from __future__ import annotations

import argparse
import json

import pytest
from ledger_fixtures import CLASSIFICATION, EXPECTED, PROFILE, build_gbk_csv, build_xlsx_ledger

from zgsz_desktop.commands import ledger as commands
from zgsz_desktop.errors import UserError
from zgsz_desktop.workspace import Workspace


def run(argv: list[str]) -> int:
    ws = argparse.ArgumentParser(add_help=False)
    ws.add_argument("--workspace")
    parser = argparse.ArgumentParser(prog="zgsz")
    commands.add_parser(parser.add_subparsers(dest="command"), [ws])
    args = parser.parse_args(argv)
    return args.func(args)


CHOICES = ["--process", "机加工车间=机加工", "--process", "焊接车间=焊接", "--process", "检测室=成品检测",
           "--exclude", "动力车间"]


def test_preview_json_lists_every_row(tmp_path, capsys):
    path = build_xlsx_ledger(tmp_path / "台账.xlsx")
    assert run(["ledger", "preview", str(path), "--json", *CHOICES]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["key_processes"] == EXPECTED
    assert data["header_rows"] == [3, 4]
    assert {r["row"]: r["reason"] for r in data["rows"] if r["status"] == "left_out"}[11] == "合计/小计行"


def test_map_overrides_a_column(tmp_path, capsys):
    path = build_gbk_csv(tmp_path / "台账.csv")
    # 是否数控 ignored: every 数控 figure is then guessed from the names
    assert run(["ledger", "preview", str(path), "--map", "是否数控=无", *CHOICES]) == 0
    out = capsys.readouterr().out
    assert "按设备名称和型号推断" in out
    with pytest.raises(UserError, match="没有名为“台套”的列"):
        run(["ledger", "preview", str(path), "--map", "数量=台套"])


def test_apply_fills_then_refuses_to_replace_without_the_flag(tmp_path, capsys):
    with Workspace.open(tmp_path / "ws") as workspace:
        workspace.set_profile(PROFILE)
        workspace.start_submission("2025年度")
    path = build_gbk_csv(tmp_path / "台账.csv")
    base = ["ledger", "apply", str(path), "--period", "2025年度", "--workspace", str(tmp_path / "ws")]
    assert run([*base, *CHOICES]) == 0
    with Workspace.open(tmp_path / "ws") as workspace:
        assessment = workspace.find_assessment("nantong-zgsz-core", "2025年度")
        assert workspace.answers(assessment.id)["cnc.key_processes"] == EXPECTED
    # Second time: the classification is remembered (no --process needed), and replacing needs --replace.
    assert run(base) == 1
    assert "确认替换请加 --replace" in capsys.readouterr().out
    assert run([*base, "--exclude", "检测室", "--replace"]) == 0
    with Workspace.open(tmp_path / "ws") as workspace:
        assert workspace.answers(assessment.id)["cnc.key_processes"] == EXPECTED[:2]
    assert CLASSIFICATION  # the same choices as the core tests


def test_apply_without_the_period_started_says_what_to_do(tmp_path):
    with Workspace.open(tmp_path / "ws") as workspace:
        workspace.set_profile(PROFILE)
    path = build_gbk_csv(tmp_path / "台账.csv")
    with pytest.raises(UserError, match="请先开始该期报送"):
        run(["ledger", "apply", str(path), "--period", "2025年度", "--workspace", str(tmp_path / "ws")])
