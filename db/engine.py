"""Opening the ledger database: pragmas, integrity check, backup-then-migrate."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from sqlite3 import Connection as SQLiteConnection
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from db import migrate
from db.errors import DatabaseCorrupt, DatabaseError
from db.sqlite_copy import copy_database, quick_check

BUSY_TIMEOUT_MS = 10_000


@dataclass
class Database:
    """An open ledger database. Use ``with db.session() as s:`` once per user action."""

    path: Path
    engine: Engine
    make_session: sessionmaker[Session]
    backup_dir: Path
    upgraded_from: str | None = None  # revision before an automatic upgrade, if any

    make_read_session: sessionmaker[Session] | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error.

        It takes SQLite's write lock at BEGIN, so the audit chain is never forked.
        """
        with self.make_session.begin() as session:
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A transaction for long reads (checks, reports) that does not block writers."""
        maker = self.make_read_session or self.make_session
        with maker.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _set_pragmas(dbapi_connection: SQLiteConnection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook emit BEGIN itself (pysqlite's own handling is off).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # 32 MB page cache (SQLite's default is 2 MB): a 100 000-row import updates a dozen indexes,
    # and the larger cache cut its write phase by ~20 % here (bench/import_members.py).
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


def _begin(conn: Any) -> None:
    # Writers take the lock up front, so the audit chain is never forked by two writers;
    # read-only sessions (execution option "read_only") begin without it.
    if conn.get_execution_options().get("read_only"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def latest_backup(backup_dir: Path) -> Path | None:
    files = sorted(backup_dir.glob("ledger-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    return files[-1] if files else None


def open_database(path: Path, backup_dir: Path | None = None, *, check: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema to head.

    An existing file is integrity-checked first; when an upgrade is pending the
    file is copied into ``backup_dir`` before any migration runs.
    """
    path = Path(path)
    backup_dir = Path(backup_dir) if backup_dir else path.parent / "backups"
    existed = path.exists() and path.stat().st_size > 0
    if existed and check:
        result = quick_check(path)
        if result != "ok":
            raise DatabaseCorrupt(path, result, latest_backup(backup_dir))
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    upgraded_from = None
    if current is not None and current not in migrate.known_revisions():
        engine.dispose()
        raise DatabaseError(f"数据库文件 {path} 由更新版本的工会台账创建（版本 {current}），"
                            "请先把本程序升级到最新版本再打开；文件没有被改动。")
    if current != head:
        if existed and inspect(engine).get_table_names():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            copy_database(path, backup_dir / f"ledger-{stamp}-pre-upgrade.sqlite3")
            upgraded_from = current or "unversioned"
        migrate.upgrade_to_head(engine)
    maker = sessionmaker(engine, expire_on_commit=False)
    read_maker = sessionmaker(engine.execution_options(read_only=True), expire_on_commit=False)
    return Database(path, engine, maker, backup_dir, upgraded_from, read_maker)
