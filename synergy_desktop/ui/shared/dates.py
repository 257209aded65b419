"""One way to show dates in the window: the interface language's own formats (QLocale).

- :func:`short_date` — a day, in the locale's short format (04/05/2026, 2026/5/4, ٤‏/٥‏/٢٠٢٦);
- :func:`short_date_time` — a moment, in local time, in the short date and time formats;
- :func:`month` — a month-precision date in the same style (May 2026, mayo de 2026,
  май 2026 г., 2026年5月), built from the locale's long date pattern without the day, with the
  standalone month name;
- :func:`year` — a year in the locale's digits;
- :func:`localised_digits`, :func:`number`, :func:`percent` — the other numbers of a row in the
  same digits as its dates (Arabic shows Arabic-Indic digits in dates, so counts, scores and
  percentages beside them follow).

The default QLocale is the interface language's (``translations.install`` sets it).
"""

from __future__ import annotations

import re
import string
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

Short = QLocale.FormatType.ShortFormat
_LETTERS = frozenset(string.ascii_letters)
_JOINERS = " ,،\u200f\u202f\u00a0"  # separators left over when the day goes
_TOKENS = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^'A-Za-z]+")


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def short_date(day: date | datetime | None, locale: QLocale | None = None) -> str:
    """``day`` in the locale's short date format ("" for None)."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    return _locale(locale).toString(QDate(day.year, day.month, day.day), Short)


def short_date_time(moment: datetime | None, locale: QLocale | None = None) -> str:
    """``moment`` (aware times are shown in local time) in the short date and time formats."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    value = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return _locale(locale).toString(value, Short)


def edit_format(locale: QLocale | None = None) -> str:
    """The short date pattern with a four-digit year, for date edits (a two-digit year can not
    be typed unambiguously)."""
    pattern = _locale(locale).dateFormat(Short)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def _month_tokens(locale: QLocale) -> list[str]:
    """The locale's long date pattern, as tokens, without the weekday and the day (and the
    separators and words that follow them)."""
    kept: list[str] = []
    dropping = False
    for match in _TOKENS.finditer(locale.dateFormat(QLocale.FormatType.LongFormat)):
        token = match.group(0)
        if token[0] == "d":  # the day or the weekday
            dropping = True
        elif token[0] in _LETTERS:
            dropping = False
            kept.append(token)
        elif not dropping:
            kept.append(token)
    while kept and not kept[-1].strip(_JOINERS):
        kept.pop()  # a separator left at the end ("May 2026," from "MMMM d, yyyy")
    while kept and not kept[0].strip(_JOINERS):
        kept.pop(0)
    letters = "".join(t[0] for t in kept if t[0] in _LETTERS)
    return kept if "M" in letters and "y" in letters else ["MMMM", " ", "yyyy"]


def month(day: date, locale: QLocale | None = None, *, short: bool = False) -> str:
    """A date known to the month, in the locale's style with its standalone month name (its
    abbreviation when ``short``, for axis labels)."""
    locale = _locale(locale)
    size = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    name = locale.standaloneMonthName(day.month, size)
    quoted = "'" + name.replace("'", "''") + "'"
    pattern = "".join(quoted if token == "MMMM" else token for token in _month_tokens(locale))
    return locale.toString(QDate(day.year, day.month, 1), pattern)


def year(day: date, locale: QLocale | None = None) -> str:
    return _locale(locale).toString(QDate(day.year, 1, 1), "yyyy")


def localised_digits(text: str, locale: QLocale | None = None) -> str:
    """``text`` with the ASCII digits 0-9 written in the locale's digits."""
    zero = _locale(locale).zeroDigit()
    if zero == "0" or len(zero) != 1:
        return text
    base = ord(zero)
    return text.translate({ord("0") + i: chr(base + i) for i in range(10)})


def number(value: int, locale: QLocale | None = None) -> str:
    """A whole number in the locale's digits, without group separators."""
    return localised_digits(str(value), locale)


def percent(share: float, locale: QLocale | None = None) -> str:
    """A share 0-1 as a whole percentage in the locale's digits and percent sign."""
    locale = _locale(locale)
    return number(round(share * 100), locale) + locale.percent()
