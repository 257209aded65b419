"""The Overview sheet: who, what, when; completeness and score per area, with a bar chart and a
radar chart (native Excel charts that read the table) on a page of their own."""

from __future__ import annotations

from openpyxl.chart import BarChart, RadarChart, Reference
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor
from openpyxl.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break

from synergy_desktop.domain.labels import field_label, status_label
from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.excel.cells import (
    LABEL_FONT,
    TITLE_FONT,
    header_row,
    note,
    put,
    sheet_name,
)
from synergy_desktop.formats.excel.dates import format_datetime
from synergy_desktop.text import arg, translate

PERCENT = "0%"
WIDTHS = (28, 60, 10, 10, 14, 14)
CHART_ROWS = 24  # rows of 15 pt: about 12.7 cm, well within a landscape page


def _participants(data: SummaryData) -> str:
    names = data.assessment.participants
    if data.personal_data:
        return "\n".join(names)
    return translate("Excel", "%n participant(s); names left out of this export", None, len(names))


def write_overview(book: Workbook, data: SummaryData, lang: str) -> None:
    sheet = book.active
    sheet.title = sheet_name(book, translate("Excel", "Overview"))
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
        (translate("Excel", "Exported"), format_datetime(data.generated_at.astimezone(), lang)),
        (field_label("participants"), _participants(data)),
    ]
    for offset, (label, value) in enumerate(facts, start=3):
        put(sheet, offset, 1, label, wrap=True).font = LABEL_FONT
        note(sheet, offset, value, len(WIDTHS) - 1, column=2)
    row = 3 + len(facts) + 1
    overall = data.progress.overall
    if overall.answered == 0:
        note(
            sheet,
            row,
            translate(
                "Excel",
                "No option has been answered in this round yet: "
                "every area below shows 0 of its options answered.",
            ),
            len(WIDTHS),
        )
        row += 1
    header = row
    header_row(
        sheet,
        header,
        [
            translate("Excel", "Area"),
            translate("Excel", "Title"),
            translate("Excel", "Options"),
            translate("Excel", "Answered"),
            translate("Excel", "Completeness"),
            translate("Excel", "Score"),
        ],
    )
    for area in data.framework.areas:
        row += 1
        _area_row(sheet, row, area.id, area.title.get(lang), data.progress.area(area.id))
    last_area = row
    row += 1
    _area_row(sheet, row, "", translate("Excel", "All areas"), overall)
    for cell in sheet[row]:
        cell.font = LABEL_FONT
    note(
        sheet,
        row + 2,
        translate(
            "Excel",
            "Completeness = answered options ÷ all options. "
            "Score = mean rating (0-4) of rated, applicable options "
            "÷ 4; an empty score means no option of the area is rated "
            "yet.",
        ),
        len(WIDTHS),
    )
    for column, width in zip("ABCDEF", WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    _charts(sheet, header, last_area, row + 3)


def _area_row(sheet, row: int, area_id: str, title: str, progress) -> None:
    put(sheet, row, 1, area_id)
    put(sheet, row, 2, title, wrap=True)
    put(sheet, row, 3, progress.total)
    put(sheet, row, 4, progress.answered)
    put(sheet, row, 5, progress.completeness).number_format = PERCENT
    score = put(sheet, row, 6, progress.score)
    score.number_format = PERCENT


def _anchor(first_column: int, last_column: int, row: int) -> TwoCellAnchor:
    """From the top left of (first_column, row) to the top left of (last_column, row +
    CHART_ROWS), 0-based columns: the chart scales with the columns, in every program."""
    return TwoCellAnchor(
        _from=AnchorMarker(col=first_column, row=row - 1),
        to=AnchorMarker(col=last_column, row=row - 1 + CHART_ROWS),
    )


def _charts(sheet, header: int, last: int, anchor_row: int) -> None:
    """Both charts side by side, after a page break: a page of their own, never cut."""
    sheet.row_breaks.append(Break(id=anchor_row - 1))
    categories = Reference(sheet, min_col=1, min_row=header + 1, max_row=last)
    values = Reference(sheet, min_col=5, max_col=6, min_row=header, max_row=last)
    bars = BarChart()
    bars.type = "col"
    bars.title = translate("Excel", "Completeness and score per area")
    bars.y_axis.title = translate("Excel", "Share")
    bars.y_axis.number_format = PERCENT
    bars.y_axis.scaling.min = 0
    bars.y_axis.scaling.max = 1
    bars.add_data(values, titles_from_data=True)
    bars.set_categories(categories)
    sheet.add_chart(bars, _anchor(0, 2, anchor_row))
    radar = RadarChart()
    radar.type = "marker"
    radar.title = translate("Excel", "Score per area")
    radar.add_data(Reference(sheet, min_col=6, min_row=header, max_row=last), titles_from_data=True)
    radar.set_categories(categories)
    radar.y_axis.scaling.min = 0
    radar.y_axis.scaling.max = 1
    sheet.add_chart(radar, _anchor(2, len(WIDTHS), anchor_row))
