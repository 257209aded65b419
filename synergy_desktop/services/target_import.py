"""Import national targets from an Excel sheet: a preview first, then all accepted at once.

The sheet needs a header row with at least "Code" and "Title"; "Description", "NBSAP version"
and "Lead institution" are optional. One target per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from synergy_desktop.domain.nbsap import NationalTarget, TargetInput
from synergy_desktop.formats.excel.reading import cell_problem, sheet_rows
from synergy_desktop.services.errors import ValidationError
from synergy_desktop.services.nbsap import NbsapService, validate_target
from synergy_desktop.services.workbook_input import RefusedFileError, reading_workbook
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate

#: Accepted header names (any case) in the six UN languages.
HEADERS = {
    "code": (
        "code",
        "target code",
        "id",
        "no.",
        "number",
        "código",
        "codigo",
        "代码",
        "编号",
        "الرمز",
        "код",
        "номер",
    ),
    "title": (
        "title",
        "target",
        "name",
        "short title",
        "titre",
        "intitulé",
        "cible",
        "título",
        "titulo",
        "meta",
        "标题",
        "目标",
        "العنوان",
        "الغاية",
        "название",
        "задача",
    ),
    "description": (
        "description",
        "details",
        "text",
        "descripción",
        "descripcion",
        "说明",
        "描述",
        "الوصف",
        "описание",
    ),
    "nbsap_version": (
        "nbsap version",
        "nbsap",
        "version",
        "version de la spanb",
        "spanb",
        "versión de la epanb",
        "epanb",
        "版本",
        "الإصدار",
        "версия",
        "версия нспдсб",
    ),
    "lead_institution": (
        "lead institution",
        "lead",
        "institution",
        "responsible",
        "institution chef de file",
        "institución principal",
        "institución",
        "牵头机构",
        "المؤسسة الرائدة",
        "ведущее учреждение",
        "учреждение",
    ),
}
MAX_TARGET_ROWS = 2_000


@dataclass
class TargetPreview:
    source: str
    sheet: str = ""
    accepted: list[tuple[int, TargetInput]] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _columns(values: list[object]) -> dict[str, int] | None:
    names = [_text(v).casefold() for v in values]
    found = {}
    for key, options in HEADERS.items():
        for index, name in enumerate(names):
            if name in options and key not in found:
                found[key] = index
    return found if {"code", "title"} <= found.keys() else None


def preview_targets(workspace: Workspace, path: Path) -> TargetPreview:
    """Read the file and sort its rows into accepted and rejected (with reasons).
    RefusedFileError (a ServiceError) when the file cannot be read as a whole."""
    with reading_workbook(Path(path)) as book:
        if not book.worksheets:
            raise RefusedFileError(_no_header(path))
        sheet = book.worksheets[0]
        preview = TargetPreview(str(path), sheet.title)
        existing = {t.code for t in NbsapService(workspace).targets()}
        seen: dict[str, int] = {}
        columns = None
        for number, cells in sheet_rows(sheet, MAX_TARGET_ROWS, cells=True):
            values = [cell.value if cell is not None else None for cell in cells]
            if columns is None:
                columns = _columns(values)
                continue
            if not any(_text(v) for v in values):
                continue
            problem = next(
                (
                    (cells[i].coordinate, reason)
                    for i in columns.values()
                    if i < len(cells) and (reason := cell_problem(cells[i]))
                ),
                None,
            )
            if problem is not None:
                preview.rejected.append((number, arg("%1: %2", *problem)))
                continue
            cells_text = {
                key: _text(values[i]) if i < len(values) else "" for key, i in columns.items()
            }
            data = TargetInput(**{key: cells_text.get(key, "") for key in HEADERS})
            try:
                data = validate_target(data)
            except ValidationError as exc:
                preview.rejected.append((number, str(exc)))
                continue
            if data.code in existing:
                preview.rejected.append(
                    (
                        number,
                        arg(
                            translate(
                                "TargetImport",
                                "the code %1 is already used by a national target in this "
                                "workspace",
                            ),
                            data.code,
                        ),
                    )
                )
            elif data.code in seen:
                preview.rejected.append(
                    (
                        number,
                        arg(
                            translate(
                                "TargetImport", "the code %1 appears again (first on row %2)"
                            ),
                            data.code,
                            seen[data.code],
                        ),
                    )
                )
            else:
                seen[data.code] = number
                preview.accepted.append((number, data))
        if columns is None:
            raise RefusedFileError(_no_header(path))
        return preview


def _no_header(path: Path) -> str:
    return arg(
        translate(
            "TargetImport",
            "The first sheet of %1 has no header row with “Code” and "
            "“Title”. Add one above the targets and try again; nothing was imported.",
        ),
        path,
    )


def apply_targets(workspace: Workspace, preview: TargetPreview) -> list[NationalTarget]:
    """Add every accepted row in one transaction (nothing is added if one fails)."""
    return NbsapService(workspace).add_targets([data for _, data in preview.accepted])
