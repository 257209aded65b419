"""The comparison workbook: each option's rating per team and the spread, a chart per area."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.styles import PatternFill

from synergy_desktop.domain.rating import Rating
from synergy_desktop.domain.team_comparison import Comparison
from synergy_desktop.formats.excel.cells import TITLE_FONT, header_row, new_sheet, put
from synergy_desktop.formats.excel.printing import setup
from synergy_desktop.formats.excel.summary import atomic_save
from synergy_desktop.text import arg, translate

WIDE_SPREAD = 2  # a spread from which the teams clearly disagree (highlighted)
DISAGREE = PatternFill("solid", fgColor="F8D7A4")
CHART_ROWS = 16  # rows one chart takes on the chart sheet


def rating_text(rating: Rating | None) -> str | int:
    """A rating as the table shows it: the number, or a short word for the two others."""
    if rating is None:
        return translate("Compare", "no round")
    if rating.score is not None:
        return rating.score
    if rating is Rating.NOT_APPLICABLE:
        return translate("Compare", "n/a")
    return translate("Compare", "not discussed")


def export_comparison(
    comparison: Comparison, target: Path, lang: str = "en"
) -> Iterator[tuple[int, int, str]]:
    """Write the workbook; closing the generator early leaves ``target`` as it was."""
    steps = 3
    yield 0, steps, translate("Excel", "Writing sheets…")
    book = Workbook()
    table = book.active
    table.title = translate("Compare", "Comparison")[:31]
    first, _last = _table(table, comparison)
    yield 1, steps, translate("Excel", "Writing sheets…")
    _charts(book, comparison, first)
    footer = arg(translate("Excel", "Page %1 of %2"), "&P", "&N")
    for sheet in book.worksheets:
        setup(sheet, translate("Compare", "Comparison of teams"), footer)
    yield 2, steps, translate("Excel", "Saving the workbook…")
    atomic_save(book, target)
    yield steps, steps, translate("Excel", "Done")


def _table(sheet, comparison: Comparison) -> tuple[int, int]:
    put(
        sheet, 1, 1, translate("Compare", "Ratings of each team, option by option")
    ).font = TITLE_FONT
    put(
        sheet,
        2,
        1,
        translate(
            "Compare",
            "0 not started … 4 fully in place. Spread: the highest rating minus the lowest.",
        ),
    )
    teams = comparison.teams
    header = 4
    header_row(
        sheet,
        header,
        [
            translate("Compare", "Area"),
            translate("Compare", "Option"),
            translate("Compare", "Title"),
            *[t.name for t in teams],
            translate("Compare", "Spread"),
        ],
    )
    put(sheet, header + 1, 3, translate("Compare", "Round compared"))
    for column, team in enumerate(teams, start=4):
        put(sheet, header + 1, column, team.round_title)
    row = header + 2
    first = row
    spread_column = 4 + len(teams)
    for option in comparison.rows:
        put(sheet, row, 1, option.area_id)
        put(sheet, row, 2, option.option_id)
        put(sheet, row, 3, option.option_title, wrap=True)
        for column, rating in enumerate(option.ratings, start=4):
            put(sheet, row, column, rating_text(rating))
        spread = option.spread
        if spread is not None:
            cell = put(sheet, row, spread_column, spread)
            if spread >= WIDE_SPREAD:
                cell.fill = DISAGREE
        row += 1
    sheet.freeze_panes = sheet.cell(row=header + 1, column=4)
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 8
    sheet.column_dimensions["C"].width = 48
    for column in range(4, spread_column + 1):
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = 14
    return first, row - 1


def _charts(book: Workbook, comparison: Comparison, first: int) -> None:
    """Numbers only (a rating that is not a number is left blank), then a chart per area."""
    data = new_sheet(book, translate("Compare", "Chart data"))
    charts = new_sheet(book, translate("Compare", "Charts"))
    put(data, 1, 1, translate("Compare", "Option"))
    for column, team in enumerate(comparison.teams, start=2):
        put(data, 1, column, team.name)
    row = 2
    anchor = 1
    for area_id, area_title in comparison.areas():
        start = row
        for option in (o for o in comparison.rows if o.area_id == area_id):
            put(data, row, 1, option.option_id)
            for column, rating in enumerate(option.ratings, start=2):
                if rating is not None and rating.score is not None:
                    put(data, row, column, rating.score)
            row += 1
        chart = BarChart()
        chart.type = "col"
        chart.title = f"{area_id}. {area_title}"
        chart.y_axis.title = translate("Compare", "Rating")
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 4
        chart.y_axis.majorUnit = 1
        chart.height, chart.width = 7.5, 18
        for column in range(2, len(comparison.teams) + 2):
            series = Reference(data, min_col=column, min_row=start, max_row=row - 1)
            chart.add_data(series, titles_from_data=False)
        for series, team in zip(chart.series, comparison.teams, strict=True):
            series.tx = SeriesLabel(v=team.name)
        chart.set_categories(Reference(data, min_col=1, min_row=start, max_row=row - 1))
        charts.add_chart(chart, f"A{anchor}")
        anchor += CHART_ROWS
