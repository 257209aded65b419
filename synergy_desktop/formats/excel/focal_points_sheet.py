"""The Focal points sheet: the current register, with or without personal data."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.excel.cells import header_row, new_sheet, put
from synergy_desktop.text import translate


def write_focal_points(book: Workbook, data: SummaryData, lang: str) -> None:
    sheet = new_sheet(book, translate("Excel", "Focal points"))
    short = {i.code: i.short_name.get(lang) for i in instruments()}
    roles = {(i.code, r.code): r.name.get(lang) for i in instruments() for r in i.roles}
    columns = [
        (translate("Excel", "Instrument"), 11, lambda e: short.get(e.instrument, e.instrument)),
        (translate("Excel", "Role"), 15, lambda e: roles.get((e.instrument, e.role), e.role)),
    ]
    if data.personal_data:
        columns.append((translate("Excel", "Name"), 12, lambda e: e.person.name))
    columns += [
        (translate("Excel", "Position"), 12, lambda e: e.person.position),
        (translate("Excel", "Institution"), 14, lambda e: e.person.institution),
        (translate("Excel", "Department"), 11, lambda e: e.person.department),
    ]
    if data.personal_data:
        columns += [
            (translate("Excel", "E-mail"), 16, lambda e: e.person.email),
            (translate("Excel", "Phone"), 10, lambda e: e.person.phone),
            (translate("Excel", "Address"), 15, lambda e: e.person.address),
        ]
    columns += [
        (
            translate("Excel", "Primary"),
            8,
            lambda e: translate("Excel", "yes") if e.is_primary else "",
        ),
        (translate("Excel", "Designated"), 11, lambda e: e.designated_on),
        (translate("Excel", "Last verified"), 11, lambda e: e.verified_on),
    ]
    if data.personal_data:  # notes are about the person
        columns.append((translate("Excel", "Notes"), 15, lambda e: e.notes))
    header_row(sheet, 1, [title for title, _, _ in columns])
    for row, entry in enumerate(data.focal_points, start=2):
        for column, (_, _, value) in enumerate(columns, start=1):
            put(sheet, row, column, value(entry), wrap=True)
    last = get_column_letter(len(columns))
    if not data.focal_points:
        put(sheet, 2, 1, translate("Excel", "No focal point is recorded in this workspace yet."))
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{last}{max(2, len(data.focal_points) + 1)}"
    for column, (_, width, _) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
