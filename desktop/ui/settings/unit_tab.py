"""本单位信息 tab: admins edit, everyone else reads."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.errors import ServiceError
from desktop.services.unit import UnitInfo, get_unit, update_unit
from desktop.ui.context import UiContext
from desktop.ui.messages import show_error
from desktop.ui.unit_form import UnitForm


class UnitTab(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        self._saved: UnitInfo | None = None
        layout = QVBoxLayout(self)
        self.form = UnitForm()
        self.form.setEnabled(context.is_admin)
        layout.addWidget(self.form)
        if not context.is_admin:
            layout.addWidget(QLabel(self.tr("Only an administrator can change the unit's details.")))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        for button in (self.revert_button, self.save_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.form.changed.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)

    def refresh(self) -> None:
        self._saved = get_unit(self._context.db)
        if self._saved is not None:
            self.form.set_value(self._saved)
        self._update_buttons()

    def has_unsaved_changes(self) -> bool:
        if self._saved is None:
            return False
        current = self.form.value(self._saved.uuid)
        return any(str(getattr(current, f)).strip() != str(getattr(self._saved, f))
                   for f in ("name", "code", "level", "parent_union", "leader_name", "contact_name",
                             "contact_phone", "address"))

    def _update_buttons(self) -> None:
        dirty = self._context.is_admin and self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def save(self) -> bool:
        assert self._saved is not None
        try:
            self._saved = update_unit(self._context.db, self._context.actor, self.form.value(self._saved.uuid))
        except ServiceError as exc:
            show_error(self, exc)
            self.form.focus_field(exc.field)
            return False
        self.form.set_value(self._saved)
        self._update_buttons()
        return True
