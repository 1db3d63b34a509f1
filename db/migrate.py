"""Alembic wired up in code: migrations live inside the ``db`` package.

Reading the current and head revisions needs no Alembic (it costs ~90 ms to
import), so an up-to-date database opens without it; Alembic is loaded only to
upgrade or to write a new revision.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(.+)$", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@cache
def known_revisions() -> dict[str, tuple[str, ...]]:
    """Every revision this build ships, with the revisions it follows."""
    revisions: dict[str, tuple[str, ...]] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if rev is None or down is None:
            raise RuntimeError(f"{script.name}: no revision/down_revision line")
        revisions[rev.group(1)] = tuple(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return revisions


def head_revision() -> str:
    revisions = known_revisions()
    followed = {down for downs in revisions.values() for down in downs}
    heads = sorted(set(revisions) - followed)
    if len(heads) != 1:
        raise RuntimeError(f"migration history must have exactly one head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no alembic_version table: a new or unversioned file
            return None


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def make_revision(message: str, scratch_db: Path) -> None:
    """Developer helper: autogenerate a revision against a scratch database at head."""
    from alembic import command
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
