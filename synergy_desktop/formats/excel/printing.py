"""Print setup for every sheet: titles repeated, fit to width, landscape where wide, and a
header and footer with the country, the round and the page number."""

from __future__ import annotations

from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.text import arg, translate

WIDE = 6  # columns from which a sheet prints in landscape


def _header_text(text: str) -> str:
    return text.replace("&", "&&")  # "&" starts a code in Excel headers


def prepare_printing(book: Workbook, data: SummaryData) -> None:
    header = _header_text(" – ".join(p for p in (data.country.name, data.assessment.title) if p))
    footer = arg(translate("Excel", "Page %1 of %2"), "&P", "&N")
    for sheet in book.worksheets:
        setup(sheet, header, footer)


def setup(sheet: Worksheet, header: str, footer: str) -> None:
    sheet.page_setup.orientation = "landscape" if sheet.max_column >= WIDE else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    sheet.oddHeader.center.text = header
    sheet.oddHeader.right.text = _header_text(sheet.title)
    sheet.oddFooter.center.text = footer
    if sheet.print_title_rows is None and sheet.freeze_panes:
        first_data_row = sheet[sheet.freeze_panes].row
        if first_data_row > 1:
            sheet.print_title_rows = f"{first_data_row - 1}:{first_data_row - 1}"
