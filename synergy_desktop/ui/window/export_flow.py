"""The shared flow of a workbook export from the File menu: choose where, write off the UI
thread with progress and Cancel, then report in the status bar or a message box. Each caller
passes its own (translated) texts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from synergy_desktop.text import arg
from synergy_desktop.ui.shared.tasks import Progress, Task


@dataclass(frozen=True)
class ExportTexts:
    dialog_title: str
    file_filter: str
    progress: str
    written: str  # "%1" is the file
    cancelled: str
    failed: str  # "%1" is the file, "%2" the error


def export_workbook(
    window: QMainWindow,
    texts: ExportTexts,
    suggested: Path,
    make_work: Callable[[Path], Progress],
    *,
    synchronous: bool = False,
) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window, texts.dialog_title, str(suggested), texts.file_filter
    )
    if not path:
        return
    target = Path(path if path.lower().endswith(".xlsx") else f"{path}.xlsx")
    task = Task(window, texts.progress, lambda: make_work(target), synchronous=synchronous)
    task.done.connect(
        lambda cancelled: window.statusBar().showMessage(
            texts.cancelled if cancelled else arg(texts.written, target), 15000
        )
    )
    task.error.connect(
        lambda exc: QMessageBox.warning(window, texts.dialog_title, arg(texts.failed, target, exc))
    )
    task.start()
