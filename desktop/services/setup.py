"""Creating a new ledger file: validate everything first, so a refusal leaves no file."""

from __future__ import annotations

from pathlib import Path

from db import Database, open_database
from desktop.paths import LedgerPaths
from desktop.services.actor import Actor
from desktop.services.errors import ServiceError
from desktop.services.passwords import check_new_password
from desktop.services.unit import UnitInfo, normalize_unit, set_up_ledger
from desktop.services.users import USERNAME_PATTERN


def create_ledger(paths: LedgerPaths, unit: UnitInfo, admin_username: str, admin_display_name: str,
                  admin_password: str) -> tuple[Database, Actor]:
    """Create the database with the unit and its first admin; nothing is left behind on error."""
    unit = normalize_unit(unit)
    if not USERNAME_PATTERN.match(admin_username.strip()):
        raise ServiceError("管理员用户名只能由2到40个英文字母、数字或 _ . - 组成。", field="username")
    check_new_password(admin_password)
    if paths.exists:
        raise ServiceError(f"{paths.db_file} 已经存在台账数据库，不能重复初始化。")
    db = open_database(paths.db_file, paths.backup_dir)
    try:
        actor = set_up_ledger(db, unit, admin_username, admin_display_name or admin_username,
                              admin_password)
    except Exception:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{paths.db_file}{suffix}").unlink(missing_ok=True)
        raise
    return db, actor
