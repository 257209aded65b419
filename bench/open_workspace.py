"""Opening a large workspace and reading what the window shows first (answers, progress,
register, coverage, calendar, alignment) vs raw sqlite3 reads of the same tables.

Run: python bench/open_workspace.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_seconds, report
from large_workspace import build

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.storage.workspace import open_workspace

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    framework = load_default_pack()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.synergy"
        round_id = build(path)

        def ours() -> None:
            workspace = open_workspace(path)
            AssessmentService(workspace, framework).progress(round_id)
            register = FocalPointService(workspace)
            register.entries()
            register.coverage()
            ReportingService(workspace).obligations()
            NbsapService(workspace).coverage()
            workspace.close()

        def raw() -> None:
            connection = sqlite3.connect(path)
            for table in TABLES:
                connection.execute(f"SELECT * FROM {table}").fetchall()
            connection.close()

        ours(), raw()
        baseline = best_seconds(raw, args.repeat)
        timed = best_seconds(ours, args.repeat)
    report(
        "open a large workspace and read its first screens",
        timed,
        baseline,
        "raw sqlite3 reads of the same tables",
    )


if __name__ == "__main__":
    main()
