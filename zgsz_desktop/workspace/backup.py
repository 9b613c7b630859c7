"""Back up the whole workspace to one file, and restore it (users change computers).

A backup (``*.zgszbak``) is a ZIP file with exactly two entries:

* ``manifest.json`` — ``{"format": "zgsz-workspace-backup/1", "app_version", "schema_version",
  "created_at", "database": {"name", "size", "sha256"}, "enterprise": {"name", "uscc"} | null}``
* ``workspace.sqlite`` — a consistent snapshot made with SQLite's online backup.

Restoring checks everything before anything changes: the ZIP itself, the entries, sizes, the manifest,
the database's SHA-256, that it is a workspace, its integrity and its schema version; then migrates the
copy and only then moves it into place (an existing workspace is kept in ``backups/`` when replaced).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__
from ..fileio import replace_retrying
from ..messages import say
from . import locks, storage
from .workspace import BACKUPS_DIR, DB_NAME, Workspace, WorkspaceError, unique_path

FORMAT = "zgsz-workspace-backup/1"
MANIFEST = "manifest.json"
DATABASE_ENTRY = "workspace.sqlite"
MAX_DATABASE_BYTES = 512 * 1024**2  # a workspace with years of answers is a few MB
MAX_MANIFEST_BYTES = 64 * 1024
SUFFIX = ".zgszbak"


class BackupError(WorkspaceError):
    """The file is not a usable backup; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    manifest: dict[str, Any]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def create_backup(workspace: Workspace, target: Path) -> BackupInfo:
    """Write a backup of ``workspace`` to ``target`` (atomically: a crash leaves no half file)."""
    target = Path(target)
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".zgsz-backup-") as tmp:
        snapshot = Path(tmp) / DATABASE_ENTRY
        storage.snapshot_to(workspace.db, snapshot)
        profile = workspace.profile()
        manifest = {
            "format": FORMAT,
            "app_version": __version__,
            "schema_version": storage.SCHEMA_VERSION,
            "created_at": workspace._now(),
            "database": {"name": DATABASE_ENTRY, "size": snapshot.stat().st_size, "sha256": _sha256(snapshot)},
            "enterprise": {"name": profile.name, "uscc": profile.uscc} if profile else None,
        }
        partial = Path(tmp) / "backup.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            archive.write(snapshot, DATABASE_ENTRY)
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        replace_retrying(partial, target)
    return BackupInfo(target, manifest)


def _manifest_problem(manifest: Any) -> str:
    """Empty when the manifest has the fields and types restore relies on."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return "format"
    if not isinstance(manifest.get("schema_version"), int) or isinstance(manifest.get("schema_version"), bool):
        return "schema_version"
    database = manifest.get("database")
    if not isinstance(database, dict) or not isinstance(database.get("size"), int) or not isinstance(
            database.get("sha256"), str):
        return "database"
    if manifest.get("enterprise") is not None and not isinstance(manifest.get("enterprise"), dict):
        return "enterprise"
    return ""


def read_backup(path: Path, extract_to: Path) -> dict[str, Any]:
    """Check a backup file and extract its database to ``extract_to``; return the manifest.

    Sizes are checked against the manifest *before* anything is unpacked (a small file that would
    unpack to gigabytes is refused at once). Raises :class:`BackupError` with a message a manager can
    act on.
    """
    not_backup = say("{name} 不是本软件的工作区备份文件，或文件已损坏（可能没有复制完整）。", name=path.name)
    odd_size = say("{name} 中的内容大小异常，不是本软件的备份文件。", name=path.name)
    if not path.is_file():
        raise BackupError(say("找不到备份文件 {path}", path=str(path)))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BackupError(not_backup) from exc
    with archive:
        infos = {info.filename: info for info in archive.infolist()}
        if set(infos) != {MANIFEST, DATABASE_ENTRY} or len(archive.infolist()) != 2:
            raise BackupError(not_backup)
        for info in infos.values():
            # no encryption, only the compression methods we write
            if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise BackupError(not_backup)
        if infos[MANIFEST].file_size > MAX_MANIFEST_BYTES or infos[DATABASE_ENTRY].file_size > MAX_DATABASE_BYTES:
            raise BackupError(odd_size)
        try:
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
        except (zipfile.BadZipFile, OSError, UnicodeDecodeError, ValueError, EOFError, RuntimeError) as exc:
            raise BackupError(not_backup) from exc
        if not isinstance(manifest, dict) or _manifest_problem(manifest):
            raise BackupError(not_backup)
        if manifest["schema_version"] > storage.SCHEMA_VERSION:
            raise BackupError(say("该备份由更新版本的软件创建，请先升级软件再恢复。"))
        expected = manifest["database"]
        if infos[DATABASE_ENTRY].file_size != expected["size"]:
            raise BackupError(odd_size)
        try:
            with archive.open(DATABASE_ENTRY) as source, extract_to.open("wb") as sink:
                copied = 0
                for block in iter(lambda: source.read(1 << 20), b""):
                    copied += len(block)
                    if copied > expected["size"]:
                        raise BackupError(odd_size)
                    sink.write(block)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError) as exc:
            raise BackupError(not_backup) from exc
    if extract_to.stat().st_size != expected["size"] or _sha256(extract_to) != expected["sha256"]:
        raise BackupError(say("{name} 的内容校验不符，文件已损坏或被修改，未恢复。", name=path.name))
    return manifest


def _check_candidate(db: storage.Database, name: str) -> None:
    try:
        ours = storage.application_id(db) == storage.APPLICATION_ID and storage.integrity_ok(db)
    except sqlite3.Error as exc:
        raise BackupError(say("{name} 中的数据库已损坏，未恢复。", name=name)) from exc
    if not ours:
        raise BackupError(say("{name} 中的数据库不是有效的工作区，未恢复。", name=name))


def _keep_replaced(target: Path, keep: Path) -> list[dict[str, Any]]:
    """Copy the workspace about to be replaced into ``backups/`` and return its export records.

    Through SQLite when it opens (so data still in its WAL is kept); byte for byte when it does not
    (a corrupted workspace is exactly when people restore)."""
    keep.mkdir(exist_ok=True)
    try:
        old = storage.open_database(target)
    except storage.StorageError:
        shutil.copy2(target, unique_path(keep, "before-restore-unreadable", ".sqlite"))
        for extra in ("-wal", "-shm"):
            if Path(f"{target}{extra}").exists():
                shutil.copy2(f"{target}{extra}", unique_path(keep, f"before-restore-unreadable{extra}", ".bin"))
        return []
    try:
        kept = unique_path(keep, "before-restore", ".sqlite")
        storage.snapshot_to(old, kept)
    finally:
        old.conn.close()
    # its export records, read in the current schema: a workspace of an earlier release is migrated first,
    # on a scratch copy (the kept copy stays exactly as it was)
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "old.sqlite"
        shutil.copy2(kept, copy)
        try:
            db = storage.open_database(copy)
        except storage.StorageError:
            return []
        try:
            storage.migrate(db)
            return storage.list_exports(db)
        except (sqlite3.Error, storage.StorageError):
            return []
        finally:
            db.conn.close()


def restore_backup(path: Path, directory: Path, *, replace: bool = False) -> BackupInfo:
    """Restore a backup into ``directory``. Changes nothing on error.

    Refuses while the workspace is open in another window or command, and refuses to overwrite an
    existing workspace unless ``replace``. When replacing, the old workspace is first kept in
    ``backups/``, and its export records that the backup does not have are carried over, so package
    sequence numbers keep increasing (the district relies on them).
    """
    directory = Path(directory)
    path = Path(path)
    target = directory / DB_NAME
    if directory.exists() and not directory.is_dir():
        raise BackupError(say("{directory} 是一个文件，不是工作区文件夹", directory=str(directory)))
    if target.exists() and not replace:
        raise BackupError(say("{directory} 中已有工作区。若要用备份替换它，请确认替换"
                              "（原工作区会先另存到 {folder}/）。", directory=str(directory), folder=BACKUPS_DIR))
    directory.mkdir(parents=True, exist_ok=True)
    with locks.exclusive(directory), tempfile.TemporaryDirectory(dir=directory, prefix=".zgsz-restore-") as tmp:
        candidate = Path(tmp) / DB_NAME
        manifest = read_backup(path, candidate)
        try:
            db = storage.open_database(candidate)
        except storage.StorageError as exc:
            raise BackupError(say("{name} 中的数据库不是有效的工作区，未恢复。", name=path.name)) from exc
        try:
            _check_candidate(db, path.name)
            storage.migrate(db)
            if not storage.has_required_tables(db):
                raise BackupError(say("{name} 中的数据库缺少工作区数据，未恢复。", name=path.name))
            if target.exists():
                carried = _keep_replaced(target, directory / BACKUPS_DIR)
                with storage.transaction(db):
                    for record in carried:
                        if not storage.export_exists(db, record["package_id"]):
                            # ids of the replaced file mean nothing here: the period says where it belongs
                            here = storage.get_submission(db, record["period"])
                            storage.insert_export(db, {**record, "assessment_id": None,
                                                       "submission_id": here["id"] if here else None})
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except storage.StorageError as exc:
            raise BackupError(exc.args[0] if len(exc.args) == 1 else str(exc)) from exc
        finally:
            db.conn.close()
        for leftover in (Path(f"{candidate}-wal"), Path(f"{candidate}-shm")):
            leftover.unlink(missing_ok=True)
        # Stale WAL/SHM files of the old database must not be applied to the restored one.
        for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)
        replace_retrying(candidate, target)
    return BackupInfo(path, manifest)
