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
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import __version__
from . import storage
from .workspace import BACKUPS_DIR, DB_NAME, Workspace, WorkspaceError

FORMAT = "zgsz-workspace-backup/1"
MANIFEST = "manifest.json"
DATABASE_ENTRY = "workspace.sqlite"
MAX_DATABASE_BYTES = 2 * 1024**3
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
        os.replace(partial, target)
    return BackupInfo(target, manifest)


def read_backup(path: Path, extract_to: Path) -> dict[str, Any]:
    """Check a backup file and extract its database to ``extract_to``; return the manifest.

    Raises :class:`BackupError` with a message a manager can act on.
    """
    not_backup = f"{path.name} 不是本软件的工作区备份文件，或文件已损坏（可能没有复制完整）。"
    if not path.is_file():
        raise BackupError(f"找不到备份文件 {path}")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BackupError(not_backup) from exc
    with archive:
        infos = {info.filename: info for info in archive.infolist()}
        if set(infos) != {MANIFEST, DATABASE_ENTRY}:
            raise BackupError(not_backup)
        if infos[MANIFEST].file_size > MAX_MANIFEST_BYTES or infos[DATABASE_ENTRY].file_size > MAX_DATABASE_BYTES:
            raise BackupError(f"{path.name} 中的内容大小异常，不是本软件的备份文件。")
        try:
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
        except (zipfile.BadZipFile, OSError, UnicodeDecodeError, json.JSONDecodeError, EOFError) as exc:
            raise BackupError(not_backup) from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BackupError(not_backup)
        if int(manifest.get("schema_version", 0)) > storage.SCHEMA_VERSION:
            raise BackupError("该备份由更新版本的软件创建，请先升级软件再恢复。")
        expected = manifest.get("database") or {}
        try:
            with archive.open(DATABASE_ENTRY) as source, extract_to.open("wb") as sink:
                copied = 0
                for block in iter(lambda: source.read(1 << 20), b""):
                    copied += len(block)
                    if copied > MAX_DATABASE_BYTES:
                        raise BackupError(f"{path.name} 中的内容大小异常，不是本软件的备份文件。")
                    sink.write(block)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise BackupError(not_backup) from exc
    if extract_to.stat().st_size != expected.get("size") or _sha256(extract_to) != expected.get("sha256"):
        raise BackupError(f"{path.name} 的内容校验不符，文件已损坏或被修改，未恢复。")
    return manifest


def restore_backup(path: Path, directory: Path, *, replace: bool = False) -> BackupInfo:
    """Restore a backup into ``directory``. Refuses to overwrite an existing workspace unless
    ``replace``, in which case the existing one is first kept in ``backups/``. Changes nothing on error.
    """
    directory = Path(directory)
    path = Path(path)
    target = directory / DB_NAME
    if target.exists() and not replace:
        raise BackupError(f"{directory} 中已有工作区。若要用备份替换它，请确认替换"
                          f"（原工作区会先另存到 {BACKUPS_DIR}/）。")
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=directory, prefix=".zgsz-restore-") as tmp:
        candidate = Path(tmp) / DB_NAME
        manifest = read_backup(path, candidate)
        try:
            db = storage.open_database(candidate)
        except storage.StorageError as exc:
            raise BackupError(str(exc)) from exc
        try:
            if storage.application_id(db) != storage.APPLICATION_ID or not storage.integrity_ok(db):
                raise BackupError(f"{path.name} 中的数据库不是有效的工作区，未恢复。")
            storage.migrate(db)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except storage.StorageError as exc:
            raise BackupError(str(exc)) from exc
        finally:
            db.conn.close()
        for leftover in (Path(f"{candidate}-wal"), Path(f"{candidate}-shm")):
            leftover.unlink(missing_ok=True)
        if target.exists():
            # Snapshot through SQLite so committed data still in the old WAL is kept too.
            keep = directory / BACKUPS_DIR
            keep.mkdir(exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            old = storage.open_database(target)
            try:
                storage.snapshot_to(old, keep / f"before-restore-{stamp}.sqlite")
            finally:
                old.conn.close()
        # Stale WAL/SHM files of the old database must not be applied to the restored one.
        for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(candidate, target)
    return BackupInfo(path, manifest)
