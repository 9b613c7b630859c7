"""Whether a folder is one where SQLite's locking and atomic replaces cannot be trusted: a network share (a UNC
path, a mapped network drive, an NFS/SMB mount) or a folder a sync client copies while the app writes (OneDrive,
Dropbox, 坚果云, 百度网盘, iCloud, Google Drive…). SQLite's own documentation warns that its locking is broken on
many network file systems; a sync client that copies the database between two writes can also leave a "conflicted
copy" that a user later opens instead of the real one. The workspace and the district database still open there
(refusing would strand the user's data); the interface says what the risk is and what to do."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

NETWORK, SYNCED = "network", "synced"

# Folder names the common sync clients create (their default names, in Chinese offices too). A path with one of
# them as a component is taken to be synced; matching is case-insensitive and on whole components only.
SYNC_FOLDERS = {
    "onedrive": "OneDrive", "dropbox": "Dropbox", "nutstore": "坚果云", "我的坚果云": "坚果云", "坚果云": "坚果云",
    "baidunetdisk": "百度网盘", "百度网盘": "百度网盘", "baiduyunguanjia": "百度网盘", "icloud drive": "iCloud",
    "iclouddrive": "iCloud", "google drive": "Google Drive", "googledrive": "Google Drive", "wps云盘": "WPS 云盘",
    "wpsdrive": "WPS 云盘", "seafile": "Seafile", "nextcloud": "Nextcloud", "owncloud": "ownCloud",
    "box sync": "Box", "阿里云盘": "阿里云盘", "aliyundrive": "阿里云盘",
}
# Environment variables that point at a sync root (OneDrive sets these on Windows)
SYNC_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "afpfs", "9p", "webdav", "davfs",
                       "fuse.rclone", "ncpfs"}
DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass(frozen=True)
class SharedFolder:
    kind: str  # NETWORK or SYNCED
    name: str  # the sync client ("OneDrive") or how the share was recognised ("\\\\server", "nfs", "Z:")


def shared_folder(path: Path | str) -> SharedFolder | None:
    """What makes ``path`` (a folder or a file in it) unsafe for a database, or None on a local disk."""
    text = str(path)
    windows = PureWindowsPath(text)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return SharedFolder(NETWORK, windows.anchor.rstrip("\\/") or text[:30])
    for variable in SYNC_ENV:
        root = os.environ.get(variable)
        if root and _inside(text, root):
            return SharedFolder(SYNCED, "OneDrive")
    parts = windows.parts if sys.platform == "win32" or "\\" in text else Path(text).parts
    for part in parts:
        name = SYNC_FOLDERS.get(part.lower()) or _prefixed(part)
        if name:
            return SharedFolder(SYNCED, name)
    if sys.platform == "win32":
        return _windows_drive(windows)
    return _mounted(Path(text))


def _prefixed(part: str) -> str | None:
    """OneDrive for work names its folder "OneDrive - 公司名"; Dropbox for teams "Dropbox (公司名)"."""
    lower = part.lower()
    for prefix, name in (("onedrive - ", "OneDrive"), ("onedrive-", "OneDrive"), ("dropbox (", "Dropbox")):
        if lower.startswith(prefix):
            return name
    return None


def _inside(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([os.path.normcase(os.path.abspath(path)),
                                   os.path.normcase(os.path.abspath(root))]) == os.path.normcase(
            os.path.abspath(root))
    except ValueError:  # different drives on Windows
        return False


def _windows_drive(path: PureWindowsPath) -> SharedFolder | None:  # pragma: no cover - Windows only
    # the platform test lets the type checker (run on any system) know that ctypes.windll exists here
    if sys.platform != "win32" or not path.drive:
        return None
    import ctypes

    if ctypes.windll.kernel32.GetDriveTypeW(path.drive + "\\") == DRIVE_REMOTE:
        return SharedFolder(NETWORK, path.drive)
    return None


def _mounted(path: Path, mounts: Path = Path("/proc/mounts")) -> SharedFolder | None:
    """The file system type of the longest mount point holding ``path`` (Linux), when it is a network one."""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = os.path.abspath(path)
    best, best_type = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if _inside(target, point) and len(point) > len(best):
            best, best_type = point, fields[2]
    return SharedFolder(NETWORK, best_type) if best_type in NETWORK_FILESYSTEMS else None
