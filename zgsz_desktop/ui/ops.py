"""The one way the UI runs long work: :class:`Op`, in the style of Anki's ``QueryOp`` / ``CollectionOp``.

    Op(parent, work, changes=Changed.workspace("attachments", about=directory))
        .with_progress(tr("正在…"), cancellable=True)
        .success(on_done)
        .failure(on_failed)          # optional: by default the error is shown with ui/errors.show_error
        .run()

Contract:

- ``work(progress, cancelled)`` runs on a pool thread and gets plain callbacks, so the core stays Qt-free:
  ``progress(percent, text)`` (``text`` may be a ``messages.Said``, translated where shown) and
  ``cancelled``, a :class:`CancelFlag` that is both the ``cancelled()`` function a core polls and a
  ``threading.Event`` for a core that takes one (``cancel=cancelled``). The work opens its own database
  connection: the window's belongs to the UI thread.
- Everything else runs on the UI thread: progress, ``success(result)``, ``failure(exc, details)``.
  Without ``failure`` a ``UserError`` is shown as its sentence and anything else as the error report with
  the log folder; an ``InterruptedError`` is a cancel, not an error, and is said by nobody.
- A progress dialog (``with_progress``) appears only once the work has taken :data:`SHOW_AFTER_MS`, so quick
  work does not flash a window; a page with its own progress widget passes ``on_progress`` instead.
- When ``parent`` is gone before the work ends (a closed dialog or page) the handlers are not called; the
  work still ends, and what it changed is still announced.
- ``changes``: an Op that writes says what it changed (like ``CollectionOp``'s ``OpChanges``); once it
  succeeded the app-wide hub :data:`changes` emits it — before ``success`` runs, so the views are up to date
  when the caller says what happened — and the views that show that data subscribe to the hub instead of
  being refreshed by hand by whoever started the work. A failed Op changed nothing (the core's writes are
  all-or-nothing) and announces nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from .tasks import Task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 600  # Anki's delay: work that ends sooner shows no progress window at all

T = TypeVar("T")
Progress = Callable[[int, Any], None]


class CancelFlag(threading.Event):
    """Set when the user cancels. Called, it answers "cancelled?"; passed as an Event to cores that wait on one."""

    def __call__(self) -> bool:
        return self.is_set()


# the hub lives in its own small module: the home page subscribes before its first paint without importing Op
from .changes import Changed, Changes, changes  # noqa: E402

_LIVE: set[Op[Any]] = set()  # an Op (and its handlers) lives until its work has ended, even if its parent is gone


def _parent_alive(parent: QWidget | None) -> bool:
    if parent is None:
        return True
    from shiboken6 import isValid

    return bool(isValid(parent))


class Op(QObject, Generic[T]):
    """Long work on a pool thread with progress, cancel, success/failure on the UI thread and a change notice."""

    progress_shown = Signal()  # the progress dialog has just appeared (the work took longer than SHOW_AFTER_MS)
    ended = Signal()  # after the success or failure handler (and the change notice): the Op is done

    def __init__(self, parent: QWidget | None, work: Callable[[Progress, CancelFlag], T], *,
                 changes: Changed | None = None):
        super().__init__()  # no Qt parent: it outlives a dialog closed meanwhile (kept in _LIVE)
        self.parent_widget = parent
        self._work = work
        self._changes = changes
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException, str], Any] | None = None
        self._on_progress: Callable[[int, Any], Any] | None = None
        self._label: str | None = None
        self._title = ""
        self._cancellable = True
        self._busy = False
        self._step_text: Callable[[Any], str] | None = None
        self.show_after_ms = SHOW_AFTER_MS
        self.cancelled = CancelFlag()
        self.dialog: QProgressDialog | None = None
        self._last: tuple[int, Any] | None = None
        self._timer: QTimer | None = None
        self._task: Task | None = None
        self._running = False

    # ------------------------------------------------------------------ building

    def with_progress(self, label: str, *, title: str = "", cancellable: bool = True, busy: bool = False,
                      step_text: Callable[[Any], str] | None = None) -> Op[T]:
        """A window-modal progress dialog with ``label``, shown if the work outlasts :data:`SHOW_AFTER_MS`.
        Each progress text replaces the label (``step_text`` makes the label from it instead); ``busy``: no
        percentages, a moving bar; ``cancellable=False``: no 取消 button (work that is whole or nothing)."""
        self._label, self._title, self._cancellable, self._busy = label, title, cancellable, busy
        self._step_text = step_text
        return self

    def on_progress(self, fn: Callable[[int, Any], Any]) -> Op[T]:
        """The caller's own progress widget gets ``fn(percent, text)`` (also with a dialog)."""
        self._on_progress = fn
        return self

    def success(self, fn: Callable[[T], Any]) -> Op[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException, str], Any]) -> Op[T]:
        """``fn(exc, details)`` replaces the default (show_error); ``details`` is the formatted traceback."""
        self._failure = fn
        return self

    # ------------------------------------------------------------------ running

    def run(self) -> Op[T]:
        task = Task(self._work, cancel=self.cancelled)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        self._task = task
        self._running = True
        _LIVE.add(self)
        if self._label is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start(self.show_after_ms)
        task.start()
        return self

    @property
    def running(self) -> bool:
        """From :meth:`run` until the success or failure handler has run."""
        return self._running

    def cancel(self) -> None:
        """Ask the work to stop; it stops where the core next looks (and says so, or returns what it did)."""
        self.cancelled.set()

    # ------------------------------------------------------------------ on the UI thread

    def _show_dialog(self) -> None:
        if not self._running or self._label is None or not _parent_alive(self.parent_widget):
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        from .i18n import tr

        dialog = QProgressDialog(self._label, tr("取消") if self._cancellable else "", 0, 0 if self._busy else 100,
                                 self.parent_widget)
        dialog.setObjectName("op_progress")
        if not self._cancellable:
            dialog.setCancelButton(None)
        if self._title:
            dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)  # this Op decides when it appears
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        if self._last is not None:
            self._show_step(*self._last)
        dialog.show()
        self.progress_shown.emit()

    def _progress(self, percent: int, text: Any) -> None:
        self._last = (percent, text)
        if self.dialog is not None:
            self._show_step(percent, text)
        if self._on_progress is not None and _parent_alive(self.parent_widget):
            self._on_progress(percent, text)

    def _show_step(self, percent: int, text: Any) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        if text:
            from .i18n import said

            dialog.setLabelText(self._step_text(text) if self._step_text is not None else said(text))
        if not self._busy:
            # last: a modal QProgressDialog's setValue processes events, so the Op may end (and its dialog go)
            # inside this call
            dialog.setValue(max(0, min(100, int(percent))))

    def _end(self) -> None:
        self._running = False
        if self._timer is not None:
            self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)  # hiding it is not the user's cancel
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _finished(self, result: T) -> None:
        self._end()
        try:
            if self._changes is not None:  # first: the views are up to date when ``success`` points at the change
                changes.announce(self._changes)
            if self._success is not None and _parent_alive(self.parent_widget):
                self._success(result)
        finally:
            self._done()

    def _failed(self, exc: BaseException, details: str) -> None:
        self._end()
        try:
            if not _parent_alive(self.parent_widget):
                return
            if self._failure is not None:
                self._failure(exc, details)
            elif not isinstance(exc, InterruptedError):
                from .errors import show_error

                show_error(self.parent_widget, exc, details)
        finally:
            self._done()

    def _done(self) -> None:
        _LIVE.discard(self)
        self.ended.emit()


__all__ = ["SHOW_AFTER_MS", "CancelFlag", "Changed", "Changes", "Op", "changes"]
