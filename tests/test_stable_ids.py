"""Stable ids: every shared record has a uid that copies keep and new records never reuse."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import date

import pytest
from sqlalchemy import text

from synergy_desktop.domain.focal_points import (
    FocalPointInput,
    MechanismInput,
    MeetingRecord,
    Person,
)
from synergy_desktop.domain.nbsap import Level, TargetInput
from synergy_desktop.domain.reporting import DatasetInput, Status
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.demo import fill_demo
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.storage.backup import backup_open_database, backup_sqlite
from synergy_desktop.storage.errors import WorkspaceError
from synergy_desktop.storage.models import Base
from synergy_desktop.storage.workspace import head_revision, open_workspace
from tests.conftest import FIXTURES

UID_TABLES = sorted(t.name for t in Base.metadata.sorted_tables if "uid" in t.c)
FIXTURE_FILES = sorted((FIXTURES / "workspaces").glob("schema-*.synergy"))
OLD_FIXTURES = [p for p in FIXTURE_FILES if p.stem != f"schema-{head_revision()}"]


def uids(workspace) -> dict[tuple[str, int], str]:
    """Every stored uid, keyed by table and integer id."""
    with workspace.engine.connect() as connection:
        return {
            (table, row_id): uid
            for table in UID_TABLES
            for row_id, uid in connection.execute(text(f"SELECT id, uid FROM {table}"))
        }


def row_counts(path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        connection.close()


def test_every_shared_table_has_a_uid():
    assert (
        sorted(
            [
                "alignments",
                "assessments",
                "change_history",
                "contacts",
                "custom_frameworks",
                "custom_targets",
                "datasets",
                "designations",
                "meetings",
                "mechanism_members",
                "mechanisms",
                "national_targets",
                "obligations",
                "responses",
            ]
        )
        == UID_TABLES
    )


@pytest.mark.parametrize("fixture", OLD_FIXTURES, ids=lambda p: p.stem)
def test_upgrade_gives_every_row_its_own_uid_and_loses_none(tmp_path, fixture):
    target = tmp_path / fixture.name
    shutil.copy(fixture, target)
    before = row_counts(target)
    workspace = open_workspace(target)
    try:
        found = uids(workspace)
    finally:
        workspace.close()
    after = row_counts(target)
    assert {t: n for t, n in after.items() if t in before} == before  # no row lost on the way
    assert len(found) == sum(after[t] for t in UID_TABLES) > 0
    assert len(set(found.values())) == len(found)
    assert all(uuid.UUID(uid).version == 4 and len(uid) == 36 for uid in found.values())


def test_upgraded_rows_keep_their_links(tmp_path, framework):
    """The table rebuilds run with foreign keys off; the links and cascades must survive."""
    target = tmp_path / "old.synergy"
    shutil.copy(FIXTURES / "workspaces" / "schema-0003.synergy", target)
    workspace = open_workspace(target)
    try:
        with workspace.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA foreign_key_check")).fetchall() == []
        service = AssessmentService(workspace, framework)
        round_id = service.list_assessments()[0].id
        service.delete(round_id)
        CoordinationService(workspace).delete(CoordinationService(workspace).mechanisms()[0].id)
        with workspace.engine.connect() as connection:
            for table in ("responses", "meetings", "mechanism_members"):
                assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    finally:
        workspace.close()


def test_opening_a_current_workspace_keeps_its_uids(tmp_path):
    target = tmp_path / "current.synergy"
    shutil.copy(FIXTURES / "workspaces" / f"schema-{head_revision()}.synergy", target)
    connection = sqlite3.connect(target)
    stored = {
        (t, i): u for t in UID_TABLES for i, u in connection.execute(f"SELECT id, uid FROM {t}")
    }
    connection.close()
    workspace = open_workspace(target)
    try:
        assert uids(workspace) == stored
        assert {t for t, _ in stored} == set(UID_TABLES)  # the fixture has a row in every one
    finally:
        workspace.close()


def test_a_failed_upgrade_leaves_the_workspace_as_it_was(tmp_path):
    target = tmp_path / "old.synergy"
    shutil.copy(FIXTURES / "workspaces" / "schema-0003.synergy", target)
    connection = sqlite3.connect(target)
    # The upgrade fills the datasets' uids late, after altering most other tables.
    connection.execute(
        "CREATE TRIGGER refuse BEFORE UPDATE ON datasets BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    connection.commit()
    connection.close()
    before = row_counts(target)
    with pytest.raises(WorkspaceError, match="left as it was"):
        open_workspace(target)
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
        columns = {row[1] for row in connection.execute("PRAGMA table_info(assessments)")}
        assert "uid" not in columns
        connection.execute("DROP TRIGGER refuse")
        connection.commit()
    finally:
        connection.close()
    assert row_counts(target) == before
    open_workspace(target).close()  # once the obstacle is gone, the upgrade goes through


def test_services_name_every_record_by_its_uid(workspace_path, workspace, framework):
    service = AssessmentService(workspace, framework)
    round_ = service.create("Round")
    answer = service.save_answer(round_.id, "A1", {"rating": 2}, author="Ana").answer
    register = FocalPointService(workspace)
    person = Person(last_name="Okafor", institution="Ministry")
    first = register.add(FocalPointInput("CBD", "nfp", person))
    second = register.replace_holder(
        first.id,
        FocalPointInput("CBD", "nfp", Person(last_name="Li", institution="Ministry")),
        on=date(2025, 1, 1),
    )
    coordination = CoordinationService(workspace)
    committee = coordination.save(MechanismInput(name="Committee"))
    committee = coordination.add_member(committee.id, contact_id=second.contact_id)
    committee = coordination.save_meeting(committee.id, MeetingRecord(0, date(2025, 3, 1)))
    nbsap = NbsapService(workspace)
    target = nbsap.add_target(TargetInput("T1", "Wetlands"))
    custom = nbsap.add_framework("OWN", "Regional strategy", [("R1", "Rivers")])
    cell = nbsap.set_alignment(target.id, "OWN", "R1", Level.DIRECT)
    reporting = ReportingService(workspace)
    obligation = reporting.obligations()[0]
    dataset = reporting.save_dataset(DatasetInput("Wetland inventory"))
    handed_out = {
        ("assessments", round_.id): round_.uid,
        ("responses", None): answer.uid,
        ("change_history", None): service.history(round_.id)[0].uid,
        ("designations", first.id): register.get(first.id).uid,
        ("designations", second.id): second.uid,
        ("contacts", second.contact_id): second.contact_uid,
        ("mechanisms", committee.id): committee.uid,
        ("mechanism_members", committee.members[0].id): committee.members[0].uid,
        ("meetings", committee.meetings[0].id): committee.meetings[0].uid,
        ("national_targets", target.id): target.uid,
        ("custom_frameworks", None): custom.uid,
        ("custom_targets", None): custom.targets[0].uid,
        ("alignments", None): cell.uid,
        ("obligations", obligation.id): obligation.uid,
        ("datasets", dataset.id): dataset.uid,
    }
    assert all(handed_out.values()) and len(set(handed_out.values())) == len(handed_out)
    workspace.close()
    reopened = open_workspace(workspace_path)
    try:
        stored = uids(reopened)
        for (table, row_id), uid in handed_out.items():
            if row_id is None:
                assert (table, uid) in {(t, u) for (t, _), u in stored.items()}
            else:
                assert stored[(table, row_id)] == uid
        # reading again and editing name the same records
        assert AssessmentService(reopened, framework).answer(round_.id, "A1").uid == answer.uid
        renamed = AssessmentService(reopened, framework).rename(round_.id, "Round one")
        assert renamed.uid == round_.uid
        updated = NbsapService(reopened).update_target(target.id, TargetInput("T1", "Wetland"))
        assert updated.uid == target.uid
        assert NbsapService(reopened).alignments("OWN")[0].uid == cell.uid
        cleared = NbsapService(reopened).set_alignment(target.id, "OWN", "R1", Level.NONE)
        assert cleared.uid == ""  # the cell holds nothing any more
        assert FocalPointService(reopened).get(first.id).contact_uid == first.contact_uid
    finally:
        reopened.close()


def test_submitting_a_recurring_report_makes_a_new_record(workspace):
    reporting = ReportingService(workspace)
    recurring = next(o for o in reporting.obligations() if o.interval_months and o.due_date)
    following = reporting.set_status(recurring.id, Status.SUBMITTED, date(2025, 1, 1))
    assert following.uid and following.uid != recurring.uid
    assert reporting.get(recurring.id).uid == recurring.uid


@pytest.fixture
def demo(workspace, framework):
    return fill_demo(workspace, framework)


def test_new_round_from_this_one_is_a_new_round_with_new_answers(workspace, framework, demo):
    service = AssessmentService(workspace, framework)
    old_round = service.get(demo)
    old_answers = service.answers(demo)
    before = uids(workspace)
    new_round = service.new_round_from(demo, "Second round")
    new_answers = service.answers(new_round.id)
    assert new_round.uid and new_round.uid != old_round.uid
    assert set(new_answers) == set(old_answers) and len(old_answers) > 5
    for option_id, answer in new_answers.items():
        assert answer.rating == old_answers[option_id].rating  # the same content ...
        assert answer.uid and answer.uid != old_answers[option_id].uid  # ... in a new record
    after = uids(workspace)
    assert all(after[key] == uid for key, uid in before.items())  # the old round is untouched
    assert len(set(after.values())) == len(after)


@pytest.mark.parametrize("how", ["file copy", "save as"])
def test_a_copy_of_the_workspace_keeps_every_uid(tmp_path, workspace, framework, demo, how):
    original = uids(workspace)
    answers = {k: a.uid for k, a in AssessmentService(workspace, framework).answers(demo).items()}
    target = tmp_path / "copy" / "laptop.synergy"
    if how == "save as":  # File > Save workspace as…: a backup of the open database
        backup_open_database(workspace.engine, target)
    else:  # the file copied to a colleague after closing it
        source = workspace.path
        workspace.close()
        backup_sqlite(source, target)
    copy = open_workspace(target)
    try:
        assert uids(copy) == original
        assert len(original) > 100
        copied = AssessmentService(copy, framework).answers(demo)
        assert {k: a.uid for k, a in copied.items()} == answers
    finally:
        copy.close()


def test_two_demo_workspaces_are_different_records(tmp_path, workspace, framework, demo):
    other = open_workspace(tmp_path / "other.synergy", create=True)
    try:
        fill_demo(other, framework)
        assert not set(uids(other).values()) & set(uids(workspace).values())
    finally:
        other.close()
