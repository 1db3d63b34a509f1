"""设置 page: the tabs together."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from desktop.ui.context import UiContext
from desktop.ui.pages.base import Page
from desktop.ui.settings.audit_tab import AuditTab
from desktop.ui.settings.backups_tab import BackupsTab
from desktop.ui.settings.general_tab import GeneralTab
from desktop.ui.settings.signing_tab import SigningTab
from desktop.ui.settings.unit_tab import UnitTab
from desktop.ui.settings.users_tab import UsersTab
from desktop.ui.settings.vocabulary_tab import VocabularyTab


class SettingsPage(Page):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.tabs = QTabWidget()
        self.unit_tab = UnitTab(context)
        self.users_tab = UsersTab(context)
        self.signing_tab = SigningTab(context)
        self.backups_tab = BackupsTab(context)
        self.general_tab = GeneralTab(context)
        self.audit_tab = AuditTab(context)
        self.vocabulary_tab = VocabularyTab(context)
        self.tabs.addTab(self.unit_tab, self.tr("Unit"))
        self.tabs.addTab(self.users_tab, self.tr("Users"))
        self.tabs.addTab(self.signing_tab, self.tr("Signing"))
        self.tabs.addTab(self.backups_tab, self.tr("Backups"))
        self.tabs.addTab(self.general_tab, self.tr("General"))
        self.tabs.addTab(self.audit_tab, self.tr("Audit trail"))
        self.tabs.addTab(self.vocabulary_tab, self.tr("Vocabularies"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())

    def _refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        refresh = getattr(tab, "refresh", None)
        if refresh is not None and not (tab is self.unit_tab and self.unit_tab.has_unsaved_changes()):
            refresh()

    def refresh(self) -> None:
        for tab in (self.unit_tab, self.users_tab, self.signing_tab, self.backups_tab, self.general_tab,
                    self.audit_tab, self.vocabulary_tab):
            if tab is self.unit_tab and tab.has_unsaved_changes():
                continue
            tab.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.unit_tab.has_unsaved_changes()
