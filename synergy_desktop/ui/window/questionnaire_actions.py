"""File menu: export a questionnaire, import a filled-in one through a preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.domain.labels import field_label
from synergy_desktop.paths import data_dir
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg
from synergy_desktop.ui.shared.rows_model import rows_view
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder
from synergy_desktop.ui.window.export_flow import ExportTexts, export_file

if TYPE_CHECKING:
    from synergy_desktop.services.questionnaire_import import QuestionnairePreview


class PreviewDialog(QDialog):
    """Every change (old → new) and every rejected cell; nothing is written until Apply."""

    def __init__(self, parent: QWidget | None, preview: QuestionnairePreview) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import questionnaire"))
        self.resize(900, 600)
        summary = QLabel(
            arg(
                self.tr(
                    "%1: %2 change(s) will be applied; %3 cell(s) are "
                    "rejected and will not be imported."
                ),
                Path(preview.source).name,
                len(preview.changes),
                len(preview.rejected),
            )
        )
        summary.setWordWrap(True)
        self.changes = rows_view(
            [self.tr("Option"), self.tr("Field"), self.tr("Before"), self.tr("After")],
            [(c.option_id, field_label(c.field), c.old, c.new) for c in preview.changes],
        )
        self.rejected = rows_view(
            [self.tr("Sheet"), self.tr("Cell"), self.tr("Reason")], preview.rejected
        )
        self.changes.setAccessibleName(self.tr("Changes"))
        self.rejected.setAccessibleName(self.tr("Rejected cells"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(
            self.tr("Apply %n change(s)", None, len(preview.changes)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.apply_button.setEnabled(preview.has_changes)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("<b>Changes</b>")))
        layout.addWidget(self.changes, 3)
        layout.addWidget(QLabel(self.tr("<b>Rejected cells</b>")))
        layout.addWidget(self.rejected, 2)
        layout.addWidget(buttons)


class QuestionnaireActions(QObject):
    """Questionnaires of the holder's current round; dialogs are parented to ``parent``."""

    def __init__(self, holder: WorkspaceHolder, parent: QWidget) -> None:
        super().__init__(parent)
        self.holder = holder
        self.parent_widget = parent

    def export(self) -> None:
        session = self.holder.session
        if session is None or session.assessment is None:
            return
        texts = ExportTexts(
            self.tr("Export questionnaire"),
            self.tr("Excel workbook (*.xlsx)"),
            self.tr("Exporting the questionnaire"),
            self.tr("Questionnaire written to %1"),
            self.tr("Export cancelled; nothing was written."),
            self.tr("The workbook cannot be written to %1 (%2)."),
        )
        export_file(
            self.holder,
            self.parent_widget,
            "questionnaire",
            texts,
            data_dir() / f"{session.assessment.title} - questionnaire.xlsx",
            offer_privacy=False,
        )

    def import_(self) -> None:
        from synergy_desktop.formats.excel.reading import WorkbookError  # openpyxl on first use

        session = self.holder.session
        if session is None or session.assessment is None:
            return
        parent = self.parent_widget
        if session.read_only:
            QMessageBox.information(
                parent,
                self.tr("Import questionnaire"),
                self.tr("This round is finalised. Start a new round from it to import answers."),
            )
            return
        session.flush()
        path, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("Import questionnaire"),
            str(data_dir()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        context = session.context
        try:
            preview = context.preview_questionnaire(Path(path), session.assessment.id)
        except (WorkbookError, ServiceError) as exc:
            QMessageBox.warning(parent, self.tr("Import questionnaire"), str(exc))
            return
        if not PreviewDialog(parent, preview).exec():
            self.holder.message.emit(self.tr("Import cancelled; nothing was changed."), 8000)
            return
        try:
            count = context.apply_questionnaire(preview, session.recorded_author)
        except ServiceError as exc:
            QMessageBox.warning(
                parent,
                self.tr("Import questionnaire"),
                arg(self.tr("Nothing was imported: %1"), exc),
            )
            return
        session.select(session.assessment.id)
        self.holder.message.emit(
            arg(self.tr("%n answer field(s) updated from %1", None, count), Path(path).name), 15000
        )
