"""The enterprise profile and its validation (Chinese messages, one per field)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from ..errors import UserError
from ..locate import resource
from ..messages import say

# YAML and the plan targets are read when a profile is checked, not when a workspace opens (app start-up).

SCALES = ("规上", "列规纳统小微", "其他")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}\d{7,8}(\d{1,6})?$")  # area code + number (+ extension), separators removed


@cache
def industries() -> dict[str, str]:
    """GB/T 4754-2017 manufacturing divisions 13–43: code → Chinese name."""
    import yaml

    # libyaml when available (the enterprise card on the home page needs a name from here at start-up)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(resource("industries-gb4754-2017.yaml").read_text(encoding="utf-8"), Loader=loader)
    return {str(code): name for code, name in data["divisions"].items()}


def check_phone(raw: str) -> str:
    """Empty string when the phone is plausible, else a message. Accepts mobile or landline with area code."""
    digits = re.sub(r"[\s\-()（）]", "", raw).removeprefix("+86")
    if not digits:
        return say("请填写联系电话")
    if not digits.isdigit():
        return say("联系电话只能包含数字、空格、横线和括号")
    if _MOBILE.match(digits) or _LANDLINE.match(digits):
        return ""
    if digits.startswith("1"):
        return say("手机号码应为以1开头的11位数字")
    return say("固定电话请带区号，如 0513-88861234")


class ProfileInvalid(UserError, ValueError):
    """``problems`` maps field name → Chinese message (each a ``messages.Said``)."""

    def __init__(self, problems: Mapping[str, str]):
        self.problems = dict(problems)
        found = list(self.problems.values())
        super().__init__(say("企业信息有误：{problems}", problems=found[0] if len(found) == 1 else "；".join(found)))


@dataclass(frozen=True)
class EnterpriseProfile:
    name: str
    uscc: str
    district: str
    industry_code: str
    scale: str
    contact: str
    phone: str
    key_enterprise: bool = False

    @property
    def industry_name(self) -> str:
        return industries().get(self.industry_code, "")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def for_answers_file(self) -> dict[str, Any]:
        """The ``enterprise`` block of an answers file (docs/answers-format.md)."""
        return {"name": self.name, "uscc": self.uscc, "district": self.district,
                "industry": {"code": self.industry_code, "name": self.industry_name},
                "scale": self.scale, "key_enterprise": self.key_enterprise,
                "contact": self.contact, "phone": self.phone}


def check_profile(data: Mapping[str, Any]) -> dict[str, str]:
    """Field → message for every problem (empty dict when the profile is valid)."""
    from ..targets import plan_targets

    problems: dict[str, str] = {}
    data = {key: ("" if value is None else value) for key, value in data.items()}  # None is "not given"
    name = str(data.get("name", "")).strip()
    if not name:
        problems["name"] = say("请填写企业名称（与营业执照一致）")
    elif len(name) > 100:
        problems["name"] = say("企业名称过长（最多100字）")
    from .. import uscc  # its check's dataclass is not needed to show a profile (issue #16)

    check = uscc.validate(str(data.get("uscc", "")))
    if not check:
        problems["uscc"] = check.message
    district = data.get("district")
    if district not in plan_targets().districts:
        problems["district"] = say("所属地区应为：{districts}", districts="、".join(plan_targets().districts))
    code = str(data.get("industry_code", "")).strip()
    if code not in industries():
        problems["industry_code"] = say("行业应为国民经济行业分类（GB/T 4754-2017）制造业大类代码 13–43")
    if data.get("scale") not in SCALES:
        problems["scale"] = say("企业规模应为：{scales}", scales="、".join(SCALES))
    if not str(data.get("contact", "")).strip():
        problems["contact"] = say("请填写联系人")
    phone_problem = check_phone(str(data.get("phone", "")))
    if phone_problem:
        problems["phone"] = phone_problem
    if not isinstance(data.get("key_enterprise") or False, bool):
        problems["key_enterprise"] = say("是否重点企业应为 是/否")
    return problems


def make_profile(data: Mapping[str, Any]) -> EnterpriseProfile:
    """A validated, normalised profile; raises :class:`ProfileInvalid` listing every problem."""
    from .. import uscc

    problems = check_profile(data)
    if problems:
        raise ProfileInvalid(problems)
    return EnterpriseProfile(
        name=str(data["name"]).strip(),
        uscc=uscc.normalise(str(data["uscc"])),
        district=str(data["district"]),
        industry_code=str(data["industry_code"]).strip(),
        scale=str(data["scale"]),
        contact=str(data["contact"]).strip(),
        phone=str(data["phone"]).strip(),
        key_enterprise=bool(data.get("key_enterprise", False)),
    )
