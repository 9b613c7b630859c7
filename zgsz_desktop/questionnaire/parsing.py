"""One definition from YAML text or a file, through the three gates (YAML syntax, schema, cross-references),
to the model; a definition that fails any gate is refused as a whole with a :class:`DefinitionError`."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from ..jsontypes import JSONValue
from .building import build_questionnaire
from .cross_references import cross_reference_problems
from .definition_errors import DefinitionError, Problem
from .hashing import content_hash
from .model import Questionnaire
from .schema_gate import schema_problems, schema_validated_hashes
from .yaml_lines import FastSafeLoader, UniqueKeyLoader


def _check(data: Mapping[str, JSONValue], root: yaml.Node | None, *, schema_known_good: bool = False) -> list[Problem]:
    problems = [] if schema_known_good else schema_problems(data, root)
    return problems or cross_reference_problems(data, root)


def parse_definition(text: str, path: Path | str = "<text>") -> Questionnaire:
    """Parse and check one definition given as YAML text; raise :class:`DefinitionError` if broken."""
    path = Path(path)
    try:
        data = yaml.load(text, Loader=UniqueKeyLoader)  # a SafeLoader: no arbitrary objects
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise DefinitionError(path, [Problem("", line, f"YAML 语法错误：{exc.problem or exc}")]) from exc
    except yaml.YAMLError as exc:
        raise DefinitionError(path, [Problem("", None, f"YAML 语法错误：{exc}")]) from exc
    except (RecursionError, ValueError, TypeError) as exc:
        # absurd nesting, numbers with thousands of digits: not a definition anyone wrote
        raise DefinitionError(path, [Problem("", None, f"文件内容异常：{type(exc).__name__}")]) from exc
    if not isinstance(data, Mapping):
        raise DefinitionError(path, [Problem("", 1, "文件内容应为一个问卷定义（字段表），而不是列表或单个值")])
    try:
        digest = content_hash(data)
        problems = _check(data, None, schema_known_good=digest in schema_validated_hashes())
        if problems:
            # Only a broken file needs line numbers: compose the node tree now and check again with it.
            problems = _check(data, yaml.compose(text, Loader=FastSafeLoader))
    except RecursionError as exc:
        raise DefinitionError(path, [Problem("", None, "文件结构嵌套过深")]) from exc
    if problems:
        raise DefinitionError(path, problems)
    return build_questionnaire(data, digest, path, text)


def load_definition(path: Path) -> Questionnaire:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DefinitionError(path, [Problem("", None, "文件不是 UTF-8 编码")]) from exc
    except OSError as exc:
        raise DefinitionError(path, [Problem("", None, f"无法读取文件：{exc.strerror}")]) from exc
    return parse_definition(text, path)
