"""A damaged database: the clerk is told which backup to use, and restoring it works."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import DatabaseCorrupt, open_database
from desktop.cli import main
from desktop.services.backups import list_backups


def _damage(path: Path) -> None:
    with path.open("r+b") as f:
        f.seek(1024)
        f.write(b"\x13" * 8192)


def test_damaged_database_is_reported_and_recovered_from_the_cli(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    assert main(["--data-dir", str(data), "backup", "create"]) == 0
    name = list_backups(data / "backups")[0].name
    capsys.readouterr()
    _damage(data / "ledger.sqlite3")

    assert main(["--data-dir", str(data), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "完整性检查未通过" in err and name in err and "Traceback" not in err

    assert main(["--data-dir", str(data), "backup", "restore", name]) == 0
    assert main(["--data-dir", str(data), "audit", "verify"]) == 0
    kept = [p.name for p in (data / "backups").iterdir() if p.name.startswith("damaged-")]
    assert kept, "the damaged file is kept, never deleted"
    db = open_database(data / "ledger.sqlite3")
    try:
        with db.session() as session:
            from desktop.services.audit import recent_events

            assert recent_events(session, 1)[0].action == "backup.recover"
    finally:
        db.close()


def test_damaged_database_without_backups_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    _damage(data / "ledger.sqlite3")
    with pytest.raises(DatabaseCorrupt) as info:
        open_database(data / "ledger.sqlite3")
    assert info.value.latest_backup is None
    assert "没有找到备份" in str(info.value)
