"""The district's benchmark export: the records come from current, complete submissions (industry and 规模 from the
enterprise), the file is signed with the district's signing key, and a planted outlier changes nothing published."""

from __future__ import annotations

import json

import pytest
from district_fixtures import district, document, package, uscc, write

from zgsz_desktop.district.benchmark import BenchmarkExportError, export_benchmark, records_from
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.keys import unb64
from zgsz_desktop.package.benchmark_file import read_benchmark

CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"
NOW = "2025-03-01T09:00:00+00:00"
NC = [50, 55, 60, 65, 70, 75]  # of 100 machines each: the rates in percent


def cnc(nc: int, total: int = 100) -> dict:
    return {"cnc.key_processes": [{"name": "车削", "equipment_total": total, "nc_equipment": nc}]}


def district_db(folder, top: tuple[int, int]):
    """Six 规上 enterprises of division 34 at NC % each plus one at ``top`` (nc, total), two 列规纳统小微 and an
    older superseded package; all with the demo's MIIT questionnaire for the first three."""
    files = []
    for i, nc in enumerate([*NC, None]):
        changes = cnc(*top) if nc is None else cnc(nc)
        code = uscc(100 + i)
        files.append((f"c{i}.zgsz", package(document(CORE, code=code, name=f"企业{i}", changes=changes), f"k{i}")))
        if i < 3:
            files.append((f"m{i}.zgsz", package(document(MIIT, code=code, name=f"企业{i}"), f"k{i}")))
    for i in range(2):
        files.append((f"s{i}.zgsz", package(document(CORE, code=uscc(200 + i), name=f"小微{i}", scale="列规纳统小微",
                                                     changes=cnc(30 + i)), f"s{i}")))
    for name, data in files:
        write(folder, name, data)
    db = open_db(folder / "d.zgszdb")
    import_packages(db, [folder], district().identity, workers=1)
    return db


@pytest.fixture(scope="module")
def outlier_dbs(tmp_path_factory):
    return (district_db(tmp_path_factory.mktemp("outlier"), (999, 1000)),  # 99.9 %
            district_db(tmp_path_factory.mktemp("plain"), (80, 100)))  # 80 %: still the group's maximum


def trusted(key_id: str):
    recipient = district().recipient
    return recipient.district if key_id == recipient.signing_key_id else None


def test_records_come_from_current_complete_submissions(outlier_dbs):
    records, names = records_from(outlier_dbs[0], "2024年度")
    assert len(records) == 9 and names["34"] == "通用设备制造业"
    big = sorted(r.cnc_rate for r in records if r.size == "规上")
    assert big[0] == pytest.approx(50.0) and big[-1] == pytest.approx(99.9)
    assert sum(1 for r in records if r.miit_level) == 3
    assert records_from(outlier_dbs[0], "2023年度")[0] == []


def test_export_writes_a_signed_file_the_enterprise_can_check(outlier_dbs, tmp_path):
    out = tmp_path / "海安市-2024年度.zgszbench"
    exported = export_benchmark(outlier_dbs[1], district().identity, "2024年度", out, NOW)
    found = read_benchmark(out.read_bytes(), trusted)
    assert found.published.issuer_kind == "district" and found.published.scope == ("海安市",)
    assert found.published.enterprises == 9 == exported.grouping.enterprises
    # 7 规上 + 2 小微 in division 34: the 2 may not be singled out beside the 7, so 34 is published whole
    assert [(g.industry, g.size, g.n) for g in found.published.groups] == [("34", "全部规模", 9)]
    assert "cloud_stars" in found.published.groups[0].measures
    assert "miit_level" not in found.published.groups[0].measures  # 3 levels only: fewer than 5


def content_without_id(path) -> dict:
    content = json.loads(unb64(json.loads(path.read_bytes())["payload"], "x"))
    content.pop("benchmark_id")
    return content


def test_a_planted_outlier_is_not_recoverable_from_the_file(outlier_dbs, tmp_path):
    with_outlier, plain = tmp_path / "a.zgszbench", tmp_path / "b.zgszbench"
    export_benchmark(outlier_dbs[0], district().identity, "2024年度", with_outlier, NOW)
    export_benchmark(outlier_dbs[1], district().identity, "2024年度", plain, NOW)
    assert content_without_id(with_outlier) == content_without_id(plain)
    text = json.dumps(content_without_id(with_outlier))
    assert "99.9" not in text and "80.0" not in text


def test_too_few_enterprises_publish_nothing(tmp_path):
    folder = tmp_path / "few"
    for i in range(3):
        write(folder, f"c{i}.zgsz", package(document(CORE, code=uscc(300 + i), name=f"企业{i}"), f"f{i}"))
    db = open_db(folder / "d.zgszdb")
    import_packages(db, [folder], district().identity, workers=1)
    with pytest.raises(BenchmarkExportError, match="不足 5 家"):
        export_benchmark(db, district().identity, "2024年度", tmp_path / "x.zgszbench", NOW)
    assert not (tmp_path / "x.zgszbench").exists()
