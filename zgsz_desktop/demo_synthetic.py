"""Synthetic enterprises of one demo district, for training district staff and for the benchmarks.

Each enterprise gets a realistic profile (a valid 统一社会信用代码 for the district's administrative
division, an industry of GB/T 4754 门类C, a size, whether it is a 重点企业) and a *maturity* between 0
and 1 that drives every answer, so the district sees a believable spread: a few leaders, many in the
middle, a tail that is just starting. Answers start from the shipped demo and are varied question by
question; every generated document is checked and scored like an enterprise's own before use.

Deterministic for a given seed: the same command writes the same enterprises and answers.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .answers_file import AnswersDocument, parse_answers
from .questionnaire.model import Question, Questionnaire
from .scoring.engine import score
from .uscc import CHARSET, check_character

# 行政区划代码 of the plan's districts (民政部 2023); the parks use their host county's code.
DIVISION_CODES = {
    "海安市": "320685", "如皋市": "320682", "如东县": "320623", "启东市": "320681", "崇川区": "320613",
    "通州区": "320612", "海门区": "320684", "南通开发区": "320691", "苏锡通园区": "320684",
    "通州湾示范区": "320612",
}
_BRAND = "瑞丰华宏泰鑫盛恒通达立信诚德利源邦凯锦隆顺昌宇嘉润博远永鼎腾辉晨启航新嘉禾金"
_INDUSTRY_WORDS = {
    "17": ("纺织", "家纺"), "18": ("服饰", "制衣"), "26": ("化工", "新材料"), "27": ("药业", "生物医药"),
    "29": ("塑业", "橡塑制品"), "33": ("金属制品", "五金"), "34": ("精密机械", "通用设备"),
    "35": ("专用设备", "智能装备"), "36": ("汽车零部件", "汽配"), "37": ("船舶配套", "海工装备"),
    "38": ("电气", "电机"), "39": ("电子", "光电科技"), "40": ("仪器仪表", "智能仪表"), "30": ("建材", "新型材料"),
}
_INDUSTRY_NAMES = {
    "17": "纺织业", "18": "纺织服装、服饰业", "26": "化学原料和化学制品制造业", "27": "医药制造业",
    "29": "橡胶和塑料制品业", "30": "非金属矿物制品业", "33": "金属制品业", "34": "通用设备制造业",
    "35": "专用设备制造业", "36": "汽车制造业", "37": "铁路、船舶、航空航天和其他运输设备制造业",
    "38": "电气机械和器材制造业", "39": "计算机、通信和其他电子设备制造业", "40": "仪器仪表制造业",
}
_SURNAMES = "陈张王李刘周吴徐孙朱黄顾季杨曹沈钱陆施"
_GIVEN = "建华国强志明海峰卫东小军丽萍文斌振宇春燕晓东永刚雪梅"


@dataclass(frozen=True)
class SyntheticEnterprise:
    name: str
    uscc: str
    district: str
    industry_code: str
    key_enterprise: bool
    maturity: float
    profile: dict[str, Any]


def synthetic_uscc(rng: random.Random, district: str, taken: set[str]) -> str:
    while True:
        body = "91" + DIVISION_CODES.get(district, "320600") + "".join(rng.choice(CHARSET[:10] + "MA")
                                                                       for _ in range(9))
        code = body + check_character(body)
        if code not in taken:
            taken.add(code)
            return code


def synthetic_enterprises(count: int, district: str, seed: int = 2024) -> Iterator[SyntheticEnterprise]:
    rng = random.Random(seed)
    taken_codes: set[str] = set()
    taken_names: set[str] = set()
    for _ in range(count):
        industry = rng.choice(list(_INDUSTRY_WORDS))
        while True:
            brand = rng.choice(_BRAND) + rng.choice(_BRAND)
            word = rng.choice(_INDUSTRY_WORDS[industry])
            name = f"南通{brand}{word}有限公司"
            if name in taken_names:
                name = f"{district[:2]}{brand}{word}科技有限公司"
            if name not in taken_names:
                taken_names.add(name)
                break
        # maturity: a skewed spread (many in the middle, a few leaders, a tail just starting)
        maturity = min(1.0, max(0.0, rng.betavariate(2.4, 2.0)))
        scale = rng.choices(["规上", "规下"], weights=[8, 2])[0]
        key = scale == "规上" and rng.random() < 0.45 + 0.4 * maturity
        code = synthetic_uscc(rng, district, taken_codes)
        profile = {
            "name": name, "uscc": code, "district": district,
            "industry": {"code": industry, "name": _INDUSTRY_NAMES[industry]}, "scale": scale,
            "key_enterprise": key, "contact": rng.choice(_SURNAMES) + rng.choice(_GIVEN[::2]) + rng.choice(_GIVEN),
            "phone": f"0513-8{rng.randrange(1000000, 9999999)}",
        }
        yield SyntheticEnterprise(name, code, district, industry, key, maturity, profile)


# --------------------------------------------------------------------------- answers


def _pick_by_maturity(rng: random.Random, options: list[Any], maturity: float) -> Any:
    """An option from a list ordered from least to most mature, centred on the maturity."""
    position = maturity * (len(options) - 1) + rng.gauss(0, 0.8)
    return options[int(min(len(options) - 1, max(0, round(position))))]


def _core_answers(rng: random.Random, base: dict[str, Any], m: float) -> dict[str, Any]:
    a = copy.deepcopy(base)
    rows = []
    for row in a["cnc.key_processes"]:
        total = rng.randint(3, 40)
        share = min(1.0, max(0.0, rng.gauss(0.25 + 0.7 * m, 0.15)))
        rows.append({"name": row["name"], "equipment_total": total, "nc_equipment": round(total * share)})
    a["cnc.key_processes"] = rows[: rng.randint(3, len(rows))]
    modes = ["paper", "spreadsheet", "system", "integrated"]
    for key in [k for k in a if k.startswith("mgmt.")]:
        a[key] = "na" if rng.random() < 0.04 else _pick_by_maturity(rng, modes, m + rng.gauss(0.1, 0.15))
    if rng.random() < 0.12 - 0.08 * m:
        a["rnd.has_design"] = False
        for key in ("rnd.design_staff", "rnd.tool_users", "rnd.tools"):
            a.pop(key, None)
    else:
        staff = rng.randint(2, 60)
        a["rnd.design_staff"] = staff
        a["rnd.tool_users"] = round(staff * min(1.0, max(0.0, rng.gauss(0.45 + 0.55 * m, 0.15))))
    stars = ["none", "none", "three", "four", "five"]
    a["cloud.current_star"] = stars[min(4, max(0, int(m * 5 + rng.gauss(0, 0.6)) - 1))] if m > 0.45 else "none"
    if a["cloud.current_star"] != "none":  # the year of the award (附件3 counts stars awarded from 2022)
        # drawn from its own generator so that every other answer stays as it was before the question existed
        a["cloud.current_star_year"] = random.Random(f"star-year|{m!r}").choice([2019, 2021, 2022, 2023, 2024])
    else:
        a.pop("cloud.current_star_year", None)
    a["cloud.equipment_on_cloud"] = max(0, round(rng.gauss(60 * m, 10)))
    a["cloud.industrial_apps"] = max(0, round(rng.gauss(6 * m, 1.5)))
    a["cloud.months"] = max(0, round(rng.gauss(36 * m, 8)))
    a["cloud.edge_processing"] = rng.random() < m
    projects = []
    kinds = ["diagnosis", "upgrade", "cloud", "benchmark", "green"]
    for _ in range(rng.choices(range(7), weights=[2, 3, 4, 4, 3, 2, 1])[0]):
        year = rng.choice([2022, 2023, 2024, 2024, 2025])
        status = "completed" if year < 2024 or rng.random() < 0.55 else rng.choice(["ongoing", "planned"])
        if year == 2025:
            status = rng.choice(["ongoing", "planned"])
        kind = rng.choice(kinds)
        projects.append({"type": kind, "name": f"{_PROJECT_NAMES[kind]}（{year}）", "year": year, "status": status,
                         "investment": round(rng.uniform(5, 900) * (0.3 + m), 1)})
    a["projects.has_any"] = bool(projects)
    if projects:
        a["projects.list"] = projects
    else:
        a.pop("projects.list", None)
    a["honours.liangronghe"] = _pick_by_maturity(rng, ["none", "none", "ongoing", "a", "aa", "aaa"], m)
    if a["honours.liangronghe"] in ("a", "aa", "aaa"):
        a["honours.liangronghe_year"] = rng.choice([2019, 2021, 2022, 2023, 2024])
    else:
        a.pop("honours.liangronghe_year", None)
    for flag, table, chance, make in (
            ("honours.has_smart_workshop", "honours.smart_workshops", 0.35, _workshop),
            ("honours.has_first_set", "honours.first_set", 0.15, _first_set),
            ("honours.has_benchmark_factory", "honours.benchmark_factories", 0.06, _benchmark),
            ("honours.has_iiot_pilot", "honours.iiot_pilots", 0.12, _pilot)):
        if rng.random() < chance * m * 2:
            a[flag] = True
            a[table] = [make(rng) for _ in range(rng.choice([1, 1, 1, 2]))]
        else:
            a[flag] = False
            a.pop(table, None)
    a["honours.security_star"] = _pick_by_maturity(rng, ["none", "none", "s1", "s2", "s3"], m)
    return a


_PROJECT_NAMES = {"diagnosis": "智改数转诊断服务", "upgrade": "生产线智能化改造", "cloud": "业务系统上云",
                  "benchmark": "数字化标杆示范建设", "green": "节能降耗绿色化改造"}


def _level(rng: random.Random) -> str:
    return rng.choices(["national", "provincial", "city"], weights=[1, 4, 6])[0]


def _workshop(rng: random.Random) -> dict[str, Any]:
    return {"level": _level(rng), "kind": rng.choice(["workshop", "factory"]), "name": "示范智能车间",
            "year": rng.choice([2021, 2022, 2023, 2024])}


def _first_set(rng: random.Random) -> dict[str, Any]:
    return {"level": _level(rng), "name": "首台（套）智能装备", "year": rng.choice([2022, 2023, 2024])}


def _benchmark(rng: random.Random) -> dict[str, Any]:
    return {"level": rng.choice(["provincial", "national"]), "name": "工业互联网标杆工厂",
            "year": rng.choice([2022, 2023, 2024])}


def _pilot(rng: random.Random) -> dict[str, Any]:
    return {"category": rng.choice(["fusion", "five_g", "platform", "identifier"]), "level": _level(rng),
            "name": "工业互联网试点示范", "year": rng.choice([2022, 2023, 2024])}


def _miit_answers(rng: random.Random, questionnaire: Questionnaire, base: dict[str, Any], m: float) -> dict[str, Any]:
    """MIIT items and scenes: each single choice picked by maturity along its options ordered by points
    (or scene level); multiple choices take a maturity-sized share; counts that would need to agree with
    the chosen band are left out (they are optional)."""
    a = copy.deepcopy(base)
    for module in questionnaire.modules:
        for question in module.questions:
            if question.id not in a:
                continue
            if question.type == "single" and question.options:
                ordered = _ordered(question)
                a[question.id] = _pick_by_maturity(rng, ordered, m + rng.gauss(0, 0.12))
            elif question.type == "multi" and question.options:
                keys = [o.key for o in question.options if not o.exclusive]
                size = max(1, min(len(keys), round(len(keys) * min(1.0, max(0.05, rng.gauss(m, 0.15))))))
                a[question.id] = sorted(rng.sample(keys, size))
            elif question.type == "number" and not question.required:
                a.pop(question.id, None)
    return a


def _ordered(question: Question) -> list[str]:
    def rank(option: Any) -> float:
        if option.points is not None:
            return float(option.points)
        if option.level is not None:
            return float(option.level)
        return 0.0

    return [o.key for o in sorted(question.options, key=rank) if not o.not_applicable]


def synthetic_documents(enterprise: SyntheticEnterprise, demo: list[AnswersDocument], period: str,
                        seed: int) -> list[AnswersDocument]:
    """The enterprise's answers for each demo questionnaire, checked and scorable."""
    rng = random.Random(f"{seed}|{enterprise.uscc}")
    documents = []
    for base in demo:
        q = base.questionnaire
        if q.id == "nantong-zgsz-core":
            answers = _core_answers(rng, dict(base.answers), enterprise.maturity)
        else:
            answers = _miit_answers(rng, q, dict(base.answers), enterprise.maturity)
        raw = {**base.to_json(), "period": period, "enterprise": enterprise.profile, "answers": answers}
        document = parse_answers(raw, f"示例企业 {enterprise.name}")
        score(q, document.answers)  # raises if the generated answers do not fit (a bug here, not user input)
        documents.append(document)
    return documents


# --------------------------------------------------------------------------- a district database, directly


def _submission_rows(args: tuple[SyntheticEnterprise, str, int]) -> list[dict[str, Any]]:
    """What the importer would store for one enterprise's submission of ``period``: each questionnaire's
    columns and facts from our own scoring (run in a worker process)."""
    from .demo import demo_documents
    from .district.facts import submission_facts
    from .policy import edition_for_period

    enterprise, period, seed = args
    rows = []
    for document in synthetic_documents(enterprise, demo_documents(), period, seed):
        rescored = score(document.questionnaire, document.answers,
                         edition=edition_for_period(document.period)).to_dict()
        facts = submission_facts(document.questionnaire.id, document.to_json(), rescored)
        rows.append({"questionnaire_id": document.questionnaire.id, "version": document.questionnaire.version,
                     "hash": document.questionnaire.content_hash, "facts": facts})
    return rows


def synthetic_district_db(path: Path, enterprises: int, *, district: str = "海安市", seed: int = 2024,
                          periods: tuple[str, ...] = ("2024年度",), workers: int | None = None,
                          created_at: str = "2025-01-15T09:00:00+00:00") -> None:
    """A district database of ``enterprises`` synthetic enterprises, each with one complete submission (both
    questionnaires, scored and counted as the importer does) for every period of ``periods`` — the same
    answers in each period, as the benchmark's grown fixture — written row by row without packages (no
    package bytes, no log: for timing the dashboard, not for an audit). Minutes of package making saved."""
    import json
    import os
    import uuid
    from concurrent.futures import ProcessPoolExecutor

    from .district.db import open_db, transaction, write_counts
    from .district.facts import period_year_order

    people = list(synthetic_enterprises(enterprises, district, seed))
    workers = workers or (os.cpu_count() or 1)
    args = [(e, periods[0], seed) for e in people]
    if workers <= 1 or enterprises < 16:
        parts = [_submission_rows(arg) for arg in args]
    else:
        import multiprocessing

        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            parts = list(pool.map(_submission_rows, args, chunksize=max(1, min(64, enterprises // (workers * 4)))))
    db = open_db(path)
    columns = ("package_id, questionnaire_id, uscc, enterprise_name, period, period_year, period_order, "
               "questionnaire_version, questionnaire_hash, format_version, key_epoch, sequence, supersedes, "
               "created_at, imported_at, signer_key_id, verification_code, package_sha256, source_name, current, "
               "key_enterprise, complete, cnc_rate, mgmt_rate, rnd_rate, cnc_met, mgmt_met, rnd_met, "
               "cloud_estimate, cloud_awarded, miit_level, miit_points, facts")

    def flag(value: Any) -> int | None:
        return None if value is None else int(bool(value))

    rng = random.Random(f"{seed}|packages")
    with transaction(db):
        for enterprise in people:
            p = enterprise.profile
            db.execute("INSERT INTO enterprises (uscc, name, district, industry_code, industry_name, scale, "
                       "key_enterprise, contact, phone, key_id, public_key, key_pinned_at, first_seen, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [p["uscc"], p["name"], district, p["industry"]["code"], p["industry"]["name"], p["scale"],
                        int(p["key_enterprise"]), p["contact"], p["phone"], f"key-{p['uscc']}",
                        p["uscc"].encode(), created_at, created_at, created_at])
        for period in periods:
            year, order = period_year_order(period)
            rows, counted = [], []
            for enterprise, questionnaires in zip(people, parts, strict=True):
                package_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                sha = f"{rng.getrandbits(256):064x}"
                for part in questionnaires:
                    facts = part["facts"]
                    counted.append((package_id, part["questionnaire_id"], facts))
                    rows.append((
                        package_id, part["questionnaire_id"], enterprise.uscc, enterprise.name, period, year, order,
                        part["version"], part["hash"], 2, 1, 1, None, created_at, created_at,
                        f"key-{enterprise.uscc}", sha[:8], sha, f"{enterprise.uscc}-{period}.zgsz", 1,
                        int(facts.get("key_enterprise") is True), int(facts.get("complete", False)),
                        facts.get("cnc_rate"), facts.get("mgmt_rate"), facts.get("rnd_rate"),
                        flag(facts.get("cnc_met")), flag(facts.get("mgmt_met")), flag(facts.get("rnd_met")),
                        facts.get("cloud_estimate"), facts.get("cloud_awarded"), facts.get("miit_level"),
                        facts.get("miit_points"), json.dumps(facts, ensure_ascii=False)))
            db.conn.executemany(f"INSERT INTO submissions ({columns}) VALUES ({', '.join('?' * 33)})", rows)
            for package_id, questionnaire_id, facts in counted:  # what the quota rows count, as an import writes it
                write_counts(db, package_id, questionnaire_id, facts)
    db.conn.close()
