"""District recipient files shipped with the app (``resources/recipients/*.zgszkey``).

A district that hands out installers can build them with its recipient file inside
(``build_installer.py --recipient FILE``), so its enterprises need not find the file themselves. This module
lists those files for the export dialog and picks the one to pre-fill. Plain Python, no Qt.

A file that cannot be read as a recipient file is left out with a logged warning: one broken file in the
folder must not stop an enterprise from choosing its recipient file by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import UserError
from .keys import RECIPIENT_SUFFIX, load_recipient

RECIPIENTS_FOLDER = "recipients"  # under resources/

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BundledRecipient:
    district: str
    key_id: str
    path: Path


def recipients_dir() -> Path:
    """``resources/recipients/`` wherever the app runs from (see :mod:`zgsz_desktop.locate`)."""
    from .locate import resource

    return resource(RECIPIENTS_FOLDER)


def bundled_recipients(folder: Path | None = None) -> list[BundledRecipient]:
    """The valid recipient files in ``folder`` (default: the app's own), by district then key id.

    Never raises for a missing folder or a broken file; each skipped file is logged. The same key found in two
    files is listed once.
    """
    if folder is None:
        try:
            folder = recipients_dir()
        except UserError as exc:  # the data folders are missing: the self-test reports that, not the dialog
            log.warning("no bundled recipient files: %s", exc)
            return []
    try:
        paths = sorted(p for p in folder.iterdir() if p.suffix.lower() == RECIPIENT_SUFFIX and p.is_file())
    except OSError:
        return []  # no folder: nothing bundled
    found: dict[str, BundledRecipient] = {}
    for path in paths:
        try:
            recipient = load_recipient(path)
        except UserError as exc:
            log.warning("ignoring bundled recipient file %s: %s", path, exc)
            continue
        found.setdefault(recipient.key_id, BundledRecipient(recipient.district, recipient.key_id, path))
    return sorted(found.values(), key=lambda r: (r.district, r.key_id))


def preferred_recipient(recipients: Sequence[BundledRecipient], district: str | None) -> BundledRecipient | None:
    """The recipient to pre-fill: the only one for the enterprise's ``district`` when that is known, else the
    only one there is. None when the choice is not obvious (none, or several) — the user then chooses."""
    candidates = [r for r in recipients if r.district == district] if district else list(recipients)
    return candidates[0] if len(candidates) == 1 else None
