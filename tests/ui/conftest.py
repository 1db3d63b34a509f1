"""GUI test fixtures: the compiled zh_CN catalogue installed, a demo ledger, a main window."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import Database, open_database
from desktop.paths import LedgerPaths
from desktop.services.auth import login
from desktop.services.demo import create_demo

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "union_ledger_zh_CN.ts"


@pytest.fixture(scope="session", autouse=True)
def chinese_ui(qapp):  # type: ignore[no-untyped-def]
    """Build the .qm when it is missing or stale, then install it as the app would."""
    qm = TS.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < TS.stat().st_mtime:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "build"], check=True)
    from desktop.ui.i18n import install_translators

    assert install_translators(qapp, "zh_CN")
    return qapp


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """A modal box nobody answers would hang the suite: fail instead. Tests that expect
    a box patch the method themselves (their patch replaces this one)."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo-template")
    paths = LedgerPaths.from_options(folder)
    db = open_database(paths.db_file, paths.backup_dir)
    create_demo(db)
    db.close()
    return paths.db_file


@pytest.fixture
def ui_paths(tmp_path: Path, demo_template: Path) -> LedgerPaths:
    paths = LedgerPaths.from_options(tmp_path / "ledger")
    paths.db_file.parent.mkdir(parents=True)
    shutil.copy(demo_template, paths.db_file)
    return paths


@pytest.fixture
def ui_db(ui_paths: LedgerPaths) -> Iterator[Database]:
    db = open_database(ui_paths.db_file, ui_paths.backup_dir)
    yield db
    db.close()


@pytest.fixture
def make_window(qtbot, ui_db: Database, ui_paths: LedgerPaths):  # type: ignore[no-untyped-def]
    from desktop.ui.context import UiContext
    from desktop.ui.main_window import MainWindow

    def make(username: str = "admin") -> MainWindow:
        window = MainWindow(UiContext(ui_db, login(ui_db, username, "demo1234"), ui_paths), demo=True)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        made.append(window)
        return window

    made: list[MainWindow] = []
    yield make
    for window in made:  # closed here, not by qtbot: its close would ask about unsaved edits
        window.close_without_asking()
        window.deleteLater()


@pytest.fixture
def press_shortcut():  # type: ignore[no-untyped-def]
    """Press keys the way a user does: through the window, so QAction shortcuts fire."""
    from PySide6.QtTest import QTest

    def press(widget, key, modifier) -> None:  # type: ignore[no-untyped-def]
        QTest.keyClick(widget.windowHandle(), key, modifier)

    return press
