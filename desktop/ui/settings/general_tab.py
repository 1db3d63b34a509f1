"""常规 tab: interface language and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QSpinBox, QWidget

from desktop.services.settings import LANGUAGES, load_settings, save_settings
from desktop.ui.context import UiContext
from desktop.ui.messages import show_error


class GeneralTab(QWidget):
    settings_saved = Signal()

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        form = QFormLayout(self)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Interface &language:"), self.language)
        form.addRow("", QLabel(self.tr("A new language takes effect the next time the app starts.")))
        form.addRow(self.tr("&Lock the window after inactivity:"), self.idle_minutes)
        self.save_button = QPushButton(self.tr("&Save"))
        form.addRow("", self.save_button)
        if not context.is_admin:
            form.addRow(QLabel(self.tr("Only an administrator can change these settings.")))
        for widget in (self.language, self.idle_minutes, self.save_button):
            widget.setEnabled(context.is_admin)
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        settings = load_settings(self._context.db)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.idle_minutes.setValue(settings.idle_lock_minutes)

    def save(self) -> None:
        try:
            save_settings(self._context.db, self._context.actor, language=self.language.currentData(),
                          idle_lock_minutes=self.idle_minutes.value())
        except Exception as exc:
            show_error(self, exc)
            return
        self.settings_saved.emit()
