"""The home page's overview of each submission, and its cache: the app paints its home page at start from a
cache that is used only when it was computed from the workspace exactly as it is now (issue #16). Also: the
workspace's file lock (locks.py) across processes."""

from __future__ import annotations

import json
import os
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
    assert sorted(p.name for p in (directory / "locks").iterdir()) == ["restore.guard"]  # no holder, no journal
    with Workspace.open(directory, create=False) as ws:
        assert ws.profile().name == PROFILE["name"]


def test_two_workspaces_open_in_one_process_hold_separate_locks(workspace):
    from zgsz_desktop.workspace import locks

    assert locks.holders_alive(workspace.directory) == 1
    with Workspace.open(workspace.directory, create=False):
        assert locks.holders_alive(workspace.directory) == 2
    assert locks.holders_alive(workspace.directory) == 1


def test_a_restore_in_progress_makes_opening_wait_then_refuse_with_a_reason(workspace, monkeypatch):
    from zgsz_desktop.workspace import locks

    monkeypatch.setattr(locks, "RESTORE_WAIT_S", 0.2)  # the app waits 15 s for a restore to finish
    with locks.exclusive(workspace.directory / "other"), pytest.raises(WorkspaceBusy, match="正在恢复"):
        Workspace.open(workspace.directory / "other")
    with Workspace.open(workspace.directory / "other") as other:  # the restore is over: it opens
        assert other.profile() is None


def test_a_window_of_an_earlier_version_still_stops_a_restore(workspace, tmp_path):
    """Up to 0.2 a window held ``locks/<pid>-<hex>.lock`` with filelock: a restore made by this version while
    such a window is still open must see it (and remove such a file once nobody holds it)."""
    from filelock import FileLock

    from zgsz_desktop.workspace import locks

    backup = create_backup(workspace, tmp_path / "b").path
    directory = workspace.directory
    workspace.close()
    old_window = FileLock(directory / "locks" / "4242-0badc0de.lock")
    old_window.acquire()
    try:
        with pytest.raises(WorkspaceBusy, match="正在被使用"):
            restore_backup(backup, directory, replace=True)
        assert locks.holder_pids(directory) == [4242]
    finally:
        old_window.release()
    assert locks.holder_pids(directory) == []
    restore_backup(backup, directory, replace=True)
    assert not (directory / "locks" / "4242-0badc0de.lock").exists()


PIDS = """
import sys
from zgsz_desktop.workspace import locks
print(locks.holder_pids(__import__("pathlib").Path(sys.argv[1])))
"""


def test_the_holders_are_named_by_process_for_messages(workspace):
    """``holder_pids``: which other processes have the workspace open (this one's own lock is not "another
    window"), without removing anything; a file left by a killed process is no holder."""
    from zgsz_desktop.workspace import locks

    (workspace.directory / "locks" / "515151-dead.holder").write_bytes(b"")  # left by a killed process
    assert locks.holder_pids(workspace.directory) == []  # only this process holds it
    mine = os.getpid()
    assert run_python(PIDS, str(workspace.directory)).strip() == f"[{mine}]"
    assert (workspace.directory / "locks" / "515151-dead.holder").exists()  # only holders_alive cleans up
    assert locks.holders_alive(workspace.directory) == 1
    assert not (workspace.directory / "locks" / "515151-dead.holder").exists()


def test_a_stray_file_in_the_locks_folder_is_no_holder(workspace):
    from zgsz_desktop.workspace import locks

    (workspace.directory / "locks" / "77-stray.holder").write_text("not a database", encoding="utf-8")
    assert locks.holder_pids(workspace.directory) == []
    assert locks.holders_alive(workspace.directory) == 1  # the workspace itself, and the stray one is gone
    assert not (workspace.directory / "locks" / "77-stray.holder").exists()


def test_a_locks_folder_that_cannot_be_written_is_said_plainly(tmp_path):
    from zgsz_desktop.workspace import WorkspaceError

    Workspace.open(tmp_path / "ws").close()
    (tmp_path / "ws" / "locks").chmod(0o500)
    try:
        if os.access(tmp_path / "ws" / "locks", os.W_OK):
            pytest.skip("running as a user who may write anywhere (root)")
        with pytest.raises(WorkspaceError, match="不可写"):
            Workspace.open(tmp_path / "ws")
    finally:
        (tmp_path / "ws" / "locks").chmod(0o700)


def test_a_lock_file_that_cannot_be_opened_is_said_plainly(tmp_path):
    from zgsz_desktop.workspace import WorkspaceError

    Workspace.open(tmp_path / "ws").close()
    (tmp_path / "ws" / "locks" / "restore.guard").unlink()
    (tmp_path / "ws" / "locks" / "restore.guard").mkdir()  # SQLite cannot open it
    with pytest.raises(WorkspaceError, match="不可写"):
        Workspace.open(tmp_path / "ws")


def test_opening_a_workspace_does_not_import_filelock():
    """The app opens its workspace before the home page's first paint: its lock costs no 20–30 ms import
    (issue #16); SQLite, loaded for the workspace anyway, holds it."""
    out = run_python("""
        import sys, tempfile
        from zgsz_desktop.workspace import Workspace
        with tempfile.TemporaryDirectory() as tmp, Workspace.open(tmp + "/ws"):
            print(sorted(m for m in sys.modules if m.split(".")[0] in ("filelock", "secrets")))
    """)
    assert out.strip() == "[]"


def run_python(code: str, *args: str) -> str:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout
