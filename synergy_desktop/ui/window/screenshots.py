"""Render the main screens offscreen to PNG files (``synergy screenshots OUTDIR``)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.services.context import WorkspaceContext
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
    widget.grab().save(str(path))
    return path


def render(outdir: Path, workspace: str | None = None, lang: str = "en") -> list[Path]:
    create_application()
    outdir.mkdir(parents=True, exist_ok=True)
    framework = load_default_pack()
    settings = Settings()
    if not settings.author:
        settings.author = "Screenshot"
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        if workspace is None:
            workspace = str(Path(scratch) / "demo.synergy")
            WorkspaceContext.open_demo(Path(workspace), framework).close()
        window = MainWindow(settings, framework)
        window.set_language(lang)
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
