"""The Coverage sheet (instrument × role, with text marks and colours) and the Coordination
sheet (each mechanism, whether it meets as planned, who is missing)."""

from __future__ import annotations

from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import CoverageStatus
from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.excel.cells import (
    LABEL_FONT,
    TITLE_FONT,
    header_row,
    new_sheet,
    note,
    put,
)
from synergy_desktop.text import arg, translate

FILLS = {
    CoverageStatus.FILLED: PatternFill("solid", fgColor="D8F0D8"),
    CoverageStatus.STALE: PatternFill("solid", fgColor="FDE9B8"),
    CoverageStatus.MISSING: PatternFill("solid", fgColor="F6D0D0"),
}
MARKS = {CoverageStatus.FILLED: "✓", CoverageStatus.STALE: "!", CoverageStatus.MISSING: "✗"}


def write_coverage(book: Workbook, data: SummaryData, lang: str) -> None:
    coverage = data.coverage
    if coverage is None:
        return
    sheet = new_sheet(book, translate("Excel", "Coverage"))
    put(sheet, 1, 1, translate("Excel", "Coverage of focal-point roles")).font = TITLE_FONT
    put(
        sheet,
        2,
        1,
        arg(
            translate(
                "Excel", "%1 of %2 roles filled; %3 missing; %4 not verified in the last %5 months."
            ),
            coverage.filled,
            coverage.total,
            coverage.count(CoverageStatus.MISSING),
            coverage.count(CoverageStatus.STALE),
            coverage.stale_after_months,
        ),
    )
    legend = translate("Excel", "✓ filled   ! not verified recently   ✗ missing")
    put(sheet, 3, 1, legend)
    active = [i for i in instruments() if i.code not in coverage.excluded]
    width = max((len(i.roles) for i in active), default=1)
    header_row(
        sheet,
        5,
        [translate("Excel", "Instrument")]
        + [arg(translate("Excel", "Role %1"), n) for n in range(1, width + 1)],
    )
    for row, instrument in enumerate(active, start=6):
        put(sheet, row, 1, instrument.short_name.get(lang), wrap=True).font = LABEL_FONT
        for column, role in enumerate(instrument.roles, start=2):
            cell = coverage.cell(instrument.code, role.code)
            text = f"{MARKS[cell.status]} {role.name.get(lang)}"
            if cell.holders:
                text += f"\n{', '.join(cell.holders) if data.personal_data else ''}".rstrip()
            target = put(sheet, row, column, text, wrap=True)
            target.fill = FILLS[cell.status]
    sheet.freeze_panes = "B6"
    sheet.column_dimensions["A"].width = 16
    for column in range(2, width + 2):
        sheet.column_dimensions[get_column_letter(column)].width = 26


def write_coordination(book: Workbook, data: SummaryData, lang: str) -> None:
    sheet = new_sheet(book, translate("Excel", "Coordination"))
    if not data.mechanisms:
        put(sheet, 1, 1, translate("Excel", "No coordination mechanism is recorded yet."))
        return
    row = 1
    for mechanism, status in data.mechanisms:
        put(sheet, row, 1, mechanism.name).font = TITLE_FONT
        facts = [
            (translate("Excel", "Legal basis or act"), mechanism.legal_basis),
            (translate("Excel", "Mandate"), mechanism.mandate),
            (translate("Excel", "Chair"), mechanism.chair_institution),
            (translate("Excel", "Secretariat"), mechanism.secretariat),
            (translate("Excel", "Planned meetings per year"), mechanism.meetings_per_year),
            (translate("Excel", "Meetings in the last 12 months"), status.meetings_last_year),
            (
                translate("Excel", "Instruments without a focal point among the members"),
                ", ".join(status.absent_instruments) or translate("Excel", "none"),
            ),
            (translate("Excel", "Members"), "; ".join(m.label for m in mechanism.members)),
        ]
        for label, value in facts:
            row += 1
            put(sheet, row, 1, label, wrap=True).font = LABEL_FONT
            note(sheet, row, value, 2, column=2)
        row += 2
        header_row(
            sheet,
            row,
            [
                translate("Excel", "Meeting"),
                translate("Excel", "Decisions"),
                translate("Excel", "Next steps"),
            ],
        )
        for meeting in mechanism.meetings:
            row += 1
            put(sheet, row, 1, meeting.held_on, wrap=True)
            put(sheet, row, 2, meeting.decisions, wrap=True)
            put(sheet, row, 3, meeting.next_steps, wrap=True)
        row += 3
    for column, width in zip("ABC", (30, 60, 50), strict=True):
        sheet.column_dimensions[column].width = width
