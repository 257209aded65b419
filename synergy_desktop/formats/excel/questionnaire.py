"""The questionnaire workbook: ministries fill it in without the app; the app reads it back.

Layout: an Instructions sheet; one sheet per area with one row per option (hidden stable id in
column A, the option and its questions locked, answer cells unlocked with drop-down lists); a
very hidden sheet ``_synergy`` with the framework identity, a checksum and the drop-down lists.
List entries start with a code that is the same in every language ("2 – ...", "NA – ...",
"H – ..."), so a questionnaire filled in any language can be read back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.assessment import ANSWER_FIELDS, Answer
from synergy_desktop.domain.labels import field_label, priority_label, rating_label
from synergy_desktop.domain.rating import Priority, Rating
from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.excel.cells import (
    TITLE_FONT,
    WRAP,
    header_row,
    new_sheet,
    put,
    right_to_left,
    sheet_name,
    use_language,
)
from synergy_desktop.formats.excel.printing import header_text, page_footer, setup
from synergy_desktop.formats.excel.summary import atomic_save
from synergy_desktop.text import arg, translate

META_SHEET = "_synergy"
FORMAT = "synergy-questionnaire-1"
RATING_CODES = {Rating.NOT_APPLICABLE: "NA", Rating.NOT_DISCUSSED: "ND"}
PRIORITY_CODES = {Priority.HIGH: "H", Priority.MEDIUM: "M", Priority.LOW: "L"}
FIELDS = ANSWER_FIELDS
FIRST_ROW = 3  # row 1 title, row 2 headers
UNLOCKED = Protection(locked=False)
ANSWER_FILL = PatternFill("solid", fgColor="FFF9E0")
LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")
# Columns B..K: fits a landscape page at 8 pt or more (printing.PRINT_WIDTH); rows grow.
WIDTHS = (17, 34, 14, 10, 12, 14, 19, 16, 15, 11)


def checksum(pack_hash: str, option_ids: list[str]) -> str:
    return hashlib.sha256((pack_hash + "|" + ",".join(option_ids)).encode()).hexdigest()[:16]


def rating_entry(rating: Rating) -> str:
    code = RATING_CODES.get(rating)
    return f"{code} – {rating_label(rating)}" if code else rating_label(rating)


def priority_entry(priority: Priority) -> str:
    return f"{PRIORITY_CODES[priority]} – {priority_label(priority)}"


def export_questionnaire(
    data: SummaryData, target: Path, lang: str = "en"
) -> Iterator[tuple[int, int, str]]:
    book = Workbook()
    use_language(book, lang)
    steps = len(data.framework.areas) + 2
    yield 0, steps, translate("Excel", "Writing the instructions…")
    _instructions(book.active, data, lang)
    meta = book.create_sheet(META_SHEET)
    lists = _meta(meta, data, lang)
    for step, area in enumerate(data.framework.areas, start=1):
        yield step, steps, arg(translate("Excel", "Writing area %1…"), area.id)
        _area_sheet(book, area, data, lang, lists)
    meta.sheet_state = "veryHidden"
    _print_setup(book, data, lang)
    yield steps - 1, steps, translate("Excel", "Saving the workbook…")
    atomic_save(book, Path(target))
    yield steps, steps, translate("Excel", "Done")


def _instructions(sheet, data: SummaryData, lang: str) -> None:
    sheet.title = sheet_name(sheet.parent, translate("Excel", "Instructions"))
    put(
        sheet, 1, 1, translate("Excel", "Synergies self-assessment – questionnaire")
    ).font = TITLE_FONT
    lines = [
        arg(translate("Excel", "Country: %1"), data.country.name),
        arg(translate("Excel", "Round: %1"), data.assessment.title),
        arg(
            translate("Excel", "Framework: %1, version %2"),
            data.framework.title.get(lang),
            data.framework.version,
        ),
        "",
        translate("Excel", "How to fill in this questionnaire"),
        translate(
            "Excel",
            "1. Each sheet is one area of the framework; each row is one "
            "option. Read the option and its questions in the grey columns.",
        ),
        translate(
            "Excel",
            "2. Fill in the yellow cells only. Choose the rating and the "
            "priority from the drop-down lists; the other cells take free text.",
        ),
        translate(
            "Excel",
            "3. Ratings: 0 not started, 1 planned or initial steps, 2 partly "
            "in place, 3 largely in place, 4 fully in place, NA not applicable, ND not "
            "yet discussed.",
        ),
        arg(
            translate(
                "Excel", "4. Conventions concerned: codes separated by commas, from this list: %1."
            ),
            ", ".join(i.code for i in instruments()),
        ),
        translate("Excel", "5. Target dates as dates (for example 2027-06-30)."),
        translate(
            "Excel",
            "6. Do not add, move or delete rows or sheets, and do not change "
            "the grey cells: the file is read back automatically.",
        ),
        translate(
            "Excel",
            "7. Save the file as an Excel workbook (.xlsx) and send it back. "
            "The answers already given are filled in; change what is no longer true.",
        ),
    ]
    for row, line in enumerate(lines, start=3):
        put(sheet, row, 1, line, wrap=True)
    sheet.cell(row=7, column=1).font = Font(bold=True)
    sheet.column_dimensions["A"].width = 110
    sheet.print_area = f"A1:A{len(lines) + 2}"
    sheet.protection.sheet = True


def _meta(sheet, data: SummaryData, lang: str) -> dict[str, str]:
    option_ids = [o.id for o in data.framework.options]
    facts = [
        ("format", FORMAT),
        ("pack_id", data.framework.id),
        ("pack_version", data.framework.version),
        ("pack_hash", data.framework.content_hash),
        ("checksum", checksum(data.framework.content_hash, option_ids)),
        ("assessment_id", str(data.assessment.id)),
        ("assessment_title", data.assessment.title),
        ("language", lang),
    ]
    for row, (key, value) in enumerate(facts, start=1):
        put(sheet, row, 1, key)
        put(sheet, row, 2, value)
    ratings = [rating_entry(r) for r in Rating]
    priorities = [priority_entry(p) for p in Priority]
    for row, value in enumerate(ratings, start=1):
        put(sheet, row, 4, value)
    for row, value in enumerate(priorities, start=1):
        put(sheet, row, 5, value)
    sheet.protection.sheet = True
    return {
        "rating": f"'{META_SHEET}'!$D$1:$D${len(ratings)}",
        "priority": f"'{META_SHEET}'!$E$1:$E${len(priorities)}",
    }


def _area_sheet(book: Workbook, area, data: SummaryData, lang: str, lists: dict[str, str]) -> None:
    sheet = new_sheet(book, f"{area.id} {area.title.get(lang)}")
    put(sheet, 1, 1, area.id)  # hidden: which area this sheet holds
    title = put(sheet, 1, 2, f"{area.id} {area.title.get(lang)}")
    title.font = TITLE_FONT
    if right_to_left(lang):  # starts with the Latin area letter: align it as Arabic text
        title.alignment = Alignment(horizontal="right")
    header_row(
        sheet,
        2,
        ["id", translate("Excel", "Option"), translate("Excel", "What the option asks")]
        + [field_label(name) for name in FIELDS],
    )
    last = FIRST_ROW + len(area.options) - 1
    rating = DataValidation(
        type="list",
        formula1=lists["rating"],
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=translate("Excel", "Rating"),
        error=translate("Excel", "Choose a rating from the list."),
    )
    priority = DataValidation(
        type="list", formula1=lists["priority"], allow_blank=True, showErrorMessage=True
    )
    when = DataValidation(
        type="date",
        operator="greaterThan",
        formula1="DATE(2000,1,1)",
        allow_blank=True,
        showErrorMessage=True,
        error=translate("Excel", "Type a date, for example 2027-06-30."),
    )
    for validation, column in ((rating, "D"), (priority, "E"), (when, "K")):
        validation.add(f"{column}{FIRST_ROW}:{column}{last}")
        sheet.add_data_validation(validation)
    for row, option in enumerate(area.options, start=FIRST_ROW):
        answer = data.answers.get(option.id, Answer(option.id))
        questions = "\n".join(f"• {q.get(lang)}" for q in option.questions)
        put(sheet, row, 1, option.id)
        put(sheet, row, 2, f"{option.id} {option.title.get(lang)}", wrap=True)
        put(sheet, row, 3, f"{option.text.get(lang)}\n\n{questions}", wrap=True)
        values = [
            rating_entry(answer.rating),
            priority_entry(answer.priority) if answer.priority else None,
            ", ".join(answer.conventions),
            answer.responsible,
            answer.evidence,
            answer.gaps,
            answer.next_steps,
            answer.target_date,
        ]
        for column, value in enumerate(values, start=4):
            cell = put(sheet, row, column, value if value != "" else None, wrap=True)
            cell.protection = UNLOCKED
            cell.fill = ANSWER_FILL
        for column in (2, 3):
            sheet.cell(row=row, column=column).fill = LOCKED_FILL
        sheet.cell(row=row, column=3).alignment = WRAP
    sheet.column_dimensions["A"].hidden = True
    for column, width in zip("BCDEFGHIJK", WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    sheet.print_title_rows = "1:2"  # the area and the column headers on every page
    sheet.print_area = f"B1:K{last}"
    sheet.freeze_panes = "D3"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _print_setup(book: Workbook, data: SummaryData, lang: str) -> None:
    """Every visible sheet prints landscape, fitted to the page width, one area after the
    other (each area is a sheet, so it starts on a new page), rows as tall as their text."""
    parts = (data.country.name, data.assessment.title)
    header = header_text(" – ".join(p for p in parts if p))
    for sheet in book.worksheets:
        if sheet.title != META_SHEET:
            setup(sheet, header, page_footer(lang), lang)
