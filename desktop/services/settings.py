"""Typed, versioned application settings kept in the database."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import select

from db import Database
from db.models import Setting
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.permissions import require_role

SETTINGS_VERSION = 1
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


@dataclass(frozen=True)
class AppSettings:
    language: str = "zh_CN"
    idle_lock_minutes: int = 10  # 0 turns the idle lock off
    auto_backup: bool = True
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    last_backup_event_id: int = 0  # audit event id covered by the newest automatic backup
    is_demo: bool = False
    # 当地城乡居民最低生活保障标准 (per person per month, fen); 0 = not set yet. 困难类别 depends on it.
    dibao_monthly_fen: int = 0


def _upgrade(values: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring settings written by older versions up to SETTINGS_VERSION (one step per version)."""
    return values


def load_settings(db: Database) -> AppSettings:
    with db.session() as session:
        stored = {s.key: json.loads(s.value_json) for s in session.scalars(select(Setting))}
    version = int(stored.pop("settings_version", SETTINGS_VERSION))
    stored = _upgrade(stored, version)
    known = {f.name: f for f in fields(AppSettings)}
    values = {k: v for k, v in stored.items() if k in known}
    return AppSettings(**values)


def _validate(settings: AppSettings) -> None:
    if settings.language not in LANGUAGES:
        raise ServiceError(f"不支持的界面语言“{settings.language}”。", field="language")
    if not 0 <= settings.idle_lock_minutes <= 240:
        raise ServiceError("自动锁定时间应在 0（不锁定）到 240 分钟之间。", field="idle_lock_minutes")
    if not 1 <= settings.backup_keep_daily <= 60:
        raise ServiceError("保留的每日备份数应在 1 到 60 之间。", field="backup_keep_daily")
    if not 0 <= settings.backup_keep_weekly <= 52:
        raise ServiceError("保留的每周备份数应在 0 到 52 之间。", field="backup_keep_weekly")
    if not 0 <= settings.dibao_monthly_fen <= 1_000_000:
        raise ServiceError("当地低保标准应在 0 到 10,000.00 元/人·月之间。", field="dibao_monthly_fen")


def save_settings(db: Database, actor: Actor | None, **changes: Any) -> AppSettings:
    """Change some settings; user-visible ones need an admin and are audited.

    ``actor=None`` is for the app's own bookkeeping values (such as the last backup).
    """
    if actor is not None:
        actor.require("admin")
    current = load_settings(db)
    updated = replace(current, **changes)
    _validate(updated)
    diff = audit.diff(asdict(current), asdict(updated))
    if not diff:
        return current
    with db.session() as session:
        for key in [*diff, "settings_version"]:
            value = SETTINGS_VERSION if key == "settings_version" else getattr(updated, key)
            session.merge(Setting(key=key, value_json=json.dumps(value)))
        if actor is not None:
            require_role(session, actor, "admin")
            audit.record(session, actor, "settings.update", entity_type="settings", changes=diff)
    return updated
