"""The main window. It appears at once as a shell (before the database layer is even
imported); after login ``attach`` puts the user's workspace in it, and locking or
logging out takes the workspace away again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget

if TYPE_CHECKING:
    from desktop.ui.context import UiContext
    from desktop.ui.workspace import Workspace

PAGE_COUNT = 7


class MainWindow(QMainWindow):
    lock_requested = Signal()
    logout_requested = Signal()
    restored = Signal(object)  # a reopened Database after a restore
    closed = Signal()  # the user closed the window (not a logout or a restore)

    def __init__(self, context: UiContext | None = None, *, demo: bool = False) -> None:
        super().__init__()
        self.context: UiContext | None = None
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Union Ledger"))
        self.resize(1100, 720)
        self.cover = QLabel(self.tr("<h1>Union Ledger</h1><p>Opening the ledger…</p>"))
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.central = QStackedWidget()
        self.central.addWidget(self.cover)
        self.setCentralWidget(self.central)
        self._session_actions: list[QAction] = []
        self._build_menus()
        self.user_label = QLabel()
        self.unit_label = QLabel()
        self.demo_label = QLabel(self.tr("Demo data — not for real records"))
        self.demo_label.setStyleSheet("color: #8a6d00; font-weight: bold;")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.unit_label)
        self.statusBar().addPermanentWidget(self.demo_label)
        self.demo_label.hide()
        self._closing_confirmed = False
        self._set_session_actions_enabled(False)
        if context is not None:
            self.attach(context, demo=demo)

    # ------------------------------------------------------------ menus

    def _session_action(self, menu, text: str, slot, shortcut: str | QKeySequence | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self._session_actions.append(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._session_action(file_menu, self.tr("&Back up now"), self._backup_now)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        account = self.menuBar().addMenu(self.tr("&Account"))
        self._session_action(account, self.tr("&Change my password…"), self._change_password)
        self._session_action(account, self.tr("&Lock"), self.lock_requested, "Ctrl+L")
        self._session_action(account, self.tr("Log &out"), self.logout_requested)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Union Ledger"))
        about.setShortcut(QKeySequence("F1"))
        about.triggered.connect(self._about)
        for index in range(PAGE_COUNT):
            self._session_action(self, "", lambda _c=False, i=index: self.go_to(i), f"Ctrl+{index + 1}")

    def _set_session_actions_enabled(self, enabled: bool) -> None:
        for action in self._session_actions:
            action.setEnabled(enabled)

    def retranslate_shell(self) -> None:
        """After a language switch at start-up: the shell's texts (pages are built later)."""
        self.setWindowTitle(self.tr("Union Ledger"))
        self.cover.setText(self.tr("<h1>Union Ledger</h1><p>Opening the ledger…</p>"))

    # ------------------------------------------------------------ session

    def attach(self, context: UiContext, *, demo: bool = False) -> None:
        """Show ``context.actor``'s workspace (builds every page; imports the database layer)."""
        from desktop.services.unit import get_unit
        from desktop.ui.labels import role_label
        from desktop.ui.workspace import Workspace

        self.detach()
        self.context = context
        self.workspace = Workspace(context)
        self.workspace.home.backup_requested.connect(self._backup_now)
        self.workspace.settings.backups_tab.restored.connect(self.restored)
        self.central.addWidget(self.workspace)
        self.central.setCurrentWidget(self.workspace)
        unit = get_unit(context.db)
        actor = context.actor
        self.user_label.setText(self.tr("User: {0} ({1})").format(actor.display_name, role_label(actor.role)))
        self.unit_label.setText(self.tr("Unit: {0}").format(unit.name if unit else "—"))
        self.demo_label.setVisible(demo)
        self._set_session_actions_enabled(True)

    def detach(self) -> None:
        if self.workspace is not None:
            self.central.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.workspace, self.context = None, None
        self.user_label.clear()
        self.unit_label.clear()
        self.cover.setText(self.tr("<h1>Union Ledger</h1><p>Please log in.</p>"))
        self.central.setCurrentWidget(self.cover)
        self._set_session_actions_enabled(False)

    def set_locked(self, locked: bool) -> None:
        """Hide the workspace (without losing unsaved edits) while the screen is locked."""
        if locked:
            self.cover.setText(self.tr("<h1>Union Ledger</h1><p>Locked.</p>"))
            self.central.setCurrentWidget(self.cover)
        elif self.workspace is not None:
            self.central.setCurrentWidget(self.workspace)
        self._set_session_actions_enabled(not locked and self.workspace is not None)

    # ------------------------------------------------------------ convenience for pages and tests

    @property
    def nav(self):  # type: ignore[no-untyped-def]
        assert self.workspace is not None
        return self.workspace.nav

    @property
    def stack(self):  # type: ignore[no-untyped-def]
        assert self.workspace is not None
        return self.workspace.stack

    @property
    def pages(self):  # type: ignore[no-untyped-def]
        assert self.workspace is not None
        return self.workspace.pages

    @property
    def settings(self):  # type: ignore[no-untyped-def]
        assert self.workspace is not None
        return self.workspace.settings

    def page_titles(self) -> list[str]:
        return [title for title, _page in self.pages]

    def go_to(self, index: int) -> None:
        if self.workspace is not None:
            self.workspace.nav.setCurrentRow(index)

    # ------------------------------------------------------------ actions

    def _backup_now(self) -> None:
        if self.workspace is None:
            return
        self.go_to(PAGE_COUNT - 1)
        self.settings.tabs.setCurrentWidget(self.settings.backups_tab)
        self.settings.backups_tab.back_up_now()

    def _change_password(self) -> None:
        from desktop.services.users import change_own_password
        from desktop.ui.dialogs.password_dialog import PasswordDialog

        ctx = self.context
        if ctx is None:
            return
        PasswordDialog(self.tr("Change my password"),
                       lambda old, new: change_own_password(ctx.db, ctx.actor, old, new), parent=self).exec()

    def _about(self) -> None:
        from desktop.ui.dialogs.about_dialog import show_about

        show_about(self, self.context.paths if self.context else None)

    # ------------------------------------------------------------ closing

    def unsaved_pages(self) -> list[str]:
        return self.workspace.unsaved_pages() if self.workspace is not None else []

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
