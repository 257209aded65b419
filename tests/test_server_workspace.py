"""Workspaces on a PostgreSQL team server: recognising, creating, migrating, roles, passwords.

Every test gets its own database (and roles) on the server of SYNERGY_TEST_POSTGRES_URL; see
tests/postgres_helpers.py. The tests without the postgres mark need no server.
"""

import logging
import os
import subprocess
import sys
import threading
import time

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, make_url, text

from synergy_desktop.cli import main as cli_main
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.errors import StorageError
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.storage import server
from synergy_desktop.storage.errors import (
    NewerSchemaError,
    NotAWorkspaceError,
    PasswordRequiredError,
    WorkspaceError,
)
from synergy_desktop.storage.workspace import _alembic_config, head_revision, open_workspace

postgres = pytest.mark.postgres

#: The README's statements for a team database (keep the two in step); names vary per test.
TEAM_SETUP = """
ALTER DATABASE {db} OWNER TO {owner};
GRANT CONNECT ON DATABASE {db} TO {editors}, {readers};
GRANT USAGE ON SCHEMA public TO {editors}, {readers};
ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {editors};
ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public
  GRANT USAGE ON SEQUENCES TO {editors};
ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public
  GRANT SELECT ON TABLES TO {readers}
"""


def tables(url):
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return sorted(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def scalar(url, sql):
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text(sql)).scalar()
    finally:
        engine.dispose()


@pytest.fixture
def no_pgpass(tmp_path, monkeypatch):
    """No ~/.pgpass of the machine may supply a password behind the test's back."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("PGSERVICEFILE", raising=False)


@pytest.fixture
def team(postgres_server, postgres_database, no_pgpass):
    """A database set up as the README says, with an owner, an editor and a reader who log in."""
    roles = {
        "owner": postgres_server.create_role("LOGIN PASSWORD 'owner-pw'"),
        "editors": postgres_server.create_role("NOLOGIN"),
        "readers": postgres_server.create_role("NOLOGIN"),
    }
    postgres_server.execute(TEAM_SETUP.format(db=postgres_database, **roles), postgres_database)
    roles["editor"] = postgres_server.create_role(
        f"LOGIN PASSWORD 'editor-pw' IN ROLE {roles['editors']}"
    )
    roles["reader"] = postgres_server.create_role(
        f"LOGIN PASSWORD 'reader-pw' IN ROLE {roles['readers']}"
    )

    def url(who):
        return postgres_server.url_of(postgres_database, user=roles[who], password=f"{who}-pw")

    return url, roles


# -- what needs no server ----------------------------------------------------------------------


def test_addresses_are_shown_without_password():
    assert server.safe_url(
        "postgresql+psycopg://amina:s3cret@db.gov:5433/team?sslmode=require"
    ) == ("postgresql+psycopg://amina@db.gov:5433/team?sslmode=require")
    assert "s3cret" not in server.safe_url("postgresql://amina@db.gov/team?password=s3cret")
    assert (
        server.safe_url("postgresql://amina:p@ss@db.gov/team") == "postgresql://amina@db.gov/team"
    )
    assert server.safe_url("postgresql:///?service=team") == "postgresql:///?service=team"
    with pytest.raises(WorkspaceError) as caught:
        open_workspace("postgresql://amina:s3cret@db.gov:port/team")
    assert "not a database address" in str(caught.value) and "s3cret" not in str(caught.value)


def test_postgresql_means_psycopg_3_and_other_drivers_are_refused():
    assert server.server_url("postgresql://amina@db.gov/team").drivername == "postgresql+psycopg"
    assert server.server_url("postgres://amina@db.gov/team").drivername == "postgresql+psycopg"
    with pytest.raises(WorkspaceError, match="driver this application does not support"):
        open_workspace("mysql://amina:s3cret@db.gov/team")


@pytest.mark.slow
def test_without_psycopg_a_url_says_what_to_install(tmp_path):
    code = (
        "import sys\n"
        "sys.modules['psycopg'] = None\n"
        "from synergy_desktop.storage.workspace import open_workspace\n"
        "try:\n"
        "    open_workspace('postgresql+psycopg://amina@db.gov/team')\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__, exc)\n"
        "from synergy_desktop.cli import main\n"
        "sys.exit(main(['list', '--workspace', 'postgresql://amina:s3cret@db.gov/team']))\n"
    )
    env = {**os.environ, "SYNERGY_CONFIG_DIR": str(tmp_path), "SYNERGY_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    wanted = 'install it with pip install "synergy-desktop[postgres]".'
    assert result.returncode == 1
    assert result.stdout.startswith("WorkspaceError ") and wanted in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("synergy: ") and wanted in result.stderr
    assert "Traceback" not in result.stderr and "s3cret" not in result.stderr


def test_an_unreachable_server_is_one_plain_sentence():
    pytest.importorskip("psycopg")
    with pytest.raises(WorkspaceError) as caught:
        open_workspace("postgresql://amina:s3cret@127.0.0.1:1/team")
    message = str(caught.value)
    assert message.startswith("The server of postgresql://amina@127.0.0.1:1/team cannot be reached")
    assert "\n" not in message and "s3cret" not in message and "sqlalche.me" not in message


# -- recognising, creating and upgrading -------------------------------------------------------


@postgres
def test_an_empty_database_becomes_a_workspace(postgres_server, postgres_database, framework):
    url = postgres_server.url_of(postgres_database)
    ws = open_workspace(url)
    try:
        assert ws.path is None and ws.backups == []
        assert ws.read_only is False and ws.db_user == postgres_server.url.username
        info = AssessmentService(ws, framework).create("Round 1")
    finally:
        ws.close()
    assert scalar(url, "SELECT version_num FROM alembic_version") == head_revision()
    assert scalar(url, "SELECT application_id FROM synergy_workspace") == 0x53594E47
    reopened = open_workspace(url)
    try:
        assert AssessmentService(reopened, framework).get(info.id).title == "Round 1"
    finally:
        reopened.close()


@postgres
@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)",
        # another program that also uses Alembic, but carries no workspace mark
        "CREATE TABLE alembic_version (version_num varchar(32)); "
        "INSERT INTO alembic_version VALUES ('0003'); CREATE TABLE responses (id integer)",
        # a mark of another application
        "CREATE TABLE synergy_workspace (application_id integer); "
        "INSERT INTO synergy_workspace VALUES (42); "
        "CREATE TABLE alembic_version (version_num varchar(32))",
    ],
    ids=["other-tables", "other-alembic", "other-mark"],
)
def test_a_database_of_another_program_is_refused_unchanged(
    postgres_server, postgres_database, sql
):
    postgres_server.execute(sql, database=postgres_database)
    url = postgres_server.url_of(postgres_database)
    before = tables(url)
    with pytest.raises(NotAWorkspaceError) as caught:
        open_workspace(url)
    assert "not a Synergy Desktop workspace" in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert tables(url) == before


@postgres
def test_a_newer_schema_is_refused_unchanged(postgres_workspace_url):
    engine = create_engine(postgres_workspace_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerSchemaError, match="newer version of Synergy Desktop"):
        open_workspace(postgres_workspace_url)
    assert scalar(postgres_workspace_url, "SELECT version_num FROM alembic_version") == "9999"


@postgres
def test_an_older_schema_is_upgraded_in_place_without_a_file_backup(
    postgres_workspace_url, framework, caplog
):
    ws = open_workspace(postgres_workspace_url)
    AssessmentService(ws, framework).create("Kept through the upgrade")
    config = _alembic_config()
    with ws.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    ws.close()
    caplog.set_level(logging.INFO, logger="synergy_desktop.storage")
    upgraded = open_workspace(postgres_workspace_url)
    try:
        assert upgraded.backups == []
        rounds = AssessmentService(upgraded, framework).list_assessments()
        assert [r.title for r in rounds] == ["Kept through the upgrade"]
    finally:
        upgraded.close()
    assert "from schema 0001 to" in caplog.text and "without a file backup" in caplog.text


@postgres
def test_two_people_opening_an_empty_database_at_once_migrate_it_once(
    postgres_server, postgres_database, caplog
):
    url = postgres_server.url_of(postgres_database)
    caplog.set_level(logging.INFO, logger="synergy_desktop.storage")
    holder = create_engine(url)
    results = []

    def first_open():
        try:
            ws = open_workspace(url)
            results.append(ws.db_user)
            ws.close()
        except Exception as exc:  # reported by the assertion below
            results.append(exc)

    threads = [threading.Thread(target=first_open) for _ in range(2)]
    with holder.begin() as connection:
        # Hold the migration lock so that both openers are seen waiting for it together.
        server.lock_for_migration(connection, 0x53594E47)
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 30
        waiting = 0
        while waiting < 2 and time.monotonic() < deadline:
            waiting = scalar(
                postgres_server.url_of("postgres"),
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
            )
        assert waiting == 2
    for thread in threads:
        thread.join(timeout=60)
    holder.dispose()
    assert results == [postgres_server.url.username] * 2
    assert caplog.text.count("Upgrading") == 1
    assert scalar(url, "SELECT count(*) FROM alembic_version") == 1
    assert scalar(url, "SELECT count(*) FROM synergy_workspace") == 1


@postgres
def test_two_people_seeding_the_calendar_at_once(postgres_workspace_url):
    first, second = open_workspace(postgres_workspace_url), open_workspace(postgres_workspace_url)
    try:
        barrier = threading.Barrier(2)
        results = []

        def seed(ws):
            barrier.wait()
            try:
                results.append(ReportingService(ws).ensure_seeded())
            except Exception as exc:  # reported by the assertion below
                results.append(exc)

        threads = [threading.Thread(target=seed, args=(ws,)) for ws in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(results) == [False, True]
        assert len(ReportingService(first).obligations()) == 16
    finally:
        first.close()
        second.close()


# -- roles --------------------------------------------------------------------------------------


@postgres
def test_roles_set_up_as_the_readme_says(team, framework):
    url, roles = team
    ws = open_workspace(url("owner"))  # the owner sets the workspace up
    info = AssessmentService(ws, framework).create("Round 1")
    ws.close()

    editor = open_workspace(url("editor"))
    try:
        assert editor.read_only is False and editor.db_user == roles["editor"]
        service = AssessmentService(editor, framework)
        service.save_answer(info.id, "A1", {"rating": 3, "evidence": "Register"}, author="Amina")
        service.create("Round 2")  # a new row takes its id from the owner's sequence
        assert len(ReportingService(editor).obligations()) == 16
    finally:
        editor.close()

    reader = open_workspace(url("reader"))
    try:
        assert reader.read_only is True and reader.db_user == roles["reader"]
        service = AssessmentService(reader, framework)
        assert service.answer(info.id, "A1").evidence == "Register"
        with pytest.raises(StorageError) as caught:
            service.save_answer(info.id, "A1", {"evidence": "Changed"})
        assert str(caught.value).startswith("your database role may only read this workspace")
        assert service.answer(info.id, "A1").evidence == "Register"
        assert len(service.list_assessments()) == 2
        assert len(ReportingService(reader).obligations()) == 16  # seeded by the editor
    finally:
        reader.close()


@postgres
def test_a_role_that_may_not_migrate_is_told_to_ask_the_administrator(team):
    url, _roles = team
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(url("reader"))  # empty: only the owner may create the tables
    assert "Ask the administrator to open it once" in str(caught.value)
    assert tables(url("owner")) == []

    open_workspace(url("owner")).close()
    reader = open_workspace(url("reader"))
    assert ReportingService(reader).obligations() == []  # nobody seeded it yet; no error
    reader.close()
    ws = open_workspace(url("owner"))
    config = _alembic_config()
    with ws.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    ws.close()
    with pytest.raises(WorkspaceError, match="Ask the administrator") as caught:
        open_workspace(url("editor"))
    assert "Nothing was changed" in str(caught.value)
    assert scalar(url("owner"), "SELECT version_num FROM alembic_version") == "0002"


# -- passwords ----------------------------------------------------------------------------------


@postgres
def test_the_password_is_never_shown_nor_logged(team, caplog, capsys):
    url, roles = team
    open_workspace(url("owner")).close()
    secret = "editor-pw"
    bare = make_url(url("editor"))._replace(password=None).render_as_string(hide_password=False)
    caplog.set_level(logging.DEBUG)  # SQLAlchemy and psycopg log everything they would
    assert server.needs_password(bare) is True
    assert server.needs_password(url("editor")) is False
    with pytest.raises(PasswordRequiredError) as missing:
        open_workspace(bare)
    assert "asks for a password and none was given" in str(missing.value)
    with pytest.raises(PasswordRequiredError) as wrong:
        open_workspace(bare, password="wrong-password")
    assert "did not accept the user name or password" in str(wrong.value)
    with pytest.raises(WorkspaceError) as no_database:
        open_workspace(url("editor").replace(make_url(bare).database, "nowhere"))
    assert "does not exist" in str(no_database.value)

    asked = open_workspace(bare, password=secret)  # the window asks, then passes it on
    inline = open_workspace(url("editor"))  # typed into the address
    assert cli_main(["list", "--workspace", url("editor")]) == 0
    shown = [
        str(missing.value),
        str(wrong.value),
        str(no_database.value),
        caplog.text,
        *capsys.readouterr(),
    ]
    for ws in (asked, inline):
        assert ws.location == bare and ws.display_name == bare
        assert ws.db_user == roles["editor"]
        shown += [ws.location, ws.display_name, str(ws.engine.url), repr(ws.engine.url)]
        ws.close()
    assert [text for text in shown if secret in text] == []


@postgres
def test_pgpass_service_file_and_sslmode_are_honoured(team, tmp_path, monkeypatch):
    url, roles = team
    open_workspace(url("owner")).close()
    address = make_url(url("reader"))
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(
        f"{address.host}:{address.port}:{address.database}:{roles['reader']}:reader-pw\n"
    )
    pgpass.chmod(0o600)
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[synergy_team]\nhost={address.host}\nport={address.port}\n"
        f"dbname={address.database}\nuser={roles['reader']}\n"
    )
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    bare = address._replace(password=None).render_as_string(hide_password=False)

    assert server.needs_password(bare) is False
    for location in (bare, "postgresql:///?service=synergy_team", f"{bare}?sslmode=disable"):
        ws = open_workspace(location)
        try:
            assert ws.db_user == roles["reader"] and ws.read_only is True
            assert ws.location == location
        finally:
            ws.close()
    # The test server speaks no TLS: a URL that requires it must fail, so sslmode reached libpq.
    with pytest.raises(WorkspaceError, match="SSL"):
        open_workspace(f"{bare}?sslmode=require")
