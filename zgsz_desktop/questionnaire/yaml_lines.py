"""Reading definition YAML so that problems can name their line: a safe loader that refuses duplicate keys
(PyYAML would silently keep the last one), and the line of the node at a place in the structure."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING

import yaml

from ..jsontypes import JSONValue
from .definition_errors import PathPart

# libyaml's loader when PyYAML was built with it (several times faster). The pure-Python one has the same
# constructor API (SafeConstructor and Resolver), so the type checker is shown the libyaml one.
if TYPE_CHECKING or hasattr(yaml, "CSafeLoader"):
    FastSafeLoader = yaml.CSafeLoader
else:  # pragma: no cover - PyYAML without libyaml
    FastSafeLoader = yaml.SafeLoader


class UniqueKeyLoader(FastSafeLoader):
    """SafeLoader that refuses duplicate mapping keys instead of keeping the last one."""


def _construct_mapping(loader: UniqueKeyLoader, node: yaml.MappingNode,
                       deep: bool = False) -> dict[Hashable, JSONValue]:
    seen: dict[Hashable, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue  # "<<: *anchor" merges; explicit keys may override merged ones
        key = loader.construct_object(key_node, deep=deep)
        if not isinstance(key, str | int | float | bool) or key is None:
            raise yaml.constructor.ConstructorError(None, None, "字段名必须是文字", key_node.start_mark)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"重复的字段名 '{key}'（第{seen[key]}行已出现）", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def line_of(root: yaml.Node | None, path: Iterable[PathPart]) -> int | None:
    """1-based line of the node at ``path`` (the deepest node that exists)."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for part in path:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == part:
                    node = value_node
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return line
        line = node.start_mark.line + 1
    return line
