"""Merging two large workspaces (all options answered, 200 focal points, 60 targets aligned
against 40, 10,000 history rows) that parted through Save a copy and were both edited: preview
and apply, against raw sqlite3 reads of every table of both files.

Run: python bench/merge.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_seconds, report
from large_workspace import build

from synergy_desktop.domain.focal_points import FocalPointInput
from synergy_desktop.services.context import WorkspaceContext

TABLES = (
    "assessments",
    "responses",
    "change_history",
    "contacts",
    "designations",
    "mechanisms",
    "national_targets",
    "custom_frameworks",
    "custom_targets",
    "alignments",
    "obligations",
    "datasets",
    "dataset_uses",
    "workspace_settings",
)


def edit(context: WorkspaceContext, round_id: int, who: str, options, entries) -> None:
    for option in options:
        context.assessments.save_answer(round_id, option, {"gaps": f"{who} {option}"}, author=who)
    for entry in entries:
        person = replace(entry.person, phone=f"+{who}")
        context.focal_points.update(
            entry.id, FocalPointInput(entry.instrument, entry.role, person, entry.contact_id)
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        mine, theirs = Path(folder) / "mine.synergy", Path(folder) / "theirs.synergy"
        round_id = build(mine, history=10_000)
        context = WorkspaceContext.open(mine)
        context.save_copy(theirs)
        other = WorkspaceContext.open(theirs)
        options = [o.id for o in context.framework.options]
        entries = context.focal_points.entries()
        edit(context, round_id, "A", options[:10], entries[:20])
        edit(other, round_id, "B", options[10:20] + options[:2], entries[20:40])
        history = len(context.assessments.history())
        context.close()
        other.close()

        timings: dict[str, float] = {}

        def merge() -> None:
            work = Path(folder) / "work.synergy"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{work}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(mine, work)
            ctx = WorkspaceContext.open(work)
            start = time.perf_counter()
            preview = ctx.preview_merge(theirs)
            middle = time.perf_counter()
            ctx.apply_merge(preview, {c.key: "theirs" for c in preview.conflicts}, "Bench")
            end = time.perf_counter()
            ctx.close()
            shutil.rmtree(Path(folder) / "work.backups", ignore_errors=True)
            timings.setdefault("preview", middle - start)
            timings["preview"] = min(timings["preview"], middle - start)
            timings.setdefault("apply", end - middle)
            timings["apply"] = min(timings["apply"], end - middle)
            timings["counts"] = (len(preview.changes), len(preview.conflicts))

        def raw() -> None:
            for path in (mine, theirs):
                connection = sqlite3.connect(path)
                for table in TABLES:
                    connection.execute(f"SELECT * FROM {table}").fetchall()
                connection.close()

        raw()
        baseline = best_seconds(raw, args.repeat)
        merge()
        best = best_seconds(merge, args.repeat)
    changes, conflicts = timings["counts"]
    print(
        f"history rows: {history}; incoming changes: {changes}; conflicts: {conflicts}; "
        f"preview {timings['preview'] * 1000:.0f} ms, apply (backup included) "
        f"{timings['apply'] * 1000:.0f} ms"
    )
    report("merge two large workspaces", best, baseline, "raw sqlite3 reads of both files")


if __name__ == "__main__":
    main()
