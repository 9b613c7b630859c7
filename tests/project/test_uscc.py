"""统一社会信用代码 validation per GB 32100-2015."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zgsz_desktop.uscc import CHARSET, check_character, validate

# Real, publicly listed codes (business licences of well-known companies); their validity does not
# come from our code.
REAL_CODES = [
    "914403001922038216",  # 华为技术有限公司
    "91440300708461136T",  # 腾讯科技（深圳）有限公司
    "91330100716105852F",  # 阿里巴巴（中国）有限公司
    "91110000802100433B",  # 中国石油化工股份有限公司
]


@pytest.mark.parametrize("code", REAL_CODES)
def test_real_codes_are_valid(code):
    assert validate(code).ok


def test_check_character_worked_by_hand():
    # 91320685MA1R8K2X5 (the demo enterprise). Character values (CHARSET order, no I/O/S/V/Z):
    #   9 1 3 2 0 6 8 5 M=21 A=10 1 R=25 8 K=19 2 X=29 5
    # weights 3^i mod 31:
    #   1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
    # products:
    #   9 3 27 54 0 156 128 85 420 290 25 325 64 456 20 870 140  -> sum 3072
    # 3072 mod 31 = 3 (31 × 99 = 3069); 31 - 3 = 28 -> the character of value 28 is "W"
    assert check_character("91320685MA1R8K2X5") == "W"
    assert validate("91320685MA1R8K2X5W").ok


def test_wrong_length_says_how_many_characters():
    result = validate("9132068557")
    assert not result.ok and "18位" in result.message and "10位" in result.message


def test_forbidden_letter_is_named_with_its_position_and_a_hint():
    result = validate("91320685MA1R8K2XO" + "0")
    assert not result.ok
    assert "第17位" in result.message and "“O”" in result.message and "“0”" in result.message


def test_wrong_check_character_is_refused():
    code = REAL_CODES[0]
    wrong = code[:17] + ("7" if code[17] != "7" else "8")
    result = validate(wrong)
    assert not result.ok and "校验位" in result.message


def test_empty_code_asks_for_it():
    assert "请填写" in validate("  ").message


def test_full_width_and_lower_case_input_is_normalised():
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in "91440300708461136t")
    result = validate(f" {full_width} ")
    assert result.ok and result.code == "91440300708461136T"


def test_division_code_must_be_digits():
    first17 = "913A0685MA1R8K2X5"
    assert "行政区划码" in validate(first17 + check_character(first17)).message


@given(st.sampled_from(REAL_CODES), st.integers(0, 17), st.sampled_from(CHARSET))
def test_any_single_character_change_is_detected(code, position, replacement):
    if code[position] == replacement:
        return
    changed = code[:position] + replacement + code[position + 1 :]
    assert not validate(changed).ok
