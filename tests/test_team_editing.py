"""Two people on one workspace (two windows on a file, or a team server): no silent overwrite,
others' saves picked up while typing, read-only roles, the database user in the history."""

from __future__ import annotations

import pytest

from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.errors import ConflictError
from synergy_desktop.ui.assessment.session import Session


@pytest.fixture
def two_sessions(qtbot, workspace_path, framework):
    first = WorkspaceContext.open(workspace_path, framework, create=True)
    info = first.assessments.create("Shared round")
    second = WorkspaceContext.open(workspace_path, framework)
    sessions = (Session(first, "Amina"), Session(second, "Bruno"))
    for session in sessions:
        session.select(info.id)
    yield sessions
    for session in sessions:
        session.discard_pending()
        session.close()
        session.context.close()


@pytest.mark.both_backends
def test_a_save_over_someone_elses_change_is_refused(workspace, framework):
    service = AssessmentService(workspace, framework)
    info = service.create("Round")
    service.save_answer(info.id, "A1", {"evidence": "loaded"}, author="Amina")
    service.save_answer(info.id, "A1", {"evidence": "theirs"}, author="Bruno")
    with pytest.raises(ConflictError) as raised:
        service.save_answer(
            info.id, "A1", {"evidence": "mine"}, author="Amina", expected={"evidence": "loaded"}
        )
    theirs, entry = raised.value.conflicts["evidence"]
    assert theirs == "theirs" and entry.author == "Bruno"
    assert service.answer(info.id, "A1").evidence == "theirs"  # nothing was written
    # the same value on both sides is no conflict
    service.save_answer(info.id, "A1", {"evidence": "theirs"}, expected={"evidence": "loaded"})


def test_the_window_asks_and_keeping_mine_writes_it_knowingly(two_sessions, qtbot):
    amina, bruno = two_sessions
    bruno.stage("B2", "gaps", "No budget line")
    assert bruno.flush()
    amina.stage("B2", "gaps", "No legal mandate")
    with qtbot.waitSignal(amina.conflict) as signal:
        assert amina.flush() is False
    option_id, conflicts = signal.args
    assert option_id == "B2" and conflicts["gaps"][0] == "No budget line"
    assert amina.answer("B2").gaps == "No legal mandate"  # still on screen
    amina.resolve("B2", "gaps", keep_mine=True)
    assert amina.pending == {}
    fields = [(e.old_value, e.new_value) for e in amina.service.history(option_id="B2")]
    assert fields[0] == ("No budget line", "No legal mandate")


def test_taking_theirs_drops_only_that_field(two_sessions, qtbot):
    amina, bruno = two_sessions
    bruno.stage("C1", "evidence", "Calendar agreed in May")
    assert bruno.flush()
    amina.stage("C1", "evidence", "Calendar drafted")
    amina.stage("C1", "next_steps", "Share with CITES")
    assert amina.flush() is False
    replayed = []
    amina.fieldReplayed.connect(lambda *args: replayed.append(args))
    amina.resolve("C1", "evidence", keep_mine=False)
    stored = amina.service.answer(amina.assessment.id, "C1")
    assert stored.evidence == "Calendar agreed in May"
    assert stored.next_steps == "Share with CITES"
    assert replayed == [("C1", "evidence", "Calendar agreed in May")]


def test_others_saves_are_picked_up_without_losing_what_is_typed(two_sessions, qtbot):
    amina, bruno = two_sessions
    amina.stage("D1", "evidence", "typing…")  # not saved yet
    bruno.stage("D1", "gaps", "Portal offline")
    bruno.stage("D2", "rating", "3")
    assert bruno.flush()
    with qtbot.waitSignal(amina.answersRefreshed, timeout=10000) as signal:
        pass  # the poll timer runs every few seconds
    assert signal.args == [["D1", "D2"]]
    assert amina.answer("D1").gaps == "Portal offline"
    assert amina.answer("D1").evidence == "typing…"
    assert amina.answer("D2").rating.value == "3"
    assert amina.flush()  # and what was typed is saved, with no conflict
    assert bruno.service.answer(amina.assessment.id, "D1").evidence == "typing…"


def test_a_read_only_role_shows_a_banner_and_edits_nothing(opened_read_only, dialogs):
    window = opened_read_only
    assert window.session.read_only
    assert window.view.banner.isVisible()
    assert "only read" in window.view.banner.text()
    window.session.stage("A1", "evidence", "should not be kept")
    assert window.session.pending == {}


@pytest.fixture
def opened_read_only(window, workspace_path, framework, monkeypatch):
    context = WorkspaceContext.open(workspace_path, framework, create=True)
    context.assessments.create("Round")
    context.close()
    original = WorkspaceContext.open

    def read_only_open(*args, **kwargs):
        opened = original(*args, **kwargs)
        opened._workspace.read_only = True  # what a role with SELECT grants only gets
        return opened

    monkeypatch.setattr(WorkspaceContext, "open", read_only_open)
    assert window.files.open_location(str(workspace_path))
    window.show_tab("assessment")
    return window


def test_the_history_names_the_database_user_beside_the_author(workspace_path, framework):
    context = WorkspaceContext.open(workspace_path, framework, create=True)
    try:
        context._workspace.db_user = "amina_editor"  # as a team server reports current_user
        assert context.recorded_author("Amina") == "Amina (amina_editor)"
        assert context.recorded_author("") == "amina_editor"
        assert context.recorded_author("amina_editor") == "amina_editor"
    finally:
        context.close()


def test_a_server_password_is_asked_and_never_kept(window, dialogs, monkeypatch, settings):
    from PySide6.QtWidgets import QInputDialog

    from synergy_desktop.services.context import PasswordRequiredError

    asked = []
    url = "postgresql+psycopg://amina@db.example/biodiversity"

    def fake_open(location, framework=None, *, create=False, password=None):
        if password is None:
            raise PasswordRequiredError("The server asks for a password.", location)
        asked.append(password)
        raise PasswordRequiredError("The password was refused.", location)

    monkeypatch.setattr(WorkspaceContext, "open", staticmethod(fake_open))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("s3cret", True)))
    assert window.files.open_location(url) is False
    assert asked == ["s3cret"]
    assert all("s3cret" not in text for text in dialogs.texts())
    assert "s3cret" not in repr(settings.recent)
    assert any("refused" in text for text in dialogs.texts())


def test_another_windows_register_change_reaches_the_pages(two_sessions, qtbot):
    from synergy_desktop.domain.focal_points import FocalPointInput, Person
    from synergy_desktop.services import events

    amina, bruno = two_sessions
    seen = []
    amina.context.events.subscribe(seen.append)
    amina.pick_up_changes()  # the first look only learns where things stand
    bruno.context.focal_points.add(
        FocalPointInput("CMS", "nfp", Person(last_name="Okafor", institution="Wildlife Unit"))
    )
    amina.pick_up_changes()
    assert [c.topic for c in seen] == [events.WORKSPACE]
    seen.clear()
    amina.pick_up_changes()  # nothing new since
    assert seen == []
    amina.context.focal_points.add(
        FocalPointInput(
            "CMS", "scientific", Person(last_name="Diallo", institution="Wildlife Unit")
        )
    )
    assert [c.topic for c in seen] == [events.REGISTER]  # its own change is not "elsewhere"
