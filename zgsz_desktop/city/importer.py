"""Importing district summaries (导入区县汇总包): each file is checked in full before anything of it is kept, and
kept whole or not at all; a batch says what happened to each file.

The checks, in order: the DSSE signature (``signed_files.read_signed``); the district named is one of the plan's;
its key is pinned here and is the key that signed; the period is a year written the one way; every field has the
type the format says (hostile text refused, not stored); the figures add up — each total equals what the
summary's own list of enterprises gives. An enterprise another district also reports for the period is flagged
(the figures of both stay; the city asks the two districts).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..district.summary_package import FORMAT, PAYLOAD_TYPE, WHAT, summary_year
from ..errors import UserError
from ..fileio import read_at_most
from ..jsontypes import JSONValue
from ..messages import say
from ..signed_files import MAX_BYTES, SignedFileError, read_signed
from ..targets import plan_targets
from ..text import hidden_characters, visible
from .db import CityDb, add_summary, claims, current_summary, pinned_keys, summary_known

# each a message, so that the city's window says the verdict in its interface language (the text is unchanged)
VERDICTS = {"imported": say("已导入"), "superseding": say("已导入（替代该区县此前的汇总）"),
            "older": say("已导入为历史（该区县已有更新的汇总）"), "duplicate": say("已导入过，未作改动"),
            "refused": say("拒收")}


class SummaryProblem(UserError, ValueError):
    """The summary is refused; the message says why and what to ask the district for."""


@dataclass
class ImportOutcome:
    file: str
    verdict: str  # a key of VERDICTS
    message: str
    district: str = ""
    period: str = ""
    sha256: str = ""
    claimed_elsewhere: list[tuple[str, str]] = field(default_factory=list)  # (uscc, other district)

    @property
    def line(self) -> str:
        """What to say about the file, once: an accepted file's message names its verdict already
        (``海安市 2024年度：已导入，企业 3 家``), a refusal's message is only the reason."""
        if self.verdict == "refused":
            return say("{file}：{verdict}。{message}", file=visible(self.file, 80), verdict=VERDICTS["refused"],
                       message=self.message)
        return say("{file}：{message}", file=visible(self.file, 80), message=self.message)

    def to_dict(self) -> dict[str, JSONValue]:
        return {"file": self.file, "verdict": self.verdict, "label": VERDICTS[self.verdict], "message": self.message,
                "district": self.district, "period": self.period, "sha256": self.sha256,
                "claimed_elsewhere": [{"uscc": u, "district": d} for u, d in self.claimed_elsewhere]}


# --------------------------------------------------------------------------- shape


_TEXT, _INT, _NUM, _BOOL = "text", "int", "number", "bool"
_ENTRY_FIELDS: dict[str, tuple[str, bool]] = {  # field → (type, may be null)
    "uscc": (_TEXT, False), "name": (_TEXT, False), "industry_code": (_TEXT, False), "industry_name": (_TEXT, False),
    "scale": (_TEXT, False), "key_enterprise": (_BOOL, False), "period": (_TEXT, True), "has_core": (_BOOL, False),
    "has_miit": (_BOOL, False), "acceptance": (_TEXT, True), "package_id": (_TEXT, False),
    "package_sha256": (_TEXT, False),
    "sequence": (_INT, False), "imported_at": (_TEXT, False), "cnc_rate": (_NUM, True), "mgmt_rate": (_NUM, True),
    "rnd_rate": (_NUM, True), "cnc_met": (_BOOL, True), "mgmt_met": (_BOOL, True), "rnd_met": (_BOOL, True),
    "miit_level": (_TEXT, True), "cloud_awarded": (_INT, True), "cloud_estimate": (_INT, True),
    "latest_star": (_INT, True),
}
_QUOTA_FIELDS: dict[str, tuple[str, bool]] = {"table": (_TEXT, False), "key": (_TEXT, False), "label": (_TEXT, False),
                                             "actual": (_INT, True), "quota": (_INT, True), "period": (_TEXT, False),
                                             "note": (_TEXT, False)}
_BENCHMARK_FIELDS: dict[str, tuple[str, bool]] = {
    "key": (_TEXT, False), "name": (_TEXT, False), "target_label": (_TEXT, False), "target_percent": (_NUM, False),
    "reference_only": (_BOOL, False), "key_reported": (_INT, False), "key_met": (_INT, False),
    "key_average": (_NUM, True), "all_reported": (_INT, False), "all_met": (_INT, False), "all_average": (_NUM, True)}
_TOTALS = ("enterprises", "submitted", "core_submitted", "miit_submitted", "roster_total", "not_submitted",
           "under_correction")
# 受理状态 of a listed submission (district/receipts.py): the district's words for them are STATE_LABELS there
ACCEPTANCE = ("pending", "accepted", "returned", "corrected")
UNDER_CORRECTION = "returned"  # returned to the enterprise, its corrected package not yet in
RATES = (("cnc_rate", "cnc_met"), ("mgmt_rate", "mgmt_met"), ("rnd_rate", "rnd_met"))
MAX_TEXT = 400
MAX_AUDIT_MESSAGE = 6000  # the audit's verdict: a problem a line (summary_package.audit_text)


def _bad(what: str) -> SummaryProblem:
    return SummaryProblem(say("{what_file}内容不完整或格式不对（{what}），不是本软件写出的汇总包，不能使用。"
                              "请向区县重新索取", what_file=WHAT, what=what))


def _check_value(value: JSONValue, kind: str, nullable: bool, where: str, *, lines: bool = False) -> None:
    """``lines``: a text of several lines (line breaks allowed, a longer limit)."""
    if value is None:
        if not nullable:
            raise _bad(say("{where} 缺少", where=where))
        return
    if kind == _TEXT:
        if not isinstance(value, str) or len(value) > (MAX_AUDIT_MESSAGE if lines else MAX_TEXT):
            raise _bad(where)
        hidden = hidden_characters(value.replace("\n", "") if lines else value)
        if hidden:
            raise SummaryProblem(say("{what_file}中的“{where}”含有看不见的字符（{chars}）：{text}。"
                                     "请区县核实后重新导出", what_file=WHAT, where=where, chars="、".join(hidden),
                                     text=visible(value, 80)))
    elif kind == _BOOL:
        if not isinstance(value, bool):
            raise _bad(where)
    elif kind == _INT:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
            raise _bad(where)
    elif isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _bad(where)


def _check_object(item: JSONValue, fields: Mapping[str, tuple[str, bool]], where: str) -> Mapping[str, JSONValue]:
    if not isinstance(item, dict):
        raise _bad(where)
    for name, (kind, nullable) in fields.items():
        if name not in item:
            raise _bad(say("{where}缺少 {name}", where=where, name=name))
        _check_value(item[name], kind, nullable, f"{where}.{name}")
    return item


def check_shape(content: Mapping[str, JSONValue]) -> None:
    for name in ("district", "district_key_id", "period", "issued_at", "app_version"):
        _check_value(content.get(name), _TEXT, False, name)
    _check_value(content.get("year"), _INT, False, "year")
    totals = content.get("totals")
    _check_object(totals, {name: (_INT, False) for name in _TOTALS}, "totals")
    rows = content.get("quota_rows")
    if not isinstance(rows, list) or len(rows) > 100:
        raise _bad("quota_rows")
    for i, row in enumerate(rows):
        _check_object(row, _QUOTA_FIELDS, f"quota_rows[{i}]")
    if len({row["key"] for row in rows}) != len(rows):
        raise _bad(say("配额行重复"))
    benchmarks = content.get("benchmarks")
    if not isinstance(benchmarks, list) or len(benchmarks) != len(RATES):
        raise _bad("benchmarks")
    for i, row in enumerate(benchmarks):
        _check_object(row, _BENCHMARK_FIELDS, f"benchmarks[{i}]")
    for name in ("miit_levels", "cloud_awarded", "cloud_estimate"):
        counts = content.get(name)
        if not isinstance(counts, dict) or len(counts) > 20:
            raise _bad(name)
        for key, value in counts.items():
            _check_value(key, _TEXT, False, name)
            _check_value(value, _INT, False, f"{name}.{key}")
    entries = content.get("submissions")
    if not isinstance(entries, list):
        raise _bad("submissions")
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        checked = _check_object(entry, _ENTRY_FIELDS, f"submissions[{i}]")
        counts = checked.get("quota_counts")
        if not isinstance(counts, dict):
            raise _bad(f"submissions[{i}].quota_counts")
        for key, value in counts.items():
            _check_value(value, _INT, False, f"submissions[{i}].quota_counts.{key}")
        acceptance = checked["acceptance"]
        if acceptance not in (*ACCEPTANCE, None) or (acceptance is None) != (not checked["period"]):
            raise _bad(f"submissions[{i}].acceptance")
        uscc = str(checked["uscc"])
        if uscc in seen:
            raise _bad(say("企业 {uscc} 列了两次", uscc=uscc))
        seen.add(uscc)
    audit = content.get("audit")
    _check_object(audit, {"ok": (_BOOL, False), "forced": (_BOOL, False), "problems": (_INT, False)}, "audit")
    assert isinstance(audit, dict)
    # a failed audit lists its problems one a line: the one text where a line break is expected
    _check_value(audit.get("message"), _TEXT, True, "audit.message", lines=True)


# --------------------------------------------------------------------------- figures add up


def figure_differences(content: Mapping[str, JSONValue]) -> list[str]:
    """Each total that differs from what the summary's own list gives, said in Chinese (empty: they add up)."""
    entries: list[Mapping[str, JSONValue]] = list(content["submissions"])
    reported = [e for e in entries if e["period"]]
    found: list[str] = []

    def compare(label: str, stated: JSONValue, listed: int | float | None) -> None:
        same = (stated is None and listed is None) or (
            stated is not None and listed is not None and math.isclose(float(stated), float(listed), abs_tol=1e-9))
        if not same:
            found.append(say("{label}：汇总数为 {stated}，按企业清单应为 {listed}", label=label, stated=str(stated),
                             listed=str(listed)))

    totals = content["totals"]
    compare("已报送企业", totals["submitted"], len(reported))
    compare("已报送南通核心指标", totals["core_submitted"], sum(1 for e in entries if e["has_core"]))
    compare("已报送评测问卷", totals["miit_submitted"], sum(1 for e in entries if e["has_miit"]))
    compare("退回修改中的报送", totals["under_correction"],
            sum(1 for e in entries if e["acceptance"] == UNDER_CORRECTION))
    for stat, (rate, met) in zip(content["benchmarks"], RATES, strict=True):
        with_rate = [e for e in entries if e["has_core"] and e[rate] is not None]
        key_rows = [e for e in with_rate if e["key_enterprise"]]
        name = str(stat["name"])
        compare(f"{name}·填报企业", stat["all_reported"], len(with_rate))
        compare(f"{name}·达标企业", stat["all_met"], sum(1 for e in with_rate if e[met]))
        compare(f"{name}·重点企业填报", stat["key_reported"], len(key_rows))
        compare(f"{name}·重点企业达标", stat["key_met"], sum(1 for e in key_rows if e[met]))
        compare(f"{name}·重点企业平均", stat["key_average"],
                sum(float(e[rate]) for e in key_rows) / len(key_rows) if key_rows else None)
        compare(f"{name}·全部企业平均", stat["all_average"],
                sum(float(e[rate]) for e in with_rate) / len(with_rate) if with_rate else None)
    levels = Counter(str(e["miit_level"]) for e in entries if e["has_miit"])
    for level, stated in content["miit_levels"].items():
        compare(f"评测等级{level}", stated, levels.get(level, 0))
    estimates = Counter(str(e["cloud_estimate"]) for e in entries if e["has_core"] and e["cloud_estimate"] is not None)
    for star, stated in content["cloud_estimate"].items():
        compare(f"星级上云估计{star}", stated, estimates.get(star, 0))
    stars = Counter(str(e["latest_star"]) for e in entries if e["latest_star"] is not None)
    for star, stated in content["cloud_awarded"].items():
        compare(f"已获评{star}星级上云", stated, stars.get(star, 0))
    for row in content["quota_rows"]:
        if row["actual"] is not None:
            listed = sum(int(e["quota_counts"].get(row["key"], 0)) for e in entries)
            compare(f"{row['table']} {row['label']}", row["actual"], listed)
    return found


# --------------------------------------------------------------------------- import


def _verify(db: CityDb, data: bytes) -> tuple[dict[str, JSONValue], str]:
    """The checked content and the signer's key id, or :class:`SummaryProblem` / ``SignedFileError``."""
    signed = read_signed(data, PAYLOAD_TYPE, FORMAT, WHAT)
    content = signed.content
    district = content.get("district")
    if not isinstance(district, str) or district not in plan_targets().districts:
        raise SummaryProblem(say("汇总包中的地区“{district}”不在计划的地区名单中，不能计入全市汇总",
                                 district=visible(district, 40)))
    pinned = pinned_keys(db).get(district)
    if pinned is None:
        raise SummaryProblem(say(
            "尚未登记{district}的密钥，无法确认汇总包来自该区县。请先向{district}索取其区县文件（.zgszkey），"
            "电话核对指纹后登记（zgsz city pin），再导入", district=district))
    if signed.signer_key_id != pinned.signing_key_id or signed.signer_public != pinned.public_key:
        raise SummaryProblem(say(
            "汇总包的签名密钥（指纹 {found}）不是已登记的{district}密钥（指纹 {pinned}）：它不是该区县签发的，"
            "或该区县更换了密钥。请与{district}电话核对", found=signed.signer_key_id, district=district,
            pinned=pinned.signing_key_id))
    check_shape(content)
    try:
        period, year = summary_year(str(content["period"]))
    except UserError as exc:
        raise SummaryProblem(str(exc)) from exc
    if period != content["period"] or year != content["year"]:
        raise _bad(say("评估期与年度不一致"))
    wrong = figure_differences(content)
    if wrong:
        raise SummaryProblem(say("{district}汇总包中的数字与其企业清单对不上（{count} 处），不能计入全市汇总："
                                 "{details}。请区县核查后重新导出", district=district, count=len(wrong),
                                 details="；".join(wrong[:5])))
    return content, signed.signer_key_id


def _said(exc: Exception) -> str:
    """The refusal's message as the core said it (a ``say()`` message keeps its template for the interface);
    ``str(exc)`` would be its Chinese text only."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)


def import_summary(db: CityDb, path: Path, now: str) -> ImportOutcome:
    """One file, all or nothing."""
    name = Path(path).name
    try:
        data = read_at_most(Path(path), MAX_BYTES, WHAT)
        sha = hashlib.sha256(data).hexdigest()
        known = summary_known(db, sha)
        if known is not None:
            # the message carries the verdict (a line shows the file and the message, see ``line``)
            return ImportOutcome(name, "duplicate", say("{district} {period}：{label}", district=known.district,
                                                        period=known.period, label=VERDICTS["duplicate"]),
                                 known.district, known.period, sha)
        content, signer = _verify(db, data)
    except (SummaryProblem, SignedFileError, UserError) as exc:
        return ImportOutcome(name, "refused", _said(exc))
    district, period = str(content["district"]), str(content["period"])
    before = current_summary(db, district, period)
    newer = before is None or str(content["issued_at"]) > before.issued_at
    with db.transaction():
        add_summary(db, sha256=sha, content=content, signer_key_id=signer, data=data, source_name=name,
                    imported_at=now, current=newer)
    entries = content["submissions"]
    claimed = claims(db, period, [str(e["uscc"]) for e in entries if e["period"]], district) if newer else []
    verdict = "older" if not newer else "superseding" if before is not None else "imported"
    # each warning wraps the sentence before it, so that the whole stays one message another language can say
    message = say("{district} {period}：{label}，企业 {count} 家", district=district, period=period,
                  label=VERDICTS[verdict], count=sum(1 for e in entries if e["period"]))
    if not content["audit"]["ok"]:
        message = say("{message}。注意：该区县导出时数据库核查未通过（强制导出），数字仅供参考，请与区县核实",
                      message=message)
    if claimed:
        message = say("{message}。注意：其中 {count} 家企业另有地区也报送了同一评估期（{examples}），"
                      "请与相关区县核实归属",
                      message=message, count=len(claimed),
                      examples="、".join(f"{u}（{d}）" for u, d in claimed[:3]))
    return ImportOutcome(name, verdict, message, district, period, sha, claimed)


def import_summaries(db: CityDb, paths: Sequence[Path], now: str,
                     progress: Callable[[int, int, ImportOutcome], None] | None = None) -> list[ImportOutcome]:
    outcomes = []
    for done, path in enumerate(paths, 1):
        outcome = import_summary(db, path, now)
        outcomes.append(outcome)
        if progress is not None:
            progress(done, len(paths), outcome)
    return outcomes
