"""The main window: navigation on the left, one page at a time, user and unit in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.services.unit import get_unit
from desktop.services.users import change_own_password
from desktop.ui.context import UiContext
from desktop.ui.dialogs.about_dialog import show_about
from desktop.ui.dialogs.password_dialog import PasswordDialog
from desktop.ui.labels import role_label
from desktop.ui.pages.base import Page
from desktop.ui.pages.coming_soon import ComingSoonPage
from desktop.ui.pages.home import HomePage
from desktop.ui.settings.page import SettingsPage


class MainWindow(QMainWindow):
    lock_requested = Signal()
    logout_requested = Signal()
    restored = Signal(object)  # a reopened Database after a restore
    closed = Signal()  # the user closed the window (not a logout or a restore)

    def __init__(self, context: UiContext, *, demo: bool = False) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Union Ledger"))
        self.resize(1100, 720)
        self.home = HomePage(context)
        self.settings = SettingsPage(context)
        self.pages: list[tuple[str, Page]] = [
            (self.tr("Home"), self.home),
            (self.tr("Members"), ComingSoonPage(self.tr("Members"), self.tr(
                "Member enrollment, transfers and the member register, with search by name, "
                "pinyin initials, ID number or phone."))),
            (self.tr("Organizations"), ComingSoonPage(self.tr("Organizations"), self.tr(
                "Employers that have set up a union, with their credit codes and member counts."))),
            (self.tr("Aid"), ComingSoonPage(self.tr("Aid"), self.tr(
                "Hardship files and aid disbursements, approved by the responsible person."))),
            (self.tr("Competitions"), ComingSoonPage(self.tr("Competitions"), self.tr(
                "Competitions, events, entrants and results."))),
            (self.tr("Reports"), ComingSoonPage(self.tr("Reports"), self.tr(
                "Signed PDF summaries for a month, quarter or year."))),
            (self.tr("Settings"), self.settings),
        ]
        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 9px 12px; }")
        self.stack = QStackedWidget()
        for index, (title, page) in enumerate(self.pages):
            self.nav.addItem(title)
            self.stack.addWidget(page)
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            shortcut.triggered.connect(lambda _checked=False, i=index: self.nav.setCurrentRow(i))
            self.addAction(shortcut)
        self.nav.currentRowChanged.connect(self.show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar(demo)
        self.home.backup_requested.connect(self._backup_now)
        self.settings.backups_tab.restored.connect(self.restored)
        self._closing_confirmed = False
        self.nav.setCurrentRow(0)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        backup = file_menu.addAction(self.tr("&Back up now"))
        backup.triggered.connect(self._backup_now)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        account = self.menuBar().addMenu(self.tr("&Account"))
        change = account.addAction(self.tr("&Change my password…"))
        change.triggered.connect(self._change_password)
        lock = account.addAction(self.tr("&Lock"))
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_requested)
        logout = account.addAction(self.tr("Log &out"))
        logout.triggered.connect(self.logout_requested)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Union Ledger"))
        about.triggered.connect(lambda: show_about(self, self.context.paths))

    def _build_status_bar(self, demo: bool) -> None:
        actor = self.context.actor
        unit = get_unit(self.context.db)
        user_text = self.tr("User: {0} ({1})").format(actor.display_name, role_label(actor.role))
        self.user_label = QLabel(user_text)
        self.unit_label = QLabel(self.tr("Unit: {0}").format(unit.name if unit else "—"))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.unit_label)
        if demo:
            badge = QLabel(self.tr("Demo data — not for real records"))
            badge.setStyleSheet("color: #8a6d00; font-weight: bold;")
            self.statusBar().addPermanentWidget(badge)

    def show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.pages[index][1]
        page.refresh()

    def page_titles(self) -> list[str]:
        return [title for title, _page in self.pages]

    def _backup_now(self) -> None:
        self.nav.setCurrentRow(len(self.pages) - 1)
        self.settings.tabs.setCurrentWidget(self.settings.backups_tab)
        self.settings.backups_tab.back_up_now()

    def _change_password(self) -> None:
        ctx = self.context
        PasswordDialog(self.tr("Change my password"),
                       lambda old, new: change_own_password(ctx.db, ctx.actor, old, new), parent=self).exec()

    def unsaved_pages(self) -> list[str]:
        return [title for title, page in self.pages if page.has_unsaved_changes()]

    def confirm_discard(self) -> bool:
        unsaved = self.unsaved_pages()
        if not unsaved:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("There are unsaved changes on: {0}. Discard them?").format(", ".join(unsaved)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_confirmed:
            event.accept()
        elif self.confirm_discard():
            self._closing_confirmed = True
            event.accept()
            self.closed.emit()
        else:
            event.ignore()

    def close_without_asking(self) -> None:
        self._closing_confirmed = True
        self.close()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_F1:
            show_about(self, self.context.paths)
        else:
            super().keyPressEvent(event)
