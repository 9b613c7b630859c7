"""The root of expected failures: bad input, refused operations, unusable files.

Every such error carries a Chinese message a manager can act on; the CLI prints it (exit code 1) and
the desktop app shows it in a dialog. Anything else is a bug and gets the error report instead.
"""

from __future__ import annotations


class UserError(Exception):
    """An expected failure whose message is meant for the user (in Chinese)."""


_OS_ERRORS = {
    "ENOENT": "文件或文件夹不存在", "EACCES": "没有访问权限", "EPERM": "没有访问权限", "EEXIST": "文件已存在",
    "ENOSPC": "磁盘空间不足", "EROFS": "位置是只读的", "EISDIR": "这是一个文件夹，不是文件",
    "ENOTDIR": "路径中有一部分不是文件夹", "ENAMETOOLONG": "文件名太长", "EBUSY": "文件正被其他程序使用",
    "EINVAL": "文件名或位置不可用", "EXDEV": "不能跨磁盘移动文件",
}


def describe_os_error(exc: OSError) -> str:
    """An operating-system error in Chinese, with the file it concerns (Windows and Linux)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    text = _OS_ERRORS.get(name) or (exc.strerror or "无法读写文件")
    where = exc.filename or ""
    return f"{text}：{where}" if where else text
