"""The root of expected failures: bad input, refused operations, unusable files.

Every such error carries a Chinese message a manager can act on; the CLI prints it (exit code 1) and
the desktop app shows it in a dialog. Anything else is a bug and gets the error report instead.
"""

from __future__ import annotations


class UserError(Exception):
    """An expected failure whose message is meant for the user (in Chinese)."""
