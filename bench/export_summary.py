"""Exporting the summary of a large workspace vs a raw openpyxl write of the same cells
(no styles, charts, validation or print setup) in the same run.

Run: python bench/export_summary.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Result, compare, print_results
from large_workspace import build

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.formats.excel.summary import export_summary
from synergy_desktop.services.context import WorkspaceContext

GOAL = 1.5
BASELINE = "raw openpyxl write of the same cells"


def _run(work) -> None:
    for _ in work:
        pass


def run(rounds: int = 5) -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        round_id = build(folder / "large.synergy")
        context = WorkspaceContext.open(folder / "large.synergy", load_default_pack())
        ours_path = folder / "ours.xlsx"

        def ours() -> None:
            _run(export_summary(context.summary(round_id), ours_path))

        ours()
        cells = {
            sheet.title: [
                (c.row, c.column, c.value)
                for row in sheet.iter_rows()
                for c in row
                if c.value is not None
            ]
            for sheet in openpyxl.load_workbook(ours_path)
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
        results = [
            compare(
                f"large workspace: export the summary ({count} cells, reading included)",
                ours,
                raw,
                BASELINE,
                GOAL,
                rounds=rounds,
                inner=1,
            ),
            compare(
                "  of which writing the styled workbook",
                lambda: _run(export_summary(data, ours_path)),
                raw,
                BASELINE,
                GOAL,
                rounds=rounds,
                inner=1,
            ),
        ]
        context.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    print_results(run(parser.parse_args().rounds))


if __name__ == "__main__":
    main()
