"""The report as a plain document: a list of blocks that the Word and PDF writers lay out.

No Qt and no file format here: headings, paragraphs, lists, tables, chart specifications and
page breaks, already translated into the report's language. Dates and numbers are formatted by
a :class:`LocalFormats` the caller passes (the window and the command line use the locale's
short date; tests and plain callers get ISO dates).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
EAST_ASIAN_LANGUAGES = frozenset({"zh", "ja", "ko"})


def is_right_to_left(lang: str) -> bool:
    return lang.split("_")[0] in RIGHT_TO_LEFT_LANGUAGES


def is_east_asian(lang: str) -> bool:
    return lang.split("_")[0] in EAST_ASIAN_LANGUAGES


def _iso_month(day: date) -> str:
    return day.strftime("%Y-%m")


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


@dataclass(frozen=True)
class LocalFormats:
    """How dates and shares are written in the report's language."""

    day: Callable[[date], str] = date.isoformat
    month: Callable[[date], str] = _iso_month
    percent: Callable[[float], str] = _percent


@dataclass(frozen=True)
class Heading:
    """Level 0 is the document title; 1-3 become Heading 1-3."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """Body text; ``label`` (already ending in its colon) is set in bold before the text.
    Line breaks inside ``text`` are kept. ``style`` is "body", "subtitle" or "note"."""

    text: str
    label: str = ""
    style: str = "body"


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table with one header row; ``widths`` are relative column widths."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if any(len(row) != len(self.header) for row in self.rows):
            raise ValueError("every row needs one cell per header column")
        if self.widths and len(self.widths) != len(self.header):
            raise ValueError("one width per column")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # shares 0..1; None = no value


@dataclass(frozen=True)
class ChartSpec:
    """Horizontal bars, one group per category, one bar per series, on a 0-100% axis."""

    key: str  # stable name, e.g. "areas", used for image file names
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    width_mm: float = 160.0
    height_mm: float = 80.0
    right_to_left: bool = False
    percent: Callable[[float], str] = _percent


@dataclass(frozen=True)
class Chart:
    spec: ChartSpec
    caption: str = ""


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | BulletList | Table | Chart | PageBreak


@dataclass(frozen=True)
class ReportDocument:
    title: str
    lang: str
    blocks: tuple[Block, ...]
    subject: str = ""
    footer: str = ""  # country and round, shown on every page with the page number
    page_label: str = "%1 / %2"  # translated "page %1 of %2"

    @property
    def right_to_left(self) -> bool:
        return is_right_to_left(self.lang)

    @property
    def east_asian(self) -> bool:
        return is_east_asian(self.lang)

    @property
    def charts(self) -> tuple[ChartSpec, ...]:
        return tuple(block.spec for block in self.blocks if isinstance(block, Chart))

    def headings(self, level: int | None = None) -> list[str]:
        return [
            b.text
            for b in self.blocks
            if isinstance(b, Heading) and (level is None or b.level == level)
        ]
