"""Writing user text safely: never a formula, no characters Excel rejects."""

from __future__ import annotations

import re
from copy import copy
from datetime import date, datetime

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from synergy_desktop.formats.excel.dates import date_format, datetime_format

FORMULA_STARTS = ("=", "+", "-", "@")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5D50")
TITLE_FONT = Font(bold=True, size=14)
LABEL_FONT = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAP_FROM_LEFT = Alignment(wrap_text=True, vertical="top", horizontal="left")
WRAP_FROM_RIGHT = Alignment(wrap_text=True, vertical="top", horizontal="right")
RIGHT_TO_LEFT = {"ar"}


def right_to_left(lang: str) -> bool:
    return lang.split("_")[0] in RIGHT_TO_LEFT


def use_language(book, lang: str) -> None:
    """Dates in this workbook follow ``lang`` (call before the first date is written)."""
    book.__dict__["_synergy_lang"] = lang


def language(book) -> str:
    return book.__dict__.get("_synergy_lang", "en")


CENTRE = Alignment(horizontal="center")
MAX_CELL = 32_767  # characters Excel keeps in one cell


def clean(text: str) -> str:
    """Remove control characters that Excel refuses (tab, newline and carriage return stay)."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def put(
    sheet: Worksheet,
    row: int,
    column: int,
    value: object,
    *,
    wrap: bool = False,
    centre: bool = False,
):
    """Write one value. Text is always stored as text, even when it starts with = + - @."""
    cell = sheet.cell(row=row, column=column)
    style = ""
    if isinstance(value, str):
        # Cleaned here, so openpyxl's own check of every character (a second regular
        # expression over long answers) is not needed: the text goes straight in.
        cell._value = clean(value)[:MAX_CELL]
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            style = "text"
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        style = "datetime"
    elif isinstance(value, date):
        cell.value = value
        style = "date"
    else:
        cell.value = value
    if style or wrap or centre:
        _style(sheet, cell, style, wrap, centre)
    return cell


def _style(sheet: Worksheet, cell, kind: str, wrap: bool, centre: bool = False) -> None:
    """Give the cell the style for (kind, wrap). Building a style is slow in openpyxl (every
    assignment hashes the style objects), so the first cell's finished style array is kept
    per workbook and copied onto the next cells: ``_style`` is openpyxl's per-cell style
    array (private, but stable across releases)."""
    cache = sheet.parent.__dict__.setdefault("_synergy_styles", {})
    key = (kind, wrap, centre, language(sheet.parent))
    if key in cache:
        cell._style = cache[key].__copy__()  # (copy.copy's dispatch costs more than the copy)
        return
    if kind == "text":
        cell.quotePrefix = True
    elif kind == "datetime":
        cell.number_format = datetime_format(language(sheet.parent))
    elif kind == "date":
        cell.number_format = date_format(language(sheet.parent))
    if wrap:
        cell.alignment = WRAP
    elif centre:
        cell.alignment = CENTRE
    cache[key] = copy(cell._style)


def sheet_name(book, text: str) -> str:
    """A valid, unused sheet name: Excel allows 31 characters and no []:*?/\\ ."""
    base = re.sub(r"[\[\]:*?/\\]", " ", text).strip()[:31] or "Sheet"
    name, number = base, 2
    taken = {title.casefold() for title in book.sheetnames}
    while name.casefold() in taken:
        suffix = f" ({number})"
        name = base[: 31 - len(suffix)] + suffix
        number += 1
    return name


def new_sheet(book, title: str) -> Worksheet:
    return book.create_sheet(sheet_name(book, title))


def header_row(sheet: Worksheet, row: int, labels: list[str]) -> None:
    for column, label in enumerate(labels, start=1):
        cell = put(sheet, row, column, label)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def note(sheet: Worksheet, row: int, text: object, columns: int, column: int = 1):
    """A sentence across ``columns`` merged cells, wrapped: it prints whole at any length.
    It starts where the sheet's text starts (on the right in Arabic), whatever its script."""
    cell = put(sheet, row, column, text, wrap=True)
    cell.alignment = WRAP_FROM_RIGHT if right_to_left(language(sheet.parent)) else WRAP_FROM_LEFT
    if columns > 1:
        sheet.merge_cells(
            start_row=row, start_column=column, end_row=row, end_column=column + columns - 1
        )
    return cell
