"""Export the report of a round as Word (.docx) or PDF: build the document model, draw its charts,
write the file. One generator of progress, run off the UI thread by the window (Cancel stops the
iteration) and straight through by the command line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale

from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.report.build import build_report
from synergy_desktop.formats.report.model import LocalFormats
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.report.charts import render_chart
from synergy_desktop.ui.shared.translations import locale_for

Progress = Iterator[tuple[int, int, str]]
SUFFIXES = (".docx", ".pdf")
#: Territories whose paper is US Letter (CLDR supplemental data "paperSize"); A4 elsewhere.
_T = QLocale.Country  # PySide6 names the Territory enum Country
LETTER_TERRITORIES = frozenset(
    {
        _T.Belize,
        _T.Canada,
        _T.Chile,
        _T.Colombia,
        _T.CostaRica,
        _T.Guatemala,
        _T.Mexico,
        _T.Nicaragua,
        _T.Panama,
        _T.Philippines,
        _T.PuertoRico,
        _T.ElSalvador,
        _T.UnitedStates,
        _T.Venezuela,
    }
)


def paper_for(locale: QLocale | None = None) -> str:
    """ "Letter" where the user's locale prints on US Letter, else "A4"."""
    territory = (locale or QLocale.system()).territory()
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


def month_format(locale: QLocale) -> str:
    """The locale's short date without the day ("dd/MM/yyyy" → "MM/yyyy")."""
    pattern = _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    day = re.search(r"d+", pattern)
    if day is None:
        return pattern
    after = re.match(r"[^\w']*", pattern[day.end() :]).group(0)
    if day.end() + len(after) < len(pattern):  # the day comes first or in the middle
        return pattern[: day.start()] + pattern[day.end() + len(after) :]
    before = re.search(r"[^\w']*$", pattern[: day.start()]).group(0)
    return pattern[: day.start() - len(before)]


def _four_digit_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def local_formats(lang: str) -> LocalFormats:
    """Dates in the language's short format (four-digit years), months in the same style,
    shares as whole percentages with the locale's digits and sign."""
    locale = locale_for(lang)
    day_pattern = _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    month_pattern = month_format(locale)

    def day(value: date) -> str:
        return locale.toString(QDate(value.year, value.month, value.day), day_pattern)

    def month(value: date) -> str:
        return locale.toString(QDate(value.year, value.month, 1), month_pattern)

    def percent(share: float) -> str:
        return locale.toString(round(share * 100)) + locale.percent()

    return LocalFormats(day=day, month=month, percent=percent)


def export_report(
    data: SummaryData,
    path: Path,
    lang: str,
    *,
    paper: str | None = None,
) -> Progress:
    """Write the report of ``data`` to ``path`` (.docx or .pdf) in ``lang``; yield
    (step, steps, what). Texts come from the translators installed for ``lang``; the paper
    follows the system locale unless given ("A4" or "Letter")."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(
            arg(
                translate("Report", "Give a file name ending in .docx or .pdf (not %1)."), path.name
            )
        )
    paper = paper or paper_for()
    yield 0, 1, translate("Report", "Preparing the report…")
    report = build_report(data, lang, local_formats(lang))
    charts = report.charts
    base = 1 + len(charts)
    images: dict[str, bytes] = {}
    for number, spec in enumerate(charts, start=1):
        yield number, base + 1, translate("Report", "Drawing the charts…")
        images[spec.key] = render_chart(spec, lang)
    if suffix == ".docx":
        from synergy_desktop.formats.word.writer import write_docx as write
    else:
        from synergy_desktop.ui.report.pdf import write_pdf as write
    work = write(report, path, images, paper=paper)
    try:
        for step, steps, text in work:
            yield base + step, base + steps, text
    finally:
        work.close()


def check_target(path: Path) -> None:
    """Refuse, in one sentence, a name that is not .docx or .pdf or a folder that is missing."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ValueError(
            arg(
                translate("Report", "Give a file name ending in .docx or .pdf (not %1)."), path.name
            )
        )
    if not path.parent.exists():
        raise ValueError(
            arg(
                translate(
                    "Report",
                    "The folder %1 does not exist. Create it or choose another place for the "
                    "report.",
                ),
                path.parent,
            )
        )


def write_report(data: SummaryData, path: Path, lang: str) -> None:
    """The whole export on the calling thread, in ``lang`` (the command line)."""
    from synergy_desktop.ui.shared.translations import language

    app = gui_application()  # kept alive while the charts and pages are drawn
    before = QLocale()
    try:
        with language(lang):
            for _ in export_report(data, path, lang):
                pass
    finally:
        QLocale.setDefault(before)
    del app


def gui_application():
    """The running QGuiApplication, or a new one for the command line (drawing charts and
    fonts needs one). Without a display on Linux it runs offscreen."""
    import os
    import sys

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise RuntimeError("a non-graphical Qt application is already running")
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["synergy"])
