"""Errors raised by the tabular layer; ``str(err)`` is a Chinese sentence for the clerk."""

from __future__ import annotations

from desktop.domain.errors import DomainError

__all__ = ["CellError", "TabularError"]


class TabularError(DomainError):
    """The file as a whole cannot be used: unreadable, no header row, duplicate columns…

    The message names the file and says what to do.
    """


class CellError(DomainError):
    """One cell cannot be converted; the message is a short reason without the location.

    The caller (``rows.convert_record``) adds the row number and the column header.
    """
