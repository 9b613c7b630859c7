"""Moved to :mod:`zgsz_desktop.keys` (a leaf: the workspace and the policy files use keys too, issue #19).

This name is the same module object, so existing imports and test monkeypatches keep working; new code
imports ``zgsz_desktop.keys``.
"""

import sys
from typing import TYPE_CHECKING

from .. import keys as _keys

if TYPE_CHECKING:  # what a type checker sees: every public name of the leaf, as this module's own
    from ..keys import *  # noqa: F403
else:  # what runs: this name *is* the leaf module
    sys.modules[__name__] = _keys
