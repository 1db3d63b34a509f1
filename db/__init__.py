"""Database layer: SQLAlchemy 2 models, the engine and Alembic migrations (no Qt).

The errors import without SQLAlchemy; ``Database`` and ``open_database`` load the
engine module on first use, so a window can appear before SQLAlchemy is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db.errors import DatabaseCorrupt, DatabaseError

if TYPE_CHECKING:
    from db.engine import Database, open_database

__all__ = ["Database", "DatabaseCorrupt", "DatabaseError", "open_database"]


def __getattr__(name: str) -> Any:
    if name in {"Database", "open_database"}:
        from db import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'db' has no attribute {name!r}")
