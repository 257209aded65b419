"""Dialogs of the reporting calendar: an obligation, a dataset, a submission date."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import FocalPoint
from synergy_desktop.domain.reporting import (
    Dataset,
    DatasetInput,
    Obligation,
    ObligationInput,
    Precision,
)
from synergy_desktop.services.focal_points import role_name
from synergy_desktop.ui.shared.date_field import OptionalDate
from synergy_desktop.ui.shared.submit_dialog import SubmitDialog


class ObligationDialog(SubmitDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        submit: Callable[[ObligationInput], object],
        holders: list[FocalPoint],
        obligation: Obligation | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent, title, lambda: submit(self.value()))
        self.instrument = self.row(self.tr("&Instrument:"), QComboBox())
        for instrument in instruments():
            self.instrument.addItem(instrument.short_name.get(lang), instrument.code)
        self.title_edit = self.row(self.tr("&Report:"), QLineEdit())
        self.cycle = self.row(self.tr("&Cycle:"), QLineEdit())
        self.interval = self.row(self.tr("Repeats e&very:"), QSpinBox())
        self.interval.setRange(0, 240)
        self.interval.setSpecialValueText(self.tr("does not repeat"))
        self.interval.setSuffix(self.tr(" months"))
        self.due = self.row(self.tr("&Due:"), OptionalDate())
        self.due.set_texts(self.tr("Known"), self.tr("Due date"))
        self.precision = self.row(self.tr("Date &precision:"), QComboBox())
        for precision, text in (
            (Precision.DAY, self.tr("exact day")),
            (Precision.MONTH, self.tr("month only")),
            (Precision.YEAR, self.tr("year only")),
        ):
            self.precision.addItem(text, precision.value)
        self.responsible = self.row(self.tr("Responsible &focal point:"), QComboBox())
        self.responsible.addItem(self.tr("(nobody yet)"), None)
        for holder in holders:
            self.responsible.addItem(
                f"{holder.person.label} — {role_name(holder.instrument, holder.role, lang)}",
                holder.id,
            )
        self.notes = self.row(self.tr("&Notes:"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        if obligation is not None:
            self.instrument.setCurrentIndex(self.instrument.findData(obligation.instrument))
            self.title_edit.setText(obligation.title)
            self.cycle.setText(obligation.cycle)
            self.interval.setValue(obligation.interval_months or 0)
            self.due.set_value(obligation.due_date)
            self.precision.setCurrentIndex(
                max(0, self.precision.findData(obligation.due_precision.value))
            )
            self.responsible.setCurrentIndex(
                max(0, self.responsible.findData(obligation.responsible_id))
            )
            self.notes.setPlainText(obligation.notes)

    def value(self) -> ObligationInput:
        return ObligationInput(
            self.instrument.currentData(),
            self.title_edit.text(),
            self.cycle.text(),
            self.interval.value() or None,
            self.due.value(),
            Precision(self.precision.currentData()),
            self.responsible.currentData(),
            self.notes.toPlainText(),
        )


class DatasetDialog(SubmitDialog):
    """A dataset and the reports it feeds (tick them in the list)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        submit: Callable[[DatasetInput, list[int]], object],
        obligations: list[Obligation],
        dataset: Dataset | None = None,
    ) -> None:
        super().__init__(parent, title, lambda: submit(self.value(), self.feeds()))
        self.name = self.row(self.tr("&Name:"), QLineEdit(dataset.name if dataset else ""))
        self.custodian = self.row(
            self.tr("&Custodian:"), QLineEdit(dataset.custodian if dataset else "")
        )
        self.frequency = self.row(
            self.tr("&Updated:"), QLineEdit(dataset.update_frequency if dataset else "")
        )
        self.frequency.setPlaceholderText(self.tr("for example every year"))
        self.last = self.row(self.tr("&Last update:"), OptionalDate())
        self.last.set_texts(self.tr("Known"), self.tr("Last update"))
        self.last.set_value(dataset.last_updated if dataset else None, QDate.currentDate())
        self.notes = self.row(self.tr("N&otes:"), QPlainTextEdit(dataset.notes if dataset else ""))
        self.notes.setTabChangesFocus(True)
        self.reports = self.row(self.tr("&Reports it feeds:"), QListWidget())
        chosen = set(dataset.obligation_ids) if dataset else set()
        for obligation in obligations:
            item = QListWidgetItem(f"{obligation.instrument} — {obligation.title}")
            item.setData(Qt.ItemDataRole.UserRole, obligation.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if obligation.id in chosen else Qt.CheckState.Unchecked
            )
            self.reports.addItem(item)

    def value(self) -> DatasetInput:
        return DatasetInput(
            self.name.text(),
            self.custodian.text(),
            self.frequency.text(),
            self.last.value(),
            self.notes.toPlainText(),
        )

    def feeds(self) -> list[int]:
        return [
            self.reports.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.reports.count())
            if self.reports.item(i).checkState() == Qt.CheckState.Checked
        ]
