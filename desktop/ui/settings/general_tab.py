"""常规 tab: interface language, the idle lock and the local 低保 line (困难类别 depends on it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QSpinBox, QWidget

from desktop.services.settings import LANGUAGES, load_settings, save_settings
from desktop.ui.context import UiContext
from desktop.ui.hardship.fields import AmountField
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
        self.dibao = AmountField()
        self.dibao.setPlaceholderText(self.tr("not set"))
        form.addRow(self.tr("Local &minimum living standard (yuan per person per month):"), self.dibao)
        dibao_help = QLabel(self.tr("The hardship category of every file is worked out against this line; "
                                    "files cannot be opened or reviewed until it is set."))
        dibao_help.setWordWrap(True)
        form.addRow("", dibao_help)
        self.save_button = QPushButton(self.tr("&Save"))
        form.addRow("", self.save_button)
        if not context.is_admin:
            form.addRow(QLabel(self.tr("Only an administrator can change these settings.")))
        for widget in (self.language, self.idle_minutes, self.dibao, self.save_button):
            widget.setEnabled(context.is_admin)
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        settings = load_settings(self._context.db)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        self.dibao.set_fen(settings.dibao_monthly_fen)

    def save(self) -> None:
        dibao = self.dibao.fen()
        if dibao is None:
            show_error(self, self.dibao.problem())
            self.dibao.setFocus()
            return
        try:
            save_settings(self._context.db, self._context.actor, language=self.language.currentData(),
                          idle_lock_minutes=self.idle_minutes.value(), dibao_monthly_fen=dibao)
        except Exception as exc:
            show_error(self, exc)
            return
        self.settings_saved.emit()
