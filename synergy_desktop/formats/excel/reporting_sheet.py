"""The Reporting calendar sheet: every obligation with its due date and status, then the
datasets and the reports each one feeds."""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.reporting import Precision, Status
from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.excel.cells import (
    LABEL_FONT,
    TITLE_FONT,
    header_row,
    new_sheet,
    note,
    put,
)
from synergy_desktop.formats.excel.dates import YEAR, format_date, month_format
from synergy_desktop.text import arg, translate

OVERDUE = Font(color="A40000", bold=True)
# Column E holds the status above and the reports a dataset feeds below (long lists).
WIDTHS = (14, 22, 11, 11, 28, 11, 20, 21, 24)


def _status(status: Status) -> str:
    return {
        Status.NOT_STARTED: translate("Excel", "not started"),
        Status.IN_PREPARATION: translate("Excel", "in preparation"),
        Status.SUBMITTED: translate("Excel", "submitted"),
    }[status]


def write_reporting(book: Workbook, data: SummaryData, lang: str) -> None:
    sheet = new_sheet(book, translate("Excel", "Reporting calendar"))
    short = {i.code: i.short_name.get(lang) for i in instruments()}
    put(sheet, 1, 1, translate("Excel", "Reporting calendar")).font = TITLE_FONT
    overdue = [o for o in data.obligations if o.is_overdue(data.today)]
    note(
        sheet,
        2,
        arg(
            translate("Excel", "%1 obligations, %2 overdue on %3."),
            len(data.obligations),
            len(overdue),
            format_date(data.today, lang),
        ),
        len(WIDTHS),
    )
    header_row(
        sheet,
        4,
        [
            translate("Excel", "Instrument"),
            translate("Excel", "Report"),
            translate("Excel", "Due"),
            translate("Excel", "Days left"),
            translate("Excel", "Status"),
            translate("Excel", "Submitted on"),
            translate("Excel", "Responsible"),
            translate("Excel", "Cycle"),
            translate("Excel", "Notes"),
        ],
    )
    row = 4
    for obligation in data.obligations:
        row += 1
        due = obligation.due_date
        days = obligation.days_left(data.today) if obligation.is_open() else None
        values = [
            short.get(obligation.instrument, obligation.instrument),
            obligation.title,
            due if due is not None else translate("Excel", "no fixed date"),
            days,
            _status(obligation.status),
            obligation.submitted_on,
            obligation.responsible,
            obligation.cycle,
            obligation.notes,
        ]
        for column, value in enumerate(values, start=1):
            cell = put(sheet, row, column, value, wrap=True)
            if obligation.is_overdue(data.today) and column in (1, 2, 3, 4):
                cell.font = OVERDUE
        if due is not None and obligation.due_precision is Precision.MONTH:
            sheet.cell(row=row, column=3).number_format = month_format(lang)
        elif due is not None and obligation.due_precision is Precision.YEAR:
            sheet.cell(row=row, column=3).number_format = YEAR
    if not data.obligations:
        row += 1
        put(sheet, row, 1, translate("Excel", "The calendar is empty."))
    sheet.freeze_panes = "C5"
    sheet.auto_filter.ref = f"A4:I{max(row, 5)}"
    row += 3
    put(sheet, row, 1, translate("Excel", "Datasets and the reports they feed")).font = LABEL_FONT
    row += 1
    header_row(
        sheet,
        row,
        [
            translate("Excel", "Dataset"),
            translate("Excel", "Custodian"),
            translate("Excel", "Updated"),
            translate("Excel", "Last update"),
            translate("Excel", "Reports it feeds"),
            translate("Excel", "Shared"),
        ],
    )
    names = {o.id: f"{short.get(o.instrument, o.instrument)} {o.title}" for o in data.obligations}
    for dataset in data.datasets:
        row += 1
        values = [
            dataset.name,
            dataset.custodian,
            dataset.update_frequency,
            dataset.last_updated,
            "; ".join(names.get(i, "?") for i in dataset.obligation_ids),
            translate("Excel", "yes") if dataset.is_shared else "",
        ]
        for column, value in enumerate(values, start=1):
            put(sheet, row, column, value, wrap=True)
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.print_title_rows = "4:4"
