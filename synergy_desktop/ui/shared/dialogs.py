"""Small dialogs: new round, round details, author name, about."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop import __version__
from synergy_desktop.text import arg, translate


class RoundDialog(QDialog):
    """Title and period of a new round (also used for "new round from this one")."""

    def __init__(
        self, parent: QWidget | None, heading: str, title: str = "", period: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.title_edit = QLineEdit(title or arg(self.tr("Self-assessment %1"), date.today().year))
        self.period_edit = QLineEdit(period or str(date.today().year))
        self.title_edit.setAccessibleName(self.tr("Title of the round"))
        self.period_edit.setAccessibleName(self.tr("Period"))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Period:"), self.period_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_edit.selectAll()

    def values(self) -> tuple[str, str]:
        return self.title_edit.text().strip(), self.period_edit.text().strip()


class DetailsDialog(QDialog):
    """The period of a round and who took part (one name per line)."""

    def __init__(self, parent: QWidget | None, period: str, participants: tuple[str, ...]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Round details"))
        self.period_edit = QLineEdit(period)
        self.participants_edit = QPlainTextEdit("\n".join(participants))
        self.participants_edit.setTabChangesFocus(True)
        self.period_edit.setAccessibleName(self.tr("Period"))
        self.participants_edit.setAccessibleName(self.tr("Participants"))
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.period_edit)
        form.addRow(self.tr("P&articipants (one per line):"), self.participants_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, list[str]]:
        return self.period_edit.text(), self.participants_edit.toPlainText().splitlines()


class AuthorDialog(QDialog):
    """Asks for the name the history records; ``title`` and ``explanation`` replace the
    standard ones where the name is asked for another reason (a workshop participant)."""

    def __init__(
        self, parent: QWidget | None, name: str = "", title: str = "", explanation: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Your name"))
        text = QLabel(
            explanation
            or self.tr(
                "Every change is recorded in the history with the name of the "
                "person who made it. Type the name to show, for example "
                "“Amina Diallo, Ministry of Environment”. You can change it "
                "later in Edit > Your name."
            )
        )
        text.setWordWrap(True)
        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def name(self) -> str:
        return self.name_edit.text().strip()


def show_about(parent: QWidget | None, workspace: str) -> None:
    QMessageBox.about(
        parent,
        translate("About", "About Synergy Desktop"),
        arg(
            translate(
                "About",
                "<h3>Synergy Desktop %1</h3><p>An offline tool for national teams working through "
                "the options for synergies among the biodiversity-related conventions (CBD "
                "decision XIII/24, Annex I).</p><p>Workspace: %2</p>",
            ),
            __version__,
            workspace or translate("About", "(none open)"),
        ),
    )
