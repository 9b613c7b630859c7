"""Windows failure modes no Linux run meets, simulated (issue #18): a target file another program holds open
(os.replace fails with PermissionError until it lets go), and a windowed build without a console
(``sys.__stderr__`` is None) where an unexpected error must still reach the user as a dialog."""

from __future__ import annotations

import os
import sys

import pytest

from zgsz_desktop import fileio
from zgsz_desktop.fileio import FileInUse, write_bytes_atomic


@pytest.fixture()
def no_waiting(monkeypatch):
    waits: list[float] = []
    monkeypatch.setattr(fileio, "_sleep", waits.append)
    return waits


def _held_open(monkeypatch, times: int) -> list[int]:
    """os.replace refuses ``times`` times, as Windows does while a PDF reader has the target open."""
    real = os.replace
    calls: list[int] = []

    def replace(source, target):
        calls.append(1)
        if len(calls) <= times:
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        real(source, target)

    monkeypatch.setattr(fileio.os, "replace", replace)
    return calls


def test_a_file_let_go_after_a_moment_is_written(tmp_path, monkeypatch, no_waiting):
    target = tmp_path / "报告 2024年度.pdf"
    target.write_bytes(b"old")
    calls = _held_open(monkeypatch, 2)
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(calls) == 3 and no_waiting == list(fileio.REPLACE_WAITS[:2])
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left behind


def test_a_file_that_stays_open_is_explained_and_left_as_it_was(tmp_path, monkeypatch, no_waiting):
    target = tmp_path / "报告 2024年度.pdf"
    target.write_bytes(b"old")
    _held_open(monkeypatch, 100)
    with pytest.raises(FileInUse) as caught:
        write_bytes_atomic(target, b"new")
    assert "报告 2024年度.pdf 正被其他程序打开" in caught.value.strerror and "请关闭后重试" in caught.value.strerror
    assert isinstance(caught.value, OSError)  # every caller's `except OSError` message still applies
    assert sum(no_waiting) < 2  # about a second and a half, not a hang
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_other_errors_are_not_retried(tmp_path, monkeypatch, no_waiting):
    def full(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", full)
    with pytest.raises(OSError) as caught:
        write_bytes_atomic(tmp_path / "a.json", b"{}")
    assert caught.value.errno == 28 and no_waiting == []


def test_an_unexpected_error_shows_its_dialog_without_a_console(qtbot, monkeypatch):
    pytest.importorskip("PySide6")
    from zgsz_desktop.ui import errors
    from zgsz_desktop.ui.app import create_app

    create_app([])
    shown: list[tuple[BaseException, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, details="": shown.append((exc, details)))
    monkeypatch.setattr(sys, "__stderr__", None)  # a windowed PyInstaller build
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1 and isinstance(shown[0][0], RuntimeError) and "boom" in shown[0][1]


def test_a_workspace_whose_path_is_too_long_says_so(tmp_path):
    """SQLite refuses a database name past 512 bytes on POSIX (and Windows programs past 260 characters): the
    message must say the path is too long and what to do, not ask whether it is a folder."""
    from zgsz_desktop.errors import UserError
    from zgsz_desktop.workspace import Workspace

    deep = tmp_path.joinpath(*["南通瑞丰精密机械有限公司 智改数转 2024年度 资料"] * 9)
    with pytest.raises(UserError) as caught:  # a message for the user, never a traceback
        Workspace.open(deep / "工作区")
    assert "路径太长" in str(caught.value) and "路径较短的文件夹" in str(caught.value)


def test_a_district_database_whose_path_is_too_long_says_so(tmp_path):
    from zgsz_desktop.district.db import DistrictDbError, open_db

    deep = tmp_path.joinpath(*["海安市工业和信息化局 智改数转 报送汇总 资料"] * 9)
    deep.mkdir(parents=True)
    with pytest.raises(DistrictDbError) as caught:
        open_db(deep / "海安市.zgszdb")
    assert "路径太长" in str(caught.value)
