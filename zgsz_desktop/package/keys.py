"""Moved to :mod:`zgsz_desktop.keys` (a leaf: the workspace and the policy files use keys too, issue #19).

This name is the same module object, so existing imports and test monkeypatches keep working; new code
imports ``zgsz_desktop.keys``.
"""

import sys

from .. import keys as _keys

sys.modules[__name__] = _keys
