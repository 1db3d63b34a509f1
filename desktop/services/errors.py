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


class ConfirmationNeeded(ServiceError):
    """The action is allowed but needs the user's explicit yes (over budget, own approval, age).

    ``key`` names the confirmation; the caller asks the question in ``message`` and, on yes,
    repeats the call with that confirmation given (e.g. ``confirm={"over_budget"}``).
    """

    def __init__(self, message: str, *, key: str) -> None:
        super().__init__(message)
        self.key = key
