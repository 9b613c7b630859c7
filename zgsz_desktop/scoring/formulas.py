"""The enterprise-level formulas, all in one place.

The official enterprise-level wording of the three headline indicators was not found (see
``docs/standards-notes.md`` §1): each formula here is our **self-assessment caliber (自评口径)**,
aligned with the 两化融合 statistical caliber as commonly cited. Definitions store raw counts, so
when the official wording is confirmed only this module changes, and every stored assessment can
be re-scored.

A definition's module names its formula (``scoring.formula``) and maps the formula's named inputs
to question ids (``scoring.inputs``); ``scoring.params`` carries tunable constants. The loader
checks the names against :data:`FORMULAS`.

Each formula returns a :class:`FormulaResult`: a value (a fraction in [0, 1] for rates), or
"not applicable" with the reason, plus the figures that drove it for the report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..jsontypes import JSONValue
from ..messages import say
from ..questionnaire.display import display_value
from ..questionnaire.formula_inputs import SIGNATURES, InputSpec
from ..questionnaire.model import Question, Questionnaire


@dataclass(frozen=True)
class FormulaContext:
    questionnaire: Questionnaire
    answers: Mapping[str, JSONValue]  # only visible answers
    inputs: Mapping[str, str]  # input name -> question id
    params: Mapping[str, JSONValue]

    def value(self, name: str) -> JSONValue:
        return self.answers.get(self.inputs[name])

    def question(self, name: str) -> Question:
        return self.questionnaire.question(self.inputs[name])


@dataclass(frozen=True)
class Fact:
    """One line of a summary module: a key for aggregation, a label and a value."""

    key: str
    label: str
    value: JSONValue
    display: str


@dataclass(frozen=True)
class FormulaResult:
    value: float | None = None
    not_applicable: str = ""  # reason, when the figure does not apply to this enterprise
    caliber: str = ""  # 口径 actually used (e.g. discrete vs process)
    details: Mapping[str, JSONValue] = field(default_factory=dict)
    facts: tuple[Fact, ...] = ()
    warnings: tuple[str, ...] = ()  # answers that contradict each other; shown, not fatal


@dataclass(frozen=True)
class Formula:
    name: str
    input_specs: Mapping[str, InputSpec]
    compute: Callable[[FormulaContext], FormulaResult]
    description: str

    @property
    def inputs(self) -> tuple[str, ...]:
        return tuple(self.input_specs)


def _num(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


# --------------------------------------------------------------------------- 关键工序数控化率


def key_process_cnc_rate(ctx: FormulaContext) -> FormulaResult:
    """Discrete: NC equipment in key processes ÷ all equipment in key processes (pooled over the
    key processes listed). Process industry: key processes under process control (PCS/DCS/PLC) ÷
    key processes listed."""
    industry = ctx.value("industry_type")
    if industry == "process":
        rows = ctx.value("process_controls") or []
        covered = sum(1 for row in rows if row.get("controlled") is True)
        if not rows:
            return FormulaResult(not_applicable=say("未填写关键工序，无法计算"))
        return FormulaResult(
            value=covered / len(rows),
            caliber="流程型：采用过程控制系统（DCS/PLC/SCADA等）的关键工序数 ÷ 关键工序总数（自评口径）",
            details={"numerator": covered, "denominator": len(rows), "unit": "道工序",
                     "rows": [{"name": r.get("name", ""), "controlled": bool(r.get("controlled"))} for r in rows]},
        )
    rows = ctx.value("discrete_processes") or []
    total = sum(_num(row.get("equipment_total")) for row in rows)
    nc = sum(_num(row.get("nc_equipment")) for row in rows)
    if total <= 0:
        return FormulaResult(not_applicable=say("所列关键工序的设备总数为 0（均为手工作业），无法计算数控化率；"
                                                "如有设备请填写设备台数"))
    return FormulaResult(
        value=min(1.0, nc / total),
        caliber="离散型：关键工序数控化（数字化控制）设备数 ÷ 关键工序设备总数（自评口径）",
        details={
            "numerator": nc, "denominator": total, "unit": "台（套）",
            "rows": [{"name": r.get("name", ""), "equipment_total": _num(r.get("equipment_total")),
                      "nc_equipment": _num(r.get("nc_equipment"))} for r in rows],
        },
    )


# --------------------------------------------------------------------------- 经营管理数字化普及率


def management_digitalization_rate(ctx: FormulaContext) -> FormulaResult:
    """Management functions run on a dedicated or integrated information system ÷ management
    functions that apply to the enterprise. A function counts as digitalised when the chosen
    option's ``level`` is at least ``params.covered_min_level`` (default 2: 专用信息系统)."""
    module = ctx.questionnaire.module(ctx.inputs["module"])
    threshold = int(ctx.params.get("covered_min_level", 2))
    applicable: list[str] = []
    covered: list[str] = []
    for question in module.questions:
        if question.type != "single":
            continue
        key = ctx.answers.get(question.id)
        option = question.option(key) if isinstance(key, str) else None
        if option is None or option.not_applicable:
            continue
        applicable.append(question.text)
        if (option.level or 0) >= threshold:
            covered.append(question.text)
    if not applicable:
        return FormulaResult(not_applicable=say("所列经营管理业务均选择“不涉及”，无法计算"))
    return FormulaResult(
        value=len(covered) / len(applicable),
        caliber="以信息系统（专用或集成/云化）开展的经营管理业务项数 ÷ 企业涉及的经营管理业务项数（自评口径）",
        details={"numerator": len(covered), "denominator": len(applicable), "unit": "项业务",
                 "covered": covered, "not_covered": [n for n in applicable if n not in covered]},
    )


# --------------------------------------------------------------------------- 数字化研发设计工具普及率


def rnd_design_tool_rate(ctx: FormulaContext) -> FormulaResult:
    """Design staff using digital design tools ÷ all design staff. Not applicable when the
    enterprise does no product design of its own, or has no design staff."""
    if ctx.value("has_design") is False:
        return FormulaResult(not_applicable=say("企业不开展自主产品研发设计（如仅按客户图纸加工），该指标不适用"))
    staff = _num(ctx.value("design_staff"))
    if staff <= 0:
        return FormulaResult(not_applicable=say("研发设计人员为 0，该指标不适用"))
    users = min(_num(ctx.value("tool_users")), staff)
    tools_question = ctx.question("tools")
    chosen = ctx.value("tools") or []
    tools = [o.text for o in tools_question.options if o.key in chosen and not o.exclusive]
    # answers that contradict each other are found by the definition's consistency rules
    return FormulaResult(
        value=users / staff,
        caliber="使用数字化研发设计工具的研发设计人员数 ÷ 研发设计人员总数（自评口径）",
        details={"numerator": users, "denominator": staff, "unit": "人", "tools": tools},
    )


# --------------------------------------------------------------------------- summaries


def _display(question: Question, value: JSONValue) -> tuple[JSONValue, str]:
    if value is None:  # hidden by its gate question (e.g. 是否获评…？否)
        return None, "无"
    shown = display_value(question, value, empty="无")
    return (len(value), shown) if question.type == "table" else (value, shown)


def zgsz_projects(ctx: FormulaContext) -> FormulaResult:
    """智改数转 projects by the types 附件1 lists (主要包括…等) and 其他; 附件1 counts completed 规上 projects
    per year."""
    question = ctx.question("projects")
    rows = ctx.value("projects") or []
    type_column = question.column("type")
    status_column = question.column("status")
    facts = []
    completed = [r for r in rows if r.get("status") == "completed"]
    facts.append(Fact("projects_total", "填报项目数", len(rows), f"{len(rows)} 个"))
    facts.append(Fact("projects_completed", "已完成项目数（各年合计）", len(completed), f"{len(completed)} 个"))
    by_year: dict[int, int] = {}
    for row in completed:
        year = int(row.get("year", 0))
        by_year[year] = by_year.get(year, 0) + 1
    for year in sorted(by_year):
        facts.append(Fact(f"projects_completed_{year}", f"{year}年完成项目数", by_year[year], f"{by_year[year]} 个"))
    if type_column is not None:
        for option in type_column.options:
            count = sum(1 for r in completed if r.get("type") == option.key)
            facts.append(Fact(f"completed_type_{option.key}", f"已完成：{option.text}", count, f"{count} 个"))
    details = {"status_labels": {o.key: o.text for o in status_column.options} if status_column else {}}
    return FormulaResult(facts=tuple(facts), details=details)


def answers_summary(ctx: FormulaContext) -> FormulaResult:
    """Each input question as a fact (option text, or the row count of a table)."""
    facts = []
    for name, question_id in ctx.inputs.items():
        question = ctx.questionnaire.question(question_id)
        value, display = _display(question, ctx.answers.get(question_id))
        facts.append(Fact(name, question.text, value, display))
    return FormulaResult(facts=tuple(facts))


def _formula(compute: Callable[[FormulaContext], FormulaResult]) -> Formula:
    return Formula(compute.__name__, SIGNATURES[compute.__name__].input_specs, compute, compute.__doc__ or "")


# The implementations of the signatures the questionnaire layer declares (questionnaire/formula_inputs.py):
# the loader checks definitions against those signatures without importing scoring (issue #19).
FORMULAS: Mapping[str, Formula] = {
    f.name: f
    for f in map(_formula, (key_process_cnc_rate, management_digitalization_rate, rnd_design_tool_rate,
                            zgsz_projects, answers_summary))
}
if set(FORMULAS) != set(SIGNATURES):  # a signature without its implementation, or the reverse
    raise RuntimeError(f"formulas {sorted(FORMULAS)} do not match the declared signatures {sorted(SIGNATURES)}")

