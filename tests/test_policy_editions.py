"""Policy editions: a submission is measured against the edition of its period, every figure names its source,
the 2025–2027 edition invents no quota, and a district can take the city's signed edition (and nothing else)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from district_fixtures import district, document, package, uscc, write

from zgsz_desktop.district.audit import audit
from zgsz_desktop.district.dashboard import build_dashboard, enterprise_rows
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.policy_files import CityKeyNeedsConfirmation, load_policy_file
from zgsz_desktop.package.verify import comparable_scores
from zgsz_desktop.policy import edition_for_period, edition_for_year, shipped_editions
from zgsz_desktop.policy.edition import CONFIDENCE_LABELS, EditionError, parse_edition
from zgsz_desktop.policy.signed import SignedEditionError, generate_city_key, read_signed_edition, sign_edition
from zgsz_desktop.scoring.engine import score
from zgsz_desktop.targets import plan_targets

CORE = "nantong-zgsz-core"
ROOT = Path(__file__).resolve().parents[1]
CITY_PASSPHRASE = "city-test-passphrase"
A, B = uscc(41), uscc(42)


def test_each_year_gets_the_edition_of_its_period():
    assert edition_for_year(2022).id == edition_for_year(2024).id == "nantong-2022-2024"
    assert edition_for_year(2025).id == edition_for_year(2027).id == "jiangsu-2025-2027"
    assert edition_for_period("2026年第二季度").id == "jiangsu-2025-2027"
    assert edition_for_period("2024年度").document_no == "通政办发〔2022〕3号"
    later = edition_for_year(2029)  # past every edition: the latest one, saying it has run out
    assert later.id == "jiangsu-2025-2027" and "期限已过" in later.fit_note(2029)
    assert edition_for_year(2024).fit_note(2024) == ""


def test_the_seed_edition_is_the_plan_unchanged():
    seed = edition_for_year(2024)
    targets = plan_targets()
    for key, benchmark in targets.benchmarks.items():
        mine = seed.benchmarks[key]
        assert (mine.target_percent, mine.comparison, mine.scope) == (benchmark.target_percent, benchmark.comparison,
                                                                      benchmark.scope)
        assert not mine.reference_only and mine.confidence == "V"
    assert [b.target_percent for b in seed.benchmarks.values()] == [Decimal(65), Decimal(82), Decimal(92)]
    projects = next(row for row in seed.quota_rows if row.key == "zgsz_projects")
    assert [projects.quota_for("海安市", year) for year in (2022, 2023, 2024)] == \
        targets.raw["attachment1_zgsz_projects"]["海安市"]
    cloud3 = next(row for row in seed.quota_rows if row.key == "cloud_3")
    assert cloud3.quota_for("崇川区", 2023) == targets.raw["attachment3"]["崇川区"]["cloud_3"] == 39
    # figures as printed in the plan's 附件1 and 附件3 (通政办发〔2022〕3号)
    assert [projects.quota_for("海安市", year) for year in (2022, 2023, 2024)] == [380, 380, 320]
    assert next(row for row in seed.quota_rows if row.key == "pilots").quota_for("苏锡通园区", 2024) == 6


def test_every_figure_names_a_source_with_a_confidence():
    for edition in shipped_editions():
        assert edition.confidence in CONFIDENCE_LABELS
        for benchmark in edition.benchmarks.values():
            assert benchmark.basis and edition.source(benchmark.source_id) is not None
        for row in edition.quota_rows:
            assert row.quota is None or edition.source(row.source) is not None
        for indication in edition.indications:
            assert edition.source(indication.source) is not None
        for source in edition.sources:
            assert source.confidence in CONFIDENCE_LABELS and source.title


def test_the_2025_edition_invents_no_quota_and_says_why():
    edition = edition_for_year(2025)
    assert not edition.has_quotas and all(row.quota is None for row in edition.quota_rows)
    assert "尚未公布" in edition.no_quota_reason
    assert all(b.reference_only for b in edition.benchmarks.values())
    assert edition.confidence != "V"  # nothing in it was read in a Nantong text
    cnc = edition.benchmarks["key_process_cnc_rate"]
    assert (cnc.target_percent, cnc.comparison, cnc.confidence) == (Decimal(70), ">", "3P")


def test_a_2025_submission_is_measured_against_the_2025_edition(core_q, core_answers):
    answers = dict(core_answers, **{"cnc.industry_type": "discrete",
                                    "cnc.key_processes": [{"name": "车削", "equipment_total": 100,
                                                           "nc_equipment": 68}]})
    in_2024 = score(core_q, answers, period="2024年度").module("cnc")
    in_2025 = score(core_q, answers, period="2025年度").module("cnc")
    assert in_2024.figure == in_2025.figure == pytest.approx(0.68)
    assert (in_2024.met, in_2024.verdict, in_2024.reference_only) == (True, "达标", False)  # 65 %
    assert (in_2025.met, in_2025.verdict, in_2025.reference_only) == (False, "低于参照值", True)  # above 70 %
    assert "通政办发〔2022〕3号" in in_2024.source and "八部门" in in_2025.basis
    report = score(core_q, answers, period="2025年度").to_dict()
    assert report["edition"]["id"] == "jiangsu-2025-2027" and report["edition"]["confidence"] == "3P"


def test_a_package_scored_by_an_older_release_still_matches(core_q, core_answers):
    """An enterprise on a release that knew only the 2022–2024 targets compares its 2025 figures with 65 %; the
    district compares them with its own edition. The figures must match; the verdicts need not."""
    old = score(core_q, core_answers, edition=edition_for_year(2024), period="2025年度").to_dict()
    new = score(core_q, core_answers, period="2025年度").to_dict()
    assert old != new
    assert comparable_scores(old) == comparable_scores(new)
    forged = json.loads(json.dumps(old))
    next(m for m in forged["modules"] if m["module_id"] == "cnc")["figure"] = 0.99
    assert comparable_scores(forged) != comparable_scores(new)  # a changed figure is still caught


def test_a_shipped_edition_may_name_a_targets_file_but_a_city_file_may_not():
    data = yaml.safe_load((ROOT / "resources/policy/nantong-2022-2024.yaml").read_text(encoding="utf-8"))
    with pytest.raises(EditionError, match="targets_file"):
        parse_edition(data)  # no base folder: what a signed file from outside would be
    broken = yaml.safe_load((ROOT / "resources/policy/jiangsu-2025-2027.yaml").read_text(encoding="utf-8"))
    broken["benchmarks"]["key_process_cnc_rate"]["source"] = "nowhere"
    with pytest.raises(EditionError, match="不存在的来源"):
        parse_edition(broken)


# --------------------------------------------------------------------------- the city's signed edition

CITY_EDITION = """\
format: zgsz-policy-edition/1
id: nantong-2025-2027
edition_version: "1"
title: 南通市制造业智能化改造数字化转型网络化联接三年行动计划（2025—2027年）
short_title: 南通市“智改数转网联”三年行动计划（2025—2027年）
issuer: 南通市人民政府办公室
document_no: 通政办发〔2025〕1号
issued: "2025-03-01"
years: [2025, 2027]
region: 南通市
confidence: V
summary: 市级版本（测试数据）。
sources:
  - {id: plan, title: 南通市“智改数转网联”三年行动计划, issuer: 南通市人民政府办公室, document_no: 通政办发〔2025〕1号,
     confidence: V}
benchmarks:
  key_process_cnc_rate: {name: 关键工序数控化率, target_percent: 60, comparison: ">=", scope: 重点企业, source: plan,
                         basis: 到2027年重点企业关键工序数控化率达60%}
  management_digitalization_rate: {name: 经营管理数字化普及率, target_percent: 85, comparison: ">=", scope: 重点企业,
                                   source: plan, basis: 到2027年达85%}
  rnd_design_tool_rate: {name: 数字化研发设计工具普及率, target_percent: 93, comparison: ">=", scope: 重点企业,
                         source: plan, basis: 到2027年达93%}
quota_rows:
  - {key: zgsz_projects, table: 附件1, label: 完成项目数（规上企业）, counter: projects_completed_above_scale,
     span: year, source: plan, quota: {海安市: {2025: 300, 2026: 300, 2027: 280}}}
  - {key: robots, table: 附件2, label: 新增工业机器人, counter: robots_installed, span: year, source: plan,
     quota: {海安市: {2025: 50}}}
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    folder = tmp_path_factory.mktemp("city")
    key = generate_city_key(folder / "city.key", CITY_PASSPHRASE)
    signed = folder / "nantong-2025.zgszpolicy"
    signed.write_bytes(sign_edition(CITY_EDITION, key, CITY_PASSPHRASE, "南通市工业和信息化局"))
    other = generate_city_key(folder / "other.key", CITY_PASSPHRASE)
    forged = folder / "forged.zgszpolicy"
    forged.write_bytes(sign_edition(CITY_EDITION.replace("300", "3"), other, CITY_PASSPHRASE, "南通市工业和信息化局"))
    return folder, key, signed, forged


def _cnc(percent: int) -> dict:
    return {"cnc.industry_type": "discrete",
            "cnc.key_processes": [{"name": "车削", "equipment_total": 100, "nc_equipment": percent}],
            "projects.has_any": True,
            "projects.list": [{"type": "upgrade", "name": "改造", "year": 2025, "status": "completed"}]}


def test_a_tampered_signed_edition_is_refused(city):
    _, _, signed, _ = city
    envelope = json.loads(signed.read_bytes())
    envelope["edition"] = envelope["edition"].replace("target_percent: 60", "target_percent: 10")
    with pytest.raises(SignedEditionError, match="签名后被改动过"):
        read_signed_edition(json.dumps(envelope, ensure_ascii=False).encode("utf-8"))
    with pytest.raises(SignedEditionError, match="不是本软件的政策版本文件"):
        read_signed_edition(b"PK\x03\x04 not an edition")


def test_an_edition_with_yaml_aliases_is_refused_before_anything_expands(city):
    """Nested aliases ("billion laughs") would blow up when the edition is hashed; a signature by any key is
    checked before the key is known to be the city's, so the parse itself must be safe."""
    _, key, _, _ = city
    bomb = CITY_EDITION.replace("summary: 市级版本（测试数据）。",
                                "summary: 市级版本。\nx0: &a [甲, 甲, 甲, 甲, 甲, 甲, 甲, 甲, 甲]\n"
                                + "".join(f"x{i}: &{chr(97 + i)} [{', '.join(['*' + chr(96 + i)] * 9)}]\n"
                                          for i in range(1, 9)))
    with pytest.raises(EditionError, match="别名"):
        sign_edition(bomb, key, CITY_PASSPHRASE, "南通市工业和信息化局")
    # signed by hand (a hostile tool), read by the district: refused as well, before any expansion
    from zgsz_desktop.package.keys import b64
    from zgsz_desktop.policy.signed import _message

    envelope = {"format": "zgsz-signed-edition/1", "edition": bomb,
                "signer": {"name": "x", "public_key": b64(key.public_raw), "key_id": key.key_id},
                "signature": b64(key.private_key(CITY_PASSPHRASE).sign(_message(bomb.encode("utf-8"))))}
    with pytest.raises(SignedEditionError, match="别名"):
        read_signed_edition(json.dumps(envelope, ensure_ascii=False).encode("utf-8"))


def test_the_district_takes_the_city_edition_pins_its_key_and_refuses_another(city, tmp_path):
    _, key, signed, forged = city
    identity = district().identity
    write(tmp_path / "in", "a.zgsz", package(document(CORE, code=A, name="甲公司", period="2025年度",
                                                      changes=_cnc(62)), "a25"))
    db = open_db(tmp_path / "d.zgszdb")
    import_packages(db, [tmp_path / "in"], identity, workers=1)
    before = build_dashboard(db, 2025)
    assert before.edition.id == "jiangsu-2025-2027" and "尚未公布" in before.edition_note
    assert all(row.quota is None for row in before.quotas)
    assert _row(before, "zgsz_projects").actual == 1  # counted even without a quota
    assert enterprise_rows(db, 2025)[0].cnc_met is False  # 62 % against the national 70 % reference

    with pytest.raises(CityKeyNeedsConfirmation) as asked:
        load_policy_file(db, signed, identity)
    assert key.key_id in str(asked.value)
    with pytest.raises(SignedEditionError, match="指纹"):
        load_policy_file(db, signed, identity, fingerprint="AAAA-BBBB-CCCC-DDDD")
    assert db.execute("SELECT count(*) FROM policy_files").fetchone()[0] == 0  # nothing taken on a refusal
    edition = load_policy_file(db, signed, identity, fingerprint=key.key_id.lower())  # typed from paper
    assert edition.id == "nantong-2025-2027"
    with pytest.raises(SignedEditionError, match="另一个密钥"):
        load_policy_file(db, forged, identity, fingerprint=key.key_id)

    after = build_dashboard(db, 2025)
    assert after.edition.id == "nantong-2025-2027" and after.edition_note == ""
    projects = _row(after, "zgsz_projects")
    assert (projects.actual, projects.quota) == (1, 300) and "通政办发〔2025〕1号" in projects.source
    robots = _row(after, "robots")  # a counter this release does not know: said, not guessed
    assert robots.actual is None and "升级" in robots.note
    assert enterprise_rows(db, 2025)[0].cnc_met is True  # the same 62 %, now against the city's 60 %
    assert build_dashboard(db, 2024).edition.id == "nantong-2022-2024"  # other years keep theirs

    # imported after the load: scored against the city's edition from the start
    write(tmp_path / "in2", "b.zgsz", package(document(CORE, code=B, name="乙公司", period="2025年度",
                                                       changes=_cnc(61)), "b25"))
    import_packages(db, [tmp_path / "in2"], identity, workers=1)
    stored = json.loads(db.execute("SELECT scores FROM submission_content WHERE package_id IN "
                                   "(SELECT package_id FROM submissions WHERE uscc = ?)", [B]).fetchone()[0])
    assert stored["edition"]["id"] == "nantong-2025-2027"
    assert next(m for m in stored["modules"] if m["module_id"] == "cnc")["met"] is True

    report = audit(db, identity)
    assert report.ok, report.problems
    db.execute("UPDATE policy_files SET edition_version = '9'")
    assert any("政策版本" in problem for problem in audit(db, identity).problems)


def _row(board, key):
    return next(row for row in board.quotas if row.key == key)
