"""The kinds of export a workspace context can write, each a progress generator.

The Excel summary and questionnaire are here; the faces register the kinds that need Qt (the
Word/PDF report draws its charts with Qt) with :func:`register_export`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from synergy_desktop.domain.summary import SummaryData

Progress = Iterator[tuple[int, int, str]]
# An export writer: (summary, target, language) -> progress generator.
Writer = Callable[[SummaryData, Path, str], Progress]

_EXPORTS: dict[str, Writer] = {}


def register_export(kind: str, writer: Writer) -> None:
    """Add an export kind (the window and the command line add the ones that need Qt)."""
    _EXPORTS[kind] = writer


def _excel_summary(data: SummaryData, target: Path, lang: str) -> Progress:
    from synergy_desktop.formats.excel.summary import export_summary  # openpyxl on first use

    return export_summary(data, target, lang)


def _excel_questionnaire(data: SummaryData, target: Path, lang: str) -> Progress:
    from synergy_desktop.formats.excel.questionnaire import export_questionnaire

    return export_questionnaire(data, target, lang)


register_export("summary", _excel_summary)
register_export("questionnaire", _excel_questionnaire)


def writer(kind: str) -> Writer:
    found = _EXPORTS.get(kind)
    if found is None:
        raise ValueError(f"unknown export kind {kind!r}; known: {kinds()}")
    return found


def kinds() -> list[str]:
    return sorted(_EXPORTS)
