"""Validation and text forms of answer fields (shared by the service, CLI, imports and exports)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from synergy_desktop.content.reference import instrument_codes
from synergy_desktop.domain.assessment import TEXT_FIELDS
from synergy_desktop.domain.rating import Priority, Rating
from synergy_desktop.services.errors import ValidationError
from synergy_desktop.text import arg, translate

# Fits in one spreadsheet cell (Excel holds at most 32,767 characters per cell).
MAX_TEXT = 32_000


def normalise(name: str, value: object) -> object:
    """The canonical value of one answer field, or ValidationError saying what is wrong."""
    if name == "rating":
        try:
            return Rating.parse(value)
        except ValueError:
            raise ValidationError(
                arg(
                    translate(
                        "Answers",
                        'The rating must be 0 to 4, "na" (not applicable) or '
                        '"nyd" (not yet discussed), not "%1".',
                    ),
                    value,
                ),
                name,
            ) from None
    if name == "priority":
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            return Priority(str(value).strip().lower())
        except ValueError:
            raise ValidationError(
                arg(
                    translate("Answers", 'The priority must be high, medium or low, not "%1".'),
                    value,
                ),
                name,
            ) from None
    if name == "conventions":
        return _conventions(value)
    if name in TEXT_FIELDS:
        text = "" if value is None else value
        if not isinstance(text, str):
            raise ValidationError(arg(translate("Answers", "%1 must be text."), name), name)
        if len(text) > MAX_TEXT:
            raise ValidationError(
                arg(
                    translate("Answers", "The text is too long (%1 characters; at most %2)."),
                    len(text),
                    MAX_TEXT,
                ),
                name,
            )
        return text
    if name == "target_date":
        return _date(value)
    raise ValidationError(arg(translate("Answers", 'There is no answer field "%1".'), name), name)


def _conventions(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    items: Iterable[object]
    if isinstance(value, str):
        items = [part for part in value.replace(";", ",").split(",") if part.strip()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = value
    else:
        raise ValidationError(
            translate("Answers", "Conventions must be a list of codes."), "conventions"
        )
    known = instrument_codes()
    lookup = {code.lower(): code for code in known}
    chosen = set()
    for item in items:
        code = lookup.get(str(item).strip().lower())
        if code is None:
            raise ValidationError(
                arg(
                    translate("Answers", '"%1" is not a known convention code. Known codes: %2.'),
                    str(item).strip(),
                    ", ".join(known),
                ),
                "conventions",
            )
        chosen.add(code)
    return tuple(code for code in known if code in chosen)


def _date(value: object) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(
        arg(
            translate("Answers", 'The target date must be a date written as YYYY-MM-DD, not "%1".'),
            value,
        ),
        "target_date",
    )


def to_text(name: str, value: object) -> str | None:
    """The form stored in the change history (None for an empty value)."""
    if value is None or value == () or value == "":
        return None
    if name == "conventions":
        return ", ".join(value)  # type: ignore[arg-type]
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_column(name: str, value: object) -> object:
    """The value stored in the responses table."""
    if name == "rating":
        return value.value  # type: ignore[union-attr]
    if name == "priority":
        return value.value if value is not None else None  # type: ignore[union-attr]
    if name == "conventions":
        return json.dumps(list(value))  # type: ignore[arg-type]
    return value


def from_column(name: str, value: object) -> object:
    if name == "rating":
        return Rating(value)
    if name == "priority":
        return Priority(value) if value else None
    if name == "conventions":
        return tuple(json.loads(value or "[]"))  # type: ignore[arg-type]
    if name in TEXT_FIELDS:
        return value or ""
    return value


def check_lengths(**texts: str) -> None:
    """Refuse any free text longer than one spreadsheet cell can hold (MAX_TEXT)."""
    for name, text in texts.items():
        if text and len(text) > MAX_TEXT:
            raise ValidationError(
                arg(
                    translate("Answers", "The text is too long (%1 characters; at most %2)."),
                    len(text),
                    MAX_TEXT,
                ),
                name,
            )
