"""Print setup for every sheet: landscape A4, narrow margins, fit to the page width only (rows
flow onto more pages), rows as tall as their wrapped text, titles repeated, right to left in
Arabic, and a header and footer with the country, the round, the sheet and the page number."""

from __future__ import annotations

from openpyxl.cell.cell import Cell
from openpyxl.workbook import Workbook
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.excel.cells import right_to_left
from synergy_desktop.formats.excel.layout import column_widths, fit_rows
from synergy_desktop.formats.excel.long_texts_sheet import write_long_texts
from synergy_desktop.text import arg, translate

#: The widest a sheet may be, in column-width units, for its text to print at 8 pt or more
#: when fitted to the width of a landscape A4 page (LibreOffice's unit is the width of "0" in
#: Noto Sans, about 6.3 pt at 11 pt; Excel's Calibri is narrower, so Excel prints larger).
PRINT_WIDTH = 162
MARGINS = PageMargins(left=0.3, right=0.3, top=0.55, bottom=0.55, header=0.2, footer=0.2)
LRM = "\u200e"  # left-to-right mark


def header_text(text: str) -> str:
    return text.replace("&", "&&")  # "&" starts a code in Excel headers


def page_footer(lang: str) -> str:
    """The footer "Page 3 of 11". In Arabic each number the spreadsheet fills in is held between
    left-to-right marks: without them LibreOffice drops the space between "page" and the
    number ("11 من1الصفحة")."""
    if right_to_left(lang):
        return arg(translate("Excel", "Page %1 of %2"), f"{LRM}&P{LRM}", f"{LRM}&N{LRM}")
    return arg(translate("Excel", "Page %1 of %2"), "&P", "&N")


def prepare_printing(book: Workbook, data: SummaryData, lang: str = "en") -> None:
    """Set up every sheet; texts too long for a row also print in full on a last sheet."""
    header = header_text(" – ".join(p for p in (data.country.name, data.assessment.title) if p))
    overflowing = []
    for sheet in book.worksheets:
        overflowing += [(sheet, cell) for cell in setup(sheet, header, page_footer(lang), lang)]
    if overflowing:
        setup(write_long_texts(book, overflowing), header, page_footer(lang), lang)


def setup(sheet: Worksheet, header: str, footer: str, lang: str = "en") -> list[Cell]:
    """Set up printing; return the cells whose text is too long for a row."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages tall as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins = MARGINS
    sheet.print_options.gridLines = False
    sheet.sheet_view.rightToLeft = right_to_left(lang)
    sheet.oddHeader.center.text = header
    sheet.oddHeader.right.text = header_text(sheet.title)
    sheet.oddFooter.center.text = footer
    if sheet.print_title_rows is None and sheet.freeze_panes:
        first_data_row = sheet[sheet.freeze_panes].row
        if first_data_row > 1:
            sheet.print_title_rows = f"{first_data_row - 1}:{first_data_row - 1}"
    return fit_rows(sheet)


def print_width(sheet: Worksheet) -> float:
    """The width of the printed columns, in column-width units."""
    return sum(column_widths(sheet).values())
