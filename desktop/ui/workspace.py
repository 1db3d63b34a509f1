"""What a logged-in user works in: navigation on the left, one page at a time."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from desktop.ui.aid.page import AidPage
from desktop.ui.competitions.page import CompetitionsPage
from desktop.ui.context import UiContext
from desktop.ui.members.page import MembersPage
from desktop.ui.organizations.page import OrganizationsPage
from desktop.ui.pages.base import Page
from desktop.ui.pages.home import HomePage
from desktop.ui.reports import ReportsPage
from desktop.ui.settings.page import SettingsPage


class Workspace(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.home = HomePage(context)
        self.settings = SettingsPage(context)
        self.members = MembersPage(context)
        self.organizations = OrganizationsPage(context)
        self.aid = AidPage(context)
        self.competitions = CompetitionsPage(context)
        self.reports = ReportsPage(context)
        self.organizations.show_members.connect(self.show_members_of)
        self.home.navigate_requested.connect(self.open_from_home)
        self.pages: list[tuple[str, Page]] = [
            (self.tr("Home"), self.home),
            (self.tr("Members"), self.members),
            (self.tr("Organizations"), self.organizations),
            (self.tr("Aid"), self.aid),
            (self.tr("Competitions"), self.competitions),
            (self.tr("Reports"), self.reports),
            (self.tr("Settings"), self.settings),
        ]
        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 9px 12px; }")
        self.stack = QStackedWidget()
        for title, page in self.pages:
            self.nav.addItem(title)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.show_page)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.setCurrentRow(0)

    def show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.pages[index][1].refresh()

    def show_members_of(self, org_id: int) -> None:
        """The 建会单位 page's "show its members": the 会员 page filtered to that organization."""
        self.nav.setCurrentRow(self.stack.indexOf(self.members))
        self.members.show_organization(org_id)

    def open_from_home(self, key: str) -> None:
        """A 待办 line on 首页: the page (and tab) where that work is done."""
        if key in ("aid", "hardship"):
            self.nav.setCurrentRow(self.stack.indexOf(self.aid))
            self.aid.tabs.setCurrentWidget(self.aid.approvals if key == "aid" else self.aid.hardship)
        elif key == "reports":
            self.nav.setCurrentRow(self.stack.indexOf(self.reports))

    def unsaved_pages(self) -> list[str]:
        return [title for title, page in self.pages if page.has_unsaved_changes()]
