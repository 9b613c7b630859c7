"""Back up the whole workspace to one file and restore it on another PC; bad backups change nothing."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from submission_fixtures import fill_submission, record_export

from zgsz_desktop.workspace import BackupError, Workspace, create_backup, restore_backup, storage
from zgsz_desktop.workspace.locks import WorkspaceBusy

PROFILE = {"name": "南通瑞丰精密机械有限公司", "uscc": "91320685MA1R8K2X5W", "district": "海安市",
           "industry_code": "34", "scale": "规上", "contact": "陈建华", "phone": "13912345678",
           "key_enterprise": True}


@pytest.fixture()
def filled(tmp_path, core_answers, miit_answers):
    ws = Workspace.open(tmp_path / "original")
    ws.set_profile(PROFILE)
    fill_submission(ws, "2023年度", {"nantong-zgsz-core": core_answers, "miit-sme-2024": miit_answers})
    record_export(ws, "2023年度", "pkg-001", "a.zgsz")
    ws.start_submission("2024年度", from_previous=True)
    b = ws.find_assessment("nantong-zgsz-core", "2024年度")
    ws.save_answer(b.id, "mgmt.hr", "system", reason="上线人事系统")
    yield ws
    ws.close()


def snapshot_dir(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def test_backup_then_restore_into_an_empty_directory_is_identical(filled, tmp_path):
    info = create_backup(filled, tmp_path / "备份" / "瑞丰-2024")
    assert info.path.name == "瑞丰-2024.zgszbak" and info.path.is_file()
    assert info.manifest["enterprise"] == {"name": PROFILE["name"], "uscc": PROFILE["uscc"]}
    target = tmp_path / "new-pc" / "workspace"
    restore_backup(info.path, target)
    with Workspace.open(target, create=False) as restored:
        assert storage.dump_tables(restored.db) == storage.dump_tables(filled.db)
        assert [e["package_id"] for e in restored.exports()] == ["pkg-001"]
        assert len(restored.log()) == len(filled.log())
        # and it keeps working: the next export of the period gets the next sequence number
        assert restored.next_sequence("2023年度") == 2 and restored.next_sequence("2024年度") == 1


def test_backup_while_the_workspace_is_open_includes_the_latest_answer(filled, tmp_path):
    b = filled.find_assessment("nantong-zgsz-core", "2024年度")
    filled.save_answer(b.id, "cloud.months", 24)  # still in the WAL, not yet checkpointed
    info = create_backup(filled, tmp_path / "now")
    restore_backup(info.path, tmp_path / "restored")
    with Workspace.open(tmp_path / "restored", create=False) as restored:
        assert restored.answers(b.id)["cloud.months"] == 24


def test_restore_refuses_to_overwrite_unless_asked_and_keeps_the_old_one(filled, tmp_path):
    info = create_backup(filled, tmp_path / "b")
    other = tmp_path / "other"
    with Workspace.open(other) as ws:
        ws.set_profile({**PROFILE, "name": "另一家公司"})
    before = snapshot_dir(other)
    with pytest.raises(BackupError, match="已有工作区"):
        restore_backup(info.path, other)
    assert snapshot_dir(other) == before
    restore_backup(info.path, other, replace=True)
    with Workspace.open(other, create=False) as ws:
        assert ws.profile().name == PROFILE["name"]
    kept = list((other / "backups").glob("before-restore-*.sqlite"))
    assert len(kept) == 1


def make_bad_backups(good: Path, tmp_path: Path) -> dict[str, Path]:
    data = good.read_bytes()
    bad: dict[str, Path] = {}

    def write(name: str, content: bytes) -> None:
        path = tmp_path / name
        path.write_bytes(content)
        bad[name] = path

    write("truncated.zgszbak", data[: len(data) // 2])
    write("empty.zgszbak", b"")
    write("text.zgszbak", "这不是备份".encode())
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        database = archive.read("workspace.sqlite")
    tampered = bytearray(database)
    tampered[len(tampered) // 2] ^= 0xFF
    for name, entries in {
        "tampered.zgszbak": {"manifest.json": json.dumps(manifest), "workspace.sqlite": bytes(tampered)},
        "extra-entry.zgszbak": {"manifest.json": json.dumps(manifest), "workspace.sqlite": database,
                                "../evil.txt": "x"},
        "wrong-format.zgszbak": {"manifest.json": json.dumps({**manifest, "format": "other/1"}),
                                 "workspace.sqlite": database},
        "from-the-future.zgszbak": {"manifest.json": json.dumps({**manifest, "schema_version": 99}),
                                    "workspace.sqlite": database},
        "not-a-database.zgszbak": {"manifest.json": json.dumps({**manifest, "database": {
            "name": "workspace.sqlite", "size": 12, "sha256": "0" * 64}}), "workspace.sqlite": "not sqlite!!"},
    }.items():
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as archive:
            for entry, content in entries.items():
                archive.writestr(entry, content)
        bad[name] = path
    return bad


def test_bad_backups_are_refused_with_a_message_and_change_nothing(filled, tmp_path):
    good = create_backup(filled, tmp_path / "good").path
    target = tmp_path / "target"
    with Workspace.open(target) as ws:
        ws.set_profile({**PROFILE, "name": "现有企业"})
    before = snapshot_dir(target)
    for name, path in make_bad_backups(good, tmp_path).items():
        for replace in (False, True):
            with pytest.raises(BackupError) as caught:
                restore_backup(path, target, replace=replace)
            message = str(caught.value)
            assert message and "Traceback" not in message, name
            if replace:
                words = ("不是本软件", "损坏", "校验", "更新版本", "异常")
                assert any(word in message for word in words), (name, message)
            assert snapshot_dir(target) == before, name
    assert not any(p.name.startswith(".zgsz-restore-") for p in target.iterdir())


def test_missing_backup_file(tmp_path):
    with pytest.raises(BackupError, match="找不到"):
        restore_backup(tmp_path / "nope.zgszbak", tmp_path / "t")


def test_restore_is_refused_while_the_workspace_is_open(filled, tmp_path):
    info = create_backup(filled, tmp_path / "b")
    target = filled.directory  # `filled` still has it open
    with pytest.raises(WorkspaceBusy, match="正在被使用"):
        restore_backup(info.path, target, replace=True)
    a = filled.find_assessment("nantong-zgsz-core", "2024年度")
    assert filled.save_answer(a.id, "cloud.months", 30)  # the open workspace is untouched and still works
    filled.close()
    restore_backup(info.path, target, replace=True)
    with Workspace.open(target, create=False) as ws:
        assert "cloud.months" not in ws.answers(a.id) or ws.answers(a.id)["cloud.months"] != 30


def test_restoring_an_older_backup_keeps_later_exports_and_their_sequence(filled, tmp_path):
    older = create_backup(filled, tmp_path / "older").path
    record_export(filled, "2023年度", "pkg-002", "b.zgsz")
    directory = filled.directory
    filled.close()
    restore_backup(older, directory, replace=True)
    with Workspace.open(directory, create=False) as ws:
        assert [e["package_id"] for e in ws.exports()] == ["pkg-001", "pkg-002"]
        assert ws.next_sequence("2023年度") == 3  # never a sequence number the district has seen already


def test_restore_over_a_corrupted_workspace_works_and_keeps_the_damaged_file(filled, tmp_path):
    info = create_backup(filled, tmp_path / "b")
    directory = filled.directory
    filled.close()
    (directory / "workspace.sqlite").write_bytes(b"\x00garbage" * 1000)
    restore_backup(info.path, directory, replace=True)
    with Workspace.open(directory, create=False) as ws:
        assert ws.profile().name == PROFILE["name"]
    assert list((directory / "backups").glob("before-restore-unreadable-*.sqlite"))


@pytest.mark.parametrize("manifest_change", [
    {"schema_version": "abc"}, {"schema_version": [2]}, {"database": "x"}, {"enterprise": "x"},
    {"database": {"name": "workspace.sqlite", "size": 10, "sha256": "0" * 64}},  # declared size ≠ entry size
])
def test_hostile_manifests_are_refused(filled, tmp_path, manifest_change):
    good = create_backup(filled, tmp_path / "good").path
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        database = archive.read("workspace.sqlite")
    bad = tmp_path / "bad.zgszbak"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("manifest.json", json.dumps({**manifest, **manifest_change}))
        archive.writestr("workspace.sqlite", database)
    with pytest.raises(BackupError):
        restore_backup(bad, tmp_path / "new")
    assert not (tmp_path / "new" / "workspace.sqlite").exists()


def test_a_database_without_the_workspace_tables_is_refused(tmp_path):
    import hashlib
    import sqlite3

    empty = tmp_path / "empty.sqlite"
    conn = sqlite3.connect(empty)
    conn.execute(f"PRAGMA application_id = {storage.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {storage.SCHEMA_VERSION}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    data = empty.read_bytes()
    manifest = {"format": "zgsz-workspace-backup/1", "app_version": "x", "schema_version": storage.SCHEMA_VERSION,
                "created_at": "x", "enterprise": None,
                "database": {"name": "workspace.sqlite", "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}}
    bad = tmp_path / "b.zgszbak"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("workspace.sqlite", data)
    with pytest.raises(BackupError, match="缺少工作区数据"):
        restore_backup(bad, tmp_path / "t")


def test_restoring_over_a_release_0_1_workspace_keeps_its_exports(tmp_path, filled):
    """A workspace of the previous release, not yet opened by this one, replaced by a backup: its export
    records (read after migrating a scratch copy) are carried over, so numbers are never reused."""
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1" / "workspace"
    target = tmp_path / "old-pc"
    shutil.copytree(fixture, target)
    info = create_backup(filled, tmp_path / "new")
    restore_backup(info.path, target, replace=True)
    with Workspace.open(target, create=False) as ws:
        kept = {(e["period"], e["sequence"], e["file_name"]) for e in ws.exports()}
        assert {("2024年度", 1, "pair-core.zgsz"), ("2024年度", 2, "pair-miit.zgsz")} <= kept
        assert ws.next_sequence("2024年度") == 3
