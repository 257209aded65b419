"""Two rounds of the same framework side by side: what changed, option by option.

The rating moves up or down by a number of steps on the 0-4 scale, or changes kind (an option
answered for the first time, no longer answered, or moved to or from "not applicable"). Every
other answer field is compared as added, changed or removed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from synergy_desktop.domain.assessment import ANSWER_FIELDS, Answer
from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.rating import Rating

#: The fields compared besides the rating, in the order they are listed.
COMPARED_FIELDS = tuple(name for name in ANSWER_FIELDS if name != "rating")


class Direction(StrEnum):
    UP = "up"  # a higher rating on the 0-4 scale
    DOWN = "down"  # a lower rating
    SAME = "same"  # the same rating (or still not discussed)
    ANSWERED = "answered"  # not discussed before, answered now
    UNANSWERED = "unanswered"  # answered before, not discussed now
    APPLICABILITY = "applicability"  # to or from "not applicable"


class FieldChange(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


def rating_direction(before: Rating, after: Rating) -> tuple[Direction, int]:
    """How the rating moved, and by how many steps (0 unless both are on the 0-4 scale)."""
    if before.score is not None and after.score is not None:
        steps = after.score - before.score
        if steps > 0:
            return Direction.UP, steps
        if steps < 0:
            return Direction.DOWN, steps
        return Direction.SAME, 0
    if before is after:
        return Direction.SAME, 0
    if not before.is_answered:
        return Direction.ANSWERED, 0
    if not after.is_answered:
        return Direction.UNANSWERED, 0
    return Direction.APPLICABILITY, 0


def _empty(value: object) -> bool:
    return value is None or value == "" or value == ()


def field_change(before: object, after: object) -> FieldChange | None:
    if before == after:
        return None
    if _empty(before):
        return FieldChange.ADDED
    if _empty(after):
        return FieldChange.REMOVED
    return FieldChange.CHANGED


@dataclass(frozen=True)
class OptionComparison:
    option_id: str
    area_id: str
    before: Answer
    after: Answer
    direction: Direction
    steps: int
    fields: tuple[tuple[str, FieldChange], ...]  # the other fields that differ, in order

    @property
    def changed(self) -> bool:
        return self.direction is not Direction.SAME or bool(self.fields)

    def field(self, name: str) -> FieldChange | None:
        return dict(self.fields).get(name)


def compare_answers(
    framework: Framework, before: Mapping[str, Answer], after: Mapping[str, Answer]
) -> tuple[OptionComparison, ...]:
    """Every option of ``framework``, in its order, with what changed from ``before`` to
    ``after``."""
    rows = []
    for option in framework.options:
        old = before.get(option.id, Answer(option.id))
        new = after.get(option.id, Answer(option.id))
        direction, steps = rating_direction(old.rating, new.rating)
        fields = tuple(
            (name, change)
            for name in COMPARED_FIELDS
            if (change := field_change(old.value(name), new.value(name))) is not None
        )
        rows.append(OptionComparison(option.id, option.area_id, old, new, direction, steps, fields))
    return tuple(rows)
