"""The two programs ``bench_startup.py`` times, as source text run by ``python -c`` (and by ``startup_once.py`` and
``empty_once.py``): kept in a module that imports nothing, so that importing them adds no module to the programs
themselves."""

# Both programs print "shown" at their window's first paint event and "painted" on the event-loop turn after it
# (Qt paints a window and all its children in one pass, then flushes it to the screen: the turn after the paint event
# is when the picture is complete). The empty window's "painted" is the baseline of the app's "loaded".
EMPTY = """
import os
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
END = os.environ.get("BENCH_END") == "exit"
class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print("shown", flush=True)
            QTimer.singleShot(0, self.painted)
        return False
    def painted(self):
        print("painted", flush=True)
        os._exit(0) if END else app.quit()
app = QApplication([])
window = QMainWindow()
window.resize(1120, 760)
watch = FirstPaint()
window.installEventFilter(watch)
window.show()
app.exec()
"""

# The app as a user starts it: ``zgsz-desktop``'s own entry point, ``zgsz_desktop.ui.app.main`` (command line,
# log file, settings, the window of the role), started without arguments. Watching it adds no
# import before the app's own: the window is watched from the moment ``main`` has created it (``open_window``),
# and the home page from the moment the window has built it (``show_home``). "loaded": the turn after the home page
# is painted showing every submission's content (its ``loaded``: questionnaires, completion, step and next action,
# not a "正在读取…" placeholder). When the page is not loaded at its first paint (no overview cache: its content
# comes from a worker thread), the page is asked for one more paint once it is.
APP = """
import os, sys
from zgsz_desktop.ui import app as entry
END = os.environ.get("BENCH_END") == "exit"
open_window = entry.open_window
def watched_window(*args, **kwargs):
    from PySide6.QtCore import QEvent, QObject, QTimer
    class Watch(QObject):
        shown = loaded = False
        page = None
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                if obj is window and not self.shown:
                    self.shown = True
                    print("shown", flush=True)
                elif obj is self.page and not self.loaded and self.page.loaded:
                    self.loaded = True
                    QTimer.singleShot(0, self.done)
            return False
        def home(self, page):
            self.page = page
            page.installEventFilter(self)
            self.poll()
        def poll(self):
            if not self.loaded:
                if self.page.loaded:
                    self.page.update()  # one paint with its content (the poll runs only without the cache)
                else:
                    QTimer.singleShot(5, self.poll)
        def done(self):
            print("loaded", flush=True)
            heavy = [m for m in ("matplotlib", "reportlab", "cryptography", "numpy") if m in sys.modules]
            print("heavy", ",".join(heavy), flush=True)
            os._exit(0) if END else window.close()
    watch = Watch()
    window = open_window(*args, **kwargs)
    window.installEventFilter(watch)
    show_home = window.show_home
    def watched_home():
        show_home()
        watch.home(window.stack.currentWidget())
    window.show_home = watched_home
    return window
entry.open_window = watched_window
sys.exit(entry.main(sys.argv[1:]))
"""
