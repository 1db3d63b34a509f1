"""Alembic wired up in code: migrations live inside the ``db`` package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migration history must have exactly one head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def make_revision(message: str, scratch_db: Path) -> None:
    """Developer helper: autogenerate a revision against a scratch database at head."""
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{scratch_db}")
    upgrade_to_head(engine)
    with engine.begin() as conn:
        command.revision(alembic_config(conn), message=message, autogenerate=True)


if __name__ == "__main__":  # python -m db.migrate "add member tables"
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        make_revision(" ".join(sys.argv[1:]) or "change", Path(tmp) / "scratch.sqlite3")
