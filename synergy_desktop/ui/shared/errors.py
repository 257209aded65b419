"""One error pipeline: uncaught exceptions go to a rotating log file and a dialog.

The dialog has the details in a copyable text box. ``--no-error-dialog`` or the environment
variable SYNERGY_NO_ERROR_DIALOG=1 turns the dialog off (tests, CI); the log is always written.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from synergy_desktop.paths import log_dir
from synergy_desktop.text import arg

log = logging.getLogger("synergy_desktop")


def log_file() -> Path:
    return log_dir() / "synergy-desktop.log"


def setup_logging() -> Path:
    from logging.handlers import RotatingFileHandler  # (sockets, pickle: not before the window)

    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, RotatingFileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class _Relay(QObject):
    """Moves a report from any thread to the UI thread."""

    report = Signal(str, str)


class ErrorReporter:
    def __init__(self, show_dialog: bool) -> None:
        self.show_dialog = show_dialog and os.environ.get("SYNERGY_NO_ERROR_DIALOG") != "1"
        self._relay = _Relay()
        self._relay.report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.last_details = ""

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def _excepthook(self, kind, value, tb) -> None:
        self.report(kind, value, tb)

    def _thread_excepthook(self, hook_args) -> None:
        self.report(hook_args.exc_type, hook_args.exc_value, hook_args.exc_traceback)

    def report(self, kind, value, tb) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        self.last_details = details
        log.error("Uncaught exception\n%s", details)
        if self.show_dialog and QApplication.instance() is not None:
            self._relay.report.emit(f"{kind.__name__}: {value}", details)

    def _show(self, summary: str, details: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("Errors", "Unexpected error"))
        box.setText(
            QApplication.translate(
                "Errors",
                "Something went wrong that Synergy Desktop did not expect. Your saved "
                "answers are safe. If it happens again, send the details below to your support "
                "contact.",
            )
        )
        box.setInformativeText(
            arg(
                QApplication.translate("Errors", "%1\n\nThe details are also in the log file %2."),
                summary,
                log_file(),
            )
        )
        box.setDetailedText(details)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
