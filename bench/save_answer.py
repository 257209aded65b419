"""Saving one answer through the service vs a raw sqlite3 insert+commit, same durability.

Run: python bench/save_answer.py [--repeat 300]
Both sides use WAL and synchronous=FULL on a file in the same temporary folder.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from itertools import count
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_seconds, report

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.services.context import WorkspaceContext


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        raw = sqlite3.connect(Path(folder) / "raw.db", isolation_level=None)
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, option TEXT, text TEXT)")
        numbers = count()

        def raw_save() -> None:
            raw.execute("BEGIN")
            raw.execute(
                "INSERT INTO answers (option, text) VALUES (?, ?)",
                ("A1", f"evidence {next(numbers)}"),
            )
            raw.execute("COMMIT")

        context = WorkspaceContext.open(
            Path(folder) / "bench.synergy", load_default_pack(), create=True
        )
        service = context.assessments  # as the window saves: through the context
        round_id = service.create("Bench").id

        def service_save() -> None:
            service.save_answer(
                round_id, "A1", {"evidence": f"evidence {next(numbers)}"}, author="bench"
            )

        raw_save(), service_save()
        baseline = best_seconds(raw_save, args.repeat)
        ours = best_seconds(service_save, args.repeat)
        context.close()
        raw.close()
    report(
        "save one answer (validate, write, history, commit)",
        ours,
        baseline,
        "raw sqlite3 insert+commit",
    )


if __name__ == "__main__":
    main()
