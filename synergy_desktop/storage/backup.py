"""Consistent copies of a workspace made with the sqlite3 backup API (never a file copy)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def read_only_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` into a new database at ``target`` as one consistent snapshot."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise FileExistsError(target)
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def backup_folder(workspace: Path) -> Path:
    return workspace.parent / f"{workspace.stem}.backups"


def backup_before_migration(workspace: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{workspace.stem}-before-upgrade-from-{revision}-{stamp}"
    suffix = workspace.suffix or ".synergy"
    target = backup_folder(workspace) / f"{name}{suffix}"
    attempt = 1
    while target.exists():  # a second try within the same second (after a failed upgrade)
        attempt += 1
        target = target.with_name(f"{name}-{attempt}{suffix}")
    return backup_sqlite(workspace, target)


def backup_open_database(engine, target: Path) -> Path:
    """Copy the database behind an open SQLAlchemy engine (works even if its file was removed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise FileExistsError(target)
    raw = engine.raw_connection()
    try:
        dst = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dst)
        finally:
            dst.close()
    finally:
        raw.close()
    return target
