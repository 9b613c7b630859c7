"""The district's signing key, the enterprise key's receipt form and the signed files built on them (issue #17)."""

from __future__ import annotations

import base64
import json

import pytest

from zgsz_desktop.keys import (
    DistrictKey,
    KeyProblem,
    Recipient,
    SigningKey,
    enterprise_receipt_private,
    enterprise_receipt_public,
    fingerprint,
    parse_recipient,
    raw_public,
)
from zgsz_desktop.signed_files import SignedFileError, open_sealed, read_signed, seal, sign_file

PASS = "区县密码passphrase"
KIND = "application/vnd.zgsz.test+json; version=1"


@pytest.fixture(scope="module")
def district() -> DistrictKey:
    return DistrictKey.generate("海安市", PASS)


@pytest.fixture(scope="module")
def enterprise() -> SigningKey:
    return SigningKey.generate(PASS)


def test_a_new_district_key_publishes_its_signing_key_and_unlocking_derives_the_same(district):
    unlocked = district.unlock(PASS)
    assert district.recipient.signing_raw is not None
    assert unlocked.signing_key_id == district.recipient.signing_key_id == fingerprint(raw_public(unlocked.signing))
    # the same key file unlocked twice signs with the same key: it is derived, not stored
    assert district.unlock(PASS).signing_key_id == unlocked.signing_key_id
    # and it is not the encryption key's fingerprint (two keys, two ids)
    assert unlocked.signing_key_id != district.recipient.key_id


def test_a_district_key_file_from_before_receipts_still_unlocks_with_its_signing_key(district):
    data = district.to_json()
    data.pop("signing_key")
    data.pop("signing_key_id")
    old = DistrictKey(parse_recipient({**data, "format": "zgsz-recipient/1"}), district.sealed)
    assert old.recipient.signing_raw is None
    assert old.unlock(PASS).recipient.signing_key_id == district.recipient.signing_key_id


def test_recipient_files_with_and_without_the_signing_key_are_read(district):
    with_key = parse_recipient(json.loads(json.dumps(district.recipient.to_json())))
    assert with_key.signing_raw == district.recipient.signing_raw
    older = {k: v for k, v in district.recipient.to_json().items() if not k.startswith("signing")}
    assert parse_recipient(older).signing_raw is None


def test_a_recipient_file_whose_signing_key_does_not_match_its_id_is_refused(district):
    data = district.recipient.to_json()
    other = DistrictKey.generate("海安市", PASS).recipient
    data["signing_key"] = base64.b64encode(other.signing_raw or b"").decode()
    with pytest.raises(KeyProblem, match="签名公钥与其编号不符"):
        parse_recipient(data)


def _edwards_to_montgomery(public: bytes) -> bytes:
    """RFC 7748 §4.1's birational map u = (1 + y) / (1 − y) mod p, written here independently of libsodium."""
    p = 2**255 - 19
    y = int.from_bytes(public, "little") & ((1 << 255) - 1)
    u = (1 + y) * pow(1 - y, p - 2, p) % p
    return u.to_bytes(32, "little")


def test_the_receipt_key_is_the_montgomery_form_of_the_enterprise_key(enterprise):
    public = enterprise_receipt_public(enterprise.public_raw)
    assert public.public_bytes_raw() == _edwards_to_montgomery(enterprise.public_raw)
    private = enterprise_receipt_private(enterprise.private_key(PASS))
    assert raw_public(private) == public.public_bytes_raw()


def test_sealed_to_the_enterprise_opens_only_with_its_own_key(enterprise):
    text = seal("已受理".encode(), enterprise_receipt_public(enterprise.public_raw), b"info")
    own = enterprise_receipt_private(enterprise.private_key(PASS))
    assert open_sealed(text, own, b"info", "回执") == "已受理".encode()
    stranger = SigningKey.generate(PASS)
    with pytest.raises(SignedFileError) as refused:
        open_sealed(text, enterprise_receipt_private(stranger.private_key(PASS)), b"info", "回执")
    assert refused.value.reason == "not_for_you"
    with pytest.raises(SignedFileError):  # the info binds the context: another package's info does not open it
        open_sealed(text, enterprise_receipt_private(enterprise.private_key(PASS)), b"other", "回执")


def _file(district: DistrictKey, content: dict | None = None) -> bytes:
    return sign_file(content or {"format": "zgsz-test/1", "figure": 65.0, "name": "海安市"}, KIND,
                     district.unlock(PASS).signing)


def test_a_signed_file_reads_back_with_its_signer(district):
    signed = read_signed(_file(district), KIND, "zgsz-test/1", "测试文件")
    assert signed.content["figure"] == 65.0
    assert signed.signer_key_id == district.recipient.signing_key_id


@pytest.mark.parametrize("change", ["65.0", "海安市"])
def test_a_changed_figure_or_name_is_refused(district, change):
    data = _file(district)
    envelope = json.loads(data)
    payload = base64.b64decode(envelope["payload"]).decode()
    changed = payload.replace(change, "99.0" if change == "65.0" else "如皋市")
    envelope["payload"] = base64.b64encode(changed.encode()).decode()
    with pytest.raises(SignedFileError) as refused:
        read_signed(json.dumps(envelope).encode(), KIND, "zgsz-test/1", "测试文件")
    assert refused.value.reason == "bad_signature"
    assert "改动" in str(refused.value)


def test_another_kind_of_file_is_not_taken_for_this_one(district):
    with pytest.raises(SignedFileError) as refused:
        read_signed(_file(district), "application/vnd.zgsz.other+json; version=1", "zgsz-test/1", "回执")
    assert refused.value.reason == "not_this_kind"
    assert "不是本软件的回执" in str(refused.value)


def test_a_payload_with_a_repeated_key_is_refused(district):
    envelope = json.loads(_file(district))
    payload = base64.b64decode(envelope["payload"])
    repeated = payload.replace(b'{"figure":65.0', b'{"figure":1,"figure":65.0')
    envelope["payload"] = base64.b64encode(repeated).decode()
    with pytest.raises(SignedFileError):
        read_signed(json.dumps(envelope).encode(), KIND, "zgsz-test/1", "测试文件")


@pytest.mark.parametrize("data", [b"", b"\xff\xfe", b"[]", b'{"payload": 1}', b"x" * 100])
def test_broken_files_get_a_sentence_not_a_traceback(data):
    with pytest.raises(SignedFileError) as refused:
        read_signed(data, KIND, "zgsz-test/1", "回执")
    assert "回执" in str(refused.value)


def test_an_oversized_file_is_refused_before_it_is_parsed():
    with pytest.raises(SignedFileError) as refused:
        read_signed(b"{" * 2048, KIND, "zgsz-test/1", "回执", max_bytes=1024)
    assert refused.value.reason == "too_large"


def test_recipient_without_signing_key_is_a_plain_dataclass_default():
    # files from before receipts: the optional field defaults to None and writes nothing new
    recipient = Recipient("海安市", "0000-0000-0000-0000", b"\0" * 32, "")
    assert "signing_key" not in recipient.to_json()
