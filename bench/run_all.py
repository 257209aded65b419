"""Every benchmark, then one table: benchmark, ours, baseline, ratio, goal, met?

Run: python bench/run_all.py [--rounds 5] [--workspace DECADE.synergy]

Each benchmark times its baseline in the same run, back to back with ours, and reports medians
(the ratio is the median of the per-round ratios); the machine may be shared, so only ratios are
compared with goals. The ten-year workspace is built once (or given) and copied for each use.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
import decade
import export_summary
import memory
import open_workspace
import save_answer
import startup
from common import print_results, table
from large_workspace import build_decade


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5, help="paired rounds per benchmark")
    parser.add_argument("--workspace", type=Path, help="a ten-year workspace (build_decade)")
    args = parser.parse_args()
    rounds = args.rounds
    results = []
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        workspace = args.workspace or build_decade(Path(folder) / "decade.synergy").path
        steps = (
            ("start-up", lambda: startup.run(rounds + 2)),
            ("save", lambda: save_answer.run(rounds + 2)),
            ("large workspace", lambda: open_workspace.run(rounds)),
            ("summary", lambda: export_summary.run(rounds)),
            ("ten years", lambda: decade.run(rounds, workspace)),
            ("memory", lambda: memory.run(max(3, rounds // 2), workspace)),
        )
        for title, step in steps:
            print(f"-- {title}", flush=True)
            found = step()
            print_results(found)
            results.extend(found)
        print(f"\n{len(results)} results in {time.perf_counter() - started:.0f} s\n")
    print(table(results))
    missed = [r.name for r in results if not r.met]
    print(f"\n{len(results) - len(missed)} of {len(results)} goals met")


if __name__ == "__main__":
    main()
