"""A kill -9 at a random moment never loses a save the application reported, nor damages the
workspace: a child process saves answers and logs each one after the save returned; the test
kills it at seeded random moments and checks the workspace after every kill."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.storage.workspace import open_workspace
from tests.durability_writer import change

WRITER = Path(__file__).with_name("durability_writer.py")
SEED = 11
TRIALS = 5
STARTUP_S = 60  # the child imports the application; generous for a loaded CI machine


def logged(log: Path) -> list[tuple[str, int]]:
    if not log.exists():
        return []
    lines = log.read_text("utf-8").split("\n")[:-1]  # a line counts once it is complete
    return [(label, int(n)) for label, n in (line.split("\t") for line in lines)]


def wait_for_saves(proc: subprocess.Popen, log: Path, count: int, err: Path) -> None:
    """Wait, without sleeping, until ``count`` saves are logged; fail if the child dies."""
    deadline = time.monotonic() + STARTUP_S
    while len(logged(log)) < count:
        assert time.monotonic() < deadline, "the writer logged too few saves in time"
        try:
            proc.wait(timeout=0.002)  # a short pause that also notices the child's death
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the writer stopped on its own:\n{err.read_text('utf-8')}")


def kill_at(proc: subprocess.Popen, pause_s: float) -> None:
    try:
        proc.wait(timeout=pause_s)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    else:
        pytest.fail("the writer stopped before it was killed")


def check(
    path: Path, round_id: int, framework, earlier: list[tuple[str, int]], logged_now: list
) -> list[tuple[str, int]]:
    """The workspace is sound and holds every save written before (``earlier``) and every save
    the last writer logged, each with its history row; return the saves written, in order."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    workspace = open_workspace(path)
    try:
        service = AssessmentService(workspace, framework)
        answers = service.answers(round_id)
        history = list(reversed(service.history(round_id)))  # oldest first
    finally:
        workspace.close()
    options = [option.id for option in framework.options]
    evidence = [h for h in history if h.field == "evidence"]
    # Saves are made one after another: the evidence rows are the earlier saves, then the ones
    # the last writer logged, then at most one it wrote but had not logged when killed.
    written = [
        (h.author, int(h.new_value.rsplit(" ", 1)[1]))
        for h in evidence
        if h.new_value.rsplit(" ", 1)[0] == h.author
    ]
    assert len(written) == len(evidence)
    promised = earlier + logged_now
    assert written[: len(promised)] == promised
    label, last = logged_now[-1]
    assert written[len(promised) :] in ([], [(label, last + 1)])
    expected: dict[str, dict[str, str]] = {}
    rating_changes = []
    for row, (label, n) in zip(evidence, written, strict=True):
        option, values = change(options, label, n)
        before = expected.get(option, {})
        assert row.option_id == option
        assert row.old_value == before.get("evidence")  # the history says what it replaced
        if values.get("rating", before.get("rating")) != before.get("rating"):
            rating_changes.append((option, values["rating"]))
        expected[option] = {**before, **values}
    ratings = [(h.option_id, h.new_value) for h in history if h.field == "rating"]
    assert ratings == rating_changes
    for option, values in expected.items():
        answer = answers[option]
        assert answer.evidence == values["evidence"]
        assert answer.rating.value == values.get("rating", "nyd")
    assert set(answers) == set(expected)
    return written


@pytest.mark.slow
def test_no_reported_save_is_lost_when_the_process_is_killed(tmp_path, framework):
    path = tmp_path / "durable.synergy"
    workspace = open_workspace(path, create=True)
    round_id = AssessmentService(workspace, framework).create("Round").id
    workspace.close()
    log = tmp_path / "saves.log"
    rng = random.Random(SEED)
    started = time.monotonic()
    written: list[tuple[str, int]] = []
    for trial in range(TRIALS):
        before = len(logged(log))
        err = tmp_path / f"writer-{trial}.err"
        with err.open("wb") as stderr:
            proc = subprocess.Popen(
                [sys.executable, str(WRITER), str(path), str(round_id), str(log), f"t{trial}"],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
            try:
                wait_for_saves(proc, log, before + rng.randint(1, 20), err)
                kill_at(proc, rng.uniform(0, 0.03))
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait(timeout=30)
        logged_now = logged(log)[before:]
        assert logged_now
        written = check(path, round_id, framework, written, logged_now)
    print(
        f"\n{TRIALS} kills, {len(logged(log))} logged saves all present, "
        f"{len(written) - len(logged(log))} more written just before a kill, "
        f"{time.monotonic() - started:.1f} s"
    )
