"""Errors the services raise for users; ``str(error)`` is a complete, plain message."""

from __future__ import annotations


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
