"""Errors the services raise for users; ``str(error)`` is a complete, plain message."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from synergy_desktop.text import translate

P = ParamSpec("P")
R = TypeVar("R")


class ServiceError(Exception):
    pass


class ValidationError(ServiceError):
    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(ServiceError):
    pass


class LockedError(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else changed a field since it was loaded; nothing was written.

    ``conflicts`` maps each such field to the value now stored and the history entry that
    stored it (author and time), so the person can keep theirs or take the other.
    """

    def __init__(self, message: str, option_id: str, conflicts: dict) -> None:
        super().__init__(message)
        self.option_id = option_id
        self.conflicts = conflicts


class StorageError(ServiceError):
    """The workspace could not be read or written (disk full, read-only, file gone...)."""


def describe_storage_error(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return translate(
            "Storage",
            "the workspace file is read-only (for example on a write-protected USB stick or a CD).",
        )
    if "permission denied" in lowered:
        return translate(
            "Storage",
            "your database role may only read this workspace; ask the administrator for "
            "write access.",
        )
    if "disk" in lowered and ("full" in lowered or "i/o" in lowered):
        return translate("Storage", "the disk is full or cannot be written.")
    if "unable to open" in lowered or "no such" in lowered:
        return translate(
            "Storage",
            "the workspace file is no longer available (moved, "
            "deleted or on a drive that was removed).",
        )
    if "locked" in lowered or "busy" in lowered:
        return translate("Storage", "another program is using the workspace file; close it there.")
    return text.splitlines()[0] if text else type(exc).__name__


def guard_storage(method: Callable[P, R]) -> Callable[P, R]:
    """Turn database and file-system failures into StorageError with a plain message."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except Exception as exc:
            if is_storage_failure(exc):
                raise StorageError(describe_storage_error(exc)) from exc
            raise

    return wrapper


def is_storage_failure(exc: BaseException) -> bool:
    """A database or file-system failure (SQLAlchemy is imported only once a workspace is
    open, so the window can show itself before it is loaded)."""
    if isinstance(exc, OSError):
        return True
    database = sys.modules.get("sqlalchemy.exc")
    return database is not None and isinstance(exc, database.SQLAlchemyError)
