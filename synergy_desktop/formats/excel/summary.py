"""The summary workbook, written to a temporary file and moved into place only when complete."""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

from openpyxl import Workbook

from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.excel.actions_sheet import write_actions
from synergy_desktop.formats.excel.answers_sheet import write_answers
from synergy_desktop.formats.excel.cells import use_language
from synergy_desktop.formats.excel.coverage_sheet import write_coordination, write_coverage
from synergy_desktop.formats.excel.focal_points_sheet import write_focal_points
from synergy_desktop.formats.excel.nbsap_sheet import write_nbsap
from synergy_desktop.formats.excel.overview_sheet import write_overview
from synergy_desktop.formats.excel.printing import prepare_printing
from synergy_desktop.formats.excel.reporting_sheet import write_reporting
from synergy_desktop.text import translate

SheetWriter = Callable[[Workbook, SummaryData, str], None]
SHEETS: tuple[SheetWriter, ...] = (
    write_overview,
    write_answers,
    write_actions,
    write_focal_points,
    write_coverage,
    write_coordination,
    write_nbsap,
    write_reporting,
)


def export_summary(
    data: SummaryData, target: Path, lang: str = "en"
) -> Iterator[tuple[int, int, str]]:
    """Write the workbook; yield (step, steps, what) as it goes.

    Closing the generator early (Cancel) or an error leaves the target path as it was.
    """
    target = Path(target)
    steps = len(SHEETS) + 1
    book = Workbook()
    use_language(book, lang)
    for step, writer in enumerate(SHEETS):
        yield step, steps, translate("Excel", "Writing sheets…")
        writer(book, data, lang)
    prepare_printing(book, data, lang)
    yield len(SHEETS), steps, translate("Excel", "Saving the workbook…")
    atomic_save(book, target)
    yield steps, steps, translate("Excel", "Done")


def atomic_save(book: Workbook, target: Path) -> None:
    """Save next to the target, then replace it in one step; never a half-written file."""
    temp = _new_temp_file(target)
    try:
        book.save(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _new_temp_file(target: Path) -> Path:
    """A new empty file beside ``target`` with the permissions any newly saved file gets:
    mode 0666 less the umask, applied by the system (mkstemp would give 0600, and reading the
    umask means changing it, which races with the other threads)."""
    for _ in range(100):
        temp = target.parent / f".{target.stem}-{secrets.token_hex(6)}.xlsx.tmp"
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


def run(progress: Iterator[tuple[int, int, str]]) -> None:
    """Drive a progress generator to its end (the command line has no Cancel button)."""
    for _ in progress:
        pass
