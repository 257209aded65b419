"""The report as PDF with Qt's own writer: no office suite, fonts embedded by Qt, A4 or Letter,
"country – round, page N of M" at the foot of every page. Written next to the target and moved
into place when complete."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from synergy_desktop.formats.atomic import temporary_sibling
from synergy_desktop.formats.report.model import ReportDocument
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.report.fonts import report_font
from synergy_desktop.ui.report.text_document import TextDocumentBuilder

Progress = Iterator[tuple[int, int, str]]
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 20
FOOTER_MM = 9
RESOLUTION = 600
FOOTER_PT = 8


def mm(value: float) -> float:
    return value / 25.4 * RESOLUTION


def write_pdf(
    report: ReportDocument,
    target: Path,
    images: Mapping[str, bytes],
    *,
    paper: str = "A4",
) -> Progress:
    """Write ``report`` to ``target`` (.pdf); yield (step, steps, what) page by page.

    Stopping the iteration (Cancel) or an error removes the partial file and leaves ``target``
    as it was."""
    target = Path(target)
    yield 0, 1, translate("Report", "Laying out the pages…")
    builder = TextDocumentBuilder(report, images)
    document = builder.build()
    temp = temporary_sibling(target)
    painter = QPainter()
    try:
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(PAGE_SIZES.get(paper, PAGE_SIZES["A4"])),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(report.title)
        writer.setCreator("Synergy Desktop")
        body = writer.pageLayout().paintRectPixels(RESOLUTION)
        page_height = body.height() - mm(FOOTER_MM)
        document.documentLayout().setPaintDevice(writer)
        document.setPageSize(QSizeF(body.width(), page_height))
        keep_headings_with_next(document, page_height)
        pages = document.pageCount()
        if not painter.begin(writer):
            raise OSError(arg(translate("Report", "%1 cannot be written."), target))
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, body.width(), page_height))
            painter.restore()
            _footer(painter, report, page + 1, pages, body.width(), page_height)
            yield (
                page + 1,
                pages + 1,
                arg(translate("Report", "Writing page %1 of %2…"), page + 1, pages),
            )
        painter.end()
        del writer
        os.replace(temp, target)
    except BaseException:
        if painter.isActive():
            painter.end()
        temp.unlink(missing_ok=True)
        raise
    yield pages + 1, pages + 1, translate("Report", "Done")


def keep_headings_with_next(document: QTextDocument, page: float) -> None:
    """Move a heading to the next page when what follows it starts there (Qt's layout has no
    "keep with next"). In document order, with the layout brought up to date after each move
    (the layout is lazy; a move only shifts what comes after it)."""
    layout = document.documentLayout()
    headings = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            headings.append(block)
        block = block.next()
    document.pageCount()  # lay out everything once
    for block in headings:
        if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            continue
        following = block.next()
        while following.isValid() and following.length() <= 1:
            following = following.next()
        if not following.isValid() or following.layout().lineCount() == 0:
            continue
        top = layout.blockBoundingRect(block).top()
        line = following.layout().lineAt(0)
        first_line_bottom = layout.blockBoundingRect(following).top() + line.y() + line.height()
        if int(first_line_bottom // page) > int(top // page):
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(fmt)
            document.pageCount()


def pages_with_content(document: QTextDocument, page: float) -> list[int]:
    """The pages any text or picture lies on. Qt can push a table's bottom edge onto a page of
    its own, where it repeats the header row over nothing: such a page is left out."""
    layout = document.documentLayout()
    pages: set[int] = set()
    block = document.begin()
    while block.isValid():
        lines = block.layout()
        if block.length() > 1 and lines.lineCount():
            top = layout.blockBoundingRect(block).top()
            for index in range(lines.lineCount()):
                line = lines.lineAt(index)
                pages.add(int((top + line.y() + line.height() / 2) // page))
        block = block.next()
    return sorted(pages) or [0]


def _footer(
    painter: QPainter, report: ReportDocument, page: int, pages: int, width: float, top: float
) -> None:
    painter.save()
    if report.right_to_left:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    painter.setPen(QPen(QColor("#9A9A9A"), mm(0.2)))
    line_y = top + mm(3)
    painter.drawLine(0, round(line_y), round(width), round(line_y))
    painter.setPen(QColor("#4A4A4A"))
    painter.setFont(report_font(report.lang, FOOTER_PT))
    area = QRectF(0, line_y + mm(1), width, mm(FOOTER_MM - 4))
    number = arg(report.page_label, page, pages)
    painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, number)
    if report.footer:
        room = width - painter.fontMetrics().horizontalAdvance(number) - mm(8)
        text = painter.fontMetrics().elidedText(report.footer, Qt.TextElideMode.ElideRight, room)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
    painter.restore()
