"""首页: the unit at a glance, the last backup, the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.services.backups import list_backups
from desktop.services.unit import get_unit
from desktop.services.users import list_users
from desktop.ui.context import UiContext
from desktop.ui.labels import role_label
from desktop.ui.pages.base import Page


class HomePage(Page):
    backup_requested = Signal()

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        layout = QVBoxLayout(self)
        self.welcome = QLabel()
        layout.addWidget(self.welcome)
        unit_box = QGroupBox(self.tr("Our union"))
        self.unit_form = QFormLayout(unit_box)
        self.unit_name, self.unit_code, self.unit_level, self.unit_leader = (QLabel() for _ in range(4))
        self.unit_form.addRow(self.tr("Name:"), self.unit_name)
        self.unit_form.addRow(self.tr("Code:"), self.unit_code)
        self.unit_form.addRow(self.tr("Level:"), self.unit_level)
        self.unit_form.addRow(self.tr("Responsible person:"), self.unit_leader)
        layout.addWidget(unit_box)
        safety = QGroupBox(self.tr("Data safety"))
        safety_form = QFormLayout(safety)
        self.last_backup = QLabel()
        self.users = QLabel()
        safety_form.addRow(self.tr("Latest backup:"), self.last_backup)
        safety_form.addRow(self.tr("Active users:"), self.users)
        backup_now = QPushButton(self.tr("&Back up now"))
        backup_now.clicked.connect(self.backup_requested)
        button_row = QHBoxLayout()
        button_row.addWidget(backup_now)
        button_row.addStretch(1)
        safety_form.addRow("", button_row)
        layout.addWidget(safety)
        layout.addStretch(1)

    def refresh(self) -> None:
        actor = self._context.actor
        self.welcome.setText(self.tr("<h2>Welcome, {0}</h2><p>You are logged in as {1}.</p>")
                             .format(actor.display_name, role_label(actor.role)))
        unit = get_unit(self._context.db)
        if unit is not None:
            self.unit_name.setText(unit.name)
            self.unit_code.setText(unit.code)
            self.unit_level.setText(unit.level)
            self.unit_leader.setText(unit.leader_name or "—")
        backups = list_backups(self._context.db.backup_dir)
        if backups:
            newest = backups[0]
            self.last_backup.setText(f"{newest.created_at:%Y-%m-%d %H:%M}({newest.kind_label})")
        else:
            self.last_backup.setText(self.tr("none yet"))
        users = list_users(self._context.db)
        self.users.setText(str(sum(1 for u in users if u.active)))
