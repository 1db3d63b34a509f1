"""备份: consistent copies, rotation (7 daily + 4 weekly), restore that backs up first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from db import Database, open_database
from db.models import AuditEvent
from db.sqlite_copy import copy_database, quick_check, restore_into
from desktop.services import audit
from desktop.services.actor import SYSTEM, Actor
from desktop.services.errors import NotFound, ServiceError
from desktop.services.permissions import require_role
from desktop.services.settings import load_settings, save_settings

KINDS = {"auto": "自动", "manual": "手动", "pre-restore": "恢复前", "pre-upgrade": "升级前"}
NAME_PATTERN = re.compile(r"^ledger-(\d{8}-\d{6})(?:-(\d+))?-(auto|manual|pre-restore|pre-upgrade)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    name: str
    path: Path
    kind: str
    created_at: datetime  # local time, from the name
    size_bytes: int
    sequence: int = 1  # the Nth backup made within the same second

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]


def _parse(path: Path) -> BackupInfo | None:
    match = NAME_PATTERN.match(path.name)
    if not match:
        return None
    created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    return BackupInfo(path.name, path, match.group(3), created, path.stat().st_size,
                      int(match.group(2) or 1))


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Newest first."""
    if not backup_dir.is_dir():
        return []
    found = [info for p in backup_dir.glob("ledger-*.sqlite3") if (info := _parse(p))]
    return sorted(found, key=lambda b: (b.created_at, b.sequence), reverse=True)


def _new_path(backup_dir: Path, kind: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    path = backup_dir / f"ledger-{stamp}-{kind}.sqlite3"
    n = 2
    while path.exists():
        path = backup_dir / f"ledger-{stamp}-{n}-{kind}.sqlite3"
        n += 1
    return path


def _last_event_id(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.max(AuditEvent.id))) or 0


def create_backup(db: Database, actor: Actor, kind: str = "manual",
                  now: datetime | None = None) -> BackupInfo:
    """Copy the live database (safe while it is in use) and record it in the audit trail."""
    if kind not in KINDS:
        raise ValueError(kind)
    path = _new_path(db.backup_dir, kind, now or datetime.now())
    try:
        copy_database(db.path, path)
    except OSError as exc:
        raise ServiceError(f"无法写入备份文件夹 {db.backup_dir}:{exc.strerror or exc}。请检查磁盘空间和权限。") from exc
    with db.session() as session:
        audit.record(session, actor, "backup.create", entity_type="backup",
                     changes={"name": path.name, "kind": kind})
    info = _parse(path)
    assert info is not None
    return info


def backups_to_prune(backups: Iterable[BackupInfo], keep_daily: int, keep_weekly: int) -> list[BackupInfo]:
    """Automatic backups outside the newest-per-day (N days) and newest-per-week (M weeks) sets."""
    autos = sorted((b for b in backups if b.kind == "auto"), key=lambda b: b.created_at, reverse=True)
    keep: set[str] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for b in autos:
        day = b.created_at.date()
        if day not in days and len(days) < keep_daily:
            days.append(day)
            keep.add(b.name)
        week = tuple(day.isocalendar())[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.append(week)  # type: ignore[arg-type]
            keep.add(b.name)
    return [b for b in autos if b.name not in keep]


def rotate(db: Database) -> list[str]:
    settings = load_settings(db)
    removed = []
    for b in backups_to_prune(list_backups(db.backup_dir), settings.backup_keep_daily,
                              settings.backup_keep_weekly):
        b.path.unlink(missing_ok=True)
        removed.append(b.name)
    return removed


def auto_backup(db: Database, moment: str, now: datetime | None = None) -> BackupInfo | None:
    """Automatic backup at start-up (once a day) or on a clean exit (when data changed).

    Rotation then keeps the newest automatic backup of each of the last 7 days and
    of each of the last 4 weeks.
    """
    settings = load_settings(db)
    if not settings.auto_backup:
        return None
    now = now or datetime.now()
    last_auto = next((b for b in list_backups(db.backup_dir) if b.kind == "auto"), None)
    if moment == "startup":
        due = last_auto is None or last_auto.created_at.date() < now.date()
    else:
        due = last_auto is None or _last_event_id(db) > settings.last_backup_event_id
    if not due:
        return None
    info = create_backup(db, SYSTEM, "auto", now)
    save_settings(db, None, last_backup_event_id=_last_event_id(db))
    rotate(db)
    return info


def find_backup(backup_dir: Path, name: str) -> BackupInfo:
    for b in list_backups(backup_dir):
        if b.name == name or b.path.stem == name:
            return b
    raise NotFound(f"备份“{name}”不存在。可用“union-ledger backup list”查看已有备份。")


def restore_backup(db: Database, actor: Actor, name: str) -> tuple[Database, BackupInfo]:
    """Replace the live data with a backup, after backing up what it replaces.

    Returns the reopened database (migrated if the backup is older) and the
    safety backup made of the replaced data. ``db`` is closed.
    """
    with db.session() as session:
        require_role(session, actor, "admin")
    chosen = find_backup(db.backup_dir, name)
    check = quick_check(chosen.path)
    if check != "ok":
        raise ServiceError(f"备份“{chosen.name}”已损坏（{check}），不能用于恢复，请选择其他备份。")
    safety = create_backup(db, actor, "pre-restore")
    path, backup_dir = db.path, db.backup_dir
    db.close()
    restore_into(chosen.path, path)
    restored = open_database(path, backup_dir)
    with restored.session() as session:
        audit.record(session, actor, "backup.restore", entity_type="backup",
                     changes={"restored": chosen.name, "replaced_data_saved_as": safety.name})
    return restored, safety


def recover_from_backup(db_file: Path, backup_dir: Path, name: str) -> Database:
    """Replace a database that failed its integrity check with a backup.

    The damaged file is kept (renamed into the backup folder), never deleted. Nobody
    can log in to a damaged database, so the restored one records the recovery as
    the system.
    """
    chosen = find_backup(backup_dir, name)
    check = quick_check(chosen.path)
    if check != "ok":
        raise ServiceError(f"备份“{chosen.name}”也已损坏（{check}），请选择更早的备份。")
    damaged = backup_dir / f"damaged-{datetime.now():%Y%m%d-%H%M%S}-{db_file.name}"
    backup_dir.mkdir(parents=True, exist_ok=True)
    db_file.replace(damaged)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{db_file}{suffix}")
        if side.exists():
            side.replace(Path(f"{damaged}{suffix}"))
    copy_database(chosen.path, db_file)
    restored = open_database(db_file, backup_dir)
    with restored.session() as session:
        audit.record(session, SYSTEM, "backup.recover", entity_type="backup",
                     changes={"restored": chosen.name, "damaged_file_kept_as": damaged.name})
    return restored
