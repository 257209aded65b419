"""The country profile: names, the instruments the country is Party to, when entries go stale."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.country import Country


class CountryDialog(QDialog):
    def __init__(self, parent: QWidget | None, country: Country, lang: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Country profile"))
        self.name = QLineEdit(country.name)
        self.short_name = QLineEdit(country.short_name)
        self.iso3 = QLineEdit(country.iso3)
        self.iso3.setMaxLength(3)
        self.stale = QSpinBox()
        self.stale.setRange(1, 120)
        self.stale.setValue(country.stale_after_months)
        self.stale.setSuffix(self.tr(" months"))
        for widget, name in (
            (self.name, self.tr("Country name")),
            (self.short_name, self.tr("Short name")),
            (self.iso3, self.tr("ISO code")),
            (self.stale, self.tr("Months before an entry counts as out of date")),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Short name:"), self.short_name)
        form.addRow(self.tr("&ISO code:"), self.iso3)
        form.addRow(self.tr("Entries are out of date after:"), self.stale)
        group = QGroupBox(self.tr("Instruments the country is Party to"))
        grid = QGridLayout(group)
        self.parties: dict[str, QCheckBox] = {}
        for position, instrument in enumerate(instruments()):
            check = QCheckBox(instrument.short_name.get(lang))
            check.setToolTip(instrument.name.get(lang))
            check.setChecked(instrument.code not in country.excluded_instruments)
            self.parties[instrument.code] = check
            grid.addWidget(check, position // 3, position % 3)
        hint = QLabel(
            self.tr(
                "Instruments left unticked disappear from the coverage matrix, the reporting "
                "calendar, the alignment and the evidence on option pages; nothing is deleted, "
                "and they come back when ticked again."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.notes = country.notes

    def value(self) -> Country:
        excluded = tuple(code for code, check in self.parties.items() if not check.isChecked())
        return Country(
            self.name.text(),
            self.short_name.text(),
            self.iso3.text(),
            self.notes,
            excluded,
            self.stale.value(),
        )
