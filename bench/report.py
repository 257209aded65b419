"""The report of a large workspace as .docx and as .pdf, against writing the same text without
styles in the same run: plain python-docx paragraphs and tables for Word, a plain-text
QTextDocument printed by QPdfWriter for PDF.

Run: python bench/report.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_seconds, report
from large_workspace import build
from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.formats.report.build import build_report
from synergy_desktop.formats.report.model import BulletList, Heading, Paragraph, Table
from synergy_desktop.services.summary import collect_summary
from synergy_desktop.storage.workspace import open_workspace
from synergy_desktop.ui.report.export import export_report


def run(work) -> None:
    for _ in work:
        pass


def plain_text(data) -> tuple[list[str], list[tuple[tuple[str, ...], ...]]]:
    """The report's paragraphs and tables as plain strings (what the baselines write)."""
    paragraphs: list[str] = []
    tables = []
    for block in build_report(data, "en").blocks:
        if isinstance(block, Heading):
            paragraphs.append(block.text)
        elif isinstance(block, Paragraph):
            paragraphs.append(f"{block.label} {block.text}".strip())
        elif isinstance(block, BulletList):
            paragraphs.extend(block.items)
        elif isinstance(block, Table):
            tables.append((block.header, *block.rows))
    return paragraphs, tables


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    QGuiApplication.instance() or QGuiApplication([])
    import docx

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        round_id = build(folder / "large.synergy")
        workspace = open_workspace(folder / "large.synergy")
        framework = load_default_pack()
        data = collect_summary(workspace, framework, round_id)
        paragraphs, tables = plain_text(data)
        characters = sum(map(len, paragraphs)) + sum(
            len(cell) for table in tables for row in table for cell in row
        )

        def plain_docx() -> None:
            document = docx.Document()
            for text in paragraphs:
                document.add_paragraph(text)
            for table in tables:
                grid = document.add_table(rows=len(table), cols=len(table[0]))
                for row, values in zip(grid.rows, table, strict=True):
                    for cell, value in zip(row.cells, values, strict=True):
                        cell.text = value
            document.save(str(folder / "plain.docx"))

        def plain_pdf() -> None:
            text = "\n".join(paragraphs + ["\t".join(row) for table in tables for row in table])
            document = QTextDocument()
            document.setPlainText(text)
            writer = QPdfWriter(str(folder / "plain.pdf"))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            document.print_(writer)

        timings = {}
        for suffix in ("docx", "pdf"):
            target = folder / f"report.{suffix}"

            def ours(target=target) -> None:
                run(export_report(data, target, "en", paper="A4"))

            def with_reading(target=target) -> None:
                fresh = collect_summary(workspace, framework, round_id)
                run(export_report(fresh, target, "en", paper="A4"))

            ours()  # warm up imports and fonts
            timings[suffix] = (
                best_seconds(ours, args.repeat),
                best_seconds(with_reading, args.repeat),
                target.stat().st_size,
            )
        baseline_docx = best_seconds(plain_docx, args.repeat)
        baseline_pdf = best_seconds(plain_pdf, args.repeat)
        from pypdf import PdfReader

        pages = len(PdfReader(folder / "report.pdf").pages)
        workspace.close()
    print(
        f"{characters} characters of text, {len(tables)} tables; PDF {pages} pages; "
        f"docx {timings['docx'][2] // 1024} KiB, pdf {timings['pdf'][2] // 1024} KiB"
    )
    for suffix, baseline, name in (
        ("docx", baseline_docx, "plain python-docx paragraphs and tables, no styles"),
        ("pdf", baseline_pdf, "plain-text QTextDocument printed by QPdfWriter"),
    ):
        written, read_and_written, _ = timings[suffix]
        report(f"report of a large workspace as .{suffix}", written, baseline, name)
        report(f"  including reading the workspace (.{suffix})", read_and_written, baseline, name)


if __name__ == "__main__":
    main()
