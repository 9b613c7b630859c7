"""The home page's overview of each submission, and its cache: the app paints its home page at start from a
cache that is used only when it was computed from the workspace exactly as it is now (issue #16). Also: the
workspace's file lock (locks.py) across processes."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from submission_fixtures import PROFILE, fill_submission, record_export

from zgsz_desktop.workspace import Workspace, create_backup, restore_backup
from zgsz_desktop.workspace import overview as overview_module
from zgsz_desktop.workspace.locks import WorkspaceBusy
from zgsz_desktop.workspace.overview import CACHE_NAME, SubmissionOverview, overview_of

CORE, MIIT = "nantong-zgsz-core", "miit-sme-2024"


@pytest.fixture()
def workspace(tmp_path, core_answers):
    ws = Workspace.open(tmp_path / "ws")
    ws.set_profile(PROFILE)
    fill_submission(ws, "2024年度", {CORE: core_answers})
    ws.start_submission("2025年度")
    yield ws
    ws.close()


def computed(ws: Workspace) -> list[SubmissionOverview]:
    return [overview_of(s) for s in ws.submissions()]


def test_an_overview_is_what_the_home_page_shows_of_a_submission(workspace):
    first, second = computed(workspace)
    assert (first.period, second.period) == ("2025年度", "2024年度")  # newest first
    submission = workspace.submission("2024年度")
    assert second.stage == submission.stage == "fill" and second.stage_label == "填写中"
    assert [(p.questionnaire_id, p.title, p.completion, p.blanks, p.started) for p in second.parts] == [
        (p.questionnaire_id, p.title, p.completion, p.blanks, p.assessment is not None) for p in submission.parts]
    assert (second.blanks, second.problems, second.errors) == (
        len(submission.check.blanks), len(submission.check.problems), len(submission.check.errors))
    assert SubmissionOverview.from_json(json.loads(json.dumps(second.to_json()))) == second


def test_overviews_are_computed_once_and_then_read_from_the_cache_without_the_definitions(workspace):
    assert workspace.overviews(cached_only=True) is None  # nothing cached yet
    assert workspace.overviews() == computed(workspace)
    assert (workspace.directory / CACHE_NAME).is_file()
    assert workspace.overviews(cached_only=True) == computed(workspace)
    # a fresh process reads the cache with one small query: no definition, no YAML, no questionnaire module
    code = textwrap.dedent(f"""
        import sys
        from zgsz_desktop.workspace import Workspace
        with Workspace.open({str(workspace.directory)!r}, create=False) as ws:
            found = ws.overviews(cached_only=True)
            name = ws.industry_name("34", from_cache=True)
        print(len(found), name, sorted(m for m in sys.modules if m.startswith(("yaml", "zgsz_desktop.questionnaire",
                                                                               "numpy", "sqlite_utils"))))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2", "通用设备制造业", "[]"]


def test_any_change_to_what_an_overview_is_computed_from_makes_the_cache_stale(workspace, tmp_path):
    workspace.overviews()
    core = workspace.find_assessment(CORE, "2025年度")
    workspace.save_answer(core.id, "cloud.months", 24)  # an answer
    assert workspace.overviews(cached_only=True) is None
    assert workspace.overviews() == computed(workspace)
    workspace.save_answer(core.id, "cloud.months", None)  # an answer taken back: the same rows as before
    assert workspace.overviews(cached_only=True) is None  # (the cache holds the newest state only)
    workspace.overviews()
    with Workspace.open(workspace.directory, create=False) as other:  # another window, or the command line
        other.delete_submission("2025年度", confirm="2025年度")
    assert workspace.overviews(cached_only=True) is None
    assert [o.period for o in workspace.overviews()] == ["2024年度"]


def test_a_recorded_export_and_a_restored_backup_make_the_cache_stale(tmp_path, core_answers, miit_answers):
    ws = Workspace.open(tmp_path / "ws")
    ws.set_profile(PROFILE)
    fill_submission(ws, "2024年度", {CORE: core_answers, MIIT: miit_answers})
    before = ws.overviews()
    backup = create_backup(ws, tmp_path / "b").path
    record_export(ws, "2024年度", "pkg-001", "a.zgsz")
    assert ws.overviews(cached_only=True) is None
    (after,) = ws.overviews()
    assert after.stage == "hand_in" and after.last_export["package_id"] == "pkg-001" and after.exports == 1
    directory = ws.directory
    ws.close()
    restore_backup(backup, directory, replace=True)  # answers as before the export; its record is kept
    with Workspace.open(directory, create=False) as restored:
        assert restored.overviews(cached_only=True) is None
        (now,) = restored.overviews()
        assert now == computed(restored)[0] and now.stage == before[0].stage == "check"
        assert now.changed_since_export and now.last_export["package_id"] == "pkg-001"


def test_other_definitions_or_another_release_make_the_cache_stale(workspace, monkeypatch):
    workspace.overviews()
    shipped = overview_module._shipped_files()
    monkeypatch.setattr(overview_module, "_shipped_files", lambda: shipped[:1])  # e.g. a new questionnaire version
    assert workspace.overviews(cached_only=True) is None
    monkeypatch.undo()
    assert workspace.overviews(cached_only=True) is not None
    monkeypatch.setattr("zgsz_desktop.__version__", "9.9.9")
    assert workspace.overviews(cached_only=True) is None


@pytest.mark.parametrize("content", ["", "{", "[]", '{"format": "zgsz-overview-cache/1"}', "\x00\xff"])
def test_a_damaged_or_foreign_cache_file_is_ignored(workspace, content):
    workspace.overviews()
    key = json.loads((workspace.directory / CACHE_NAME).read_text(encoding="utf-8"))["fingerprint"]
    (workspace.directory / CACHE_NAME).write_text(content, encoding="utf-8", errors="surrogateescape")
    assert workspace.overviews(cached_only=True) is None
    assert workspace.industry_name("34") == "通用设备制造业"  # read from the list itself
    damaged = {"format": "zgsz-overview-cache/1", "fingerprint": key, "submissions": [{"period": 1}]}
    (workspace.directory / CACHE_NAME).write_text(json.dumps(damaged), encoding="utf-8")
    assert workspace.overviews(cached_only=True) is None
    assert workspace.overviews() == computed(workspace)  # and it is written again


def test_a_cache_that_cannot_be_written_changes_nothing(workspace, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    assert workspace.overviews() == computed(workspace)
    assert not (workspace.directory / CACHE_NAME).exists()
    assert not [p for p in workspace.directory.iterdir() if p.name.endswith(".tmp")]


# --------------------------------------------------------------------------- the workspace's lock

HOLD = """
import sys, time
from zgsz_desktop.workspace import Workspace
ws = Workspace.open(sys.argv[1], create=False)
print("open", flush=True)
sys.stdin.readline()
if sys.argv[2] == "close":
    ws.close()
else:
    import os
    os._exit(0)  # killed: the OS drops its lock, the holder file stays behind
"""


@pytest.mark.parametrize("ending", ["close", "killed"])
def test_restore_waits_for_another_process_that_has_the_workspace_open(workspace, tmp_path, ending):
    backup = create_backup(workspace, tmp_path / "b").path
    directory = workspace.directory
    workspace.close()
    other = subprocess.Popen([sys.executable, "-c", HOLD, str(directory), ending], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceBusy, match="正在被使用"):
            restore_backup(backup, directory, replace=True)
        other.stdin.write("\n")
        other.stdin.flush()
        assert other.wait(timeout=60) == 0
    finally:
        if other.poll() is None:
            other.kill()
    restore_backup(backup, directory, replace=True)  # free now (a stale holder file is cleaned up)
    assert [p.name for p in (directory / "locks").glob("*.lock") if p.name != "restore.lock"] == []
    with Workspace.open(directory, create=False) as ws:
        assert ws.profile().name == PROFILE["name"]


def test_two_workspaces_open_in_one_process_hold_separate_locks(workspace):
    from zgsz_desktop.workspace import locks

    assert locks.holders_alive(workspace.directory) == 1
    with Workspace.open(workspace.directory, create=False):
        assert locks.holders_alive(workspace.directory) == 2
    assert locks.holders_alive(workspace.directory) == 1
