"""How a refused questionnaire definition is reported: each problem with its line and its place in the
structure, and the one error that lists them all (a definition is refused as a whole)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError
from ..jsontypes import JSONValue

MAX_PROBLEMS = 20

PathPart = str | int


@dataclass(frozen=True)
class Problem:
    where: str  # e.g. modules[2].questions[0].options (题目 cnc.key_processes)
    line: int | None
    message: str

    def __str__(self) -> str:
        line = f"第{self.line}行 " if self.line else ""
        where = f"{self.where}：" if self.where else ""
        return f"{line}{where}{self.message}"


class DefinitionError(UserError, ValueError):
    """A questionnaire definition was refused; ``problems`` lists every problem found."""

    def __init__(self, path: Path | str, problems: Sequence[Problem]):
        self.path = Path(path)
        self.problems = tuple(problems)
        listed = "\n".join(f"  - {problem}" for problem in self.problems[:MAX_PROBLEMS])
        more = len(self.problems) - MAX_PROBLEMS
        if more > 0:
            listed += f"\n  …… 另有 {more} 处问题"
        super().__init__(f"问卷定义文件 {self.path} 有误，未加载：\n{listed}")


def place_of(data: JSONValue, path: Sequence[PathPart]) -> str:
    """Readable location: ``modules[1].questions[3].type (题目 cnc.key_processes)``."""
    text = ""
    context = ""
    node = data
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(node, Mapping) and isinstance(node.get("id"), str):
            kind = ("模块" if "questions" in node else "规则" if "severity" in node
                    else "题目" if "type" in node else "")
            context = f"{kind} {node['id']}".strip()
    return f"{text}（{context}）" if context else text
