"""Reading a CSV file that comes from outside: limits first, the encoding and the separator found
from the file itself, never more rows or columns than a register can hold.

Spreadsheet programs write CSV in many ways: UTF-8 with or without a byte-order mark, UTF-16
("Unicode text"), or the Windows code page of a Western European system; commas, semicolons
(French, Spanish or Russian settings) or tabs. The reader accepts all of these and refuses
anything else with one plain sentence.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from synergy_desktop.formats.excel.reading import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    WorkbookError,
)
from synergy_desktop.text import arg, translate

SEPARATORS = ",;\t"


def _refuse(path: Path, reason: str) -> WorkbookError:
    return WorkbookError(
        arg(translate("Workbook", "%1 cannot be read: %2 Nothing was imported."), path, reason)
    )


def decode(raw: bytes, path: Path) -> str:
    """The text of the file: UTF-8 (with or without a byte-order mark), UTF-16 with its mark,
    else Windows-1252."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw.decode("utf-8-sig")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise _refuse(
                path, translate("Workbook", "the file is damaged or truncated.")
            ) from None
    if b"\x00" in raw:
        raise _refuse(path, translate("Workbook", "it is not a text (CSV) file."))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise _refuse(
            path,
            translate(
                "Workbook",
                "its characters are in an encoding the application does not read. Save it "
                "as “CSV UTF-8” and try again.",
            ),
        ) from None


def _separator(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=SEPARATORS).delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        counts = {sep: first.count(sep) for sep in SEPARATORS}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def csv_rows(path: Path, max_rows: int = MAX_ROWS) -> Iterator[tuple[int, list[object]]]:
    """(row number, values) for each line of a CSV file, like ``sheet_rows`` for a sheet."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(
                path,
                arg(
                    translate("Workbook", "the file is larger than %1 MB."),
                    MAX_FILE_BYTES // (1024 * 1024),
                ),
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _refuse(path, translate("Workbook", "the file does not exist.")) from None
    except OSError as exc:
        raise _refuse(
            path, arg(translate("Workbook", "the file cannot be opened (%1)."), exc.strerror)
        ) from None
    if not raw.strip():
        raise _refuse(path, translate("Workbook", "the file is empty."))
    text = decode(raw, path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    number = 0
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise _refuse(
                path,
                arg(translate("Workbook", "line %1 is not valid CSV."), reader.line_num),
            ) from None
        number += 1
        if number > max_rows:
            raise _refuse(
                path,
                arg(
                    translate(
                        "Workbook",
                        "it has more than %1 rows. Remove the rows that do not belong to the "
                        "import.",
                    ),
                    max_rows,
                ),
            )
        yield number, list(values[:MAX_COLUMNS])
