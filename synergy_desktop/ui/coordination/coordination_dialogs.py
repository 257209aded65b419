"""Dialogs of the coordination screen: a member, a meeting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.domain.focal_points import MeetingRecord, Person
from synergy_desktop.ui.shared import dates


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class MemberDialog(QDialog):
    def __init__(self, parent: QWidget | None, contacts: list[tuple[int, Person]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a member"))
        self.person = QComboBox()
        self.person.addItem(self.tr("(an institution, not a person of the register)"), None)
        for contact_id, person in contacts:
            self.person.addItem(f"{person.label} — {person.institution}", contact_id)
        self.institution = QLineEdit()
        self.person.currentIndexChanged.connect(
            lambda: self.institution.setEnabled(self.person.currentData() is None)
        )
        self.person.setAccessibleName(self.tr("Person from the register"))
        self.institution.setAccessibleName(self.tr("Institution"))
        form = QFormLayout()
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("&Institution:"), self.institution)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def value(self) -> tuple[int | None, str]:
        return self.person.currentData(), self.institution.text()


class MeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None, meeting: MeetingRecord | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting") if meeting else self.tr("Record a meeting"))
        self.meeting_id = meeting.id if meeting else 0
        self.held_on = QDateEdit(QDate(meeting.held_on) if meeting else QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(dates.edit_format())
        self.participants = QLineEdit(meeting.participants if meeting else "")
        self.decisions = QPlainTextEdit(meeting.decisions if meeting else "")
        self.next_steps = QPlainTextEdit(meeting.next_steps if meeting else "")
        for box in (self.decisions, self.next_steps):
            box.setTabChangesFocus(True)
        self.held_on.setAccessibleName(self.tr("Date"))
        self.participants.setAccessibleName(self.tr("Participants"))
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.next_steps.setAccessibleName(self.tr("Next steps"))
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("&Participants:"), self.participants)
        form.addRow(self.tr("D&ecisions:"), self.decisions)
        form.addRow(self.tr("&Next steps:"), self.next_steps)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def value(self) -> MeetingRecord:
        held_on: date = self.held_on.date().toPython()
        return MeetingRecord(
            self.meeting_id,
            held_on,
            self.participants.text(),
            self.decisions.toPlainText(),
            self.next_steps.toPlainText(),
        )
