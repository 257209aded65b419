"""The country profile of a workspace (one row)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from synergy_desktop.storage.models import CountryProfile
from synergy_desktop.storage.workspace import Workspace


@dataclass(frozen=True)
class Country:
    name: str = ""
    short_name: str = ""
    iso3: str = ""
    notes: str = ""

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


def get_country(workspace: Workspace) -> Country:
    with workspace.session() as session:
        row = session.get(CountryProfile, 1)
        if row is None:
            return Country()
        return Country(row.name, row.short_name, row.iso3, row.notes)


def save_country(workspace: Workspace, country: Country) -> Country:
    with workspace.session() as session, session.begin():
        row = session.get(CountryProfile, 1)
        if row is None:
            row = CountryProfile(id=1)
            session.add(row)
        row.name = country.name.strip()
        row.short_name = country.short_name.strip()
        row.iso3 = country.iso3.strip().upper()[:3]
        row.notes = country.notes
        row.updated_at = datetime.now(UTC)
    return get_country(workspace)
