"""Reading workbooks that come from outside: limits first, then openpyxl, never formulas.

Checks before anything is parsed: the file size, that it is a zip (xlsx) and not an encrypted
or old-format file, the number of entries, the uncompressed size (zip bombs), the compression
methods, and that every part unpacks (CRC). openpyxl then reads with defusedxml (entity bombs)
in read-only mode; a formula is never evaluated.

A sheet is read completely, by the coordinates its cells carry: the ``<dimension>`` a file
declares is not trusted, and a cell that appears twice, a sheet the workbook lists but the file
lacks, or XML that does not parse refuse the file instead of losing a value silently. Whatever
goes wrong becomes :class:`WorkbookError` with a plain sentence; openpyxl's warnings are kept
out of the user's way (logged, never printed).
"""

from __future__ import annotations

import logging
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from synergy_desktop.text import arg, translate

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 5_000
MAX_ROWS = 20_000
MAX_COLUMNS = 200
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Kinds of cell value an importer may take: number, text, date (openpyxl's data types).
PLAIN_KINDS = frozenset({"n", "s", "d"})
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# Control characters but tab and line breaks, C1 controls, surrogates, two non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
log = logging.getLogger(__name__)


class WorkbookError(Exception):
    """The file cannot be read as a workbook; ``str(error)`` says what, where, what to do."""


def _damaged() -> str:
    return translate(
        "Workbook",
        "the file is damaged or truncated (for example an incomplete download or copy). "
        "Ask for a new copy, or open it in Excel, save it again and retry.",
    )


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
    try:
        is_zip = zipfile.is_zipfile(path)
    except Exception:  # a hostile header can break the check itself
        is_zip = False
    if not is_zip:
        if head.startswith(b"PK"):
            raise refuse(_damaged())
        raise refuse(translate("Workbook", "it is not an Excel workbook (.xlsx)."))
    try:
        _check_archive(path, refuse)
    except WorkbookError:
        raise
    except Exception as exc:  # zlib.error, EOFError, struct.error, RuntimeError...
        log.info("%s: archive check failed: %r", path, exc)
        raise refuse(_damaged()) from None


def _check_archive(path: Path, refuse) -> None:
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
        names = [e.filename for e in entries]
        if "[Content_Types].xml" not in names:
            raise refuse(translate("Workbook", "it is a zip archive, not an Excel workbook."))
        if len(set(names)) != len(names):  # two parts of one name: which one is meant?
            raise refuse(_damaged())
        for entry in entries:
            # Excel and LibreOffice only store or deflate, and never encrypt a part (a
            # password-protected workbook is not a zip at all).
            if entry.flag_bits & 0x1 or entry.compress_type not in (
                zipfile.ZIP_STORED,
                zipfile.ZIP_DEFLATED,
            ):
                raise refuse(_damaged())
        if archive.testzip() is not None:
            raise refuse(_damaged())


@dataclass
class SourceSheet:
    """One worksheet of a workbook being read: its title, state and part in the archive."""

    book: SourceBook
    title: str
    part: str
    sheet_state: str = "visible"


class SourceBook:
    """A workbook being read: what it lists, the worksheets among them, and what reading a
    sheet needs (shared strings, date styles, epoch); ``close()`` releases the file."""

    def __init__(self, reader, data_only: bool, path: Path, handle) -> None:
        self.path = path
        self._handle = handle
        self._archive = reader.archive
        self._strings = reader.shared_strings
        self.data_only = data_only
        self.epoch = reader.wb.epoch
        self._date_formats = reader.wb._date_formats
        self._timedelta_formats = reader.wb._timedelta_formats
        self.sheetnames: list[str] = []
        self.worksheets: list[SourceSheet] = []
        self.missing: list[str] = []
        for sheet in reader.parser.sheets:
            self.sheetnames.append(sheet.name)
            rel = reader.parser.rels.get(sheet.id) if sheet.id else None
            if rel is None or rel.target not in reader.valid_files:
                self.missing.append(sheet.name)
            elif "chartsheet" not in rel.Type:
                self.worksheets.append(SourceSheet(self, sheet.name, rel.target, sheet.state))

    def open(self, part: str):
        return self._archive.open(part)

    def close(self) -> None:
        self._archive.close()
        self._handle.close()


def open_workbook(path: Path, *, data_only: bool = True) -> SourceBook:
    """Check the file, then read what the workbook lists (not its sheets: see
    :func:`read_sheet`); formulas are never evaluated.

    ``data_only=True`` gives a formula cell's cached value; ``False`` shows formula cells as
    such (kind "f") so that a reader can refuse them. Only the parts an import needs are read
    (the package manifest, shared strings, workbook, styles), with openpyxl's own readers.
    """
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    path = Path(path)
    check_file(path)

    def damaged(detail: str) -> WorkbookError:
        return WorkbookError(
            arg(
                translate(
                    "Workbook",
                    "%1 cannot be read: the workbook is damaged (%2). Nothing was imported. "
                    "Ask for a new copy, or open it in Excel, save it again and retry.",
                ),
                path,
                detail,
            )
        )

    reader = None
    try:
        handle = path.open("rb")  # a file, not a name: openpyxl would insist on the extension
    except OSError as exc:
        raise damaged(exc.strerror or type(exc).__name__) from None
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            reader = ExcelReader(handle, read_only=True, data_only=data_only)
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            book = SourceBook(reader, data_only, path, handle)
        _log_warnings(path, caught)
    except Exception as exc:  # openpyxl raises many kinds for broken parts
        log.info("%s: workbook not loaded: %r", path, exc)
        if reader is not None:
            reader.archive.close()
        handle.close()
        raise damaged(translate("Workbook", "a part of it cannot be read")) from None
    names = book.sheetnames
    if book.missing or len(set(names)) != len(names):
        book.close()
        name = book.missing[0] if book.missing else next(n for n in names if names.count(n) > 1)
        raise damaged(arg(translate("Workbook", "the sheet “%1” is missing or listed twice"), name))
    return book


def _log_warnings(where: object, caught: list[warnings.WarningMessage]) -> None:
    for warning in caught:
        log.info("%s: %s", where, warning.message)


@dataclass(frozen=True)
class Cell:
    """One cell as the file holds it. ``kind``: "n" number, "s" text, "d" date, "b" TRUE or
    FALSE, "e" an error such as #N/A, "f" a formula, or whatever else the file says."""

    row: int
    column: int
    value: object
    kind: str

    @property
    def coordinate(self) -> str:
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(self.column)}{self.row}"


@dataclass
class SheetCells:
    """Every cell of one sheet (also empty ones), by row and column (up to ``MAX_COLUMNS``)."""

    title: str
    rows: dict[int, dict[int, Cell]] = field(default_factory=dict)

    def cell(self, row: int, column: int) -> Cell | None:
        return self.rows.get(row, {}).get(column)

    def value(self, row: int, column: int) -> object:
        cell = self.cell(row, column)
        return None if cell is None else cell.value

    @property
    def last_row(self) -> int:
        return max(self.rows, default=0)


def unescape(text: str) -> str:
    """The text Excel shows for a stored string: ``_xHHHH_`` stands for one character."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)


def control_character(text: str) -> str | None:
    """The first character of ``text`` that has no place in a cell (a control character, a
    lone surrogate, a non-character), as U+XXXX; None when there is none."""
    found = _CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def cell_problem(cell: Cell | None) -> str | None:
    """Why an importer must not take this cell's value, in plain words; None when it may."""
    if cell is None or cell.value is None:
        return None
    if cell.kind == "f":
        return translate("Workbook", "a formula is not read; type the value instead")
    if cell.kind == "e":
        return arg(
            translate("Workbook", "the cell shows an error (%1); type the value instead"),
            str(cell.value)[:20],
        )
    if cell.kind == "b":
        return translate("Workbook", "TRUE or FALSE is not a value this cell takes")
    if cell.kind not in PLAIN_KINDS:
        return arg(
            translate("Workbook", "the cell has a type this application does not know (“%1”)"),
            cell.kind[:20],
        )
    if isinstance(cell.value, str):
        found = control_character(cell.value)
        if found:
            return arg(
                translate(
                    "Workbook", "the text holds an invisible control character (%1); remove it"
                ),
                found,
            )
    return None


def read_sheet(sheet, max_rows: int = MAX_ROWS) -> SheetCells:
    """Every cell of ``sheet``, whatever its ``<dimension>`` claims; WorkbookError when the
    sheet has more than ``max_rows`` rows, holds a cell twice, or its XML is broken."""
    from openpyxl.worksheet._reader import WorkSheetParser

    result = SheetCells(sheet.title)
    parser = None
    try:
        book = sheet.book
        with warnings.catch_warnings(record=True) as caught, book.open(sheet.part) as source:
            warnings.simplefilter("always")
            parser = WorkSheetParser(
                source,
                book._strings,
                data_only=book.data_only,
                epoch=book.epoch,
                date_formats=book._date_formats,
                timedelta_formats=book._timedelta_formats,
            )
            for number, cells in parser.parse():
                if number > max_rows:
                    raise _TooLong
                for item in cells:
                    _add(result, item, max_rows)
        _log_warnings(sheet.title, caught)
    except _TooLong:
        raise _too_long(sheet.title, max_rows) from None
    except Exception as exc:  # a damaged or hostile part found while reading
        log.info("%s: sheet not read: %r", sheet.title, exc)
        raise WorkbookError(
            arg(
                translate(
                    "Workbook",
                    "%1 cannot be read: the sheet “%2” is damaged near row %3. Ask for a new "
                    "copy, or open it in Excel, save it again and retry. Nothing was imported.",
                ),
                getattr(sheet.book, "path", ""),
                sheet.title,
                getattr(parser, "row_counter", 0) or 1,
            )
        ) from None
    return result


class _TooLong(Exception):
    pass


def _too_long(title: str, max_rows: int) -> WorkbookError:
    return WorkbookError(
        arg(
            translate(
                "Workbook",
                "The sheet “%1” has more than %2 "
                "rows; nothing was imported. Remove the rows "
                "that do not belong to the import.",
            ),
            title,
            max_rows,
        )
    )


def _add(result: SheetCells, item: dict, max_rows: int) -> None:
    row, column = item["row"], item["column"]
    if row < 1 or column < 1:
        raise ValueError("cell outside the sheet")
    if row > max_rows:
        raise _TooLong
    if column > MAX_COLUMNS:
        return
    cells = result.rows.setdefault(row, {})
    if column in cells:  # Excel never writes a cell twice; neither copy can be trusted
        raise ValueError("a cell appears twice")
    value = item["value"]
    if isinstance(value, str) and item["data_type"] == "s":
        value = unescape(value)
    cells[column] = Cell(row, column, value, str(item["data_type"]))


def sheet_rows(
    sheet, max_rows: int = MAX_ROWS, *, cells: bool = False
) -> Iterator[tuple[int, list[object]]]:
    """(row number, values — or cells with ``cells=True``) for each row from the first to the
    last that holds a cell; the whole sheet is read first (see :func:`read_sheet`)."""
    data = read_sheet(sheet, max_rows)
    for number in range(1, data.last_row + 1):
        row = data.rows.get(number, {})
        width = max(row, default=0)
        items = [row.get(column) for column in range(1, width + 1)]
        yield number, items if cells else [c.value if c is not None else None for c in items]
