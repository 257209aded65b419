"""Workspaces on a PostgreSQL team server: addresses, the driver, sign-in, roles, the mark.

A server workspace is a PostgreSQL database (its current schema) that holds the tables of the
migrations plus a one-row ``synergy_workspace`` table carrying the same application id as a
workspace file. Passwords never leave the engine: :func:`safe_url` is the only form of an address
that may be shown, logged or remembered, and a password typed by the person is passed to
:func:`server_engine` separately. Connections honour everything libpq reads by itself:
``.pgpass`` (or ``PGPASSFILE``), service files (``?service=name``) and ``sslmode``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import URL, String, create_engine, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.ext.compiler import compiles

from synergy_desktop.storage.errors import (
    NotAWorkspaceError,
    PasswordRequiredError,
    WorkspaceError,
)
from synergy_desktop.text import arg, translate

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

#: The one driver supported: psycopg 3 (``postgresql://`` is read as ``postgresql+psycopg://``).
DRIVER = "postgresql+psycopg"
MARKER_TABLE = "synergy_workspace"
CONNECT_TIMEOUT_S = 10
_PASSWORD_IN_TEXT = re.compile(r"(://[^:/@?#]*):[^/?#]*@")
_PASSWORD_IN_QUERY = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)


@compiles(String, "postgresql")
def _unbounded_varchar(type_, compiler, **kw) -> str:
    """VARCHAR without a length on a server, for every String column.

    SQLite never enforced the lengths of String columns, so workspace files may hold longer
    values; a server accepts the same values, so that a workspace moves between the two whole.
    """
    return "VARCHAR"


def strip_password_text(location: str) -> str:
    """Remove a password from any text that looks like a URL, even one that does not parse."""
    return _PASSWORD_IN_QUERY.sub(r"\1", _PASSWORD_IN_TEXT.sub(r"\1@", location))


def server_url(location: str | URL) -> URL:
    """Parse a PostgreSQL address; raise WorkspaceError (password-free message) if unusable."""
    try:
        url = location if isinstance(location, URL) else make_url(location)
    except (ArgumentError, ValueError):
        raise WorkspaceError(
            arg(
                translate(
                    "Workspace",
                    "%1 is not a database address. Write it as postgresql://user@server/database.",
                ),
                strip_password_text(str(location)),
            ),
            strip_password_text(str(location)),
        ) from None
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername=DRIVER)
    if url.drivername != DRIVER:
        shown = safe_url(location if isinstance(location, str) else url)
        raise WorkspaceError(
            arg(
                translate(
                    "Workspace",
                    "%1 uses a database driver this application does not support. "
                    "Write the address as postgresql://user@server/database.",
                ),
                shown,
            ),
            shown,
        )
    return url


def safe_url(url: str | URL) -> str:
    """The address without any password: for titles, messages, logs and the recent list."""
    if isinstance(url, str):
        text_form = strip_password_text(url)  # also catches an unescaped "@" in a password
        try:
            url = make_url(text_form)
        except (ArgumentError, ValueError):
            return text_form
    query = {key: value for key, value in url.query.items() if key.lower() != "password"}
    clean = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, query)
    return clean.render_as_string(hide_password=False)


def require_driver() -> None:
    """Raise a plain WorkspaceError if psycopg 3 is not installed."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise WorkspaceError(
            translate(
                "Workspace",
                "Opening a PostgreSQL workspace needs the PostgreSQL driver, which is not "
                'installed: install it with pip install "synergy-desktop[postgres]".',
            )
        ) from None


def server_engine(url: URL, password: str | None = None) -> Engine:
    """An engine for ``url``; ``password`` (asked from the person) overrides one in the URL."""
    require_driver()
    if password:
        url = url.set(password=password)
    query = dict(url.query)
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    query.setdefault("application_name", "Synergy Desktop")
    return create_engine(url.set(query=query), pool_pre_ping=True, hide_parameters=True)


def needs_password(location: str | URL) -> bool:
    """True when the server asks for a password that neither the URL nor .pgpass provides.

    Connects once (without a password) to find out; any other failure returns False and is
    reported when the workspace is opened.
    """
    url = server_url(location)
    if url.password or "password" in {key.lower() for key in url.query}:
        return False
    engine = server_engine(url)
    try:
        with engine.connect():
            return False
    except DBAPIError as exc:
        return _password_problem(exc) is not None
    finally:
        engine.dispose()


def reason(exc: BaseException) -> str:
    """libpq's own explanation (never contains the password), first line, without prefixes."""
    message = str(getattr(exc, "orig", None) or exc).strip()
    first = message.splitlines()[0] if message else type(exc).__name__
    first = first.removeprefix("connection failed: ")
    return re.sub(r"^connection to server at .*? failed: (FATAL:\s+)?", "", first).strip()


def _password_problem(exc: BaseException) -> str | None:
    why = reason(exc).lower()
    if "no password supplied" in why:
        return "missing"
    if "password authentication failed" in why or getattr(
        getattr(exc, "orig", None), "sqlstate", None
    ) in ("28P01", "28000"):
        return "refused"
    return None


def connect_error(exc: BaseException, shown: str) -> WorkspaceError:
    """A plain, password-free message for a connection that failed."""
    problem = _password_problem(exc)
    why = reason(exc)
    if problem == "missing":
        return PasswordRequiredError(
            arg(
                translate(
                    "Workspace",
                    "The database %1 asks for a password and none was given. Put it in your "
                    ".pgpass file, then open the workspace again.",
                ),
                shown,
            ),
            shown,
        )
    if problem == "refused":
        return PasswordRequiredError(
            arg(
                translate(
                    "Workspace",
                    "The server did not accept the user name or password for %1. "
                    "Check them and try again.",
                ),
                shown,
            ),
            shown,
        )
    if "does not exist" in why and "database" in why:
        template = translate(
            "Workspace",
            "The database %1 does not exist on its server (%2). Check the name, or ask the "
            "administrator to create it.",
        )
    elif any(word in why.lower() for word in ("refused", "resolve", "timeout", "timed out")):
        template = translate(
            "Workspace",
            "The server of %1 cannot be reached (%2). Check the address and the network, "
            "and that the server is running.",
        )
    else:
        template = translate("Workspace", "The database %1 cannot be opened (%2).")
    return WorkspaceError(arg(template, shown, why), shown)


def inspect_database(connection: Connection, application_id: int) -> tuple[str, str | None]:
    """("empty" | "workspace" | "other", schema revision) of the current schema."""
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return "empty", None
    if MARKER_TABLE not in tables or "alembic_version" not in tables:
        return "other", None
    mark = connection.execute(text(f"SELECT application_id FROM {MARKER_TABLE}")).scalar()
    if mark != application_id:
        return "other", None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return "workspace", revision


def not_a_workspace(shown: str) -> NotAWorkspaceError:
    return NotAWorkspaceError(
        arg(
            translate(
                "Workspace",
                "The database %1 holds tables of another program; it is not a Synergy Desktop "
                "workspace. Nothing was changed. Use an empty database for a new workspace.",
            ),
            shown,
        ),
        shown,
    )


def may_not_migrate(shown: str) -> WorkspaceError:
    return WorkspaceError(
        arg(
            translate(
                "Workspace",
                "%1 must first be set up or upgraded for this version, and your database role "
                "may not do that. Ask the administrator to open it once with the role that owns "
                "the workspace. Nothing was changed.",
            ),
            shown,
        ),
        shown,
    )


def lock_for_migration(connection: Connection, application_id: int) -> None:
    """Wait for, then hold until the transaction ends, the database's migration lock."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": application_id})


def role_facts(connection: Connection) -> tuple[str, bool]:
    """(the connected database user, whether that role may only read the workspace)."""
    row = connection.execute(
        text(
            "SELECT current_user, "
            "has_table_privilege('responses', 'INSERT') "
            "AND has_table_privilege('responses', 'UPDATE') "
            "AND has_table_privilege('change_history', 'INSERT')"
        )
    ).one()
    return str(row[0]), not row[1]


def is_permission_error(exc: BaseException) -> bool:
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501"
