"""The rating scale, priorities and assessment status."""

from __future__ import annotations

from enum import StrEnum


class Rating(StrEnum):
    """Ordinal 0-4 plus two special values.

    ``NOT_APPLICABLE`` is answered but excluded from scores; ``NOT_DISCUSSED`` means unanswered.
    """

    NOT_STARTED = "0"
    PLANNED = "1"
    PARTLY = "2"
    LARGELY = "3"
    FULLY = "4"
    NOT_APPLICABLE = "na"
    NOT_DISCUSSED = "nyd"

    @property
    def score(self) -> int | None:
        """The numeric value used in scores, or None for the two special values."""
        return int(self.value) if self.value.isdigit() else None

    @property
    def is_answered(self) -> bool:
        return self is not Rating.NOT_DISCUSSED

    @classmethod
    def parse(cls, value: object) -> Rating:
        """Accept a Rating, an int 0-4, or the text forms ("0".."4", "na", "nyd").

        Raises ValueError with the offending value for anything else.
        """
        if isinstance(value, Rating):
            return value
        if isinstance(value, bool):
            raise ValueError(value)
        if isinstance(value, int):
            text = str(value)
        elif isinstance(value, str):
            text = value.strip().lower()
        else:
            raise ValueError(value)
        try:
            return cls(text)
        except ValueError:
            raise ValueError(value) from None


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
