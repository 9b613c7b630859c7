"""The cross-reference gate of a definition: what a schema cannot express — unique ids, ``show_if`` and
``*_ref`` targets and their cycles, formula inputs and benchmark names, point totals that add up, scene
levels, overall levels, consistency rules."""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal

import yaml

from ..jsontypes import JSONValue
from . import conditions
from .building import as_decimal
from .definition_errors import PathPart, Problem, place_of
from .yaml_lines import line_of


def cross_reference_problems(data: Mapping[str, JSONValue], root: yaml.Node | None) -> list[Problem]:
    """Every cross-reference problem of schema-valid ``data`` (lines from ``root`` when given)."""
    return _Checker(data, root).run()


class _Checker:
    """Semantic checks over schema-valid data; collects problems with their paths."""

    def __init__(self, data: Mapping[str, JSONValue], root: yaml.Node | None):
        self.data = data
        self.root = root
        self.problems: list[Problem] = []
        self.questions: dict[str, tuple[list[PathPart], Mapping[str, JSONValue]]] = {}

    def add(self, path: list[PathPart], message: str) -> None:
        self.problems.append(Problem(place_of(self.data, path), line_of(self.root, path), message))

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
                item = as_decimal(question["points"])
                items_total += item
                options = self.options_of(question)
                if question["type"] not in ("single", "multiple") or not options:
                    self.add(q_path, "计分题须为单选或多选题")
                    continue
                option_points = [as_decimal(option.get("points", 0)) for option in options]
                if question["type"] == "single":
                    best = max(option_points)
                    if best != item:
                        self.add([*q_path, "points"], f"单选题满分 {item} 与最高选项分 {best} 不一致")
                else:
                    counted = sum(as_decimal(o.get("points", 0)) for o in options if not o.get("exclusive"))
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
                if got != as_decimal(group["points"]):
                    self.add([*m_path, "groups", g_index],
                             f"分组“{group['name']}”满分 {group['points']} 与其题目分值之和 {got} 不一致")
            if "points" in module and items_total != as_decimal(module["points"]):
                self.add([*m_path, "points"], f"模块满分 {module['points']} 与其题目分值之和 {items_total} 不一致")
            module_sum += items_total
        if "points" in self.data and scored_modules and module_sum != as_decimal(self.data["points"]):
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
        total = as_decimal(self.data.get("points", 0)) if "points" in self.data else None
        for index, level in enumerate(overall["levels"]):
            where: list[PathPart] = ["overall", "levels", index]
            if level["scene_level"] > top_level:
                self.add(where, f"{level['name']}要求场景达到{level['scene_level']}级，但场景最高只有{top_level}级")
            if level["min_scenes"] > len(scenes):
                self.add(where, f"{level['name']}要求{level['min_scenes']}个场景，但只有{len(scenes)}个场景")
            if level["min_binding_scenes"] > min(len(binding), level["min_scenes"]):
                self.add(where, f"{level['name']}要求{level['min_binding_scenes']}个约束性场景，"
                                f"超过约束性场景数（{len(binding)}）或场景要求数")
            if total is not None and as_decimal(level["min_points"]) > total:
                self.add(where, f"{level['name']}要求{level['min_points']}分，超过满分{total}")
