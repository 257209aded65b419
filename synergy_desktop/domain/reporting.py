"""Reporting obligations, datasets and the deadline rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from synergy_desktop.domain.focal_points import months_before


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PREPARATION = "in_preparation"
    SUBMITTED = "submitted"


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    NONE = "none"


@dataclass(frozen=True)
class Obligation:
    id: int
    instrument: str
    title: str
    cycle: str = ""
    interval_months: int | None = None
    due_date: date | None = None
    due_precision: Precision = Precision.DAY
    status: Status = Status.NOT_STARTED
    submitted_on: date | None = None
    responsible_id: int | None = None
    responsible: str = ""
    notes: str = ""
    reference_key: str = ""
    checked_on: date | None = None
    dataset_ids: tuple[int, ...] = ()
    uid: str = ""

    def days_left(self, today: date) -> int | None:
        return None if self.due_date is None else (self.due_date - today).days

    def is_overdue(self, today: date) -> bool:
        return (
            self.status is not Status.SUBMITTED
            and self.due_date is not None
            and self.due_date < today
        )

    def is_open(self) -> bool:
        return self.status is not Status.SUBMITTED


@dataclass(frozen=True)
class Dataset:
    id: int
    name: str
    custodian: str = ""
    update_frequency: str = ""
    last_updated: date | None = None
    notes: str = ""
    obligation_ids: tuple[int, ...] = ()
    uid: str = ""

    @property
    def is_shared(self) -> bool:
        return len(self.obligation_ids) >= 2


def next_due(due: date, interval_months: int) -> date:
    """The same day ``interval_months`` later (month ends are kept where they exist)."""
    return months_before(due, -interval_months)


def first_cycle(due: date, interval_months: int, today: date) -> date:
    """The first deadline of a recurring obligation on or after ``today``: ``due`` itself, or
    the cycle that follows it (counted from ``due``, so that month ends do not drift)."""
    if due >= today:
        return due
    behind = (today.year - due.year) * 12 + today.month - due.month
    cycles = max(1, behind // interval_months - 1)  # a count of cycles that is still too early
    while months_before(due, -cycles * interval_months) < today:
        cycles += 1
    return months_before(due, -cycles * interval_months)


def upcoming(
    obligations: Iterable[Obligation], today: date, horizon_months: int | None = None
) -> list[Obligation]:
    """Open obligations with a date, overdue first then by date; within the horizon if given."""
    until = months_before(today, -horizon_months) if horizon_months else None
    rows = [
        o
        for o in obligations
        if o.is_open() and o.due_date is not None and (until is None or o.due_date <= until)
    ]
    return sorted(rows, key=lambda o: (o.due_date, o.instrument, o.title))


def shared_datasets(datasets: Iterable[Dataset]) -> list[Dataset]:
    return [d for d in datasets if d.is_shared]


@dataclass(frozen=True)
class ObligationInput:
    instrument: str
    title: str
    cycle: str = ""
    interval_months: int | None = None
    due_date: date | None = None
    due_precision: Precision = Precision.DAY
    responsible_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class DatasetInput:
    name: str
    custodian: str = ""
    update_frequency: str = ""
    last_updated: date | None = None
    notes: str = ""
