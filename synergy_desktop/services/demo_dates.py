"""Demo dates that follow the calendar.

The demo files in resources/demo are written as the picture looked on one day, ``as_of`` in
demo_workspace.json. When the demo is created, every date moves forward (or back) by the whole
number of months between that day and today, so a trainer in any year sees the same picture:
a few reports overdue, most ahead, some focal points not confirmed for too long.

In the data, a string that is an ISO date (``2026-06-10``) is a date and moves. In texts, a date
is written as a token and moves with the rest: ``{date:2026-02-28}`` becomes "28 February 2026",
``{month:2026-06}`` "June 2026" and ``{year:2026}`` "2026" (the year whose middle the shift
reaches). Years that belong to the real world (the NBSAP period 2025-2030, a COP held in 2024)
are written plainly and never move. A clock made for another language writes the tokens in it
("28 février 2026", "2026年2月28日"), with Western digits as everywhere in the demo's texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from synergy_desktop.domain.focal_points import months_before

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Month names in the other languages: as they stand after a day ("28 février"), then alone
#: ("juin 2026"); Russian needs the genitive after a day and the nominative alone.
_MONTH_NAMES = {
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    ),
    "ar": ("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",),
    "ru": (
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    ),
}


def _names(lang: str, alone: bool) -> tuple[str, ...]:
    forms = _MONTH_NAMES.get(lang)
    if not forms:
        return MONTHS
    return tuple(forms[-1 if alone else 0].split())


def format_day(day: date, lang: str = "en") -> str:
    """A date as the demo's texts write it: "28 February 2026", "28 février 2026"..."""
    month = _names(lang, alone=False)[day.month - 1]
    if lang == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def format_month(day: date, lang: str = "en") -> str:
    """A month as the demo's texts write it: "June 2026", "juin 2026", "2026年6月"..."""
    month = _names(lang, alone=True)[day.month - 1]
    if lang == "zh_CN":
        return f"{day.year}年{day.month}月"
    if lang == "es":
        return f"{month} de {day.year}"
    return f"{month} {day.year}"


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
TOKEN = re.compile(r"\{(date|month|year):(\d{4}(?:-\d{2}){0,2})\}")


@dataclass(frozen=True)
class DemoClock:
    """Moves the demo's dates from the day they were written (``as_of``) to ``today``."""

    as_of: date
    today: date
    lang: str = "en"

    @property
    def months(self) -> int:
        """Whole months to add: the moved ``as_of`` falls in the month up to today, never after
        it, so nothing the demo describes as past lies in the future."""
        months = (self.today.year - self.as_of.year) * 12 + self.today.month - self.as_of.month
        return months - 1 if self.today.day < self.as_of.day else months

    def day(self, value: date | str | None) -> date | None:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            value = date.fromisoformat(value)
        return months_before(value, -self.months)

    def year(self, value: int) -> int:
        return self.day(date(value, 7, 1)).year

    def text(self, value: str) -> str:
        return TOKEN.sub(self._token, value)

    def _token(self, match: re.Match[str]) -> str:
        kind, raw = match.groups()
        if kind == "year":
            return str(self.year(int(raw)))
        if kind == "month":
            return format_month(self.day(f"{raw}-01"), self.lang)
        return format_day(self.day(raw), self.lang)

    def rebase(self, data: Any) -> Any:
        """A copy of ``data`` with every ISO date moved and every date token in texts filled."""
        if isinstance(data, dict):
            return {key: self.rebase(value) for key, value in data.items()}
        if isinstance(data, list):
            return [self.rebase(value) for value in data]
        if isinstance(data, str):
            if ISO_DAY.fullmatch(data):
                return self.day(data).isoformat()
            return self.text(data)
        return data
