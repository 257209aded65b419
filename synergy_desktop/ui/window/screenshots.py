"""Render the main screens offscreen to PNG files (``synergy screenshots OUTDIR``)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.app import create_application
from synergy_desktop.ui.assessment.session import Session
from synergy_desktop.ui.shared.dialogs import show_about
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.window.main_window import MainWindow


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    _settle()
    if not widget.grab().save(str(path)):
        raise ScreenshotError(
            arg(translate("Screenshots", "The screenshot %1 cannot be written."), path)
        )
    return path


class ScreenshotError(Exception):
    """The screenshots cannot be written; ``str(error)`` is one plain sentence."""


def prepare_folder(outdir: Path) -> None:
    """Make sure PNG files can be written into ``outdir`` (created if missing)."""
    if outdir.exists() and not outdir.is_dir():
        raise ScreenshotError(
            arg(
                translate(
                    "Screenshots", "%1 is a file, not a folder. Give a folder for the PNG files."
                ),
                outdir,
            )
        )
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=outdir).close()
    except OSError as exc:
        raise ScreenshotError(
            arg(
                translate(
                    "Screenshots",
                    "The screenshots cannot be written to the folder %1 (%2). Choose another "
                    "folder.",
                ),
                outdir,
                exc.strerror or exc,
            )
        ) from None


def render(outdir: Path, workspace: str | None = None, lang: str = "en") -> list[Path]:
    """Raises ScreenshotError for an unusable folder, WorkspaceError for a workspace that cannot
    be opened, before any window is shown."""
    if workspace is not None:
        WorkspaceContext.open(workspace).close()  # a plain WorkspaceError now, not a dialog later
    prepare_folder(outdir)
    create_application()
    framework = load_default_pack()
    settings = Settings()
    if not settings.author:
        settings.author = "Screenshot"
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        window = MainWindow(settings, framework)
        window.set_language(lang)
        if workspace is None:  # the demo in the language of the screens, history included
            workspace = str(Path(scratch) / "demo.synergy")
            WorkspaceContext.open_demo(Path(workspace), framework, lang=lang).close()
        window.resize(1366, 800)
        window.show()
        window.attach(None)
        window.start_page.set_recent([workspace])
        written.append(_save(window, outdir / "start-page.png"))

        window.files.open_location(workspace)
        session: Session = window.session
        view = window.view
        answered = next((o.id for o in framework.options if o.id in session.answers), "A1")
        view.select_option(answered)
        if not window.show_history.isChecked():  # closed on small screens
            window.show_history.trigger()
        written.append(_save(window, outdir / "walkthrough.png"))
        written.append(_save(view.history_panel, outdir / "history-panel.png"))
        for name, file in (
            ("overview", "overview"),
            ("register", "focal-points"),
            ("coordination", "coordination"),
            ("nbsap", "nbsap-alignment"),
            ("reporting", "reporting-calendar"),
        ):
            window.show_tab(name)
            written.append(_save(window, outdir / f"{file}.png"))
        window.show_tab("assessment")

        QTimer.singleShot(0, lambda: _grab_active(outdir / "about.png", written))
        show_about(window, session.context.display_name)
        window.files.close_workspace()
        window.close()
    QApplication.processEvents()
    return written


def _grab_active(path: Path, written: list[Path]) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            written.append(_save(widget, path))
            widget.accept()
            return
