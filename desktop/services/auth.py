"""Logging in, with lockout after repeated wrong passwords."""

from __future__ import annotations

import functools
import math
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from db import Database
from db.models import User
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import AccountLocked, LoginFailed
from desktop.services.passwords import hash_password, verify_password

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against for unknown users, so both paths cost one scrypt (made on first use)."""
    return hash_password("timing-equaliser")


def actor_for(user: User) -> Actor:
    return Actor(user.username, user.display_name, user.role, user.id)


def login(db: Database, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check the password and return the acting user, or raise a LoginFailed with a Chinese reason.

    Every attempt is audited; the fifth consecutive wrong password locks the account
    for five minutes.
    """
    return _attempt(db, username, password, now or datetime.now(UTC), success="login")


def confirm_password(db: Database, actor: Actor, password: str, *, now: datetime | None = None) -> None:
    """A logged-in user types their password again (to sign, for instance).

    Counted like a login: wrong passwords add up to the same lockout, so an open session
    cannot be used to guess the password at leisure.
    """
    _attempt(db, actor.username, password, now or datetime.now(UTC), success="password.confirmed")


def _attempt(db: Database, username: str, password: str, now: datetime, *, success: str) -> Actor:
    username = username.strip()
    failure: LoginFailed | None = None
    with db.session() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            verify_password(password, _dummy_hash())
            audit.record(session, Actor(username or "?", username, "unknown"), "login.failed",
                         changes={"reason": "unknown user"})
            failure = LoginFailed("用户名或密码错误，请重新输入。")
        elif user.locked_until is not None and user.locked_until > now:
            minutes = max(1, math.ceil((user.locked_until - now).total_seconds() / 60))
            audit.record(session, actor_for(user), "login.refused", entity_type="user",
                         entity_uuid=user.uuid, changes={"reason": "locked"})
            failure = AccountLocked(f"账户“{username}”因连续输错密码已被锁定，请在 {minutes} 分钟后再试，或请管理员解锁。")
        elif not verify_password(password, user.password_hash):
            user.failed_attempts += 1
            left = MAX_FAILED_ATTEMPTS - user.failed_attempts
            changes: dict[str, object] = {"reason": "wrong password", "failed_attempts": user.failed_attempts}
            if left <= 0:
                user.locked_until = now + LOCKOUT
                user.failed_attempts = 0
                changes["locked_until"] = user.locked_until
                failure = AccountLocked(f"密码已连续输错 {MAX_FAILED_ATTEMPTS} 次，账户“{username}”锁定 5 分钟。")
            else:
                failure = LoginFailed(f"密码不正确，再错 {left} 次账户将被锁定 5 分钟。" if success != "login"
                                      else f"用户名或密码错误，再错 {left} 次账户将被锁定 5 分钟。")
            audit.record(session, actor_for(user), "login.failed", entity_type="user",
                         entity_uuid=user.uuid, changes=changes)
        elif not user.active:
            audit.record(session, actor_for(user), "login.refused", entity_type="user",
                         entity_uuid=user.uuid, changes={"reason": "disabled"})
            failure = LoginFailed(f"账户“{username}”已停用，请联系管理员。")
        else:
            user.failed_attempts = 0
            user.locked_until = None
            if success == "login":
                user.last_login_at = now
            audit.record(session, actor_for(user), success, entity_type="user", entity_uuid=user.uuid)
            return actor_for(user)
    raise failure
