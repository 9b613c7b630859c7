"""`zgsz benchmark export|import|show`, through a parser made from the command module (the lead wires it into
zgsz_desktop.cli.build_parser)."""

from __future__ import annotations

import argparse
import json

import pytest
from district_fixtures import PASSPHRASE, district, document, package, uscc, write

from zgsz_desktop.commands import benchmark
from zgsz_desktop.commands.common import make_parents
from zgsz_desktop.demo import demo_documents
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.fileio import write_json_atomic
from zgsz_desktop.workspace import Workspace

CORE = "nantong-zgsz-core"


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="zgsz")
    benchmark.add_parsers(parser.add_subparsers(dest="command"), make_parents())
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_export_import_show(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "packages"
    for i, nc in enumerate([50, 55, 60, 65, 70, 75]):
        changes = {"cnc.key_processes": [{"name": "车削", "equipment_total": 100, "nc_equipment": nc}]}
        write(folder, f"c{i}.zgsz", package(document(CORE, code=uscc(400 + i), name=f"企业{i}", changes=changes),
                                            f"cli{i}"))
    db_path = tmp_path / "d.zgszdb"
    import_packages(open_db(db_path), [folder], district().identity, workers=1)
    key_file, recipient_file = tmp_path / "haian.zgszdistrict", tmp_path / "haian.zgszkey"
    write_json_atomic(key_file, district().key.to_json())
    write_json_atomic(recipient_file, district().recipient.to_json())
    monkeypatch.setenv("ZGSZ_TEST_PASS", PASSPHRASE)
    out = tmp_path / "bench.zgszbench"
    assert run(["benchmark", "export", "--db", str(db_path), "--key", str(key_file), "--period", "2024年度",
                "--out", str(out), "--passphrase-env", "ZGSZ_TEST_PASS", "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["enterprises"] == 6 and exported["groups"][0]["n"] == 6 and out.is_file()

    core, _miit = demo_documents()
    with Workspace.open(tmp_path / "ws") as ws:
        ws.import_answers(core.questionnaire, core.answers, "2024年度", enterprise=core.enterprise)
    assert run(["benchmark", "import", str(out), "--recipient", str(recipient_file),
                "--workspace", str(tmp_path / "ws"), "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    assert imported["outcome"] == "imported" and imported["group"]["size"] == "规上"
    cnc = next(p for p in imported["positions"] if p["measure"] == "cnc_rate")
    assert cnc["median"] == "60.0%" and cnc["band"] == "P50–P75"  # the demo's 67.7 %
    assert imported["wider"] is None  # its own group (34, 规上) is in the file

    assert run(["benchmark", "show", "--workspace", str(tmp_path / "ws")]) == 0
    shown = capsys.readouterr().out
    assert "同行对标" in shown and "关键工序数控化率：高于同组约一半的企业" in shown and "P50" not in shown


def test_exporting_a_period_again_says_which_groups_are_held_back(tmp_path, capsys, monkeypatch):
    db_path = tmp_path / "d.zgszdb"

    def add(name: str, serials: range, scale: str) -> None:
        for i in serials:
            write(tmp_path / name, f"c{i}.zgsz", package(document(CORE, code=uscc(i), name=f"企业{i}", scale=scale),
                                                         f"again{i}"))
        import_packages(open_db(db_path), [tmp_path / name], district().identity, workers=1)

    add("a", range(450, 456), "规上")
    add("b", range(460, 466), "其他")
    key_file = tmp_path / "haian.zgszdistrict"
    write_json_atomic(key_file, district().key.to_json())
    monkeypatch.setenv("ZGSZ_TEST_PASS", PASSPHRASE)

    def export(out: str, *extra: str) -> str:
        assert run(["benchmark", "export", "--db", str(db_path), "--key", str(key_file), "--period", "2024年度",
                    "--out", str(tmp_path / out), "--passphrase-env", "ZGSZ_TEST_PASS", *extra]) == 0
        return capsys.readouterr().out

    assert "已发布过" not in export("1.zgszbench")
    add("c", range(456, 457), "规上")
    said = export("2.zgszbench")
    assert "本期已发布过对标文件" in said and "34 通用设备制造业（规上）" in said.split("已发布过")[1]
    again = json.loads(export("3.zgszbench", "--json"))
    assert {"industry": "34", "size": "规上"} in again["held"] and again["earlier_releases"] == 2
    assert "已发布过" in again["held_message"]


def test_a_file_that_is_not_a_benchmark_is_refused_in_words(tmp_path):
    bogus = tmp_path / "x.zgszbench"
    bogus.write_bytes(b"not json")
    with Workspace.open(tmp_path / "ws"):
        pass
    from zgsz_desktop.errors import UserError

    with pytest.raises(UserError, match="对标文件"):
        run(["benchmark", "import", str(bogus), "--workspace", str(tmp_path / "ws")])
