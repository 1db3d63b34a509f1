"""Who is acting: the logged-in operator, handed to every service that changes data."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.errors import PermissionDenied

ROLE_LABELS = {"admin": "管理员", "approver": "负责人", "clerk": "经办人"}


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str
    role: str
    user_id: int | None = None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def require(self, *roles: str) -> None:
        if self.role not in roles:
            allowed = "、".join(ROLE_LABELS.get(r, r) for r in roles)
            raise PermissionDenied(f"只有{allowed}可以进行此操作，当前用户“{self.display_name}”是{self.role_label}。")


# Automatic work the app does by itself (scheduled backups, migrations).
SYSTEM = Actor("system", "系统", "system")
