"""Exporting the summary of a large workspace vs a raw openpyxl write of the same cells
(no styles, charts, validation or print setup) in the same run.

Run: python bench/export_summary.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_seconds, report
from large_workspace import build

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.formats.excel.summary import export_summary, run
from synergy_desktop.services.context import WorkspaceContext


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        round_id = build(folder / "large.synergy")
        context = WorkspaceContext.open(folder / "large.synergy", load_default_pack())
        ours_path = folder / "ours.xlsx"

        def ours() -> None:
            data = context.summary(round_id)
            run(export_summary(data, ours_path))

        ours()
        written = openpyxl.load_workbook(ours_path)
        cells = {
            sheet.title: [
                (c.row, c.column, c.value)
                for row in sheet.iter_rows()
                for c in row
                if c.value is not None
            ]
            for sheet in written
        }
        count = sum(len(v) for v in cells.values())

        def raw() -> None:
            book = openpyxl.Workbook()
            book.remove(book.active)
            for title, values in cells.items():
                sheet = book.create_sheet(title)
                for row, column, value in values:
                    sheet.cell(row=row, column=column, value=value)
            book.save(folder / "raw.xlsx")

        data = context.summary(round_id)

        def write_only() -> None:
            run(export_summary(data, ours_path))

        baseline = best_seconds(raw, args.repeat)
        timed = best_seconds(ours, args.repeat)
        written_only = best_seconds(write_only, args.repeat)
        context.close()
    print(f"{count} cells in {len(cells)} sheets")
    report(
        "export the summary of a large workspace (read + write)",
        timed,
        baseline,
        "raw openpyxl write of the same cells",
    )
    report(
        "  of which writing the styled workbook",
        written_only,
        baseline,
        "raw openpyxl write of the same cells",
    )


if __name__ == "__main__":
    main()
