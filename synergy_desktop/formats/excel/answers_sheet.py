"""The Answers sheet: one row per option of the framework with every answer field."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.assessment import Answer
from synergy_desktop.domain.labels import field_label, priority_label, rating_label
from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.excel.cells import header_row, new_sheet, put
from synergy_desktop.text import translate

# Fits a landscape page at 8 pt or more (printing.PRINT_WIDTH); long texts wrap, rows grow.
WIDTHS = (5, 7, 17, 12, 9, 12, 14, 19, 15, 15, 11, 10, 16)


def write_answers(book: Workbook, data: SummaryData, lang: str) -> None:
    sheet = new_sheet(book, translate("Excel", "Answers"))
    short = {i.code: i.short_name.get(lang) for i in instruments()}
    header_row(
        sheet,
        1,
        [
            translate("Excel", "Area"),
            translate("Excel", "Option"),
            translate("Excel", "Option title"),
            field_label("rating"),
            field_label("priority"),
            field_label("conventions"),
            field_label("responsible"),
            field_label("evidence"),
            field_label("gaps"),
            field_label("next_steps"),
            field_label("target_date"),
            translate("Excel", "Last changed by"),
            translate("Excel", "Last changed"),
        ],
    )
    row = 1
    for area in data.framework.areas:
        for option in area.options:
            row += 1
            answer = data.answers.get(option.id, Answer(option.id))
            values = [
                area.id,
                option.id,
                option.title.get(lang),
                rating_label(answer.rating),
                priority_label(answer.priority),
                ", ".join(short.get(code, code) for code in answer.conventions),
                answer.responsible,
                answer.evidence,
                answer.gaps,
                answer.next_steps,
                answer.target_date,
                answer.updated_by if data.personal_data else "",
                answer.updated_at.astimezone() if answer.updated_at else None,
            ]
            for column, value in enumerate(values, start=1):
                put(sheet, row, column, value, wrap=True)
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(WIDTHS))}{row}"
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
