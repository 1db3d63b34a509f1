"""Database errors the user must act on (importable without SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path


class DatabaseError(Exception):
    """A database problem the user must act on; ``str()`` is a Chinese sentence."""


class DatabaseCorrupt(DatabaseError):
    def __init__(self, path: Path, detail: str, latest_backup: Path | None) -> None:
        self.path = path
        self.detail = detail
        self.latest_backup = latest_backup
        if latest_backup is not None:
            advice = (f"最近的备份是 {latest_backup.name}，可用“union-ledger backup restore "
                      f"{latest_backup.name}”或在启动时选择恢复。")
        else:
            advice = "没有找到备份，请联系技术支持，不要删除该文件。"
        super().__init__(f"数据库文件 {path} 完整性检查未通过（{detail}）。{advice}")
