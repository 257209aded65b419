"""The country profile of a workspace (one row): names, instruments not joined, staleness rule."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from synergy_desktop.content.reference import instrument_codes
from synergy_desktop.domain.country import Country
from synergy_desktop.services.errors import ValidationError, guard_storage
from synergy_desktop.storage.models import CountryProfile
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate


@guard_storage
def get_country(workspace: Workspace) -> Country:
    with workspace.session() as session:
        row = session.get(CountryProfile, 1)
        if row is None:
            return Country()
        return Country(
            row.name,
            row.short_name,
            row.iso3,
            row.notes,
            tuple(json.loads(row.excluded_instruments or "[]")),
            row.stale_after_months or 12,
        )


@guard_storage
def save_country(workspace: Workspace, country: Country) -> Country:
    unknown = [c for c in country.excluded_instruments if c not in instrument_codes()]
    if unknown:
        raise ValidationError(
            arg(translate("Country", "Unknown instrument code: %1."), ", ".join(unknown))
        )
    if not 1 <= country.stale_after_months <= 120:
        raise ValidationError(
            translate(
                "Country", "An entry counts as out of date after 1 to 120 months without a check."
            )
        )
    with workspace.write() as session:
        row = session.get(CountryProfile, 1)
        if row is None:
            row = CountryProfile(id=1)
            session.add(row)
        row.name = country.name.strip()
        row.short_name = country.short_name.strip()
        row.iso3 = country.iso3.strip().upper()[:3]
        row.notes = country.notes
        row.excluded_instruments = json.dumps(list(country.excluded_instruments))
        row.stale_after_months = country.stale_after_months
        row.updated_at = datetime.now(UTC)
    return get_country(workspace)
