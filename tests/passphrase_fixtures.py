"""Passphrases and whether the one rule (keys.passphrase_problem) accepts them: the core's test and the dialogs'
test use the same list, so every place is held to the same answers."""

from __future__ import annotations

CASES = [
    ("1234567", False),  # 7 characters
    ("12345678", True),  # 8
    ("密码密码密码密码", True),  # 8 Chinese characters
    ("密码1234", False),  # 6
    ("cafe\u0301123", False),  # 8 code points typed, 7 characters once normalised as sealed (é)
    ("cafe\u03011234", True),  # 8 once normalised
    ("pass word", True),  # a space inside counts like any character
    ("password ", False),  # a trailing space the password field does not show
    (" password", False),
    (" " * 8, False),
    ("pass\u200bword", False),  # a zero-width space, pasted: impossible to type again
]
