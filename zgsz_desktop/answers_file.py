"""The answers file (``*.answers.json``): one enterprise's answers to one questionnaire.

Format ``zgsz-answers/1``, documented in ``docs/answers-format.md``. Used by ``zgsz score``, the
demo, and later for filling an assessment from a file (groups with many plants).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from . import uscc
from .errors import UserError
from .jsontypes import JSONValue
from .questionnaire.loader import get_questionnaire
from .questionnaire.model import Questionnaire
from .targets import plan_targets

FORMAT = "zgsz-answers/1"
MAX_FILE_BYTES = 20 * 1024 * 1024  # a real answers file is a few kB; refuse anything absurd


class AnswersFileError(UserError, ValueError):
    """The answers file cannot be used; the message says why, in Chinese."""


@dataclass(frozen=True)
class AnswersDocument:
    questionnaire: Questionnaire
    answers: dict[str, JSONValue]
    period: str = ""
    enterprise: dict[str, JSONValue] = field(default_factory=dict)

    def to_json(self) -> dict[str, JSONValue]:
        data: dict[str, JSONValue] = {
            "format": FORMAT,
            "questionnaire": {
                "id": self.questionnaire.id,
                "version": self.questionnaire.version,
                "hash": self.questionnaire.content_hash,
            },
        }
        if self.period:
            data["period"] = self.period
        if self.enterprise:
            data["enterprise"] = self.enterprise
        data["answers"] = self.answers
        return data


def check_enterprise(enterprise: Mapping[str, JSONValue]) -> list[str]:
    """Problems with the optional enterprise block (name, 统一社会信用代码, 所属地区)."""
    problems = []
    name = enterprise.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append("企业名称（enterprise.name）未填写")
    code = enterprise.get("uscc")
    if not isinstance(code, str) or not code.strip():
        problems.append("统一社会信用代码（enterprise.uscc）未填写")
    else:
        check = uscc.validate(code)
        if not check:
            problems.append(f"统一社会信用代码（enterprise.uscc）：{check.message}")
    district = enterprise.get("district")
    if district is not None and district not in plan_targets().districts:
        problems.append(f"所属地区（enterprise.district）“{district}”不在计划的地区名单中："
                        f"{'、'.join(plan_targets().districts)}")
    return problems


def parse_answers(data: object, source: str = "答案文件") -> AnswersDocument:
    if not isinstance(data, Mapping):
        raise AnswersFileError(f"{source}：内容应为 JSON 对象")
    if data.get("format") != FORMAT:
        raise AnswersFileError(f"{source}：不是答案文件（format 应为 {FORMAT!r}，实际为 {data.get('format')!r}）")
    ref = data.get("questionnaire")
    if not isinstance(ref, Mapping) or not isinstance(ref.get("id"), str):
        raise AnswersFileError(f"{source}：缺少 questionnaire.id（问卷编号）")
    version = ref.get("version")
    try:
        questionnaire = get_questionnaire(ref["id"], str(version) if version is not None else None)
    except KeyError as exc:
        raise AnswersFileError(f"{source}：{exc.args[0]}") from exc
    if ref.get("hash") and ref["hash"] != questionnaire.content_hash:
        raise AnswersFileError(
            f"{source}：答案针对的问卷 {questionnaire.ref} 内容（哈希 {str(ref['hash'])[:12]}）"
            f"与本软件中的版本（哈希 {questionnaire.short_hash}）不同，不能按本版本计分。"
        )
    answers = data.get("answers")
    if not isinstance(answers, Mapping):
        raise AnswersFileError(f"{source}：缺少 answers（题目编号 → 答案）")
    enterprise = data.get("enterprise") or {}
    if not isinstance(enterprise, Mapping):
        raise AnswersFileError(f"{source}：enterprise 应为 JSON 对象")
    if enterprise:
        problems = check_enterprise(enterprise)
        if problems:
            raise AnswersFileError(f"{source}：企业信息有误：\n" + "\n".join(f"  - {p}" for p in problems))
    period = data.get("period", "")
    if not isinstance(period, str):
        raise AnswersFileError(f"{source}：period（评估期）应为文字，如“2024年度”")
    return AnswersDocument(questionnaire, dict(answers), period, dict(enterprise))


def load_answers_file(path: Path) -> AnswersDocument:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise AnswersFileError(f"{path}：文件过大（{size // 1024} KB），不是答案文件")
        text = path.read_bytes().decode("utf-8-sig")  # tolerate the BOM Windows editors add
    except FileNotFoundError as exc:
        raise AnswersFileError(f"找不到答案文件 {path}") from exc
    except UnicodeDecodeError as exc:
        raise AnswersFileError(f"{path}：文件不是 UTF-8 编码的 JSON") from exc
    except OSError as exc:
        raise AnswersFileError(f"无法读取答案文件 {path}：{exc.strerror}") from exc
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise AnswersFileError(f"{path}：JSON 格式错误（第{exc.lineno}行第{exc.colno}列：{exc.msg}）") from exc
    except (ValueError, RecursionError) as exc:
        # NaN/Infinity, numbers with thousands of digits, absurd nesting: not an answers file a person wrote
        raise AnswersFileError(f"{path}：文件内容异常（{_short(exc)}），不是有效的答案文件") from exc
    return parse_answers(data, str(path))


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"不允许 {name}")


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 60 else text[:57] + "…"
