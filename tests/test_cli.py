"""The `union-ledger` command: exit status 0/1/2, one Chinese sentence on error, never a traceback."""

from __future__ import annotations

import io
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from db import open_database
from desktop import __version__, cli
from desktop.services import backups, unit, users
from desktop.services.auth import login
from desktop.services.demo import DEMO_PASSWORD

HAN = re.compile(r"[\u4e00-\u9fff]")
GOOD_CODE = "91350100M000100Y43"
BAD_CODE = "91350100M000100Y44"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    return code, out, err


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def _one_chinese_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert HAN.search(lines[0]), err
    return lines[0]


def copy_demo(template: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, target)
    return target


def _usernames(db_file: Path) -> set[str]:
    with closing(sqlite3.connect(db_file)) as conn:
        return {row[0] for row in conn.execute("SELECT username FROM user_account")}


@pytest.fixture
def data_dir(tmp_path: Path, demo_template: Path) -> Path:
    """A data folder holding a copy of the demo ledger."""
    folder = tmp_path / "ledger"
    copy_demo(demo_template, folder / "ledger.sqlite3")
    return folder


# ---------------------------------------------------------------- init and demo


def test_init_creates_a_ledger(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                               tmp_path: Path) -> None:
    folder = tmp_path / "new"
    _stdin(monkeypatch, "Boss-2026!\n")
    code, out, err = run(capsys, "init", "--data-dir", folder, "--unit-name", "海滨街道总工会",
                         "--unit-code", GOOD_CODE, "--admin", "boss", "--password-stdin")
    assert (code, err) == (0, "")
    assert "海滨街道总工会" in out
    database = open_database(folder / "ledger.sqlite3")
    try:
        stored = unit.get_unit(database)
        assert stored is not None and stored.code == GOOD_CODE
        assert login(database, "boss", "Boss-2026!").role == "admin"
    finally:
        database.close()


def test_init_with_a_bad_code_fails_and_creates_nothing(capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", "Boss-2026!")
    folder = tmp_path / "new"
    code, _, err = run(capsys, "init", "--data-dir", folder, "--unit-name", "海滨街道总工会",
                       "--unit-code", BAD_CODE, "--admin", "boss")
    assert code == 1
    assert "校验位" in _one_chinese_line(err)
    assert not (folder / "ledger.sqlite3").exists()
    assert not folder.exists() or not any(folder.rglob("*.sqlite3*"))


def test_init_with_a_short_password_fails_and_creates_nothing(capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", "short")
    folder = tmp_path / "new"
    code, _, err = run(capsys, "init", "--data-dir", folder, "--unit-name", "海滨街道总工会",
                       "--unit-code", GOOD_CODE, "--admin", "boss")
    assert code == 1
    _one_chinese_line(err)
    assert not (folder / "ledger.sqlite3").exists()


def test_init_twice_fails(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                          tmp_path: Path) -> None:
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", "Boss-2026!")
    args = ("init", "--data-dir", tmp_path / "new", "--unit-name", "海滨街道总工会", "--unit-code", GOOD_CODE,
            "--admin", "boss")
    assert run(capsys, *args)[0] == 0
    code, _, err = run(capsys, *args)
    assert code == 1
    _one_chinese_line(err)
    assert _usernames(tmp_path / "new" / "ledger.sqlite3") == {"boss"}


def test_init_without_a_password_is_a_usage_error(capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _stdin(monkeypatch, "")
    code, _, err = run(capsys, "init", "--data-dir", tmp_path / "new", "--unit-name", "海滨街道总工会",
                       "--unit-code", GOOD_CODE, "--admin", "boss")
    assert code == 2
    assert "UNION_LEDGER_PASSWORD" in _one_chinese_line(err)
    assert not (tmp_path / "new" / "ledger.sqlite3").exists()


def test_demo_prints_the_three_users_and_their_password(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    code, out, err = run(capsys, "demo", "--data-dir", tmp_path / "demo")
    assert (code, err) == (0, "")
    assert DEMO_PASSWORD in out
    for username, label in (("admin", "管理员"), ("clerk", "经办人"), ("approver", "负责人")):
        assert re.search(rf"^\s*{username}\s+{label}", out, re.MULTILINE), out
    assert _usernames(tmp_path / "demo" / "ledger.sqlite3") == {"admin", "clerk", "approver"}


def test_demo_refuses_an_existing_ledger(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    before = (data_dir / "ledger.sqlite3").read_bytes()
    code, _, err = run(capsys, "demo", "--data-dir", data_dir)
    assert code == 1
    _one_chinese_line(err)
    assert (data_dir / "ledger.sqlite3").read_bytes() == before


# ---------------------------------------------------------------- audit verify


def test_audit_verify_passes_on_the_demo(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, err = run(capsys, "audit", "verify", "--data-dir", data_dir)
    assert (code, err) == (0, "")
    assert HAN.search(out)


def test_audit_verify_fails_naming_the_event_changed_with_sqlite3(capsys: pytest.CaptureFixture[str],
                                                                   data_dir: Path) -> None:
    with closing(sqlite3.connect(data_dir / "ledger.sqlite3")) as conn:
        conn.execute("UPDATE audit_event SET action = 'user.delete' WHERE id = 2")
        conn.commit()
    code, _, err = run(capsys, "audit", "verify", "--data-dir", data_dir)
    assert code == 1
    assert re.search(r"第\s*2\s*条", _one_chinese_line(err))


# ---------------------------------------------------------------- backups


def _add_user_after_backup(data_dir: Path) -> None:
    database = open_database(data_dir / "ledger.sqlite3")
    try:
        admin = login(database, "admin", DEMO_PASSWORD)
        users.create_user(database, admin, "newbie", "新人", "clerk", "Newbie-2026")
    finally:
        database.close()


def _only_backup(data_dir: Path) -> str:
    names = [b.name for b in backups.list_backups(data_dir / "backups")]
    assert len(names) == 1, names
    return names[0]


def test_backup_create_list_and_restore_round_trip(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    code, out, err = run(capsys, "backup", "create", "--data-dir", data_dir)
    assert (code, err) == (0, "")
    name = _only_backup(data_dir)
    assert name in out

    code, out, _ = run(capsys, "backup", "list", "--data-dir", data_dir)
    assert code == 0
    assert name in out and "手动" in out

    _add_user_after_backup(data_dir)
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    code, out, err = run(capsys, "backup", "restore", name, "--data-dir", data_dir, "--user", "admin")
    assert (code, err) == (0, "")
    assert "newbie" not in _usernames(data_dir / "ledger.sqlite3")

    code, out, _ = run(capsys, "backup", "list", "--data-dir", data_dir)
    assert code == 0 and "恢复前" in out
    assert run(capsys, "audit", "verify", "--data-dir", data_dir)[0] == 0


def test_backup_restore_with_the_password_on_stdin(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    assert run(capsys, "backup", "create", "--data-dir", data_dir)[0] == 0
    name = _only_backup(data_dir)
    _add_user_after_backup(data_dir)
    _stdin(monkeypatch, DEMO_PASSWORD + "\n")
    code, _, err = run(capsys, "--user", "admin", "--password-stdin", "backup", "restore", name,
                       "--data-dir", data_dir)
    assert (code, err) == (0, "")
    assert "newbie" not in _usernames(data_dir / "ledger.sqlite3")


def test_backup_restore_without_a_user_is_a_usage_error(capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    assert run(capsys, "backup", "create", "--data-dir", data_dir)[0] == 0
    code, _, err = run(capsys, "backup", "restore", _only_backup(data_dir), "--data-dir", data_dir)
    assert code == 2
    assert "--user" in _one_chinese_line(err)


def test_backup_restore_as_a_clerk_fails(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                         data_dir: Path) -> None:
    assert run(capsys, "backup", "create", "--data-dir", data_dir)[0] == 0
    name = _only_backup(data_dir)
    _add_user_after_backup(data_dir)
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    code, _, err = run(capsys, "backup", "restore", name, "--data-dir", data_dir, "--user", "clerk")
    assert code == 1
    assert "管理员" in _one_chinese_line(err)
    assert "newbie" in _usernames(data_dir / "ledger.sqlite3")


def test_backup_restore_with_a_wrong_password_fails(capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    assert run(capsys, "backup", "create", "--data-dir", data_dir)[0] == 0
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", "not-the-password")
    code, _, err = run(capsys, "backup", "restore", _only_backup(data_dir), "--data-dir", data_dir,
                       "--user", "admin")
    assert code == 1
    _one_chinese_line(err)


def test_backup_restore_of_an_unknown_name_fails(capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    code, _, err = run(capsys, "backup", "restore", "no-such-backup", "--data-dir", data_dir, "--user", "admin")
    assert code == 1
    assert "no-such-backup" in _one_chinese_line(err)


# ---------------------------------------------------------------- usage and options


def test_an_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "frobnicate")
    assert code == 2
    assert "用法错误" in _one_chinese_line(err)


def test_an_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "audit", "verify", "--data-dir", data_dir, "--frobnicate")
    assert code == 2
    assert "用法错误" in _one_chinese_line(err)


@pytest.mark.parametrize("command", [("audit", "verify"), ("backup", "list"), ("backup", "create")])
def test_commands_on_a_missing_database_name_init(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  command: tuple[str, ...]) -> None:
    code, _, err = run(capsys, *command, "--data-dir", tmp_path / "empty")
    assert code == 1
    assert "union-ledger init" in _one_chinese_line(err)
    assert not (tmp_path / "empty" / "ledger.sqlite3").exists()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code in (0, None)
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("layout", ["before", "between", "after"])
def test_global_options_go_before_or_after_the_command(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                       layout: str) -> None:
    argv = {
        "before": ("--data-dir", data_dir, "audit", "verify"),
        "between": ("audit", "--data-dir", data_dir, "verify"),
        "after": ("audit", "verify", "--data-dir", data_dir),
    }[layout]
    assert run(capsys, *argv)[0] == 0


def test_a_user_option_before_the_command_is_used(capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    assert run(capsys, "--user", "clerk", "--data-dir", data_dir, "backup", "create")[0] == 0
    database = open_database(data_dir / "ledger.sqlite3")
    try:
        from desktop.services.audit import recent_events

        with database.session() as session:
            event = recent_events(session, limit=1)[0]
    finally:
        database.close()
    assert (event.action, event.actor) == ("backup.create", "clerk")


def test_db_option_names_the_file(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                  demo_template: Path) -> None:
    db_file = copy_demo(demo_template, tmp_path / "elsewhere" / "my-ledger.sqlite3")
    assert run(capsys, "audit", "verify", "--db", db_file)[0] == 0
    assert run(capsys, "backup", "create", "--db", db_file)[0] == 0
    assert len(backups.list_backups(db_file.parent / "backups")) == 1


def test_data_dir_and_db_together_are_a_usage_error(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "audit", "verify", "--data-dir", data_dir, "--db", data_dir / "ledger.sqlite3")
    assert code == 2
    _one_chinese_line(err)


def test_data_dir_and_db_on_either_side_of_the_command_are_a_usage_error(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path,
) -> None:
    code, _, _ = run(capsys, "--data-dir", data_dir, "audit", "verify", "--db", tmp_path / "other.sqlite3")
    assert code == 2


def test_union_ledger_home_is_honoured(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                       tmp_path: Path) -> None:
    home = tmp_path / "home-from-env"
    monkeypatch.setenv("UNION_LEDGER_HOME", str(home))
    assert run(capsys, "demo")[0] == 0
    assert (home / "ledger.sqlite3").is_file()
    assert run(capsys, "audit", "verify")[0] == 0
    assert run(capsys, "backup", "create")[0] == 0
    assert len(backups.list_backups(home / "backups")) == 1


def test_a_corrupt_database_fails_naming_the_latest_backup(capsys: pytest.CaptureFixture[str],
                                                           data_dir: Path) -> None:
    assert run(capsys, "backup", "create", "--data-dir", data_dir)[0] == 0
    name = _only_backup(data_dir)
    db_file = data_dir / "ledger.sqlite3"
    db_file.write_bytes(os.urandom(db_file.stat().st_size))
    code, _, err = run(capsys, "audit", "verify", "--data-dir", data_dir)
    assert code == 1
    assert name in _one_chinese_line(err)


# ---------------------------------------------------------------- the installed console script


def test_the_installed_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "union-ledger"
    assert script.is_file(), "the project must be installed (pip install -e .)"
    env = {**os.environ, "UNION_LEDGER_HOME": str(tmp_path / "home")}
    env.pop("UNION_LEDGER_PASSWORD", None)

    def call(*argv: str | Path) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([script, *map(str, argv)], capture_output=True, text=True, env=env,
                                timeout=60, stdin=subprocess.DEVNULL)
        assert "Traceback" not in result.stderr
        return result

    assert call("demo").returncode == 0
    verified = call("audit", "verify")
    assert (verified.returncode, verified.stderr) == (0, "")
    assert (tmp_path / "home" / "ledger.sqlite3").is_file()

    version = call("--version")
    assert version.returncode == 0 and __version__ in version.stdout

    wrong = call("no-such-command")
    assert wrong.returncode == 2 and "用法错误" in wrong.stderr

    missing = call("audit", "verify", "--data-dir", tmp_path / "nothing-here")
    assert missing.returncode == 1 and "union-ledger init" in missing.stderr

    bad = call("init", "--data-dir", tmp_path / "bad", "--unit-name", "海滨街道总工会", "--unit-code", BAD_CODE,
               "--admin", "boss")
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "bad" / "ledger.sqlite3").exists()
