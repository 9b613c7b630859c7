"""Load questionnaire definitions from ``assessments/*.yaml`` and refuse broken ones precisely: the public face.

Loading runs three gates, and a definition that fails any of them is refused as a whole with a
:class:`DefinitionError` that names the file, the line, the place in the structure and what is wrong:

1. YAML syntax (and duplicate keys, which PyYAML would otherwise silently overwrite) — ``yaml_lines.py``;
2. the JSON Schema ``assessments/schema/questionnaire.schema.json`` (structure and types) — ``schema_gate.py``;
3. cross-reference checks that a schema cannot express: unique ids, ``show_if``/``*_ref`` targets,
   formula and benchmark names, point totals that add up, scene levels — ``cross_references.py``.

A definition that passes is built into the model (``building.py``) and named by its content hash
(``hashing.py``); ``parsing.py`` runs the gates for one definition, ``definitions.py`` finds the shipped ones.
Callers import from here; the modules behind it each do one of those jobs.
"""

from __future__ import annotations

from .definition_errors import MAX_PROBLEMS, DefinitionError, PathPart, Problem
from .definitions import (
    ARCHIVE,
    current_questionnaires,
    get_questionnaire,
    load_directory,
    shipped_questionnaires,
    version_key,
)
from .hashing import content_hash
from .parsing import load_definition, parse_definition
from .schema_gate import SCHEMA_FILE, VALIDATED_FILE, schema_problems, schema_validated_hashes

FORMAT = "zgsz-questionnaire/1"

__all__ = [
    "ARCHIVE",
    "FORMAT",
    "MAX_PROBLEMS",
    "SCHEMA_FILE",
    "VALIDATED_FILE",
    "DefinitionError",
    "PathPart",
    "Problem",
    "content_hash",
    "current_questionnaires",
    "get_questionnaire",
    "load_definition",
    "load_directory",
    "parse_definition",
    "schema_problems",
    "schema_validated_hashes",
    "shipped_questionnaires",
    "version_key",
]
