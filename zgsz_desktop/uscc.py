"""统一社会信用代码 (unified social credit code) validation per GB 32100-2015.

Structure (18 characters):
    position 1      登记管理部门码 (registration authority)
    position 2      机构类别码 (organisation category)
    positions 3-8   登记管理机关行政区划码 (6-digit administrative division code)
    positions 9-17  主体标识码 (organisation code, GB 11714)
    position 18     校验码 (check character)

The character set is the digits and the capital letters except I, O, Z, S, V (31 characters,
each with its value 0-30 in the order below). The check character is computed with the weights
``3**i mod 31`` for positions 1-17: ``C18 = 31 - (sum(value_i * weight_i) mod 31)``, and a result
of 31 becomes 0.

Only what GB 32100 itself fixes is checked (length, characters, check character, that the
division code is digits); the embedded organisation code has its own check digit under GB 11714,
which is not checked because 个体工商户 and some older registrations do not follow it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .messages import say

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {ch: i for i, ch in enumerate(CHARSET)}
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18

# Letters people type by mistake for a digit; used only to make the message helpful.
_LOOKALIKES = {"O": "0", "I": "1", "Z": "2", "S": "5", "V": "U"}


@dataclass(frozen=True)
class UsccCheck:
    ok: bool
    code: str  # normalised (trimmed, upper-case, full-width folded)
    message: str = ""  # Chinese, for the user (a messages.Said); empty when ok

    def __bool__(self) -> bool:
        return self.ok


def normalise(raw: str) -> str:
    """Trim, fold full-width characters (common with Chinese IMEs) and upper-case."""
    folded = []
    for ch in raw.strip():
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII block
            ch = chr(code - 0xFEE0)
        folded.append(ch)
    return "".join(folded).replace(" ", "").upper()


def check_character(first17: str) -> str:
    """The 18th character for the first 17 (which must be in :data:`CHARSET`)."""
    if len(first17) != 17:
        raise ValueError("need exactly 17 characters")
    total = sum(_VALUE[ch] * weight for ch, weight in zip(first17, WEIGHTS, strict=True))
    value = 31 - total % 31
    return CHARSET[0 if value == 31 else value]


def validate(raw: str) -> UsccCheck:
    """Check a code and say, in plain Chinese, what is wrong with it."""
    code = normalise(raw)
    if not code:
        return UsccCheck(False, code, say("请填写统一社会信用代码（18位，见营业执照）。"))
    if len(code) != LENGTH:
        return UsccCheck(
            False, code, say("统一社会信用代码应为18位，当前为{count}位，请对照营业执照核对。", count=len(code))
        )
    for position, ch in enumerate(code, start=1):
        if ch not in _VALUE:
            if ch in _LOOKALIKES:
                return UsccCheck(False, code, say(
                    "第{position}位“{char}”不是统一社会信用代码允许的字符"
                    "（代码中不使用字母 {char}，是否应为“{meant}”？）。",
                    position=position, char=ch, meant=_LOOKALIKES[ch]))
            return UsccCheck(False, code, say("第{position}位“{char}”不是统一社会信用代码允许的字符。",
                                              position=position, char=ch))
    if not code[2:8].isdigit():
        return UsccCheck(False, code, say("第3至8位应为6位数字的行政区划码，请核对。"))
    expected = check_character(code[:17])
    if code[17] != expected:
        return UsccCheck(
            False,
            code,
            say("统一社会信用代码校验位不符（最后一位），可能有字符录入错误，请对照营业执照逐位核对。"),
        )
    return UsccCheck(True, code)


def is_valid(raw: str) -> bool:
    return validate(raw).ok
