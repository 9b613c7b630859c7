"""Load questionnaire definitions from ``assessments/*.yaml`` and refuse broken ones precisely.

Loading runs three gates, and a definition that fails any of them is refused as a whole with a
:class:`DefinitionError` that names the file, the line, the place in the structure and what is wrong:

1. YAML syntax (and duplicate keys, which PyYAML would otherwise silently overwrite);
2. the JSON Schema ``assessments/schema/questionnaire.schema.json`` (structure and types);
3. cross-reference checks that a schema cannot express: unique ids, ``show_if``/``*_ref`` targets,
   formula and benchmark names, point totals that add up, scene levels.

The content hash is SHA-256 over the canonical JSON of the parsed definition (keys sorted, no
insignificant whitespace, UTF-8), so reformatting or re-commenting the YAML does not change it but
any change of meaning does.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import UserError
from ..jsontypes import JSONValue
from ..locate import assessments_dir
from ..text import tidy
from . import conditions
from .model import QUESTION_TYPES, Group, Module, Option, Question, Questionnaire

SCHEMA_FILE = ("schema", "questionnaire.schema.json")
FORMAT = "zgsz-questionnaire/1"
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


# --------------------------------------------------------------------------- YAML with positions


# libyaml's loader when PyYAML was built with it (several times faster). The pure-Python one has the same
# constructor API (SafeConstructor and Resolver), so the type checker is shown the libyaml one.
if TYPE_CHECKING or hasattr(yaml, "CSafeLoader"):
    _BaseLoader = yaml.CSafeLoader
else:  # pragma: no cover - PyYAML without libyaml
    _BaseLoader = yaml.SafeLoader


class _UniqueKeyLoader(_BaseLoader):
    """SafeLoader that refuses duplicate mapping keys instead of keeping the last one."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode,
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


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _line_of(root: yaml.Node | None, path: Iterable[PathPart]) -> int | None:
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


def _where(data: JSONValue, path: Sequence[PathPart]) -> str:
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


# --------------------------------------------------------------------------- schema gate


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


def _schema_problems(data: JSONValue, root: yaml.Node | None) -> list[Problem]:
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
            problems.append(Problem(_where(data, path), _line_of(root, line_path), _schema_message(leaf)))
    return problems


# --------------------------------------------------------------------------- cross-reference gate


class _Checker:
    """Semantic checks over schema-valid data; collects problems with their paths."""

    def __init__(self, data: Mapping[str, JSONValue], root: yaml.Node | None):
        self.data = data
        self.root = root
        self.problems: list[Problem] = []
        self.questions: dict[str, tuple[list[PathPart], Mapping[str, JSONValue]]] = {}

    def add(self, path: list[PathPart], message: str) -> None:
        self.problems.append(Problem(_where(self.data, path), _line_of(self.root, path), message))

    def options_of(self, spec: Mapping[str, JSONValue]) -> list[Mapping[str, JSONValue]]:
        if "options" in spec:
            return list(spec["options"])
        return list(self.data.get("option_sets", {}).get(spec.get("options_from", ""), []))

    def run(self) -> list[Problem]:
        from ..targets import plan_targets
        from .formula_inputs import SIGNATURES as FORMULAS  # the named formulas and their inputs

        module_ids: set[str] = set()
        for m_index, module in enumerate(self.data["modules"]):
            m_path: list[PathPart] = ["modules", m_index]
            if module["id"] in module_ids:
                self.add([*m_path, "id"], f"模块编号 {module['id']!r} 重复")
            module_ids.add(module["id"])
            for q_index, question in enumerate(module["questions"]):
                q_path = [*m_path, "questions", q_index]
                if question["id"] in self.questions:
                    self.add([*q_path, "id"], f"题目编号 {question['id']!r} 重复（题目编号在整份问卷内须唯一）")
                self.questions[question["id"]] = (q_path, question)
        self.check_numbers_are_finite()
        for q_path, question in self.questions.values():
            self.check_field(q_path, question, columns_scope=None)
            if "show_if" in question:
                self.check_condition([*q_path, "show_if"], question["show_if"], own=question["id"])
        self.check_show_if_cycles()
        for m_index, module in enumerate(self.data["modules"]):
            self.check_scoring(["modules", m_index], module, FORMULAS, plan_targets().benchmarks)
        self.check_points()
        self.check_overall()
        self.check_consistency()
        return self.problems

    def check_consistency(self) -> None:
        from .consistency import rule_problems

        def columns(question_id: str) -> dict[str, str]:
            found = self.questions.get(question_id)
            if found is None:
                return {}
            return {str(c["id"]): str(c["type"]) for c in found[1].get("columns", ())}

        seen: set[str] = set()
        for index, rule in enumerate(self.data.get("consistency", ())):
            path: list[PathPart] = ["consistency", index]
            if rule["id"] in seen:
                self.add([*path, "id"], f"规则编号 {rule['id']!r} 重复")
            seen.add(rule["id"])
            for key, message in rule_problems(rule, str(self.data["id"]), self.lookup, columns):
                self.add([*path, key], message)

    def check_field(self, path: list[PathPart], spec: Mapping[str, JSONValue],
                    columns_scope: Mapping[str, Mapping[str, JSONValue]] | None) -> None:
        if "options_from" in spec and spec["options_from"] not in self.data.get("option_sets", {}):
            self.add([*path, "options_from"], f"选项集 {spec['options_from']!r} 未在 option_sets 中定义")
        options = self.options_of(spec)
        keys = [str(option["key"]) for option in options]
        for duplicate in sorted({k for k in keys if keys.count(k) > 1}):
            self.add([*path, "options"], f"选项代码 {duplicate!r} 重复")
        if spec["type"] != "multiple" and any(option.get("exclusive") for option in options):
            self.add([*path, "options"], "只有多选题的选项可以标记 exclusive（互斥）")
        if any(option.get("exclusive") and option.get("points", 0) for option in options):
            self.add([*path, "options"], "互斥选项（如“无”）不能有分值")
        if "band_check" in spec:
            for role, target in spec["band_check"].items():
                found = self.questions.get(target)
                if found is None or found[1]["type"] not in ("number", "percent"):
                    self.add([*path, "band_check", role], f"band_check 引用的 {target!r} 不是本问卷的数值题")
            if spec["type"] != "single" or any("band" not in option for option in options):
                self.add([*path, "band_check"], "band_check 只用于每个选项都带 band（区间）的单选题")
        if "min" in spec and "max" in spec and spec["min"] > spec["max"]:
            self.add([*path, "min"], f"最小值 {spec['min']} 大于最大值 {spec['max']}")
        if spec["type"] == "percent" and (spec.get("min", 0) < 0 or spec.get("max", 100) > 100):
            self.add(path, "百分比题的取值范围须在 0–100 之内")
        for ref_key in ("min_ref", "max_ref"):
            if ref_key not in spec:
                continue
            target_id = spec[ref_key]
            scope = columns_scope if columns_scope is not None else {
                qid: q for qid, (_, q) in self.questions.items()}
            target = scope.get(target_id)
            where = "同一表格的列" if columns_scope is not None else "题目"
            if target is None:
                self.add([*path, ref_key], f"{ref_key} 引用的{where} {target_id!r} 不存在")
            elif target["type"] not in ("number", "percent"):
                self.add([*path, ref_key], f"{ref_key} 引用的 {target_id!r} 不是数值题")
            elif target_id == spec["id"]:
                self.add([*path, ref_key], f"{ref_key} 不能引用自身")
        if spec["type"] == "table":
            columns = {column["id"]: column for column in spec["columns"]}
            seen: set[str] = set()
            for c_index, column in enumerate(spec["columns"]):
                if column["id"] in seen:
                    self.add([*path, "columns", c_index, "id"], f"列编号 {column['id']!r} 重复")
                seen.add(column["id"])
                self.check_field([*path, "columns", c_index], column, columns_scope=columns)
            if "max_rows" in spec and spec.get("min_rows", 0) > spec["max_rows"]:
                self.add([*path, "min_rows"], "min_rows 大于 max_rows")

    def lookup(self, question_id: str) -> tuple[str, frozenset[str]] | None:
        found = self.questions.get(question_id)
        if found is None:
            return None
        spec = found[1]
        return spec["type"], frozenset(str(o.get("key")) for o in self.options_of(spec) if isinstance(o, Mapping))

    def check_condition(self, path: list[PathPart], condition: Mapping[str, JSONValue], own: str | None = None) -> None:
        for message in conditions.problems(condition, self.lookup, own):
            self.add(path, message)

    def check_show_if_cycles(self) -> None:
        """A question shown only when another is answered, which is shown only when the first is: both
        would stay hidden for ever and their module would count as complete."""
        graph = {qid: (set(conditions.referenced_questions(spec["show_if"])) & set(self.questions)) - {qid}
                 for qid, (_, spec) in self.questions.items() if "show_if" in spec}  # self-reference: reported apart
        done: set[str] = set()

        def visit(node: str, trail: list[str]) -> None:
            if node in trail:
                cycle = [*trail[trail.index(node):], node]
                self.add([*self.questions[node][0], "show_if"], f"显示条件循环引用：{' → '.join(cycle)}")
                return
            if node in done:
                return
            for nxt in graph.get(node, ()):
                visit(nxt, [*trail, node])
            done.add(node)

        for qid in sorted(graph):
            visit(qid, [])

    def check_formula_inputs(self, s_path: list[PathPart], formula: JSONValue, inputs: Mapping[str, str]) -> None:
        """Each input must be a question of the type the formula reads, with the options and columns it uses."""
        for name, spec in formula.input_specs.items():
            target = inputs.get(name)
            if target is None or spec.kind == "module":
                continue
            found = self.questions.get(target)
            if found is None:
                continue  # reported as a missing question
            question = found[1]
            where = [*s_path, "inputs", name]
            if question["type"] not in spec.types:
                self.add(where, f"公式 {formula.name} 的输入 {name} 应为{'/'.join(spec.types)}题，"
                                f"而 {target} 是{question['type']}题")
                continue
            keys = {str(o.get("key")) for o in self.options_of(question)}
            missing = [k for k in spec.options if k not in keys]
            if missing:
                self.add(where, f"公式 {formula.name} 需要题目 {target} 有选项 {', '.join(missing)}")
            columns = {c["id"]: c for c in question.get("columns", [])}
            for column_id, column_types in spec.columns.items():
                column = columns.get(column_id)
                if column is None or column["type"] not in column_types:
                    self.add(where, f"公式 {formula.name} 需要表格 {target} 有{'/'.join(column_types)}列 {column_id}")
                    continue
                column_keys = {str(o.get("key")) for o in self.options_of(column)}
                needed = [k for k in spec.column_options.get(column_id, ()) if k not in column_keys]
                if needed:
                    self.add(where, f"公式 {formula.name} 需要表格 {target} 的列 {column_id} "
                                    f"有选项 {', '.join(needed)}")

    def check_numbers_are_finite(self, node: JSONValue = None, path: list[PathPart] | None = None) -> None:
        node = self.data if node is None else node
        path = path or []
        if isinstance(node, float) and not math.isfinite(node):
            self.add(path, f"数值 {node} 无效")
        elif isinstance(node, Mapping):
            for key, value in node.items():
                self.check_numbers_are_finite(value, [*path, key])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.check_numbers_are_finite(value, [*path, index])

    def check_scoring(self, path: list[PathPart], module: Mapping[str, JSONValue], formulas: Mapping[str, JSONValue],
                      benchmarks: Mapping[str, JSONValue]) -> None:
        scoring = module["scoring"]
        s_path = [*path, "scoring"]
        kind = scoring["kind"]
        if kind in ("benchmark", "summary"):
            from .formula_inputs import OPEN_INPUTS

            formula = formulas.get(scoring["formula"])
            if formula is None:
                known = ", ".join(sorted(formulas))
                self.add([*s_path, "formula"], f"未知的计算公式 {scoring['formula']!r}（可用：{known}）")
            elif formula.name not in OPEN_INPUTS:
                missing = [name for name in formula.inputs if name not in scoring["inputs"]]
                if missing:
                    self.add([*s_path, "inputs"], f"公式 {scoring['formula']} 缺少输入：{', '.join(missing)}")
                extra = [name for name in scoring["inputs"] if name not in formula.inputs]
                if extra:
                    self.add([*s_path, "inputs"], f"公式 {scoring['formula']} 不使用输入：{', '.join(extra)}")
            if formula is not None:
                self.check_formula_inputs(s_path, formula, scoring["inputs"])
            module_ids = {m["id"] for m in self.data["modules"]}
            for name, target in scoring["inputs"].items():
                if name == "module":
                    if target not in module_ids:
                        self.add([*s_path, "inputs", name], f"输入 module 引用的模块 {target!r} 不存在")
                elif target not in self.questions:
                    self.add([*s_path, "inputs", name], f"输入 {name} 引用的题目 {target!r} 不存在")
        if kind == "benchmark" and scoring["benchmark"] not in benchmarks:
            self.add([*s_path, "benchmark"],
                     f"规划目标中没有指标 {scoring['benchmark']!r}（可用：{', '.join(sorted(benchmarks))}）")
        if kind == "star_estimate":
            awarded = scoring.get("awarded_question")
            if awarded is not None:
                found = self.questions.get(awarded)
                if found is None or found[1]["type"] != "single":
                    self.add([*s_path, "awarded_question"], f"awarded_question {awarded!r} 应为本问卷的单选题")
            ranks = [level["rank"] for level in scoring["levels"]]
            if len(set(ranks)) != len(ranks):
                self.add([*s_path, "levels"], "星级的 rank 重复")
            for l_index, level in enumerate(scoring["levels"]):
                for c_index, condition in enumerate(level["conditions"]):
                    self.check_condition([*s_path, "levels", l_index, "conditions", c_index], condition)
        if kind == "scenes":
            for q_index, question in enumerate(module["questions"]):
                q_path = [*path, "questions", q_index]
                if question["type"] != "single" or "scene" not in question:
                    self.add(q_path, "场景评级模块的每道题都须为单选题并带 scene 信息")
                    continue
                if any("level" not in option for option in self.options_of(question)):
                    self.add([*q_path, "options"], "场景评级题的每个选项都须给出 level（等级）")

    def check_points(self) -> None:
        """Point totals must add up: option → item → group → module → questionnaire."""
        scored_modules = [(i, m) for i, m in enumerate(self.data["modules"]) if m["scoring"]["kind"] == "points"]
        module_sum = Decimal(0)
        for m_index, module in scored_modules:
            m_path: list[PathPart] = ["modules", m_index]
            group_sums: dict[str, Decimal] = {}
            items_total = Decimal(0)
            for q_index, question in enumerate(module["questions"]):
                q_path = [*m_path, "questions", q_index]
                if "points" not in question:
                    continue  # supporting figure (e.g. 设备数量), not scored
                item = _dec(question["points"])
                items_total += item
                options = self.options_of(question)
                if question["type"] not in ("single", "multiple") or not options:
                    self.add(q_path, "计分题须为单选或多选题")
                    continue
                option_points = [_dec(option.get("points", 0)) for option in options]
                if question["type"] == "single":
                    best = max(option_points)
                    if best != item:
                        self.add([*q_path, "points"], f"单选题满分 {item} 与最高选项分 {best} 不一致")
                else:
                    counted = sum(_dec(o.get("points", 0)) for o in options if not o.get("exclusive"))
                    if counted != item:
                        self.add([*q_path, "points"], f"多选题满分 {item} 与各选项分之和 {counted} 不一致")
                if module.get("groups"):
                    group = question.get("group")
                    names = [g["name"] for g in module["groups"]]
                    if group not in names:
                        self.add([*q_path, "group"], f"计分题须属于本模块的一个分组（{'、'.join(names)}）")
                    else:
                        group_sums[group] = group_sums.get(group, Decimal(0)) + item
            for g_index, group in enumerate(module.get("groups", [])):
                got = group_sums.get(group["name"], Decimal(0))
                if got != _dec(group["points"]):
                    self.add([*m_path, "groups", g_index],
                             f"分组“{group['name']}”满分 {group['points']} 与其题目分值之和 {got} 不一致")
            if "points" in module and items_total != _dec(module["points"]):
                self.add([*m_path, "points"], f"模块满分 {module['points']} 与其题目分值之和 {items_total} 不一致")
            module_sum += items_total
        if "points" in self.data and scored_modules and module_sum != _dec(self.data["points"]):
            self.add(["points"], f"问卷满分 {self.data['points']} 与各模块分值之和 {module_sum} 不一致")

    def check_overall(self) -> None:
        overall = self.data.get("overall")
        if not overall:
            return
        kinds = {m["scoring"]["kind"] for m in self.data["modules"]}
        if not {"points", "scenes"} <= kinds:
            self.add(["overall"], "综合等级需要计分模块（points）和场景评级模块（scenes）")
        thresholds = [level["min_points"] for level in overall["levels"]]
        if thresholds != sorted(thresholds, reverse=True):
            self.add(["overall", "levels"], "等级须从高到低排列（min_points 递减）")
        scenes = [q for m in self.data["modules"] if m["scoring"]["kind"] == "scenes" for q in m["questions"]]
        binding = [q for q in scenes if (q.get("scene") or {}).get("binding")]
        top_level = max((o.get("level", 0) for q in scenes for o in self.options_of(q)), default=0)
        total = _dec(self.data.get("points", 0)) if "points" in self.data else None
        for index, level in enumerate(overall["levels"]):
            where: list[PathPart] = ["overall", "levels", index]
            if level["scene_level"] > top_level:
                self.add(where, f"{level['name']}要求场景达到{level['scene_level']}级，但场景最高只有{top_level}级")
            if level["min_scenes"] > len(scenes):
                self.add(where, f"{level['name']}要求{level['min_scenes']}个场景，但只有{len(scenes)}个场景")
            if level["min_binding_scenes"] > min(len(binding), level["min_scenes"]):
                self.add(where, f"{level['name']}要求{level['min_binding_scenes']}个约束性场景，"
                                f"超过约束性场景数（{len(binding)}）或场景要求数")
            if total is not None and _dec(level["min_points"]) > total:
                self.add(where, f"{level['name']}要求{level['min_points']}分，超过满分{total}")


def _dec(value: object) -> Decimal:
    return Decimal(str(value))


# --------------------------------------------------------------------------- building the model


def content_hash(data: JSONValue) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _option(spec: Mapping[str, JSONValue]) -> Option:
    return Option(
        key=str(spec["key"]),
        text=spec["text"],  # verbatim (the MIIT option texts are copied from the official data)
        help=tidy(spec.get("help", "")),
        points=_dec(spec["points"]) if "points" in spec else None,
        level=spec.get("level"),
        exclusive=bool(spec.get("exclusive", False)),
        not_applicable=bool(spec.get("not_applicable", False)),
        band=(float(spec["band"][0]), float(spec["band"][1])) if "band" in spec else None,
    )


def _question(spec: Mapping[str, JSONValue], option_sets: Mapping[str, JSONValue]) -> Question:
    options = spec.get("options") or option_sets.get(spec.get("options_from", ""), [])
    scene = spec.get("scene") or {}
    return Question(
        id=spec["id"],
        type=spec["type"],
        text=tidy(spec["text"]),
        help=tidy(spec["help"]),
        required=bool(spec.get("required", True)),
        show_if=spec.get("show_if"),
        options=tuple(_option(o) for o in options),
        unit=spec.get("unit", ""),
        min=_dec(spec["min"]) if "min" in spec else (Decimal(0) if spec["type"] == "percent" else None),
        max=_dec(spec["max"]) if "max" in spec else (Decimal(100) if spec["type"] == "percent" else None),
        min_ref=spec.get("min_ref"),
        max_ref=spec.get("max_ref"),
        integer=bool(spec.get("integer", False)),
        max_length=spec.get("max_length"),
        multiline=bool(spec.get("multiline", False)),
        placeholder=spec.get("placeholder", ""),
        min_rows=int(spec.get("min_rows", 0)),
        max_rows=spec.get("max_rows"),
        row_label=spec.get("row_label", ""),
        columns=tuple(_question(c, option_sets) for c in spec.get("columns", ())),
        points=_dec(spec["points"]) if "points" in spec else None,
        group=spec.get("group", ""),
        item=spec.get("item", ""),
        scene_group=scene.get("group", ""),
        scene_binding=bool(scene.get("binding", False)),
        band_check=spec.get("band_check"),
    )


def _build(data: Mapping[str, JSONValue], digest: str, path: Path | None, text: str) -> Questionnaire:
    from .consistency import implicit_band_rules

    option_sets = data.get("option_sets", {})
    modules = []
    index: dict[str, tuple[Module, Question]] = {}
    for spec in data["modules"]:
        module = Module(
            id=spec["id"],
            title=tidy(spec["title"]),
            description=tidy(spec.get("description", "")),
            questions=tuple(_question(q, option_sets) for q in spec["questions"]),
            scoring=spec["scoring"],
            points=_dec(spec["points"]) if "points" in spec else None,
            groups=tuple(Group(g["name"], _dec(g["points"])) for g in spec.get("groups", ())),
        )
        modules.append(module)
        for question in module.questions:
            index[question.id] = (module, question)
    return Questionnaire(
        id=data["id"],
        version=str(data["version"]),
        title=tidy(data["title"]),
        short_title=tidy(data.get("short_title", data["title"])),
        description=tidy(data.get("description", "")),
        source=data.get("source", ""),
        modules=tuple(modules),
        content_hash=digest,
        path=path,
        points=_dec(data["points"]) if "points" in data else None,
        overall=data.get("overall"),
        consistency=(tuple(data["consistency"]) if "consistency" in data
                     else implicit_band_rules(q for m in modules for q in m.questions)),
        source_text=text,
        _index=index,
    )


# --------------------------------------------------------------------------- public API


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


def _check(data: Mapping[str, JSONValue], root: yaml.Node | None, *, schema_known_good: bool = False) -> list[Problem]:
    problems = [] if schema_known_good else _schema_problems(data, root)
    return problems or _Checker(data, root).run()


def parse_definition(text: str, path: Path | str = "<text>") -> Questionnaire:
    """Parse and check one definition given as YAML text; raise :class:`DefinitionError` if broken."""
    path = Path(path)
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader: no arbitrary objects
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
            problems = _check(data, yaml.compose(text, Loader=_BaseLoader))
    except RecursionError as exc:
        raise DefinitionError(path, [Problem("", None, "文件结构嵌套过深")]) from exc
    if problems:
        raise DefinitionError(path, problems)
    return _build(data, digest, path, text)


def load_definition(path: Path) -> Questionnaire:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DefinitionError(path, [Problem("", None, "文件不是 UTF-8 编码")]) from exc
    except OSError as exc:
        raise DefinitionError(path, [Problem("", None, f"无法读取文件：{exc.strerror}")]) from exc
    return parse_definition(text, path)


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


ARCHIVE = "archive"  # earlier versions: still read, so old workspaces and packages can be scored again


def load_directory(directory: Path) -> list[Questionnaire]:
    """Every ``*.yaml`` definition in ``directory`` and its ``archive/`` folder, sorted by id then version.

    Raises on the first broken file, and when two files declare the same id and version.
    """
    loaded: list[Questionnaire] = []
    seen: dict[tuple[str, str], Path] = {}
    for path in [*sorted(directory.glob("*.yaml")), *sorted((directory / ARCHIVE).glob("*.yaml"))]:
        questionnaire = load_definition(path)
        key = (questionnaire.id, questionnaire.version)
        if key in seen:
            raise DefinitionError(path, [Problem("id/version", None,
                                                 f"{questionnaire.ref} 与 {seen[key].name} 重复")])
        seen[key] = path
        loaded.append(questionnaire)
    return sorted(loaded, key=lambda q: (q.id, version_key(q.version)))


@cache
def shipped_questionnaires() -> tuple[Questionnaire, ...]:
    """The definitions shipped in ``assessments/``, loaded once per process."""
    return tuple(load_directory(assessments_dir()))


@cache
def current_questionnaires() -> tuple[Questionnaire, ...]:
    """The current definitions only (``assessments/*.yaml``, not the archive): what a new assessment uses and
    what most processes ever need. The archive (earlier versions, for old workspaces and packages) is read the
    first time something asks for an earlier version — a third of the cost at start-up and in each worker."""
    return tuple(sorted((load_definition(path) for path in sorted(assessments_dir().glob("*.yaml"))),
                        key=lambda q: (q.id, version_key(q.version))))


def get_questionnaire(questionnaire_id: str, version: str | None = None) -> Questionnaire:
    """A shipped definition by id (newest version unless ``version`` is given). The current folder holds the
    newest version of each questionnaire (tests/test_definitions.py checks it), so the archive is read only
    for an earlier version."""
    current = [q for q in current_questionnaires()
               if q.id == questionnaire_id and (version is None or q.version == version)]
    if current:
        return current[-1]
    matches = [q for q in shipped_questionnaires() if q.id == questionnaire_id]
    if version is not None:
        matches = [q for q in matches if q.version == version]
    if not matches:
        available = ", ".join(q.ref for q in shipped_questionnaires())
        wanted = f"{questionnaire_id}@{version}" if version else questionnaire_id
        raise KeyError(f"没有问卷 {wanted}（已安装：{available}）")
    return matches[-1]
