"""What every section of the report needs: the data, the language and the formats, with the
small helpers that name options, instruments and dates the same way everywhere."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.assessment import Answer
from synergy_desktop.domain.framework import Area, LocalText, Option
from synergy_desktop.domain.reporting import Obligation, Precision
from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.report.model import LocalFormats, is_right_to_left
from synergy_desktop.text import arg, translate


@dataclass(frozen=True)
class ReportContext:
    data: SummaryData
    lang: str
    formats: LocalFormats = field(default_factory=LocalFormats)

    @property
    def right_to_left(self) -> bool:
        return is_right_to_left(self.lang)

    def text(self, local: LocalText) -> str:
        return local.get(self.lang)

    def label(self, name: str) -> str:
        """A field name as a label before its value ("Evidence:")."""
        return arg(translate("Report", "%1:"), name)

    def answer(self, option: Option) -> Answer:
        return self.data.answers.get(option.id) or Answer(option.id)

    def option_name(self, option: Option) -> str:
        return f"{option.id} {self.text(option.title)}"

    def area_name(self, area: Area) -> str:
        return f"{area.id} {self.text(area.title)}"

    def instrument(self, code: str) -> str:
        names = self.__dict__.get("_instrument_names")
        if names is None:
            names = {i.code: i.short_name.get(self.lang) for i in instruments()}
            object.__setattr__(self, "_instrument_names", names)
        return names.get(code, code)

    def role(self, instrument: str, role: str) -> str:
        for item in instruments():
            if item.code == instrument:
                for candidate in item.roles:
                    if candidate.code == role:
                        return candidate.name.get(self.lang)
        return role

    def day(self, value: date | None) -> str:
        return self.formats.day(value) if value is not None else ""

    def percent(self, share: float | None) -> str:
        return self.formats.percent(share) if share is not None else "–"

    def due(self, obligation: Obligation) -> str:
        due = obligation.due_date
        if due is None or obligation.due_precision is Precision.NONE:
            return translate("Report", "no fixed date")
        if obligation.due_precision is Precision.MONTH:
            return self.formats.month(due)
        if obligation.due_precision is Precision.YEAR:
            return str(due.year)
        return self.formats.day(due)
