import hashlib
import os
import shutil
import sqlite3

import pytest
from alembic import command
from sqlalchemy import text

from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.country import get_country
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.storage.backup import backup_sqlite
from synergy_desktop.storage.errors import (
    NewerSchemaError,
    NotAWorkspaceError,
    WorkspaceMissingError,
)
from synergy_desktop.storage.workspace import (
    _alembic_config,
    head_revision,
    open_workspace,
    script_head_revision,
)
from tests.conftest import FIXTURES


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_connection_pragmas(workspace):
    with workspace.engine.connect() as connection:

        def pragma(name):
            return connection.execute(text(f"PRAGMA {name}")).scalar()

        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 5000
        assert pragma("application_id") == 0x53594E47


def test_head_revision_constant_matches_the_migration_scripts():
    assert head_revision() == script_head_revision()


def test_new_workspace_is_at_the_head_revision(workspace_path, workspace):
    connection = sqlite3.connect(workspace_path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
        head_revision()
    )
    connection.close()


def test_missing_file_is_not_created_without_asking(tmp_path):
    target = tmp_path / "nowhere.synergy"
    with pytest.raises(WorkspaceMissingError, match="There is no workspace at"):
        open_workspace(target)
    assert not target.exists()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"Minutes of the committee meeting\n", "not an SQLite database"),
        (b"PK\x03\x04 a zip archive", "not an SQLite database"),
    ],
)
def test_files_that_are_not_workspaces_are_refused_and_untouched(tmp_path, content, reason):
    path = tmp_path / "notes.synergy"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(NotAWorkspaceError) as caught:
        open_workspace(path)
    assert reason in str(caught.value)
    assert "has not been changed" in str(caught.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.synergy"]


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE things (id INTEGER)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(NotAWorkspaceError, match="not a Synergy Desktop workspace"):
        open_workspace(path)
    assert digest(path) == before


def test_truncated_workspace_is_refused_and_untouched(tmp_path, framework):
    source = tmp_path / "full.synergy"
    ws = open_workspace(source, create=True)
    service = AssessmentService(ws, framework)
    info = service.create("Round 1")
    for option in framework.options:
        service.save_answer(info.id, option.id, {"evidence": "x" * 3000, "rating": 2})
    ws.close()
    clean = tmp_path / "clean.synergy"
    backup_sqlite(source, clean)
    data = clean.read_bytes()
    broken = tmp_path / "broken.synergy"
    broken.write_bytes(data[: len(data) // 2])
    before = digest(broken)
    with pytest.raises(NotAWorkspaceError, match="damaged"):
        open_workspace(broken)
    assert digest(broken) == before


def test_folder_is_refused(tmp_path):
    with pytest.raises(NotAWorkspaceError, match="folder"):
        open_workspace(tmp_path)


def test_newer_schema_is_refused_with_a_clear_message(workspace_path, workspace):
    workspace.close()
    connection = sqlite3.connect(workspace_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = digest(workspace_path)
    with pytest.raises(NewerSchemaError) as caught:
        open_workspace(workspace_path)
    assert "newer version of Synergy Desktop" in str(caught.value)
    assert digest(workspace_path) == before


FIXTURE_FILES = sorted((FIXTURES / "workspaces").glob("schema-*.synergy"))


def test_there_is_a_fixture_for_the_current_schema():
    assert f"schema-{head_revision()}.synergy" in {p.name for p in FIXTURE_FILES}


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_every_fixture_workspace_opens_with_its_data(tmp_path, framework, fixture):
    target = tmp_path / fixture.name
    shutil.copy(fixture, target)
    revision = fixture.stem.removeprefix("schema-")
    ws = open_workspace(target)
    try:
        assert bool(ws.backups) == (revision != head_revision())
        service = AssessmentService(ws, framework)
        rounds = service.list_assessments()
        assert [r.title for r in rounds] == ["Fixture round"]
        answers = service.answers(rounds[0].id)
        assert answers["A1"].rating.value == "3"
        assert answers["A1"].evidence == "Register kept by the ministry"
        assert answers["C1"].target_date.isoformat() == "2027-03-31"
        assert len(service.history(rounds[0].id)) >= 4
        assert get_country(ws).name == "Fixture Republic"
        register = FocalPointService(ws)
        if revision >= "0002":
            assert [e.person.last_name for e in register.entries()] == ["Ture"]
            assert register.role_history("CMS", "nfp")[0].handover_note == "Files in cabinet 3"
            assert CoordinationService(ws).mechanisms()[0].name == "Fixture committee"
        else:  # tables added by later migrations start empty
            assert register.entries() == []
            assert get_country(ws).stale_after_months == 12
        nbsap, reporting = NbsapService(ws), ReportingService(ws)
        if revision >= "0003":
            assert [t.code for t in nbsap.targets()] == ["FT1", "FT2"]
            assert nbsap.alignments()[0].note == "fixture note"
            nr7 = next(o for o in reporting.obligations() if o.reference_key == "cbd-nr7")
            assert nr7.status.value == "submitted" and len(nr7.dataset_ids) == 1
        else:
            assert nbsap.targets() == []
            assert len(reporting.obligations()) == 16  # the shipped calendar, seeded on use
        if revision >= "0004":  # from here on the fixture has a row in every table with a uid
            members = CoordinationService(ws).mechanisms()[0].members
            assert [m.label for m in members] == ["Fix Ture", "Fixture institute"]
            assert [t.id for t in nbsap.framework("FXF").targets] == ["F1", "F2"]
            assert all(a.uid for a in nbsap.alignments())
    finally:
        ws.close()


def test_outdated_workspace_is_backed_up_then_upgraded(tmp_path, framework):
    path = tmp_path / "old.synergy"
    open_workspace(path, create=True).close()
    # Bring the file back to the empty schema, as an older release would have left it.
    engine = open_workspace(path).engine
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    engine.dispose()
    ws = open_workspace(path)
    try:
        assert len(ws.backups) == 1
        backup = ws.backups[0]
        assert backup.parent.name == "old.backups"
        connection = sqlite3.connect(backup)
        assert connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 0
        connection.close()
        assert AssessmentService(ws, framework).list_assessments() == []
    finally:
        ws.close()


def test_backup_is_a_restorable_workspace(tmp_path, workspace_path, workspace, framework):
    service = AssessmentService(workspace, framework)
    info = service.create("Round 1")
    service.save_answer(info.id, "B3", {"rating": 4, "evidence": "Mapped in 2026"})
    copy = backup_sqlite(workspace_path, tmp_path / "restore" / "copy.synergy")
    restored = open_workspace(copy)
    try:
        answer = AssessmentService(restored, framework).answer(info.id, "B3")
        assert answer.rating.value == "4" and answer.evidence == "Mapped in 2026"
    finally:
        restored.close()


@pytest.mark.both_backends
def test_saved_answer_survives_reopening(workspace_url, workspace, framework):
    service = AssessmentService(workspace, framework)
    info = service.create("Round 1")
    service.save_answer(info.id, "A2", {"gaps": "No legal mandate"}, author="Amina")
    workspace.close()
    reopened = open_workspace(workspace_url)
    try:
        answer = AssessmentService(reopened, framework).answer(info.id, "A2")
        assert answer.gaps == "No legal mandate" and answer.updated_by == "Amina"
    finally:
        reopened.close()


def test_a_file_records_no_database_user_and_is_writable(workspace):
    assert workspace.db_user == "" and workspace.read_only is False


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any file")
def test_a_write_protected_file_opens_read_only(workspace_path, workspace):
    workspace.close()
    workspace_path.chmod(0o444)
    try:
        ws = open_workspace(workspace_path)
        assert ws.read_only is True
        ws.close()
    finally:
        workspace_path.chmod(0o644)
