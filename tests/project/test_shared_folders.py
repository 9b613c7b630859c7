"""A workspace or district database in a network share or a sync client's folder is recognised (SQLite's locking
and atomic replaces cannot be trusted there), and a local folder is not."""

from __future__ import annotations

import pytest

from zgsz_desktop import shared_folders
from zgsz_desktop.shared_folders import NETWORK, SYNCED, SharedFolder, shared_folder


@pytest.mark.parametrize(("path", "expected"), [
    ("\\\\fileserver\\工信\\智改数转", SharedFolder(NETWORK, "\\\\fileserver\\工信")),
    ("//fileserver/share/ws", SharedFolder(NETWORK, "\\\\fileserver\\share")),
    ("C:\\Users\\张三\\OneDrive - 南通瑞丰\\文档\\智改数转", SharedFolder(SYNCED, "OneDrive")),
    ("C:\\Users\\张三\\OneDrive\\智改数转", SharedFolder(SYNCED, "OneDrive")),
    ("/home/zhang/Dropbox/智改数转", SharedFolder(SYNCED, "Dropbox")),
    ("D:\\我的坚果云\\报送", SharedFolder(SYNCED, "坚果云")),
    ("D:\\BaiduNetdisk\\工作区", SharedFolder(SYNCED, "百度网盘")),
])
def test_network_and_synced_folders_are_recognised(path, expected, monkeypatch):
    for variable in shared_folders.SYNC_ENV:
        monkeypatch.delenv(variable, raising=False)
    assert shared_folder(path) == expected


def test_a_local_folder_is_not_flagged_even_with_a_similar_name(tmp_path, monkeypatch):
    for variable in shared_folders.SYNC_ENV:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(shared_folders, "_mounted", lambda path: None)
    assert shared_folder(tmp_path / "工作区") is None
    assert shared_folder(tmp_path / "my-dropbox-notes" / "ws") is None  # a whole folder name, not a part of one
    assert shared_folder("\\\\?\\C:\\很长的路径\\工作区") is None  # Windows' long-path prefix is a local disk


def test_the_onedrive_folder_named_by_windows_is_recognised_wherever_it_is(tmp_path, monkeypatch):
    root = tmp_path / "公司同步盘"
    monkeypatch.setenv("OneDriveCommercial", str(root))
    monkeypatch.setattr(shared_folders, "_mounted", lambda path: None)
    assert shared_folder(root / "文档" / "ws") == SharedFolder(SYNCED, "OneDrive")
    assert shared_folder(tmp_path / "elsewhere") is None


def test_a_network_mount_is_recognised_from_the_mount_table(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n"
                      "//server/share /mnt/工信\\040共享 cifs rw 0 0\n"
                      "server:/export /mnt/nfs nfs4 rw 0 0\n", encoding="utf-8")
    assert shared_folders._mounted(shared_folders.Path("/mnt/工信 共享/ws"), mounts) == SharedFolder(NETWORK, "cifs")
    assert shared_folders._mounted(shared_folders.Path("/mnt/nfs/a/b"), mounts) == SharedFolder(NETWORK, "nfs4")
    assert shared_folders._mounted(shared_folders.Path("/home/zhang/ws"), mounts) is None
    assert shared_folders._mounted(shared_folders.Path("/x"), tmp_path / "missing") is None
