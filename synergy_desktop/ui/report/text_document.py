"""The report as a QTextDocument: the blocks of the model as Qt rich text (headings, paragraphs,
lists, tables with a repeated header row, charts as images, right to left for Arabic), loaded
in one call. The PDF writer lays it out on pages and prints it."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextOption

from synergy_desktop.formats.report.model import (
    Block,
    BulletList,
    Chart,
    Heading,
    PageBreak,
    Paragraph,
    ReportDocument,
    Table,
)
from synergy_desktop.ui.report.fonts import report_font

BODY_PT = 10.5
CSS_PX_PER_MM = 96 / 25.4  # lengths in a QTextDocument are CSS pixels, scaled to the device
#: (tag, point size, space above, space below in CSS px) per heading level
HEADINGS = {
    0: ("h1", 24, 80, 18),
    1: ("h2", 16, 18, 8),
    2: ("h3", 12.5, 12, 4),
    3: ("h4", 11, 10, 3),
}
STYLE_SHEET = """
p { margin-top: 0px; margin-bottom: 5px; }
p.note { font-style: italic; color: #4a4a4a; font-size: 9.5pt; margin-bottom: 8px; }
p.subtitle { color: #4a4a4a; font-size: 15pt; margin-top: 4px; margin-bottom: 8px; }
p.caption { font-style: italic; color: #4a4a4a; font-size: 8.5pt; margin-bottom: 10px; }
p.chart { margin-top: 6px; margin-bottom: 2px; }
ul { margin-top: 0px; margin-bottom: 6px; }
li { margin-bottom: 2px; }
table { border-collapse: collapse; border-color: #9a9a9a; border-style: solid; }
th { font-size: 9pt; font-weight: bold; background-color: #e4ece8; }
td { font-size: 9pt; }
"""


def text(value: str) -> str:
    """User text as rich text: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


class TextDocumentBuilder:
    def __init__(self, report: ReportDocument, images: Mapping[str, bytes]) -> None:
        self.report = report
        self.images = images
        self.direction = "rtl" if report.right_to_left else "ltr"
        self.align = "right" if report.right_to_left else "left"
        self.page_break = False

    def build(self) -> QTextDocument:
        document = QTextDocument()
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(report_font(self.report.lang, BODY_PT))
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(STYLE_SHEET)
        option = QTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft
            if self.report.right_to_left
            else Qt.LayoutDirection.LeftToRight
        )
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        for block in self.report.blocks:
            if isinstance(block, Chart) and block.spec.key in self.images:
                image = QImage.fromData(self.images[block.spec.key], "PNG")
                document.addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(self._image(block)), image
                )
        document.setHtml(self.html())
        return document

    def html(self) -> str:
        parts = [f'<html><body dir="{self.direction}">']
        for block in self.report.blocks:
            parts.append(self.add(block))
        parts.append("</body></html>")
        return "".join(parts)

    def _start(self, tag: str, css_class: str = "", style: str = "", extra: str = "") -> str:
        """An opening tag with the direction, the class and a pending page break."""
        if self.page_break:
            style = f"page-break-before: always; {style}"
            self.page_break = False
        attributes = f' dir="{self.direction}"'
        if css_class:
            attributes += f' class="{css_class}"'
        if style:
            attributes += f' style="{style}"'
        return f"<{tag}{attributes}{extra}>"

    def add(self, block: Block) -> str:
        if isinstance(block, PageBreak):
            self.page_break = True
            return ""
        if isinstance(block, Heading):
            tag, size, above, below = HEADINGS.get(block.level, HEADINGS[3])
            style = f"font-size: {size}pt; margin-top: {above}px; margin-bottom: {below}px;"
            return f"{self._start(tag, style=style)}{text(block.text)}</{tag}>"
        if isinstance(block, Paragraph):
            css_class = block.style if block.style in ("note", "subtitle") else ""
            label = f"<b>{text(block.label)}</b> " if block.label else ""
            return f"{self._start('p', css_class)}{label}{text(block.text)}</p>"
        if isinstance(block, BulletList):
            items = "".join(f'<li dir="{self.direction}">{text(item)}</li>' for item in block.items)
            return f"{self._start('ul')}{items}</ul>"
        if isinstance(block, Table):
            return self._table(block)
        if isinstance(block, Chart):
            return self._chart(block)
        return ""

    def _table(self, block: Table) -> str:
        widths = block.widths or (1,) * len(block.header)
        total = sum(widths)
        percents = [f"{100 * w / total:.1f}%" for w in widths]
        head = "".join(
            f'<th width="{w}" align="{self.align}">{text(cell)}</th>'
            for cell, w in zip(block.header, percents, strict=True)
        )
        rows = "".join(
            "<tr>" + "".join(f"<td>{text(cell)}</td>" for cell in row) + "</tr>"
            for row in block.rows
        )
        opening = self._start(
            "table",
            style="margin-bottom: 8px;",
            extra=' width="100%" border="1" cellspacing="0" cellpadding="3"',
        )
        return f"{opening}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"

    def _image(self, block: Chart) -> str:
        return f"chart:{block.spec.key}"

    def _chart(self, block: Chart) -> str:
        if block.spec.key not in self.images:
            return ""
        width = round(block.spec.width_mm * CSS_PX_PER_MM)
        height = round(block.spec.height_mm * CSS_PX_PER_MM)
        alt = escape(block.spec.title, quote=True)
        opening = self._start("p", "chart", extra=' align="center"')
        html = (
            f'{opening}<img src="{self._image(block)}" width="{width}" height="{height}" '
            f'alt="{alt}"/></p>'
        )
        if block.caption:
            html += f'<p dir="{self.direction}" class="caption" align="center">'
            html += f"{text(block.caption)}</p>"
        return html
