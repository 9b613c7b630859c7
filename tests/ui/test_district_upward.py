"""The district's two upward files from its window (issue #17): 导出对标文件… writes a benchmark the enterprises'
app accepts, and 导出区县汇总包… writes a summary the city's workspace accepts — each checked by the reader on the
other side, not by the code that wrote it."""

# ruff: noqa: F811  (the fixtures imported below are parameters of the tests)
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from .test_district_window import (  # noqa: F401  (the fixtures of the district window tests)
    demo,
    ended,
    fast_scrypt,
    import_demo,
    make_window,
    settings,
    window,
)


def test_the_benchmark_written_from_the_window_verifies_against_the_district_file(qtbot, window, demo, tmp_path):
    from zgsz_desktop.package.benchmark_file import read_benchmark

    import_demo(qtbot, window, demo)
    target = tmp_path / "对标.zgszbench"
    op = window.upward().benchmark(window.year, target)
    ended(qtbot, op)
    recipient = window.session.identity
    from zgsz_desktop.keys import district_signing_key, fingerprint, raw_public

    expected = fingerprint(raw_public(district_signing_key(recipient.private_raw)))
    benchmark = read_benchmark(target.read_bytes(), lambda key_id: recipient.district if key_id == expected else None)
    assert benchmark is not None
    assert "对标文件" in window.statusBar().currentMessage()


def test_the_summary_written_from_the_window_is_accepted_by_the_city(qtbot, window, demo, tmp_path):
    from zgsz_desktop.city.db import open_city_db
    from zgsz_desktop.city.importer import import_summary
    from zgsz_desktop.city.keys import pin_district
    from zgsz_desktop.fileio import write_json_atomic
    from zgsz_desktop.keys import district_signing_key, raw_public

    import_demo(qtbot, window, demo)
    target = tmp_path / "汇总.zgszsummary"
    ended(qtbot, window.upward().summary(window.year, target))
    identity = window.session.identity
    recipient_file = tmp_path / "district.zgszkey"
    recipient = demo_recipient(demo).with_signing(raw_public(district_signing_key(identity.private_raw)))
    write_json_atomic(recipient_file, recipient.to_json())
    city = open_city_db(tmp_path / "city.zgszcity")
    try:
        pin_district(city, recipient_file, "2026-12-03T10:00:00+08:00")
        outcome = import_summary(city, target, "2026-12-03T10:00:00+08:00")
    finally:
        city.close()
    assert outcome.verdict == "imported", outcome.message


def demo_recipient(demo):
    from zgsz_desktop.keys import load_recipient

    return load_recipient(next(demo.out_dir.glob("*.zgszkey")))
