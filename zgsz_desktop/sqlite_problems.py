"""What went wrong with an SQLite database, said as what happened (issue #19).

SQLite tells a full disk, a read-only folder, a file another program holds, a failing disk and a damaged
file apart by its result codes. The first release said "不是有效的工作区数据库，或文件已损坏…可从备份恢复" for all
of them — and restoring an older backup is exactly how a user whose disk was merely full would lose their
latest answers. Here each problem gets its own sentence, and "已损坏" is said only when SQLite itself found
the file damaged (``SQLITE_CORRUPT``, or a failed ``PRAGMA integrity_check``).

Used by the workspace (``workspace/storage.py``) and the district database (``district/db.py``): the
``subject`` names which one, so each message names what the user knows.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Literal

from .messages import Said, say

Subject = Literal["workspace", "district", "city"]

# Below this, a failed write on that disk is taken to be a full disk: SQLite reports a full disk as
# SQLITE_FULL when the database grows, but as a disk I/O error when its -wal or -shm file cannot grow.
LOW_SPACE_BYTES = 1024 * 1024


class Problem(str, Enum):
    FULL = "full"
    READ_ONLY = "read_only"
    BUSY = "busy"
    CANT_OPEN = "cant_open"
    IO = "io"
    NOT_A_DATABASE = "not_a_database"
    DAMAGED = "damaged"
    OTHER = "other"


def free_space(path: Path) -> int | None:
    """Free bytes on the disk holding ``path`` (its nearest existing folder), or None when unknown."""
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def disk_full(path: Path) -> bool:
    free = free_space(path)
    return free is not None and free < LOW_SPACE_BYTES


def classify(exc: BaseException, path: Path) -> Problem:
    """Which problem ``exc`` (an ``sqlite3.Error``, or an ``OSError`` met beside it) stands for."""
    if isinstance(exc, OSError):
        import errno

        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return Problem.FULL
        if exc.errno in (errno.EROFS,):
            return Problem.READ_ONLY
        return Problem.FULL if disk_full(path) else Problem.IO
    # sqlite_errorname is there from Python 3.11; the texts are SQLite's own and stable across versions
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc).lower()
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return Problem.FULL
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return Problem.READ_ONLY
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text or "busy" in text:
        return Problem.BUSY
    if name.startswith("SQLITE_NOTADB") or "file is not a database" in text:
        return Problem.NOT_A_DATABASE
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return Problem.DAMAGED
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return Problem.FULL if disk_full(path) else Problem.CANT_OPEN
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return Problem.FULL if disk_full(path) else Problem.IO
    return Problem.OTHER


def describe(exc: BaseException, path: Path, subject: Subject = "workspace",
             holders: Callable[[Path], Sequence[int]] | None = None) -> Said:
    """One sentence (or two) a manager can act on, in Chinese; never a suggestion to restore a backup unless
    the file really is damaged."""
    problem = classify(exc, path)
    error = str(exc)
    folder = str(path.parent)
    if subject == "district":
        return _district(problem, path, folder, error)
    if subject == "city":
        return _city(problem, path, folder, error)
    if problem is Problem.FULL:
        return say("磁盘已满：工作区所在的磁盘（{folder}）没有剩余空间，刚才的改动没有保存。已保存的数据完好，"
                   "不需要从备份恢复。请删除不需要的文件、清空回收站，或把工作区移到空间充足的磁盘后再试。",
                   folder=folder)
    if problem is Problem.READ_ONLY:
        return say("工作区 {folder} 是只读的（可能在光盘、只读U盘或没有写权限的文件夹中）。"
                   "请把整个文件夹复制到可写的位置再打开。", folder=folder)
    if problem is Problem.BUSY:
        pids = list(holders(path)) if holders is not None else []  # who has the workspace open (workspace/locks)
        if pids:
            return say("工作区正被本软件的另一个窗口或命令占用（进程号 {pids}），"
                       "请先关闭它，或稍后再试。数据没有损坏。", pids="、".join(str(p) for p in pids))
        return say("工作区文件正被其他程序占用（可能是正在同步或扫描该文件夹的网盘、杀毒软件），"
                   "请稍后再试。数据没有损坏。")
    if problem is Problem.CANT_OPEN:
        from .fileio import path_too_long, too_long_advice

        if path_too_long(path):
            return say("无法打开工作区文件 {path}：{advice}。", path=str(path), advice=too_long_advice(path))
        return say("无法打开工作区文件 {path}（路径是否是文件夹，或没有访问权限？）", path=str(path))
    if problem is Problem.IO:
        return say("读写工作区文件 {path} 时出错（{error}）：磁盘、U盘或网络文件夹可能有故障或已断开。"
                   "已保存的数据不一定有问题：请检查磁盘或网络连接后重试，不要急于从备份恢复（备份可能比现在的数据旧）。",
                   path=str(path), error=error)
    if problem is Problem.NOT_A_DATABASE:
        return say("{path} 不是本软件的工作区数据库（{error}）。", path=str(path), error=error)
    if problem is Problem.DAMAGED:
        return say("工作区文件 {path} 已损坏（{error}）。可从备份恢复：菜单“文件 → 从备份恢复”，"
                   "或命令 zgsz workspace restore。", path=str(path), error=error)
    return say("工作区数据库出错（{error}）。请稍后重试；如果反复出现，"
               "请在“关于”中打开日志文件夹，把日志发给技术支持。", error=error)


def _district(problem: Problem, path: Path, folder: str, error: str) -> Said:
    if problem is Problem.FULL:
        return say("磁盘已满：区县数据库所在的磁盘（{folder}）没有剩余空间，刚才的操作没有保存"
                   "（导入的报告包可在腾出空间后重新导入）。已保存的数据完好。"
                   "请删除不需要的文件，或把数据库移到空间充足的磁盘后再试。", folder=folder)
    if problem is Problem.READ_ONLY:
        return say("区县数据库 {path} 是只读的（只读U盘、光盘或没有写权限的文件夹），请复制到可写的位置再打开。",
                   path=str(path))
    if problem is Problem.BUSY:
        return say("区县数据库正被其他程序占用（另一个区县窗口、一条命令，或正在同步/扫描该文件夹的网盘、杀毒软件），"
                   "请关闭它或稍后再试。数据没有损坏。")
    if problem is Problem.CANT_OPEN:
        from .fileio import path_too_long, too_long_advice

        if path_too_long(path):
            return say("无法打开区县数据库 {path}：{advice}。", path=str(path), advice=too_long_advice(path))
        return say("无法打开区县数据库 {path}（路径是否是文件夹，或没有访问权限？）", path=str(path))
    if problem is Problem.IO:
        return say("读写区县数据库 {path} 时出错（{error}）：磁盘或网络文件夹可能有故障或已断开。"
                   "已保存的数据不一定有问题：请检查磁盘或网络连接后重试。", path=str(path), error=error)
    if problem is Problem.NOT_A_DATABASE:
        return say("{path} 不是区县数据库（{error}）。", path=str(path), error=error)
    if problem is Problem.DAMAGED:
        return say("区县数据库 {path} 已损坏（{error}）。请用备份的数据库文件替换后重新导入报告包。",
                   path=str(path), error=error)
    return say("区县数据库出错（{error}）。请稍后重试；如果反复出现，请打开日志文件夹，把日志发给技术支持。",
               error=error)


def _city(problem: Problem, path: Path, folder: str, error: str) -> Said:
    """The city's database (市级汇总库): everything in it can be rebuilt by importing the districts' summaries again."""
    if problem is Problem.FULL:
        return say("磁盘已满：市级汇总库所在的磁盘（{folder}）没有剩余空间，刚才的操作没有保存。已保存的数据完好；"
                   "腾出空间后重新导入区县汇总包即可。", folder=folder)
    if problem is Problem.READ_ONLY:
        return say("市级汇总库 {path} 是只读的，请复制到可写的位置再打开。", path=str(path))
    if problem is Problem.BUSY:
        return say("市级汇总库正被其他程序占用（另一个窗口、一条命令、网盘或杀毒软件），"
                   "请关闭它或稍后再试。数据没有损坏。")
    if problem is Problem.NOT_A_DATABASE:
        return say("{path} 不是市级汇总库（{error}）。", path=str(path), error=error)
    if problem is Problem.DAMAGED:
        return say("市级汇总库 {path} 已损坏（{error}）。请换一个新文件，重新登记区县密钥并导入各区县的汇总包。",
                   path=str(path), error=error)
    return say("读写市级汇总库 {path} 时出错（{error}）。请检查磁盘后重试。", path=str(path), error=error)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without writing anything beside it (``immutable``): for reading a
    database whose disk is full. Only safe when its write-ahead log is empty (see :func:`wal_is_empty`)."""
    return path.resolve().as_uri() + "?mode=ro&immutable=1"


def wal_is_empty(path: Path) -> bool:
    """Whether everything committed is in the main file (no ``-wal`` file, or an empty one)."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


__all__ = ["Problem", "classify", "describe", "disk_full", "free_space", "read_only_uri",
           "wal_is_empty"]
