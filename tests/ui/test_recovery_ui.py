"""At start-up, a damaged database offers the latest backup, and accepting restores it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.services.actor import SYSTEM
from desktop.services.backups import create_backup
from desktop.services.unit import get_unit
from desktop.ui.controller import AppController
from desktop.ui.main_window import MainWindow


def test_startup_offers_and_restores_the_latest_backup(qapp, qtbot, ui_db, ui_paths, monkeypatch) -> None:
    backup = create_backup(ui_db, SYSTEM)
    ui_db.close()
    with ui_paths.db_file.open("r+b") as f:
        f.seek(1024)
        f.write(b"\x13" * 8192)
    offered: list[str] = []

    def critical(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        offered.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "critical", critical)
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(qapp, ui_paths, window)
    db = controller._open_existing()
    assert offered and backup.name in offered[0]
    assert db is not None
    try:
        assert get_unit(db).name == "星河镇总工会（演示）"
    finally:
        db.close()
