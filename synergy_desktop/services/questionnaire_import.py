"""Reading a filled-in questionnaire back: a preview of every change and every rejected cell,
then all accepted changes in one transaction, recorded in the history with the file's name.

Sheets are recognised by what they hold (the area id in the hidden cell A1, the identity sheet
by name), never by position. Nothing is dropped without a word: an option found twice with
different answers, a deleted row or area sheet, a cell of a kind no answer takes are all listed
as rejected, and a file that cannot be read is refused as a whole."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from synergy_desktop.domain.assessment import Answer
from synergy_desktop.domain.framework import Framework
from synergy_desktop.formats.excel.questionnaire import (
    FIELDS,
    FIRST_ROW,
    FORMAT,
    META_SHEET,
    checksum,
)
from synergy_desktop.formats.excel.reading import (
    Cell,
    SheetCells,
    WorkbookError,
    cell_problem,
    read_sheet,
)
from synergy_desktop.services import answer_fields
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.questionnaire_values import parse_answer, shown, text_of
from synergy_desktop.services.workbook_input import RefusedFileError, reading_workbook
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate

MAX_QUESTIONNAIRE_ROWS = 500
MAX_META_ROWS = 100
LAST_COLUMN = 3 + len(FIELDS)  # A id, B option, C text, then the answer columns


@dataclass
class Change:
    option_id: str
    field: str
    old: str
    new: str


@dataclass
class QuestionnairePreview:
    source: str
    assessment_id: int
    changes: list[Change] = field(default_factory=list)
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # sheet, cell, reason
    values: dict[str, dict[str, object]] = field(default_factory=dict)

    @property
    def has_changes(self) -> bool:
        return bool(self.changes)


@dataclass
class _Row:
    """One option's row as found in the file."""

    sheet: str
    number: int
    cells: dict[int, Cell]


def preview_questionnaire(
    workspace: Workspace, framework: Framework, path: Path, assessment_id: int
) -> QuestionnairePreview:
    """Every change the file makes and every cell it cannot take; nothing is written.
    RefusedFileError (a ServiceError) when the file cannot be read as a whole."""
    service = AssessmentService(workspace, framework)
    info = service.get(assessment_id)
    current = service.answers(assessment_id)
    preview = QuestionnairePreview(str(path), assessment_id)
    with reading_workbook(Path(path), data_only=False) as book:
        _check_meta(book, framework, info.pack_hash, path)
        found, areas = _collect(book, framework, preview)
    _report_missing(framework, found, areas, preview)
    for option in framework.options:
        if option.id in found:
            old = current.get(option.id, Answer(option.id))
            _compare(option.id, found[option.id], old, preview)
    return preview


def _check_meta(book, framework: Framework, pack_hash: str, path: Path) -> None:
    sheet = next((s for s in book.worksheets if s.title == META_SHEET), None)
    if sheet is None:
        raise RefusedFileError(
            arg(
                translate(
                    "Questionnaire",
                    "%1 is not a Synergy Desktop questionnaire (its identification "
                    "sheet is missing). Export a questionnaire from the app and fill that in; "
                    "nothing was imported.",
                ),
                path,
            )
        )
    try:
        cells = read_sheet(sheet, MAX_META_ROWS)
    except WorkbookError:
        raise RefusedFileError(
            arg(
                translate(
                    "Questionnaire",
                    "%1 cannot be read: its hidden identification sheet is damaged. Ask for a "
                    "new copy, or export a new questionnaire; nothing was imported.",
                ),
                path,
            )
        ) from None
    meta: dict[str, str] = {}
    for number in sorted(cells.rows):
        key = cells.cell(number, 1)
        if key is not None and key.kind == "s" and key.value:
            meta.setdefault(str(key.value), text_of(cells.value(number, 2)))
    ids = [o.id for o in framework.options]
    if meta.get("format") != FORMAT:
        raise RefusedFileError(
            arg(
                translate(
                    "Questionnaire",
                    "%1 is a questionnaire of a format this version does not know; "
                    "nothing was imported.",
                ),
                path,
            )
        )
    if meta.get("pack_hash") != pack_hash or meta.get("checksum") != checksum(pack_hash, ids):
        raise RefusedFileError(
            arg(
                translate(
                    "Questionnaire",
                    "%1 was made for a different framework version (%2 %3) than this "
                    "round uses (%4 %5). Export a new questionnaire for this round; nothing was "
                    "imported.",
                ),
                path,
                shown(meta.get("pack_id", "?")),
                shown(meta.get("pack_version", "?")),
                framework.id,
                framework.version,
            )
        )


def _option_row(cells: SheetCells, number: int, framework: Framework):
    """The option a row names in its hidden id cell and its label, or None."""
    option_id = text_of(cells.value(number, 1))
    option = framework.option(option_id) if option_id else None
    label = text_of(cells.value(number, 2))
    return option if option is not None and label.startswith(option_id + " ") else None


def _collect(
    book, framework: Framework, preview: QuestionnairePreview
) -> tuple[dict[str, list[_Row]], dict[str, str]]:
    """The rows of every option (an option may be found more than once) and, per area, the
    title of its sheet."""
    found: dict[str, list[_Row]] = {}
    areas: dict[str, str] = {}
    for sheet in book.worksheets:
        if sheet.title == META_SHEET:
            continue
        cells = read_sheet(sheet, MAX_QUESTIONNAIRE_ROWS)
        area_id = text_of(cells.value(1, 1))
        area = framework.area(area_id) if area_id else None
        if area is None:
            if any(_option_row(cells, n, framework) for n in cells.rows if n >= FIRST_ROW):
                preview.rejected.append(
                    (
                        sheet.title,
                        "A1",
                        translate(
                            "Questionnaire",
                            "this sheet holds options but its hidden first cell no longer "
                            "names an area; the sheet was not read",
                        ),
                    )
                )
            continue
        areas.setdefault(area.id, sheet.title)
        for number in sorted(cells.rows):
            row = cells.rows[number]
            if number < FIRST_ROW or not any(
                c.value not in (None, "") for col, c in row.items() if col <= LAST_COLUMN
            ):
                continue
            option = _option_row(cells, number, framework)
            if option is None:
                preview.rejected.append(
                    (
                        sheet.title,
                        f"A{number}",
                        arg(
                            translate(
                                "Questionnaire",
                                "the option id was edited (row %1); the row was skipped",
                            ),
                            number,
                        ),
                    )
                )
            elif option.area_id != area.id:
                preview.rejected.append(
                    (
                        sheet.title,
                        f"A{number}",
                        arg(
                            translate(
                                "Questionnaire",
                                "option %1 belongs on the sheet of area %2 (wrong sheet)",
                            ),
                            option.id,
                            option.area_id,
                        ),
                    )
                )
            else:
                found.setdefault(option.id, []).append(_Row(sheet.title, number, row))
    return found, areas


def _report_missing(
    framework: Framework,
    found: dict[str, list[_Row]],
    areas: dict[str, str],
    preview: QuestionnairePreview,
) -> None:
    for area in framework.areas:
        if area.id not in areas:
            preview.rejected.append(
                (
                    area.id,
                    "",
                    arg(
                        translate(
                            "Questionnaire",
                            "the sheet of area %1 is missing (deleted, or its hidden first "
                            "cell changed); its %n option(s) were not read",
                            None,
                            len(area.options),
                        ),
                        area.id,
                    ),
                )
            )
            continue
        for option in area.options:
            if option.id not in found:
                preview.rejected.append(
                    (
                        areas[area.id],
                        "",
                        arg(
                            translate(
                                "Questionnaire",
                                "the row of option %1 is missing (deleted, or its id changed); "
                                "it was not read",
                            ),
                            option.id,
                        ),
                    )
                )


def _compare(option_id: str, rows: list[_Row], old: Answer, preview: QuestionnairePreview) -> None:
    """Each answer field of one option against the current answer; an option found on more
    than one row is read only where every copy gives the same answer."""
    for offset, name in enumerate(FIELDS):
        column = 4 + offset
        outcomes: list[tuple[str, object, str | None]] = []  # sheet!cell, value, reason
        for row in rows:
            cell = row.cells.get(column)
            where = f"{get_column_letter(column)}{row.number}"
            problem = cell_problem(cell)
            if problem is None:
                try:
                    value = parse_answer(name, cell.value if cell is not None else None)
                except ValueError as exc:
                    problem = str(exc)
            if problem is not None:
                preview.rejected.append((row.sheet, where, f"{option_id}: {problem}"))
                outcomes.append((f"{row.sheet}!{where}", None, problem))
            else:
                outcomes.append((f"{row.sheet}!{where}", value, None))
        accepted = [value for _, value, reason in outcomes if reason is None]
        if not accepted:
            continue
        if len(accepted) < len(outcomes) or any(v != accepted[0] for v in accepted[1:]):
            first = rows[0]
            preview.rejected.append(
                (
                    first.sheet,
                    f"{get_column_letter(column)}{first.number}",
                    arg(
                        translate(
                            "Questionnaire",
                            "%1 appears on more than one row (%2) with different answers; "
                            "none of them was read",
                        ),
                        option_id,
                        ", ".join(where for where, _, _ in outcomes),
                    ),
                )
            )
            continue
        value = accepted[0]
        if value != old.value(name):
            preview.values.setdefault(option_id, {})[name] = value
            preview.changes.append(
                Change(
                    option_id,
                    name,
                    answer_fields.to_text(name, old.value(name)) or "",
                    answer_fields.to_text(name, value) or "",
                )
            )


def apply_questionnaire(
    workspace: Workspace, framework: Framework, preview: QuestionnairePreview, author: str = ""
) -> int:
    """Write every accepted change in one transaction; the history names the file."""
    source = arg(translate("Questionnaire", "questionnaire %1"), Path(preview.source).name)
    return AssessmentService(workspace, framework).save_answers(
        preview.assessment_id, preview.values, author=author, source=source
    )
