"""操作员管理: admins create and edit users; everyone changes their own password."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import Database
from db.models import User
from desktop.services import audit
from desktop.services.actor import ROLE_LABELS, Actor
from desktop.services.errors import NotFound, ServiceError
from desktop.services.passwords import check_new_password, hash_password, verify_password
from desktop.services.permissions import require_role

USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9_.-]{2,40}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    uuid: str
    username: str
    display_name: str
    role: str
    active: bool
    locked: bool
    last_login_at: datetime | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def _info(user: User) -> UserInfo:
    locked = user.locked_until is not None and user.locked_until > datetime.now(UTC)
    return UserInfo(user.id, user.uuid, user.username, user.display_name, user.role,
                    user.active, locked, user.last_login_at)


def _snapshot(user: User) -> dict[str, object]:
    return {"username": user.username, "display_name": user.display_name,
            "role": user.role, "active": user.active}


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"找不到编号为 {user_id} 的操作员。")
    return user


def _check_fields(username: str, display_name: str, role: str) -> None:
    if not USERNAME_PATTERN.match(username):
        raise ServiceError("用户名只能由2到40个英文字母、数字或 _ . - 组成。", field="username")
    if not display_name.strip():
        raise ServiceError("请填写姓名。", field="display_name")
    if role not in ROLE_LABELS:
        raise ServiceError(f"角色“{role}”无效，应为管理员、负责人或经办人之一。", field="role")


def add_user(session: Session, actor: Actor, username: str, display_name: str, role: str,
             password: str) -> User:
    """Create a user inside an open session (used by set-up and by create_user)."""
    username, display_name = username.strip(), display_name.strip()
    _check_fields(username, display_name, role)
    check_new_password(password)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ServiceError(f"用户名“{username}”已被使用，请换一个。", field="username")
    user = User(username=username, display_name=display_name, role=role,
                password_hash=hash_password(password))
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.create", entity_type="user", entity_uuid=user.uuid,
                 changes=audit.diff({}, _snapshot(user)))
    return user


def create_user(db: Database, actor: Actor, username: str, display_name: str, role: str,
                password: str) -> UserInfo:
    with db.session() as session:
        require_role(session, actor, "admin")
        return _info(add_user(session, actor, username, display_name, role, password))


def list_users(db: Database) -> list[UserInfo]:
    with db.session() as session:
        return [_info(u) for u in session.scalars(select(User).order_by(User.id))]


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).where(User.role == "admin", User.active)) or 0


def update_user(db: Database, actor: Actor, user_id: int, *, display_name: str | None = None,
                role: str | None = None, active: bool | None = None) -> UserInfo:
    with db.session() as session:
        require_role(session, actor, "admin")
        user = _get(session, user_id)
        before = _snapshot(user)
        new_name = display_name.strip() if display_name is not None else user.display_name
        new_role = role if role is not None else user.role
        new_active = active if active is not None else user.active
        _check_fields(user.username, new_name, new_role)
        losing_admin = user.role == "admin" and user.active and (new_role != "admin" or not new_active)
        if losing_admin and _active_admins(session) <= 1:
            raise ServiceError("这是唯一的在用管理员，不能停用或改为其他角色；请先设置另一位管理员。")
        if user.id == actor.user_id and not new_active:
            raise ServiceError("不能停用自己正在使用的账户。")
        may_hold_key = user.active and user.role in ("admin", "approver")
        user.display_name, user.role, user.active = new_name, new_role, new_active
        if may_hold_key and not (new_active and new_role in ("admin", "approver")):
            from desktop.services.signing_identity import drop_grants

            drop_grants(session, actor, user, "disabled" if not new_active else "role changed")
        changes = audit.diff(before, _snapshot(user))
        if changes:
            audit.record(session, actor, "user.update", entity_type="user", entity_uuid=user.uuid,
                         changes=changes)
        return _info(user)


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> None:
    """An admin sets a new password for someone who forgot theirs; also unlocks the account."""
    check_new_password(new_password)
    with db.session() as session:
        require_role(session, actor, "admin")
        user = _get(session, user_id)
        user.password_hash = hash_password(new_password)
        user.failed_attempts, user.locked_until = 0, None
        audit.record(session, actor, "user.reset_password", entity_type="user",
                     entity_uuid=user.uuid, changes={"password": "已重设"})
        # the signing data key cannot be re-wrapped without the old password: the grant goes
        from desktop.services.signing_identity import drop_grants

        drop_grants(session, actor, user)


def unlock_user(db: Database, actor: Actor, user_id: int) -> None:
    with db.session() as session:
        require_role(session, actor, "admin")
        user = _get(session, user_id)
        user.failed_attempts, user.locked_until = 0, None
        audit.record(session, actor, "user.unlock", entity_type="user", entity_uuid=user.uuid)


def change_own_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    with db.session() as session:
        user = session.scalar(select(User).where(User.username == actor.username))
        if user is None:
            raise NotFound("当前账户已不存在，请重新登录。")
        if not verify_password(old_password, user.password_hash):
            raise ServiceError("原密码不正确。", field="old_password")
        check_new_password(new_password)
        if old_password == new_password:
            raise ServiceError("新密码不能与原密码相同。", field="password")
        user.password_hash = hash_password(new_password)
        audit.record(session, actor, "user.change_password", entity_type="user",
                     entity_uuid=user.uuid, changes={"password": "已修改"})
        from desktop.services.signing_identity import rewrap_grants

        rewrap_grants(session, actor, user, old_password, new_password)
