"""Long work off the UI thread, with a progress dialog and Cancel.

Work is a generator that yields ``(step, steps, text)``; :func:`run_with_progress` runs it in
the thread pool, shows the progress, and closes the generator when the user presses Cancel.
With ``synchronous=True`` (tests) it runs on the calling thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from synergy_desktop.text import translate

Progress = Iterator[tuple[int, int, str]]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(bool)  # True when cancelled
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, make_work: Callable[[], Progress], signals: _Signals) -> None:
        super().__init__()
        self.make_work = make_work
        self.signals = signals
        self.cancel = threading.Event()

    def run(self) -> None:
        work = None
        try:
            work = self.make_work()
            for step, steps, text in work:
                if self.cancel.is_set():
                    work.close()
                    self.signals.finished.emit(True)
                    return
                self.signals.progress.emit(step, steps, text)
        except Exception as exc:  # delivered to the UI thread, shown there
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(False)


class Task(QObject):
    """One running job; ``done(cancelled)`` or ``error(exception)`` arrive on the UI thread."""

    done = Signal(bool)
    error = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        make_work: Callable[[], Progress],
        *,
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.runner = _Runner(make_work, self.signals)
        self.runner.setAutoDelete(False)
        self.dialog = QProgressDialog(title, translate("Tasks", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.runner.cancel.set)
        connection = Qt.ConnectionType.QueuedConnection
        self.signals.progress.connect(self._progress, connection)
        self.signals.finished.connect(self._finished, connection)
        self.signals.failed.connect(self._failed, connection)
        self.synchronous = synchronous

    def start(self) -> None:
        if self.synchronous:
            self.runner.run()
        else:
            QThreadPool.globalInstance().start(self.runner)

    def cancel(self) -> None:
        self.runner.cancel.set()

    def _progress(self, step: int, steps: int, text: str) -> None:
        self.dialog.setMaximum(steps)
        self.dialog.setValue(step)
        self.dialog.setLabelText(text)

    def _finished(self, cancelled: bool) -> None:
        self.dialog.close()
        self.done.emit(cancelled)
        self.deleteLater()

    def _failed(self, exc: object) -> None:
        self.dialog.close()
        self.error.emit(exc)
        self.deleteLater()
