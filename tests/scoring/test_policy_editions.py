"""Policy editions: a submission is measured against the edition of its period, every figure names its source,
the 2025–2027 edition invents no quota, and a district can take the city's signed edition (and nothing else)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from district_fixtures import district, document, package, uscc, write
from policy_fixtures import CITY_EDITION, CITY_PASSPHRASE

from zgsz_desktop.district.audit import audit
from zgsz_desktop.district.dashboard import build_dashboard, enterprise_rows
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.policy_files import CityKeyNeedsConfirmation, PolicyAlreadyLoaded, load_policy_file
from zgsz_desktop.package.verify import comparable_scores
from zgsz_desktop.policy import edition_for_period, edition_for_year, shipped_editions
from zgsz_desktop.policy.edition import CONFIDENCE_LABELS, EditionError, parse_edition
from zgsz_desktop.policy.signed import SignedEditionError, generate_city_key, read_signed_edition, sign_edition
from zgsz_desktop.scoring.engine import score
from zgsz_desktop.targets import plan_targets

CORE = "nantong-zgsz-core"
ROOT = Path(__file__).resolve().parents[2]
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
    assert key.key_id not in str(asked.value) and "来函" in str(asked.value)  # typed from paper, never shown
    with pytest.raises(SignedEditionError, match="指纹"):
        load_policy_file(db, signed, identity, fingerprint="AAAA-BBBB-CCCC-DDDD")
    assert db.execute("SELECT count(*) FROM policy_files").fetchone()[0] == 0  # nothing taken on a refusal
    edition = load_policy_file(db, signed, identity, fingerprint=key.key_id.lower())  # typed from paper
    assert edition.id == "nantong-2025-2027"
    with pytest.raises(SignedEditionError, match="不是本区县登记的市级密钥签发的"):
        load_policy_file(db, forged, identity, fingerprint=key.key_id)
    with pytest.raises(PolicyAlreadyLoaded):
        load_policy_file(db, signed, identity)

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


def test_an_edited_stored_edition_is_set_aside_and_named_not_a_reason_to_refuse_every_year(city, tmp_path):
    _, key, signed, _ = city
    identity = district().identity
    write(tmp_path / "in", "a.zgsz", package(document(CORE, code=A, name="甲公司", changes=_cnc(62)), "a24"))
    db = open_db(tmp_path / "d.zgszdb")
    import_packages(db, [tmp_path / "in"], identity, workers=1)
    load_policy_file(db, signed, identity, fingerprint=key.key_id)
    db.execute("UPDATE policy_files SET data = replace(data, '60', '10')")
    board = build_dashboard(db, 2025)
    assert board.edition.id == "jiangsu-2025-2027"  # its years fall back to the shipped edition ...
    assert "被改动过" in board.edition_note and "核查数据库" in board.edition_note  # ... and the screen says why
    assert build_dashboard(db, 2024).quotas  # other years work as before
    report = audit(db, identity)
    # the edit is found; the 2024 import after it still replays (not a cascade of "cannot replay")
    assert any("政策版本文件" in problem for problem in report.problems)
    assert not any("无法按原始证据" in problem for problem in report.problems if "甲公司" in problem)


def test_only_a_newer_version_of_an_edition_replaces_it(tmp_path):
    identity = district().identity
    key = generate_city_key(tmp_path / "city.key", CITY_PASSPHRASE)
    files = {}
    for version in ("1", "2"):
        text = CITY_EDITION.replace('edition_version: "1"', f'edition_version: "{version}"').replace(
            "target_percent: 60", f"target_percent: {59 + int(version)}")
        files[version] = tmp_path / f"v{version}.zgszpolicy"
        files[version].write_bytes(sign_edition(text, key, CITY_PASSPHRASE, "南通市工业和信息化局"))
    db = open_db(tmp_path / "d.zgszdb")
    load_policy_file(db, files["2"], identity, fingerprint=key.key_id)
    with pytest.raises(SignedEditionError, match="不比已导入的新"):
        load_policy_file(db, files["1"], identity)  # an old file still lying around
    assert build_dashboard(db, 2025).benchmarks[0].target_percent == 61


def test_a_city_edition_that_words_a_benchmark_differently_still_accepts_genuine_packages(tmp_path):
    identity = district().identity
    key = generate_city_key(tmp_path / "city.key", CITY_PASSPHRASE)
    renamed = CITY_EDITION.replace("{name: 关键工序数控化率,", "{name: 重点企业关键工序数控化率,")
    signed = tmp_path / "renamed.zgszpolicy"
    signed.write_bytes(sign_edition(renamed, key, CITY_PASSPHRASE, "南通市工业和信息化局"))
    db = open_db(tmp_path / "d.zgszdb")
    load_policy_file(db, signed, identity, fingerprint=key.key_id)
    write(tmp_path / "in", "a.zgsz", package(document(CORE, code=A, name="甲公司", period="2025年度",
                                                      changes=_cnc(62)), "a25"))
    assert [o.verdict for o in import_packages(db, [tmp_path / "in"], identity, workers=1).outcomes] == ["new"]


def test_a_deeply_nested_file_is_refused_with_a_message(tmp_path):
    with pytest.raises(SignedEditionError, match="不是本软件的政策版本文件"):
        read_signed_edition(b"[" * 200_000 + b"]" * 200_000)


def test_package_scores_keep_the_shape_an_older_district_compares():
    """A district still on the previous release compares scores key by key: new keys would make it call
    genuine packages tampered, so scores.json leaves them out (the report inside names the edition)."""
    from zgsz_desktop.package.export import scores_document

    doc = document(CORE, code=A, name="甲公司")
    part = scores_document([doc])["parts"][0]
    assert "edition" not in part
    cnc = next(m for m in part["modules"] if m["module_id"] == "cnc")
    assert not {"basis", "source", "confidence", "reference_only"} & cnc.keys()
    assert cnc["target_label"] == "达到65%"


def _row(board, key):
    return next(row for row in board.quotas if row.key == key)


def test_scale_words_are_read_from_a_closed_list():
    from zgsz_desktop.district.counters import scale_class

    assert [scale_class(s) for s in ("规上", "规模以上工业企业", " 规上 ")] == [True, True, True]
    # "非规上" contains "规上": a substring test would count these enterprises' projects in 附件1
    assert [scale_class(s) for s in ("非规上", "规下", "小微", "列规纳统小微")] == \
        [False, False, False, False]
    assert scale_class("中型") is None and scale_class("") is None  # says nothing: the profile decides


def test_quota_rows_count_by_the_edition_and_name_what_they_leave_out():
    from zgsz_desktop.district.dashboard import quota_rows

    facts = {"workshops": [["provincial", 2024], ["national", 2024], ["city", 2023]],
             "projects_completed": {"2024": 2}, "pilots": [["fusion", 2023], ["five_g", 2023]],
             "cloud_awarded": 3, "cloud_awarded_year": None}
    rows = {row.key: row for row in quota_rows(edition_for_year(2024), "海安市", 2024, {A: facts, B: facts},
                                                above_scale={A})}
    assert rows["provincial_workshops"].actual == 2 and "国家级智能制造示范 2 项" in rows["provincial_workshops"].note
    assert rows["zgsz_projects"].actual == 2 and "非规上企业完成的项目 2 个" in rows["zgsz_projects"].note
    assert rows["pilots"].actual == 2  # 融合创新 only, from 2022 to the year
    assert rows["cloud_3"].actual == 0 and "未填获评年份" in rows["cloud_3"].note
    assert rows["certified"].period == "2022—2024年累计"
    before = {row.key: row for row in quota_rows(edition_for_year(2024), "海安市", 2021, {}, set())}
    assert before["certified"].period == "2021年"  # not "2022—2021年累计"


def test_after_2024_the_plans_support_measures_are_cited_as_expired(core_q, core_answers):
    from zgsz_desktop.scoring.recommendations import EXPIRED_PLAN

    in_2024 = score(core_q, core_answers, period="2024年度").recommendations
    in_2025 = score(core_q, core_answers, period="2025年度").recommendations
    cited_2024 = [ref.section for rec in in_2024 for ref in rec.references]
    cited_2025 = [ref.section for rec in in_2025 for ref in rec.references]
    assert cited_2024 and cited_2025
    assert not any(EXPIRED_PLAN in section for section in cited_2024)
    assert all(section.endswith(EXPIRED_PLAN) for section in cited_2025)
    assert "已到期" in EXPIRED_PLAN


def test_exports_say_reference_not_target_for_a_reference_year(tmp_path):
    from zgsz_desktop.district.exports import write_csv

    identity = district().identity
    for period in ("2024年度", "2025年度"):
        write(tmp_path / "in", f"{period}.zgsz", package(document(CORE, code=A, name="甲公司", period=period,
                                                                  changes=_cnc(62)), "a", sequence=int(period[:4])))
    db = open_db(tmp_path / "d.zgszdb")
    import_packages(db, [tmp_path / "in"], identity, workers=1)
    header_2024 = write_csv(db, 2024, tmp_path / "2024.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    header_2025 = write_csv(db, 2025, tmp_path / "2025.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "数控化率达标" in header_2024 and "参照值" not in header_2024
    assert "数控化率达到参照值" in header_2025 and "达标" not in header_2025


def test_a_citation_comes_apart_into_what_another_language_rebuilds():
    """The English interface rebuilds each shipped citation from its parts: nothing is lost or invented, and
    brackets inside a title stay in the title."""
    from zgsz_desktop.policy.edition import Source, citation_parts, shipped_editions

    for edition in shipped_editions():
        for source in edition.sources:
            title, numbers, others = citation_parts(source.citation)
            assert title == source.title
            details = "，".join(part for part in (source.document_no, source.issuer) if part)
            assert "，".join([*numbers, *others]) == details or sorted([*numbers, *others]) == sorted(
                details.split("，"))
    plain = Source("x", "智能工厂梯度培育（四个层级）", "工业和信息化部", "工信厅〔2024〕1号", "", "V",
                   kind="description")
    assert citation_parts(plain.citation) == ("智能工厂梯度培育（四个层级）", ["工信厅〔2024〕1号"], ["工业和信息化部"])
    assert citation_parts("没有括号") == ("没有括号", [], [])
