"""The app-wide change hub (``ops.changes``): an Op that writes announces what it changed, and every view over that
workspace or district database refreshes itself (issue #19). A module of its own, light to import, so the home page
can subscribe before its first paint without loading the background-operation machinery (issue #16)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

WORKSPACE = "workspace"
DISTRICT = "district"


@dataclass(frozen=True)
class Changed:
    """What an Op changed: ``scope`` (the enterprise workspace or the district database), the kinds of data
    (``what``, e.g. ``{"attachments"}``) and which file (``about``: the workspace folder or the database path),
    so a view over another file ignores it."""

    scope: str
    what: frozenset[str]
    about: object = None

    @classmethod
    def workspace(cls, *what: str, about: object = None) -> Changed:
        return cls(WORKSPACE, frozenset(what), about)

    @classmethod
    def district(cls, *what: str, about: object = None) -> Changed:
        return cls(DISTRICT, frozenset(what), about)

    def __contains__(self, kind: object) -> bool:
        return kind in self.what

    def touches(self, kinds: Iterable[str]) -> bool:
        return not self.what.isdisjoint(kinds)


class Changes(QObject):
    """The app-wide hub: views subscribe to the scope they show (UI thread only)."""

    workspace_changed = Signal(object)  # Changed
    district_changed = Signal(object)  # Changed

    def announce(self, changed: Changed) -> None:
        """Tell every view. For a change made on the UI thread too (a quick write that needs no Op)."""
        (self.workspace_changed if changed.scope == WORKSPACE else self.district_changed).emit(changed)


changes = Changes()


__all__ = ["DISTRICT", "WORKSPACE", "Changed", "Changes", "changes"]
