"""The submission (报送) as the unit: one period, both questionnaires, checked, completed and numbered as one;
a workspace written by release 0.1 migrates without losing an answer, and its next package supersedes the
pair it sent before."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from submission_fixtures import PROFILE, fill_submission

from zgsz_desktop.package import keys
from zgsz_desktop.questionnaire.loader import get_questionnaire
from zgsz_desktop.workspace import IncompleteSubmission, Workspace, WorkspaceError, storage

RELEASE_0_1 = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1"


@pytest.fixture()
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    ws.set_profile(PROFILE)
    yield ws
    ws.close()


def old_answers(path: Path) -> dict[tuple[str, str, str], str]:
    """(period, questionnaire, question) → stored JSON, read straight from the file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {(period, questionnaire, question): value for period, questionnaire, question, value in conn.execute(
            "SELECT a.period, a.questionnaire_id, x.question_id, x.value FROM answers x "
            "JOIN assessments a ON a.id = x.assessment_id")}
    finally:
        conn.close()


@pytest.fixture()
def migrated(tmp_path):
    directory = tmp_path / "old-pc"
    shutil.copytree(RELEASE_0_1 / "workspace", directory)
    ws = Workspace.open(directory)
    yield ws
    ws.close()


# --------------------------------------------------------------------------- starting and checking


def test_a_submission_holds_every_questionnaire_of_the_period(workspace):
    submission = workspace.start_submission("2025年度")
    assert [p.questionnaire_id for p in submission.parts] == ["nantong-zgsz-core", "miit-sme-2024"]
    assert all(p.assessment is not None and p.assessment.period == "2025年度" for p in submission.parts)
    assert submission.stage == "fill" and submission.stage_label == "填写中"
    with pytest.raises(WorkspaceError, match="已存在"):
        workspace.start_submission("2025年度")


def test_stages_follow_the_job_fill_check_export_hand_in(workspace, core_answers, miit_answers):
    fill_submission(workspace, "2024年度", {"nantong-zgsz-core": core_answers})
    assert workspace.submission("2024年度").stage == "fill"  # the MIIT questionnaire is still blank
    fill_submission(workspace, "2024年度", {"miit-sme-2024": miit_answers})
    assert workspace.submission("2024年度").stage == "check"
    assert workspace.complete_submission("2024年度").stage == "export"
    workspace.mark_submission_exported("2024年度", {"package_id": "p1", "key_fingerprint": "K", "file_name": "f"})
    assert workspace.submission("2024年度").stage == "hand_in"


def test_completing_is_refused_with_everything_left_and_contradictions_across_questionnaires_do_not_hide(
        workspace, core_answers, miit_answers):
    core_answers.update({"rnd.tool_users": 15, "rnd.tools": ["none"]})
    fill_submission(workspace, "2024年度", {"nantong-zgsz-core": core_answers, "miit-sme-2024": miit_answers})
    with pytest.raises(IncompleteSubmission) as caught:
        workspace.complete_submission("2024年度")
    assert [f.rule_id for f in caught.value.check.errors] == ["rnd.users_without_tools"]
    assert "前后矛盾" in str(caught.value)
    assert {p.status for p in workspace.submission("2024年度").parts} == {"draft"}  # nothing marked
    # a 请核对 across the questionnaires is listed but does not stop the submission
    core_answers.update({"rnd.tool_users": 15, "rnd.tools": ["cad2d"]})
    fill_submission(workspace, "2024年度", {"nantong-zgsz-core": {"rnd.tools": ["cad2d"]},
                                           "miit-sme-2024": {"miit.basis.equipment_digital_count": 0,
                                                             "miit.basis.equipment_networked_count": 0,
                                                             "miit.basis.equipment_total": 1,
                                                             "miit.basis.equipment_digital": "A",
                                                             "miit.basis.equipment_networked": "A"}})
    check = workspace.check_submission("2024年度")
    assert check.ok and "cnc.key_equipment_within_all" in {f.rule_id for f in check.warnings}
    assert workspace.complete_submission("2024年度").stage == "export"


def test_from_previous_prefills_every_questionnaire(workspace, core_answers, miit_answers):
    fill_submission(workspace, "2024年度", {"nantong-zgsz-core": core_answers, "miit-sme-2024": miit_answers})
    submission = workspace.start_submission("2025年度", from_previous=True)
    for assessment, _, answers in workspace.submission_parts("2025年度"):
        expected = core_answers if assessment.questionnaire_id == "nantong-zgsz-core" else miit_answers
        assert answers == expected
    assert submission.check.ok or submission.stage == "check"


def test_a_contradiction_can_be_fixed_by_clearing_the_optional_figure(workspace, core_answers, miit_answers):
    miit_answers.update({"miit.basis.equipment_total": 120, "miit.basis.equipment_networked_count": 30,
                         "miit.basis.equipment_networked": "D"})
    fill_submission(workspace, "2024年度", {"nantong-zgsz-core": core_answers, "miit-sme-2024": miit_answers})
    assert not workspace.check_submission("2024年度").ok
    miit = workspace.find_assessment("miit-sme-2024", "2024年度")
    workspace.save_answer(miit.id, "miit.basis.equipment_networked_count", None)
    assert workspace.check_submission("2024年度").ok


# --------------------------------------------------------------------------- release 0.1 workspaces


def test_a_release_0_1_workspace_migrates_without_losing_an_answer(migrated):
    before = old_answers(RELEASE_0_1 / "workspace" / "workspace.sqlite")
    assert storage.schema_version(migrated.db) == storage.SCHEMA_VERSION
    after = {}
    for submission in migrated.submissions():
        for assessment, _, answers in migrated.submission_parts(submission.period):
            for question, value in answers.items():
                after[(submission.period, assessment.questionnaire_id, question)] = json.dumps(
                    value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert after == before and len(before) > 100
    # the two assessments of 2024年度 are one submission; the old pair of packages is on record
    (later, earlier) = migrated.submissions()
    assert (later.period, earlier.period) == ("2025年度", "2024年度")
    assert [p.status for p in earlier.parts] == ["draft", "exported"]  # core edited after its export
    assert earlier.changed_since_export and earlier.exports == 2
    assert [e["format_version"] for e in migrated.submission_exports("2024年度")] == [1, 1]
    # numbering continues after what release 0.1 sent: the district sees the next package as newer
    assert migrated.next_sequence("2024年度") == 3 and migrated.next_sequence("2025年度") == 1
    # a copy of the old file is kept in case the upgrade must be undone
    assert list((migrated.directory / "backups").glob("before-migration-v3-*.sqlite"))


def test_opening_an_old_period_adds_the_missing_questionnaire_and_moves_drafts_to_the_new_version(migrated):
    assert migrated.submission("2025年度").check.missing_questionnaires == ("miit-sme-2024",)
    submission = migrated.ensure_parts("2025年度")
    assert [p.questionnaire_id for p in submission.parts if p.assessment] == ["nantong-zgsz-core", "miit-sme-2024"]
    kept = migrated.answers(submission.parts[0].assessment.id)
    assert migrated.upgrade_submission("2025年度") == ["南通智改数转核心指标"]  # the added one is new already
    assert migrated.answers(submission.parts[0].assessment.id) == kept  # no answer lost
    newest = {qid: get_questionnaire(qid).version for qid in ("nantong-zgsz-core", "miit-sme-2024")}
    assert {p.questionnaire_id: p.assessment.questionnaire_version
            for p in migrated.submission("2025年度").parts} == newest
    # an exported questionnaire stays on the version its package names
    migrated.upgrade_submission("2024年度")
    versions = {p.questionnaire_id: p.assessment.questionnaire_version
                for p in migrated.submission("2024年度").parts}
    assert versions == {"nantong-zgsz-core": newest["nantong-zgsz-core"], "miit-sme-2024": "2024.1"}


def test_the_next_package_of_a_migrated_workspace_supersedes_the_pair_at_the_district(migrated, tmp_path,
                                                                                         monkeypatch):
    from zgsz_desktop.district.dashboard import refresh
    from zgsz_desktop.district.db import open_db
    from zgsz_desktop.district.importer import DistrictIdentity, import_packages
    from zgsz_desktop.package.export import export_submission
    from zgsz_desktop.package.keys import load_district_key

    monkeypatch.setattr(keys, "SCRYPT_N", 2**12)
    district = load_district_key(RELEASE_0_1 / "district.zgszdistrict")
    identity = DistrictIdentity.from_key(district, "release-0.1-district")
    db = open_db(tmp_path / "haian.zgszdb")
    first = import_packages(db, [RELEASE_0_1 / "pair-core.zgsz", RELEASE_0_1 / "pair-miit.zgsz"], identity,
                            workers=1)
    assert [o.verdict for o in first.outcomes] == ["new", "new"]
    board, rows = refresh(db, 2024)
    assert board.partial == [] and [r.submission_status for r in rows] == ["完整"]  # the pair is one submission

    result = export_submission(migrated, "2024年度", district.recipient, "release-0.1-enterprise", tmp_path / "p")
    assert result.sequence == 3
    (outcome,) = import_packages(db, [result.package_path], identity, workers=1).outcomes
    assert outcome.verdict == "superseding" and outcome.questionnaire == "nantong-zgsz-core+miit-sme-2024"
    current = db.execute("SELECT questionnaire_id, package_id FROM submissions WHERE current = 1 "
                         "ORDER BY questionnaire_id").fetchall()
    assert current == [("miit-sme-2024", result.package_id), ("nantong-zgsz-core", result.package_id)]
    assert db.execute("SELECT count(*) FROM submissions WHERE current = 0").fetchone()[0] == 2  # history kept
