"""Consistent copies of a live SQLite database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` page by page; safe while other connections write.

    The copy is written next to the target first and renamed into place, so a
    crash never leaves a half-written file under the final name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    partial.replace(target)


def restore_into(backup: Path, live: Path) -> None:
    """Overwrite the live database's content with ``backup`` (the live file stays in place)."""
    with closing(sqlite3.connect(backup)) as src, closing(sqlite3.connect(live)) as dst:
        src.backup(dst)


def quick_check(path: Path) -> str:
    """Return ``"ok"`` or SQLite's description of what is wrong with the file."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    messages = [str(row[0]) for row in rows]
    return "ok" if messages == ["ok"] else "; ".join(messages[:3])
