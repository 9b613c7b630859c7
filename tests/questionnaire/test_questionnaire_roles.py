"""Questionnaire roles (issue #19): the code finds "the key-process table" or "the awarded cloud star" through
resources/questionnaire-roles.yaml, and every shipped version of every definition bears the file out."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from pathlib import Path

import pytest

from zgsz_desktop.locate import assessments_dir
from zgsz_desktop.questionnaire import roles
from zgsz_desktop.questionnaire.loader import load_definition

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted([*assessments_dir().glob("*.yaml"), *assessments_dir().glob("archive/*.yaml")])


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_version_has_each_role_with_the_type_it_needs(path):
    assert roles.problems(load_definition(path)) == []


def test_the_check_catches_a_renamed_question_and_a_wrong_type():
    current = load_definition(assessments_dir() / "nantong-zgsz-core.yaml")
    table = current.question("cnc.key_processes")
    renamed = replace(current, _index={k: v for k, v in current._index.items() if k != table.id})
    assert any("key_process_table" in p and "does not have" in p for p in roles.problems(renamed))
    module = current.module_of(table.id)
    retyped = replace(current, _index={**current._index, table.id: (module, replace(table, type="text"))})
    assert any("key_process_table needs a table question" in p for p in roles.problems(retyped))


def test_roles_name_the_plan_questionnaire_and_its_questions():
    core = roles.questionnaire_with_role("plan_indicators")
    assert core == "nantong-zgsz-core" and roles.questionnaire_with_role("maturity_level") == "miit-sme-2024"
    assert roles.plan_question("key_process_table") == "cnc.key_processes"
    assert roles.module_id(core, "cnc_rate") == "cnc"
    with pytest.raises(roles.RolesError, match="没有"):
        roles.question_id(core, "no_such_role")


QUESTION_ID = re.compile(r"^(cnc|mgmt|rnd|cloud|projects|honours|basic|miit)\.[a-z_.]+$")
QUESTIONNAIRE_ID = re.compile(r"^(nantong-zgsz-core|miit-sme-2024)$")
# Where an id may still be written: the roles module reads the file; the demo district generates answers to a
# definition it names on purpose (a generator of test data, not a reader of answers); the translation tool
# names its per-questionnaire files.
ALLOWED = {"zgsz_desktop/questionnaire/roles.py", "zgsz_desktop/demo_synthetic.py", "zgsz_desktop/translations.py"}


def test_no_module_of_the_code_writes_a_question_or_questionnaire_id():
    found = []
    for path in sorted((ROOT / "zgsz_desktop").rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        if relative in ALLOWED or "_bundled" in relative:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                    QUESTION_ID.match(node.value) or QUESTIONNAIRE_ID.match(node.value)):
                found.append(f"{relative}:{node.lineno} {node.value}")
    assert found == [], "\n".join(found)
