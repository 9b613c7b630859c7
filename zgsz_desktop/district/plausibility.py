"""Plausibility flags: what the district's operator should look at before the figures go to the city.

Nothing here changes a figure (a flag is not a silent cap): each flag names one enterprise or one
package, says what looks wrong and why it matters, and what to do about it.

Four kinds (:data:`KINDS`):

* ``limit`` — an enterprise's latest 南通核心指标 submission (what the quota rows count, see
  ``dashboard.quota_rows``) adds more to one quota row than one enterprise plausibly has (thresholds below:
  our judgement, not the plan's), or counts something dated after the package was made (a project marked
  已完成 in a year that had not begun). Rates need no check: re-scoring keeps them within 0–100 % and the
  questionnaire bounds each numerator by its denominator.
* ``not_on_roster`` — reported for the year, not on the imported roster (only once a roster is imported).
* ``other_district`` — the USCC's characters 3–8 (the registration authority's division code, GB 32100)
  belong to another district or lie outside Nantong; codes and the functional zones' arrangements are
  data (``resources/nantong-divisions.yaml``) with their sources and how sure we are.
* ``hidden_characters`` — control, bidi or zero-width characters in a name, contact or phone.

Cost: one pass over what the latest submissions count (``dashboard.LatestCounts``, which the dashboard has read
already) to find the few enterprises a limit could flag, whose facts alone are then read and checked; the
enterprises and the roster as the dashboard has read them; a query for the packages of the flagged enterprises.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

import sqlite_utils
import yaml

from ..locate import resource
from ..text import hidden_characters, visible

if TYPE_CHECKING:  # the dashboard imports this module
    from ..policy import PolicyEdition
    from .dashboard import Latest, LatestCounts, QuotaRow, Registers

# flag kinds, in the order they are listed
KINDS = {
    "limit": "数值异常",  # a package adds more to a quota than one enterprise plausibly can
    "not_on_roster": "不在名单中",  # an enterprise reported but is not on the district's roster
    "other_district": "信用代码属其他地区",  # the USCC's division code belongs to another district
    "hidden_characters": "名称含不可见字符",  # bidi controls / zero-width characters in a name or contact
}

DIVISIONS_FILE = "nantong-divisions.yaml"
PLAN_FIRST_YEAR = 2022  # as dashboard.PLAN_FIRST_YEAR (not imported: the dashboard imports this module)

# ---------------------------------------------------------------------------------------------------- thresholds
# How much one enterprise may add to one quota row before the operator is asked to check. These are OUR
# JUDGEMENT, not rules of the plan (通政办发〔2022〕3号 sets district totals, never a per-enterprise limit); the
# figure is counted either way. Each is set well above what a busy enterprise reports, so that a flag is worth
# a phone call.

# 附件1: the city's 2,000 projects a year (2024: 1,700) are spread over about 5,700 规上 enterprises (plan §一(三)),
# a district gets 25–380 a year. More than 10 *completed* projects in one year is rare even for a large group.
MAX_PROJECTS_PER_YEAR = 10
# 附件2: a district's yearly target is 1–3 provincial and 1–5 city 示范智能车间（工厂）, and 1–5 首台（套）. One
# enterprise with more than 2 awards of the same row in one year would take most of its district's target; the
# same award entered twice is the likelier explanation.
MAX_WORKSHOPS_PER_YEAR = 2  # per row: 省级 and 市级 separately
MAX_FIRST_SET_PER_YEAR = 2
# 附件3 (2022 to the selected year): a district's whole-period target is 0–3 标杆工厂 and 6–11 试点示范. Two
# benchmark factories happen (a group with two plants); more is rare, and a factory named at two levels (province,
# then nation) is one factory the row counts twice.
MAX_BENCHMARK_FACTORIES = 2
MAX_PILOTS = 3


@dataclass(frozen=True)
class Flag:
    kind: str  # a key of KINDS
    uscc: str
    enterprise: str  # already made visible (zgsz_desktop.text.visible)
    period: str
    package_id: str
    message: str  # one or two plain Chinese sentences: what, why it matters, what to do
    quota_key: str = ""  # limit: the QuotaRow.key the figure is counted in
    value: int | None = None  # limit: what the package adds to that row

    @property
    def label(self) -> str:
        return KINDS[self.kind]


@dataclass
class Plausibility:
    flags: list[Flag] = field(default_factory=list)
    not_on_roster: list[dict[str, Any]] = field(default_factory=list)  # uscc, name (raw), period


# ---------------------------------------------------------------------------------------------------- divisions


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    district: str
    note: str = ""
    confidence: str = ""


@dataclass(frozen=True)
class Divisions:
    """``resources/nantong-divisions.yaml``: Nantong's division codes (current and former) and the zones."""

    codes: Mapping[str, Division]
    no_district: Mapping[str, str]  # registration authorities above a district (city, province, nation)
    zones: Mapping[str, tuple[str, ...]]  # functional zone → districts whose codes its enterprises may carry
    cities: Mapping[str, str]  # other Jiangsu cities by characters 3–6
    provinces: Mapping[str, str]  # by characters 3–4
    city_prefix: str = "3206"

    @property
    def districts(self) -> frozenset[str]:
        return frozenset({d.district for d in self.codes.values()} | set(self.zones))

    def accepts(self, district: str) -> frozenset[str]:
        """The districts whose codes are not flagged in ``district``'s database."""
        return frozenset({district, *self.zones.get(district, ())})

    def describe(self, code: str) -> str:
        division = self.codes.get(code)
        if division is None:
            return code
        return f"{code}（{division.name}" + (f"，{division.note}" if division.note else "") + "）"

    def place(self, code: str) -> str:
        """Where a code outside Nantong points to, as far as the table knows."""
        if code[:4] in self.cities:
            return f"江苏省{self.cities[code[:4]]}"
        return self.provinces.get(code[:2], "")


@cache
def divisions() -> Divisions:
    with resource(DIVISIONS_FILE).open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    codes = {str(code): Division(str(code), str(row["name"]), str(row["district"]), str(row.get("note") or ""),
                                 str(row.get("confidence") or ""))
             for code, row in data["codes"].items()}
    return Divisions(
        codes=codes, no_district={str(k): str(v) for k, v in data["no_district"].items()},
        zones={str(zone): tuple(str(h) for h in row.get("hosts") or ()) for zone, row in data["zones"].items()},
        cities={str(k): str(v) for k, v in data["jiangsu_cities"].items()},
        provinces={str(k): str(v) for k, v in data["provinces"].items()})


def division_message(uscc: str, district: str, table: Divisions | None = None) -> str | None:
    """Why ``uscc``'s registration code is worth a check in ``district``'s database, or None.

    Not flagged: codes of the district itself (current and former), of a zone's host districts, of
    authorities above a district (南通市, 江苏省, 国家), and Nantong codes the table does not know (a zone's own
    registration authority may have a code we could not confirm: a warning we cannot explain would teach
    staff to skip the list). Nothing is said when the table does not know the database's district."""
    table = table or divisions()
    if district not in table.districts or len(uscc) < 8:
        return None
    code = uscc[2:8]
    if code in table.no_district:
        return None
    division = table.codes.get(code)
    ask = "请与企业核实其实际生产经营地和应向哪个区县报送；确属本区县的无需处理，其数据已计入本区县汇总。"
    if division is not None:
        if division.district in table.accepts(district):
            return None
        where = f"{division.name}（今{division.district}）" if division.name.startswith("原") else division.name
        return (f"统一社会信用代码第3—8位为 {table.describe(code)}，即登记机关在{where}，"
                f"而本数据库属于{district}。可能企业登记后迁到了本区县，或在区划调整前登记，也可能报错了区县；{ask}")
    if code.startswith(table.city_prefix):
        return None
    place = table.place(code)
    where = f"（{place}）" if place else "（不是已知的行政区划代码）"
    return (f"统一社会信用代码第3—8位为 {code}{where}，登记机关不在南通市。企业可能在外地注册、在本区县生产经营，"
            f"也可能报错了地区或信用代码；{ask}")


# ---------------------------------------------------------------------------------------------------- hidden characters

# What a hidden character does, in plain words (the rest are named by their Unicode category below).
_CHARACTER_NAMES = {
    0x202E: "从右向左覆盖：其后的文字倒序显示", 0x202D: "从左向右覆盖", 0x202A: "从左向右嵌入", 0x202B: "从右向左嵌入",
    0x202C: "结束方向覆盖或嵌入", 0x2066: "从左向右隔离", 0x2067: "从右向左隔离", 0x2068: "按首字方向隔离",
    0x2069: "结束方向隔离", 0x200E: "从左向右标记", 0x200F: "从右向左标记", 0x061C: "阿拉伯字母方向标记",
    0x200B: "零宽空格", 0x200C: "零宽不连字", 0x200D: "零宽连字", 0x2060: "零宽连接符", 0xFEFF: "零宽不换行空格（BOM）",
    0x00AD: "软连字符", 0x180E: "蒙古文元音分隔符", 0x2028: "行分隔符", 0x2029: "段分隔符", 0xFFFC: "对象替换符",
    0x0000: "空字符", 0x0009: "制表符", 0x000A: "换行符", 0x000D: "回车符", 0x001B: "转义符", 0x007F: "删除符",
}
_CATEGORY_NAMES = {"Cc": "控制字符", "Cf": "不可见的格式字符", "Co": "私用区字符", "Cs": "代理码位",
                   "Cn": "未分配的码位", "Zl": "行分隔符", "Zp": "段分隔符"}
_FIELDS = (("name", "企业名称"), ("contact", "联系人"), ("phone", "联系电话"))


def describe_character(codepoint: str) -> str:
    """``U+202E`` → ``U+202E（从右向左覆盖：其后的文字倒序显示）``."""
    import unicodedata

    value = int(codepoint[2:], 16)
    name = _CHARACTER_NAMES.get(value)
    if name is None and 0xE0000 <= value <= 0xE007F:
        name = "标签字符"
    if name is None:
        name = _CATEGORY_NAMES.get(unicodedata.category(chr(value)), "不可见字符")
    return f"{codepoint}（{name}）"


def hidden_message(fields: Mapping[str, str]) -> str | None:
    """The message for an enterprise whose ``fields`` (name, contact, phone) hold hidden characters."""
    found = []
    for key, label in _FIELDS:
        text = fields.get(key) or ""
        if text.isprintable():  # fast path: every hidden character is non-printable except U+FFFC
            if "\ufffc" not in text:
                continue
        characters = hidden_characters(text)
        if characters:
            found.append(f"{label}含 {'、'.join(describe_character(c) for c in characters)}")
    if not found:
        return None
    return ("；".join(found) + "。这类字符在屏幕上看不见，能让一个名称显示成另一个名称；本软件把它们写成 ⟦U+…⟧ 显示。"
            "请对照营业执照与企业核实，并请企业改正后重新报送。")


# ---------------------------------------------------------------------------------------------------- limits


@dataclass(frozen=True)
class _Limit:
    key: str  # QuotaRow.key
    what: str
    unit: str
    limit: int
    whole_plan: bool  # counted from 2022 to the year (附件3), else in the year
    why: str
    check: str


_LIMITS = (
    _Limit("zgsz_projects", "已完成的“智改数转”项目", "个", MAX_PROJECTS_PER_YEAR, False,
           "全市每年约2000个项目分到约5700家规上企业，一家企业一年完成这么多很少见",
           "项目清单中“已完成”的项目和完成年份"),
    _Limit("provincial_workshops", "省级示范智能车间（工厂）", "项", MAX_WORKSHOPS_PER_YEAR, False,
           "一家企业同一年获这么多项同级认定很少见，常见原因是同一认定填了两行", "认定文件"),
    _Limit("city_workshops", "市级示范智能车间", "项", MAX_WORKSHOPS_PER_YEAR, False,
           "一家企业同一年获这么多项同级认定很少见，常见原因是同一认定填了两行", "认定文件"),
    _Limit("first_set_equipment", "市级以上首台（套）重大智能装备", "项", MAX_FIRST_SET_PER_YEAR, False,
           "一家企业同一年认定这么多项很少见，常见原因是同一装备按不同级别填了多行", "认定文件"),
    _Limit("benchmark_factories", "工业互联网标杆工厂", "项", MAX_BENCHMARK_FACTORIES, True,
           "一家企业在规划期内获这么多项很少见，同一工厂先后获省级、国家级认定的会被算作两家",
           "是否有同一工厂填了两行"),
    _Limit("pilots", "工业互联网融合创新试点示范", "项", MAX_PILOTS, True,
           "一家企业在规划期内入选这么多项很少见，常见原因是同一项目填了多行", "入选文件"),
)
# quota row key → the counter that fills it (counters.py: one place for every count)
_COUNTERS = {"zgsz_projects": "projects_completed_above_scale", "provincial_workshops": "provincial_workshops",
             "city_workshops": "city_workshops", "first_set_equipment": "first_set_equipment",
             "benchmark_factories": "benchmark_factories", "pilots": "iiot_fusion_pilots",
             "certified": "liangronghe_certified"}
_CUMULATIVE = ("benchmark_factories", "pilots", "certified")


def _years(facts: Mapping[str, Any], key: str) -> list[int]:
    """The years of the counted entries of a quota row (as ``dashboard.quota_rows`` counts them)."""
    from .counters import years_of

    return years_of(facts, _COUNTERS[key])


def contribution(facts: Mapping[str, Any], key: str, year: int, first_year: int = PLAN_FIRST_YEAR) -> int:
    """What one enterprise's facts add to quota row ``key`` for ``year`` (the rows dashboard.quota_rows counts)."""
    first = first_year if key in _CUMULATIVE else year
    return sum(1 for y in _years(facts, key) if first <= y <= year)


class LatestPackage(NamedTuple):  # a tuple: one per enterprise in every refresh, made cheaply
    package_id: str
    period: str
    created_at: str


def limit_messages(facts: Mapping[str, Any], year: int, quotas: Mapping[str, Any],
                   created_at: str = "", first_year: int = PLAN_FIRST_YEAR) -> list[tuple[str, int, str]]:
    """(quota key, count, message) for each quota row ``facts`` add implausibly much to, and for what they count
    that is dated after the package was made (``created_at``, ISO). ``quotas``: QuotaRow by key."""
    found = []
    for rule in _LIMITS:
        row = quotas.get(rule.key)
        source = {"zgsz_projects": "projects_completed", "pilots": "pilots", "benchmark_factories":
                  "benchmark_factories", "first_set_equipment": "first_set"}.get(rule.key, "workshops")
        if rule.key != "zgsz_projects" and len(facts.get(source) or ()) <= rule.limit:
            continue  # fewer entries than the limit in all years: cannot exceed it
        count = contribution(facts, rule.key, year, first_year)
        if count <= rule.limit:
            continue
        span = f"{first_year}—{year}年" if rule.whole_plan else f"{year}年"
        label = f"{row.table}“{_inner(row.label)}”" if row is not None else rule.what
        target = f"（本区县{row.period}目标 {row.quota} {rule.unit}）" if row is not None and row.quota else ""
        found.append((rule.key, count, (
            f"填报{span}{rule.what} {count} {rule.unit}，已全部计入{label}{target}。{rule.why}"
            f"（超过 {rule.limit} {rule.unit}即提示，这是本软件的经验判断，不是规划的规定）。"
            f"请电话向企业核实{rule.check}，有误的请企业更正后重新报送。")))
    made = _year_of(created_at)
    if made is not None and year > made:
        future = []
        for key, what, unit in (("zgsz_projects", "已完成项目", "个"), *((r.key, r.what, r.unit) for r in _LIMITS[1:]),
                                ("certified", "通过两化融合贯标", "项")):
            first = first_year if key in _CUMULATIVE else year
            later = sorted(y for y in _years(facts, key) if first <= y <= year and y > made)
            if later:
                years = "、".join(str(y) for y in dict.fromkeys(later))
                future.append((len(later), f"{years}年{what} {len(later)} {unit}"))
        if future:
            found.append(("", sum(n for n, _ in future), (
                f"所填的{'、'.join(text for _, text in future)}，年份晚于报告包的生成日期 {created_at[:10]}，"
                f"却已计入{year}年的汇总。"
                "报告包生成时这些事还没有发生，可能是把计划中的项目选成了“已完成”或年份填错；请向企业核实，"
                "有误的请企业更正后重新报送。")))
    return found


def _inner(text: str) -> str:
    """Quotation marks inside a quotation become single ones (“完成‘智改数转’项目数”)."""
    return text.replace("“", "‘").replace("”", "’")


def _year_of(iso: str) -> int | None:
    try:
        return int(iso[:4])
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------------------------------- the flags


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _latest_packages(db: sqlite_utils.Database, usccs: list[str]) -> dict[str, LatestPackage]:
    """Each enterprise's latest current 南通核心指标 package (when the facts came without it)."""
    from .facts import CORE

    found: dict[str, tuple[int, LatestPackage]] = {}
    for chunk in _chunks(usccs):
        for uscc, order, package_id, period, created_at in db.execute(
                f"SELECT uscc, period_order, package_id, period, created_at FROM submissions "
                f"WHERE questionnaire_id = ? AND current = 1 AND uscc IN ({', '.join('?' * len(chunk))})",
                [CORE, *chunk]):
            if uscc not in found or order > found[uscc][0]:
                found[uscc] = (order, LatestPackage(package_id, period, created_at))
    return {uscc: package for uscc, (_, package) in found.items()}


def _year_packages(db: sqlite_utils.Database, year: int, sent: Mapping[str, tuple[str, Any]],
                   usccs: list[str]) -> dict[str, str]:
    """The package of each enterprise's submission for the year (南通核心指标's when both were sent apart)."""
    from .facts import CORE

    found: dict[str, tuple[bool, str]] = {}
    for chunk in _chunks(usccs):
        for uscc, period, questionnaire, package_id in db.execute(
                f"SELECT uscc, period, questionnaire_id, package_id FROM submissions WHERE current = 1 "
                f"AND period_year = ? AND uscc IN ({', '.join('?' * len(chunk))})", [year, *chunk]):
            if period == sent[uscc][0] and (uscc not in found or questionnaire == CORE):
                found[uscc] = (questionnaire == CORE, package_id)
    return {uscc: package_id for uscc, (_, package_id) in found.items()}


def _dated_after(facts: Mapping[str, Any], created_at: str) -> bool:
    """Whether any project or honour in ``facts`` is dated after the year ``created_at`` (ISO) falls in."""
    made = _year_of(created_at)
    if made is None:
        return False
    if any(int(y) > made for y in facts.get("projects_completed") or ()):
        return True
    for key in ("workshops", "first_set", "benchmark_factories", "pilots"):
        if any(isinstance(y, int) and y > made for _, y in facts.get(key) or ()):
            return True
    year = facts.get("liangronghe_year")
    return isinstance(year, int) and year > made


# The most one enterprise's latest submission may add to a counter, over all its years, before its facts are read
# and checked (by limit_messages, exactly as before): a rule counts some of those years, never more.
_SCREENED = {_COUNTERS[rule.key]: rule.limit for rule in _LIMITS if rule.key != "zgsz_projects"}


def _worth_checking(latest: LatestCounts, year: int) -> set[str]:
    """The enterprises whose counts (``dashboard.LatestCounts``) could break a limit in ``year``, or count something
    dated after the year their package was made — a few of thousands: every enterprise a limit flags is among
    them, and only their facts are read."""
    from .counters import PROJECTS

    # uscc → the year its package was made, for those made before ``year``
    early = {uscc: made_in for uscc, made_in in latest.made.items() if made_in is not None and made_in < year}
    found: set[str] = set()
    totals: dict[tuple[str, str], int] = {}
    for uscc, bucket, entry_year, n in latest.entries:  # every counted entry: kept to a few tests each
        if bucket == PROJECTS:
            if entry_year == year and n > MAX_PROJECTS_PER_YEAR:
                found.add(uscc)
        elif bucket in _SCREENED:
            totals[uscc, bucket] = totals.get((uscc, bucket), 0) + n
        if (made_in := early.get(uscc)) is not None and made_in < entry_year <= year:
            found.add(uscc)
    found.update(uscc for (uscc, bucket), total in totals.items() if total > _SCREENED[bucket])
    return found


def _facts_to_check(db: sqlite_utils.Database, latest: Latest,
                    year: int) -> tuple[Mapping[str, Mapping[str, Any]], Mapping[str, LatestPackage]]:
    """The latest facts the limits are checked on, and their packages. Given the facts, all of them. Given the
    counts (a refresh: ``dashboard.LatestCounts``), those of :func:`_worth_checking`, read for them alone."""
    import json

    from .dashboard import LatestCounts
    from .facts import CORE

    if not isinstance(latest, LatestCounts):
        meta: Mapping[str, LatestPackage] | None = getattr(latest, "meta", None)
        # facts from a caller without their packages (dashboard.latest_core_facts has them)
        return latest, (_latest_packages(db, list(latest)) if meta is None else meta)
    packages = _latest_packages(db, sorted(_worth_checking(latest, year)))
    by_package = {package.package_id: uscc for uscc, package in packages.items()}
    found: dict[str, Mapping[str, Any]] = {}
    for chunk in _chunks(list(by_package)):
        for package_id, facts in db.execute(
                f"SELECT package_id, facts FROM submissions WHERE questionnaire_id = ? "
                f"AND package_id IN ({', '.join('?' * len(chunk))})", [CORE, *chunk]):
            found[by_package[package_id]] = json.loads(facts)
    return found, packages


def plausibility(db: sqlite_utils.Database, year: int, *, district: str | None = None,
                 latest: Mapping[str, Mapping[str, Any]] | Latest | None = None,
                 sent: Mapping[str, tuple[str, frozenset[str]]] | None = None,
                 quotas: Iterable[QuotaRow] | None = None, edition: PolicyEdition | None = None,
                 registers: Registers | None = None) -> Plausibility:
    """The flags for ``year`` and the reporting enterprises not on the roster. ``latest`` (the latest facts,
    uscc → facts, or ``dashboard.LatestCounts``), ``sent``, ``quotas`` and ``registers`` (``dashboard.
    read_registers``) are what the dashboard has already read for the same refresh (read here when absent)."""
    from .dashboard import (
        above_scale_enterprises,
        as_latest,
        district_name,
        latest_core_counts,
        quota_rows,
        year_edition,
        year_submissions,
    )

    district = district or district_name(db)
    latest = latest_core_counts(db) if latest is None else as_latest(latest)
    sent = year_submissions(db, year) if sent is None else sent
    edition = year_edition(db, year) if edition is None else edition
    if quotas is None:
        quotas = quota_rows(edition, district, year, latest, above_scale_enterprises(db, registers))
    by_key = {row.key: row for row in quotas}
    # uscc → (uscc, name, contact, phone, …); and the roster's codes
    listed: AbstractSet[str]
    if registers is None:
        names = {row[0]: row for row in db.execute("SELECT uscc, name, contact, phone FROM enterprises")}
        listed = {uscc for (uscc,) in db.execute("SELECT uscc FROM roster")}
    else:
        names, listed = registers.enterprises, registers.roster.keys()

    def shown(uscc: str) -> str:
        row = names.get(uscc)
        return visible(row[1]) if row else ""

    flags: list[Flag] = []
    # limits: every enterprise whose latest facts the quota rows count (dashboard.quota_rows)
    checked, meta = _facts_to_check(db, latest, year)
    year_text = str(year)
    found = {}
    for uscc, facts in checked.items():  # the screen written out: given facts, this loop runs for every enterprise
        package = meta.get(uscc)
        projects = facts.get("projects_completed")
        if ((projects and projects.get(year_text, 0) > MAX_PROJECTS_PER_YEAR)
                or len(facts.get("workshops") or ()) > MAX_WORKSHOPS_PER_YEAR
                or len(facts.get("first_set") or ()) > MAX_FIRST_SET_PER_YEAR
                or len(facts.get("benchmark_factories") or ()) > MAX_BENCHMARK_FACTORIES
                or len(facts.get("pilots") or ()) > MAX_PILOTS
                # dated after the package was made: possible only for a package made before the year began
                or (package is not None and package.created_at < year_text
                    and _dated_after(facts, package.created_at))):
            messages = limit_messages(facts, year, by_key, package.created_at if package else "", edition.first_year)
            if messages:
                found[uscc] = messages
    for uscc, messages in found.items():
        package = meta.get(uscc) or LatestPackage("", "", "")
        for key, count, message in messages:
            flags.append(Flag("limit", uscc, shown(uscc), package.period, package.package_id,
                              f"{package.period}报送的南通核心指标{message}", quota_key=key, value=count))

    # the year's reporting enterprises: roster, division code, hidden characters
    year_flags: list[tuple[str, str, str]] = []  # kind, uscc, message
    unlisted: list[dict[str, Any]] = []
    if listed:
        for uscc in sorted(set(sent) - set(listed)):
            unlisted.append({"uscc": uscc, "name": names[uscc][1] if uscc in names else "", "period": sent[uscc][0]})
            year_flags.append(("not_on_roster", uscc, (
                f"报送了{year}年的评估，但不在导入的企业名单中；其数据已计入汇总。可能是名单未更新（新纳入规上、新迁入），"
                "也可能企业报错了区县或信用代码；请核实后更新名单或联系企业。")))
    table = divisions()
    by_code: dict[str, str | None] = {}  # one answer per division code (thousands of enterprises share a few)
    for uscc in sent:
        code = uscc[2:8]
        if code not in by_code:
            by_code[code] = division_message(uscc, district, table)
        if by_code[code]:
            year_flags.append(("other_district", uscc, by_code[code] or ""))
        row = names.get(uscc)
        if row is not None:
            text = row[1] + row[2] + row[3]
            if not text.isprintable() or "\ufffc" in text:  # every hidden character is unprintable but U+FFFC
                hidden = hidden_message({"name": row[1], "contact": row[2], "phone": row[3]})
                if hidden:
                    year_flags.append(("hidden_characters", uscc, hidden))
    packages = _year_packages(db, year, sent, sorted({uscc for _, uscc, _ in year_flags}))
    for kind, uscc, message in year_flags:
        flags.append(Flag(kind, uscc, shown(uscc), sent[uscc][0], packages.get(uscc, ""), message))

    order = {kind: index for index, kind in enumerate(KINDS)}
    flags.sort(key=lambda f: (order[f.kind], f.enterprise, f.uscc, f.quota_key, f.message))
    return Plausibility(flags=flags, not_on_roster=unlisted)


def plausibility_flags(db: sqlite_utils.Database, year: int, *, district: str | None = None,
                       latest: Mapping[str, Mapping[str, Any]] | Latest | None = None,
                       sent: Mapping[str, tuple[str, frozenset[str]]] | None = None,
                       quotas: Iterable[QuotaRow] | None = None, edition: PolicyEdition | None = None,
                       registers: Registers | None = None) -> list[Flag]:
    """Every flag for the year's current submissions (and the roster), sorted by kind then enterprise.
    The keyword arguments: those of :func:`plausibility`."""
    return plausibility(db, year, district=district, latest=latest, sent=sent, quotas=quotas, edition=edition,
                        registers=registers).flags
