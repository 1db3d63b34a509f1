"""登录 and 解锁: one dialog, two modes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from db import Database
from desktop.services.actor import Actor
from desktop.services.auth import login
from desktop.services.errors import LoginFailed
from desktop.ui.messages import error_text


class LoginDialog(QDialog):
    """Asks for a username and password; ``actor`` is set when the login succeeds.

    In lock mode the username is fixed to the user who was working, and the
    reject button quits the app instead of cancelling.
    """

    def __init__(self, db: Database, unit_name: str, *, locked_user: str | None = None,
                 demo_hint: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Screen locked") if locked_user else self.tr("Log in"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{unit_name}</b>")
        layout.addWidget(heading)
        if locked_user:
            layout.addWidget(QLabel(self.tr(
                "The ledger was locked after a period of inactivity. Enter your password to continue.")))
        form = QFormLayout()
        self.username = QLineEdit(locked_user or "")
        self.username.setReadOnly(bool(locked_user))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        if demo_hint:
            hint = QLabel(self.tr("Demo ledger: log in as admin, clerk or approver with the password demo1234."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            layout.addWidget(hint)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Unlock") if locked_user else self.tr("Log in"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Quit") if locked_user else self.tr("Cancel"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if locked_user else self.username).setFocus()

    def try_login(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.message.setText(self.tr("Enter both the username and the password."))
            return
        try:
            self.actor = login(self._db, self.username.text(), self.password.text())
        except LoginFailed as exc:
            self.message.setText(str(exc))
            self.password.clear()
            self.password.setFocus()
            return
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()
