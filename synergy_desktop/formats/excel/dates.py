"""One date style per language in the exports: the short date of the language's locale (as the
window shows it), a month-only date as a month in the same style, a time in 24 hours.

Dates in tables are real dates with an Excel number format, so they still sort and filter;
dates inside sentences and in the cover block are text in the same style. Digits stay Western
in every language, like every other number in a workbook.
"""

from __future__ import annotations

import re
from datetime import date, datetime

#: The short date of the locale each language uses (en_GB, zh_CN, fr_FR, es_ES, ar_EG, ru_RU).
SHORT = {
    "en": "dd/MM/yyyy",
    "zh_CN": "yyyy/M/d",
    "fr": "dd/MM/yyyy",
    "es": "d/M/yy",
    "ar": "d/M/yyyy",
    "ru": "dd.MM.yyyy",
}
#: The same without the day (and a four-digit year: "3/26" would read as a day and a month).
MONTH = {
    "en": "MM/yyyy",
    "zh_CN": "yyyy/M",
    "fr": "MM/yyyy",
    "es": "M/yyyy",
    "ar": "M/yyyy",
    "ru": "MM.yyyy",
}
YEAR = "yyyy"
TIME = " HH:mm"
_TOKEN = re.compile(r"yyyy|yy|MM|M|dd|d|HH|H|mm")


def _pattern(table: dict[str, str], lang: str) -> str:
    return table.get(lang) or table.get(lang.split("_")[0]) or table["en"]


def short_pattern(lang: str) -> str:
    return _pattern(SHORT, lang)


def month_pattern(lang: str) -> str:
    return _pattern(MONTH, lang)


def excel_format(pattern: str) -> str:
    """The Excel number format of a pattern: months are "m", minutes "mm" after hours."""
    return pattern.replace("M", "m").replace("H", "h")


def date_format(lang: str) -> str:
    return excel_format(short_pattern(lang))


def datetime_format(lang: str) -> str:
    return excel_format(short_pattern(lang) + TIME)


def month_format(lang: str) -> str:
    return excel_format(month_pattern(lang))


def format_pattern(value: date | datetime, pattern: str) -> str:
    def field(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "yyyy":
            return f"{value.year:04d}"
        if token == "yy":
            return f"{value.year % 100:02d}"
        number = {
            "M": value.month,
            "d": value.day,
            "H": getattr(value, "hour", 0),
            "m": getattr(value, "minute", 0),
        }[token[0]]
        return f"{number:02d}" if len(token) == 2 else str(number)

    return _TOKEN.sub(field, pattern)


def format_date(value: date, lang: str) -> str:
    """A date as text: 05/03/2026 (en), 2026/3/5 (zh_CN), 05.03.2026 (ru)..."""
    if isinstance(value, datetime):
        value = value.date()
    return format_pattern(value, short_pattern(lang))


def format_datetime(value: datetime, lang: str) -> str:
    return format_pattern(value, short_pattern(lang) + TIME)


def format_month(value: date, lang: str) -> str:
    """A month-only date as text: 03/2026 (en), 2026/3 (zh_CN)."""
    return format_pattern(value, month_pattern(lang))
