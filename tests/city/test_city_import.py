# ruff: noqa: F811  (the fixture imported below is a parameter of the tests)
"""The city imports three districts' signed summaries: the city's totals are the sum of what the districts'
databases hold; a changed or foreign summary is refused and changes nothing; a newer summary supersedes."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from city_fixtures import PERIOD, DistrictCase, three_districts  # noqa: F401  (a fixture)

from zgsz_desktop.city.consolidate import NOT_REPORTED, consolidate
from zgsz_desktop.city.db import open_city_db, summaries
from zgsz_desktop.city.importer import import_summaries, import_summary
from zgsz_desktop.city.keys import PinRefused, pin_district
from zgsz_desktop.keys import DistrictKey, district_signing_key
from zgsz_desktop.signed_files import sign_file

NOW = "2025-02-03T09:00:00+08:00"
CORE = "nantong-zgsz-core"


def _city(tmp_path: Path, cases: list[DistrictCase], pin: bool = True):
    db = open_city_db(tmp_path / "nantong.zgszcity")
    if pin:
        for case in cases:
            pin_district(db, case.recipient_path, NOW)
    return db


def _snapshot(db) -> list[tuple]:
    return [tuple(r) for t in ("district_keys", "summaries", "summary_quota_rows", "summary_submissions")
            for r in db.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")]


def _expected_from_district_dbs(cases: list[DistrictCase]) -> dict[str, object]:
    """Straight from the districts' own rows (SQL here, not the code under test)."""
    submitted = 0
    key_cnc: list[float] = []
    projects_2024 = 0
    for case in cases:
        conn = sqlite3.connect(case.db_path)
        submitted += conn.execute("SELECT count(DISTINCT uscc) FROM submissions WHERE current = 1 "
                                  "AND period = ?", [PERIOD]).fetchone()[0]
        key_cnc += [r[0] for r in conn.execute(
            "SELECT cnc_rate FROM submissions WHERE current = 1 AND period = ? AND questionnaire_id = ? "
            "AND key_enterprise = 1 AND cnc_rate IS NOT NULL", [PERIOD, CORE])]
        # completed 2024 projects of 规上 enterprises, from the stored facts
        for facts, scale in conn.execute(
                "SELECT s.facts, e.scale FROM submissions s JOIN enterprises e USING (uscc) "
                "WHERE s.current = 1 AND s.questionnaire_id = ?", [CORE]):
            if scale == "规上":
                projects_2024 += int(json.loads(facts).get("projects_completed", {}).get("2024", 0))
        conn.close()
    return {"submitted": submitted, "key_cnc_average": sum(key_cnc) / len(key_cnc), "key_cnc_reported": len(key_cnc),
            "projects_2024": projects_2024}


def test_city_totals_are_the_sum_of_the_districts(tmp_path, three_districts):
    db = _city(tmp_path, three_districts)
    outcomes = import_summaries(db, [c.summary_path for c in three_districts], NOW)
    assert [o.verdict for o in outcomes] == ["imported"] * 3, [o.message for o in outcomes]
    board = consolidate(db, PERIOD)
    expected = _expected_from_district_dbs(three_districts)
    assert board.submitted == expected["submitted"] == 9
    cnc = next(b for b in board.benchmarks if b.key == "key_process_cnc_rate")
    assert cnc.key_reported == expected["key_cnc_reported"]
    assert cnc.key_average == pytest.approx(expected["key_cnc_average"])
    projects = next(q for q in board.quotas if q.key == "zgsz_projects")
    assert projects.actual == expected["projects_2024"] and projects.actual > 0
    assert projects.quota == 1700  # the plan's city-wide task for 2024 (附件1 合计)
    statuses = {row.district: row.status for row in board.districts}
    assert statuses["海安市"] == statuses["如皋市"] == statuses["崇川区"] == "已报"
    assert statuses["启东市"] == NOT_REPORTED
    assert len(board.enterprises) == 9 and not board.disputed


def test_a_changed_byte_is_refused_and_changes_nothing(tmp_path, three_districts):
    db = _city(tmp_path, three_districts)
    before = _snapshot(db)
    original = three_districts[0].summary_path.read_bytes()
    envelope = json.loads(original)
    payload = bytearray(base64.b64decode(envelope["payload"]))
    at = payload.index(b'"submitted":') + len(b'"submitted":')
    payload[at] = ord("9") if payload[at] != ord("9") else ord("8")  # one figure changed
    envelope["payload"] = base64.b64encode(bytes(payload)).decode()
    tampered = tmp_path / "tampered.zgszsummary"
    tampered.write_text(json.dumps(envelope), encoding="utf-8")
    outcome = import_summary(db, tampered, NOW)
    assert outcome.verdict == "refused"
    assert "签名不对" in outcome.message
    assert _snapshot(db) == before


def test_a_figure_re_signed_with_another_key_is_refused(tmp_path, three_districts):
    db = _city(tmp_path, three_districts)
    envelope = json.loads(three_districts[0].summary_path.read_bytes())
    content = json.loads(base64.b64decode(envelope["payload"]))
    content.pop("signer")
    content["totals"]["submitted"] += 5
    other = DistrictKey.generate("海安市", "another-passphrase-1")
    forged = tmp_path / "forged.zgszsummary"
    from zgsz_desktop.district.summary_package import PAYLOAD_TYPE

    raw = other.private_key("another-passphrase-1").private_bytes_raw()
    forged.write_bytes(sign_file(content, PAYLOAD_TYPE, district_signing_key(raw)))
    before = _snapshot(db)
    outcome = import_summary(db, forged, NOW)
    assert outcome.verdict == "refused" and "不是已登记的海安市密钥" in outcome.message
    assert _snapshot(db) == before


def test_figures_that_do_not_add_up_are_refused(tmp_path, three_districts):
    """Signed by the right key, yet a total differs from the district's own list: refused, naming the figure."""
    from zgsz_desktop.district.summary_package import PAYLOAD_TYPE
    from zgsz_desktop.keys import load_district_key

    db = _city(tmp_path, three_districts)
    envelope = json.loads(three_districts[1].summary_path.read_bytes())
    content = json.loads(base64.b64decode(envelope["payload"]))
    content.pop("signer")
    content["quota_rows"][0]["actual"] += 1
    from district_fixtures import PASSPHRASE, district

    key: DistrictKey = district("如皋市").key
    assert load_district_key  # the same key the district exported with
    raw = key.private_key(PASSPHRASE).private_bytes_raw()
    wrong = tmp_path / "wrong.zgszsummary"
    wrong.write_bytes(sign_file(content, PAYLOAD_TYPE, district_signing_key(raw)))
    outcome = import_summary(db, wrong, NOW)
    assert outcome.verdict == "refused" and "对不上" in outcome.message and "附件1" in outcome.message
    assert summaries(db) == []


def test_an_unpinned_district_is_refused(tmp_path, three_districts):
    db = _city(tmp_path, three_districts, pin=False)
    pin_district(db, three_districts[0].recipient_path, NOW)
    outcome = import_summary(db, three_districts[2].summary_path, NOW)
    assert outcome.verdict == "refused" and "尚未登记崇川区的密钥" in outcome.message
    assert summaries(db) == []


def test_pinning_refuses_a_file_without_signing_key_and_a_different_key(tmp_path, three_districts):
    db = _city(tmp_path, three_districts)
    data = json.loads(three_districts[0].recipient_path.read_text(encoding="utf-8"))
    old = {k: v for k, v in data.items() if k not in ("signing_key", "signing_key_id")}
    old_path = tmp_path / "old.zgszkey"
    old_path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PinRefused, match="没有区县的签名公钥"):
        pin_district(db, old_path, NOW)
    other = DistrictKey.generate("海安市", "another-passphrase-1")
    other_path = tmp_path / "other.zgszkey"
    other_path.write_text(json.dumps(other.recipient.to_json(), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PinRefused, match="已登记过另一个密钥"):
        pin_district(db, other_path, NOW)
    assert pin_district(db, other_path, NOW, replace=True).status == "replaced"


def test_a_newer_summary_supersedes_and_the_older_is_kept(tmp_path, three_districts):
    from district_fixtures import district

    from zgsz_desktop.district.db import open_db
    from zgsz_desktop.district.summary_package import export_summary_package

    case = three_districts[0]
    copy = tmp_path / "copy.zgszdb"
    shutil.copy(case.db_path, copy)
    ddb = open_db(copy)
    newer = export_summary_package(ddb, district(case.name).identity, PERIOD, tmp_path / "newer",
                                   "2025-03-01T09:00:00+08:00")
    ddb.conn.close()
    db = _city(tmp_path, three_districts)
    assert import_summary(db, case.summary_path, NOW).verdict == "imported"
    assert import_summary(db, newer.path, NOW).verdict == "superseding"
    assert import_summary(db, newer.path, NOW).verdict == "duplicate"
    current = summaries(db, PERIOD)
    assert [s.issued_at for s in current] == ["2025-03-01T09:00:00+08:00"]
    assert len(summaries(db, PERIOD, current_only=False)) == 2
    assert consolidate(db, PERIOD).submitted == 3


def test_an_enterprise_reported_by_two_districts_is_flagged(tmp_path, three_districts):
    """崇川区 also lists one of 海安市's enterprises (same credit code, same period)."""
    from district_fixtures import PASSPHRASE, district

    from zgsz_desktop.district.summary_package import PAYLOAD_TYPE

    db = _city(tmp_path, three_districts)
    import_summary(db, three_districts[0].summary_path, NOW)
    envelope = json.loads(three_districts[2].summary_path.read_bytes())
    content = json.loads(base64.b64decode(envelope["payload"]))
    content.pop("signer")
    content["submissions"][0]["uscc"] = three_districts[0].codes[0]
    raw = district("崇川区").key.private_key(PASSPHRASE).private_bytes_raw()
    claimed = tmp_path / "claimed.zgszsummary"
    claimed.write_bytes(sign_file(content, PAYLOAD_TYPE, district_signing_key(raw)))
    outcome = import_summary(db, claimed, NOW)
    assert outcome.verdict == "imported"
    assert outcome.claimed_elsewhere == [(three_districts[0].codes[0], "海安市")]
    assert "另有地区也报送" in outcome.message
    assert consolidate(db, PERIOD).disputed == [(three_districts[0].codes[0], ["海安市", "崇川区"])]
