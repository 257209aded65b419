"""The Action items sheet: every next step with its owner and date, soonest first."""

from __future__ import annotations

from datetime import date

from openpyxl.workbook import Workbook

from synergy_desktop.domain.labels import field_label, priority_label
from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.excel.cells import header_row, new_sheet, put
from synergy_desktop.text import translate


def write_actions(book: Workbook, data: SummaryData, lang: str) -> None:
    sheet = new_sheet(book, translate("Excel", "Action items"))
    header_row(
        sheet,
        1,
        [
            translate("Excel", "Target date"),
            translate("Excel", "Option"),
            translate("Excel", "Option title"),
            field_label("next_steps"),
            translate("Excel", "Owner"),
            field_label("priority"),
            field_label("gaps"),
        ],
    )
    items = []
    for option in data.framework.options:
        answer = data.answers.get(option.id)
        if answer is not None and answer.next_steps.strip():
            items.append((answer.target_date or date.max, option, answer))
    items.sort(key=lambda item: (item[0], item[1].id))
    for row, (_, option, answer) in enumerate(items, start=2):
        values = [
            answer.target_date,
            option.id,
            option.title.get(lang),
            answer.next_steps,
            answer.responsible,
            priority_label(answer.priority),
            answer.gaps,
        ]
        for column, value in enumerate(values, start=1):
            put(sheet, row, column, value, wrap=True)
    if not items:
        put(sheet, 2, 1, translate("Excel", "No next steps are recorded in this round yet."))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:G{max(2, len(items) + 1)}"
    for column, width in zip("ABCDEFG", (11, 8, 24, 40, 24, 9, 34), strict=True):
        sheet.column_dimensions[column].width = width
