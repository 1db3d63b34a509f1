"""The life of a GUI session: open or create the ledger, log in, lock, log out, restore, quit.

The main window is already on screen (an empty shell) when ``start`` runs; every
dialog here is modal over it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from db import Database, DatabaseCorrupt, open_database
from desktop.paths import LedgerPaths
from desktop.services import backups
from desktop.services.actor import Actor
from desktop.services.settings import load_settings
from desktop.services.unit import get_unit
from desktop.ui.context import UiContext
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.dialogs.setup_wizard import SetupWizard
from desktop.ui.i18n import install_translators
from desktop.ui.idle import IdleWatcher
from desktop.ui.main_window import MainWindow
from desktop.ui.messages import show_error

log = logging.getLogger(__name__)


class AppController(QObject):
    def __init__(self, app: QApplication, paths: LedgerPaths, window: MainWindow) -> None:
        super().__init__()
        self.app = app
        self.paths = paths
        self.window = window
        self.db: Database | None = None
        self.idle: IdleWatcher | None = None
        window.lock_requested.connect(self.lock)
        window.logout_requested.connect(self.logout)
        window.restored.connect(self.after_restore)
        window.closed.connect(self.app.quit)

    # ------------------------------------------------------------ start-up

    def start(self) -> bool:
        """Returns False when the user chose not to go on (cancelled set-up or login)."""
        actor: Actor | None = None
        if not self.paths.exists:
            wizard = SetupWizard(self.paths, self.window)
            if not wizard.exec() or wizard.db is None:
                return False
            self.db, actor = wizard.db, wizard.actor
        else:
            self.db = self._open_existing()
            if self.db is None:
                return False
        if load_settings(self.db).language != "zh_CN":
            install_translators(self.app, load_settings(self.db).language)
            self.window.retranslate_shell()
        self._auto_backup("startup")
        if actor is None:
            actor = self._login()
            if actor is None:
                return False
        self._attach(actor)
        return True

    def _open_existing(self) -> Database | None:
        try:
            return open_database(self.paths.db_file, self.paths.backup_dir)
        except DatabaseCorrupt as exc:
            if exc.latest_backup is None:
                show_error(self.window, exc)
                return None
            question = self.tr("{0}\n\nRestore the backup {1} now? The damaged file is kept in the backup folder.")
            answer = QMessageBox.critical(self.window, self.tr("Database damaged"),
                                          question.format(str(exc), exc.latest_backup.name),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
            try:
                return backups.recover_from_backup(self.paths.db_file, self.paths.backup_dir,
                                                   exc.latest_backup.name)
            except Exception as recover_error:
                show_error(self.window, recover_error)
                return None
        except Exception as exc:
            show_error(self.window, exc)
            return None

    def _login(self, locked_user: str | None = None) -> Actor | None:
        assert self.db is not None
        unit = get_unit(self.db)
        dialog = LoginDialog(self.db, unit.name if unit else "", locked_user=locked_user,
                             demo_hint=load_settings(self.db).is_demo, parent=self.window)
        return dialog.actor if dialog.exec() else None

    def _attach(self, actor: Actor) -> None:
        assert self.db is not None
        settings = load_settings(self.db)
        self.window.attach(UiContext(self.db, actor, self.paths), demo=settings.is_demo)
        self.window.settings.general_tab.settings_saved.connect(self._apply_idle_setting)
        if self.idle is None:
            self.idle = IdleWatcher(settings.idle_lock_minutes, self)
            self.app.installEventFilter(self.idle)
            self.idle.idle.connect(self.lock)
        self.idle.minutes = settings.idle_lock_minutes
        self.idle.reset()
        self.idle.paused = False

    def _apply_idle_setting(self) -> None:
        if self.idle is not None and self.db is not None:
            self.idle.minutes = load_settings(self.db).idle_lock_minutes

    # ------------------------------------------------------------ during the session

    def lock(self) -> None:
        """Hide the workspace (unsaved edits stay) until the same user's password is given."""
        if self.window.context is None or self.idle is None or self.idle.paused:
            return
        self.idle.paused = True
        self.window.set_locked(True)
        actor = self._login(locked_user=self.window.context.actor.username)
        if actor is None:
            self.quit()
            return
        self.window.set_locked(False)
        self.idle.reset()
        self.idle.paused = False

    def logout(self) -> None:
        if not self.window.confirm_discard():
            return
        self._detach()
        actor = self._login()
        if actor is None:
            self.quit()
            return
        self._attach(actor)

    def after_restore(self, new_db: Database) -> None:
        self._detach()
        self.db = new_db
        actor = self._login()
        if actor is None:
            self.quit()
            return
        self._attach(actor)

    def _detach(self) -> None:
        if self.idle is not None:
            self.idle.paused = True
        self.window.detach()

    # ------------------------------------------------------------ shutdown

    def _auto_backup(self, moment: str) -> None:
        if self.db is None:
            return
        try:
            backups.auto_backup(self.db, moment)
        except Exception:  # a failed automatic backup must never stop the clerk's work
            log.exception("automatic backup at %s failed", moment)

    def shutdown(self) -> None:
        """Clean exit: automatic backup when data changed, then close the database."""
        self._auto_backup("exit")
        if self.db is not None:
            self.db.close()
            self.db = None

    def quit(self) -> None:
        self._detach()
        self.window.close_without_asking()
        self.app.quit()
