"""Which questionnaire, module and question plays which part for the code (issue #19).

Modules ask ``question_id(questionnaire_id, "key_process_table")`` instead of writing ``"cnc.key_processes"``;
the answers live in ``resources/questionnaire-roles.yaml`` (why there and not in the definitions: see that file).
A role the code needs is declared in :data:`QUESTION_ROLES` / :data:`MODULE_ROLES` / :data:`QUESTIONNAIRE_ROLES`
with what it must be; :func:`problems` checks a definition against the file, and the tests run it over every
shipped version.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ..errors import UserError
from ..locate import resource
from ..messages import say
from .model import Questionnaire

FORMAT = "zgsz-questionnaire-roles/1"
ROLES_FILE = ("questionnaire-roles.yaml",)

# role → the question types it may have (the code reading it relies on the type)
QUESTION_ROLES: Mapping[str, tuple[str, ...]] = {
    "production_type": ("single",),
    "key_process_table": ("table",),
    "process_control_table": ("table",),
    "cloud_star_awarded": ("single",),
    "cloud_star_award_year": ("number",),
    "projects_any": ("yesno",),
    "projects_table": ("table",),
    "liangronghe_grade": ("single",),
    "liangronghe_year": ("number",),
    "smart_workshops_any": ("yesno",),
    "smart_workshops_table": ("table",),
    "first_set_any": ("yesno",),
    "first_set_table": ("table",),
    "benchmark_factories_any": ("yesno",),
    "benchmark_factories_table": ("table",),
    "iiot_pilots_any": ("yesno",),
    "iiot_pilots_table": ("table",),
    "cmmm_level": ("single",),
    "jiangsu_assessment_score": ("number",),
}
MODULE_ROLES = frozenset({"cnc_rate", "management_rate", "design_tool_rate", "cloud_stars"})
QUESTIONNAIRE_ROLES = frozenset({"plan_indicators", "maturity_level"})


class RolesError(UserError, ValueError):
    """The roles file is missing or does not say what the code needs."""


@dataclass(frozen=True)
class QuestionnaireRoles:
    questionnaire_id: str
    role: str
    modules: Mapping[str, str]
    questions: Mapping[str, str]
    since: Mapping[str, str]  # question role → the first version that has it


@cache
def _table() -> Mapping[str, QuestionnaireRoles]:
    import yaml

    path = resource(*ROLES_FILE)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RolesError(say("无法读取问卷角色表 {path}（{error}），请重新安装软件", path=str(path),
                             error=str(exc))) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("questionnaires"), dict):
        raise RolesError(say("问卷角色表 {path} 格式不对，请重新安装软件", path=str(path)))
    table: dict[str, QuestionnaireRoles] = {}
    for questionnaire_id, entry in data["questionnaires"].items():
        table[str(questionnaire_id)] = QuestionnaireRoles(
            str(questionnaire_id), str(entry["role"]),
            {str(k): str(v) for k, v in (entry.get("modules") or {}).items()},
            {str(k): str(v) for k, v in (entry.get("questions") or {}).items()},
            {str(k): str(v) for k, v in (entry.get("since") or {}).items()})
    return table


def questionnaire_with_role(role: str) -> str:
    """The id of the questionnaire that plays ``role`` (``plan_indicators``, ``maturity_level``)."""
    for entry in _table().values():
        if entry.role == role:
            return entry.questionnaire_id
    raise RolesError(say("问卷角色表中没有承担“{role}”的问卷，请重新安装软件", role=role))


def question_id(questionnaire_id: str, role: str) -> str:
    """The id of the question that plays ``role`` in ``questionnaire_id`` (every version uses the same id)."""
    entry = _table().get(questionnaire_id)
    if entry is None or role not in entry.questions:
        raise RolesError(say("问卷角色表中 {questionnaire} 没有“{role}”题，请重新安装软件",
                             questionnaire=questionnaire_id, role=role))
    return entry.questions[role]


def module_id(questionnaire_id: str, role: str) -> str:
    """The id of the module that plays ``role`` (``cnc_rate`` …) in ``questionnaire_id``."""
    entry = _table().get(questionnaire_id)
    if entry is None or role not in entry.modules:
        raise RolesError(say("问卷角色表中 {questionnaire} 没有“{role}”模块，请重新安装软件",
                             questionnaire=questionnaire_id, role=role))
    return entry.modules[role]


def plan_question(role: str) -> str:
    """Shorthand: the question playing ``role`` in the plan's own questionnaire (南通智改数转核心指标)."""
    return question_id(questionnaire_with_role("plan_indicators"), role)


def problems(questionnaire: Questionnaire) -> list[str]:
    """What the roles file says about ``questionnaire`` that its definition does not bear out."""
    from .loader import version_key

    found: list[str] = []
    entry = _table().get(questionnaire.id)
    if entry is None:
        return [f"{questionnaire.id}: not in the roles file"]
    if entry.role not in QUESTIONNAIRE_ROLES:
        found.append(f"{questionnaire.id}: unknown questionnaire role {entry.role!r}")
    module_ids = {module.id for module in questionnaire.modules}
    for role, module in entry.modules.items():
        if role not in MODULE_ROLES:
            found.append(f"{questionnaire.id}: unknown module role {role!r}")
        elif module not in module_ids:
            found.append(f"{questionnaire.id} {questionnaire.version}: module role {role} names {module!r}, "
                         "which this version does not have")
    for role, question in entry.questions.items():
        if role not in QUESTION_ROLES:
            found.append(f"{questionnaire.id}: unknown question role {role!r}")
            continue
        first = entry.since.get(role)
        if first is not None and version_key(questionnaire.version) < version_key(first):
            if questionnaire.has_question(question):
                found.append(f"{questionnaire.id} {questionnaire.version}: {role} is said to start in {first}, "
                             f"but {question} is already here")
            continue
        if not questionnaire.has_question(question):
            found.append(f"{questionnaire.id} {questionnaire.version}: {role} names {question!r}, "
                         "which this version does not have")
        elif questionnaire.question(question).type not in QUESTION_ROLES[role]:
            found.append(f"{questionnaire.id} {questionnaire.version}: {role} needs a "
                         f"{'/'.join(QUESTION_ROLES[role])} question, {question} is "
                         f"{questionnaire.question(question).type}")
    return found
