"""Exporting a period's benchmark again from the district window (review #17, finding 11): the status line says
which groups the new file leaves out because an earlier release of the period counted 1–4 enterprises fewer, and a
release with nothing left to publish is refused in words."""

# ruff: noqa: F811  (the fixtures imported below are parameters of the tests)
from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from district_fixtures import District, document, package, uscc, write

from .test_district_window import (  # noqa: F401  (the fixtures of the district window tests)
    demo,
    ended,
    fast_scrypt,
    import_demo,
    make_window,
    settings,
    window,
)


@pytest.fixture()
def refused(monkeypatch) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    return said


def add_enterprises(window, demo, folder, serials: range) -> None:
    """Enterprises of 34 通用设备制造业 (size 其他) sealed to the demo district, imported into the window's database."""
    from zgsz_desktop.demo_district import DEMO_DISTRICT_PASSPHRASE
    from zgsz_desktop.district.identity import DistrictIdentity
    from zgsz_desktop.district.importer import import_packages
    from zgsz_desktop.keys import load_district_key

    key = load_district_key(demo.district_key)
    to = District(key, DistrictIdentity.from_key(key, DEMO_DISTRICT_PASSPHRASE))
    for i in serials:
        write(folder, f"c{i}.zgsz", package(document("nantong-zgsz-core", code=uscc(i), name=f"企业{i}", scale="其他"),
                                            f"ui{i}", to=to))
    import_packages(window.session.db, [folder], window.session.identity, workers=1)


def test_exporting_again_says_which_groups_are_held_back(qtbot, window, demo, tmp_path, refused):
    import_demo(qtbot, window, demo)  # five 规上 enterprises of several divisions
    add_enterprises(window, demo, tmp_path / "a", range(500, 506))
    ended(qtbot, window.upward().benchmark(window.year, tmp_path / "1.zgszbench"))
    status = window.statusBar().currentMessage()
    assert status.startswith("已导出对标文件 1.zgszbench：") and "已发布过" not in status, status

    add_enterprises(window, demo, tmp_path / "b", range(506, 507))  # one more of 34 其他
    ended(qtbot, window.upward().benchmark(window.year, tmp_path / "2.zgszbench"))
    status = window.statusBar().currentMessage()
    assert refused == []
    assert status.startswith("已导出对标文件 2.zgszbench。本期已发布过对标文件"), status
    assert "34 通用设备制造业（其他）" in status.split("推算出个别企业")[-1], status


def test_a_release_with_nothing_left_to_publish_is_refused_in_words(qtbot, window, demo, tmp_path, refused):
    import_demo(qtbot, window, demo)
    ended(qtbot, window.upward().benchmark(window.year, tmp_path / "1.zgszbench"))
    db = window.session.db
    (counted,) = db.execute("SELECT counted FROM benchmark_releases").fetchone()
    # as if the first file had been made before one of its enterprises had reported
    with db.conn:
        db.execute("INSERT INTO benchmark_releases (benchmark_id, period, issued_at, file_name, file_sha256, groups, "
                   "counted) SELECT 'earlier', period, issued_at, '0.zgszbench', '', groups, ? FROM benchmark_releases",
                   [json.dumps(json.loads(counted)[1:], ensure_ascii=False)])
    ended(qtbot, window.upward().benchmark(window.year, tmp_path / "2.zgszbench"))
    assert len(refused) == 1 and "已发布过对标文件" in refused[0] and "请等更多企业报送后再导出" in refused[0]
    assert not (tmp_path / "2.zgszbench").exists()
