"""The district window takes the city's signed policy edition: the first one only after the operator types the
fingerprint from the city's letter; a wrong fingerprint is refused with a message and nothing is stored."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from .test_district_evidence import fast_scrypt, haian, imported_db, inbox, open_window, settings  # noqa: F401

EDITION = """\
format: zgsz-policy-edition/1
id: nantong-2025-2027
edition_version: "1"
title: 南通市“智改数转网联”三年行动计划（2025—2027年）
short_title: 南通市“智改数转网联”三年行动计划（2025—2027年）
issuer: 南通市人民政府办公室
document_no: 通政办发〔2025〕1号
years: [2025, 2027]
region: 南通市
confidence: V
summary: 测试数据。
sources:
  - {id: plan, title: 南通市“智改数转网联”三年行动计划, issuer: 南通市人民政府办公室, confidence: V}
benchmarks:
  key_process_cnc_rate: {name: 关键工序数控化率, target_percent: 60, scope: 重点企业, source: plan, basis: 60%}
  management_digitalization_rate: {name: 经营管理数字化普及率, target_percent: 85, scope: 重点企业, source: plan,
                                   basis: 85%}
  rnd_design_tool_rate: {name: 数字化研发设计工具普及率, target_percent: 93, scope: 重点企业, source: plan, basis: 93%}
"""


def test_the_first_city_edition_is_taken_only_with_the_fingerprint_from_the_letter(
        qtbot, open_window, inbox, haian, tmp_path, monkeypatch):  # noqa: F811 (fixtures imported above)
    from PySide6.QtWidgets import QInputDialog

    from zgsz_desktop.policy.signed import generate_city_key, sign_edition
    from zgsz_desktop.ui.district import window as window_module

    key = generate_city_key(tmp_path / "city.key", "city-passphrase-1")
    signed = tmp_path / "南通市2025.zgszpolicy"
    signed.write_bytes(sign_edition(EDITION, key, "city-passphrase-1", "南通市工业和信息化局"))
    window = open_window(imported_db(tmp_path / "d.zgszdb", inbox, haian), inbox / "海安市.zgszdistrict")

    shown: list[str] = []
    monkeypatch.setattr(window_module, "show_error", lambda parent, exc, *rest: shown.append(str(exc)))
    asked: list[str] = []

    def typed(answer: str):
        def get_text(parent, title, label, *rest):
            asked.append(label)
            return answer, True
        return get_text

    monkeypatch.setattr(QInputDialog, "getText", typed("WRONG-FING-ERPR-INT0"))
    assert window.import_policy(signed) is None
    # what a fingerprint is for is said; the value itself is not shown (it would be copied, not checked)
    assert "身份证号" in asked[0] and "来函" in asked[0] and key.key_id not in asked[0]
    assert shown and "不一致" in shown[0]
    assert window.session.db.execute("SELECT count(*) FROM policy_files").fetchone()[0] == 0

    monkeypatch.setattr(QInputDialog, "getText", typed(key.key_id))
    edition = window.import_policy(signed)
    assert edition is not None and edition.id == "nantong-2025-2027"
    assert "已导入政策版本" in window.statusBar().currentMessage()
    assert window.session.db.execute("SELECT edition_id FROM policy_files").fetchall() == [("nantong-2025-2027",)]
    assert window.import_policy(signed) is None  # the same file again: said in the status bar, nothing stored
    assert "已经导入过" in window.statusBar().currentMessage()
    assert window.session.db.execute("SELECT count(*) FROM policy_files").fetchone()[0] == 1
