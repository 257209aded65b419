"""Another workspace opened only to be read (a merge's or a comparison's "other" file).

The other file is never opened for writing, not even to set its journal mode: it is checked
read-only, then copied with the sqlite3 backup API into a temporary folder, and the copy is
opened (and, when it was written by an older version, upgraded there). The original keeps every
byte. A database URL is opened as it is (a server workspace is read in one snapshot).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from synergy_desktop.paths import is_database_url
from synergy_desktop.storage.backup import backup_sqlite
from synergy_desktop.storage.errors import WorkspaceError, WorkspaceMissingError
from synergy_desktop.storage.workspace import (
    Workspace,
    _refuse_unknown,
    inspect_file,
    open_workspace,
)
from synergy_desktop.text import arg, translate


@contextmanager
def reading_copy(location: str | Path) -> Iterator[Workspace]:
    """The workspace at ``location`` for reading; WorkspaceError (plain message) when it is not
    a workspace, is damaged, or was written by a newer version. Nothing is written to it."""
    location = str(location)
    if is_database_url(location):
        workspace = open_workspace(location)
        try:
            yield workspace
        finally:
            workspace.close()
        return
    path = Path(location).expanduser()
    if not path.is_file() and not path.exists():
        raise WorkspaceMissingError(
            arg(translate("Workspace", "There is no workspace at %1. Check the path."), path),
            str(path),
        )
    revision = inspect_file(path)  # read-only checks: not a workspace, damaged
    _refuse_unknown(revision, str(path))  # newer schema
    folder = Path(tempfile.mkdtemp(prefix="synergy-read-"))
    copy = folder / "other.synergy"
    workspace = None
    try:
        try:
            backup_sqlite(path, copy)
        except (OSError, sqlite3.Error) as exc:
            raise WorkspaceError(
                arg(
                    translate(
                        "Workspace", "%1 cannot be read (%2). The file has not been changed."
                    ),
                    path,
                    exc,
                ),
                str(path),
            ) from None
        workspace = open_workspace(copy)  # upgrades the temporary copy when it is older
        workspace.location = str(path)
        workspace.path = path
        yield workspace
    finally:
        if workspace is not None:
            workspace.close()
        shutil.rmtree(folder, ignore_errors=True)
