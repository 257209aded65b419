"""What the dashboard and the round comparison show, as plain data (no Qt).

The functions take the services they read (a workspace context hands them out), so the window,
the command line and tests use the same figures: the progress of every round in order, the next
reporting deadlines, and two rounds compared option by option.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from synergy_desktop.domain.assessment import AssessmentInfo, Progress
from synergy_desktop.domain.reporting import Obligation, upcoming
from synergy_desktop.domain.round_comparison import OptionComparison, compare_answers
from synergy_desktop.domain.scoring import compute_progress
from synergy_desktop.services.assessments import AssessmentService

_EARLIEST = datetime.min


@dataclass(frozen=True)
class RoundScores:
    """One round and its completeness and score per area."""

    info: AssessmentInfo
    progress: Progress

    def score(self, area_id: str) -> float | None:
        area = self.progress.area(area_id)
        return area.score if area is not None else None


@dataclass(frozen=True)
class Deadline:
    obligation: Obligation
    days_left: int
    overdue: bool


@dataclass(frozen=True)
class RoundComparison:
    before: RoundScores
    after: RoundScores
    options: tuple[OptionComparison, ...]

    @property
    def changed(self) -> tuple[OptionComparison, ...]:
        return tuple(row for row in self.options if row.changed)


def in_order(rounds: Iterable[AssessmentInfo]) -> list[AssessmentInfo]:
    """Rounds oldest first: by creation time, then id."""

    def key(info: AssessmentInfo) -> tuple[datetime, int]:
        created = info.created_at.replace(tzinfo=None) if info.created_at else _EARLIEST
        return created, info.id

    return sorted(rounds, key=key)


def round_scores(assessments: AssessmentService) -> list[RoundScores]:
    """Every round of the workspace with its progress, oldest first (one read per round)."""
    return [
        RoundScores(info, assessments.progress(info.id))
        for info in in_order(assessments.list_assessments())
    ]


def earlier_round(rounds: list[AssessmentInfo], current_id: int | None) -> int | None:
    """The round to compare ``current_id`` with: the one it was started from when that still
    exists, else the round just before it in time (None when there is none)."""
    ordered = in_order(rounds)
    ids = [info.id for info in ordered]
    if current_id not in ids:
        return None
    current = ordered[ids.index(current_id)]
    if current.previous_id in ids:
        return current.previous_id
    position = ids.index(current_id)
    return ids[position - 1] if position > 0 else None


def next_deadlines(obligations: Iterable[Obligation], today: date, limit: int) -> list[Deadline]:
    """The open, dated obligations, overdue first then by date, at most ``limit``."""
    rows = upcoming(obligations, today)[:limit]
    return [Deadline(o, o.days_left(today), o.is_overdue(today)) for o in rows]


def compare_rounds(
    assessments: AssessmentService, before_id: int, after_id: int
) -> RoundComparison:
    """Round ``before_id`` against round ``after_id``, option by option (the framework of the
    service decides which options are listed)."""
    framework = assessments.framework
    old, new = assessments.answers(before_id), assessments.answers(after_id)
    return RoundComparison(
        RoundScores(assessments.get(before_id), compute_progress(framework, old)),
        RoundScores(assessments.get(after_id), compute_progress(framework, new)),
        compare_answers(framework, old, new),
    )
