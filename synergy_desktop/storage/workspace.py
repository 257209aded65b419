"""Opening, creating, checking and migrating workspaces.

A file is checked through a read-only connection before anything may write to it: an empty file,
a text file, a damaged database or another program's database is refused and left untouched. A
workspace written by a newer schema is refused; an older one is backed up with the sqlite3 backup
API and then upgraded with Alembic.

A PostgreSQL URL opens a team-server workspace (see :mod:`storage.server`): an empty database
becomes a workspace, a database of another program is refused, and migrations run under an
advisory lock so that two people opening at once do not both migrate.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from synergy_desktop.paths import is_database_url
from synergy_desktop.storage import server
from synergy_desktop.storage.backup import backup_before_migration, read_only_uri
from synergy_desktop.storage.errors import (
    NewerSchemaError,
    NotAWorkspaceError,
    WorkspaceError,
    WorkspaceMissingError,
)
from synergy_desktop.storage.handle import WRITE_OPTION, Workspace
from synergy_desktop.storage.migrations.versions import __path__ as _versions_path
from synergy_desktop.text import arg, translate

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

APPLICATION_ID = 0x53594E47
#: The newest schema revision. Kept here so that opening an up-to-date workspace does not load
#: Alembic at all; a test checks that it matches the migration scripts.
HEAD_REVISION = "0005"
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(next(iter(_versions_path))).parent
BUSY_TIMEOUT_MS = 5000
log = logging.getLogger(__name__)


def _set_pragmas(dbapi_connection, _record) -> None:
    # The driver must not open transactions on its own: _begin below does, so that a write
    # transaction can take the write lock at once (pysqlite would begin only at the first write).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on a power cut (the database
    # stays consistent but an answer shown as "Saved" could vanish). FULL syncs the WAL on every
    # commit; an answer is one small transaction, so the cost is a few milliseconds.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin(connection) -> None:
    immediate = connection.get_execution_options().get(WRITE_OPTION)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config())


def head_revision() -> str:
    return HEAD_REVISION


def script_head_revision() -> str:
    return _script().get_current_head() or ""


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def open_workspace(
    location: str | Path, *, create: bool = False, password: str | None = None
) -> Workspace:
    """Open (or with ``create=True`` make) a workspace; WorkspaceError has a plain message.

    A PostgreSQL URL is opened (an empty database made a workspace) whatever ``create`` says;
    ``password``, asked from the person, is used for the connection and kept nowhere else.
    """
    location = str(location)
    if is_database_url(location):
        return _open_url(location, password)
    path = Path(location).expanduser()
    if not path.exists():
        if not create:
            raise WorkspaceMissingError(
                arg(
                    translate(
                        "Workspace",
                        "There is no workspace at %1. Check the path, or create a new workspace.",
                    ),
                    path,
                ),
                str(path),
            )
        return _create_file(path)
    revision = inspect_file(path)
    return _open_file(path, revision)


def inspect_file(path: Path) -> str | None:
    """Check a file read-only; return its schema revision. Raises NotAWorkspaceError."""

    def refuse(reason: str) -> NotAWorkspaceError:
        return NotAWorkspaceError(
            arg(
                translate(
                    "Workspace",
                    "%1 cannot be opened as a workspace: %2 The file has not been changed.",
                ),
                path,
                reason,
            ),
            str(path),
        )

    if path.is_dir():
        raise refuse(translate("Workspace", "it is a folder, not a file."))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise WorkspaceError(
            arg(
                translate(
                    "Workspace",
                    "%1 cannot be read (%2). Check that the file is "
                    "available and that you may read it.",
                ),
                path,
                exc.strerror,
            ),
            str(path),
        ) from None
    if not header:
        raise refuse(translate("Workspace", "the file is empty."))
    if not header.startswith(SQLITE_MAGIC):
        raise refuse(
            translate(
                "Workspace", "it is not a Synergy Desktop workspace (not an SQLite database)."
            )
        )
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        raise refuse(translate("Workspace", "the database cannot be opened.")) from None
    try:
        check = connection.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise refuse(
                translate("Workspace", "the database is damaged. Restore it from a backup copy.")
            )
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if app_id != APPLICATION_ID or "alembic_version" not in tables:
            raise refuse(
                translate(
                    "Workspace", "it is an SQLite database, but not a Synergy Desktop workspace."
                )
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
            raise WorkspaceError(
                arg(
                    translate(
                        "Workspace",
                        "%1 cannot be opened because its folder does not allow writing "
                        "(the workspace keeps a journal next to the file). Copy it to a folder "
                        "where you may write and open the copy.",
                    ),
                    path,
                ),
                str(path),
            ) from None
        raise refuse(
            translate(
                "Workspace", "the database is damaged or truncated. Restore it from a backup copy."
            )
        ) from None
    finally:
        connection.close()


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)))
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def _create_file(path: Path) -> Workspace:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(
            arg(
                translate(
                    "Workspace", "The folder %1 cannot be created (%2). Choose another location."
                ),
                path.parent,
                exc.strerror,
            ),
            str(path),
        ) from None
    engine = _sqlite_engine(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # the OS's reason
        _upgrade(engine)
    except Exception as exc:
        engine.dispose()
        raise WorkspaceError(
            arg(
                translate(
                    "Workspace",
                    "A new workspace cannot be created at %1 (%2). Choose another location.",
                ),
                path,
                _reason(exc),
            ),
            str(path),
        ) from exc
    return Workspace(str(path), engine, path)


def _open_file(path: Path, revision: str | None) -> Workspace:
    head = head_revision()
    backups: list[Path] = []
    if revision != head:
        _refuse_unknown(revision, str(path))
        try:
            backups.append(backup_before_migration(path, revision or "empty"))
        except (OSError, sqlite3.Error) as exc:
            raise WorkspaceError(
                arg(
                    translate(
                        "Workspace",
                        "%1 needs an upgrade, but no backup copy could be "
                        "made first (%2). Nothing was changed. Copy the workspace to a "
                        "folder where you may write, then open it again.",
                    ),
                    path,
                    exc,
                ),
                str(path),
            ) from None
    engine = _sqlite_engine(path)
    if revision != head:
        try:
            _upgrade(engine)
        except Exception as exc:
            engine.dispose()
            raise WorkspaceError(
                arg(
                    translate(
                        "Workspace",
                        "The upgrade of %1 failed (%2). The workspace was "
                        "left as it was; a backup copy is at %3.",
                    ),
                    path,
                    exc,
                    backups[0],
                ),
                str(path),
            ) from exc
    return Workspace(str(path), engine, path, backups, read_only=_file_read_only(path))


def _file_read_only(path: Path) -> bool:
    # SQLite writes the -wal and -shm files beside the workspace, so the folder counts too.
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _refuse_unknown(revision: str | None, location: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            arg(
                translate(
                    "Workspace",
                    "%1 was saved by a newer version of Synergy Desktop "
                    "(schema %2). Install the newer version to open it; the file has not "
                    "been changed.",
                ),
                location,
                revision,
            ),
            location,
        )


def _reason(exc: BaseException) -> str:
    """The cause of a database error in plain words, without SQLAlchemy's wrapping and link."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig).strip().splitlines()[0]
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _open_url(location: str, password: str | None) -> Workspace:
    url = server.server_url(location)
    shown = server.safe_url(location)
    engine = server.server_engine(url, password)
    try:
        with engine.connect() as connection:
            state, revision = server.inspect_database(connection, APPLICATION_ID)
        if state == "other":
            raise server.not_a_workspace(shown)
        _refuse_unknown(revision, shown)
        if revision != head_revision():
            _upgrade_server(engine, shown)
        with engine.connect() as connection:
            db_user, read_only = server.role_facts(connection)
    except WorkspaceError:
        engine.dispose()
        raise
    except Exception as exc:  # any failure becomes one plain, password-free sentence
        engine.dispose()
        raise server.connect_error(exc, shown) from exc
    return Workspace(shown, engine, read_only=read_only, db_user=db_user)


def _upgrade_server(engine: Engine, shown: str) -> None:
    """Create or upgrade under the advisory lock; whoever gets it second finds the work done."""
    from alembic import command

    config = _alembic_config()
    try:
        with engine.begin() as connection:
            server.lock_for_migration(connection, APPLICATION_ID)
            state, revision = server.inspect_database(connection, APPLICATION_ID)
            if state == "other":
                raise server.not_a_workspace(shown)
            _refuse_unknown(revision, shown)
            if revision == head_revision():
                return
            log.info(
                "Upgrading %s from schema %s to %s without a file backup (a server workspace "
                "is backed up with the server's own tools)",
                shown,
                revision or "empty",
                head_revision(),
            )
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except WorkspaceError:
        raise
    except Exception as exc:
        if server.is_permission_error(exc):
            raise server.may_not_migrate(shown) from exc
        raise WorkspaceError(
            arg(
                translate(
                    "Workspace",
                    "The upgrade of %1 failed (%2). The workspace was left as it was.",
                ),
                shown,
                server.reason(exc),
            ),
            shown,
        ) from exc


def _upgrade(engine: Engine) -> None:
    """Run the migrations in one transaction: all of them, or nothing."""
    from alembic import command

    config = _alembic_config()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection if sqlite else None
        if sqlite:
            # Batch mode rebuilds a table by copying it and dropping the old one; with foreign
            # keys on, that drop would cascade to every row referring to it. The pragma only
            # takes effect outside a transaction, hence on the driver's connection before any
            # transaction begins, and not in the migration.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            # One write transaction (BEGIN IMMEDIATE on SQLite, see _begin): DDL included, so a
            # failed upgrade leaves no half a schema.
            connection.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                broken = _foreign_key_problems(connection) if sqlite else 0
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite and _foreign_key_problems(connection) > broken:
                    raise WorkspaceError(
                        translate("Workspace", "the upgrade would break links between records.")
                    )
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")


def _foreign_key_problems(connection) -> int:
    return len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
