"""Errors a service raises for the user; ``str()`` is one Chinese sentence."""

from __future__ import annotations


class ServiceError(Exception):
    """Something the user asked for cannot be done; the message says why and what to do."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class LoginFailed(ServiceError):
    pass


class AccountLocked(LoginFailed):
    pass
