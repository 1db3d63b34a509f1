"""Logging in, lockout, and user management by admins."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from db import Database
from db.models import User
from desktop.services import users
from desktop.services.actor import Actor
from desktop.services.auth import login
from desktop.services.demo import DEMO_PASSWORD
from desktop.services.errors import AccountLocked, LoginFailed, PermissionDenied, ServiceError
from desktop.services.passwords import verify_password

HAN = re.compile(r"[\u4e00-\u9fff]")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _id(database: Database, username: str) -> int:
    return next(u.id for u in users.list_users(database) if u.username == username)


def _hash(database: Database, username: str) -> str:
    with database.session() as session:
        value = session.scalar(select(User.password_hash).where(User.username == username))
    assert value is not None
    return value


def _fail(database: Database, username: str, password: str, now: datetime = T0) -> LoginFailed:
    with pytest.raises(LoginFailed) as info:
        login(database, username, password, now=now)
    assert HAN.search(str(info.value))
    return info.value


def _lock(database: Database, username: str, now: datetime = T0) -> None:
    for _ in range(5):
        _fail(database, username, "wrong-password", now)


# ---------------------------------------------------------------- login and lockout


def test_login_returns_the_acting_user_with_role(demo_db: Database) -> None:
    actor = login(demo_db, "approver", DEMO_PASSWORD)
    assert (actor.username, actor.role, actor.role_label) == ("approver", "approver", "负责人")
    assert actor.user_id == _id(demo_db, "approver")
    info = next(u for u in users.list_users(demo_db) if u.username == "approver")
    assert info.last_login_at is not None


def test_a_wrong_password_says_how_many_tries_remain(demo_db: Database) -> None:
    first = _fail(demo_db, "clerk", "wrong-password")
    second = _fail(demo_db, "clerk", "wrong-password")
    assert not isinstance(first, AccountLocked)
    assert re.findall(r"(\d+)\s*次", str(first)) == ["4"]
    assert re.findall(r"(\d+)\s*次", str(second)) == ["3"]


def test_a_successful_login_resets_the_count(demo_db: Database) -> None:
    for _ in range(4):
        _fail(demo_db, "clerk", "wrong-password")
    login(demo_db, "clerk", DEMO_PASSWORD, now=T0)
    for _ in range(4):
        error = _fail(demo_db, "clerk", "wrong-password")
        assert not isinstance(error, AccountLocked)


def test_the_fifth_wrong_password_locks_the_account_for_five_minutes(demo_db: Database) -> None:
    for _ in range(4):
        assert not isinstance(_fail(demo_db, "clerk", "wrong-password"), AccountLocked)
    fifth = _fail(demo_db, "clerk", "wrong-password")
    assert isinstance(fifth, AccountLocked)
    assert "5" in str(fifth)

    # Still locked four minutes later, even with the right password.
    still = _fail(demo_db, "clerk", DEMO_PASSWORD, T0 + timedelta(minutes=4))
    assert isinstance(still, AccountLocked)
    assert re.search(r"(?<!\d)1\s*分钟", str(still))  # tells the clerk how long to wait

    actor = login(demo_db, "clerk", DEMO_PASSWORD, now=T0 + timedelta(minutes=6))
    assert actor.username == "clerk"


def test_a_locked_account_shows_as_locked_in_the_user_list(demo_db: Database) -> None:
    _lock(demo_db, "clerk", now=datetime.now(UTC))
    listed = {u.username: u.locked for u in users.list_users(demo_db)}
    assert listed == {"admin": False, "clerk": True, "approver": False}


def test_an_unknown_user_gets_the_same_answer_as_a_wrong_password(demo_db: Database) -> None:
    unknown = _fail(demo_db, "no-such-user", DEMO_PASSWORD)
    wrong = _fail(demo_db, "clerk", "wrong-password")
    assert type(unknown) is type(wrong) is LoginFailed
    # Same leading sentence, so the answer does not reveal which of the two was wrong.
    assert str(unknown).startswith("用户名或密码错误")
    assert str(wrong).startswith("用户名或密码错误")
    assert "no-such-user" not in str(unknown)


def test_a_disabled_user_cannot_log_in(demo_db: Database, admin: Actor) -> None:
    users.update_user(demo_db, admin, _id(demo_db, "clerk"), active=False)
    error = _fail(demo_db, "clerk", DEMO_PASSWORD)
    assert "停用" in str(error)
    users.update_user(demo_db, admin, _id(demo_db, "clerk"), active=True)
    assert login(demo_db, "clerk", DEMO_PASSWORD).username == "clerk"


# ---------------------------------------------------------------- who may manage users


@pytest.mark.parametrize("role_fixture", ["clerk", "approver"])
def test_only_admins_manage_users(demo_db: Database, role_fixture: str, request: pytest.FixtureRequest) -> None:
    actor: Actor = request.getfixturevalue(role_fixture)
    target = _id(demo_db, "admin")
    hash_before = _hash(demo_db, "admin")
    attempts = [
        lambda: users.create_user(demo_db, actor, "mallory", "马某", "admin", "Mallory-2026"),
        lambda: users.update_user(demo_db, actor, target, role="clerk"),
        lambda: users.update_user(demo_db, actor, _id(demo_db, role_fixture), role="admin"),
        lambda: users.reset_password(demo_db, actor, target, "Taken-Over-1"),
        lambda: users.unlock_user(demo_db, actor, target),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied) as info:
            attempt()
        assert "管理员" in str(info.value)
    after = {u.username: u.role for u in users.list_users(demo_db)}
    assert after == {"admin": "admin", "clerk": "clerk", "approver": "approver"}
    assert _hash(demo_db, "admin") == hash_before


def test_an_admin_creates_a_user_who_can_log_in(demo_db: Database, admin: Actor) -> None:
    info = users.create_user(demo_db, admin, "li.na", " 李娜 ", "approver", "Lina-2026!")
    assert (info.username, info.display_name, info.role_label, info.active) == ("li.na", "李娜", "负责人", True)
    assert login(demo_db, "li.na", "Lina-2026!").role == "approver"


def test_the_last_active_admin_cannot_be_demoted_or_disabled(demo_db: Database, admin: Actor) -> None:
    for change in ({"role": "clerk"}, {"role": "approver"}, {"active": False}):
        with pytest.raises(ServiceError) as info:
            users.update_user(demo_db, admin, admin.user_id, **change)
        assert HAN.search(str(info.value))
    assert {u.username: (u.role, u.active) for u in users.list_users(demo_db)}["admin"] == ("admin", True)


def test_an_admin_can_step_down_once_there_is_another(demo_db: Database, admin: Actor) -> None:
    second = users.create_user(demo_db, admin, "admin2", "第二管理员", "admin", "Admin2-2026")
    users.update_user(demo_db, admin, admin.user_id, role="clerk")
    admin2 = login(demo_db, "admin2", "Admin2-2026")
    # admin2 is now the only active admin.
    with pytest.raises(ServiceError):
        users.update_user(demo_db, admin2, second.id, role="clerk")
    with pytest.raises(ServiceError):
        users.update_user(demo_db, admin2, second.id, active=False)


def test_a_disabled_admin_does_not_count_as_the_remaining_admin(demo_db: Database, admin: Actor) -> None:
    second = users.create_user(demo_db, admin, "admin2", "第二管理员", "admin", "Admin2-2026")
    users.update_user(demo_db, admin, second.id, active=False)
    with pytest.raises(ServiceError):
        users.update_user(demo_db, admin, admin.user_id, role="clerk")


def test_a_duplicate_username_is_rejected(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(ServiceError) as info:
        users.create_user(demo_db, admin, "clerk", "另一个经办人", "clerk", "Another-2026")
    assert info.value.field == "username"
    assert HAN.search(str(info.value))
    assert len(users.list_users(demo_db)) == 3


@pytest.mark.parametrize("password", ["", "short", "1234567"])
def test_a_password_shorter_than_eight_characters_is_rejected(
    demo_db: Database, admin: Actor, password: str,
) -> None:
    with pytest.raises(ServiceError) as info:
        users.create_user(demo_db, admin, "newbie", "新人", "clerk", password)
    assert info.value.field == "password"
    assert "8" in str(info.value)
    assert "newbie" not in {u.username for u in users.list_users(demo_db)}


def test_eight_characters_are_enough(demo_db: Database, admin: Actor) -> None:
    users.create_user(demo_db, admin, "newbie", "新人", "clerk", "12345678")
    assert login(demo_db, "newbie", "12345678").username == "newbie"


def test_changing_your_own_password_needs_the_old_one(demo_db: Database, clerk: Actor) -> None:
    with pytest.raises(ServiceError) as info:
        users.change_own_password(demo_db, clerk, "not-the-old-one", "Brand-New-1")
    assert info.value.field == "old_password"
    assert login(demo_db, "clerk", DEMO_PASSWORD).username == "clerk"  # unchanged

    users.change_own_password(demo_db, clerk, DEMO_PASSWORD, "Brand-New-1")
    assert login(demo_db, "clerk", "Brand-New-1").username == "clerk"
    _fail(demo_db, "clerk", DEMO_PASSWORD)


def test_reset_password_sets_a_new_one_and_unlocks(demo_db: Database, admin: Actor) -> None:
    _lock(demo_db, "clerk")
    users.reset_password(demo_db, admin, _id(demo_db, "clerk"), "Reset-2026!")
    assert login(demo_db, "clerk", "Reset-2026!", now=T0 + timedelta(seconds=1)).username == "clerk"


def test_unlock_lets_the_user_in_at_once(demo_db: Database, admin: Actor) -> None:
    _lock(demo_db, "clerk")
    users.unlock_user(demo_db, admin, _id(demo_db, "clerk"))
    assert login(demo_db, "clerk", DEMO_PASSWORD, now=T0 + timedelta(seconds=1)).username == "clerk"


def test_password_hashes_are_salted_scrypt(demo_db: Database) -> None:
    hashes = [_hash(demo_db, name) for name in ("admin", "clerk", "approver")]  # all "demo1234"
    assert all(h.startswith("scrypt$") for h in hashes)
    assert len(set(hashes)) == 3
    assert all(DEMO_PASSWORD not in h for h in hashes)
    assert all(verify_password(DEMO_PASSWORD, h) for h in hashes)
    assert not verify_password("demo12345", hashes[0])


def test_a_demoted_admin_loses_admin_powers_at_once(demo_db: Database, admin: Actor) -> None:
    users.create_user(demo_db, admin, "admin2", "第二管理员", "admin", "Admin2-2026")
    admin2 = login(demo_db, "admin2", "Admin2-2026")
    users.update_user(demo_db, admin2, admin.user_id, role="clerk", active=False)
    with pytest.raises(PermissionDenied):
        users.create_user(demo_db, admin, "mallory", "马某", "admin", "Mallory-2026")
