"""Opening a large workspace and reading what the window shows first (answers, progress,
register, coverage, calendar, alignment) vs raw sqlite3 reads of the same tables.

Run: python bench/open_workspace.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Result, compare, print_results
from large_workspace import build

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.services.context import WorkspaceContext

GOAL = 3.0
TABLES = (
    "assessments",
    "responses",
    "contacts",
    "designations",
    "national_targets",
    "alignments",
    "obligations",
    "datasets",
    "dataset_uses",
)


def run(rounds: int = 5) -> list[Result]:
    framework = load_default_pack()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.synergy"
        round_id = build(path)

        def ours() -> None:
            context = WorkspaceContext.open(path, framework)
            context.assessments.progress(round_id)
            context.focal_points.entries()
            context.focal_points.coverage()
            context.reporting().obligations()
            context.nbsap.coverage()
            context.close()

        def raw() -> None:
            connection = sqlite3.connect(path)
            for table in TABLES:
                connection.execute(f"SELECT * FROM {table}").fetchall()
            connection.close()

        return [
            compare(
                "large workspace: open and read the first screens",
                ours,
                raw,
                "raw sqlite3 reads of the same tables",
                GOAL,
                rounds=rounds,
                inner=3,
            )
        ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    print_results(run(parser.parse_args().rounds))


if __name__ == "__main__":
    main()
