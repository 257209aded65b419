"""The shared flow of an export from the File menu: choose where (and whether personal data goes
in), read the data, write off the UI thread with progress and Cancel, then report in the status
bar or a message box. Each caller passes its own (translated) texts; the work itself is the
workspace context's ``export``, the same one the command line uses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg
from synergy_desktop.ui.shared.tasks import Task
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder

PRIVACY_BOX = "leaveOutPersonalData"


@dataclass(frozen=True)
class ExportTexts:
    dialog_title: str
    file_filter: str
    progress: str
    written: str  # "%1" is the file
    cancelled: str
    failed: str  # "%1" is the file, "%2" the error
    suffixes: tuple[str, ...] = (".xlsx",)  # one per file filter, in the same order


def choose_target(
    parent: QWidget, texts: ExportTexts, suggested: Path, *, offer_privacy: bool
) -> tuple[Path | None, bool]:
    """The file to write and whether personal data goes in (None when cancelled)."""
    dialog = QFileDialog(parent, texts.dialog_title, str(suggested), texts.file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # to hold the check box below
    dialog.selectFile(str(suggested))
    box = None
    if offer_privacy:
        box = QCheckBox(
            QCoreApplication.translate(
                "ExportFlow", "Leave out personal data (names, e-mails, phones and addresses)"
            ),
            dialog,
        )
        box.setObjectName(PRIVACY_BOX)
        layout = dialog.layout()
        layout.addWidget(box, layout.rowCount(), 0, 1, -1)
    if not dialog.exec() or not dialog.selectedFiles():
        return None, True
    path = dialog.selectedFiles()[0]
    if not path.lower().endswith(texts.suffixes):
        filters = texts.file_filter.split(";;")
        chosen = dialog.selectedNameFilter()
        index = filters.index(chosen) if chosen in filters else 0
        path = f"{path}{texts.suffixes[min(index, len(texts.suffixes) - 1)]}"
    return Path(path), not (box is not None and box.isChecked())


def export_file(
    holder: WorkspaceHolder,
    parent: QWidget,
    kind: str,
    texts: ExportTexts,
    suggested: Path,
    *,
    offer_privacy: bool = True,
) -> None:
    """Export the holder's current round as ``kind`` (``summary``, ``questionnaire``…)."""
    session = holder.session
    if session is None or session.assessment is None:
        return
    session.flush()
    target, personal_data = choose_target(parent, texts, suggested, offer_privacy=offer_privacy)
    if target is None:
        return
    try:  # read on the UI thread (one snapshot); only the writing runs in the background
        data = session.context.summary(session.assessment.id, personal_data=personal_data)
    except ServiceError as exc:
        QMessageBox.warning(parent, texts.dialog_title, str(exc))
        return
    task = Task(
        parent,
        texts.progress,
        lambda: session.context.export(kind, target, holder.lang, data=data),
        synchronous=holder.synchronous_tasks,
    )
    task.done.connect(
        lambda cancelled: holder.message.emit(
            texts.cancelled if cancelled else arg(texts.written, target), 15000
        )
    )
    task.error.connect(
        lambda exc: QMessageBox.warning(parent, texts.dialog_title, arg(texts.failed, target, exc))
    )
    task.start()
