"""The value of one answer cell of a questionnaire, or the reason it cannot be taken.

List entries start with a code that is the same in every language ("2 – ...", "NA – ...",
"H – ..."), so a questionnaire filled in any language can be read back."""

from __future__ import annotations

from datetime import date, datetime

from synergy_desktop.domain.rating import Priority, Rating
from synergy_desktop.services import answer_fields
from synergy_desktop.services.errors import ValidationError
from synergy_desktop.text import arg, translate

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)
MAX_SHOWN = 40  # characters of a rejected value repeated in its reason
MAX_CONVENTIONS_TEXT = 2_000
RATINGS = {
    "0": Rating.NOT_STARTED,
    "1": Rating.PLANNED,
    "2": Rating.PARTLY,
    "3": Rating.LARGELY,
    "4": Rating.FULLY,
    "NA": Rating.NOT_APPLICABLE,
    "N/A": Rating.NOT_APPLICABLE,
    "ND": Rating.NOT_DISCUSSED,
    "NYD": Rating.NOT_DISCUSSED,
}
PRIORITIES = {"H": Priority.HIGH, "M": Priority.MEDIUM, "L": Priority.LOW}


def _code(value: object) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value in range(5):
        return str(int(value))  # a rating typed as a number (also 2.0); never float(huge int)
    text = "" if value is None else str(value).strip()
    for dash in ("–", "-", "—"):
        if dash in text:
            text = text.split(dash, 1)[0]
            break
    return text.strip().upper()


def text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def shown(value: object) -> str:
    """A value repeated in a message: shortened, invisible characters as spaces."""
    text = text_of(value)
    text = text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"
    return "".join(char if char.isprintable() else " " for char in text)


def parse_answer(name: str, value: object) -> object:
    """The value of one answer cell, or ValueError with the reason."""
    if name == "rating":
        if value is None or text_of(value) == "":
            return Rating.NOT_DISCUSSED
        rating = RATINGS.get(_code(value))
        if rating is None:
            raise ValueError(arg(translate("Questionnaire", "unknown rating “%1”"), shown(value)))
        return rating
    if name == "priority":
        if value is None or text_of(value) == "":
            return None
        priority = PRIORITIES.get(_code(value)[:1]) if _code(value) else None
        if priority is None:
            raise ValueError(arg(translate("Questionnaire", "unknown priority “%1”"), shown(value)))
        return priority
    if name == "target_date":
        return _target_date(value)
    if name == "conventions" and len(text_of(value)) > MAX_CONVENTIONS_TEXT:
        raise ValueError(translate("Questionnaire", "the list of conventions is far too long"))
    try:
        return answer_fields.normalise(name, text_of(value))
    except ValidationError as exc:
        raise ValueError(str(exc)) from None


def _target_date(value: object) -> date | None:
    if value is None or text_of(value) == "":
        return None
    if isinstance(value, datetime):
        when = value.date()
    elif isinstance(value, date):
        when = value
    else:
        try:
            when = date.fromisoformat(text_of(value))
        except ValueError:
            raise ValueError(
                arg(translate("Questionnaire", "“%1” is not a date"), shown(value))
            ) from None
    if not EARLIEST_DATE <= when <= LATEST_DATE:
        raise ValueError(
            arg(
                translate("Questionnaire", "the date %1 is not a plausible target date (%2 to %3)"),
                when.isoformat(),
                EARLIEST_DATE.year,
                LATEST_DATE.year,
            )
        )
    return when
