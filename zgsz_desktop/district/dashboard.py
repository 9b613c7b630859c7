"""The district's figures for one year: the plan's quotas (附件1/2/3), the three benchmarks, the MIIT
level distribution, who has not submitted, and one row per enterprise.

How things are counted (shown to staff under the dashboard, and written into every export):

* **Benchmarks, MIIT levels, star estimates** — each enterprise's current submission for a period of
  the selected year (the latest period if it sent several, e.g. a quarter and the year), re-scored by
  this software. The plan sets the three benchmarks for 重点企业: those are counted against 65/82/92;
  all enterprises are shown beside them.
* **Policy edition** — the year picks the edition (``policy/``): 2022–2024 the Nantong plan, 2025–2027 the
  Jiangsu/national reference edition, which sets no district quota (its rows show counts only), or an
  edition the city signed and the district loaded (``policy_files.py``). The benchmarks' 达标 is judged
  here against that edition, from the stored figures, so a newly loaded edition applies at once.
* **Quotas** — the edition's rows, each counted by ``counters.py`` from each enterprise's *latest*
  南通核心指标 submission (projects and honours are cumulative lists), by the year the project was completed
  or the honour awarded: a "year" row counts the selected year, a "cumulative" row the edition's first year
  up to the selected year. 附件1 counts 规上企业 only; 附件3's stars count 新培育 (by award year) and its
  试点示范 row counts the 融合创新 category only; 优秀案例和场景 is not asked in the questionnaire.
* **Flags** (``plausibility.py``) — what the operator should check with an enterprise (a package adding
  implausibly much to a quota row, an enterprise not on the roster, a USCC registered in another district,
  hidden characters in a name). They never change a figure: no cap, nothing left out.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from functools import cache, cached_property
from itertools import repeat
from operator import itemgetter, mul
from typing import Any

import sqlite_utils

from ..policy import PolicyEdition, edition_for_year
from . import counters
from .db import LATEST_COLUMNS, YEAR_FIGURE_COLUMNS, check_log
from .facts import CORE, MIIT, MIIT_LEVELS
from .plausibility import Flag, LatestPackage, plausibility

PLAN_FIRST_YEAR = 2022
NOTES = (
    "三项指标、工信部评测等级和星级上云估计：取各企业所选年度评估期的当前报送（同一年有多期时取最晚一期），"
    "以本软件重新计分的结果为准，达标与否按所选年度的政策版本判定（2022—2024年为规划对“重点企业”设定的"
    "65%/超过82%/接近92%；2025年起为注明来源的参照值）；按重点企业统计，另列全部企业供参考。"
    "是否重点企业以导入的企业名单为准，名单中没有的企业以其自报为准。",
    "附件1、附件2按所选年度统计，附件3按政策版本起始年至所选年度累计统计；项目和认定取各企业最新一次"
    "南通核心指标报送中的清单，按完成年份或认定年份计数；附件1只计规上企业状态为“已完成”的项目。",
    "星级上云按“新培育”计：企业当前星级按获评年份计入，获评年份早于起始年的不计；期内先后获评两个星级的企业"
    "只按当前星级计一次（问卷只问当前星级）；旧版问卷未填获评年份的不计入，在该行注明家数。工业互联网融合创新试点示范只计该类别；“数字化优秀案例和场景”问卷未采集，需另行统计。",
    "一份完整的报送包含两份问卷（南通核心指标和中小企业数字化水平评测）。旧版软件（0.1版）每份问卷单独导出报告包："
    "同一企业同一评估期的两个旧版报告包合为一份报送；只收到其中一个的，列为“不完整报送”，请联系企业补报。",
    "核查提示列出需要与企业核实的填报（一家企业一年的项目或认定多得不合常理、不在企业名单中、信用代码属其他地区、"
    "名称含不可见字符）；这些数字照常计入汇总，不封顶也不剔除，核实有误的请企业更正后重新报送。",
)
BENCHMARKS = (("cnc", "key_process_cnc_rate"), ("mgmt", "management_digitalization_rate"),
              ("rnd", "rnd_design_tool_rate"))
LEVEL_ORDER = ("未达到一级", *MIIT_LEVELS)
BINS = 10  # distribution of a benchmark: 0–10 %, …, 90–100 %


@dataclass(frozen=True)
class QuotaRow:
    table: str  # 附件1 / 附件2 / 附件3
    key: str
    label: str
    actual: int | None  # None: the questionnaire does not collect it
    quota: int | None  # None: the plan sets none for this district / year
    period: str  # what the figures cover, e.g. "2024年" or "2022—2024年累计"
    note: str = ""
    source: str = ""  # the document the quota comes from, as cited ("" when the edition sets no quota)

    @property
    def ratio(self) -> float | None:
        if self.actual is None or not self.quota:
            return None
        return self.actual / self.quota


@dataclass(frozen=True)
class BenchmarkStat:
    key: str
    name: str
    target_label: str
    target_percent: float
    basis: str  # what the target figure is and where it comes from (the edition's benchmark)
    reference_only: bool  # a reference figure, not a target set for this period
    key_reported: int  # 重点企业 with a figure
    key_met: int
    key_average: float | None  # mean of the enterprises' figures (fraction)
    all_reported: int
    all_met: int
    all_average: float | None
    distribution: list[int]  # 重点企业 per 10 % bin
    distribution_all: list[int]


@dataclass
class Dashboard:
    district: str
    year: int
    enterprises: int  # in the database
    submitted: int  # enterprises with a submission for the year
    core_submitted: int
    miit_submitted: int
    quotas: list[QuotaRow]
    benchmarks: list[BenchmarkStat]
    miit_levels: dict[str, int]  # 一级…四级, 未达到一级, 未完成
    cloud_awarded: dict[int, int]  # star → enterprises
    cloud_estimate: dict[int, int]  # estimated star (0 = 未达三星) → enterprises
    roster_total: int
    not_submitted: list[dict[str, Any]]
    held_keys: int
    log_ok: bool | None  # None: not checked in this refresh
    log_entries: int
    log_head: str
    notes: list[str] = field(default_factory=list)
    partial: list[dict[str, Any]] = field(default_factory=list)  # submissions lacking a questionnaire
    flags: list[Flag] = field(default_factory=list)  # plausibility.py: what to check with an enterprise
    not_on_roster: list[dict[str, Any]] = field(default_factory=list)  # reported, not on the roster: uscc, name, period
    edition: PolicyEdition | None = None  # the policy edition the year is measured against
    edition_note: str = ""  # outside the edition's years, or why there are no quotas

    def to_dict(self) -> dict[str, Any]:
        data = asdict(_without_edition(self))
        data["edition"] = edition_summary(self.edition, self.year) if self.edition is not None else None
        data["quotas"] = [{**asdict(q), "ratio": q.ratio} for q in self.quotas]
        data["flags"] = [{**asdict(f), "label": f.label} for f in self.flags]
        return data


@dataclass(frozen=True)
class EnterpriseRow:
    uscc: str
    name: str
    industry: str
    scale: str
    key_enterprise: bool
    core_period: str
    miit_period: str
    cnc_rate: float | None
    mgmt_rate: float | None
    rnd_rate: float | None
    cnc_met: bool | None
    mgmt_met: bool | None
    rnd_met: bool | None
    cloud_estimate: int | None
    cloud_awarded: int | None
    miit_level: str
    miit_points: float | None
    projects_completed: int  # in the selected year, from the latest core submission
    imported_at: str
    core_package: str
    miit_package: str
    contact: str = ""
    phone: str = ""
    on_roster_only: bool = False  # on the roster, never reported: figures empty, listed to phone them
    missing: str = ""  # the questionnaires its submission for the year lacks (a partial submission), by name

    @property
    def submission_status(self) -> str:
        if self.on_roster_only or not (self.core_period or self.miit_period):
            return "未报送"
        return f"不完整（缺{self.missing}）" if self.missing else "完整"


def district_name(db: sqlite_utils.Database) -> str:
    from .db import get_meta

    recorded = get_meta(db, "district")
    if recorded:
        return recorded
    row = db.execute("SELECT district, count(*) AS n FROM enterprises GROUP BY district ORDER BY n DESC").fetchone()
    return str(row[0]) if row else ""


YearSubmissions = dict[str, tuple[str, frozenset[str]]]

# What a refresh reads of the enterprises and the roster, once, for the figures, the table, the flags and 规上 (it read
# the enterprises three times and the roster six): their rows by uscc. The enterprise columns the flags read come
# first, in the order plausibility.py indexes them.
ENTERPRISE_COLUMNS = ("uscc", "name", "contact", "phone", "industry_name", "scale", "key_enterprise")
E_USCC, E_NAME, E_CONTACT, E_PHONE, E_INDUSTRY, E_SCALE, E_KEY = range(len(ENTERPRISE_COLUMNS))
ROSTER_COLUMNS = ("uscc", "name", "key_enterprise", "scale", "industry", "contact", "phone")
R_USCC, R_NAME, R_KEY, R_SCALE, R_INDUSTRY, R_CONTACT, R_PHONE = range(len(ROSTER_COLUMNS))


@dataclass(frozen=True)
class Registers:
    """Every enterprise in the database and on the roster, as one refresh reads them."""

    enterprises: dict[str, tuple[Any, ...]]  # uscc → ENTERPRISE_COLUMNS, in uscc order
    roster: dict[str, tuple[Any, ...]]  # uscc → ROSTER_COLUMNS, in uscc order
    roster_listed: list[tuple[Any, ...]]  # ROSTER_COLUMNS, 重点企业 first, then by uscc: as 未报送 lists them

    @cached_property
    def roster_keys(self) -> dict[str, bool]:
        """重点企业 as the roster says (the figures and the table both ask)."""
        return {uscc: bool(row[R_KEY]) for uscc, row in self.roster.items()}


def read_registers(db: sqlite_utils.Database) -> Registers:
    """See :class:`Registers`. The enterprises are read in the table's own order and sorted here, in two thirds of
    the time of reading them through the key's index (the same order: codes compare code point by code point in
    both, and each is there once); the roster as 未报送 lists it, sorted by SQLite (whatever an edited row holds)."""
    enterprises = db.execute(f"SELECT {', '.join(ENTERPRISE_COLUMNS)} FROM enterprises").fetchall()
    enterprises.sort(key=itemgetter(E_USCC))
    listed = db.execute(f"SELECT {', '.join(ROSTER_COLUMNS)} FROM roster ORDER BY key_enterprise DESC, uscc").fetchall()
    return Registers({row[E_USCC]: row for row in enterprises},
                     {row[R_USCC]: row for row in sorted(listed, key=itemgetter(R_USCC))}, listed)


FigureRow = tuple[Any, ...]  # uscc, period_order, then YEAR_FIGURE_COLUMNS: see the F_ positions below

# positions in a FigureRow (the columns of the index ``db.YEAR_FIGURE_COLUMNS`` names, after uscc and period_order)
(F_USCC, F_ORDER, F_PERIOD, F_KEY, F_COMPLETE, F_CNC, F_MGMT, F_RND, F_CLOUD_ESTIMATE, F_CLOUD_AWARDED, F_MIIT_LEVEL,
 F_MIIT_POINTS, F_IMPORTED_AT, F_PACKAGE) = range(2 + len(YEAR_FIGURE_COLUMNS))
F_RATES = (F_CNC, F_MGMT, F_RND)  # in the order of BENCHMARKS
Judged = tuple[bool | None, bool | None, bool | None]  # 达标 of each rate, None without a figure


@dataclass
class YearFigures:
    """What one refresh reads of the year's submissions, once, for the figures, the enterprise table and the
    plausibility flags alike: for each questionnaire, each enterprise's current submission for the latest
    period of ``year`` it sent (a quarter and the year: the year), and what each enterprise sent for its
    latest period (``sent``: that period and the questionnaires it holds)."""

    year: int
    by_questionnaire: dict[str, dict[str, FigureRow]]
    sent: YearSubmissions
    edition: PolicyEdition
    _met: dict[str, Judged] | None = field(default=None, repr=False, compare=False)

    @property
    def core(self) -> dict[str, FigureRow]:
        return self.by_questionnaire.get(CORE, {})

    @property
    def miit(self) -> dict[str, FigureRow]:
        return self.by_questionnaire.get(MIIT, {})

    @property
    def met(self) -> dict[str, Judged]:
        """Each 南通核心指标 figure judged against the year's edition (not the one at import: the city may have
        replaced it), once per refresh; None where there is no figure."""
        if self._met is None:
            # each distinct figure judged once (thousands of enterprises share a few hundred values of a rate),
            # then looked up: a missing figure (None) is in no table and gets None
            rows = self.core.values()
            benchmarks = [self.edition.benchmarks[key] for _, key in BENCHMARKS]
            cnc, mgmt, rnd = ({value: benchmark.is_met(value) for value in {row[column] for row in rows}
                               if value is not None} for benchmark, column in zip(benchmarks, F_RATES, strict=True))
            self._met = {uscc: (cnc.get(row[F_CNC]), mgmt.get(row[F_MGMT]), rnd.get(row[F_RND]))
                         for uscc, row in self.core.items()}
        return self._met


@cache
def _year_questionnaires() -> tuple[str, ...]:
    """The questionnaires whose submissions a year is made of (read once: a shipped resource)."""
    from ..questionnaire.submission import submission_questionnaires

    return tuple(dict.fromkeys([*submission_questionnaires(), CORE, MIIT]))


_YEAR_FIGURES_SQL = (
    # max() with bare columns: SQLite takes them from the row holding the maximum (the first such row in index
    # order); grouped in the order of the covering index, without sorting and without reading a table row
    f"SELECT uscc, max(period_order), {', '.join(YEAR_FIGURE_COLUMNS)} FROM submissions "
    "WHERE questionnaire_id = ? AND current = 1 AND period_year = ? GROUP BY uscc")


def _year_rows(db: sqlite_utils.Database, year: int) -> tuple[dict[str, dict[str, FigureRow]], YearSubmissions]:
    by_questionnaire: dict[str, dict[str, FigureRow]] = {}
    found: dict[str, list[Any]] = {}  # uscc → [latest order, its period, the questionnaires sent for it]
    for questionnaire in _year_questionnaires():
        rows = {row[0]: row for row in db.execute(_YEAR_FIGURES_SQL, [questionnaire, year])}
        by_questionnaire[questionnaire] = rows
        for uscc, row in rows.items():
            known = found.get(uscc)
            if known is None or row[F_ORDER] > known[0]:
                found[uscc] = [row[F_ORDER], row[F_PERIOD], {questionnaire}]
            elif row[F_ORDER] == known[0]:
                known[2].add(questionnaire)
    return by_questionnaire, {uscc: (period, frozenset(parts)) for uscc, (_, period, parts) in found.items()}


def year_figures(db: sqlite_utils.Database, year: int, edition: PolicyEdition | None = None) -> YearFigures:
    """See :class:`YearFigures`: one query per questionnaire, each answered from one index (schema 5)."""
    by_questionnaire, sent = _year_rows(db, year)
    return YearFigures(year, by_questionnaire, sent, year_edition(db, year) if edition is None else edition)


def year_submissions(db: sqlite_utils.Database, year: int) -> YearSubmissions:
    """For each enterprise, its latest period of ``year`` and the questionnaires it has sent for it."""
    return _year_rows(db, year)[1]


@cache
def missing_questionnaires(present: frozenset[str]) -> tuple[str, ...]:
    """The names of the questionnaires a submission should hold and does not."""
    from ..questionnaire.loader import get_questionnaire
    from ..questionnaire.submission import submission_questionnaires

    missing = []
    for questionnaire_id in submission_questionnaires():
        if questionnaire_id not in present:
            try:
                missing.append(get_questionnaire(questionnaire_id).short_title)
            except KeyError:
                missing.append(questionnaire_id)
    return tuple(missing)


def partial_submissions(db: sqlite_utils.Database, year: int,
                        sent: YearSubmissions | None = None) -> list[dict[str, Any]]:
    sent = year_submissions(db, year) if sent is None else sent
    lacking = sorted((uscc, period, missing) for uscc, (period, present) in sent.items()
                     if (missing := missing_questionnaires(present)))
    if not lacking:
        return []  # the usual case: the names are not read
    names = dict(db.execute("SELECT uscc, name FROM enterprises").fetchall())
    return [{"uscc": uscc, "name": names.get(uscc, ""), "period": period, "missing": list(missing)}
            for uscc, period, missing in lacking]


def roster_key_enterprises(db: sqlite_utils.Database, registers: Registers | None = None) -> dict[str, bool]:
    """重点企业 as the district's roster says (it decides, when a roster is loaded, over what the
    enterprise declared in its own package)."""
    if registers is not None:
        return registers.roster_keys
    return {uscc: bool(key) for uscc, key in db.execute("SELECT uscc, key_enterprise FROM roster")}


class LatestFacts(dict[str, Mapping[str, Any]]):
    """uscc → facts, and in ``meta`` the package each came from (for the plausibility flags: read in the same
    query, where it costs nothing). What the quota rows count, by definition; a refresh reads the same from
    ``submission_counts`` (:class:`LatestCounts`, the same three questions answered without the facts)."""

    meta: dict[str, LatestPackage]

    def tally(self, above_scale: set[str] | None) -> counters.Tally:
        return counters.tally(self, above_scale)

    def awarded(self) -> Counter[int]:
        """Enterprises by their current star (0: none)."""
        return Counter(int(f.get("cloud_awarded") or 0) for f in self.values())

    def projects_completed(self, year: int) -> dict[str, int]:
        """Each enterprise's projects completed in ``year``."""
        year_text = str(year)
        return {uscc: int(f.get("projects_completed", {}).get(year_text, 0)) for uscc, f in self.items()}


def latest_core_facts(db: sqlite_utils.Database) -> LatestFacts:
    """Each enterprise's latest 南通核心指标 facts: what the quotas count, by definition (a refresh reads the same
    submissions' counts instead, :func:`latest_core_counts`; the tests compare the two). The latest
    period of each enterprise is found on ``submissions_latest`` alone (in enterprise order: no sorting), then
    only those rows are read, each by the same index (``CROSS JOIN`` keeps SQLite to that order: left to
    itself it read every period's row to match them against the latest)."""
    rows = db.execute(
        """SELECT s.uscc, s.facts, s.package_id, s.period, s.created_at FROM (
               SELECT uscc, max(period_order) AS latest FROM submissions
               WHERE questionnaire_id = ? AND current = 1 GROUP BY uscc) m
           CROSS JOIN submissions s
             ON s.questionnaire_id = ? AND s.current = 1 AND s.uscc = m.uscc AND s.period_order = m.latest""",
        [CORE, CORE]).fetchall()
    latest = LatestFacts((uscc, json.loads(facts)) for uscc, facts, *_ in rows)
    latest.meta = {uscc: LatestPackage(package_id, period, created_at)
                   for uscc, _, package_id, period, created_at in rows}
    return latest


@dataclass
class LatestCounts:
    """Each enterprise's latest 南通核心指标 submission as a refresh counts it (schema 6): what it adds to each
    counter by year (its rows of ``submission_counts``, written at import from its facts), its current star and
    the year its package was made — read off ``submissions_latest`` and the counts' key. No facts text is read
    or parsed (29 % of a refresh before schema 6), nor any text the figures do not need. The same submissions
    as :func:`latest_core_facts`; the tests hold the figures of the two equal."""

    entries: list[tuple[str, str, int, int]]  # uscc, bucket, year, count: every counted entry
    stars: dict[str, int | None]  # uscc → the star column (``facts["cloud_awarded"]``)
    made: dict[str, int | None]  # uscc → the year its package was made (``created_at``)

    def tally(self, above_scale: set[str] | None) -> counters.Tally:
        return counters.tally_rows(self.entries, above_scale)

    def awarded(self) -> Counter[int]:
        return Counter(int(star or 0) for star in self.stars.values())

    def projects_completed(self, year: int) -> dict[str, int]:
        projects = counters.PROJECTS
        return {uscc: n for uscc, bucket, entry_year, n in self.entries if entry_year == year and bucket == projects}


Latest = LatestFacts | LatestCounts


def as_latest(latest: Mapping[str, Mapping[str, Any]] | Latest) -> Latest:
    """A caller's facts (uscc → facts) as :class:`LatestFacts`, without their packages (looked up if needed)."""
    return latest if isinstance(latest, LatestFacts | LatestCounts) else LatestFacts(latest)


_LATEST_COUNTS_SQL = (
    # each enterprise's latest current package, with max() and bare columns (SQLite takes them from the row
    # holding the maximum: one package per enterprise) off the covering index, in enterprise order; then its
    # counts by their key. LEFT JOIN: an enterprise with nothing counted is still one row (its star). The year
    # of created_at (ISO 8601, checked at import) as the flags compare it.
    "SELECT l.uscc, l.cloud_awarded, CAST(substr(l.created_at, 1, 4) AS INTEGER), c.bucket, c.year, c.n FROM ("
    f"SELECT uscc, max(period_order), {', '.join(LATEST_COLUMNS)} FROM submissions "
    "WHERE questionnaire_id = ? AND current = 1 GROUP BY uscc) l "
    "LEFT JOIN submission_counts c ON c.package_id = l.package_id AND c.questionnaire_id = ?")


def latest_core_counts(db: sqlite_utils.Database) -> LatestCounts:
    """See :class:`LatestCounts`: one query, one row per counted entry, no text in it but the enterprise's code
    and the bucket (a refresh turns every value it reads into a Python object: that is most of its time)."""
    entries: list[tuple[str, str, int, int]] = []
    stars: dict[str, int | None] = {}
    made: dict[str, int | None] = {}
    for uscc, star, made_in, bucket, year, n in db.execute(_LATEST_COUNTS_SQL, [CORE, CORE]):
        stars[uscc], made[uscc] = star, made_in
        if bucket is not None:
            entries.append((uscc, bucket, year, n))
    return LatestCounts(entries, stars, made)


def _without_edition(board: Dashboard) -> Dashboard:
    from dataclasses import replace

    return replace(board, edition=None)


def edition_summary(edition: PolicyEdition, year: int) -> dict[str, Any]:
    """How exports and ``--json`` name the edition: enough to find the document and judge the figures."""
    return {"id": edition.id, "version": edition.edition_version, "label": edition.label, "title": edition.title,
            "years": [edition.first_year, edition.last_year], "confidence": edition.confidence,
            "origin": edition.origin, "digest": edition.digest, "fit_note": edition.fit_note(year),
            "no_quota_reason": edition.no_quota_reason if not edition.has_quotas else "",
            "sources": [{"citation": s.citation, "confidence": s.confidence, "note": s.note}
                        for s in edition.cited_sources()]}


def edition_note(edition: PolicyEdition, year: int) -> str:
    parts = [edition.fit_note(year)]
    if not edition.has_quotas:
        parts.append(edition.no_quota_reason or "此政策版本未设分地区任务数，汇总表只列企业填报的数量。")
    return "".join(part for part in parts if part)


def above_scale_enterprises(db: sqlite_utils.Database, registers: Registers | None = None) -> set[str]:
    """规上企业 (附件1 counts only theirs): the roster's scale where it gives one, else the enterprise's own.
    ``registers``: what the refresh has read of them already."""
    classes: dict[str, bool | None] = {}  # thousands of enterprises, a handful of wordings: each read once

    def scale_class(scale: str) -> bool | None:
        if scale not in classes:
            classes[scale] = counters.scale_class(scale)
        return classes[scale]

    listed: Iterable[tuple[str, str]]  # uscc, scale: of the roster, then of the enterprises' own profiles
    scales: Iterable[tuple[str, str]]
    if registers is None:
        listed, scales = db.execute("SELECT uscc, scale FROM roster"), db.execute("SELECT uscc, scale FROM enterprises")
    else:
        listed = ((uscc, row[R_SCALE]) for uscc, row in registers.roster.items())
        scales = ((uscc, row[E_SCALE]) for uscc, row in registers.enterprises.items())
    said = {uscc: scale_class(scale) for uscc, scale in listed}
    roster = {uscc: above for uscc, above in said.items() if above is not None}  # 中型 etc.: the profile decides
    found = {uscc for uscc, scale in scales if roster.get(uscc, scale_class(scale) is True)}
    return found | {uscc for uscc, above in roster.items() if above}


def quota_rows(edition: PolicyEdition, district: str, year: int, latest: Mapping[str, Mapping[str, Any]] | Latest,
               above_scale: set[str] | None = None) -> list[QuotaRow]:
    """One row per row of the edition: what the district's enterprises reported, beside the quota if any."""
    counted = as_latest(latest).tally(above_scale)
    rows = []
    for spec in edition.quota_rows:
        first = year if spec.span == "year" else min(edition.first_year, year)
        period = f"{year}年" if first == year else f"{first}—{year}年累计"
        notes = [spec.note] if spec.note else []
        source = edition.source(spec.source)
        quota = spec.quota_for(district, year) if edition.covers(year) else None
        if spec.counter == "not_collected":
            rows.append(QuotaRow(spec.table, spec.key, spec.label, None, quota, period, spec.note or
                                 "问卷未采集此项，请另行统计", source.citation if source and quota else ""))
            continue
        if not spec.known_counter:
            rows.append(QuotaRow(spec.table, spec.key, spec.label, None, quota, period,
                                 "本软件版本不能统计此项，请升级软件", source.citation if source and quota else ""))
            continue
        actual, left_out = counted.count(spec.counter, first, year)
        if left_out and spec.counter == "projects_completed_above_scale":
            notes.append(f"另有非规上企业完成的项目 {left_out} 个，未计入")
        elif left_out:
            notes.append(f"另有 {left_out} 家已获评此星级但未填获评年份（旧版问卷），未计入")
        if spec.counter == "provincial_workshops":  # 附件2 counts 省级 and 市级; 国家级 is named, not counted
            national = counted.national(first, year)
            if national:
                notes.append(f"另有国家级智能制造示范 {national} 项，不计入此行")
        rows.append(QuotaRow(spec.table, spec.key, spec.label, actual, quota, period, "；".join(notes),
                             source.citation if source and quota is not None else ""))
    return rows


def _distribution(values: list[float]) -> list[int]:
    bins = [0] * BINS
    # int(value * BINS) for every value counted in C, then each bin found once (thousands of values, ten bins)
    for index, count in Counter(map(int, map(mul, values, repeat(BINS)))).items():
        bins[min(BINS - 1, max(0, index))] += count
    return bins


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def build_dashboard(db: sqlite_utils.Database, year: int, district: str | None = None, *,
                    verify_log: bool = False, latest: Mapping[str, Mapping[str, Any]] | Latest | None = None,
                    sent: YearSubmissions | None = None, figures: YearFigures | None = None,
                    registers: Registers | None = None) -> Dashboard:
    """The figures for ``year``. ``verify_log`` re-walks the whole import-log hash chain (linear in the
    log's length: done for exports and on request, not on every refresh). ``latest``, ``figures`` and
    ``registers``: what the same refresh has read already (:func:`refresh`)."""
    district = district or district_name(db)
    figures = year_figures(db, year) if figures is None else figures
    registers = read_registers(db) if registers is None else registers
    edition = figures.edition
    sent = figures.sent if sent is None else sent
    roster_keys = roster_key_enterprises(db, registers)
    # uscc, 重点企业, then the rates in the order of BENCHMARKS (None: not reported)
    core: list[tuple[str, bool, tuple[float | None, float | None, float | None]]] = [
        (uscc, roster_keys.get(uscc, bool(row[F_KEY])), (row[F_CNC], row[F_MGMT], row[F_RND]))
        for uscc, row in figures.core.items()]
    miit = figures.miit
    judged = figures.met
    benchmarks = []
    for index, (_short, key) in enumerate(BENCHMARKS):
        benchmark = edition.benchmarks[key]
        reported = [(uscc, is_key, rate) for uscc, is_key, rates in core if (rate := rates[index]) is not None]
        key_rows = [row for row in reported if row[1]]
        met = {row[0] for row in reported if judged[row[0]][index]}  # judged once per enterprise and refresh
        benchmarks.append(BenchmarkStat(
            key=key, name=benchmark.name, target_label=benchmark.target_label,
            target_percent=float(benchmark.target_percent), basis=benchmark.basis,
            reference_only=benchmark.reference_only,
            key_reported=len(key_rows), key_met=sum(1 for row in key_rows if row[0] in met),
            key_average=_mean([row[2] for row in key_rows]),
            all_reported=len(reported), all_met=len(met),
            all_average=_mean([row[2] for row in reported]),
            distribution=_distribution([row[2] for row in key_rows]),
            distribution_all=_distribution([row[2] for row in reported])))
    levels = Counter({level: 0 for level in LEVEL_ORDER})
    levels["未完成"] = 0
    for row in miit.values():
        level = row[F_MIIT_LEVEL]
        levels[level if row[F_COMPLETE] and level else "未完成"] += 1
    estimate = Counter(int(row[F_CLOUD_ESTIMATE]) for row in figures.core.values()
                       if row[F_CLOUD_ESTIMATE] is not None)
    latest = latest_core_counts(db) if latest is None else as_latest(latest)
    awarded = latest.awarded()
    submitted = figures.core.keys() | miit.keys()
    missing = [dict(zip(ROSTER_COLUMNS, row, strict=True)) for row in registers.roster_listed
               if row[R_USCC] not in submitted]
    head = db.execute("SELECT seq, entry_hash FROM import_log ORDER BY seq DESC LIMIT 1").fetchone()
    log_ok = check_log(db).ok if verify_log else None
    quotas = quota_rows(edition, district, year, latest, above_scale_enterprises(db, registers))
    checks = plausibility(db, year, district=district, latest=latest, sent=sent, quotas=quotas, edition=edition,
                          registers=registers)
    return Dashboard(
        district=district, year=year, enterprises=len(registers.enterprises),
        submitted=len(submitted), core_submitted=len(core), miit_submitted=len(miit),
        quotas=quotas, benchmarks=benchmarks, miit_levels=dict(levels),
        cloud_awarded={star: awarded.get(star, 0) for star in (3, 4, 5)},
        cloud_estimate={star: estimate.get(star, 0) for star in (0, 3, 4, 5)},
        roster_total=len(registers.roster), not_submitted=missing,
        held_keys=db.execute("SELECT count(*) FROM held_keys WHERE status = 'pending'").fetchone()[0],
        partial=partial_submissions(db, year, sent), log_ok=log_ok, log_entries=head[0] if head else 0,
        log_head=head[1] if head else "",
        notes=edition_notes(edition), flags=checks.flags, not_on_roster=checks.not_on_roster,
        edition=edition, edition_note="".join([*loaded_problems(db), edition_note(edition, year)]))


def loaded_problems(db: sqlite_utils.Database) -> tuple[str, ...]:
    from .policy_files import loaded_editions

    return loaded_editions.problems(db)


def edition_notes(edition: PolicyEdition) -> list[str]:
    """How things are counted, as this edition's rows are: without quotas there is no 附件 to speak of."""
    notes = list(NOTES)
    if not edition.has_quotas:
        notes[0] = ("三项指标、工信部评测等级和星级上云估计：取各企业所选年度评估期的当前报送"
                    "（同一年有多期时取最晚一期），以本软件重新计分的结果为准，与所选年度政策版本中注明来源的参照值对照（不是考核目标）；"
                    "按重点企业统计，另列全部企业供参考。")
        notes[1] = ("本政策版本未下达分地区任务数：汇总表只列企业填报的数量。项目和认定取各企业最新一次南通核心指标"
                    "报送中的清单，按完成年份或认定年份计数；“完成项目数”只计规上企业状态为“已完成”的项目。")
    return notes


def year_edition(db: sqlite_utils.Database, year: int) -> PolicyEdition:
    """The edition ``year`` is measured against: one the district loaded from the city, else a shipped one."""
    from .policy_files import loaded_editions

    return edition_for_year(year, loaded_editions(db))


def _enterprise_row(**values: Any) -> EnterpriseRow:
    """``EnterpriseRow(**values)`` with every field given, made without the frozen dataclass's ``__init__`` (one
    ``object.__setattr__`` per field, a quarter of the table's cost at 5,700 rows): the same frozen row, equal
    and hashed alike (``tests/test_district_dashboard.py`` holds the two equal)."""
    row = object.__new__(EnterpriseRow)
    row.__dict__.update(values)
    return row


def enterprise_rows(db: sqlite_utils.Database, year: int,
                    latest: Mapping[str, Mapping[str, Any]] | Latest | None = None,
                    sent: YearSubmissions | None = None, figures: YearFigures | None = None,
                    registers: Registers | None = None) -> list[EnterpriseRow]:
    """One row per enterprise in the database (submitted for ``year`` or not), then the roster's
    enterprises that never reported — the table and the exports are also the list of whom to phone."""
    figures = year_figures(db, year) if figures is None else figures
    core, miit, judged = figures.core, figures.miit, figures.met
    projects = (latest_core_counts(db) if latest is None else as_latest(latest)).projects_completed(year)
    registers = read_registers(db) if registers is None else registers
    roster_keys = roster_key_enterprises(db, registers)
    sent = figures.sent if sent is None else sent
    # the questionnaires a partial submission lacks, named once per enterprise that has one (a few)
    missing = {uscc: "、".join(lacking) for uscc, (_, present) in sent.items()
               if (lacking := missing_questionnaires(present))}
    rows = []
    for uscc, name, contact, phone, industry, scale, key in registers.enterprises.values():
        c, m = core.get(uscc), miit.get(uscc)

        # 达标 judged against this year's edition (which the city may have replaced), not the one at import
        met = judged[uscc] if c is not None else (None, None, None)

        rows.append(_enterprise_row(
            uscc=uscc, name=name, industry=industry, scale=scale, key_enterprise=roster_keys.get(uscc, bool(key)),
            core_period=c[F_PERIOD] if c else "", miit_period=m[F_PERIOD] if m else "",
            cnc_rate=c[F_CNC] if c else None, mgmt_rate=c[F_MGMT] if c else None, rnd_rate=c[F_RND] if c else None,
            cnc_met=met[0], mgmt_met=met[1], rnd_met=met[2],
            cloud_estimate=c[F_CLOUD_ESTIMATE] if c else None, cloud_awarded=c[F_CLOUD_AWARDED] if c else None,
            miit_level=(m[F_MIIT_LEVEL] or "未完成") if m else "", miit_points=m[F_MIIT_POINTS] if m else None,
            projects_completed=projects.get(uscc, 0),
            imported_at=max(c[F_IMPORTED_AT] if c else "", m[F_IMPORTED_AT] if m else ""),
            core_package=c[F_PACKAGE] if c else "", miit_package=m[F_PACKAGE] if m else "", contact=contact,
            phone=phone, on_roster_only=False, missing=missing.get(uscc, "")))
    for uscc, name, key, scale, industry, contact, phone in registers.roster.values():
        if uscc not in registers.enterprises:
            rows.append(EnterpriseRow(
                uscc=uscc, name=name, industry=industry, scale=scale, key_enterprise=bool(key), core_period="",
                miit_period="", cnc_rate=None, mgmt_rate=None, rnd_rate=None, cnc_met=None, mgmt_met=None,
                rnd_met=None, cloud_estimate=None, cloud_awarded=None, miit_level="", miit_points=None,
                projects_completed=0, imported_at="", core_package="", miit_package="", contact=contact,
                phone=phone, on_roster_only=True))
    return rows


def refresh(db: sqlite_utils.Database, year: int,
            district: str | None = None) -> tuple[Dashboard, list[EnterpriseRow]]:
    """What one refresh of the district screen shows: the figures and the enterprise table (each read of the
    database done once and shared by both)."""
    latest, figures, registers = latest_core_counts(db), year_figures(db, year), read_registers(db)
    return (build_dashboard(db, year, district, latest=latest, figures=figures, registers=registers),
            enterprise_rows(db, year, latest=latest, figures=figures, registers=registers))


def submission_years(db: sqlite_utils.Database) -> list[int]:
    return [row[0] for row in db.execute("SELECT DISTINCT period_year FROM submissions ORDER BY period_year DESC")]
