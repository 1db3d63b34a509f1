"""Opening the database: durable pragmas, one transaction per action, integrity check, UTC times."""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import StatementError

from db import Database, DatabaseCorrupt, open_database
from db.models import User
from desktop.paths import LedgerPaths
from desktop.services.actor import Actor
from desktop.services.backups import create_backup

HAN = re.compile(r"[\u4e00-\u9fff]")
CHINA = timezone(timedelta(hours=8))


def _garble(path: Path) -> None:
    """Overwrite a closed database file with bytes that are not SQLite."""
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    size = max(path.stat().st_size, 8192)
    path.write_bytes(os.urandom(size))


def test_sessions_run_with_durable_pragmas(db: Database) -> None:
    with db.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() > 0


def test_every_pooled_connection_gets_the_pragmas(db: Database) -> None:
    first, second = db.engine.raw_connection(), db.engine.raw_connection()
    try:
        for conn in (first, second):
            cursor = conn.cursor()
            assert cursor.execute("PRAGMA synchronous").fetchone()[0] == 2
            assert cursor.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] > 0
            cursor.close()
    finally:
        first.close()
        second.close()


def test_the_file_on_disk_is_in_wal_mode(db: Database) -> None:
    with closing(sqlite3.connect(db.path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_failed_action_leaves_nothing_behind(demo_db: Database) -> None:
    with pytest.raises(RuntimeError), demo_db.session() as session:
        session.add(User(username="ghost", display_name="幽灵", role="clerk", password_hash="x"))
        session.flush()
        raise RuntimeError("the clerk's action failed half-way")
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).where(User.username == "ghost")) == 0


def test_objects_stay_readable_after_their_session_ends(demo_db: Database) -> None:
    with demo_db.session() as session:
        user = session.scalar(select(User).where(User.username == "clerk"))
    assert user is not None
    assert user.display_name  # no DetachedInstanceError: expire_on_commit is off


def test_a_corrupt_file_is_refused_naming_the_latest_backup(demo_db: Database, admin: Actor) -> None:
    older = create_backup(demo_db, admin, now=datetime(2026, 1, 5, 9, 0, 0))
    newest = create_backup(demo_db, admin, now=datetime(2026, 1, 6, 9, 0, 0))
    os.utime(older.path, (1_700_000_000, 1_700_000_000))  # unmistakably older on disk too
    demo_db.close()
    _garble(demo_db.path)

    with pytest.raises(DatabaseCorrupt) as info:
        open_database(demo_db.path, demo_db.backup_dir)
    message = str(info.value)
    assert HAN.search(message)
    assert newest.name in message
    assert older.name not in message
    assert str(demo_db.path) in message
    assert info.value.latest_backup == newest.path


def test_a_corrupt_file_without_backups_still_gets_a_chinese_message(ledger_paths: LedgerPaths) -> None:
    open_database(ledger_paths.db_file, ledger_paths.backup_dir).close()
    _garble(ledger_paths.db_file)
    with pytest.raises(DatabaseCorrupt) as info:
        open_database(ledger_paths.db_file, ledger_paths.backup_dir)
    assert info.value.latest_backup is None
    assert HAN.search(str(info.value))
    assert "备份" in str(info.value)  # tells the clerk there is no backup to fall back on


def test_timestamps_round_trip_as_aware_utc(demo_db: Database) -> None:
    moment = datetime(2026, 7, 1, 9, 30, tzinfo=CHINA)  # 01:30 UTC
    with demo_db.session() as session:
        user = session.scalar(select(User).where(User.username == "clerk"))
        assert user is not None
        user.locked_until = moment

    with demo_db.session() as session:
        user = session.scalar(select(User).where(User.username == "clerk"))
        assert user is not None
        assert user.locked_until == moment
        assert user.locked_until.utcoffset() == timedelta(0)
        assert (user.locked_until.hour, user.locked_until.minute) == (1, 30)
        assert user.created_at.utcoffset() == timedelta(0)
        assert abs(datetime.now(UTC) - user.created_at) < timedelta(days=1)

    with closing(sqlite3.connect(demo_db.path)) as conn:
        stored = conn.execute("SELECT locked_until FROM user_account WHERE username = 'clerk'").fetchone()[0]
    assert stored.startswith("2026-07-01 01:30")  # stored in UTC


def test_a_naive_timestamp_is_refused(demo_db: Database) -> None:
    with pytest.raises(StatementError, match="naive"), demo_db.session() as session:
        user = session.scalar(select(User).where(User.username == "clerk"))
        assert user is not None
        user.locked_until = datetime(2026, 7, 1, 9, 30)
        session.flush()
