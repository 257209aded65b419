"""The NBSAP alignment sheet: a matrix per framework (2 direct, 1 partial, coloured by
conditional formatting; reference targets as rotated column headers) and the gap lists."""

from __future__ import annotations

from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment as CellAlignment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from synergy_desktop.domain.nbsap import Level, framework_coverage, unaligned_targets
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

VALUES = {Level.PARTIAL: 1, Level.DIRECT: 2}
DIRECT = PatternFill("solid", fgColor="4F9A52", bgColor="4F9A52")
PARTIAL = PatternFill("solid", fgColor="B9DCB0", bgColor="B9DCB0")
ROTATED = CellAlignment(text_rotation=90, horizontal="center", vertical="bottom")
TARGET_WIDTH, MARK_WIDTH = 40, 4.5  # 40 + 23 KMGBF targets × 4.5 fits a landscape page
NOTE_COLUMNS = 12


def write_nbsap(book: Workbook, data: SummaryData, lang: str) -> None:
    sheet = new_sheet(book, translate("Excel", "NBSAP alignment"))
    put(sheet, 1, 1, translate("Excel", "NBSAP alignment")).font = TITLE_FONT
    note(
        sheet,
        2,
        translate("Excel", "2 = direct contribution, 1 = partial contribution, empty = none."),
        NOTE_COLUMNS,
    )
    if not data.targets:
        note(
            sheet,
            4,
            translate("Excel", "No national target is recorded in this workspace yet."),
            NOTE_COLUMNS,
        )
        return
    row = 4
    widest = 1
    for framework in data.frameworks:
        cells = {
            (a.national_target_id, a.reference): a
            for a in data.alignments
            if a.framework == framework.id
        }
        put(sheet, row, 1, framework.name.get(lang)).font = LABEL_FONT
        row += 1
        header_row(
            sheet, row, [translate("Excel", "National target")] + [t.id for t in framework.targets]
        )
        for column in range(2, len(framework.targets) + 2):
            sheet.cell(row=row, column=column).alignment = ROTATED
        first = row + 1
        for target in data.targets:
            row += 1
            put(sheet, row, 1, f"{target.code} {target.title}", wrap=True)
            for column, reference in enumerate(framework.targets, start=2):
                cell = cells.get((target.id, reference.id))
                if cell is not None and cell.level in VALUES:
                    put(sheet, row, column, VALUES[cell.level], centre=True)
        last_column = get_column_letter(len(framework.targets) + 1)
        area = f"B{first}:{last_column}{row}"
        sheet.conditional_formatting.add(
            area,
            CellIsRule(operator="equal", formula=["2"], fill=DIRECT, font=Font(color="FFFFFF")),
        )
        sheet.conditional_formatting.add(
            area, CellIsRule(operator="equal", formula=["1"], fill=PARTIAL)
        )
        widest = max(widest, len(framework.targets) + 1)
        row += 2
    row = _gaps(sheet, data, lang, row)
    sheet.column_dimensions["A"].width = TARGET_WIDTH
    for column in range(2, widest + 1):
        sheet.column_dimensions[get_column_letter(column)].width = MARK_WIDTH


def _gaps(sheet, data: SummaryData, lang: str, row: int) -> int:
    put(sheet, row, 1, translate("Excel", "Coverage and gaps")).font = TITLE_FONT
    for framework in data.frameworks:
        coverage = framework_coverage(framework, data.alignments)
        row += 1
        note(
            sheet,
            row,
            arg(
                translate("Excel", "%1: %2 of %3 covered"),
                framework.name.get(lang),
                coverage.covered,
                coverage.total,
            ),
            NOTE_COLUMNS,
        )
        if coverage.uncovered:
            titles = {t.id: t.title.get(lang) for t in framework.targets}
            for reference in coverage.uncovered:
                row += 1
                note(
                    sheet,
                    row,
                    arg(translate("Excel", "   not covered: %1 %2"), reference, titles[reference]),
                    NOTE_COLUMNS,
                )
    row += 2
    put(
        sheet, row, 1, translate("Excel", "National targets that serve no reference target")
    ).font = LABEL_FONT
    unaligned = unaligned_targets(data.targets, data.alignments)
    for target in unaligned:
        row += 1
        note(sheet, row, f"{target.code} {target.title}", NOTE_COLUMNS)
    if not unaligned:
        row += 1
        put(sheet, row, 1, translate("Excel", "none"))
    return row
