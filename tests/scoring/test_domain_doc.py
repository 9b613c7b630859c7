"""Issue 15: docs/domain.md lists every rule with its source and confidence in one table.

The rules are read from the project's own loaders (questionnaires, policy editions, recommendation rules,
indication kinds, district counters, plausibility thresholds, division zones). A rule the code gains without a
row in the table fails here; so does a row without a known confidence mark, or one that claims more certainty
than the edition's own source gives.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zgsz_desktop.district import counters, plausibility
from zgsz_desktop.policy import shipped_editions
from zgsz_desktop.policy.edition import COMPARISONS, COUNTERS, INDICATION_KINDS
from zgsz_desktop.questionnaire.formula_inputs import OPEN_INPUTS
from zgsz_desktop.questionnaire.loader import get_questionnaire
from zgsz_desktop.questionnaire.submission import submission_questionnaires
from zgsz_desktop.scoring import indications
from zgsz_desktop.scoring.formulas import FORMULAS
from zgsz_desktop.scoring.recommendations import load_rules

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "domain.md"
COLUMNS = ("area", "rule id", "what the app does", "where", "source", "confidence")
MARKS = ("V", "3P", "U", "ours")
STRENGTH = {"V": 3, "3P": 2, "U": 1}  # "ours" is not a strength: it says no source decides the rule
CORE = "nantong-zgsz-core"
MIIT = "miit-sme-2024"


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _tables(text: str) -> list[list[str]]:
    """Every Markdown table of ``text`` as its lines (header, separator, rows)."""
    tables: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.lstrip().startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


def _rows() -> list[dict[str, str]]:
    tables = _tables(DOC.read_text(encoding="utf-8"))
    assert len(tables) == 1, f"docs/domain.md must hold exactly one table, found {len(tables)}"
    header, separator, *rows = tables[0]
    assert tuple(_cells(header)) == COLUMNS
    assert set(separator.replace("|", "").strip()) <= {"-", ":", " "}
    parsed = []
    for line in rows:
        cells = _cells(line)
        assert len(cells) == len(COLUMNS), f"a row of docs/domain.md has {len(cells)} cells: {line}"
        parsed.append(dict(zip(COLUMNS, cells, strict=True)))
    return parsed


ROWS = _rows()
BY_ID = {row["rule id"].strip("`"): row for row in ROWS}


def _missing(ids: set[str] | list[str]) -> list[str]:
    return sorted(set(ids) - set(BY_ID))


# --------------------------------------------------------------------------- the table itself


def test_rule_ids_are_unique_and_in_code_spans():
    ids = [row["rule id"] for row in ROWS]
    assert all(re.fullmatch(r"`[^`]+`", rule_id) for rule_id in ids), [i for i in ids if not i.startswith("`")]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates


@pytest.mark.parametrize("row", ROWS, ids=[row["rule id"].strip("`") for row in ROWS])
def test_every_row_has_a_known_confidence_a_place_and_a_source(row):
    assert row["confidence"] in MARKS, f"confidence must be one of {MARKS}"
    for column in ("area", "what the app does", "where", "source"):
        assert row[column], f"empty {column!r}"


def test_the_intro_explains_the_marks_and_links_the_other_notes():
    text = DOC.read_text(encoding="utf-8")
    intro = text[:text.index("| area |")]
    for mark in MARKS:
        assert f"**{mark}**" in intro
    assert "(policy-editions.md)" in intro and "(standards-notes.md)" in intro


# --------------------------------------------------------------------------- policy editions


EDITIONS = shipped_editions()


@pytest.mark.parametrize("edition", EDITIONS, ids=[e.id for e in EDITIONS])
def test_every_benchmark_quota_row_indication_and_figure_of_an_edition_is_listed(edition):
    wanted = [f"{edition.id}:{key}" for key in edition.benchmarks]
    wanted += [f"{edition.id}:{row.key}" for row in edition.quota_rows]
    wanted += [f"{edition.id}:{indication.id}" for indication in edition.indications]
    wanted += [f"{edition.id}:figure-{n}" for n in range(1, len(edition.figures) + 1)]
    if edition.mismatches:  # a table of the plan that does not add up is shown as printed
        wanted.append(f"{edition.id}:attachment-totals")
    assert not _missing(wanted)


@pytest.mark.parametrize("edition", EDITIONS, ids=[e.id for e in EDITIONS])
def test_an_edition_row_claims_no_more_than_its_source(edition):
    """The table may be more careful than an edition's source (U, or ours for an own choice), never surer."""
    cited: dict[str, str] = {}
    for key, benchmark in edition.benchmarks.items():
        cited[f"{edition.id}:{key}"] = benchmark.source_id
    for row in edition.quota_rows:
        cited[f"{edition.id}:{row.key}"] = row.source
    for indication in edition.indications:
        cited[f"{edition.id}:{indication.id}"] = indication.source
    for n, figure in enumerate(edition.figures, start=1):
        cited[f"{edition.id}:figure-{n}"] = figure.source
    for rule_id, source_id in cited.items():
        mark = BY_ID[rule_id]["confidence"]
        source = edition.source(source_id) if source_id else None
        if source is None:  # a row that cites nothing (a count without a quota) is our own
            assert mark in ("ours", "U"), f"{rule_id} names no source but is marked {mark}"
        elif mark != "ours":
            assert STRENGTH[mark] <= STRENGTH[source.confidence], (
                f"{rule_id} is marked {mark}, its source {source.id} is only {source.confidence}")


def test_every_comparison_and_indication_kind_is_listed():
    assert not _missing({f"comparison:{c}" for c in COMPARISONS})
    kinds = set(INDICATION_KINDS) | set(indications._KINDS)
    assert not _missing({f"kind:{kind}" for kind in kinds})


# --------------------------------------------------------------------------- district


def test_every_district_counter_is_listed():
    known = set(COUNTERS) | set(counters.HONOURS) | set(counters.CLOUD) | {"projects_completed_above_scale",
                                                                          "liangronghe_certified"}
    assert not _missing({f"counter:{name}" for name in known})


def test_every_plausibility_threshold_is_listed_as_our_judgement():
    thresholds = [name for name in vars(plausibility) if name.startswith("MAX_")]
    assert thresholds  # the module names its thresholds MAX_…
    assert not _missing({f"plausibility:{name}" for name in thresholds})
    for name in thresholds:
        assert BY_ID[f"plausibility:{name}"]["confidence"] == "ours"


def test_every_functional_zone_of_the_division_table_is_listed():
    assert not _missing({f"zone:{zone}" for zone in plausibility.divisions().zones})


# --------------------------------------------------------------------------- questionnaires


def test_the_current_questionnaires_are_the_ones_a_submission_asks():
    assert set(submission_questionnaires()) == {CORE, MIIT}


@pytest.mark.parametrize("questionnaire_id", [CORE, MIIT])
def test_every_consistency_rule_of_the_current_questionnaires_is_listed(questionnaire_id):
    questionnaire = get_questionnaire(questionnaire_id)
    assert not _missing({rule["id"] for rule in questionnaire.consistency})


def _condition_question(condition: dict) -> str:
    """The question a condition tests; a composite (any/all of one question's options) names that question."""
    if "question" in condition:
        return str(condition["question"])
    subs = condition.get("any") or condition.get("all") or []
    (question,) = {str(sub["question"]) for sub in subs}
    return question


def test_every_star_cloud_condition_is_listed():
    questionnaire = get_questionnaire(CORE)
    wanted = []
    for module in questionnaire.modules:
        if module.kind != "star_estimate":
            continue
        for level in module.scoring["levels"]:
            questions = [_condition_question(condition) for condition in level["conditions"]]
            # one row per condition: the id needs one condition per question within a level
            assert len(questions) == len(set(questions)), f"{module.id}.{level['name']} tests a question twice"
            wanted += [f"{module.id}.{level['name']}:{question}" for question in questions]
    assert wanted
    assert not _missing(wanted)


def test_every_level_of_the_miit_overall_rule_is_listed():
    overall = get_questionnaire(MIIT).overall
    assert overall
    assert not _missing({f"{MIIT}:overall.{level['name']}" for level in overall["levels"]})


def test_every_formula_is_listed():
    assert not _missing({f"formula:{name}" for name in FORMULAS if name not in OPEN_INPUTS})


# --------------------------------------------------------------------------- advice


def test_every_recommendation_and_support_measure_is_listed():
    rules, references = load_rules()
    assert not _missing({rule["id"] for rule in rules["rules"]})
    assert not _missing({f"measure:{key}" for key in references["measures"]})
