"""备份: consistent copies, listing, rotation, automatic backups and restore."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from db import Database
from db.models import User
from db.sqlite_copy import copy_database
from desktop.services import audit, backups, users
from desktop.services.actor import Actor
from desktop.services.auth import login
from desktop.services.backups import BackupInfo, auto_backup, backups_to_prune, create_backup, list_backups
from desktop.services.demo import DEMO_PASSWORD
from desktop.services.errors import NotFound, PermissionDenied, ServiceError
from desktop.services.settings import save_settings

HAN = re.compile(r"[\u4e00-\u9fff]")


def _usernames(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[0] for row in conn.execute("SELECT username FROM user_account")}


def _autos(database: Database) -> list[datetime]:
    return sorted(b.created_at for b in list_backups(database.backup_dir) if b.kind == "auto")


# ---------------------------------------------------------------- create and list


def test_a_backup_is_a_self_contained_sqlite_file_with_the_same_data(demo_db: Database, admin: Actor) -> None:
    info = create_backup(demo_db, admin)
    assert info.path.parent == demo_db.backup_dir and info.path.is_file()
    assert (info.kind, info.kind_label) == ("manual", "手动")
    assert info.size_bytes == info.path.stat().st_size > 0
    assert _usernames(info.path) == {"admin", "clerk", "approver"}
    assert not Path(f"{info.path}-wal").exists()
    with closing(sqlite3.connect(info.path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_copy_taken_during_an_open_transaction_is_consistent(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    with demo_db.session() as session:
        session.add(User(username="half-done", display_name="未提交", role="clerk", password_hash="x"))
        session.flush()
        copy_database(demo_db.path, target)  # another user action is still in progress
    assert _usernames(target) == {"admin", "clerk", "approver"}


def test_backups_are_listed_newest_first_with_kind_labels(demo_db: Database, admin: Actor) -> None:
    create_backup(demo_db, admin, "auto", now=datetime(2026, 3, 1, 8, 0))
    create_backup(demo_db, admin, "manual", now=datetime(2026, 3, 3, 10, 0))
    create_backup(demo_db, admin, "pre-restore", now=datetime(2026, 3, 2, 9, 30))
    (demo_db.backup_dir / "notes.txt").write_text("not a backup", encoding="utf-8")
    (demo_db.backup_dir / "copy-of-ledger.sqlite3").write_bytes(b"")

    listed = list_backups(demo_db.backup_dir)
    assert [(b.created_at, b.kind_label) for b in listed] == [
        (datetime(2026, 3, 3, 10, 0), "手动"),
        (datetime(2026, 3, 2, 9, 30), "恢复前"),
        (datetime(2026, 3, 1, 8, 0), "自动"),
    ]


def test_two_backups_in_the_same_second_both_survive(demo_db: Database, admin: Actor) -> None:
    moment = datetime(2026, 3, 3, 10, 0)
    first = create_backup(demo_db, admin, now=moment)
    second = create_backup(demo_db, admin, now=moment)
    assert first.name != second.name
    assert first.path.is_file() and second.path.is_file()


def test_the_second_backup_of_the_same_second_is_listed_first(demo_db: Database, admin: Actor) -> None:
    moment = datetime(2026, 3, 3, 10, 0)
    create_backup(demo_db, admin, now=moment)
    second = create_backup(demo_db, admin, now=moment)
    assert list_backups(demo_db.backup_dir)[0].name == second.name


# ---------------------------------------------------------------- rotation


def _info(kind: str, moment: datetime) -> BackupInfo:
    name = f"ledger-{moment:%Y%m%d-%H%M%S}-{kind}.sqlite3"
    return BackupInfo(name, Path("/nowhere") / name, kind, moment, 4096)


def _sixty_days_of_backups() -> list[BackupInfo]:
    """Three automatic backups a day from 2026-01-18 to Wednesday 2026-03-18, plus others."""
    last_day = date(2026, 3, 18)
    infos = []
    for offset in range(60):
        day = last_day - timedelta(days=offset)
        for hour in (8, 12, 18):
            infos.append(_info("auto", datetime.combine(day, time(hour))))
    infos += [
        _info("manual", datetime(2026, 1, 19, 10)),
        _info("pre-restore", datetime(2026, 1, 20, 11)),
        _info("pre-upgrade", datetime(2026, 1, 21, 12)),
        _info("manual", datetime(2026, 3, 18, 19)),
    ]
    return infos


def test_rotation_keeps_newest_per_day_for_seven_days_and_per_week_for_four_weeks() -> None:
    infos = _sixty_days_of_backups()
    pruned = backups_to_prune(infos, keep_daily=7, keep_weekly=4)
    survivors = {b.created_at for b in infos if b.kind == "auto"} - {b.created_at for b in pruned}
    evening = time(18)
    assert survivors == {
        # the newest of each of the last 7 days
        *(datetime.combine(date(2026, 3, d), evening) for d in range(12, 19)),
        # the newest of ISO weeks 12 and 11 are already among those; weeks 10 and 9 end on Sundays
        datetime(2026, 3, 8, 18),
        datetime(2026, 3, 1, 18),
    }
    assert len(pruned) == 60 * 3 - 9


def test_manual_and_safety_backups_are_never_pruned() -> None:
    infos = _sixty_days_of_backups()
    pruned = backups_to_prune(infos, keep_daily=1, keep_weekly=0)
    assert {b.kind for b in pruned} == {"auto"}
    assert len(pruned) == 60 * 3 - 1


def test_rotation_follows_the_configured_counts() -> None:
    infos = _sixty_days_of_backups()
    pruned = backups_to_prune(infos, keep_daily=2, keep_weekly=6)
    survivors = {b.created_at for b in infos if b.kind == "auto"} - {b.created_at for b in pruned}
    assert survivors == {
        datetime(2026, 3, 18, 18), datetime(2026, 3, 17, 18),  # two days
        datetime(2026, 3, 15, 18), datetime(2026, 3, 8, 18), datetime(2026, 3, 1, 18),  # six weeks …
        datetime(2026, 2, 22, 18), datetime(2026, 2, 15, 18),  # … counting the current one
    }


# ---------------------------------------------------------------- automatic backups


def test_startup_backup_runs_at_most_once_a_day(demo_db: Database) -> None:
    first = auto_backup(demo_db, "startup", now=datetime(2026, 3, 2, 8, 0))
    assert first is not None and (first.kind, first.kind_label) == ("auto", "自动")
    assert auto_backup(demo_db, "startup", now=datetime(2026, 3, 2, 20, 0)) is None
    second = auto_backup(demo_db, "startup", now=datetime(2026, 3, 3, 7, 0))
    assert second is not None
    assert _autos(demo_db) == [datetime(2026, 3, 2, 8, 0), datetime(2026, 3, 3, 7, 0)]


def test_exit_backup_only_when_something_changed(demo_db: Database, admin: Actor) -> None:
    assert auto_backup(demo_db, "startup", now=datetime(2026, 3, 2, 8, 0)) is not None
    assert auto_backup(demo_db, "exit", now=datetime(2026, 3, 2, 17, 0)) is None

    users.create_user(demo_db, admin, "newbie", "新人", "clerk", "Newbie-2026")
    made = auto_backup(demo_db, "exit", now=datetime(2026, 3, 2, 17, 30))
    assert made is not None
    assert "newbie" in _usernames(made.path)
    assert auto_backup(demo_db, "exit", now=datetime(2026, 3, 2, 17, 31)) is None
    # Rotation keeps only the newest automatic backup of the day.
    assert _autos(demo_db) == [datetime(2026, 3, 2, 17, 30)]


def test_automatic_backups_can_be_turned_off(demo_db: Database, admin: Actor) -> None:
    save_settings(demo_db, admin, auto_backup=False)
    assert auto_backup(demo_db, "startup", now=datetime(2026, 3, 2, 8, 0)) is None
    assert auto_backup(demo_db, "exit", now=datetime(2026, 3, 2, 17, 0)) is None
    assert list_backups(demo_db.backup_dir) == []


def test_automatic_backups_rotate_by_the_settings(demo_db: Database, admin: Actor) -> None:
    save_settings(demo_db, admin, backup_keep_daily=3, backup_keep_weekly=2)
    manual = create_backup(demo_db, admin, now=datetime(2026, 2, 1, 9, 0))
    for day in range(2, 14):  # Monday 2026-03-02 to Friday 2026-03-13
        assert auto_backup(demo_db, "startup", now=datetime(2026, 3, day, 8, 0)) is not None
    assert _autos(demo_db) == [datetime(2026, 3, d, 8, 0) for d in (8, 11, 12, 13)]
    assert manual.path.is_file()


# ---------------------------------------------------------------- restore


def test_restore_brings_back_the_data_and_saves_what_it_replaced(demo_db: Database, admin: Actor) -> None:
    snapshot = create_backup(demo_db, admin, now=datetime(2026, 3, 2, 8, 0))
    users.create_user(demo_db, admin, "newbie", "新人", "clerk", "Newbie-2026")

    restored, safety = backups.restore_backup(demo_db, admin, snapshot.name)
    try:
        assert {u.username for u in users.list_users(restored)} == {"admin", "clerk", "approver"}
        assert (safety.kind, safety.kind_label) == ("pre-restore", "恢复前")
        assert "newbie" in _usernames(safety.path)
        with restored.session() as session:
            assert audit.verify_chain(session).ok
            event = audit.recent_events(session, limit=1)[0]
        assert (event.action, event.actor) == ("backup.restore", "admin")
        assert event.changes == {"restored": snapshot.name, "replaced_data_saved_as": safety.name}
        assert login(restored, "clerk", DEMO_PASSWORD).username == "clerk"
        assert safety.name in {b.name for b in list_backups(restored.backup_dir)}
    finally:
        restored.close()


def test_the_replaced_data_can_itself_be_restored(demo_db: Database, admin: Actor) -> None:
    snapshot = create_backup(demo_db, admin, now=datetime(2026, 3, 2, 8, 0))
    users.create_user(demo_db, admin, "newbie", "新人", "clerk", "Newbie-2026")
    restored, safety = backups.restore_backup(demo_db, admin, snapshot.name)
    again, _ = backups.restore_backup(restored, admin, safety.name)
    try:
        assert "newbie" in {u.username for u in users.list_users(again)}
    finally:
        again.close()


@pytest.mark.parametrize("role_fixture", ["clerk", "approver"])
def test_restore_needs_an_admin(demo_db: Database, admin: Actor, role_fixture: str,
                                request: pytest.FixtureRequest) -> None:
    snapshot = create_backup(demo_db, admin, now=datetime(2026, 3, 2, 8, 0))
    users.create_user(demo_db, admin, "newbie", "新人", "clerk", "Newbie-2026")
    actor: Actor = request.getfixturevalue(role_fixture)
    with pytest.raises(PermissionDenied):
        backups.restore_backup(demo_db, actor, snapshot.name)
    assert "newbie" in {u.username for u in users.list_users(demo_db)}
    assert [b.kind for b in list_backups(demo_db.backup_dir)] == ["manual"]


def test_restoring_an_unknown_backup_says_so_in_chinese(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(NotFound) as info:
        backups.restore_backup(demo_db, admin, "ledger-19990101-000000-manual.sqlite3")
    assert "ledger-19990101-000000-manual.sqlite3" in str(info.value)
    assert HAN.search(str(info.value))
    assert list_backups(demo_db.backup_dir) == []
    with demo_db.session() as session:
        assert session.scalar(select(User.id).where(User.username == "admin")) is not None


def test_a_damaged_backup_is_not_restored(demo_db: Database, admin: Actor) -> None:
    snapshot = create_backup(demo_db, admin, now=datetime(2026, 3, 2, 8, 0))
    snapshot.path.write_bytes(b"this is not a database" * 500)
    with pytest.raises(ServiceError) as info:
        backups.restore_backup(demo_db, admin, snapshot.name)
    assert snapshot.name in str(info.value)
    assert {u.username for u in users.list_users(demo_db)} == {"admin", "clerk", "approver"}
