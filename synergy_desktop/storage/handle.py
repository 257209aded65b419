"""The handle of an open workspace: its engine, and sessions for reading, writing and reading
one consistent snapshot. Opening, checking and migrating are in ``storage/workspace.py``."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from synergy_desktop.storage import server

# The execution option that makes a transaction a write transaction (BEGIN IMMEDIATE on SQLite).
WRITE_OPTION = "synergy_write"


@dataclass
class Workspace:
    """An open workspace. ``location`` is the file path, or the server URL without password."""

    location: str
    engine: Engine
    path: Path | None = None
    backups: list[Path] = field(default_factory=list)
    _factory: sessionmaker[Session] | None = None
    _pinned: threading.local = field(default_factory=threading.local, repr=False)
    #: The connected role (or the file) may only be read.
    read_only: bool = False
    #: The database user (``current_user``) on a server; empty for a file.
    db_user: str = ""

    def session(self) -> Session:
        """A session for reading; a write goes through :meth:`write`.

        Inside :meth:`snapshot` (on the same thread) every read shares the snapshot's session.
        """
        pinned = getattr(self._pinned, "session", None)
        if pinned is not None:
            return _Shared(pinned)
        return self._new_session()

    def _new_session(self) -> Session:
        if self._factory is None:
            self._factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._factory()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Make every read on this thread, until the block ends, see one consistent state.

        SQLite keeps one read transaction open (WAL gives it a snapshot); PostgreSQL reads in
        one REPEATABLE READ transaction.
        """
        if getattr(self._pinned, "session", None) is not None:
            yield  # already inside a snapshot
            return
        options = {}
        if self.engine.dialect.name == "postgresql":
            options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
        with self._new_session() as session, session.begin():
            session.connection(execution_options=options)
            self._pinned.session = session
            try:
                yield
            finally:
                self._pinned.session = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction that holds the write lock from its first statement.

        Reading and writing happen in the same transaction, so two processes saving at once
        are serialised instead of one reading a value the other is about to change (SQLite:
        BEGIN IMMEDIATE, waiting up to the busy timeout; other databases lock the rows they
        read with FOR UPDATE where the service asks for it).
        """
        with self._new_session() as session, session.begin():
            session.connection(execution_options={WRITE_OPTION: True})
            yield session

    @contextmanager
    def write_rows(self) -> Iterator[Connection]:
        """Like :meth:`write`, on a plain connection: for Core statements that need no ORM
        session (the answer saved at every pause in typing)."""
        with self.engine.connect() as connection:
            connection.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                yield connection

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else server.safe_url(self.location)

    def close(self) -> None:
        self.engine.dispose()


class _Shared:
    """The snapshot's session, lent to one ``with`` block without closing it at the end."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def __enter__(self) -> Session:
        return self._session

    def __exit__(self, *_exc) -> None:
        return None
