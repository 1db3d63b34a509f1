"""Base class for domain validation errors."""

from __future__ import annotations

__all__ = ["DomainError"]


class DomainError(ValueError):
    """A validation failure; ``str(err)`` is a Chinese message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
