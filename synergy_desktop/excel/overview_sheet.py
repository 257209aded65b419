"""The Overview sheet: who, what, when, and completeness and score per area."""

from __future__ import annotations

from openpyxl.workbook import Workbook

from synergy_desktop.excel.cells import LABEL_FONT, TITLE_FONT, header_row, put
from synergy_desktop.services.labels import field_label, status_label
from synergy_desktop.services.summary import SummaryData
from synergy_desktop.text import arg, translate

PERCENT = "0%"


def _participants(data: SummaryData) -> str:
    names = data.assessment.participants
    if data.personal_data:
        return "; ".join(names)
    return translate("Excel", "%n participant(s); names left out of this export", None, len(names))


def write_overview(book: Workbook, data: SummaryData, lang: str) -> None:
    sheet = book.active
    sheet.title = translate("Excel", "Overview")
    info = data.assessment
    put(sheet, 1, 1, translate("Excel", "Synergies self-assessment – summary")).font = TITLE_FONT
    facts = [
        (translate("Excel", "Country"), data.country.name or translate("Excel", "(not set)")),
        (field_label("assessment"), info.title),
        (field_label("period"), info.period),
        (field_label("status"), status_label(info.status)),
        (translate("Excel", "Framework"), data.framework.title.get(lang)),
        (
            translate("Excel", "Framework id and version"),
            arg(
                translate("Excel", "%1, version %2 (content %3)"),
                info.pack_id,
                info.pack_version,
                info.pack_hash[:12],
            ),
        ),
        (translate("Excel", "Exported"), data.generated_at.astimezone()),
        (field_label("participants"), _participants(data)),
    ]
    for offset, (label, value) in enumerate(facts, start=3):
        put(sheet, offset, 1, label).font = LABEL_FONT
        put(sheet, offset, 2, value, wrap=True)

    row = 3 + len(facts) + 1
    overall = data.progress.overall
    if overall.answered == 0:
        put(
            sheet,
            row,
            1,
            translate(
                "Excel",
                "No option has been answered in this round yet: "
                "every area below shows 0 of its options answered.",
            ),
            wrap=True,
        )
        row += 1
    header_row(
        sheet,
        row,
        [
            translate("Excel", "Area"),
            translate("Excel", "Title"),
            translate("Excel", "Options"),
            translate("Excel", "Answered"),
            translate("Excel", "Completeness"),
            translate("Excel", "Score"),
        ],
    )
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)
    rows = [
        (area.id, area.title.get(lang), data.progress.area(area.id))
        for area in data.framework.areas
    ]
    rows.append(("", translate("Excel", "All areas"), overall))
    for area_id, title, progress in rows:
        row += 1
        put(sheet, row, 1, area_id)
        put(sheet, row, 2, title, wrap=True)
        put(sheet, row, 3, progress.total)
        put(sheet, row, 4, progress.answered)
        put(sheet, row, 5, progress.completeness).number_format = PERCENT
        if progress.score is None:
            put(sheet, row, 6, translate("Excel", "no rating yet"))
        else:
            put(sheet, row, 6, progress.score).number_format = PERCENT
    for cell in sheet[row]:
        cell.font = LABEL_FONT
    put(
        sheet,
        row + 2,
        1,
        translate(
            "Excel",
            "Completeness = answered options ÷ all options. "
            "Score = mean rating (0-4) of rated, applicable options "
            "÷ 4.",
        ),
        wrap=False,
    )
    for column, width in zip("ABCDEF", (28, 60, 10, 10, 14, 14), strict=True):
        sheet.column_dimensions[column].width = width
