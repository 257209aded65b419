"""The query plans of what the window and the exports read from a ten-year workspace.

Run: python bench/query_plans.py [WORKSPACE]   (without one, a ten-year workspace is built)

Every distinct SELECT the services send while opening the workspace, showing the Overview,
switching rounds, opening an option's history, saving an answer and reading the summary is
recorded and explained with SQLite's EXPLAIN QUERY PLAN; a full scan of a table that grows with
the years (history, answers, rounds, register) is marked.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from large_workspace import BUSY_OPTION, build_decade
from sqlalchemy import event

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.services.context import WorkspaceContext

GROWING = ("change_history", "responses", "assessments", "designations", "contacts", "alignments")


def record(path: Path) -> list[tuple[str, str, tuple]]:
    """(what, statement, parameters) of every distinct SELECT, in the order first sent."""
    context = WorkspaceContext.open(path, load_default_pack())
    seen: dict[str, tuple[str, str, tuple]] = {}
    doing = ["open"]

    def remember(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT") and statement not in seen:
            seen[statement] = (doing[0], statement, tuple(parameters or ()))

    event.listen(context._workspace.engine, "before_cursor_execute", remember)
    rounds = context.assessments.list_assessments()
    current, previous = rounds[-1].id, rounds[-2].id
    doing[0] = "overview"
    context.assessments.progress(current)
    context.focal_points.coverage()
    context.nbsap.coverage()
    context.reporting().obligations()
    context.country()
    doing[0] = "switch rounds"
    context.assessments.get(previous)
    context.assessments.answers(previous)
    doing[0] = "history of an option"
    context.assessments.history(current, BUSY_OPTION)
    doing[0] = "save an answer"
    context.assessments.save_answer(current, "A1", {"gaps": "a new gap"}, author="plans")
    doing[0] = "summary"
    context.summary(current)
    doing[0] = "register"
    context.focal_points.entries(include_ended=True)
    entry = context.focal_points.entries()[0]
    context.focal_points.role_history(entry.instrument, entry.role)
    context.focal_points.predecessor(entry.id)
    context.close()
    return list(seen.values())


def explain(path: Path, queries) -> int:
    """Print each query's plan; the number of full scans of growing tables."""
    connection = sqlite3.connect(path)
    scans = 0
    for what, statement, parameters in queries:
        rows = connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
        plan = [row[-1] for row in rows]
        bad = [
            step
            for step in plan
            if step.startswith("SCAN") and any(f"SCAN {t}" in step for t in GROWING)
        ]
        scans += len(bad)
        first = " ".join(statement.split())[:150]
        print(f"[{what}] {first}")
        for step in plan:
            print(f"    {'!! ' if step in bad else ''}{step}")
    connection.close()
    return scans


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", nargs="?", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.workspace or build_decade(Path(folder) / "decade.synergy").path
        queries = record(path)
        scans = explain(path, queries)
    print(f"{len(queries)} distinct queries; {scans} full scans of tables that grow")


if __name__ == "__main__":
    main()
