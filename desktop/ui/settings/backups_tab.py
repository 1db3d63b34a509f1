"""备份 tab: back up now, restore, automatic backup settings."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import Database
from desktop.services import backups
from desktop.services.backups import BackupInfo
from desktop.services.settings import load_settings, save_settings
from desktop.ui.context import UiContext
from desktop.ui.messages import confirm, show_error
from desktop.ui.operations import BackgroundOperation
from desktop.ui.table_model import Column, RowTableModel


class BackupsTab(QWidget):
    restored = Signal(object)  # the reopened Database

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        self.operation: BackgroundOperation | None = None
        layout = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        self.model: RowTableModel[BackupInfo] = RowTableModel([
            Column(self.tr("Made at"), lambda b: f"{b.created_at:%Y-%m-%d %H:%M:%S}"),
            Column(self.tr("Kind"), lambda b: b.kind_label),
            Column(self.tr("Size"), lambda b: f"{b.size_bytes / 1024:,.0f} KB", align_right=True),
            Column(self.tr("File"), lambda b: b.name),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setEnabled(context.is_admin)
        open_folder = QPushButton(self.tr("Open backup &folder"))
        for button in (self.backup_button, self.restore_button, open_folder):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        auto = QGroupBox(self.tr("Automatic backups"))
        form = QFormLayout(auto)
        self.auto_backup = QCheckBox(self.tr("Back up when the app starts (daily) and when it closes"))
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 60)
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(0, 52)
        self.save_button = QPushButton(self.tr("&Save"))
        form.addRow(self.auto_backup)
        form.addRow(self.tr("Keep daily backups for (days):"), self.keep_daily)
        form.addRow(self.tr("Keep weekly backups for (weeks):"), self.keep_weekly)
        form.addRow("", self.save_button)
        auto.setEnabled(context.is_admin)
        layout.addWidget(auto)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        open_folder.clicked.connect(self._open_folder)
        self.save_button.clicked.connect(self.save_settings)

    def refresh(self) -> None:
        db = self._context.db
        self.where.setText(self.tr("Backups are kept in {0}. Copy them to a USB stick from time to time.")
                           .format(db.backup_dir))
        self.model.set_rows(backups.list_backups(db.backup_dir))
        self.table.resizeColumnsToContents()
        settings = load_settings(db)
        self.auto_backup.setChecked(settings.auto_backup)
        self.keep_daily.setValue(settings.backup_keep_daily)
        self.keep_weekly.setValue(settings.backup_keep_weekly)

    def _run(self, title: str, work, on_success) -> None:  # type: ignore[no-untyped-def]
        self.operation = BackgroundOperation(self, title, work, on_success=on_success,
                                             on_error=lambda exc: show_error(self, exc), cancellable=False)
        self.operation.start()

    def back_up_now(self) -> None:
        ctx = self._context

        def done(info: BackupInfo) -> None:
            self.refresh()
            QMessageBox.information(self, self.tr("Backup"), self.tr("Backup saved as {0}.").format(info.name))

        self._run(self.tr("Backing up…"), lambda _c: backups.create_backup(ctx.db, ctx.actor), done)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            show_error(self, self.tr("Select the backup to restore first."))
            return
        chosen = self.model.row_at(rows[0].row())
        question = self.tr(
            "Replace ALL current data with the backup made at {0}?\n\nThe current data is saved first "
            "as a \"before restore\" backup, so this can be undone. You will log in again afterwards."
        ).format(f"{chosen.created_at:%Y-%m-%d %H:%M:%S}")
        if not confirm(self, self.tr("Restore backup"), question):
            return
        ctx = self._context

        def done(result: tuple[Database, BackupInfo]) -> None:
            new_db, safety = result
            QMessageBox.information(self, self.tr("Restore backup"), self.tr(
                "The data was restored. The replaced data was saved as {0}.").format(safety.name))
            self.restored.emit(new_db)

        self._run(self.tr("Restoring…"), lambda _c: backups.restore_backup(ctx.db, ctx.actor, chosen.name), done)

    def save_settings(self) -> None:
        try:
            save_settings(self._context.db, self._context.actor, auto_backup=self.auto_backup.isChecked(),
                          backup_keep_daily=self.keep_daily.value(),
                          backup_keep_weekly=self.keep_weekly.value())
        except Exception as exc:
            show_error(self, exc)
        self.refresh()

    def _open_folder(self) -> None:
        self._context.db.backup_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._context.db.backup_dir)))
