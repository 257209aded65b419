"""Demo dates that follow the calendar.

The demo files in resources/demo are written as the picture looked on one day, ``as_of`` in
demo_workspace.json. When the demo is created, every date moves forward (or back) by the whole
number of months between that day and today, so a trainer in any year sees the same picture:
a few reports overdue, most ahead, some focal points not confirmed for too long.

In the data, a string that is an ISO date (``2026-06-10``) is a date and moves. In texts, a date
is written as a token and moves with the rest: ``{date:2026-02-28}`` becomes "28 February 2026",
``{month:2026-06}`` "June 2026" and ``{year:2026}`` "2026" (the year whose middle the shift
reaches). Years that belong to the real world (the NBSAP period 2025-2030, a COP held in 2024)
are written plainly and never move.
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
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
TOKEN = re.compile(r"\{(date|month|year):(\d{4}(?:-\d{2}){0,2})\}")


@dataclass(frozen=True)
class DemoClock:
    """Moves the demo's dates from the day they were written (``as_of``) to ``today``."""

    as_of: date
    today: date

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
            moved = self.day(f"{raw}-01")
            return f"{MONTHS[moved.month - 1]} {moved.year}"
        moved = self.day(raw)
        return f"{moved.day} {MONTHS[moved.month - 1]} {moved.year}"

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
