"""Two refusals that were tracebacks until strict types (issue #19) showed the values that reach them:
a ledger whose 数量 column holds dates, and a city policy file whose version is not a number."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from district_fixtures import district
from policy_fixtures import CITY_EDITION, CITY_PASSPHRASE

from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.policy_files import load_policy_file
from zgsz_desktop.keys import SigningKey
from zgsz_desktop.ledger import count, inspect, read
from zgsz_desktop.policy.signed import SignedEditionError, generate_city_key, sign_edition


def test_a_ledger_quantity_that_excel_shows_as_a_date_leaves_its_row_out_with_a_reason(tmp_path: Path):
    # 数量 typed into a cell formatted as a date: openpyxl gives a datetime, not a number or text
    path = tmp_path / "台账.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["设备名称", "规格型号", "数量", "所属车间", "是否数控"])
    sheet.append(["数控车床", "CK6140", 4, "机加工车间", "是"])
    sheet.append(["立式加工中心", "VMC850", datetime(1900, 1, 2), "机加工车间", "是"])
    book.save(path)

    preview = inspect(path)
    assert preview.header is not None
    result = count(read(preview, preview.mapping), {"机加工车间": "机加工"})

    assert [(p.name, p.equipment_total, p.nc_equipment) for p in result.processes] == [("机加工", 4, 4)]
    left_out = [e for e in result.entries if e.status == "left_out"]
    assert [(e.row, e.reason) for e in left_out] == [(3, "数量“1900-01-02 00:00:00”不是数字")]


def _signed_version(folder: Path, key: SigningKey, version: str) -> Path:
    text = CITY_EDITION.replace('edition_version: "1"', f'edition_version: "{version}"')
    path = folder / f"v{version}.zgszpolicy"
    path.write_bytes(sign_edition(text, key, CITY_PASSPHRASE, "南通市工业和信息化局"))
    return path


def test_a_city_file_with_an_unnumbered_version_is_compared_not_a_crash(tmp_path: Path):
    identity = district().identity
    key = generate_city_key(tmp_path / "city.key", CITY_PASSPHRASE)
    db = open_db(tmp_path / "d.zgszdb")
    load_policy_file(db, _signed_version(tmp_path, key, "2"), identity, fingerprint=key.key_id)

    # a version in words ranks below every numbered one: refused as not newer, in a sentence
    with pytest.raises(SignedEditionError, match="不比已导入的新"):
        load_policy_file(db, _signed_version(tmp_path, key, "修订稿"), identity)
    assert load_policy_file(db, _signed_version(tmp_path, key, "3"), identity).edition_version == "3"
