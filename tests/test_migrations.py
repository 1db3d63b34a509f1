"""Alembic migrations: one history, an exact schema, and a backup before any upgrade."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

import db.models  # noqa: F401  (registers every table on Base.metadata)
from db import Database, DatabaseError, migrate, open_database
from db.base import Base
from desktop.paths import LedgerPaths
from desktop.services.backups import list_backups

HAN = re.compile(r"[\u4e00-\u9fff]")


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_revision_history_has_exactly_one_head_and_one_base() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1, f"migration history has several heads: {heads}"
    assert len(script.get_bases()) == 1
    assert migrate.head_revision() == heads[0]


def test_upgrading_an_empty_database_yields_exactly_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    assert _tables(db.path) == set(Base.metadata.tables) | {"alembic_version"}


def test_constraint_names_follow_the_naming_convention(db: Database) -> None:
    inspector = inspect(db.engine)
    unique_names = {uc["name"] for uc in inspector.get_unique_constraints("user_account")}
    assert {"uq_user_account_username", "uq_user_account_uuid"} <= unique_names
    assert inspector.get_pk_constraint("user_account")["name"] == "pk_user_account"
    check_names = {ck["name"] for ck in inspector.get_check_constraints("user_account")}
    assert "ck_user_account_role" in check_names


def test_a_new_database_needs_no_pre_upgrade_backup(ledger_paths: LedgerPaths) -> None:
    database = open_database(ledger_paths.db_file, ledger_paths.backup_dir)
    database.close()
    assert database.upgraded_from is None
    assert list_backups(ledger_paths.backup_dir) == []


def test_an_out_of_date_database_is_copied_before_it_is_migrated(ledger_paths: LedgerPaths) -> None:
    # A file written before migrations existed: a table of its own, no alembic_version.
    ledger_paths.db_file.parent.mkdir(parents=True)
    with closing(sqlite3.connect(ledger_paths.db_file)) as conn:
        conn.execute("CREATE TABLE legacy_note (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO legacy_note (text) VALUES ('老台账的备注')")
        conn.commit()

    database = open_database(ledger_paths.db_file, ledger_paths.backup_dir)
    try:
        assert database.upgraded_from == "unversioned"
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    finally:
        database.close()

    saved = list_backups(ledger_paths.backup_dir)
    assert [b.kind for b in saved] == ["pre-upgrade"]
    assert saved[0].kind_label == "升级前"
    # The copy is the file as it was before the upgrade, with its data.
    assert _tables(saved[0].path) == {"legacy_note"}
    with closing(sqlite3.connect(saved[0].path)) as conn:
        assert conn.execute("SELECT text FROM legacy_note").fetchall() == [("老台账的备注",)]
    # The migrated file kept the old data too.
    assert "legacy_note" in _tables(ledger_paths.db_file)
    assert set(Base.metadata.tables) <= _tables(ledger_paths.db_file)


def test_reopening_an_up_to_date_database_makes_no_backup(ledger_paths: LedgerPaths) -> None:
    open_database(ledger_paths.db_file, ledger_paths.backup_dir).close()
    again = open_database(ledger_paths.db_file, ledger_paths.backup_dir)
    again.close()
    assert again.upgraded_from is None
    assert list_backups(ledger_paths.backup_dir) == []


def test_a_database_from_a_newer_app_version_is_refused_with_a_chinese_message(
    ledger_paths: LedgerPaths,
) -> None:
    open_database(ledger_paths.db_file, ledger_paths.backup_dir).close()
    with closing(sqlite3.connect(ledger_paths.db_file)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed0001'")
        conn.commit()
    with pytest.raises(DatabaseError) as info:
        open_database(ledger_paths.db_file, ledger_paths.backup_dir)
    assert HAN.search(str(info.value))
