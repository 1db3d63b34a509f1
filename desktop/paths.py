"""Where the ledger lives on disk: data folder, database file, backups, resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "UnionLedger"
DB_FILE_NAME = "ledger.sqlite3"


def default_data_dir() -> Path:
    """``UNION_LEDGER_HOME`` if set, else the OS per-user data folder."""
    env = os.environ.get("UNION_LEDGER_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


@dataclass(frozen=True)
class LedgerPaths:
    db_file: Path
    backup_dir: Path

    @classmethod
    def from_options(cls, data_dir: Path | None = None, db_file: Path | None = None) -> LedgerPaths:
        if db_file is not None:
            db_file = Path(db_file).expanduser().resolve()
            return cls(db_file, db_file.parent / "backups")
        base = (Path(data_dir).expanduser() if data_dir else default_data_dir()).resolve()
        return cls(base / DB_FILE_NAME, base / "backups")

    @property
    def exists(self) -> bool:
        return self.db_file.is_file() and self.db_file.stat().st_size > 0


def resources_dir() -> Path:
    """The ``resources`` folder, both from a source checkout and from a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
