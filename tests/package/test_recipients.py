"""Recipient files shipped with the app: listed by district, broken ones skipped, the obvious one picked."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from zgsz_desktop import locate
from zgsz_desktop.package import keys
from zgsz_desktop.recipients import BundledRecipient, bundled_recipients, preferred_recipient, recipients_dir


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)


def write_recipient(folder: Path, district: str, name: str | None = None) -> keys.Recipient:
    recipient = keys.DistrictKey.generate(district, "district-pass").recipient
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{district}{keys.RECIPIENT_SUFFIX}")
    path.write_text(json.dumps(recipient.to_json(), ensure_ascii=False), encoding="utf-8")
    return recipient


def test_lists_valid_files_by_district_and_skips_broken_ones_with_a_warning(tmp_path, caplog):
    haian = write_recipient(tmp_path, "海安市")
    chongchuan = write_recipient(tmp_path, "崇川区")
    write_recipient(tmp_path, "海安市", "copy-of-haian.txt")  # not a .zgszkey: not looked at
    (tmp_path / "broken.zgszkey").write_text("{not json", encoding="utf-8")
    (tmp_path / "district-key.zgszkey").write_text(json.dumps({"format": "zgsz-district-key/1"}), encoding="utf-8")
    data = haian.to_json()
    data["district"] = "上海市"  # not one of the plan's districts
    (tmp_path / "elsewhere.zgszkey").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "README.md").write_text("说明", encoding="utf-8")

    with caplog.at_level(logging.WARNING, logger="zgsz_desktop.recipients"):
        found = bundled_recipients(tmp_path)

    assert found == sorted([BundledRecipient("海安市", haian.key_id, tmp_path / "海安市.zgszkey"),
                            BundledRecipient("崇川区", chongchuan.key_id, tmp_path / "崇川区.zgszkey")],
                           key=lambda r: (r.district, r.key_id))
    warned = " ".join(record.getMessage() for record in caplog.records)
    for name in ("broken.zgszkey", "district-key.zgszkey", "elsewhere.zgszkey"):
        assert name in warned
    assert "README" not in warned


def test_the_same_key_in_two_files_is_listed_once(tmp_path):
    recipient = write_recipient(tmp_path, "海安市")
    (tmp_path / "again.zgszkey").write_bytes((tmp_path / "海安市.zgszkey").read_bytes())
    assert [r.key_id for r in bundled_recipients(tmp_path)] == [recipient.key_id]


def test_no_folder_means_nothing_bundled(tmp_path):
    assert bundled_recipients(tmp_path / "missing") == []


def test_the_apps_own_folder_comes_from_the_locator(tmp_path, monkeypatch):
    for name in ("assessments", "resources"):
        (tmp_path / name).mkdir()
    recipient = write_recipient(tmp_path / "resources" / "recipients", "如皋市")
    monkeypatch.setenv(locate.DATA_DIR_ENV, str(tmp_path))
    locate.data_root.cache_clear()
    try:
        assert recipients_dir() == tmp_path / "resources" / "recipients"
        assert [(r.district, r.key_id) for r in bundled_recipients()] == [("如皋市", recipient.key_id)]
    finally:
        locate.data_root.cache_clear()


def test_missing_data_folders_mean_nothing_bundled_not_a_crash(monkeypatch):
    monkeypatch.setattr(locate, "_candidates", lambda: [(Path("/nonexistent-zgsz"), "installed")])
    locate.data_root.cache_clear()
    try:
        assert bundled_recipients() == []
    finally:
        locate.data_root.cache_clear()


def r(district: str, key: str = "AAAA") -> BundledRecipient:
    return BundledRecipient(district, key, Path(f"{district}-{key}.zgszkey"))


@pytest.mark.parametrize(("recipients", "district", "expected"), [
    ([], "海安市", None),
    ([r("海安市")], "海安市", r("海安市")),
    ([r("海安市")], None, r("海安市")),  # no profile yet: the single one
    ([r("崇川区")], "海安市", None),  # the only file is another district's: export would refuse it
    ([r("崇川区"), r("海安市")], "海安市", r("海安市")),
    ([r("崇川区"), r("海安市")], None, None),  # district unknown and several: the user chooses
    ([r("海安市", "AAAA"), r("海安市", "BBBB")], "海安市", None),  # two keys for one district: ask
])
def test_preferred_recipient(recipients, district, expected):
    assert preferred_recipient(recipients, district) == expected
