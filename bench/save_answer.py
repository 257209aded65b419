"""Saving one answer vs a raw sqlite3 insert+commit with the same durability, in the same run.

Two lines: the service call as the window makes it (through the context, values validated
once), and the window's own path (a typed value staged and flushed by the session while the
walk-through and its history panel are on screen; the repaint that follows is not timed).

Run: python bench/save_answer.py [--rounds 7]
Both sides use WAL and synchronous=FULL on a file in the same temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from itertools import count
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Result, compare, print_results

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.services.context import WorkspaceContext

GOAL = 3.0
BASELINE = "raw sqlite3 insert+commit"


def run(rounds: int = 7, inner: int = 40) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from synergy_desktop.ui.assessment.assessment_view import AssessmentView
    from synergy_desktop.ui.assessment.session import Session

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
            value = service.validate({"evidence": f"evidence {next(numbers)}"})
            service.save_answer(round_id, "A1", value, author="bench", validated=True)

        results = [
            compare(
                "save one answer (service: write, history, commit)",
                service_save,
                raw_save,
                BASELINE,
                GOAL,
                rounds=rounds,
                inner=inner,
            )
        ]
        session = Session(context, "bench")
        session.select(round_id)
        view = AssessmentView(session)
        view.resize(1280, 800)
        view.show()
        view.select_option("A2")
        app.processEvents()

        def window_save() -> None:
            session.stage("A2", "evidence", f"typed {next(numbers)}")
            session.flush()  # the tree, progress and history panel are updated in here

        results.append(
            compare(
                "save one answer (window: stage, flush, panels updated; painting untimed)",
                window_save,
                raw_save,
                BASELINE,
                GOAL,
                rounds=rounds,
                inner=inner,
                after=app.processEvents,  # the repaint follows, after the save has returned
            )
        )
        view.close()
        view.deleteLater()
        session.close()
        context.close()
        raw.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    print_results(run(args.rounds))


if __name__ == "__main__":
    main()
