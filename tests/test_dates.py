"""One date format per interface language (ui/shared/dates.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from synergy_desktop.ui.shared import dates
from synergy_desktop.ui.shared.translations import locale_for

DAY = date(2026, 5, 4)


@pytest.mark.parametrize(
    ("lang", "short", "month"),
    [
        ("en", "04/05/2026", "May 2026"),
        ("fr", "04/05/2026", "mai 2026"),
        ("es", "4/5/26", "mayo de 2026"),
        ("ru", "04.05.2026", "май 2026\u202fг."),  # the standalone name, not "мая"
        ("zh_CN", "2026/5/4", "2026年5月"),
        ("ar", "٤\u200f/٥\u200f/٢٠٢٦", "مايو ٢٠٢٦"),
    ],
)
def test_short_dates_and_months_per_language(lang, short, month):
    locale = locale_for(lang)
    assert dates.short_date(DAY, locale) == short
    assert dates.month(DAY, locale) == month
    assert dates.short_date(datetime(2026, 5, 4, 23, 0), locale) == short


def test_the_default_locale_is_used_and_empty_dates_stay_empty(qapp):
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        assert dates.short_date(DAY) == "04/05/2026"
        assert dates.month(date(2026, 12, 1)) == "décembre 2026"
        assert dates.short_date(None) == "" and dates.short_date_time(None) == ""
    finally:
        QLocale.setDefault(previous)


def test_moments_are_shown_in_local_time_with_the_locales_digits():
    moment = datetime(2026, 5, 4, 12, 30, tzinfo=UTC)
    local = moment.astimezone()
    english = dates.short_date_time(moment, QLocale("en_GB"))
    assert english == f"{local:%d/%m/%Y %H:%M}"
    arabic = dates.short_date_time(moment, QLocale("ar_EG"))
    assert not any("0" <= c <= "9" for c in arabic)


def test_numbers_beside_dates_use_the_same_digits():
    arabic = QLocale("ar_EG")
    assert dates.localised_digits("overdue by 12 days", arabic) == "overdue by ١٢ days"
    assert dates.localised_digits("12", QLocale("fr_FR")) == "12"
    assert dates.number(2026, arabic) == "٢٠٢٦"  # no group separator in a year
    assert dates.percent(0.5, QLocale("en_GB")) == "50%"
    assert dates.percent(0.5, arabic).startswith("٥٠٪")
    assert dates.year(DAY, arabic) == "٢٠٢٦"


def test_date_edits_always_show_four_digit_years():
    assert dates.edit_format(QLocale("en_US")) == "M/d/yyyy"
    assert dates.edit_format(QLocale("en_GB")) == "dd/MM/yyyy"
    assert dates.month(DAY, QLocale("en_GB"), short=True) == "May 2026"
