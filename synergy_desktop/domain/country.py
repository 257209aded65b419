"""The country profile of a workspace: names, instruments not joined, staleness rule."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    name: str = ""
    short_name: str = ""
    iso3: str = ""
    notes: str = ""
    excluded_instruments: tuple[str, ...] = ()
    stale_after_months: int = 12

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    def active_instruments(self, codes: Iterable[str]) -> tuple[str, ...]:
        """Of ``codes`` (every known instrument), those the country has joined."""
        return tuple(c for c in codes if c not in self.excluded_instruments)
