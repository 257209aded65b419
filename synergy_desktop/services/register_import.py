"""Import focal points from a spreadsheet (xlsx or CSV): a preview first, then all at once.

The first row with an "Instrument" and a "Role" column is the header (column names in any of
the six languages, see ``register_headers``); every row below it is one role holder. Instrument
and role are given by code (``CBD``, ``nfp``) or by name in any language. Every row is either
accepted or rejected with its reason; applying adds every accepted row in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import FocalPoint, FocalPointInput, Person
from synergy_desktop.domain.framework import Instrument
from synergy_desktop.formats.csv_table import csv_rows
from synergy_desktop.formats.excel.reading import WorkbookError, open_workbook, sheet_rows
from synergy_desktop.services.country import get_country
from synergy_desktop.services.errors import ValidationError
from synergy_desktop.services.focal_points import PERSON_FIELDS, FocalPointService, role_name
from synergy_desktop.services.register_headers import REQUIRED, columns, normalise
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate

MAX_REGISTER_ROWS = 2_000
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}


@dataclass
class RegisterPreview:
    source: str
    sheet: str = ""
    accepted: list[tuple[int, FocalPointInput]] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _names() -> dict[str, str]:
    """Instrument code by any of its names (code, short name, full name, every language)."""
    found: dict[str, str] = {}
    for instrument in instruments():
        found[normalise(instrument.code)] = instrument.code
        for text in (*instrument.short_name.texts.values(), *instrument.name.texts.values()):
            found.setdefault(normalise(text), instrument.code)
    return found


def _role(instrument: Instrument, text: str) -> str | None:
    """The role code of ``text`` for ``instrument``: a code, a name in any language, or the
    name with the instrument in front ("CBD National focal point")."""
    wanted = normalise(text)
    prefixes = {normalise(t) for t in instrument.short_name.texts.values()}
    for prefix in prefixes:
        if wanted.startswith(prefix + " "):
            wanted = wanted[len(prefix) + 1 :]
            break
    generic = next(
        (r for i in instruments() if i.code == "CBD" for r in i.roles if r.code == "nfp"), None
    )
    for role in instrument.roles:
        names = {normalise(role.code), *(normalise(t) for t in role.name.texts.values())}
        if role.code == "nfp" and generic is not None:  # "National focal point" for any treaty
            names |= {normalise(t) for t in generic.name.texts.values()}
        if wanted in names:
            return role.code
    return None


def _day(value: object, label: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(_text(value))
    except ValueError:
        raise ValidationError(
            arg(
                translate("RegisterImport", "“%1” in the column %2 is not a date (YYYY-MM-DD)"),
                _text(value),
                label,
            )
        ) from None


def _rows(path: Path) -> tuple[str, object]:
    """The sheet's name ("" for a CSV file) and its rows; CSV files by their extension,
    workbooks otherwise."""
    if path.suffix.casefold() in CSV_SUFFIXES:
        return "", csv_rows(path, MAX_REGISTER_ROWS)
    book = open_workbook(path)
    sheet = book.worksheets[0]
    rows = list(sheet_rows(sheet, MAX_REGISTER_ROWS))
    title = sheet.title
    book.close()
    return title, rows


class _Checker:
    """Turns the rows of one file into entries, remembering what earlier rows took."""

    def __init__(self, workspace: Workspace) -> None:
        self.service = FocalPointService(workspace)
        self.by_name = _names()
        self.excluded = get_country(workspace).excluded_instruments
        self.instruments = {i.code: i for i in instruments()}
        self.current = [e for e in self.service.entries() if e.is_current]
        self.taken: dict[tuple[str, str], int] = {}  # single-holder roles taken by a row
        self.people: dict[tuple[str, str, Person], int] = {}  # (instrument, role, person)
        self.contacts = {person: contact for contact, person in self.service.contacts()}

    def entry(self, cells: dict[str, object]) -> FocalPointInput:
        code = self.by_name.get(normalise(cells.get("instrument")))
        if code is None:
            raise ValidationError(
                arg(
                    translate("RegisterImport", "Unknown instrument “%1”"),
                    _text(cells.get("instrument")),
                )
                if _text(cells.get("instrument"))
                else translate("RegisterImport", "No instrument given")
            )
        instrument = self.instruments[code]
        if code in self.excluded:
            raise ValidationError(
                arg(
                    translate(
                        "RegisterImport",
                        "The country is not Party to %1 (File > Country profile)",
                    ),
                    instrument.short_name.get(),
                )
            )
        role = _role(instrument, _text(cells.get("role")))
        if role is None:
            raise ValidationError(
                arg(
                    translate("RegisterImport", "%1 has no role “%2”"),
                    instrument.short_name.get(),
                    _text(cells.get("role")),
                )
            )
        person = Person(**{name: _text(cells.get(name)) for name in PERSON_FIELDS})
        data = FocalPointInput(
            code,
            role,
            person,
            contact_id=self.contacts.get(person),
            designated_on=_day(cells.get("designated_on"), "designated on"),
            verified_on=_day(cells.get("verified_on"), "verified on"),
            notes=_text(cells.get("notes")),
        )
        self.service.validate(data)
        return data

    def duplicate(self, number: int, data: FocalPointInput) -> str | None:
        """Why the row repeats an entry of the register or an earlier row, or None."""
        spec = next(r for r in self.instruments[data.instrument].roles if r.code == data.role)
        name = role_name(data.instrument, data.role)
        if not spec.multiple:
            holder = next(
                (e for e in self.current if (e.instrument, e.role) == (data.instrument, data.role)),
                None,
            )
            if holder is not None:
                return arg(
                    translate(
                        "RegisterImport",
                        "%1 already has a holder in the register (%2); use “Change holder”",
                    ),
                    name,
                    holder.person.label,
                )
            first = self.taken.setdefault((data.instrument, data.role), number)
            if first != number:
                return arg(
                    translate("RegisterImport", "%1 is given again (first on row %2)"), name, first
                )
            return None
        key = (data.instrument, data.role, data.person)
        if any(
            (e.instrument, e.role) == key[:2] and e.person.label == data.person.label
            for e in self.current
        ):
            return arg(
                translate("RegisterImport", "%1 is already in the register as %2"),
                data.person.label,
                name,
            )
        first = self.people.setdefault(key, number)
        if first != number:
            return arg(
                translate("RegisterImport", "The same row appears again (first on row %1)"), first
            )
        return None


def preview_register_import(workspace: Workspace, path: Path) -> RegisterPreview:
    """Read the file and sort its rows into accepted and rejected (with reasons)."""
    path = Path(path)
    sheet, rows = _rows(path)
    preview = RegisterPreview(str(path), sheet)
    checker = _Checker(workspace)
    found: dict[str, int] | None = None
    for number, values in rows:
        if found is None:
            heading = columns(values)
            if all(key in heading for key in REQUIRED):
                found = heading
            continue
        if not any(_text(v) for v in values):
            continue
        cells = {key: values[i] if i < len(values) else None for key, i in found.items()}
        try:
            data = checker.entry(cells)
        except ValidationError as exc:
            preview.rejected.append((number, str(exc).rstrip(".")))
            continue
        reason = checker.duplicate(number, data)
        if reason is not None:
            preview.rejected.append((number, reason))
        else:
            preview.accepted.append((number, data))
    if found is None:
        raise WorkbookError(
            arg(
                translate(
                    "RegisterImport",
                    "%1 has no header row with “Instrument” and “Role” columns. Add one above "
                    "the focal points and try again; nothing was imported.",
                ),
                path,
            )
        )
    return preview


def apply_register_import(workspace: Workspace, preview: RegisterPreview) -> list[FocalPoint]:
    """Add every accepted row in one transaction (nothing is added if one fails)."""
    return FocalPointService(workspace).add_entries([data for _, data in preview.accepted])
