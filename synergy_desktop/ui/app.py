"""The ``synergy-desktop`` entry point."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from synergy_desktop import __version__
from synergy_desktop.content.checks import ContentError
from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.paths import is_database_url
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


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    app = create_application(qt_args)
    setup_logging()
    reporter = ErrorReporter(show_dialog=not args.no_error_dialog)
    reporter.install()
    try:
        framework = load_default_pack()
    except ContentError as exc:
        QMessageBox.critical(None, "Synergy Desktop", str(exc))
        return 1
    settings = Settings()
    window = MainWindow(settings, framework)
    window.set_language(args.lang or settings.language or system_language())
    window.reporter = reporter
    window.show()
    location = startup_location(args.workspace, settings)
    if location:
        window.files.open_location(location)
    else:
        window.attach(None)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
