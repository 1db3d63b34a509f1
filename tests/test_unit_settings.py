"""本单位 set-up and editing; typed application settings."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from db import Database, open_database
from desktop.services import audit, unit, users
from desktop.services.actor import Actor
from desktop.services.demo import DEMO_UNIT
from desktop.services.errors import PermissionDenied, ServiceError
from desktop.services.settings import AppSettings, load_settings, save_settings

HAN = re.compile(r"[\u4e00-\u9fff]")
GOOD_CODE = "91350100M000100Y43"  # the GB 32100 standard's own example
BAD_CODE = "91350100M000100Y44"  # same, wrong check character

NEW_UNIT = unit.UnitInfo(name="海滨街道总工会", code=GOOD_CODE, level=unit.UNIT_LEVELS[0],
                         parent_union="海滨区总工会", leader_name="陈立")


def _last_event(database: Database) -> audit.AuditEntry:
    with database.session() as session:
        return audit.recent_events(session, limit=1)[0]


# ---------------------------------------------------------------- unit


def test_set_up_ledger_records_the_unit_and_its_first_admin(db: Database) -> None:
    assert not unit.is_set_up(db)
    actor = unit.set_up_ledger(db, NEW_UNIT, "boss", "陈立", "Boss-2026!")
    assert (actor.username, actor.role) == ("boss", "admin")
    assert unit.is_set_up(db)
    stored = unit.get_unit(db)
    assert stored is not None
    assert (stored.name, stored.code, stored.parent_union) == ("海滨街道总工会", GOOD_CODE, "海滨区总工会")
    assert [(u.username, u.role) for u in users.list_users(db)] == [("boss", "admin")]


def test_set_up_ledger_refuses_a_second_time(db: Database) -> None:
    unit.set_up_ledger(db, NEW_UNIT, "boss", "陈立", "Boss-2026!")
    with pytest.raises(ServiceError) as info:
        unit.set_up_ledger(db, replace(NEW_UNIT, name="另一个工会"), "boss2", "王五", "Boss2-2026!")
    assert HAN.search(str(info.value))
    stored = unit.get_unit(db)
    assert stored is not None and stored.name == "海滨街道总工会"
    assert [u.username for u in users.list_users(db)] == ["boss"]


def test_a_code_with_a_wrong_check_character_is_refused(db: Database) -> None:
    with pytest.raises(ServiceError) as info:
        unit.set_up_ledger(db, replace(NEW_UNIT, code=BAD_CODE), "boss", "陈立", "Boss-2026!")
    assert info.value.field == "code"
    assert "校验位" in str(info.value)
    assert not unit.is_set_up(db)
    assert users.list_users(db) == []


def test_codes_are_normalised_as_typed(db: Database) -> None:
    unit.set_up_ledger(db, replace(NEW_UNIT, code=" 91350100m000100y43 "), "boss", "陈立", "Boss-2026!")
    stored = unit.get_unit(db)
    assert stored is not None and stored.code == GOOD_CODE


def test_update_unit_needs_an_admin(demo_db: Database, clerk: Actor, approver: Actor) -> None:
    current = unit.get_unit(demo_db)
    assert current is not None
    for actor in (clerk, approver):
        with pytest.raises(PermissionDenied):
            unit.update_unit(demo_db, actor, replace(current, name="被篡改的名称"))
    after = unit.get_unit(demo_db)
    assert after is not None and after.name == DEMO_UNIT.name


def test_an_admin_updates_the_unit(demo_db: Database, admin: Actor) -> None:
    current = unit.get_unit(demo_db)
    assert current is not None
    result = unit.update_unit(demo_db, admin, replace(current, leader_name="陈立", code=GOOD_CODE))
    assert (result.leader_name, result.code) == ("陈立", GOOD_CODE)
    reloaded = unit.get_unit(demo_db)
    assert reloaded == result
    assert reloaded.uuid == current.uuid


def test_update_unit_rejects_a_bad_code_and_keeps_the_old_one(demo_db: Database, admin: Actor) -> None:
    current = unit.get_unit(demo_db)
    assert current is not None
    with pytest.raises(ServiceError) as info:
        unit.update_unit(demo_db, admin, replace(current, code=BAD_CODE))
    assert info.value.field == "code"
    after = unit.get_unit(demo_db)
    assert after is not None and after.code == DEMO_UNIT.code


# ---------------------------------------------------------------- settings


def test_settings_have_sensible_defaults(db: Database) -> None:
    loaded = load_settings(db)
    assert loaded == AppSettings()
    assert (loaded.language, loaded.auto_backup) == ("zh_CN", True)
    assert (loaded.backup_keep_daily, loaded.backup_keep_weekly) == (7, 4)
    assert loaded.idle_lock_minutes > 0


def test_settings_survive_closing_and_reopening(demo_db: Database, admin: Actor) -> None:
    saved = save_settings(demo_db, admin, idle_lock_minutes=25, language="en", auto_backup=False)
    demo_db.close()
    reopened = open_database(demo_db.path, demo_db.backup_dir)
    try:
        loaded = load_settings(reopened)
    finally:
        reopened.close()
    assert loaded == saved
    assert (loaded.idle_lock_minutes, loaded.language, loaded.auto_backup) == (25, "en", False)
    assert loaded.is_demo  # untouched values stay


@pytest.mark.parametrize("minutes", [-1, 241, 10_000])
def test_invalid_idle_minutes_are_rejected(demo_db: Database, admin: Actor, minutes: int) -> None:
    with pytest.raises(ServiceError) as info:
        save_settings(demo_db, admin, idle_lock_minutes=minutes)
    assert info.value.field == "idle_lock_minutes"
    assert HAN.search(str(info.value))
    assert load_settings(demo_db).idle_lock_minutes == AppSettings().idle_lock_minutes


def test_zero_idle_minutes_turns_the_lock_off(demo_db: Database, admin: Actor) -> None:
    save_settings(demo_db, admin, idle_lock_minutes=0)
    assert load_settings(demo_db).idle_lock_minutes == 0


def test_an_unknown_language_is_rejected(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(ServiceError) as info:
        save_settings(demo_db, admin, language="fr")
    assert info.value.field == "language"


def test_only_admins_change_settings(demo_db: Database, clerk: Actor) -> None:
    with pytest.raises(PermissionDenied):
        save_settings(demo_db, clerk, idle_lock_minutes=60)
    assert load_settings(demo_db).idle_lock_minutes == AppSettings().idle_lock_minutes


def test_settings_update_is_audited_with_the_diff(demo_db: Database, admin: Actor) -> None:
    save_settings(demo_db, admin, idle_lock_minutes=30, backup_keep_daily=14)
    event = _last_event(demo_db)
    assert (event.action, event.actor) == ("settings.update", "admin")
    assert event.changes == {"idle_lock_minutes": [10, 30], "backup_keep_daily": [7, 14]}


def test_saving_unchanged_settings_writes_no_event(demo_db: Database, admin: Actor) -> None:
    before = _last_event(demo_db).id
    save_settings(demo_db, admin, idle_lock_minutes=AppSettings().idle_lock_minutes)
    assert _last_event(demo_db).id == before
