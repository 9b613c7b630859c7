"""Generate ``assessments/miit-sme-2024.yaml`` from the transcription in ``resources/domain/``.

A one-off authoring tool (not used at run time): every item, option, point and scene text comes
from ``resources/domain/miit-sme-2024.yaml`` unchanged; this script adds the ids, the 口径 help
texts written below, the optional supporting figures the official form asks for, and the
level rule from docs/standards-notes.md §2.3 (a third-party reading, labelled as such in the
definition). The one deliberate change to a transcribed text is in ``TEXT_CORRECTIONS``. Re-run it
after correcting the transcription:

    python tools/convert_miit.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "domain" / "miit-sme-2024.yaml"
TARGET = ROOT / "assessments" / "miit-sme-2024.yaml"

DIMENSIONS = {"数字化基础": "basis", "数字化管理": "management", "数字化成效": "effect"}

ITEMS: dict[str, tuple[str, str]] = {
    # item name: (id suffix, 口径 help)
    "网络建设": ("network", "多选：按企业已建成并在用的网络勾选，每项2分，满分8分。选“无”时不能再选其他项。"),
    "设备数字化": ("equipment_digital",
              "单选：按“设备数字化率 = 数字化生产设备数量 ÷ 生产设备总数量 × 100%”所在区间选择。"
              "数字化生产设备可理解为由数字程序控制、或能自动采集和传输运行数据的生产设备（自评口径）。"
              "可在下方填写设备数量作为依据。"),
    "设备联网": ("equipment_networked",
             "单选：按“设备联网率 = 实现联网的生产设备数量 ÷ 生产设备总数量 × 100%”所在区间选择。"
             "联网可理解为设备接入企业网络，能上传运行数据或接收指令（自评口径）。"),
    "数据采集": ("data_collection",
             "多选：勾选已实现数据自动采集（由系统或设备自动获取，而非人工录入）的业务环节，"
             "人力资源0.9分，其余每项0.7分，满分10分。"),
    "信息系统": ("information_systems",
             "单选：按使用信息化服务（本地部署或云服务）实现数字化管理的业务环节覆盖范围选择；"
             "“绝大部分”指超过80%的业务环节。"),
    "网络安全": ("network_security", "多选：按已落实的网络安全举措勾选，每项1.25分，满分5分。"),
    "数据安全": ("data_security", "多选：按已落实的数据安全举措勾选，每项1.25分，满分5分。"),
    "规划实施": ("planning", "单选：选择最符合企业当前状况的一项（选项按递进关系排列，分值依次提高）。"),
    "管理机制": ("mechanisms", "多选：按已正式发布并执行的制度勾选，每项1.875分，满分7.5分。"),
    "人才建设": ("talent", "多选：按已落实的人才建设举措勾选，每项1.5分，满分7.5分。"),
    "资金保障": ("funding",
             "单选：按近三年平均数字化投入占营业额比例的区间选择（成立不满三年按实际时长计算年均投入）。"
             "注意：区间原样照录评测系统数据；该区间对投入占营业额的比例而言明显偏高，"
             "尚待与官方文件核对。"),
    "绿色低碳": ("energy",
             "单选：比较数字化改造后与改造前“每百元营业收入综合能源消费量”。综合能源消费量按国家统计局《能源统计报表制度》"
             "205-1、205-2表口径计算。可在下方填写上年和前年的综合能源消费量（吨标准煤）作为依据。"),
    "产品质量": ("quality", "单选：比较数字化改造后与改造前的月均产品合格率。"),
    "市场表现": ("revenue_per_employee", "单选：比较上年度与前年的人均营业收入（营业收入 ÷ 员工人数）。"),
    "价值效益": ("cost_ratio", "单选：比较上年度与前年的“每百元营业收入中的成本”（成本 ÷ 营业收入 × 100）。"),
}

# Supporting figures the official form asks for beside some items (optional, not scored).
SUPPORTING: dict[str, list[dict[str, Any]]] = {
    "设备数字化": [
        {"id": "miit.basis.equipment_total", "text": "生产设备总数量", "unit": "台",
         "help": "选填：企业在用生产设备总台数，用于核对设备数字化率和联网率所选区间。"},
        {"id": "miit.basis.equipment_digital_count", "text": "实现数字化的生产设备数量", "unit": "台",
         "max_ref": "miit.basis.equipment_total", "help": "选填：不能超过生产设备总数量。"},
    ],
    "设备联网": [
        {"id": "miit.basis.equipment_networked_count", "text": "实现联网的生产设备数量", "unit": "台",
         "max_ref": "miit.basis.equipment_total", "help": "选填：不能超过生产设备总数量。"},
    ],
    "资金保障": [
        {"id": "miit.management.funding_amount", "text": "近三年年均数字化投入", "unit": "万元/年", "integer": False,
         "help": "选填：近三年用于数字化（软硬件、云服务、咨询、人员培训等）的年均投入金额。"},
    ],
    "绿色低碳": [
        {"id": "miit.effect.energy_last_year", "text": "上年综合能源消费量", "unit": "吨标准煤", "integer": False,
         "help": "选填：按《能源统计报表制度》口径。"},
        {"id": "miit.effect.energy_year_before", "text": "前年综合能源消费量", "unit": "吨标准煤", "integer": False,
         "help": "选填：按《能源统计报表制度》口径。"},
    ],
    "产品质量": [
        {"id": "miit.effect.pass_rate", "text": "月均产品合格率", "type": "percent", "integer": False,
         "help": "选填：上年度月均产品合格率（%）。"},
    ],
    "市场表现": [
        {"id": "miit.effect.staff_last_year", "text": "上年员工人数", "unit": "人", "help": "选填：年末从业人员数。"},
        {"id": "miit.effect.revenue_last_year", "text": "上年营业收入", "unit": "万元", "integer": False,
         "help": "选填。"},
        {"id": "miit.effect.staff_year_before", "text": "前年员工人数", "unit": "人", "help": "选填：年末从业人员数。"},
        {"id": "miit.effect.revenue_year_before", "text": "前年营业收入", "unit": "万元", "integer": False,
         "help": "选填。"},
    ],
    "价值效益": [
        {"id": "miit.effect.cost_last_year", "text": "上年成本", "unit": "万元", "integer": False,
         "help": "选填：营业成本。"},
        {"id": "miit.effect.cost_year_before", "text": "前年成本", "unit": "万元", "integer": False,
         "help": "选填：营业成本。"},
    ],
}

# The rate bands whose options carry their range (checked against the counts by the rules below).
BANDED = ("设备数字化", "设备联网")

# Answers that contradict the supporting figures entered beside them (questionnaire/consistency.py).
# error: resolved before the submission is complete (change the choice, or clear the optional figure);
# warning: 请核对. Tolerance 1 %: a smaller change counts as 持平 (自评口径; the official text sets none).
_BAND_MESSAGE = ("“{item}”选择了 {{chosen}}，但按填写的数量计算为 {{rate}}，应选 {{expected}}。"
                 "请改正选择，或核对下方填写的设备数量。")
_TREND_SOURCE = "按本题题面的计算方法，用下方填写的两年数字核对；变化不超过1%视为持平（自评口径）。"
CONSISTENCY: list[dict[str, Any]] = [
    {"id": "miit.basis.equipment_digital_band", "kind": "band", "severity": "error",
     "question": "miit.basis.equipment_digital", "numerator": "miit.basis.equipment_digital_count",
     "denominator": "miit.basis.equipment_total",
     "questions": ["miit.basis.equipment_digital", "miit.basis.equipment_digital_count", "miit.basis.equipment_total"],
     "message": _BAND_MESSAGE.format(item="生产设备数字化率"),
     "source": "题面：设备数字化率 = 数字化生产设备数量 ÷ 生产设备总数量 × 100%。"},
    {"id": "miit.basis.equipment_networked_band", "kind": "band", "severity": "error",
     "question": "miit.basis.equipment_networked", "numerator": "miit.basis.equipment_networked_count",
     "denominator": "miit.basis.equipment_total",
     "questions": ["miit.basis.equipment_networked", "miit.basis.equipment_networked_count",
                   "miit.basis.equipment_total"],
     "message": _BAND_MESSAGE.format(item="生产设备联网率"),
     "source": "题面：设备联网率 = 实现联网的生产设备数量 ÷ 生产设备总数量 × 100%。"},
    {"id": "miit.effect.revenue_per_employee_trend", "kind": "trend", "severity": "error",
     "question": "miit.effect.revenue_per_employee", "options": {"up": "C", "flat": "B", "down": "A"},
     "current": {"ratio": ["miit.effect.revenue_last_year", "miit.effect.staff_last_year"]},
     "previous": {"ratio": ["miit.effect.revenue_year_before", "miit.effect.staff_year_before"]},
     "tolerance": 0.01,
     "questions": ["miit.effect.revenue_per_employee", "miit.effect.revenue_last_year",
                   "miit.effect.staff_last_year", "miit.effect.revenue_year_before", "miit.effect.staff_year_before"],
     "message": ("人均营业收入选择了“{chosen}”，但按填写的营业收入和员工人数计算，上年比前年{change}，"
                 "应为“{expected}”。请改正选择，或核对下方的数字。"),
     "source": _TREND_SOURCE},
    {"id": "miit.effect.revenue_trend", "kind": "trend", "severity": "warning",
     "when": {"any": [{"question": "miit.effect.staff_last_year", "answered": False},
                      {"question": "miit.effect.staff_year_before", "answered": False}]},
     "question": "miit.effect.revenue_per_employee", "options": {"up": "C", "flat": "B", "down": "A"},
     "current": "miit.effect.revenue_last_year", "previous": "miit.effect.revenue_year_before",
     "tolerance": 0.01,
     "questions": ["miit.effect.revenue_per_employee", "miit.effect.revenue_last_year",
                   "miit.effect.revenue_year_before"],
     "message": ("人均营业收入选择了“{chosen}”，但填写的上年营业收入比前年{change}。"
                 "人均营业收入 = 营业收入 ÷ 员工人数：请填写两年的员工人数以便核对，或改正选择。"),
     "source": _TREND_SOURCE},
    {"id": "miit.effect.cost_ratio_trend", "kind": "trend", "severity": "error",
     "question": "miit.effect.cost_ratio", "options": {"up": "A", "flat": "B", "down": "C"},
     "current": {"ratio": ["miit.effect.cost_last_year", "miit.effect.revenue_last_year"]},
     "previous": {"ratio": ["miit.effect.cost_year_before", "miit.effect.revenue_year_before"]},
     "tolerance": 0.01,
     "questions": ["miit.effect.cost_ratio", "miit.effect.cost_last_year", "miit.effect.cost_year_before",
                   "miit.effect.revenue_last_year", "miit.effect.revenue_year_before"],
     "message": ("每百元营业收入中的成本选择了“{chosen}”，但按填写的成本和营业收入计算，上年比前年{change}，"
                 "应为“{expected}”。请改正选择，或核对填写的数字。"),
     "source": _TREND_SOURCE},
    {"id": "miit.effect.energy_trend", "kind": "trend", "severity": "warning",
     "question": "miit.effect.energy", "options": {"up": "A", "flat": "B", "down": "C"},
     "current": {"ratio": ["miit.effect.energy_last_year", "miit.effect.revenue_last_year"]},
     "previous": {"ratio": ["miit.effect.energy_year_before", "miit.effect.revenue_year_before"]},
     "tolerance": 0.01,
     "questions": ["miit.effect.energy", "miit.effect.energy_last_year", "miit.effect.energy_year_before"],
     "message": ("每百元营业收入综合能源消费量选择了“{chosen}”，但按填写的能耗和营业收入计算，上年比前年{change}。"
                 "本题比较数字化改造前后，若改造不在这两年之间可不改动，否则请核对。"),
     "source": "题面比较改造前后，下方数字为上年与前年，只作参考核对（自评口径）。"},
]


# Transcribed texts shown with one correction: the evaluation system's description of 综合能源消费量 names
# 国家统计局's statistical system 《能源报表统计制度》; its name is 《能源统计报表制度》 (the help above says so).
TEXT_CORRECTIONS = {"《能源报表统计制度》": "《能源统计报表制度》"}


def _corrected(text: str) -> str:
    for wrong, right in TEXT_CORRECTIONS.items():
        text = text.replace(wrong, right)
    return text


def _band(text: str) -> list[float]:
    """"[0-10%]" / "(10%,20%]" → [0, 10] / [10, 20]."""
    import re

    low, high = (float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)[:2])
    return [low, high]


SCENES = {
    "产品设计": "product_design", "工艺设计": "process_design", "营销管理": "marketing", "售后服务": "after_sales",
    "计划排程": "scheduling", "生产管控": "production_control", "质量管理": "quality_management",
    "设备管理": "equipment_management", "安全生产": "safety", "能耗管理": "energy_management",
    "采购管理": "procurement", "仓储物流": "warehousing", "财务管理": "finance", "人力资源": "human_resources",
    "协同办公": "office", "决策支持": "decision_support",
}

# The overall-level rule as docs/standards-notes.md §2.3 gives it [3P, U]: a third-party implementation's reading
# of the 2024 rule, not the official text. Every level carries all four thresholds the notes give.
LEVEL_RULE = [
    {"name": "四级", "min_points": 80, "scene_level": 4, "min_scenes": 10, "min_binding_scenes": 6},
    {"name": "三级", "min_points": 60, "scene_level": 3, "min_scenes": 8, "min_binding_scenes": 5},
    {"name": "二级", "min_points": 40, "scene_level": 2, "min_scenes": 6, "min_binding_scenes": 3},
    {"name": "一级", "min_points": 20, "scene_level": 1, "min_scenes": 6, "min_binding_scenes": 3},
]


# What the sources say about 约束性场景 (standards-notes §2.3): the evaluation system's data marks 10 scenes
# with one scene type without saying what it means; a third-party implementation calls them 约束性场景 and
# its level rule counts them; another source speaks of 9. The scene help says exactly that much.
BINDING_NOTE = "第三方资料称本场景为“约束性场景”，综合等级估算按此计数；官方文件尚未核对。"


def _level_thresholds(levels: list[dict[str, Any]]) -> str:
    ordered = sorted(levels, key=lambda level: level["scene_level"])
    return "；".join(
        f"{level['name']}须合计不低于{level['min_points']}分，且至少{level['min_scenes']}个场景达到"
        f"{level['scene_level']}级（其中约束性场景至少{level['min_binding_scenes']}个）" for level in ordered)


OVERALL_CAVEAT = (
    "综合等级是按第三方资料整理的判定规则自行估算的结果，不是官方评定："
    "该规则是第三方对2024年版评测规则的解读，尚未与官方文件逐条核对。按该解读（合计指基础+管理+成效得分）："
    + _level_thresholds(LEVEL_RULE) + "。"
    "一级是否也有场景条件、约束性场景共几个（评测系统数据的场景类型标记为10个，另有资料称9个）尚未核实。"
    "正式等级以工业和信息化部优质中小企业梯度培育平台的评测结果为准。")


def _supporting(spec: dict[str, Any]) -> dict[str, Any]:
    question = {"id": spec["id"], "type": spec.get("type", "number"), "text": spec["text"], "help": spec["help"],
                "required": False}
    if question["type"] == "number":
        question["integer"] = spec.get("integer", True)
        question["min"] = 0
        if "max_ref" in spec:
            question["max_ref"] = spec["max_ref"]
        question["unit"] = spec["unit"]
    return question


def build() -> dict[str, Any]:
    source = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    modules = []
    for dimension in source["dimensions"]:
        module_id = DIMENSIONS[dimension["name"]]
        questions = []
        for group in dimension["groups"]:
            for item in group["items"]:
                suffix, help_text = ITEMS[item["name"]]
                if item.get("description"):
                    help_text = f"{help_text}\n{_corrected(item['description'])}"
                options = []
                for option in item["options"]:
                    entry = {"key": option["key"], "text": option["text"], "points": option["points"]}
                    if item["type"] == "multiple" and option["text"] == "无":
                        entry["exclusive"] = True
                    if item["name"] in BANDED:
                        entry["band"] = _band(option["text"])
                    options.append(entry)
                question = {
                    "id": f"miit.{module_id}.{suffix}", "type": item["type"], "text": item["question"],
                    "help": help_text, "group": group["name"], "item": item["name"], "points": item["points"],
                    "options": options,
                }
                questions.append(question)
                questions.extend(_supporting(spec) for spec in SUPPORTING.get(item["name"], []))
        modules.append({
            "id": module_id, "title": dimension["name"], "points": dimension["points"],
            "description": f"{dimension['name']}，满分 {dimension['points']} 分。",
            "groups": [{"name": g["name"], "points": g["points"]} for g in dimension["groups"]],
            "scoring": {"kind": "points"}, "questions": questions,
        })
    scene_questions = []
    for scene in source["scenes"]:
        binding = BINDING_NOTE if scene["binding"] else ""
        options = [{"key": "L0", "text": "尚未达到一级要求", "level": 0}]
        options += [{"key": f"L{n}", "text": f"{n}级：{scene['levels'][n]}", "level": n} for n in (1, 2, 3, 4)]
        scene_questions.append({
            "id": f"miit.scenes.{SCENES[scene['name']]}", "type": "single", "text": scene["name"],
            "help": (f"{scene['group']} · {scene['name']}：对照各等级要求，选择企业已全面达到的最高等级；"
                     f"高等级以达到低等级要求为前提。没有开展该项业务或尚未达到一级时选“尚未达到一级要求”。{binding}"),
            "scene": {"group": scene["group"], "binding": scene["binding"]},
            "options": options,
        })
    modules.append({
        "id": "scenes", "title": "数字化经营（场景等级）",
        "description": ("16个数字化经营场景，每个场景按1–4级要求自评等级；不计分，用于综合等级估算"
                        "（判定规则取自第三方资料，见综合等级的说明）。"),
        "scoring": {"kind": "scenes"}, "questions": scene_questions,
    })
    return {
        "format": "zgsz-questionnaire/1",
        "id": "miit-sme-2024",
        "version": "2024.3",
        "title": source["title"],
        "short_title": "中小企业数字化水平评测",
        "description": ("工业和信息化部中小企业数字化水平评测指标（2024年版，制造业）："
                        "数字化基础、管理、成效三个维度共100分，"
                        "另有16个数字化经营场景按1–4级评定，综合得出一级至四级。"
                        "评测结果可作为专精特新中小企业“数字化水平”的佐证。"
                        "本软件的评测为离线自评，正式评测以工业和信息化部优质中小企业梯度培育平台的结果为准；"
                        "中小企业数字化转型试点城市的企业，除自评外还须按2024年版接受现场评定。"),
        "source": source["source"],
        "points": sum(d["points"] for d in source["dimensions"]),
        "modules": modules,
        "overall": {
            "kind": "graded_level",
            "caveat": OVERALL_CAVEAT,
            "below_lowest": "未达到一级",
            "levels": LEVEL_RULE,
        },
        "consistency": CONSISTENCY,
    }


HEADER = """\
# 中小企业数字化水平评测（2024年版） — questionnaire definition (format: docs/questionnaire-format.md).
# GENERATED by tools/convert_miit.py from resources/domain/miit-sme-2024.yaml (the transcription of the
# evaluation system's questionnaire data): every item, option, point and scene text is copied unchanged.
# Edit the transcription or the script, not this file. Level rule: docs/standards-notes.md §2.3 [3P, unverified].
"""


def main() -> None:
    text = yaml.safe_dump(build(), allow_unicode=True, sort_keys=False, width=120)
    TARGET.write_text(HEADER + text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
