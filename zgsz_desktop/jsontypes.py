"""The name for data parsed from outside: JSON and YAML files, packages, the workspace's JSON columns.

``JSONValue`` is what ``json.loads`` and ``yaml.safe_load`` give: None, a bool, a number, a string, or a list or
dict of these, nested. Its shape is checked at run time where it comes in (the JSON Schemas, the parsers'
``isinstance`` tests, each refusal a Chinese message), so the name stands for ``Any``: code that has checked a
value reads it without a cast at every step. A recursive union would make every reader repeat, as casts, the
checks the schema already made; the name at least says what flows and where it came from.
"""

from __future__ import annotations

from typing import Any, TypeAlias

JSONValue: TypeAlias = Any
