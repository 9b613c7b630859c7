"""The dashboard's figures against counts worked out by hand on a small district, and the exports
(xlsx, CSV, PDF) against the dashboard."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from district_fixtures import district, document, package, uscc, write

from zgsz_desktop.district.dashboard import build_dashboard, enterprise_rows
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.exports import write_csv, write_summary_pdf, write_xlsx
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.roster import RosterError, import_roster

CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"
X, Y, Z, W = uscc(11), uscc(12), uscc(13), uscc(14)
MGMT_ALL_SYSTEM = {f"mgmt.{k}": "system" for k in
                   ("finance", "purchasing", "sales", "inventory", "hr", "planning", "quality", "equipment", "office")}


def _project(year: int, status: str = "completed") -> dict:
    return {"type": "upgrade", "name": f"改造{year}", "year": year, "status": status}


NO_HONOURS = {"honours.liangronghe": "none", "honours.has_smart_workshop": False, "honours.has_first_set": False,
              "honours.has_benchmark_factory": False, "honours.has_iiot_pilot": False}
NO_HONOUR_TABLES = ("honours.smart_workshops", "honours.first_set", "honours.benchmark_factories",
                    "honours.iiot_pilots", "honours.liangronghe_year")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("district")
    x_changes = {
        **NO_HONOURS,
        "cnc.key_processes": [{"name": "车削", "equipment_total": 10, "nc_equipment": 7}],  # 70 %
        # mgmt stays the demo's: 6 of 9 digital = 66.7 %
        "rnd.has_design": True, "rnd.design_staff": 10, "rnd.tool_users": 10,  # 100 %
        "projects.has_any": True,
        "projects.list": [_project(2024), _project(2024), _project(2023), _project(2024, "ongoing")],
        "honours.has_smart_workshop": True,
        "honours.smart_workshops": [{"level": "provincial", "kind": "workshop", "name": "甲车间", "year": 2024}],
        "honours.has_first_set": True, "honours.first_set": [{"level": "city", "name": "甲装备", "year": 2024}],
        "honours.liangronghe": "a", "honours.liangronghe_year": 2023,
        "cloud.current_star": "three", "cloud.current_star_year": 2023,  # 新培育 in the plan period
    }
    x_old = {**x_changes, "projects.list": [_project(2024)] * 5}  # superseded: must not count
    y_changes = {
        **NO_HONOURS, **MGMT_ALL_SYSTEM,  # 100 %
        "cnc.key_processes": [{"name": "冲压", "equipment_total": 10, "nc_equipment": 5}],  # 50 %
        "rnd.has_design": True, "rnd.design_staff": 20, "rnd.tool_users": 18,  # 90 %: not 接近92 by our reading
        "projects.has_any": True, "projects.list": [_project(2024)],
        "honours.has_smart_workshop": True,
        "honours.smart_workshops": [{"level": "city", "kind": "workshop", "name": "乙车间", "year": 2023}],
        "honours.has_iiot_pilot": True,
        "honours.iiot_pilots": [{"category": "fusion", "level": "provincial", "name": "乙试点", "year": 2022},
                                # a 5G factory is another row of the plan, not 融合创新试点示范
                                {"category": "five_g", "level": "provincial", "name": "乙5G工厂", "year": 2023}],
        "cloud.current_star": "none",
    }
    z_changes = {
        **NO_HONOURS,
        "cnc.key_processes": [{"name": "注塑", "equipment_total": 10, "nc_equipment": 9}],  # 90 %
        "rnd.has_design": False, "projects.has_any": False,
        "cloud.current_star": "four", "cloud.current_star_year": 2021,  # awarded before the plan: not 新培育
    }
    files = [
        ("01-x-old.zgsz", package(document(CORE, code=X, name="甲公司", changes=x_old,
                                           remove=NO_HONOUR_TABLES), "x", sequence=1)),
        ("02-x.zgsz", package(document(CORE, code=X, name="甲公司", changes=x_changes,
                                       remove=("honours.benchmark_factories", "honours.iiot_pilots")),
                              "x", sequence=2)),
        ("03-x-miit.zgsz", package(document(MIIT, code=X, name="甲公司"), "x")),
        ("04-y.zgsz", package(document(CORE, code=Y, name="乙公司", changes=y_changes, scale="列规纳统小微",
                                       remove=("honours.first_set", "honours.benchmark_factories",
                                               "honours.liangronghe_year")), "y")),
        ("05-y-miit-2023.zgsz", package(document(MIIT, code=Y, name="乙公司", period="2023年度"), "y")),
        ("06-z.zgsz", package(document(CORE, code=Z, name="丙公司", key_enterprise=False, changes=z_changes,
                                       remove=("rnd.design_staff", "rnd.tool_users", "rnd.tools", "projects.list",
                                               *NO_HONOUR_TABLES)), "z")),
    ]
    for name, data in files:
        write(folder, name, data)
    database = open_db(folder / "d.zgszdb")
    summary = import_packages(database, [folder], district().identity, workers=1)
    assert [o.verdict for o in summary.outcomes] == ["new", "superseding", "new", "new", "new", "new"]
    roster = folder / "roster.csv"
    roster.write_text("统一社会信用代码,企业名称,重点企业\n"
                      f"{X},甲公司,是\n{Y},乙公司,是\n{Z},丙公司,否\n{W},丁公司,是\n", encoding="utf-8")
    assert import_roster(database, roster, district().identity) == 4
    return database


def _quota(board, key):
    return next(q for q in board.quotas if q.key == key)


def test_quotas_match_hand_counts(db):
    board = build_dashboard(db, 2024)
    assert board.district == "海安市"
    assert (board.enterprises, board.submitted, board.core_submitted, board.miit_submitted) == (3, 3, 3, 1)
    projects = _quota(board, "zgsz_projects")
    # 附件1 is for 规上企业: X (规上) 2 completed in 2024; Y is 列规纳统小微, its project is named, not counted
    assert (projects.actual, projects.quota) == (2, 320)
    assert "非规上企业完成的项目 1 个" in projects.note
    assert projects.ratio == pytest.approx(2 / 320)
    assert (_quota(board, "provincial_workshops").actual, _quota(board, "provincial_workshops").quota) == (1, 3)
    assert _quota(board, "city_workshops").actual == 0  # Y's city workshop is 2023
    assert _quota(board, "first_set_equipment").actual == 1
    assert (_quota(board, "certified").actual, _quota(board, "certified").quota) == (1, 17)
    assert _quota(board, "benchmark_factories").actual == 0
    assert [_quota(board, f"cloud_{s}").actual for s in (5, 4, 3)] == [0, 0, 1]  # Z's 2021 star is not new
    assert _quota(board, "cases").actual is None and _quota(board, "cases").ratio is None
    assert _quota(board, "pilots").actual == 1


def test_benchmarks_count_key_enterprises_against_the_targets(db):
    cnc, mgmt, rnd = build_dashboard(db, 2024).benchmarks
    assert (cnc.key_reported, cnc.key_met, cnc.all_reported, cnc.all_met) == (2, 1, 3, 2)
    assert cnc.key_average == pytest.approx(0.6) and cnc.all_average == pytest.approx(0.7)
    assert cnc.distribution[7] == 1 and cnc.distribution[5] == 1 and sum(cnc.distribution) == 2
    assert (mgmt.key_reported, mgmt.key_met, mgmt.all_met) == (2, 1, 1)
    assert mgmt.key_average == pytest.approx((6 / 9 + 1) / 2)
    assert (rnd.key_reported, rnd.key_met, rnd.all_reported) == (2, 1, 2)  # Z has no design work: not counted
    assert rnd.key_average == pytest.approx(0.95)


def test_levels_roster_and_years(db):
    board = build_dashboard(db, 2024)
    assert board.miit_levels["二级"] == 1 and sum(board.miit_levels.values()) == 1
    assert [m["uscc"] for m in board.not_submitted] == [W]
    earlier = build_dashboard(db, 2023)
    assert (earlier.core_submitted, earlier.miit_submitted) == (0, 1)
    assert _quota(earlier, "zgsz_projects").actual == 1  # X's 2023 project, from its latest report
    assert {m["uscc"] for m in earlier.not_submitted} == {X, Z, W}


def test_enterprise_rows(db):
    rows = {row.uscc: row for row in enterprise_rows(db, 2024)}
    assert set(rows) == {X, Y, Z, W}  # W is on the roster only: listed, so staff can phone it
    assert rows[W].on_roster_only and rows[W].cnc_rate is None and rows[W].name == "丁公司"
    assert not rows[X].on_roster_only
    assert rows[X].cnc_rate == pytest.approx(0.7) and rows[X].projects_completed == 2 and rows[X].miit_level == "二级"
    assert rows[Z].rnd_rate is None and rows[Z].key_enterprise is False and rows[Y].miit_level == ""


def test_xlsx_opens_and_its_totals_equal_the_dashboard(db, tmp_path):
    from openpyxl import load_workbook

    board = build_dashboard(db, 2024)
    path = write_xlsx(db, 2024, tmp_path / "汇总")
    assert path.suffix == ".xlsx"
    book = load_workbook(path)
    assert book.sheetnames == ["汇总", "企业明细", "未报送", "不完整报送", "说明"]
    partial = list(book["不完整报送"].iter_rows(values_only=True))
    assert [row[3] for row in partial[1:]] == ["、".join(p["missing"]) for p in board.partial] and board.partial
    summary = {row[1]: row for row in book["汇总"].iter_rows(values_only=True) if row and row[0] in
               ("附件1", "附件2", "附件3")}
    for quota in board.quotas:
        assert summary[quota.label][3] == (quota.actual if quota.actual is not None else "未采集"), quota.label
        assert summary[quota.label][4] == quota.quota
    detail = list(book["企业明细"].iter_rows(values_only=True))
    header, body = detail[0], detail[1:]
    assert len(body) == board.enterprises + len(board.not_submitted)  # + roster enterprises never reported
    projects = header.index("当年完成项目数")
    scale = header.index("规模")
    # 附件1 counts 规上企业 only; the detail lists every enterprise's projects so the difference can be seen
    assert sum(row[projects] for row in body if row[scale] == "规上") == _quota(board, "zgsz_projects").actual
    assert sum(row[projects] for row in body) == _quota(board, "zgsz_projects").actual + 1
    key, met = header.index("重点企业"), header.index("数控化率达标")
    assert sum(1 for row in body if row[key] == "是" and row[met] == "是") == board.benchmarks[0].key_met
    uscc_cells = [row[0] for row in body]
    assert set(uscc_cells) == {X, Y, Z, W}  # text, not numbers
    assert next(row for row in body if row[0] == W)[header.index("核心指标评估期")] == "未报送"
    ratios = [row[5] for row in book["汇总"].iter_rows(values_only=True) if row and row[0] == "附件1"]
    assert ratios == [pytest.approx(2 / 320)]  # a number Excel can sort, shown as a percentage
    assert [row[0] for row in book["未报送"].iter_rows(values_only=True)][1:] == [W]
    assert any("哈希链完整" in str(row[0]) for row in book["说明"].iter_rows(values_only=True) if row[0])


def test_csv_and_pdf(db, tmp_path):
    from pypdf import PdfReader

    path = write_csv(db, 2024, tmp_path / "企业.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][0] == "统一社会信用代码" and len(rows) == 5
    pdf = write_summary_pdf(db, 2024, tmp_path / "汇总.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "海安市" in text and "完成“智改数转”项目数" in text and "320" in text


def test_bad_roster_changes_nothing(db, tmp_path):
    bad = tmp_path / "roster.csv"
    bad.write_text(f"企业名称,统一社会信用代码\n甲公司,{X}\n乙公司,{X[:-1]}0\n丙公司,{X}\n", encoding="utf-8")
    with pytest.raises(RosterError) as caught:
        import_roster(db, bad, district().identity)
    assert "第 3 行" in str(caught.value) and "第 4 行" in str(caught.value) and "与第 2 行重复" in str(caught.value)
    assert db.execute("SELECT count(*) FROM roster").fetchone()[0] == 4


def test_roster_from_gbk_csv_and_xlsx(tmp_path):
    from openpyxl import Workbook

    database = open_db(tmp_path / "r.zgszdb")
    gbk = tmp_path / "名单.csv"
    gbk.write_bytes(f"序号,企业名称,统一社会信用代码,是否重点企业\n1,甲公司,{X},是\n".encode("gb18030"))
    assert import_roster(database, gbk, district().identity) == 1
    book = Workbook()
    sheet = book.active
    sheet.append(["海安市规上工业企业名单"])
    sheet.append(["统一社会信用代码", "企业名称", "重点企业", "联系电话"])
    sheet.append([Y, "乙公司", "否", 13800000000])
    sheet.append([])
    sheet.append([Z, "丙公司", "是", None])
    book.save(tmp_path / "名单.xlsx")
    # an entirely different list replaces the old one only when confirmed
    assert import_roster(database, tmp_path / "名单.xlsx", district().identity, confirm=True) == 2
    rows = database.execute("SELECT uscc, key_enterprise, phone FROM roster ORDER BY uscc").fetchall()
    assert rows == [(Y, 0, "13800000000"), (Z, 1, "")]
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    with pytest.raises(RosterError, match=r"另存为 \.xlsx"):
        import_roster(database, old, district().identity)
    with pytest.raises(RosterError, match="找不到名单文件"):
        import_roster(database, Path(tmp_path / "missing.csv"), district().identity)
    assert database.execute("SELECT count(*) FROM roster").fetchone()[0] == 2


def test_a_code_stored_as_a_number_in_excel_is_explained(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["统一社会信用代码", "企业名称"])
    book.active.append([913206855655356657, "甲公司"])  # Excel keeps 15 digits: the code is already damaged
    book.save(tmp_path / "名单.xlsx")
    with pytest.raises(RosterError, match="“文本”格式"):
        import_roster(open_db(tmp_path / "r.zgszdb"), tmp_path / "名单.xlsx", district().identity)


def test_another_districts_roster_is_not_taken_without_confirmation(db, tmp_path):
    from zgsz_desktop.district.roster import RosterNeedsConfirmation

    other = tmp_path / "rugao.csv"
    other.write_text("统一社会信用代码,企业名称\n" + "".join(f"{uscc(900 + i, '320682')},如皋{i}\n" for i in range(6)),
                     encoding="utf-8")
    with pytest.raises(RosterNeedsConfirmation, match="原名单 4 家企业中只有 0 家"):
        import_roster(db, other, district().identity)
    assert {row[0] for row in db.execute("SELECT uscc FROM roster")} == {X, Y, Z, W}
