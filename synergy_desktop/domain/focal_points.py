"""Focal points, coverage of roles, and coordination mechanisms as plain data and rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from synergy_desktop.domain.framework import Instrument

PERSONAL_FIELDS = ("prefix", "first_name", "last_name", "email", "phone", "address")


@dataclass(frozen=True)
class Person:
    prefix: str = ""
    first_name: str = ""
    last_name: str = ""
    position: str = ""
    institution: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.prefix, self.first_name, self.last_name) if p)

    @property
    def label(self) -> str:
        """The name, else the position: how the person is shown in lists."""
        return self.name or self.position


@dataclass(frozen=True)
class FocalPoint:
    id: int
    contact_id: int
    person: Person
    instrument: str
    role: str
    is_primary: bool = False
    designated_on: date | None = None
    verified_on: date | None = None
    ended_on: date | None = None
    handover_note: str = ""
    notes: str = ""
    successor_id: int | None = None
    uid: str = ""
    contact_uid: str = ""  # the person's stable id, shared by all the roles they hold

    @property
    def is_current(self) -> bool:
        return self.ended_on is None


@dataclass(frozen=True)
class FocalPointInput:
    """What a user enters; ``contact_id`` reuses an existing person (whose details it updates)."""

    instrument: str
    role: str
    person: Person
    contact_id: int | None = None
    is_primary: bool = False
    designated_on: date | None = None
    verified_on: date | None = None
    notes: str = ""


class CoverageStatus(StrEnum):
    FILLED = "filled"
    STALE = "stale"
    MISSING = "missing"


@dataclass(frozen=True)
class CoverageCell:
    instrument: str
    role: str
    status: CoverageStatus
    holders: tuple[str, ...] = ()
    oldest_check: date | None = None


@dataclass(frozen=True)
class Coverage:
    cells: tuple[CoverageCell, ...]
    stale_after_months: int
    excluded: tuple[str, ...] = ()

    def cell(self, instrument: str, role: str) -> CoverageCell | None:
        return next((c for c in self.cells if c.instrument == instrument and c.role == role), None)

    def count(self, status: CoverageStatus) -> int:
        return sum(1 for c in self.cells if c.status is status)

    @property
    def total(self) -> int:
        return len(self.cells)

    @property
    def filled(self) -> int:
        """Roles with a holder (stale ones included)."""
        return self.total - self.count(CoverageStatus.MISSING)


def months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


def is_stale(verified_on: date | None, today: date, months: int) -> bool:
    return verified_on is None or verified_on < months_before(today, months)


def compute_coverage(
    instruments: Iterable[Instrument],
    entries: Iterable[FocalPoint],
    today: date,
    stale_after_months: int,
    excluded: Iterable[str] = (),
) -> Coverage:
    excluded = tuple(excluded)
    current: dict[tuple[str, str], list[FocalPoint]] = {}
    for entry in entries:
        if entry.is_current:
            current.setdefault((entry.instrument, entry.role), []).append(entry)
    cells = []
    for instrument in instruments:
        if instrument.code in excluded:
            continue
        for role in instrument.roles:
            holders = current.get((instrument.code, role.code), [])
            if not holders:
                cells.append(CoverageCell(instrument.code, role.code, CoverageStatus.MISSING))
                continue
            checks = [h.verified_on for h in holders]
            stale = any(is_stale(c, today, stale_after_months) for c in checks)
            known = [c for c in checks if c is not None]
            cells.append(
                CoverageCell(
                    instrument.code,
                    role.code,
                    CoverageStatus.STALE if stale else CoverageStatus.FILLED,
                    tuple(h.person.label for h in holders),
                    None if None in checks else min(known),
                )
            )
    return Coverage(tuple(cells), stale_after_months, excluded)


@dataclass(frozen=True)
class Member:
    id: int
    contact_id: int | None
    label: str
    institution: str
    uid: str = ""


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    held_on: date
    participants: str = ""
    decisions: str = ""
    next_steps: str = ""
    uid: str = ""


@dataclass(frozen=True)
class Mechanism:
    id: int
    name: str
    legal_basis: str = ""
    mandate: str = ""
    chair_institution: str = ""
    secretariat: str = ""
    meetings_per_year: int = 0
    notes: str = ""
    members: tuple[Member, ...] = field(default=())
    meetings: tuple[MeetingRecord, ...] = field(default=())
    uid: str = ""


@dataclass(frozen=True)
class MechanismStatus:
    meetings_last_year: int
    planned_per_year: int
    absent_instruments: tuple[str, ...]

    @property
    def meets_as_planned(self) -> bool:
        return self.meetings_last_year >= self.planned_per_year


def mechanism_status(
    mechanism: Mechanism,
    entries: Iterable[FocalPoint],
    instrument_codes: Iterable[str],
    today: date,
) -> MechanismStatus:
    """Meetings in the 12 months up to today, and instruments none of whose current focal
    points is a member."""
    since = months_before(today, 12)
    held = sum(1 for m in mechanism.meetings if since < m.held_on <= today)
    members = {m.contact_id for m in mechanism.members if m.contact_id is not None}
    holders: dict[str, set[int]] = {}
    for entry in entries:
        if entry.is_current:
            holders.setdefault(entry.instrument, set()).add(entry.contact_id)
    absent = tuple(
        code for code in instrument_codes if code in holders and not holders[code] & members
    )
    return MechanismStatus(held, mechanism.meetings_per_year, absent)


@dataclass(frozen=True)
class MechanismInput:
    name: str
    legal_basis: str = ""
    mandate: str = ""
    chair_institution: str = ""
    secretariat: str = ""
    meetings_per_year: int = 0
    notes: str = ""
