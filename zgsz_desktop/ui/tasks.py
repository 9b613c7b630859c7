"""The engine under :class:`~.ops.Op`: a QRunnable on the global pool whose outcome comes back as Qt signals.

Nothing else in the UI uses it (tests/ui/test_ops.py checks): call sites build an ``Op``, which adds the
delayed progress dialog, the default error report and the change notice. The core reports progress through a
plain callback and polls a plain ``cancelled()`` function; here they become Qt signals.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    progress = Signal(int, object)  # the text may be a messages.Said: kept whole for translation
    finished = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback


_RUNNING: set[Task] = set()  # keeps a task (and its signals) alive until it ends, even if its dialog is gone


class Task(QRunnable):
    """``work(progress, cancelled)`` runs on a pool thread; connect to ``signals`` before :meth:`start`."""

    def __init__(self, work: Callable[[Any, Any], Any], *, cancel: Any = None):
        """``cancel``: the Event handed to the work as ``cancelled`` (ops.CancelFlag); a plain one by default."""
        super().__init__()
        self.signals = TaskSignals()
        self._work = work
        self._cancel = cancel if cancel is not None else threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self in _RUNNING

    def run(self) -> None:  # on the pool thread
        try:
            result = self._work(self._progress, self._cancel if callable(self._cancel) else self._cancel.is_set)
        except BaseException as exc:  # reported to the UI thread, never lost
            self._emit(self.signals.failed, exc, traceback.format_exc())
            return
        finally:
            _RUNNING.discard(self)
        self._emit(self.signals.finished, result)

    def _progress(self, percent: int, text: Any) -> None:
        self._emit(self.signals.progress, percent, text)

    def _emit(self, signal: Any, *args: Any) -> None:
        """Emit, unless the application is shutting down and the signals are gone with it: then nobody is
        left to tell, and the work itself has already saved what it saves (no traceback on the way out)."""
        try:
            signal.emit(*args)
        except RuntimeError:
            self._cancel.set()

    def start(self) -> None:
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(self)
