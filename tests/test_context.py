"""The workspace context: services without Qt, change events, one snapshot, copies, exports."""

from __future__ import annotations

import inspect
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest

from synergy_desktop.domain.focal_points import FocalPointInput, Person
from synergy_desktop.services import events
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.context import WRITES, WorkspaceContext
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.errors import StorageError
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.window.main_window import MainWindow

# Methods that only read; every other public method must be listed as a write in WRITES.
READS = {
    "assessments": {
        "list_assessments",
        "get",
        "answers",
        "answer",
        "validate",
        "history",
        "progress",
        "history_since",
        "last_change_id",
    },
    "focal_points": {
        "entries",
        "get",
        "contacts",
        "predecessor",
        "role_history",
        "coverage",
        "validate",
    },
    "coordination": {"mechanisms", "get", "status"},
    "nbsap": {"targets", "frameworks", "framework", "alignments", "coverage", "unaligned"},
    "reporting": {"obligations", "get", "datasets"},
}
SERVICES = {
    "assessments": AssessmentService,
    "focal_points": FocalPointService,
    "coordination": CoordinationService,
    "nbsap": NbsapService,
    "reporting": ReportingService,
}


@pytest.fixture
def context(tmp_path, framework):
    opened = WorkspaceContext.open(tmp_path / "team.synergy", framework, create=True)
    yield opened
    opened.close()


def _person(last: str) -> FocalPointInput:
    person = Person(first_name="Ana", last_name=last, institution="Ministry of Environment")
    return FocalPointInput(instrument="CITES", role="ma", person=person)


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_every_public_service_method_is_known_as_a_read_or_a_write(name):
    public = {
        member
        for member, value in inspect.getmembers(SERVICES[name], inspect.isfunction)
        if not member.startswith("_")
    }
    unknown = public - READS[name] - set(WRITES[name])
    assert unknown == set(), f"classify {sorted(unknown)} in services/context.py WRITES"


def test_every_write_publishes_what_changed(context):
    seen: list[events.Change] = []
    context.events.subscribe(seen.append)
    info = context.assessments.create("Round 1", author="Amina")
    saved = context.assessments.save_answer(info.id, "A1", {"rating": 2}, author="Amina")
    entry = context.focal_points.add(_person("Ortega"))
    context.save_country(context.country())
    assert [(c.topic, c.action) for c in seen] == [
        (events.ROUNDS, "create"),
        (events.ANSWERS, "save_answer"),
        (events.REGISTER, "add"),
        (events.COUNTRY, "save_country"),
    ]
    assert seen[1].ids == (info.id, "A1")
    assert seen[2].ids == (entry.id,)
    assert saved.answer.rating.value == "2"
    # a read publishes nothing
    context.focal_points.entries()
    assert len(seen) == 4


def test_a_failing_subscriber_does_not_undo_a_save(context):
    def broken(_change):
        raise RuntimeError("a page crashed while refreshing")

    context.events.subscribe(broken)
    info = context.assessments.create("Round 1")
    context.assessments.save_answer(info.id, "A2", {"gaps": "No mandate"})
    assert context.assessments.answer(info.id, "A2").gaps == "No mandate"


def test_save_returns_the_answer_and_its_history_rows(context):
    info = context.assessments.create("Round 1")
    saved = context.assessments.save_answer(
        info.id, "B1", {"rating": 3, "evidence": "Minutes"}, author="Li"
    )
    assert [(h.field, h.old_value, h.new_value, h.author) for h in saved.history] == [
        ("rating", "nyd", "3", "Li"),  # "not yet discussed" before
        ("evidence", None, "Minutes", "Li"),
    ]
    assert all(h.id for h in saved.history)
    assert saved.answer == context.assessments.answer(info.id, "B1")
    again = context.assessments.save_answer(info.id, "B1", {"rating": 3})
    assert again.history == ()


def test_two_workspaces_open_side_by_side(tmp_path, framework):
    first = WorkspaceContext.open(tmp_path / "a.synergy", framework, create=True)
    second = WorkspaceContext.open(tmp_path / "b.synergy", framework, create=True)
    try:
        one = first.assessments.create("Team A")
        two = second.assessments.create("Team B")
        first.assessments.save_answer(one.id, "A1", {"rating": 4})
        second.assessments.save_answer(two.id, "A1", {"rating": 1})
        assert first.assessments.answer(one.id, "A1").rating.value == "4"
        assert second.assessments.answer(two.id, "A1").rating.value == "1"
        assert [r.title for r in first.assessments.list_assessments()] == ["Team A"]
    finally:
        first.close()
        second.close()


def test_two_windows_show_two_workspaces_in_one_process(qtbot, tmp_path, framework, dialogs):
    windows = []
    for name, rating in (("a", "4"), ("b", "1")):
        settings = Settings()
        settings.author = "Trainer"
        window = MainWindow(settings, framework)
        window.files.synchronous_tasks = True
        qtbot.addWidget(window)
        windows.append(window)
        assert window.files.open_location(str(tmp_path / f"{name}.synergy"), create=True)
        info = window.session.service.create(f"Team {name}")
        window.session.select(info.id)
        window.session.stage("A1", "rating", rating)
        assert window.session.flush()
    assert windows[0].windowTitle().startswith("a.synergy")
    assert windows[1].windowTitle().startswith("b.synergy")
    assert windows[0].session.answer("A1").rating.value == "4"
    assert windows[1].session.answer("A1").rating.value == "1"
    for window in windows:
        window.files.close_workspace()


def test_a_snapshot_does_not_see_a_write_made_meanwhile(context, framework):
    info = context.assessments.create("Round 1")
    context.assessments.save_answer(info.id, "A1", {"gaps": "before"})
    other = WorkspaceContext.open(context.path, framework)
    try:
        with context._workspace.snapshot():
            assert context.assessments.answer(info.id, "A1").gaps == "before"
            other.assessments.save_answer(info.id, "A1", {"gaps": "after"})
            assert context.assessments.answer(info.id, "A1").gaps == "before"
        assert context.assessments.answer(info.id, "A1").gaps == "after"
    finally:
        other.close()


def test_summary_export_leaves_out_personal_data_when_asked(context, tmp_path):
    info = context.assessments.create("Round 1")
    context.focal_points.add(_person("Ortega"))
    target = tmp_path / "private.xlsx"
    for _ in context.export("summary", target, "en", personal_data=False, assessment_id=info.id):
        pass
    values = {
        cell.value
        for row in openpyxl.load_workbook(target)["Focal points"].iter_rows()
        for cell in row
    }
    assert "Ana Ortega" not in values
    for _ in context.export("summary", target, "en", assessment_id=info.id):
        pass
    values = {
        cell.value
        for row in openpyxl.load_workbook(target)["Focal points"].iter_rows()
        for cell in row
    }
    assert "Ana Ortega" in values


def test_save_as_makes_a_consistent_copy_and_keeps_the_original_open(context, tmp_path, framework):
    info = context.assessments.create("Round 1")
    context.assessments.save_answer(info.id, "C2", {"evidence": "Shared portal"})
    copy = context.save_as(tmp_path / "copy.synergy")
    assert not Path(f"{copy}-wal").exists()
    with _opened(copy, framework) as c:
        assert c.assessments.answer(info.id, "C2").evidence == "Shared portal"
    context.assessments.save_answer(info.id, "C2", {"evidence": "still writable"})
    with pytest.raises(StorageError, match="cannot be written"):
        context.save_as(context.path)


def test_the_row_copy_used_for_server_workspaces_copies_everything(context, tmp_path, framework):
    from synergy_desktop.storage import copying

    info = context.assessments.create("Round 1")
    context.assessments.save_answer(info.id, "A3", {"next_steps": "Draft a decree"})
    context.focal_points.add(_person("Ortega"))
    target = tmp_path / "rows.synergy"
    copying._copy_rows(context._workspace, target)
    with _opened(target, framework) as c:
        assert c.assessments.answer(info.id, "A3").next_steps == "Draft a decree"
        assert [e.person.last_name for e in c.focal_points.entries()] == ["Ortega"]
        assert len(c.assessments.history(info.id)) == len(context.assessments.history(info.id))


def _rows(path: Path, sheet: str):
    return openpyxl.load_workbook(path)[sheet].iter_rows()


class _opened:
    def __init__(self, path, framework):
        self.context = WorkspaceContext.open(path, framework)

    def __enter__(self):
        return self.context

    def __exit__(self, *_):
        self.context.close()


WRITER = textwrap.dedent(
    """
    import sys
    from synergy_desktop.services.context import WorkspaceContext
    path, round_id, me, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    context = WorkspaceContext.open(path)
    failures = 0
    for i in range(count):
        try:
            context.assessments.save_answer(
                round_id, "A1", {"evidence": f"{me} {i}"}, author=me
            )
        except Exception as exc:
            failures += 1
            print(type(exc).__name__, exc)
    context.close()
    print("failures", failures)
    """
)


def test_two_processes_saving_one_answer_keep_an_exact_history(context, tmp_path):
    info = context.assessments.create("Round 1")
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    count = 150
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(context.path), str(info.id), name, str(count)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("first", "second")
    ]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    assert all(out.strip().endswith("failures 0") for out in outputs), outputs
    rows = (
        sqlite3.connect(context.path)
        .execute(
            "SELECT old_value, new_value FROM change_history "
            "WHERE option_id = 'A1' AND field = 'evidence' ORDER BY id"
        )
        .fetchall()
    )
    assert len(rows) == 2 * count
    previous = None
    for old, new in rows:  # every "before" is exactly what the save before it wrote
        assert old == previous
        previous = new
    assert context.assessments.answer(info.id, "A1").evidence == previous
