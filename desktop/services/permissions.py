"""Role checks against the database, not only against what was true at login."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import User
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied


def require_role(session: Session, actor: Actor, *roles: str) -> None:
    """Raise PermissionDenied unless the actor's account is, right now, active in one of ``roles``.

    An admin demoted or disabled by another admin loses the powers at once, even in
    a window that is still open.
    """
    actor.require(*roles)
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None or not user.active or user.role not in roles:
        raise PermissionDenied("您的账户已被停用或权限已被管理员更改，请重新登录后再操作。")
