"""Reading workbooks that come from outside: limits first, then openpyxl, never formulas.

Checks before anything is parsed: the file size, that it is a zip (xlsx) and not an encrypted
or old-format file, the number of entries and the uncompressed size (zip bombs). openpyxl then
reads with defusedxml (entity bombs) in read-only mode with cached values only: a formula is
never evaluated.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from synergy_desktop.text import arg, translate

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 5_000
MAX_ROWS = 20_000
MAX_COLUMNS = 200
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class WorkbookError(Exception):
    """The file cannot be read as a workbook; ``str(error)`` says what, where, what to do."""


def check_file(path: Path) -> None:
    def refuse(reason: str) -> WorkbookError:
        return WorkbookError(
            arg(translate("Workbook", "%1 cannot be read: %2 Nothing was imported."), path, reason)
        )

    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise refuse(translate("Workbook", "the file does not exist.")) from None
    except OSError as exc:
        raise refuse(
            arg(translate("Workbook", "the file cannot be opened (%1)."), exc.strerror)
        ) from None
    if size == 0:
        raise refuse(translate("Workbook", "the file is empty."))
    if size > MAX_FILE_BYTES:
        raise refuse(
            arg(
                translate("Workbook", "the file is larger than %1 MB."),
                MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    if head == OLE_MAGIC:
        raise refuse(
            translate(
                "Workbook",
                "it is password-protected or in the old .xls "
                "format. Remove the password, or save it as an Excel workbook "
                "(.xlsx), and try again.",
            )
        )
    if not zipfile.is_zipfile(path):
        if head.startswith(b"PK"):
            raise refuse(
                translate(
                    "Workbook",
                    "the file is damaged or truncated (for example "
                    "an incomplete download or copy).",
                )
            )
        raise refuse(translate("Workbook", "it is not an Excel workbook (.xlsx)."))
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise refuse(translate("Workbook", "it holds far more parts than a workbook does."))
            total = sum(e.file_size for e in entries)
            packed = sum(e.compress_size for e in entries) or 1
            if total > MAX_UNCOMPRESSED_BYTES or total / packed > MAX_RATIO:
                raise refuse(
                    translate(
                        "Workbook",
                        "it would unpack to an unreasonable size (a damaged or hostile file).",
                    )
                )
            if "[Content_Types].xml" not in archive.namelist():
                raise refuse(translate("Workbook", "it is a zip archive, not an Excel workbook."))
            bad = archive.testzip()
            if bad is not None:
                raise refuse(translate("Workbook", "the file is damaged or truncated."))
    except zipfile.BadZipFile:
        raise refuse(translate("Workbook", "the file is damaged or truncated.")) from None


def open_workbook(path: Path, *, data_only: bool = True):
    """Check the file, then load it read-only; formulas are never evaluated.

    ``data_only=True`` gives a formula cell's cached value; ``False`` shows formula cells as
    such (data_type "f") so that a reader can refuse them.
    """
    from openpyxl import load_workbook

    path = Path(path)
    check_file(path)
    try:
        return load_workbook(path, read_only=True, data_only=data_only)
    except Exception as exc:  # openpyxl raises many kinds for broken parts
        raise WorkbookError(
            arg(
                translate(
                    "Workbook",
                    "%1 cannot be read: the workbook is damaged (%2). Nothing was imported.",
                ),
                path,
                type(exc).__name__,
            )
        ) from None


def sheet_rows(
    sheet, max_rows: int = MAX_ROWS, *, cells: bool = False
) -> Iterator[tuple[int, list[object]]]:
    """(row number, values — or cells with ``cells=True``) for each row; stops with
    WorkbookError past ``max_rows`` or when the sheet's XML turns out to be broken."""
    rows = sheet.iter_rows(values_only=not cells, max_col=MAX_COLUMNS)
    number = 0
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # a damaged or hostile part found while reading
            raise WorkbookError(
                arg(
                    translate("Workbook", "The sheet “%1” is damaged (%2); nothing was imported."),
                    sheet.title,
                    type(exc).__name__,
                )
            ) from None
        number += 1
        if number > max_rows:
            raise WorkbookError(
                arg(
                    translate(
                        "Workbook",
                        "The sheet “%1” has more than %2 "
                        "rows; nothing was imported. Remove the rows "
                        "that do not belong to the import.",
                    ),
                    sheet.title,
                    max_rows,
                )
            )
        yield number, list(values)
