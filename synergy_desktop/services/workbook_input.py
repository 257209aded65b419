"""A workbook given to an import, opened so that every failure is one of the services' errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from synergy_desktop.formats.excel.reading import SourceBook, WorkbookError, open_workbook
from synergy_desktop.services.errors import ServiceError


class RefusedFileError(ServiceError, WorkbookError):
    """The file cannot be imported (damaged, hostile, not the expected workbook); the message
    says what, where and what to do, and nothing was changed."""


@contextmanager
def reading_workbook(path: Path, *, data_only: bool = True) -> Iterator[SourceBook]:
    """The workbook at ``path``, read-only; any WorkbookError becomes RefusedFileError."""
    try:
        book = open_workbook(Path(path), data_only=data_only)
    except WorkbookError as exc:
        raise RefusedFileError(str(exc)) from None
    try:
        yield book
    except RefusedFileError:
        raise
    except WorkbookError as exc:
        raise RefusedFileError(str(exc)) from None
    finally:
        book.close()
