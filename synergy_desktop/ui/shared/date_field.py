"""An optional date: a check box ("set a date") and a calendar date edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from synergy_desktop.ui.shared import dates


class OptionalDate(QWidget):
    changed = Signal(object)  # date | None
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(dates.edit_format())
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self._changed)
        self.edit.dateChanged.connect(self._changed)
        self.edit.editingFinished.connect(self.editingFinished)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.setFocusProxy(self.check)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a label's Alt+letter reaches the box

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the new language's date format
            self.edit.setLocale(QLocale())
            self.edit.setDisplayFormat(dates.edit_format())
        super().changeEvent(event)

    def set_texts(self, check_text: str, accessible_name: str) -> None:
        self.check.setText(check_text)
        self.edit.setAccessibleName(accessible_name)
        self.check.setAccessibleName(check_text)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, value: date | None, default: QDate | None = None) -> None:
        blocked = self.blockSignals(True)
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value))
        elif default is not None:
            self.edit.setDate(default)
        self.edit.setEnabled(value is not None and self.isEnabled())
        self.blockSignals(blocked)

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.edit.setEnabled(not read_only and self.check.isChecked())

    def _changed(self) -> None:
        self.edit.setEnabled(self.check.isChecked() and self.check.isEnabled())
        self.changed.emit(self.value())
