"""Errors a user may meet when opening a workspace; each message says what and what to do."""

from __future__ import annotations


class WorkspaceError(Exception):
    """A workspace cannot be opened or written. ``str(error)`` is a complete, plain message."""

    def __init__(self, message: str, location: str = "") -> None:
        super().__init__(message)
        self.location = location


class WorkspaceMissingError(WorkspaceError):
    pass


class NotAWorkspaceError(WorkspaceError):
    pass


class NewerSchemaError(WorkspaceError):
    pass


class PasswordRequiredError(WorkspaceError):
    """The server wants a password that was not given, or did not accept the one given."""
