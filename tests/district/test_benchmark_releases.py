"""Publishing a period's benchmark again (review #17, finding 11): the district database records each release, and
a new one does not publish a group whose enterprises differ from an earlier release's by 1–4 — comparing the two
files would single them out. With five or more new enterprises the group is published again."""

from __future__ import annotations

import json

import pytest
from district_fixtures import district, document, package, uscc, write

from zgsz_desktop.district.audit import audit
from zgsz_desktop.district.benchmark import BenchmarkExportError, export_benchmark, held_sentence
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.package.benchmark_file import read_benchmark
from zgsz_desktop.scoring.peer_groups import MANUFACTURING

CORE = "nantong-zgsz-core"
PERIOD = "2024年度"


def cnc(nc: int) -> dict:
    return {"cnc.key_processes": [{"name": "车削", "equipment_total": 100, "nc_equipment": nc}]}


def add(db, folder, serials: range, scale: str) -> None:
    for serial in serials:
        write(folder, f"c{serial}.zgsz", package(document(CORE, code=uscc(serial), name=f"企业{serial}", scale=scale,
                                                          changes=cnc(40 + serial % 50)), f"r{serial}"))
    import_packages(db, [folder], district().identity, workers=1)


def trusted(key_id: str):
    recipient = district().recipient
    return recipient.district if key_id == recipient.signing_key_id else None


def groups(path) -> dict[tuple[str, str], int]:
    return {g.key: g.n for g in read_benchmark(path.read_bytes(), trusted).published.groups}


@pytest.fixture()
def db(tmp_path):
    """Division 34: six 规上 and six 其他 enterprises of 2024年度."""
    database = open_db(tmp_path / "d.zgszdb")
    add(database, tmp_path / "a", range(700, 706), "规上")
    add(database, tmp_path / "b", range(800, 806), "其他")
    return database


def test_one_more_enterprise_does_not_republish_its_group_five_more_do(db, tmp_path):
    identity = district().identity
    first = export_benchmark(db, identity, PERIOD, tmp_path / "1.zgszbench", "2025-03-01T09:00:00+00:00")
    assert groups(first.path) == {("34", "规上"): 6, ("34", "其他"): 6}
    assert held_sentence(first) is None and first.earlier == 0

    add(db, tmp_path / "c", range(706, 707), "规上")  # one more 规上 enterprise
    second = export_benchmark(db, identity, PERIOD, tmp_path / "2.zgszbench", "2025-03-02T09:00:00+00:00")
    published = groups(second.path)
    # (34, 规上) with 7 beside the first file's 6 would tell the newcomer's figures apart: not published, and no
    # other group of (nearly) the same enterprises either; the 7 count in (34, 全部规模) of 13
    assert ("34", "规上") not in published and (MANUFACTURING, "规上") not in published
    assert published == {("34", "全部规模"): 13, ("34", "其他"): 6}
    assert ("34", "规上") in second.grouping.held and second.earlier == 1
    sentence = held_sentence(second)
    assert sentence is not None and "已发布过" in sentence and "34 通用设备制造业（规上）" in sentence

    add(db, tmp_path / "d", range(707, 712), "规上")  # five more
    third = export_benchmark(db, identity, PERIOD, tmp_path / "3.zgszbench", "2025-03-03T09:00:00+00:00")
    assert groups(third.path) == {("34", "规上"): 12, ("34", "其他"): 6}
    assert held_sentence(third) is None

    # each release is recorded with its groups and whom it counted, and signed into the log; the audit still passes
    rows = db.execute("SELECT period, file_name, file_sha256, groups, counted FROM benchmark_releases "
                      "ORDER BY id").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [(PERIOD, f"{i}.zgszbench", e.sha256)
                                                  for i, e in enumerate((first, second, third), start=1)]
    assert {(g["industry"], g["size"]): g["n"] for g in json.loads(rows[1][3])} == published
    assert len(json.loads(rows[2][4])) == 18  # whom the third release counted
    assert db.execute("SELECT count(*) FROM import_log WHERE action = 'benchmark'").fetchone()[0] == 3
    report = audit(db, identity)
    assert report.ok, report.message


def test_the_same_enterprises_are_published_again_unchanged_and_releases_are_append_only(db, tmp_path):
    import sqlite3

    identity = district().identity
    first = export_benchmark(db, identity, PERIOD, tmp_path / "1.zgszbench", "2025-03-01T09:00:00+00:00")
    again = export_benchmark(db, identity, PERIOD, tmp_path / "2.zgszbench", "2025-03-02T09:00:00+00:00")
    assert groups(again.path) == groups(first.path) and held_sentence(again) is None
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM benchmark_releases")


def test_a_release_with_nothing_left_to_publish_is_refused_and_not_recorded(tmp_path):
    identity = district().identity
    db = open_db(tmp_path / "d.zgszdb")
    add(db, tmp_path / "a", range(900, 906), "规上")
    export_benchmark(db, identity, PERIOD, tmp_path / "1.zgszbench", "2025-03-01T09:00:00+00:00")
    add(db, tmp_path / "b", range(906, 908), "规上")  # two more: every group would single them out
    with pytest.raises(BenchmarkExportError, match="已发布过对标文件"):
        export_benchmark(db, identity, PERIOD, tmp_path / "2.zgszbench", "2025-03-02T09:00:00+00:00")
    assert not (tmp_path / "2.zgszbench").exists()
    assert db.execute("SELECT count(*) FROM benchmark_releases").fetchone()[0] == 1
