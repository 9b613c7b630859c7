"""The JSON Schema gate of a definition (``assessments/schema/questionnaire.schema.json``: structure and types),
its failures said in Chinese with their line; and the list of shipped definitions known to pass it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

import yaml

from ..jsontypes import JSONValue
from ..locate import assessments_dir
from .definition_errors import Problem, place_of
from .model import QUESTION_TYPES
from .yaml_lines import line_of

SCHEMA_FILE = ("schema", "questionnaire.schema.json")
VALIDATED_FILE = ("schema", "validated.txt")


@cache
def _validator() -> Any:  # a jsonschema validator (jsonschema has no type hints)
    import jsonschema  # local: only needed when definitions are loaded

    schema = json.loads(assessments_dir().joinpath(*SCHEMA_FILE).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _schema_message(error: Any) -> str:  # a jsonschema ValidationError
    """A Chinese message for the common schema failures; jsonschema's English one otherwise."""
    v, value = error.validator, error.validator_value
    if v == "required":
        missing = [name for name in value if isinstance(error.instance, Mapping) and name not in error.instance]
        return f"缺少必填字段 {', '.join(repr(m) for m in missing)}"
    if v in ("additionalProperties", "unevaluatedProperties"):
        names = re.findall(r"'([^']+)'", error.message)
        listed = "、".join(f"'{n}'" for n in names) if names else error.message
        return f"不认识的字段 {listed}（拼写错误，或放错了位置？）"
    if v == "enum":
        return f"取值 {error.instance!r} 不在允许的取值 {value} 之中"
    if v == "const":
        return f"取值应为 {value!r}，实际为 {error.instance!r}"
    if v == "type":
        type_names = {"string": "文本", "number": "数值", "integer": "整数", "boolean": "true/false",
                      "array": "列表", "object": "字段表"}
        wanted = value if isinstance(value, list) else [value]
        return f"类型应为{'或'.join(type_names.get(str(w), str(w)) for w in wanted)}，实际为 {error.instance!r}"
    if v == "pattern":
        return f"{error.instance!r} 格式不对（应匹配 {value}）"
    if v in ("minItems", "minLength", "minProperties"):
        return f"不能为空（至少 {value} 项）"
    if v in ("minimum", "maximum"):
        return f"取值 {error.instance!r} 超出范围（{'最小' if v == 'minimum' else '最大'} {value}）"
    if v == "oneOf":
        return "单选/多选题须给出 options（选项）或 options_from（引用选项集）二者之一"
    if v == "not" and isinstance(value, Mapping):
        names = list(value.get("required", []))
        for alternative in value.get("anyOf", []):
            names.extend(alternative.get("required", []))
        present = [n for n in names if isinstance(error.instance, Mapping) and n in error.instance]
        if present:
            kind = error.instance.get("type", "")
            return f"字段 {', '.join(repr(n) for n in present)} 不适用于{kind}题型"
    if v in ("not", None, False, "false") or error.schema is False:
        field = error.absolute_path[-1] if error.absolute_path else ""
        return f"此处不允许字段 {field!r}（该字段不适用于此题型）" if field else "此处不允许该字段"
    return str(error.message)


def schema_problems(data: JSONValue, root: yaml.Node | None) -> list[Problem]:
    def leaves(error: Any) -> Iterable[Any]:
        # Report the most specific failures inside allOf / if-then-else rather than the combinator;
        # oneOf keeps its own message (its alternatives' failures would only confuse).
        if error.context and error.validator in ("allOf", "if", "then", "else", "$ref"):
            for sub in error.context:
                yield from leaves(sub)
        else:
            yield error

    problems = []
    for error in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        for leaf in leaves(error):
            instance = leaf.instance
            if (leaf.validator == "not" and isinstance(instance, Mapping)
                    and instance.get("type") not in QUESTION_TYPES):
                continue  # follows from an unknown type, which is reported on its own
            path = list(leaf.absolute_path)
            line_path = path
            if leaf.validator in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, Mapping):
                unknown = [name for name in re.findall(r"'([^']+)'", leaf.message) if name in instance]
                if unknown:
                    line_path = [*path, unknown[0]]  # the line of the misspelt field, not of its object
            problems.append(Problem(place_of(data, path), line_of(root, line_path), _schema_message(leaf)))
    return problems


VALIDATED_FILE = ("schema", "validated.txt")


@cache
def schema_validated_hashes() -> frozenset[str]:
    """Content hashes of the shipped definitions that passed the JSON Schema when they were released
    (``tools/validated_definitions.py`` writes the list; a test fails when it is stale). Checking a definition
    against the schema costs ~0.1 s each, four fifths of loading it, in every process that loads them (the app
    at start, each import worker): a listed definition skips it. Anything else — a definition edited on disk, a
    new one in ``ZGSZ_DATA_DIR`` — has another hash and is checked in full; the other checks always run."""
    try:
        text = assessments_dir().joinpath(*VALIDATED_FILE).read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line.split()[-1] for line in text.splitlines() if line.strip() and not line.startswith("#"))
