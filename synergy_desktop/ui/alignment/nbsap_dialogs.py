"""Dialogs of the NBSAP screen: a national target, a framework of one's own, the import preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.nbsap import NationalTarget, TargetInput
from synergy_desktop.services.target_import import TargetPreview
from synergy_desktop.text import arg
from synergy_desktop.ui.shared.rows_model import rows_view
from synergy_desktop.ui.shared.submit_dialog import SubmitDialog


class TargetDialog(SubmitDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        submit: Callable[[TargetInput], object],
        target: NationalTarget | None = None,
    ) -> None:
        super().__init__(parent, title, lambda: submit(self.value()))
        self.code = self.row(self.tr("&Code:"), QLineEdit(target.code if target else ""))
        self.title_edit = self.row(self.tr("&Title:"), QLineEdit(target.title if target else ""))
        self.description = self.row(
            self.tr("&Description:"), QPlainTextEdit(target.description if target else "")
        )
        self.description.setTabChangesFocus(True)
        self.version = self.row(
            self.tr("NBSAP &version:"), QLineEdit(target.nbsap_version if target else "")
        )
        self.lead = self.row(
            self.tr("&Lead institution:"), QLineEdit(target.lead_institution if target else "")
        )

    def value(self) -> TargetInput:
        return TargetInput(
            self.code.text(),
            self.title_edit.text(),
            self.description.toPlainText(),
            self.version.text(),
            self.lead.text(),
        )


class FrameworkDialog(SubmitDialog):
    def __init__(
        self, parent: QWidget | None, submit: Callable[..., object], lang: str = "en"
    ) -> None:
        super().__init__(
            parent, self.tr("Add a reference framework"), lambda: submit(*self.value())
        )
        self.key = self.row(self.tr("Short &code:"), QLineEdit())
        self.key.setPlaceholderText(self.tr("for example AU-STRATEGY"))
        self.name = self.row(self.tr("&Name:"), QLineEdit())
        self.instrument = self.row(self.tr("&Instrument:"), QComboBox())
        self.instrument.addItem(self.tr("(none)"), "")
        for instrument in instruments():
            self.instrument.addItem(instrument.short_name.get(lang), instrument.code)
        self.source = self.row(self.tr("&Source:"), QLineEdit())
        self.source.setPlaceholderText(self.tr("decision or resolution that adopted it"))
        self.targets = self.row(self.tr("&Goals or targets:"), QPlainTextEdit())
        self.targets.setTabChangesFocus(True)
        self.targets.setPlaceholderText(
            self.tr("One per line, as “code: title”, for example\nG1: Reduce threats to species")
        )

    def value(self) -> tuple[str, str, list[tuple[str, str]], str, str]:
        pairs = []
        for line in self.targets.toPlainText().splitlines():
            code, _, title = line.partition(":")
            pairs.append((code, title))
        return (
            self.key.text(),
            self.name.text(),
            pairs,
            self.instrument.currentData(),
            self.source.text(),
        )


class ImportPreviewDialog(QDialog):
    """What an import would add and every row it would reject; nothing is written until OK."""

    def __init__(self, parent: QWidget | None, preview: TargetPreview) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import national targets"))
        self.resize(760, 520)
        summary = QLabel(
            arg(
                self.tr(
                    "Sheet “%1” of %2: %3 target(s) will be added; %4 row(s) "
                    "are rejected and will not be imported."
                ),
                preview.sheet,
                preview.source,
                len(preview.accepted),
                len(preview.rejected),
            )
        )
        summary.setWordWrap(True)
        self.accepted = rows_view(
            [self.tr("Row"), self.tr("Code"), self.tr("Title"), self.tr("Lead institution")],
            [(str(n), d.code, d.title, d.lead_institution) for n, d in preview.accepted],
        )
        self.rejected = rows_view(
            [self.tr("Row"), self.tr("Reason")],
            [(str(n), reason) for n, reason in preview.rejected],
        )
        self.accepted.setAccessibleName(self.tr("Targets to add"))
        self.rejected.setAccessibleName(self.tr("Rejected rows"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import %n target(s)", None, len(preview.accepted)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(bool(preview.accepted))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("<b>To be added</b>")))
        layout.addWidget(self.accepted, 2)
        layout.addWidget(QLabel(self.tr("<b>Rejected rows</b>")))
        layout.addWidget(self.rejected, 1)
        layout.addWidget(buttons)
