"""Add, edit or change the holder of a focal-point entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import FocalPoint, FocalPointInput, Person
from synergy_desktop.services.errors import ServiceError, ValidationError
from synergy_desktop.services.focal_points import PERSON_FIELDS
from synergy_desktop.text import arg
from synergy_desktop.ui.shared import dates
from synergy_desktop.ui.shared.date_field import OptionalDate


class FocalPointDialog(QDialog):
    """``submit`` receives the input and saves it; a ValidationError keeps the dialog open."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        lang: str,
        contacts: list[tuple[int, Person]],
        submit: Callable[[FocalPointInput], object],
        *,
        entry: FocalPoint | None = None,
        change_holder: bool = False,
        handover: FocalPoint | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        self.lang = lang
        self.change_holder = change_holder
        self.contacts = dict(contacts)
        self.result_value: object = None
        form = QFormLayout()
        self.instrument = QComboBox()
        for instrument in instruments():
            self.instrument.addItem(instrument.short_name.get(lang), instrument.code)
        self.role = QComboBox()
        self.instrument.currentIndexChanged.connect(self._fill_roles)
        self.person = QComboBox()
        self.person.addItem(self.tr("A new person"), None)
        for contact_id, person in contacts:
            self.person.addItem(f"{person.label} — {person.institution}", contact_id)
        self.person.currentIndexChanged.connect(self._person_chosen)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        labels = {
            "prefix": self.tr("Prefi&x:"),
            "first_name": self.tr("&First name:"),
            "last_name": self.tr("&Last name:"),
            "position": self.tr("P&osition:"),
            "institution": self.tr("&Institution:"),
            "department": self.tr("&Department:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("P&hone:"),
            "address": self.tr("&Address:"),
        }
        form.addRow(self.tr("Ins&trument:"), self.instrument)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Person:"), self.person)
        for name in PERSON_FIELDS:
            widget = QPlainTextEdit() if name == "address" else QLineEdit()
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(60)
            widget.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            self.fields[name] = widget
            form.addRow(labels[name], widget)
        self.primary = QCheckBox(self.tr("Primary contact for this instrument"))
        form.addRow("", self.primary)
        self.designated = OptionalDate()
        self.designated.set_texts(self.tr("Known"), self.tr("Designation date"))
        form.addRow(self.tr("Desi&gnated on:"), self.designated)
        self.verified = OptionalDate()
        self.verified.set_texts(self.tr("Checked"), self.tr("Date last verified"))
        form.addRow(self.tr("Last &verified:"), self.verified)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.notes.setAccessibleName(self.tr("Notes"))
        form.addRow(self.tr("&Notes:"), self.notes)
        self.change_date = QLineEdit(date.today().isoformat())
        self.handover_note = QPlainTextEdit()
        self.handover_note.setTabChangesFocus(True)
        if change_holder:
            self.change_date.setAccessibleName(self.tr("Date of the change"))
            self.handover_note.setAccessibleName(self.tr("Hand-over note"))
            self.handover_note.setPlaceholderText(
                self.tr("What the new holder needs to know: open files, deadlines, contacts…")
            )
            form.addRow(self.tr("Date of the &change (YYYY-MM-DD):"), self.change_date)
            form.addRow(self.tr("&Hand-over note:"), self.handover_note)
        self.handover = QLabel()
        self.handover.setWordWrap(True)
        if handover is not None and handover.handover_note:
            self.handover.setText(
                arg(
                    self.tr("<b>Hand-over note from %1 (until %2):</b> %3"),
                    handover.person.label,
                    dates.short_date(handover.ended_on),
                    handover.handover_note,
                )
            )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000")
        self.error.setAccessibleName(self.tr("Problem"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.handover)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fill_roles()
        if entry is not None:
            self._load(entry)
        self.instrument.setEnabled(not change_holder)
        self.role.setEnabled(not change_holder)

    def _fill_roles(self) -> None:
        code = self.instrument.currentData()
        self.role.clear()
        for instrument in instruments():
            if instrument.code == code:
                for role in instrument.roles:
                    self.role.addItem(role.name.get(self.lang), role.code)

    def _person_chosen(self) -> None:
        contact_id = self.person.currentData()
        person = self.contacts.get(contact_id, Person()) if contact_id is not None else Person()
        for name, widget in self.fields.items():
            _set(widget, getattr(person, name))

    def _load(self, entry: FocalPoint) -> None:
        self.instrument.setCurrentIndex(self.instrument.findData(entry.instrument))
        self.role.setCurrentIndex(self.role.findData(entry.role))
        if self.change_holder:
            return  # a new holder starts from an empty form
        self.person.setCurrentIndex(max(0, self.person.findData(entry.contact_id)))
        for name, widget in self.fields.items():
            _set(widget, getattr(entry.person, name))
        self.primary.setChecked(entry.is_primary)
        self.designated.set_value(entry.designated_on)
        self.verified.set_value(entry.verified_on)
        self.notes.setPlainText(entry.notes)

    def value(self) -> FocalPointInput:
        person = Person(**{name: _get(widget) for name, widget in self.fields.items()})
        return FocalPointInput(
            instrument=self.instrument.currentData(),
            role=self.role.currentData(),
            person=person,
            contact_id=self.person.currentData(),
            is_primary=self.primary.isChecked(),
            designated_on=self.designated.value(),
            verified_on=self.verified.value(),
            notes=self.notes.toPlainText(),
        )

    def change_day(self) -> date:
        try:
            return date.fromisoformat(self.change_date.text().strip())
        except ValueError:
            raise ValidationError(
                arg(
                    self.tr("The date of the change must be written as YYYY-MM-DD, not “%1”."),
                    self.change_date.text(),
                ),
                "change_date",
            ) from None

    def _accept(self) -> None:
        try:
            self.result_value = self.submit(self.value())
        except ValidationError as exc:
            self.error.setText(str(exc))
            widget = self.fields.get(exc.field) or {
                "verified_on": self.verified,
                "change_date": self.change_date,
                "role": self.role,
            }.get(exc.field)
            if widget is not None:
                widget.setFocus()
            return
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


def _set(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def _get(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
