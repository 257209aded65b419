"""Shared helpers: the best of repeated timings and a uniform report line.

The minimum over repeats is reported: on a shared machine, noise only ever adds time, so the
fastest run is the steadiest estimate of what the code itself costs."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_seconds(work: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return min(samples)


def report(name: str, ours: float, baseline: float, baseline_name: str) -> None:
    print(
        f"{name}: {ours * 1000:.1f} ms; {baseline_name}: {baseline * 1000:.1f} ms; "
        f"ratio {ours / baseline:.2f}x"
    )
