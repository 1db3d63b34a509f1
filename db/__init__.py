"""Database layer: SQLAlchemy 2 models, the engine and Alembic migrations (no Qt)."""

from db.engine import Database, DatabaseCorrupt, DatabaseError, open_database

__all__ = ["Database", "DatabaseCorrupt", "DatabaseError", "open_database"]
