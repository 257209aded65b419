"""Consistent copies of an open workspace, whatever it is stored in.

An SQLite workspace is copied with the sqlite3 backup API (never a file copy of a live
database); a database URL (a team server) is copied row by row, in one read transaction, into a
new SQLite workspace file. Either way the copy is written beside the target and moved into place
only when complete.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select

from synergy_desktop.storage.backup import backup_folder, backup_open_database
from synergy_desktop.storage.models import Base
from synergy_desktop.storage.workspace import Workspace, open_workspace

SIDE_FILES = ("-wal", "-shm")


def remove_workspace_file(path: Path) -> None:
    """Delete a (closed) workspace file and SQLite's side files."""
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_workspace(workspace: Workspace, target: Path, *, replace: bool = False) -> Path:
    """Copy ``workspace`` into the new file ``target``; with ``replace`` an existing file there
    is overwritten (the caller asked the user). Raises OSError or sqlite3.Error."""
    target = Path(target).expanduser()
    if target.exists() and not replace:
        raise FileExistsError(target)
    if workspace.path is not None and target.resolve() == workspace.path.resolve():
        raise FileExistsError(target)  # a workspace cannot be copied onto itself
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    remove_workspace_file(temp)
    try:
        if workspace.engine.dialect.name == "sqlite":
            backup_open_database(workspace.engine, temp)
        else:
            _copy_rows(workspace, temp)
        _settle(temp)
        remove_workspace_file(target)
        os.replace(temp, target)
    except BaseException:
        remove_workspace_file(temp)
        raise
    return target


def backup_workspace(workspace: Workspace, folder: Path | None = None) -> Path:
    """A dated copy in ``folder`` (default: ``<name>.backups`` beside the workspace file)."""
    if folder is None:
        if workspace.path is None:
            raise ValueError("a server workspace needs a folder for its backup")
        folder = backup_folder(workspace.path)
        stem = workspace.path.stem
    else:
        stem = workspace.path.stem if workspace.path else "workspace"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(folder) / f"{stem}-{stamp}.synergy"
    attempt = 1
    while target.exists():  # a second backup within the same second (two merges in a row)
        attempt += 1
        target = Path(folder) / f"{stem}-{stamp}-{attempt}.synergy"
    return copy_workspace(workspace, target)


def _copy_rows(workspace: Workspace, target: Path) -> None:
    """Every table's rows, read in one snapshot, into a new workspace file at ``target``."""
    copy = open_workspace(target, create=True)
    try:
        with workspace.snapshot(), workspace.session() as source, copy.write() as sink:
            for table in reversed(Base.metadata.sorted_tables):
                sink.execute(table.delete())
            for table in Base.metadata.sorted_tables:
                rows = [dict(row) for row in source.execute(select(table)).mappings()]
                if rows:
                    sink.execute(insert(table), rows)
    finally:
        copy.close()


def _settle(path: Path) -> None:
    """Fold the write-ahead log into the file, so the copy is one self-contained file."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
