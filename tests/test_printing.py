"""Workbooks as they print: the page setup in the file, and the pages LibreOffice prints from it
(read back with pypdf): page counts, charts whole on one page, no text under 8 pt, Arabic
titles and long answers whole."""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import unicodedata
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from synergy_desktop.cli import main as cli_main
from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.formats.excel.dates import (
    date_format,
    format_date,
    format_datetime,
    format_month,
    month_format,
)
from synergy_desktop.formats.excel.layout import fit_rows, line_count, text_height
from synergy_desktop.formats.excel.long_texts_sheet import split_to_rows
from synergy_desktop.formats.excel.printing import PRINT_WIDTH, print_width
from synergy_desktop.formats.excel.summary import export_summary, run
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.summary import collect_summary
from synergy_desktop.storage.workspace import open_workspace

LIBREOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
requires_libreoffice = pytest.mark.skipif(
    LIBREOFFICE is None and os.environ.get("SYNERGY_REQUIRE_LIBREOFFICE") != "1",
    reason="LibreOffice is not installed (CI installs it)",
)
EXPORTS = {  # file stem: command line
    "summary-en": ["export", "--lang", "en"],
    "summary-ar": ["export", "--lang", "ar"],
    "questionnaire-en": ["questionnaire", "--lang", "en"],
    "questionnaire-ar": ["questionnaire", "--lang", "ar"],
}
MIN_POINTS = 8.0
LONG = " ".join(f"Gap number {n} is written down here in full." for n in range(1, 81))


def english_again() -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, Path]:
    """The demo workspace exported as the command line does, once for the module."""
    folder = tmp_path_factory.mktemp("printed")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("DATA", "LOG", "CONFIG"):
            patch.setenv(f"SYNERGY_{name}_DIR", str(folder / name.lower()))
        workspace = folder / "demo.synergy"
        assert cli_main(["demo", "--workspace", str(workspace)]) == 0
        with closing(open_workspace(workspace)) as opened:  # longer than any row can show
            service = AssessmentService(opened, load_default_pack())
            current = service.list_assessments()[-1].id  # the draft round the export shows
            service.save_answer(current, "B3", {"gaps": LONG})
        paths = {}
        for stem, (command, *options) in EXPORTS.items():
            paths[stem] = folder / f"{stem}.xlsx"
            args = [command, str(paths[stem]), "--workspace", str(workspace), *options]
            assert cli_main(args) == 0
    english_again()
    return paths


# -- the file itself -------------------------------------------------------------------------


def test_one_date_style_per_language():
    day, when = date(2026, 3, 5), datetime(2026, 3, 5, 14, 7)
    assert [format_date(day, lang) for lang in ("en", "fr", "es", "ru", "zh_CN", "ar")] == [
        "05/03/2026",
        "05/03/2026",
        "5/3/26",
        "05.03.2026",
        "2026/3/5",
        "5/3/2026",
    ]
    assert format_datetime(when, "en") == "05/03/2026 14:07"
    assert [format_month(day, lang) for lang in ("en", "ru", "zh_CN")] == [
        "03/2026",
        "03.2026",
        "2026/3",
    ]
    assert date_format("en") == "dd/mm/yyyy" and month_format("zh_CN") == "yyyy/m"
    assert date_format("pt") == "dd/mm/yyyy"  # an unknown language: English


def test_wrapping_estimate():
    assert line_count("short", 10) == 1
    assert line_count("0000 0000 0000", 9) == 2  # digits are one unit wide, a space 0.45
    assert line_count("0000 0000 0000", 14) == 1
    assert line_count("first\nsecond", 40) == 2
    assert line_count("x" * 50, 10) == 5  # a word wider than the column is broken
    assert line_count("生物多样性公约生物多样性公约", 10) == 3  # between any two ideographs
    assert text_height("word " * 20, 20) < text_height("word " * 20000, 20) <= 420  # capped


def test_rows_grow_with_their_wrapped_text():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.column_dimensions["A"].width = 20
    sheet["A1"] = "short"
    sheet["A2"] = "a longer sentence that needs several lines in a narrow column " * 3
    sheet["A2"].alignment = openpyxl.styles.Alignment(wrap_text=True)
    sheet["A3"] = "not wrapped, so it stays on one line however long it is " * 3
    fit_rows(sheet)
    assert sheet.row_dimensions[1].height is None
    assert sheet.row_dimensions[2].height > 5 * 15
    assert sheet.row_dimensions[3].height is None


def test_a_text_too_long_for_a_row_prints_in_full_on_a_last_sheet(
    workspace, framework, service, tmp_path
):
    info = service.create("Round")
    longer = " ".join([LONG] * 3)  # more than one row of the Long texts sheet holds
    service.save_answer(info.id, "A2", {"evidence": longer, "gaps": "short"})
    target = tmp_path / "summary.xlsx"
    run(export_summary(collect_summary(workspace, framework, info.id), target))
    book = openpyxl.load_workbook(target)
    assert book["Answers"]["H3"].value == longer  # the cell keeps the whole text
    rows = list(book.worksheets[-1].iter_rows(values_only=True))
    assert book.sheetnames[-1] == "Long texts" and rows[0] == ("Where", "Column", "Full text")
    assert {r[:2] for r in rows[1:]} == {("Answers!H3\nA2", "Evidence and notes")}
    assert " ".join(r[2] for r in rows[1:]) == longer and len(rows) > 2
    assert split_to_rows("x" * 50_000, 20)  # one endless word: cut anywhere, no error


def test_every_sheet_prints_landscape_fitted_to_its_width(exported):
    for stem in ("summary-en", "questionnaire-en"):
        book = openpyxl.load_workbook(exported[stem])
        for sheet in book.worksheets:
            if sheet.sheet_state != "visible":
                continue
            setup = sheet.page_setup
            assert setup.orientation == "landscape", sheet.title
            assert setup.fitToWidth == 1 and setup.fitToHeight == 0, sheet.title
            assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
            assert print_width(sheet) <= PRINT_WIDTH, sheet.title
            assert not sheet.sheet_view.rightToLeft, sheet.title


def test_arabic_exports_run_right_to_left(exported):
    for stem in ("summary-ar", "questionnaire-ar"):
        book = openpyxl.load_workbook(exported[stem])
        visible = [s for s in book.worksheets if s.sheet_state == "visible"]
        assert all(s.sheet_view.rightToLeft for s in visible), stem
        footer = visible[0].oddFooter.center.text
        assert "\u200e&P\u200e" in footer and "\u200e&N\u200e" in footer


def test_dates_in_the_workbook_follow_the_language(exported):
    book = openpyxl.load_workbook(exported["summary-ar"])
    answers = book.worksheets[1]
    dated = [r[10] for r in answers.iter_rows(min_row=2) if r[10].value is not None]
    assert dated and {c.number_format for c in dated} == {"d/m/yyyy"}
    assert isinstance(dated[0].value, datetime)  # a real date: it sorts and filters
    calendar = openpyxl.load_workbook(exported["summary-en"])["Reporting calendar"]
    formats = {c.number_format for c in calendar["C"][4:] if isinstance(c.value, datetime)}
    assert {"dd/mm/yyyy", "mm/yyyy"} <= formats  # a month-only deadline as a month
    overview = openpyxl.load_workbook(exported["summary-en"])["Overview"]
    exported_on = next(r[1] for r in overview.iter_rows(values_only=True) if r[0] == "Exported")
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", exported_on)


def test_charts_start_on_a_page_of_their_own(exported):
    sheet = openpyxl.load_workbook(exported["summary-en"])["Overview"]
    breaks = {b.id for b in sheet.row_breaks.brk}
    assert len(sheet._charts) == 2  # openpyxl keeps the charts it read here
    for chart in sheet._charts:
        first = chart.anchor._from.row  # 0-based: the row after the break
        assert first in breaks
        rows = range(first + 1, chart.anchor.to.row + 1)
        height = sum(sheet.row_dimensions[r].height or 15 for r in rows)
        assert height < 420  # points: less than the printable height of a landscape page


# -- the printed pages ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def printed(exported, tmp_path_factory) -> dict[str, Path]:
    """Every export printed to PDF by LibreOffice, in one run."""
    assert LIBREOFFICE, "CI must install LibreOffice (libreoffice-calc-nogui)"
    out = tmp_path_factory.mktemp("pdf")
    subprocess.run(
        [LIBREOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(out)]
        + [str(p) for p in exported.values()],
        check=True,
        capture_output=True,
        timeout=300,
        env={**os.environ, "HOME": str(out)},
    )
    return {stem: out / f"{stem}.pdf" for stem in exported}


class Page:
    """The text on one PDF page: each piece with its position and printed size in points."""

    def __init__(self, page):
        self.pieces: list[tuple[str, float, float, float]] = []

        def visit(text, cm, tm, font, size):
            if not text.strip():
                return
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            self.pieces.append((text.strip(), x, y, size * math.sqrt(abs(a * d - b * c))))

        self.text = unicodedata.normalize("NFKC", page.extract_text(visitor_text=visit))
        self.squashed = squash(self.text)
        self.height = float(page.mediabox.height)


def squash(text: str) -> str:
    """Without spaces or line breaks (wrapping and Arabic shaping move them), NFKC."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pages(path: Path) -> list[Page]:
    from pypdf import PdfReader

    return [Page(page) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def read(printed) -> dict[str, list[Page]]:
    return {stem: pages(path) for stem, path in printed.items()}


def sheet_text(document: list[Page], title: str) -> str:
    """The text of the pages of one sheet: those whose page header names it."""

    def header(page: Page) -> str:
        return squash("".join(text for text, _, y, _ in page.pieces if y > page.height - 40))

    words = [squash(word) for word in title.split()]
    return "".join(p.squashed for p in document if all(w in header(p) for w in words))


@requires_libreoffice
def test_page_counts_stay_within_bounds(read):
    # Before this layout: summary 11 pages at 4 pt with cut text, questionnaire 41 portrait
    # pages with each area over five of them.
    assert 20 <= len(read["summary-en"]) <= 45
    assert 20 <= len(read["summary-ar"]) <= 50
    assert 9 <= len(read["questionnaire-en"]) <= 25
    assert 9 <= len(read["questionnaire-ar"]) <= 25


@requires_libreoffice
def test_no_text_is_printed_smaller_than_8_points(read):
    for stem, document in read.items():
        for number, page in enumerate(document, start=1):
            smallest = min(size for *_, size in page.pieces)
            assert smallest >= MIN_POINTS - 0.05, f"{stem} page {number}: {smallest:.1f} pt"


@requires_libreoffice
def test_each_chart_lies_whole_on_one_page(read, exported):
    """LibreOffice writes a chart's text on every page its frame touches and clips it there;
    what a reader sees is what lies inside the printable area (between the margins). Both
    charts label the areas A-H (so each letter twice), the bars' axis runs 0%-100% by tens."""
    margins = openpyxl.load_workbook(exported["summary-en"])["Overview"].page_margins
    titles = {"Completeness and score per area", "Score per area"}
    axis = {f"{n}%" for n in range(0, 101, 10)} | {"Completeness", "Score"}
    found = []
    for number, page in enumerate(read["summary-en"], start=1):
        low, high = margins.bottom * 72, page.height - margins.top * 72
        inside = [text for text, _, y, _ in page.pieces if low <= y <= high]
        if titles & set(inside):
            found.append(number)
            assert titles <= set(inside) and axis <= set(inside), f"page {number}"
            assert all(inside.count(letter) >= 2 for letter in "ABCDEFGH"), f"page {number}"
    assert len(found) == 1, found


@requires_libreoffice
def test_arabic_titles_and_names_print_whole(read, exported):
    book = openpyxl.load_workbook(exported["summary-ar"])
    title = book.worksheets[0]["A1"].value
    first = read["summary-ar"][0].squashed
    assert all(squash(word) in first for word in title.split()), title
    register = book.worksheets[3]
    printed = sheet_text(read["summary-ar"], register.title)
    assert printed
    for name in {row[0] for row in register.iter_rows(min_row=2, values_only=True) if row[0]}:
        assert all(squash(word) in printed for word in name.split()), name
    questionnaire = openpyxl.load_workbook(exported["questionnaire-ar"])
    instructions = read["questionnaire-ar"][0].squashed
    for cell in questionnaire.worksheets[0]["A"]:
        for word in re.findall(r"\w+", cell.value or ""):
            assert squash(word) in instructions, word


@requires_libreoffice
def test_long_texts_print_whole(read, exported):
    """Every text of the Answers sheet prints whole: in its row, or, when longer than the
    tallest row, in pieces on the Long texts sheet."""
    book = openpyxl.load_workbook(exported["summary-en"])
    answers = book["Answers"]
    continued: dict[str, list[str]] = {}
    for where, _, piece in book["Long texts"].iter_rows(min_row=2, values_only=True):
        continued.setdefault(where.split("\n")[0], []).append(piece)
    printed = sheet_text(read["summary-en"], "Answers")
    printed_later = sheet_text(read["summary-en"], "Long texts")
    for row in answers.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and squash(cell.value) not in printed:
                pieces = continued[f"Answers!{cell.coordinate}"]
                assert squash("".join(pieces)) == squash(cell.value)
                assert all(squash(piece) in printed_later for piece in pieces)
    assert "Answers!I10" in continued  # B3's gaps (and in Action items, its gaps again)
    assert {where.split("!")[0] for where in continued} == {"Answers", "Action items"}
    assert max(len(c.value or "") for c in answers["H"][1:]) > 400  # the demo's long evidence
    cover = read["summary-en"][0].squashed
    for row in book["Overview"].iter_rows(max_row=12, values_only=True):
        if isinstance(row[1], str):  # no cut framework title, no dangling "–"
            assert squash(row[1]) in cover, row[1][:60]
    questionnaire = "".join(p.squashed for p in read["questionnaire-en"])
    for sheet in openpyxl.load_workbook(exported["questionnaire-en"]).worksheets[1:]:
        if sheet.sheet_state == "visible":
            for row in sheet.iter_rows(min_row=3, min_col=2, max_col=3, values_only=True):
                assert all(squash(v) in questionnaire for v in row if v), row[0]
