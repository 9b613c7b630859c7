"""The one passphrase rule (keys.passphrase_problem): judged as the passphrase is sealed (NFC), so what the user
can type again later is what counts; the core's own check raises exactly what the dialogs show."""

from __future__ import annotations

import pytest
from passphrase_fixtures import CASES

from zgsz_desktop import keys
from zgsz_desktop.keys import MIN_PASSPHRASE, KeyProblem, check_new_passphrase, passphrase_problem
from zgsz_desktop.messages import Said


@pytest.mark.parametrize(("passphrase", "accepted"), CASES)
def test_the_rule_counts_what_is_sealed_and_refuses_what_cannot_be_typed_again(passphrase, accepted):
    problem = passphrase_problem(passphrase)
    assert (problem is None) == accepted, (passphrase, problem)
    if accepted:
        check_new_passphrase(passphrase)
        return
    assert isinstance(problem, Said)  # said in the interface's language by the dialogs
    with pytest.raises(KeyProblem) as raised:
        check_new_passphrase(passphrase)
    assert str(raised.value) == problem


def test_each_refusal_says_what_to_change():
    assert str(MIN_PASSPHRASE) in passphrase_problem("cafe\u0301123")
    assert "U+200B" in passphrase_problem("pass\u200bword") and "粘贴" in passphrase_problem("pass\u200bword")
    assert "空格" in passphrase_problem("password ")
    assert "空格" in passphrase_problem(" " * 8)


def test_a_new_key_is_refused_by_the_same_rule_and_an_accepted_one_opens_with_either_spelling(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)
    with pytest.raises(KeyProblem, match="空格"):
        keys.DistrictKey.generate("海安市", "password ")
    district = keys.DistrictKey.generate("海安市", "cafe\u03011234")
    district.private_key("caf\u00e91234")  # typed with é as one character: the same passphrase
