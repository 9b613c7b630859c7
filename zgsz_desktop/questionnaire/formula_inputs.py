"""The named formulas a questionnaire definition may use, and what each reads from its inputs.

Data for the loader, which refuses a definition whose scoring names an unknown formula or gives it the wrong
kind of question; ``scoring/formulas.py`` implements each one (and checks at import that the two lists
agree). Kept here, in the questionnaire layer, so that loading a definition does not import the scoring
code (issue #19: the loader used to import scoring.formulas, a cycle questionnaire ⇄ scoring).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class InputSpec:
    """What a formula reads from one input; the loader refuses a definition that does not provide it."""

    types: tuple[str, ...] = ()
    kind: str = "question"  # or "module"
    options: tuple[str, ...] = ()  # option keys the formula tests for
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # table column id -> allowed types
    column_options: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Signature:
    """A formula's name and its inputs, without its code."""

    name: str
    input_specs: Mapping[str, InputSpec]

    @property
    def inputs(self) -> tuple[str, ...]:
        return tuple(self.input_specs)


NUMBER = ("number", "percent")

SIGNATURES: Mapping[str, Signature] = {
    s.name: s
    for s in (
        Signature("key_process_cnc_rate", {
            "industry_type": InputSpec(("single",), options=("discrete", "process")),
            "discrete_processes": InputSpec(("table",), columns={"equipment_total": NUMBER, "nc_equipment": NUMBER}),
            "process_controls": InputSpec(("table",), columns={"controlled": ("yesno",)}),
        }),
        Signature("management_digitalization_rate", {"module": InputSpec(kind="module")}),
        Signature("rnd_design_tool_rate", {
            "has_design": InputSpec(("yesno",)),
            "design_staff": InputSpec(NUMBER),
            "tool_users": InputSpec(NUMBER),
            "tools": InputSpec(("multiple",)),
        }),
        Signature("zgsz_projects", {
            "projects": InputSpec(("table",), columns={"type": ("single",), "year": NUMBER, "status": ("single",)},
                                  column_options={"status": ("completed",)}),
        }),
        Signature("answers_summary", {}),
    )
}

# Formulas whose inputs are free-form (any names), e.g. answers_summary.
OPEN_INPUTS = frozenset({"answers_summary"})
