"""Translatable labels for codes (ratings, priorities, statuses, answer fields)."""

from __future__ import annotations

from synergy_desktop.domain.rating import AssessmentStatus, Priority, Rating
from synergy_desktop.text import QT_TRANSLATE_NOOP, translate

_RATINGS = {
    Rating.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "0 – not started"),
    Rating.PLANNED: QT_TRANSLATE_NOOP("Labels", "1 – planned or initial steps"),
    Rating.PARTLY: QT_TRANSLATE_NOOP("Labels", "2 – partly in place"),
    Rating.LARGELY: QT_TRANSLATE_NOOP("Labels", "3 – largely in place"),
    Rating.FULLY: QT_TRANSLATE_NOOP("Labels", "4 – fully in place"),
    Rating.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Labels", "Not applicable"),
    Rating.NOT_DISCUSSED: QT_TRANSLATE_NOOP("Labels", "Not yet discussed"),
}
_PRIORITIES = {
    Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
}
_STATUSES = {
    AssessmentStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    AssessmentStatus.FINAL: QT_TRANSLATE_NOOP("Labels", "Final"),
}
_FIELDS = {
    "rating": QT_TRANSLATE_NOOP("Labels", "Rating"),
    "priority": QT_TRANSLATE_NOOP("Labels", "Priority"),
    "conventions": QT_TRANSLATE_NOOP("Labels", "Conventions concerned"),
    "responsible": QT_TRANSLATE_NOOP("Labels", "Responsible institution(s)"),
    "evidence": QT_TRANSLATE_NOOP("Labels", "Evidence and notes"),
    "gaps": QT_TRANSLATE_NOOP("Labels", "Gaps and obstacles"),
    "next_steps": QT_TRANSLATE_NOOP("Labels", "Next steps"),
    "target_date": QT_TRANSLATE_NOOP("Labels", "Target date"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "period": QT_TRANSLATE_NOOP("Labels", "Period"),
    "participants": QT_TRANSLATE_NOOP("Labels", "Participants"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "assessment": QT_TRANSLATE_NOOP("Labels", "Round"),
}
_RATING_MEANINGS = {
    Rating.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "Nothing has been done yet."),
    Rating.PLANNED: QT_TRANSLATE_NOOP(
        "Labels", "The step is planned or the first actions have started."
    ),
    Rating.PARTLY: QT_TRANSLATE_NOOP(
        "Labels", "Some elements work, but important parts are missing."
    ),
    Rating.LARGELY: QT_TRANSLATE_NOOP("Labels", "Most elements work; a few gaps remain."),
    Rating.FULLY: QT_TRANSLATE_NOOP(
        "Labels", "The option is fully in place and works in practice."
    ),
    Rating.NOT_APPLICABLE: QT_TRANSLATE_NOOP(
        "Labels", "The option does not apply to this country; it is left out of the scores."
    ),
    Rating.NOT_DISCUSSED: QT_TRANSLATE_NOOP(
        "Labels", "The team has not discussed this option yet."
    ),
}


def rating_label(rating: Rating) -> str:
    return translate("Labels", _RATINGS[rating])


def rating_meaning(rating: Rating) -> str:
    return translate("Labels", _RATING_MEANINGS[rating])


def priority_label(priority: Priority | None) -> str:
    return translate("Labels", _PRIORITIES[priority]) if priority else ""


def status_label(status: AssessmentStatus) -> str:
    return translate("Labels", _STATUSES[status])


def field_label(name: str) -> str:
    source = _FIELDS.get(name)
    return translate("Labels", source) if source else name


_EVIDENCE = {
    "focal_points": QT_TRANSLATE_NOOP("Labels", "focal-point register"),
    "coordination": QT_TRANSLATE_NOOP("Labels", "coordination mechanism"),
    "nbsap": QT_TRANSLATE_NOOP("Labels", "NBSAP alignment"),
    "reporting": QT_TRANSLATE_NOOP("Labels", "reporting calendar"),
    "datasets": QT_TRANSLATE_NOOP("Labels", "shared datasets"),
}


def evidence_label(module: str) -> str:
    source = _EVIDENCE.get(module)
    return translate("Labels", source) if source else module
