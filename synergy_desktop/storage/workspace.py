"""Opening, creating, checking and migrating workspaces.

A file is checked through a read-only connection before anything may write to it: an empty file,
a text file, a damaged database or another program's database is refused and left untouched. A
workspace written by a newer schema is refused; an older one is backed up with the sqlite3 backup
API and then upgraded with Alembic.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from synergy_desktop.paths import is_database_url
from synergy_desktop.storage.backup import backup_before_migration, read_only_uri
from synergy_desktop.storage.errors import (
    NewerSchemaError,
    NotAWorkspaceError,
    WorkspaceError,
    WorkspaceMissingError,
)
from synergy_desktop.storage.migrations.versions import __path__ as _versions_path
from synergy_desktop.text import arg, translate

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

APPLICATION_ID = 0x53594E47
#: The newest schema revision. Kept here so that opening an up-to-date workspace does not load
#: Alembic at all; a test checks that it matches the migration scripts.
HEAD_REVISION = "0003"
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(next(iter(_versions_path))).parent
BUSY_TIMEOUT_MS = 5000


@dataclass
class Workspace:
    location: str
    engine: Engine
    path: Path | None = None
    backups: list[Path] = field(default_factory=list)
    _factory: sessionmaker[Session] | None = None

    def session(self) -> Session:
        if self._factory is None:
            self._factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._factory()

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string()

    def close(self) -> None:
        self.engine.dispose()


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on a power cut (the database
    # stays consistent but an answer shown as "Saved" could vanish). FULL syncs the WAL on every
    # commit; an answer is one small transaction, so the cost is a few milliseconds.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


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


def open_workspace(location: str | Path, *, create: bool = False) -> Workspace:
    """Open (or with ``create=True`` make) a workspace; WorkspaceError has a plain message."""
    location = str(location)
    if is_database_url(location):
        return _open_url(location)
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
    return Workspace(str(path), engine, path, backups)


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


def _url_engine(url: str) -> Engine:
    """An engine for a database URL; an unknown kind of database, a malformed address or a
    missing PostgreSQL driver is one plain sentence (the password is never shown)."""
    shown = re.sub(r"(//[^:/@]*):[^@/]*@", r"\1:***@", url)
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError:
        if url.lower().startswith(("postgresql:", "postgresql+", "postgres:")):
            raise WorkspaceError(
                arg(
                    translate(
                        "Workspace",
                        "%1 needs the PostgreSQL driver, which is not installed: run "
                        'pip install "synergy-desktop[postgres]" and try again.',
                    ),
                    shown,
                ),
                url,
            ) from None
    except (ArgumentError, NoSuchModuleError, ValueError):
        pass
    raise WorkspaceError(
        arg(
            translate(
                "Workspace",
                "%1 is not a workspace address this version can open. Give a workspace file, "
                "or a PostgreSQL address such as postgresql+psycopg://user@server/database.",
            ),
            shown,
        ),
        url,
    )


def _reason(exc: BaseException) -> str:
    """The cause of a database error in plain words, without SQLAlchemy's wrapping and link."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig).strip().splitlines()[0]
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _open_url(url: str) -> Workspace:
    from alembic.runtime.migration import MigrationContext

    engine = _url_engine(url)
    try:
        with engine.connect() as connection:
            revision = MigrationContext.configure(connection).get_current_revision()
        _refuse_unknown(revision, url)
        if revision != head_revision():
            _upgrade(engine)
    except WorkspaceError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise WorkspaceError(
            arg(
                translate("Workspace", "The database %1 cannot be opened (%2)."),
                engine.url.render_as_string(),
                _reason(exc),
            ),
            url,
        ) from exc
    return Workspace(url, engine)


def _upgrade(engine: Engine) -> None:
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
