"""The report as a Word document (python-docx), written atomically with progress.

Headings use Word's own Title and Heading 1-3 styles, lists List Bullet, tables Table Grid with a
repeated header row, so a ministry can apply its template and insert a table of contents. Charts
arrive as PNG bytes from the caller (the writer draws nothing). In a right-to-left language every
paragraph, run, table and the section are marked right to left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from io import BytesIO
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph as DocxParagraph

from synergy_desktop.formats.atomic import write_atomically
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
from synergy_desktop.formats.word import styles
from synergy_desktop.text import translate

Progress = Iterator[tuple[int, int, str]]
BLOCKS_PER_STEP = 40
#: Characters XML 1.0 cannot hold (a pasted control character must not break the file).
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_HEADING_STYLES = {0: "Title", 1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}
_PARAGRAPH_STYLES = {"body": "Normal", "subtitle": "Subtitle", "note": styles.NOTE}


def clean(text: str) -> str:
    return _INVALID.sub("", text)


def write_docx(
    report: ReportDocument,
    target: Path,
    images: Mapping[str, bytes],
    *,
    paper: str = "A4",
) -> Progress:
    """Write ``report`` to ``target`` (.docx); yield (step, steps, what) as it goes.

    ``images`` holds a PNG per chart key. Stopping the iteration (Cancel) or an error leaves
    ``target`` as it was.
    """
    target = Path(target)
    blocks = report.blocks
    steps = len(blocks) // BLOCKS_PER_STEP + 2
    writing = translate("Report", "Writing the document…")
    yield 0, steps, writing
    document = docx.Document()
    styles.prepare(document, report.lang, report.right_to_left, paper)
    writer = _Writer(document, report, images, styles.text_width_mm(paper))
    for index, block in enumerate(blocks, start=1):
        writer.add(block)
        if index % BLOCKS_PER_STEP == 0:
            yield index // BLOCKS_PER_STEP, steps, writing
    writer.footer()
    properties = document.core_properties
    properties.title = clean(report.title)
    properties.subject = clean(report.subject)
    properties.language = styles.language_tag(report.lang)
    properties.author = "Synergy Desktop"
    yield steps - 1, steps, translate("Report", "Saving the document…")
    write_atomically(target, lambda temp: document.save(str(temp)))
    yield steps, steps, translate("Report", "Done")


class _Writer:
    def __init__(self, document, report: ReportDocument, images, width_mm: float) -> None:
        self.document = document
        self.report = report
        self.images = images
        self.width_mm = width_mm
        self.rtl = report.right_to_left
        self.page_break_pending = False
        # python-docx looks a style up by name through every style on each use: resolve once
        self.style_ids = {
            name: document.styles[name].style_id
            for name in (
                *_HEADING_STYLES.values(),
                *_PARAGRAPH_STYLES.values(),
                "List Bullet",
                "Caption",
                styles.TABLE_TEXT,
                styles.TABLE_HEADING,
            )
        }

    def add(self, block: Block) -> None:
        if isinstance(block, PageBreak):
            self.page_break_pending = True
            return
        if isinstance(block, Heading):
            paragraph = self._paragraph(_HEADING_STYLES.get(block.level, "Heading 3"))
            self._text(paragraph, block.text)
        elif isinstance(block, Paragraph):
            paragraph = self._paragraph(_PARAGRAPH_STYLES.get(block.style, "Normal"))
            if block.label:
                label = paragraph.add_run(clean(block.label))
                label.bold = True
                self._run(label)
                self._text(paragraph, " ")
            self._text(paragraph, block.text)
        elif isinstance(block, BulletList):
            for item in block.items:
                self._text(self._paragraph("List Bullet"), item)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Chart):
            self._chart(block)

    def _paragraph(self, style: str) -> DocxParagraph:
        paragraph = self.document.add_paragraph()
        paragraph._p.style = self.style_ids[style]
        if self.page_break_pending:
            paragraph.paragraph_format.page_break_before = True
            self.page_break_pending = False
        if self.rtl:
            styles.set_flag(paragraph._p.get_or_add_pPr(), "w:bidi")
        return paragraph

    def _run(self, run) -> None:
        if self.rtl:
            styles.set_flag(run._r.get_or_add_rPr(), "w:rtl")

    def _text(self, paragraph: DocxParagraph, text: str) -> None:
        """Add ``text`` as runs, keeping its line breaks."""
        for number, line in enumerate(clean(text).split("\n")):
            run = paragraph.add_run()
            if number:
                run.add_break()
            run.add_text(line)
            self._run(run)

    def _table(self, block: Table) -> None:
        columns = len(block.header)
        widths = block.widths or (1,) * columns
        total = sum(widths)
        if self.page_break_pending:
            self._paragraph("Normal")  # Word breaks pages before paragraphs, not tables
        table = self.document.add_table(rows=len(block.rows) + 1, cols=columns)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        if self.rtl:
            styles.set_flag(table._tbl.tblPr, "w:bidiVisual")
        sizes = [Mm(self.width_mm * w / total) for w in widths]
        for column, size in zip(table.columns, sizes, strict=True):
            column.width = size
        for row_index, (row, values) in enumerate(
            zip(table.rows, (block.header, *block.rows), strict=True)
        ):
            if row_index == 0:
                styles.set_flag(row._tr.get_or_add_trPr(), "w:tblHeader")
            style = styles.TABLE_HEADING if row_index == 0 else styles.TABLE_TEXT
            for cell, value, size in zip(row.cells, values, sizes, strict=True):
                cell.width = size
                paragraph = cell.paragraphs[0]
                paragraph._p.style = self.style_ids[style]
                if self.rtl:
                    styles.set_flag(paragraph._p.get_or_add_pPr(), "w:bidi")
                self._text(paragraph, value)
        self._paragraph(styles.TABLE_TEXT)  # space after the table

    def _chart(self, block: Chart) -> None:
        image = self.images.get(block.spec.key)
        if image is None:
            return
        paragraph = self._paragraph("Normal")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run()
        width = min(block.spec.width_mm, self.width_mm)
        run.add_picture(BytesIO(image), width=Mm(width))
        described = run._r.find(".//" + qn("wp:docPr"))
        if described is not None:  # the text a screen reader speaks for the picture
            described.set("descr", clean(block.spec.title))
        if block.caption:
            self._text(self._paragraph("Caption"), block.caption)

    def footer(self) -> None:
        """ "Country – round · Page N of M" with live page fields on every page."""
        section = self.document.sections[0]
        paragraph = section.footer.paragraphs[0]
        paragraph.style = self.document.styles["Footer"]
        if self.rtl:
            styles.set_flag(paragraph._p.get_or_add_pPr(), "w:bidi")
        if self.report.footer:
            self._text(paragraph, self.report.footer + "    ")
        for piece in re.split(r"(%[12])", self.report.page_label):
            if piece in ("%1", "%2"):
                _field(paragraph, "PAGE" if piece == "%1" else "NUMPAGES")
            elif piece:
                self._text(paragraph, piece)


def _field(paragraph: DocxParagraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
