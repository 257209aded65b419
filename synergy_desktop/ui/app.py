"""The ``synergy-desktop`` entry point.

The window is shown first and the workspace is opened once it has painted: the person sees the
application at once, and the database layer (SQLAlchemy, Alembic for an upgrade) is loaded only
then, with the workspace.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from synergy_desktop import __version__
from synergy_desktop.content.checks import ContentError
from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.paths import is_database_url
from synergy_desktop.ui.shared import import_checks
from synergy_desktop.ui.shared.errors import ErrorReporter, setup_logging
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.translations import LANGUAGES, system_language
from synergy_desktop.ui.window.main_window import MainWindow


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="synergy-desktop", description="Synergy Desktop, the window."
    )
    parser.add_argument("--version", action="version", version=f"synergy-desktop {__version__}")
    parser.add_argument("--workspace", metavar="PATH", help="workspace file or database URL")
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help="interface language (default: the last one chosen, else the system language)",
    )
    parser.add_argument(
        "--no-error-dialog",
        action="store_true",
        help="log unexpected errors without showing a dialog (for tests)",
    )
    return parser.parse_known_args(argv)


def create_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "synergy", *argv])
    app.setApplicationName("Synergy Desktop")
    app.setOrganizationName("SynergyDesktop")
    app.setApplicationVersion(__version__)
    return app


def startup_location(flag: str | None, settings: Settings) -> str | None:
    location = flag or os.environ.get("SYNERGY_WORKSPACE") or settings.last_workspace
    if not location:
        return None
    if flag or is_database_url(location) or Path(location).exists():
        return location
    return None


class AfterFirstPaint(QObject):
    """Calls ``then`` once ``window`` has painted for the first time (at the next turn of the
    event loop, so the picture reaches the screen first); after ``FALLBACK_MS`` in any case, for
    a window the system does not let paint (for example one that starts minimised)."""

    FALLBACK_MS = 1500

    def __init__(self, window: QObject, then) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self.parent().removeEventFilter(self)
            then()


def shown_location(location: str) -> str:
    """A path as it is; a database address without any password (it may have been typed into
    ``--workspace``)."""
    if not is_database_url(location):
        return location
    from urllib.parse import parse_qsl, urlencode, urlsplit

    parts = urlsplit(location)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k.lower() != "password"])
    return f"{parts.scheme}://{host}{parts.path}" + (f"?{query}" if query else "")


def open_when_shown(window: MainWindow, location: str | None) -> None:
    """Show the start page, or say that ``location`` is being opened and open it after the
    window's first paint; if it cannot be opened, the start page follows the message."""
    if not location:
        window.attach(None)
        return
    window.start_page.set_opening(shown_location(location))

    def open_now() -> None:
        import_checks.forget_source_lines()
        opened = window.files.open_location(location)
        window.start_page.set_opening(None)
        if not opened:
            window.attach(None)

    AfterFirstPaint(window, open_now)


def start(args: argparse.Namespace, settings: Settings, reporter: ErrorReporter | None):
    """Build and show the window; the workspace opens after the first paint. None when the
    framework pack cannot be read (the message has been shown)."""
    import_checks.install()  # before the database layer is imported with the workspace
    try:
        framework = load_default_pack()
    except ContentError as exc:
        QMessageBox.critical(None, "Synergy Desktop", str(exc))
        return None
    window = MainWindow(settings, framework)
    window.set_language(args.lang or settings.language or system_language())
    window.reporter = reporter
    window.show()
    AfterFirstPaint(window, setup_logging)  # the log file opens once the window shows
    open_when_shown(window, startup_location(args.workspace, settings))
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    app = create_application(qt_args)
    reporter = ErrorReporter(show_dialog=not args.no_error_dialog)
    reporter.install()
    window = start(args, Settings(), reporter)
    if window is None:
        return 1
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
