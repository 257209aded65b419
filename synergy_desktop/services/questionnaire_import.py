"""Reading a filled-in questionnaire back: a preview of every change and every rejected cell,
then all accepted changes in one transaction, recorded in the history with the file's name."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl.utils import get_column_letter

from synergy_desktop.domain.assessment import Answer
from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.rating import Priority, Rating
from synergy_desktop.formats.excel.questionnaire import (
    FIELDS,
    FIRST_ROW,
    FORMAT,
    META_SHEET,
    checksum,
)
from synergy_desktop.formats.excel.reading import WorkbookError, open_workbook, sheet_rows
from synergy_desktop.services import answer_fields
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.errors import ValidationError
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate

MAX_QUESTIONNAIRE_ROWS = 500
RATINGS = {
    "0": Rating.NOT_STARTED,
    "1": Rating.PLANNED,
    "2": Rating.PARTLY,
    "3": Rating.LARGELY,
    "4": Rating.FULLY,
    "NA": Rating.NOT_APPLICABLE,
    "N/A": Rating.NOT_APPLICABLE,
    "ND": Rating.NOT_DISCUSSED,
    "NYD": Rating.NOT_DISCUSSED,
}
PRIORITIES = {"H": Priority.HIGH, "M": Priority.MEDIUM, "L": Priority.LOW}


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


def _code(value: object) -> str:
    text = "" if value is None else str(value).strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value) in range(5):
        return str(int(value))
    for dash in ("–", "-", "—"):
        if dash in text:
            text = text.split(dash, 1)[0]
            break
    return text.strip().upper()


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _parse(name: str, value: object) -> object:
    """The value of one answer cell, or ValueError with the reason."""
    if name == "rating":
        if value is None or _text(value) == "":
            return Rating.NOT_DISCUSSED
        rating = RATINGS.get(_code(value))
        if rating is None:
            raise ValueError(arg(translate("Questionnaire", "unknown rating “%1”"), _text(value)))
        return rating
    if name == "priority":
        if value is None or _text(value) == "":
            return None
        priority = PRIORITIES.get(_code(value)[:1]) if _code(value) else None
        if priority is None:
            raise ValueError(arg(translate("Questionnaire", "unknown priority “%1”"), _text(value)))
        return priority
    if name == "target_date":
        if value is None or _text(value) == "":
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(_text(value))
        except ValueError:
            raise ValueError(
                arg(translate("Questionnaire", "“%1” is not a date"), _text(value))
            ) from None
    try:
        return answer_fields.normalise(name, _text(value))
    except ValidationError as exc:
        raise ValueError(str(exc)) from None


def preview_questionnaire(
    workspace: Workspace, framework: Framework, path: Path, assessment_id: int
) -> QuestionnairePreview:
    service = AssessmentService(workspace, framework)
    info = service.get(assessment_id)
    current = service.answers(assessment_id)
    book = open_workbook(Path(path), data_only=False)
    try:
        _check_meta(book, framework, info.pack_hash, path)
        preview = QuestionnairePreview(str(path), assessment_id)
        for sheet in book.worksheets:
            if sheet.title == META_SHEET or sheet.title == book.worksheets[0].title:
                continue
            _read_sheet(sheet, framework, current, preview)
        return preview
    finally:
        book.close()


def _check_meta(book, framework: Framework, pack_hash: str, path: Path) -> None:
    if META_SHEET not in book.sheetnames:
        raise WorkbookError(
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
    meta = {
        str(row[0]): _text(row[1])
        for row in book[META_SHEET].iter_rows(min_row=1, max_row=20, max_col=2, values_only=True)
        if row and row[0]
    }
    ids = [o.id for o in framework.options]
    if meta.get("format") != FORMAT:
        raise WorkbookError(
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
        raise WorkbookError(
            arg(
                translate(
                    "Questionnaire",
                    "%1 was made for a different framework version (%2 %3) than this "
                    "round uses (%4 %5). Export a new questionnaire for this round; nothing was "
                    "imported.",
                ),
                path,
                meta.get("pack_id", "?"),
                meta.get("pack_version", "?"),
                framework.id,
                framework.version,
            )
        )


def _read_sheet(
    sheet, framework: Framework, current: dict[str, Answer], preview: QuestionnairePreview
) -> None:
    area_id = None
    for number, cells in sheet_rows(sheet, MAX_QUESTIONNAIRE_ROWS, cells=True):
        values = [cell.value for cell in cells]
        if number == 1:
            area_id = _text(values[0]) if values else ""
            if framework.area(area_id) is None:
                preview.rejected.append(
                    (
                        sheet.title,
                        "A1",
                        translate(
                            "Questionnaire", "this sheet is not an area of the questionnaire"
                        ),
                    )
                )
                return
            continue
        if number < FIRST_ROW or not any(v not in (None, "") for v in values):
            continue
        values = values + [None] * (3 + len(FIELDS) - len(values))
        option_id, label = _text(values[0]), _text(values[1])
        option = framework.option(option_id)
        if option is None or not label.startswith(option_id + " "):
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
            continue
        if option.area_id != area_id:
            preview.rejected.append(
                (
                    sheet.title,
                    f"A{number}",
                    arg(
                        translate(
                            "Questionnaire",
                            "option %1 belongs on the sheet of area %2 (wrong sheet)",
                        ),
                        option_id,
                        option.area_id,
                    ),
                )
            )
            continue
        old = current.get(option_id, Answer(option_id))
        for offset, name in enumerate(FIELDS):
            column = 4 + offset
            cell = f"{get_column_letter(column)}{number}"
            if column <= len(cells) and getattr(cells[column - 1], "data_type", "") == "f":
                preview.rejected.append(
                    (
                        sheet.title,
                        cell,
                        arg(
                            translate(
                                "Questionnaire", "%1: a formula is not read; type the value instead"
                            ),
                            option_id,
                        ),
                    )
                )
                continue
            try:
                value = _parse(name, values[column - 1])
            except ValueError as exc:
                preview.rejected.append((sheet.title, cell, f"{option_id}: {exc}"))
                continue
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
