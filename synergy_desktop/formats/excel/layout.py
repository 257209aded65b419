"""Row heights from the wrapped text, so that printed rows show every line.

Excel grows a row to its wrapped text only when it recalculates the row; LibreOffice keeps the
default height of rows written by openpyxl, so a long answer prints as one cut line. The height
is estimated here from the text, the column width and the font size: widths are counted in the
unit of column widths (the width of "0" in the 11 pt default font), per character class, with a
small margin so that a wider substitute font (LibreOffice prints Calibri with Noto Sans) still
fits. Too tall wastes a little paper; too short loses words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

ARABIC = 0.75  # an average letter in its joined form (LibreOffice prints it with DejaVu Sans)
DEFAULT_WIDTH = 8.43  # Excel's column width when none is set
BASE_SIZE = 11.0  # the default font size that column widths are measured in
LINE = 15.3  # points per line of 11 pt Latin text
LINE_TALL_SCRIPT = 16.0  # CJK and Arabic fonts have taller lines
PADDING = 5.0  # points above and below the text
CELL_PADDING = 1.0  # column-width units lost to the cell's inner margins
BOLD = 1.07  # bold letters are this much wider
UNIT_POINTS = 6.3  # one column-width unit in points (the width of "0" at 11 pt)
MAX_HEIGHT = 409.0  # the tallest row Excel allows
# Advance widths of the printable ASCII characters (space to "~") in hundredths of the width
# of "0", measured on Noto Sans, the font LibreOffice prints Calibri with (Calibri's are close).
ASCII = (
    "45 47 71 113 100 145 128 39 52 52 96 100 47 56 47 65 100 100 100 100 100 100 100 100 "
    "100 100 47 47 100 100 100 76 157 112 114 110 128 97 91 127 130 59 48 108 92 159 133 137 "
    "106 137 109 96 97 128 105 163 102 99 100 58 65 58 100 78 49 98 108 84 108 99 60 108 "
    "108 45 45 93 45 163 108 106 108 108 72 84 63 108 89 137 92 89 82 66 96 66 100"
)
WIDEST = 2.0  # no character is wider than this
_ASCII_WIDTHS = tuple(int(width) / 100 for width in ASCII.split())


@lru_cache(maxsize=4096)
def char_width(char: str) -> float:
    """Width of one character in column-width units at 11 pt."""
    code = ord(char)
    if 32 <= code < 127:
        return _ASCII_WIDTHS[code - 32]
    if unicodedata.combining(char):
        return 0.0
    if code < 0x0250:  # accented Latin: as wide as the letters they are built on
        base = unicodedata.normalize("NFD", char)[0]
        return char_width(base) if base != char else 1.1
    if 0x0400 <= code < 0x0530:  # Cyrillic
        return 1.26 if char.isupper() else 1.09
    if 0x0590 <= code < 0x0900 or 0xFB1D <= code < 0xFF00:  # Hebrew, Arabic and forms
        return ARABIC
    if unicodedata.east_asian_width(char) in "WF":
        return 1.8
    return 1.1


@lru_cache(maxsize=65536)
def word_width(word: str) -> float:
    return sum(char_width(c) for c in word)


_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_TOKENS = re.compile(f" +|[{_CJK}]|[^ {_CJK}]+")


_TALL_SCRIPT = re.compile("[\u0590-\U0010ffff]")


def _tall_script(text: str) -> bool:
    return _TALL_SCRIPT.search(text) is not None


def line_count(text: str, width: float, limit: int = 1000) -> int:
    """Lines that ``text`` takes when wrapped into ``width`` units: at spaces, and between any
    two Chinese or Japanese characters. A word longer than the line is broken inside (as
    spreadsheet programs do). Counting stops at ``limit`` lines.
    """
    if len(text) * WIDEST <= width and "\n" not in text:
        return 1  # short enough whatever its letters
    space = char_width(" ")
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = gap = 0.0
        for token in _TOKENS.findall(paragraph):
            if token[0] == " ":
                gap = len(token) * space
                continue
            size = word_width(token) if len(token) < 64 else sum(map(char_width, token))
            needed = used + gap + size if used else size
            gap = 0.0
            if needed <= width:
                used = needed
                continue
            if used:
                lines += 1
            while size > width:  # a word wider than the column
                lines += 1
                size -= width
            used = size
            if lines >= limit:
                return limit
        if lines >= limit:
            return limit
    return lines


def text_height(text: str, width: float, size: float = BASE_SIZE, bold: bool = False) -> float:
    """Points of row height that ``text`` needs in a wrapped cell ``width`` units wide."""
    scale = size / BASE_SIZE * (BOLD if bold else 1.0)
    usable = max(1.0, width - CELL_PADDING) / scale
    per_line = (LINE_TALL_SCRIPT if _tall_script(text) else LINE) * size / BASE_SIZE
    limit = int(MAX_HEIGHT // per_line) + 1
    return line_count(text, usable, limit) * per_line + PADDING


def rotated_height(text: str, size: float = BASE_SIZE, bold: bool = False) -> float:
    """Points that text rotated by 90° needs: its length, in points."""
    points_per_unit = UNIT_POINTS * size / BASE_SIZE * (BOLD if bold else 1.0)
    return word_width(text) * points_per_unit + 2 * PADDING + 4


def column_widths(sheet: Worksheet) -> dict[int, float]:
    widths = {}
    for index in range(1, sheet.max_column + 1):
        dimension = sheet.column_dimensions.get(get_column_letter(index))
        if dimension is not None and dimension.hidden:
            widths[index] = 0.0
        elif dimension is not None and dimension.customWidth:
            widths[index] = dimension.width
        else:
            widths[index] = DEFAULT_WIDTH
    return widths


def fit_rows(sheet: Worksheet, first_row: int = 1) -> list[Cell]:
    """Set the height of every row with wrapped or rotated text to what its text needs; return
    the cells whose text needs more than the tallest row (their row shows the beginning)."""
    widths = column_widths(sheet)
    overflowing = []
    merged = {}  # the first cell of a merged range on one row: the range's width
    for cells in sheet.merged_cells.ranges:
        if cells.min_row == cells.max_row:
            merged[(cells.min_row, cells.min_col)] = sum(
                widths.get(c, DEFAULT_WIDTH) for c in range(cells.min_col, cells.max_col + 1)
            )
    needs: dict[int, float] = {}
    # The cells that exist (iter_rows would create every empty cell of the rectangle).
    for (number, column), cell in sheet._cells.items():
        value = cell._value
        if number < first_row or not isinstance(value, str) or not value:
            continue
        if not widths.get(column):
            continue
        alignment = cell.alignment
        if alignment.textRotation in (90, 180, 255):
            font = cell.font
            height = rotated_height(value, font.sz or BASE_SIZE, bool(font.b))
        elif alignment.wrap_text:
            font = cell.font
            width = merged.get((number, column), widths[column])
            height = text_height(value, width, font.sz or BASE_SIZE, bool(font.b))
            if height > MAX_HEIGHT:
                overflowing.append(cell)
        else:
            continue
        needs[number] = max(needs.get(number, 0.0), height)
    for number, needed in needs.items():
        if needed > LINE_TALL_SCRIPT + PADDING:  # more than one line: one fits any row
            dimension = sheet.row_dimensions[number]
            if dimension.height is None or dimension.height < needed:
                dimension.height = min(MAX_HEIGHT, round(needed, 1))
    return overflowing
