"""Shared helpers: paired timings against a baseline, one result type and one table.

The machine the benchmarks run on is shared and noisy, so a benchmark never reports a time on its
own: each round times the baseline and our code back to back (``inner`` calls each, median), the
ratio of that round is ours / baseline, and the result is the median over the rounds. Load that
comes and goes hits both sides of a round alike.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One benchmark line: medians of ours and of the baseline, and the median ratio.

    ``goal`` is the largest acceptable ratio; for a memory line (``unit`` "MiB") it is the
    largest acceptable difference ours - baseline instead.
    """

    name: str
    ours: float  # seconds, or MiB
    baseline: float
    baseline_name: str
    ratio: float
    goal: float
    unit: str = "ms"
    rounds: int = 0

    @property
    def met(self) -> bool:
        if self.unit == "MiB":
            return self.ours - self.baseline <= self.goal
        return self.ratio <= self.goal

    def goal_text(self) -> str:
        return f"+{self.goal:g} MiB" if self.unit == "MiB" else f"<= {self.goal:g}x"

    def values(self) -> tuple[str, str]:
        if self.unit == "MiB":
            return f"{self.ours:.1f} MiB", f"{self.baseline:.1f} MiB"
        return f"{self.ours * 1000:.1f} ms", f"{self.baseline * 1000:.1f} ms"

    def line(self) -> str:
        ours, baseline = self.values()
        verdict = "met" if self.met else "NOT met"
        return (
            f"{self.name}: {ours}; {self.baseline_name}: {baseline}; ratio {self.ratio:.2f}x "
            f"(median of {self.rounds} rounds); goal {self.goal_text()}: {verdict}"
        )


def timed(work: Callable[[], object], inner: int, after: Callable[[], object] | None = None):
    """The median duration of ``inner`` calls of ``work`` (``after`` runs untimed after each)."""
    samples = []
    for _ in range(inner):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
        if after is not None:
            after()
    return statistics.median(samples)


def compare(
    name: str,
    ours: Callable[[], object],
    baseline: Callable[[], object],
    baseline_name: str,
    goal: float,
    *,
    rounds: int = 5,
    inner: int = 3,
    after: Callable[[], object] | None = None,
) -> Result:
    """Time ``baseline`` and ``ours`` back to back ``rounds`` times (one warm-up call each
    first; ``after`` undoes what ``ours`` did, untimed); the medians of both and the median of
    the per-round ratios."""
    baseline(), ours()
    if after is not None:
        after()
    pairs = []
    for _ in range(rounds):
        base = timed(baseline, inner)
        mine = timed(ours, inner, after)
        pairs.append((mine, base))
    return from_pairs(name, pairs, baseline_name, goal)


def from_pairs(
    name: str,
    pairs: Iterable[tuple[float, float]],
    baseline_name: str,
    goal: float,
    unit: str = "ms",
) -> Result:
    """A result from (ours, baseline) measurements taken side by side."""
    pairs = list(pairs)
    return Result(
        name,
        statistics.median(mine for mine, _ in pairs),
        statistics.median(base for _, base in pairs),
        baseline_name,
        statistics.median(mine / base for mine, base in pairs),
        goal,
        unit,
        len(pairs),
    )


def print_results(results: Iterable[Result]) -> None:
    for result in results:
        print(result.line(), flush=True)


def table(results: Iterable[Result]) -> str:
    """The results as one plain-text table."""
    header = ("benchmark", "ours", "baseline", "ratio", "goal", "met?")
    rows = [header]
    for result in results:
        ours, baseline = result.values()
        rows.append(
            (
                result.name,
                ours,
                f"{baseline} ({result.baseline_name})",
                f"{result.ratio:.2f}x",
                result.goal_text(),
                "yes" if result.met else "NO",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


# -- the older helpers (best of repeats, one report line), for benchmarks not yet moved over ----


def best_seconds(work: Callable[[], object], repeat: int) -> float:
    return min(timed(work, 1) for _ in range(repeat))


def report(name: str, ours: float, baseline: float, baseline_name: str) -> None:
    print(
        f"{name}: {ours * 1000:.1f} ms; {baseline_name}: {baseline * 1000:.1f} ms; "
        f"ratio {ours / baseline:.2f}x"
    )
