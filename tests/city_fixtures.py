"""Districts for the city's tests (tests/city, tests/ui): each with its own key and a district database of genuine
imported packages, each exporting its signed summary for 2024年度."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

import pytest
from district_fixtures import district, document, package, uscc, write

from zgsz_desktop.demo import demo_documents
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.importer import import_packages
from zgsz_desktop.district.summary_package import export_summary_package
from zgsz_desktop.fileio import write_json_atomic

CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"
PERIOD = "2024年度"
ISSUED = "2025-02-01T09:00:00+08:00"
IMPORTED = "2025-01-20T10:00:00+08:00"
# name, division of its credit codes, how many enterprises
DISTRICTS = (("海安市", "320685", 3), ("如皋市", "320682", 2), ("崇川区", "320602", 4))


def _projects(completed_2024: int) -> list[dict[str, object]]:
    base = next(d for d in demo_documents() if d.questionnaire.id == CORE).to_json()["answers"]["projects.list"]
    extra = [{"type": "upgrade", "name": f"产线改造{n}", "year": 2024, "status": "completed", "investment": 100}
             for n in range(completed_2024)]
    return [*copy.deepcopy(base), *extra]


@dataclass
class DistrictCase:
    name: str
    db_path: Path
    recipient_path: Path  # the .zgszkey the district hands out (with its signing key)
    summary_path: Path
    codes: list[str]


def build_district(folder: Path, name: str, division: str, count: int, first_serial: int) -> DistrictCase:
    d = district(name)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    codes = []
    for i in range(count):
        serial = first_serial + i
        code = uscc(serial, division)
        codes.append(code)
        company = f"{name}测试企业{i + 1}号"
        core = document(CORE, code=code, name=company, district_name=name, key_enterprise=i % 2 == 0,
                        scale="规上" if i != 1 else "小微",
                        changes={"rnd.tool_users": 8 + 3 * i, "projects.list": _projects(i)})
        miit = document(MIIT, code=code, name=company, district_name=name, key_enterprise=i % 2 == 0)
        files.append(write(folder, f"{serial}-core.zgsz", package(core, f"{name}-{serial}", to=d)))
        files.append(write(folder, f"{serial}-miit.zgsz", package(miit, f"{name}-{serial}", to=d)))
    db_path = folder / "district.zgszdb"
    db = open_db(db_path)
    try:
        import_packages(db, files, d.identity, workers=1, now=lambda: IMPORTED)
        summary = export_summary_package(db, d.identity, PERIOD, folder / f"{name}.zgszsummary", ISSUED)
    finally:
        db.conn.close()
    recipient_path = folder / f"{name}.zgszkey"
    unlocked = d.key.recipient
    assert unlocked.signing_raw is not None  # new district keys publish their signing key
    write_json_atomic(recipient_path, unlocked.to_json())
    return DistrictCase(name, db_path, recipient_path, summary.path, codes)


def build_three(root: Path) -> list[DistrictCase]:
    cases = []
    serial = 700
    for name, division, count in DISTRICTS:
        cases.append(build_district(root / division, name, division, count, serial))
        serial += 10
    return cases


@pytest.fixture(scope="session")
def three_districts(tmp_path_factory: pytest.TempPathFactory) -> list[DistrictCase]:
    """Three districts, built once per test session (imported by the city tests as a fixture)."""
    return build_three(tmp_path_factory.mktemp("districts"))
