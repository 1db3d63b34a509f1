"""操作日志: every change is an event, chained by SHA-256; edits outside the app are caught."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db import Database, open_database
from db.models import AuditEvent
from desktop.services import audit, backups, settings, unit, users
from desktop.services.actor import Actor
from desktop.services.audit import AuditEntry, ChainReport
from desktop.services.auth import login
from desktop.services.demo import DEMO_PASSWORD, DEMO_UNIT
from desktop.services.errors import LoginFailed, ServiceError


def _events(database: Database) -> list[AuditEntry]:
    """Oldest first."""
    with database.session() as session:
        return list(reversed(audit.recent_events(session, limit=100_000)))


def _verify(path: Path) -> ChainReport:
    """Verify the chain the way `union-ledger audit verify` does: a fresh open of the file."""
    database = open_database(path)
    try:
        with database.session() as session:
            return audit.verify_chain(session)
    finally:
        database.close()


def _raw(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    """Change the file with plain sqlite3, as someone with the sqlite3 shell would."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(sql, params)
        conn.commit()


def _raw_rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def _user_uuid(database: Database, username: str) -> str:
    return next(u.uuid for u in users.list_users(database) if u.username == username)


# ---------------------------------------------------------------- what gets recorded


def test_a_fresh_demo_has_an_intact_chain_covering_its_setup(demo_db: Database) -> None:
    with demo_db.session() as session:
        report = audit.verify_chain(session)
    events = _events(demo_db)
    assert report.ok and report.broken_event_id is None
    assert report.events_checked == len(events)
    actions = [e.action for e in events]
    assert actions[0] == "unit.create"
    assert actions.count("user.create") == 3
    assert "settings.update" in actions


def test_update_unit_records_only_the_fields_that_changed(demo_db: Database, admin: Actor) -> None:
    before = unit.get_unit(demo_db)
    assert before is not None
    unit.update_unit(demo_db, admin, replace(before, contact_phone="139 0000 5678", address="星河镇新街2号"))

    event = _events(demo_db)[-1]
    assert (event.action, event.actor) == ("unit.update", "admin")
    assert event.entity_uuid == before.uuid
    assert event.changes == {
        "contact_phone": [DEMO_UNIT.contact_phone, "13900005678"],
        "address": [DEMO_UNIT.address, "星河镇新街2号"],
    }
    assert datetime.now(UTC) - event.occurred_at < timedelta(minutes=1)


def test_saving_the_unit_unchanged_writes_no_event(demo_db: Database, admin: Actor) -> None:
    count = len(_events(demo_db))
    current = unit.get_unit(demo_db)
    assert current is not None
    unit.update_unit(demo_db, admin, current)
    assert len(_events(demo_db)) == count


def test_user_create_names_the_new_user_and_its_fields(demo_db: Database, admin: Actor) -> None:
    created = users.create_user(demo_db, admin, "li.na", "李娜", "clerk", "Lina-2026!")
    event = _events(demo_db)[-1]
    assert (event.action, event.actor, event.entity_uuid) == ("user.create", "admin", created.uuid)
    assert event.changes["username"] == [None, "li.na"]
    assert event.changes["role"] == [None, "clerk"]
    assert event.changes["display_name"] == [None, "李娜"]


def test_user_update_records_before_and_after(demo_db: Database, admin: Actor) -> None:
    clerk_info = next(u for u in users.list_users(demo_db) if u.username == "clerk")
    users.update_user(demo_db, admin, clerk_info.id, role="approver")
    event = _events(demo_db)[-1]
    assert (event.action, event.entity_uuid) == ("user.update", clerk_info.uuid)
    assert event.changes == {"role": ["clerk", "approver"]}


def test_settings_update_records_the_diff(demo_db: Database, admin: Actor) -> None:
    settings.save_settings(demo_db, admin, idle_lock_minutes=30)
    event = _events(demo_db)[-1]
    assert (event.action, event.actor) == ("settings.update", "admin")
    assert event.changes == {"idle_lock_minutes": [10, 30]}


def test_backup_create_is_an_event(demo_db: Database, admin: Actor) -> None:
    info = backups.create_backup(demo_db, admin)
    event = _events(demo_db)[-1]
    assert (event.action, event.actor) == ("backup.create", "admin")
    assert event.changes == {"name": info.name, "kind": "manual"}


def test_logins_and_failed_logins_are_events(demo_db: Database) -> None:
    clerk_uuid = _user_uuid(demo_db, "clerk")
    login(demo_db, "clerk", DEMO_PASSWORD)
    event = _events(demo_db)[-1]
    assert (event.action, event.actor, event.entity_uuid) == ("login", "clerk", clerk_uuid)

    with pytest.raises(LoginFailed):
        login(demo_db, "clerk", "not-the-password")
    event = _events(demo_db)[-1]
    assert (event.action, event.actor, event.entity_uuid) == ("login.failed", "clerk", clerk_uuid)
    assert event.changes["failed_attempts"] == 1

    with pytest.raises(LoginFailed):
        login(demo_db, "nobody", "whatever1")
    event = _events(demo_db)[-1]
    assert (event.action, event.actor) == ("login.failed", "nobody")


def test_a_refused_change_writes_no_event(demo_db: Database, admin: Actor) -> None:
    count = len(_events(demo_db))
    with pytest.raises(ServiceError):
        users.create_user(demo_db, admin, "clerk", "重名", "clerk", "Another-2026")
    assert len(_events(demo_db)) == count


def test_the_chain_stays_intact_across_many_kinds_of_change(demo_db: Database, admin: Actor) -> None:
    users.create_user(demo_db, admin, "zhao", "赵六", "clerk", "Zhao-2026!")
    settings.save_settings(demo_db, admin, language="en")
    backups.create_backup(demo_db, admin)
    with pytest.raises(LoginFailed):
        login(demo_db, "zhao", "wrong-pass")
    demo_db.close()
    report = _verify(demo_db.path)
    assert report.ok, report.reason
    assert report.events_checked == _raw_rows(demo_db.path, "SELECT count(*) FROM audit_event")[0][0]


def test_password_hashes_and_passwords_never_reach_the_audit_trail(demo_db: Database, admin: Actor) -> None:
    created = users.create_user(demo_db, admin, "sun", "孙七", "clerk", "First-Pass-1")
    users.reset_password(demo_db, admin, created.id, "Second-Pass-2")
    sun = login(demo_db, "sun", "Second-Pass-2")
    users.change_own_password(demo_db, sun, "Second-Pass-2", "Third-Pass-3")
    demo_db.close()

    hashes = [row[0] for row in _raw_rows(demo_db.path, "SELECT password_hash FROM user_account")]
    changes = [row[0] for row in _raw_rows(demo_db.path, "SELECT changes_json FROM audit_event")]
    everything = "\n".join(changes)
    assert hashes and changes
    for secret in [*hashes, "First-Pass-1", "Second-Pass-2", "Third-Pass-3", DEMO_PASSWORD, "scrypt$"]:
        assert secret not in everything


# ---------------------------------------------------------------- tampering outside the app


def test_editing_an_event_with_sqlite3_is_detected_at_that_event(demo_db: Database) -> None:
    demo_db.close()
    _raw(demo_db.path, "UPDATE audit_event SET actor = 'someone-else' WHERE id = 3")
    report = _verify(demo_db.path)
    assert not report.ok
    assert report.broken_event_id == 3
    assert "3" in report.reason


def test_editing_the_changes_of_an_event_is_detected(demo_db: Database) -> None:
    demo_db.close()
    event_id = _raw_rows(demo_db.path, "SELECT min(id) FROM audit_event WHERE action = 'user.create' "
                                       "AND changes_json LIKE '%clerk%'")[0][0]
    _raw(demo_db.path, "UPDATE audit_event SET changes_json = replace(changes_json, 'clerk', 'admin') "
                       f"WHERE id = {event_id}")
    assert _raw_rows(demo_db.path, f"SELECT changes_json FROM audit_event WHERE id = {event_id}")[0][0].count("admin")
    report = _verify(demo_db.path)
    assert (report.ok, report.broken_event_id) == (False, event_id)


def test_deleting_a_middle_event_is_detected_naming_the_gap(demo_db: Database) -> None:
    demo_db.close()
    _raw(demo_db.path, "DELETE FROM audit_event WHERE id = 3")
    report = _verify(demo_db.path)
    assert not report.ok
    assert report.broken_event_id in (3, 4)
    assert re.search(r"第\s*3\s*条", report.reason)


def test_deleting_the_last_event_is_detected(demo_db: Database) -> None:
    demo_db.close()
    last = _raw_rows(demo_db.path, "SELECT max(id) FROM audit_event")[0][0]
    _raw(demo_db.path, "DELETE FROM audit_event WHERE id = ?", (last,))
    report = _verify(demo_db.path)
    assert not report.ok
    assert report.broken_event_id == last
    assert str(last) in report.reason


def test_a_forged_event_appended_at_the_end_is_detected(demo_db: Database) -> None:
    demo_db.close()
    last_id, last_hash = _raw_rows(demo_db.path, "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")[0]
    # A forger who knows the hashing scheme writes a perfectly chained row.
    forged = AuditEvent(
        id=last_id + 1, occurred_at=datetime.now(UTC).isoformat(), actor="admin", action="user.update",
        entity_type="user", entity_uuid="", changes_json='{"role":["clerk","admin"]}', prev_hash=last_hash,
    )
    forged.hash = audit.event_hash(forged)
    _raw(demo_db.path,
         "INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_uuid, changes_json, "
         "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
         (forged.id, forged.occurred_at, forged.actor, forged.action, forged.entity_type, forged.entity_uuid,
          forged.changes_json, forged.prev_hash, forged.hash))
    report = _verify(demo_db.path)
    assert not report.ok
    assert report.broken_event_id == last_id + 1
    assert str(last_id + 1) in report.reason


def test_a_crudely_forged_event_is_detected(demo_db: Database) -> None:
    demo_db.close()
    last_id = _raw_rows(demo_db.path, "SELECT max(id) FROM audit_event")[0][0]
    _raw(demo_db.path,
         "INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_uuid, changes_json, "
         "prev_hash, hash) VALUES (?, '2026-01-01T00:00:00+00:00', 'admin', 'login', '', '', '{}', ?, ?)",
         (last_id + 1, "0" * 64, "f" * 64))
    report = _verify(demo_db.path)
    assert (report.ok, report.broken_event_id) == (False, last_id + 1)


def test_the_app_keeps_appending_after_a_clean_reopen(demo_db: Database, admin: Actor) -> None:
    demo_db.close()
    reopened = open_database(demo_db.path)
    try:
        settings.save_settings(reopened, admin, idle_lock_minutes=15)
        with reopened.session() as session:
            assert audit.verify_chain(session).ok
    finally:
        reopened.close()


def test_wiping_the_whole_trail_is_detected(demo_db: Database) -> None:
    demo_db.close()
    _raw(demo_db.path, "DELETE FROM audit_event")
    _raw(demo_db.path, "DELETE FROM audit_chain_head")
    assert not _verify(demo_db.path).ok
