"""The preview of a focal-point import: every row that would be added and every rejected row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.formats.excel.reading import WorkbookError
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.services.focal_points import role_name
from synergy_desktop.services.register_import import RegisterPreview
from synergy_desktop.text import arg, number, translate
from synergy_desktop.ui.shared.rows_model import rows_view
from synergy_desktop.ui.shared.tables import fit_columns


class RegisterImportDialog(QDialog):
    """Nothing is written until the import button is pressed; then all rows or none."""

    def __init__(self, parent: QWidget | None, preview: RegisterPreview, lang: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import focal points"))
        self.setAccessibleName(self.tr("Import focal points"))
        self.resize(900, 560)
        where = (
            arg(self.tr("Sheet “%1” of %2"), preview.sheet, preview.source)
            if preview.sheet
            else preview.source
        )
        self.summary = QLabel(
            arg(
                self.tr(
                    "%1: %2 focal point(s) will be added; %3 row(s) are rejected and will not "
                    "be imported. Correct them in the file and import it again, or add them by "
                    "hand afterwards."
                ),
                where,
                len(preview.accepted),
                len(preview.rejected),
            )
        )
        self.summary.setWordWrap(True)
        self.accepted = rows_view(
            [
                self.tr("Row"),
                self.tr("Role"),
                self.tr("Name"),
                self.tr("Position"),
                self.tr("Institution"),
                self.tr("E-mail"),
            ],
            [
                (
                    number(n),
                    role_name(d.instrument, d.role, lang),
                    d.person.name,
                    d.person.position,
                    d.person.institution,
                    d.person.email,
                )
                for n, d in preview.accepted
            ],
        )
        self.rejected = rows_view(
            [self.tr("Row"), self.tr("Reason")],
            [(number(n), reason) for n, reason in preview.rejected],
        )
        fit_columns(self.accepted, 260)
        self.accepted.setAccessibleName(self.tr("Focal points to add"))
        self.rejected.setAccessibleName(self.tr("Rejected rows"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            translate(
                "RegisterImportDialog", "Import %n focal point(s)", None, len(preview.accepted)
            ),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(bool(preview.accepted))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        to_add = QLabel(self.tr("<b>To be added</b>"))
        rejected = QLabel(self.tr("<b>Rejected rows</b>"))
        to_add.setBuddy(self.accepted)
        rejected.setBuddy(self.rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(to_add)
        layout.addWidget(self.accepted, 2)
        layout.addWidget(rejected)
        layout.addWidget(self.rejected, 1)
        layout.addWidget(buttons)


def run_import(parent: QWidget, context: WorkspaceContext, lang: str = "en") -> bool:
    """Choose a file, show its preview, apply it when asked; True when entries were added."""
    title = translate("RegisterImportDialog", "Import focal points")
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        translate(
            "RegisterImportDialog",
            "Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)",
        ),
    )
    if not path:
        return False
    try:
        preview = context.preview_register_import(Path(path))
    except (WorkbookError, ServiceError) as exc:
        QMessageBox.warning(parent, title, str(exc))
        return False
    if not RegisterImportDialog(parent, preview, lang).exec():
        return False
    try:
        added = context.apply_register_import(preview)
    except ServiceError as exc:
        QMessageBox.warning(
            parent, title, arg(translate("RegisterImportDialog", "Nothing was imported: %1"), exc)
        )
        return False
    QMessageBox.information(
        parent,
        title,
        translate("RegisterImportDialog", "%n focal point(s) added.", None, len(added)),
    )
    return True
