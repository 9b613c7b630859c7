"""``zgsz demo --district 如皋市`` (review #17, finding 16): a city clerk's training needs demo districts other than
海安市 — each with its own key, its own enterprises and credit codes of its own division, ready for the city."""

from __future__ import annotations

import csv
import json

from zgsz_desktop.cli import main
from zgsz_desktop.keys import load_recipient
from zgsz_desktop.uscc import validate


def _roster(folder) -> list[dict[str, str]]:
    with open(folder / "roster.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_a_demo_district_of_another_name(tmp_path, capsys):
    out = tmp_path / "如皋"
    assert main(["demo", "--out", str(out), "--enterprises", "2", "--light-reports", "--district", "如皋市",
                 "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert written["district"] == "如皋市" and written["packages"] == 2
    recipient = load_recipient(out / "demo-district.zgszkey")
    assert recipient.district == "如皋市" and recipient.signing_raw is not None  # the city can pin it
    codes = [row["统一社会信用代码"] for row in _roster(out)]
    assert all(validate(code) and code[2:8] == "320682" for code in codes)  # 如皋市's division

    # the default district's demo is as it was, and its enterprises are not the same names again
    assert main(["demo", "--out", str(tmp_path / "海安"), "--enterprises", "2", "--light-reports"]) == 0
    capsys.readouterr()
    haian = {row["企业名称"] for row in _roster(tmp_path / "海安")}
    assert not haian & {row["企业名称"] for row in _roster(out)}
    assert load_recipient(tmp_path / "海安" / "demo-district.zgszkey").district == "海安市"


def test_a_name_not_in_the_plan_is_refused_with_the_names_it_could_be(tmp_path, capsys):
    assert main(["demo", "--out", str(tmp_path / "x"), "--enterprises", "1", "--district", "如皋"]) != 0
    err = capsys.readouterr().err
    assert "不是规划中的地区" in err and "如皋市" in err and "Traceback" not in err
    assert not (tmp_path / "x" / "packages").exists() or not any((tmp_path / "x" / "packages").iterdir())


def test_district_without_enterprises_says_what_to_add(tmp_path, capsys):
    assert main(["demo", "--out", str(tmp_path / "y"), "--district", "如皋市"]) != 0
    assert "--enterprises" in capsys.readouterr().err
