"""The Long texts sheet: a text too long for one row of its sheet (a row is at most 409 pt tall,
about 26 lines of a narrow column) is printed here in full, in wide rows, one piece per row.
The cell keeps the whole text; only the printout needs this sheet."""

from __future__ import annotations

import re

from openpyxl.cell.cell import Cell
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from synergy_desktop.formats.excel.cells import HEADER_FILL, header_row, new_sheet, put
from synergy_desktop.formats.excel.layout import MAX_HEIGHT, text_height
from synergy_desktop.text import translate

WIDTHS = (22, 22, 118)
_PIECES = re.compile(r"\S+\s*")


def split_to_rows(text: str, width: float) -> list[str]:
    """Pieces of ``text``, cut between words, each short enough for one row ``width`` wide."""
    words = _PIECES.findall(text)
    pieces, start = [], 0
    while start < len(words):
        rest = "".join(words[start:])
        if text_height(rest, width) <= MAX_HEIGHT:
            pieces.append(rest.rstrip())
            break
        low, high = start + 1, len(words)  # the longest run of words that fits
        while low < high:
            middle = (low + high + 1) // 2
            if text_height("".join(words[start:middle]), width) <= MAX_HEIGHT:
                low = middle
            else:
                high = middle - 1
        run = "".join(words[start:low])
        if low == start + 1 and text_height(run, width) > MAX_HEIGHT:
            pieces += _split_word(run, width)  # one word longer than a row: cut it anywhere
        else:
            pieces.append(run.rstrip())
        start = low
    return pieces


def _split_word(word: str, width: float) -> list[str]:
    size = 1  # the most characters that fit
    while size * 2 <= len(word) and text_height(word[: size * 2], width) <= MAX_HEIGHT:
        size *= 2
    return [word[i : i + size].rstrip() for i in range(0, len(word), size)]


def _field(sheet: Worksheet, cell: Cell) -> str:
    """The column's heading: the nearest header cell above."""
    for row in range(cell.row - 1, 0, -1):
        above = sheet._cells.get((row, cell.column))  # without creating empty cells
        if above is not None and above.fill == HEADER_FILL:
            return above.value if isinstance(above.value, str) else ""
    return ""


def write_long_texts(book: Workbook, cells: list[tuple[Worksheet, Cell]]) -> Worksheet:
    sheet = new_sheet(book, translate("Excel", "Long texts"))
    header_row(
        sheet,
        1,
        [
            translate("Excel", "Where"),
            translate("Excel", "Column"),
            translate("Excel", "Full text"),
        ],
    )
    row = 1
    for source, cell in cells:
        key = source.cell(row=cell.row, column=2).value  # the option or the role of that row
        where = f"{source.title}!{cell.coordinate}" + (f"\n{key}" if isinstance(key, str) else "")
        for piece in split_to_rows(cell.value, WIDTHS[2]):
            row += 1
            put(sheet, row, 1, where, wrap=True)
            put(sheet, row, 2, _field(source, cell), wrap=True)
            put(sheet, row, 3, piece, wrap=True)
    for column, width in zip("ABC", WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    return sheet
