"""Assessments, answers and their history as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from synergy_desktop.domain.rating import AssessmentStatus, Priority, Rating

#: The answer fields in the order they are shown, exported and recorded in the history.
ANSWER_FIELDS = (
    "rating",
    "priority",
    "conventions",
    "responsible",
    "evidence",
    "gaps",
    "next_steps",
    "target_date",
)
TEXT_FIELDS = ("responsible", "evidence", "gaps", "next_steps")


@dataclass(frozen=True)
class Answer:
    option_id: str
    rating: Rating = Rating.NOT_DISCUSSED
    priority: Priority | None = None
    conventions: tuple[str, ...] = ()
    responsible: str = ""
    evidence: str = ""
    gaps: str = ""
    next_steps: str = ""
    target_date: date | None = None
    updated_by: str = ""
    updated_at: datetime | None = None
    uid: str = ""  # the stable id of the stored answer; "" while the option is unanswered

    @property
    def is_answered(self) -> bool:
        return self.rating.is_answered

    def value(self, name: str) -> object:
        if name not in ANSWER_FIELDS:
            raise KeyError(name)
        return getattr(self, name)


@dataclass(frozen=True)
class AssessmentInfo:
    id: int
    title: str
    period: str
    status: AssessmentStatus
    pack_id: str
    pack_version: str
    pack_hash: str
    participants: tuple[str, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None
    finalised_at: datetime | None = None
    previous_id: int | None = None
    uid: str = ""

    @property
    def is_final(self) -> bool:
        return self.status is AssessmentStatus.FINAL


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    assessment_id: int | None
    option_id: str | None
    field: str
    old_value: str | None
    new_value: str | None
    author: str
    changed_at: datetime
    source: str = ""
    uid: str = ""


@dataclass(frozen=True)
class AreaProgress:
    area_id: str
    total: int
    answered: int
    rated: int
    score: float | None
    option_ids: tuple[str, ...] = field(default=())

    @property
    def completeness(self) -> float:
        return self.answered / self.total if self.total else 0.0


@dataclass(frozen=True)
class Progress:
    areas: tuple[AreaProgress, ...]
    overall: AreaProgress

    def area(self, area_id: str) -> AreaProgress | None:
        return next((a for a in self.areas if a.area_id == area_id), None)


@dataclass(frozen=True)
class SavedAnswer:
    """What a save wrote: the answer as now stored and the history rows it added."""

    answer: Answer
    history: tuple[HistoryEntry, ...] = ()
