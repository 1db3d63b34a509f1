import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import Database, open_database
from desktop.paths import LedgerPaths
from desktop.services.actor import Actor
from desktop.services.auth import login
from desktop.services.demo import DEMO_PASSWORD, create_demo


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real per-user data folder or a real password."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("UNION_LEDGER_HOME", str(home))
    monkeypatch.delenv("UNION_LEDGER_PASSWORD", raising=False)
    return home


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database file built once per session (password hashing is deliberately slow)."""
    folder = tmp_path_factory.mktemp("demo-template")
    database = open_database(folder / "ledger.sqlite3", folder / "backups")
    try:
        create_demo(database)
    finally:
        database.close()
    assert not Path(f"{database.path}-wal").exists(), "the template must be a single, checkpointed file"
    return database.path


@pytest.fixture
def ledger_paths(tmp_path: Path) -> LedgerPaths:
    return LedgerPaths.from_options(data_dir=tmp_path / "data")


@pytest.fixture
def db(ledger_paths: LedgerPaths) -> Iterator[Database]:
    database = open_database(ledger_paths.db_file, ledger_paths.backup_dir)
    yield database
    database.close()


@pytest.fixture
def demo_db(ledger_paths: LedgerPaths, demo_template: Path) -> Iterator[Database]:
    ledger_paths.db_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, ledger_paths.db_file)
    database = open_database(ledger_paths.db_file, ledger_paths.backup_dir)
    yield database
    database.close()


@pytest.fixture
def admin(demo_db: Database) -> Actor:
    return login(demo_db, "admin", DEMO_PASSWORD)


@pytest.fixture
def clerk(demo_db: Database) -> Actor:
    return login(demo_db, "clerk", DEMO_PASSWORD)


@pytest.fixture
def approver(demo_db: Database) -> Actor:
    return login(demo_db, "approver", DEMO_PASSWORD)
