"""PostgreSQL for the tests: a fresh database (and roles) per test on a real server.

The server is the one of ``SYNERGY_TEST_POSTGRES_URL`` (a superuser's URL, for example from
``scripts/test_postgres.sh``). Without it the PostgreSQL tests are skipped, unless
``SYNERGY_REQUIRE_POSTGRES=1`` (CI), which turns the skip into a failure.
"""

from __future__ import annotations

import os
import secrets

import pytest

from synergy_desktop.storage.workspace import open_workspace

POSTGRES_URL = os.environ.get("SYNERGY_TEST_POSTGRES_URL", "")
REQUIRED = os.environ.get("SYNERGY_REQUIRE_POSTGRES") == "1"


class PostgresServer:
    """Creates and drops uniquely named databases and roles; workspaces copy a migrated one."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine, make_url
        from sqlalchemy.pool import NullPool

        self.url = make_url(admin_url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.prefix = f"synergy_test_{os.getpid()}_{secrets.token_hex(3)}"
        self.count = 0
        self.template = ""
        self.roles: list[str] = []

    def execute(self, sql: str, database: str | None = None) -> None:
        from sqlalchemy import create_engine, text
        from sqlalchemy.pool import NullPool

        engine = self.admin
        if database:
            engine = create_engine(
                self.url.set(database=database), isolation_level="AUTOCOMMIT", poolclass=NullPool
            )
        try:
            with engine.connect() as connection:
                for statement in filter(str.strip, sql.split(";")):
                    connection.execute(text(statement))
        finally:
            if database:
                engine.dispose()

    def url_of(self, database: str, *, user: str | None = None, password: str | None = None):
        url = self.url.set(database=database)
        if user is not None:
            url = url.set(username=user)
        if password is not None or user is not None:
            # URL.set ignores None, so rebuild the URL without the administrator's password.
            url = url._replace(password=password)
        return url.render_as_string(hide_password=False)

    def new_name(self) -> str:
        self.count += 1
        return f"{self.prefix}_{self.count}"

    def create_database(self, *, workspace: bool = False) -> str:
        """A new database: empty, or a copy of an up-to-date empty workspace. Returns its name."""
        if workspace and not self.template:
            name = f"{self.prefix}_template"
            self.execute(f"CREATE DATABASE {name}")
            open_workspace(self.url_of(name)).close()
            self.template = name
        name = self.new_name()
        template = f" TEMPLATE {self.template}" if workspace else ""
        self.execute(f"CREATE DATABASE {name}{template}")
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def create_role(self, sql_after_name: str = "LOGIN") -> str:
        name = f"{self.new_name()}_role"
        self.execute(f"CREATE ROLE {name} {sql_after_name}")
        self.roles.append(name)
        return name

    def close(self) -> None:
        if self.template:
            self.drop_database(self.template)
        for role in self.roles:
            self.execute(f"DROP ROLE IF EXISTS {role}")
        self.admin.dispose()


def _unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"SYNERGY_REQUIRE_POSTGRES=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server():
    if not POSTGRES_URL:
        _unavailable("no PostgreSQL server: SYNERGY_TEST_POSTGRES_URL is not set")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable('psycopg is not installed (pip install -e ".[test,postgres]")')
    server = PostgresServer(POSTGRES_URL)
    try:
        server.execute("SELECT 1")
    except Exception as exc:
        server.admin.dispose()
        _unavailable(f"the PostgreSQL server does not answer ({type(exc).__name__})")
    yield server
    server.close()


@pytest.fixture
def postgres_database(postgres_server):
    """The name of a fresh, empty database, dropped after the test."""
    name = postgres_server.create_database()
    yield name
    postgres_server.drop_database(name)


@pytest.fixture
def postgres_workspace_url(postgres_server) -> str:
    """The URL of a fresh, up-to-date, empty workspace database, dropped after the test."""
    name = postgres_server.create_database(workspace=True)
    yield postgres_server.url_of(name)
    postgres_server.drop_database(name)
