"""签名证书 dialogs: grant signing, import a .p12 from the county union, generate a new certificate.

Each dialog calls the service itself and keeps the service's one-sentence reason on screen when it
refuses (wrong password, wrong file …), so the user can correct the field and try again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import signing_identity as service
from desktop.services import users
from desktop.services.errors import ServiceError
from desktop.ui.context import UiContext
from desktop.ui.labels import role_label
from desktop.ui.messages import error_text


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class _ServiceDialog(QDialog):
    """A form, a red message line and OK/Cancel; ``work()`` runs the service on OK."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.result_value: Any = None
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)

    def work(self) -> Any:
        raise NotImplementedError

    def submit(self) -> None:
        self.message.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_value = self.work()
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


class GrantDialog(_ServiceDialog):
    """签名授权: pick an approver/admin without a grant; both people type their own password."""

    def __init__(self, context: UiContext, holders: set[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Grant signing"), parent)
        self._context = context
        self.layout_.addWidget(note(self.tr(
            "The certificate's key is kept encrypted, so it can only be handed on by someone who can already "
            "open it: you type your password, and the person you authorise types theirs.")))
        self.user = QComboBox()
        for info in users.list_users(context.db):
            if info.role in service.HOLDERS and info.active and info.username not in holders:
                self.user.addItem(f"{info.display_name}（{info.username}，{role_label(info.role)}）", info.username)
        self.own_password = password_field()
        self.user_password = password_field()
        self.form.addRow(self.tr("&Person to authorise:"), self.user)
        self.form.addRow(self.tr("&Your password:"), self.own_password)
        self.form.addRow(self.tr("&Their password (typed by them):"), self.user_password)
        self.finish_layout()
        if self.user.count() == 0:
            self.message.setText(self.tr("Every responsible person and administrator in use already holds a grant. "
                                         "Add the person under Users first."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.own_password.setFocus()

    def chosen_username(self) -> str:
        return str(self.user.currentData() or "")

    def work(self) -> str:
        ctx = self._context
        service.grant_signing(ctx.db, ctx.actor, self.own_password.text(), self.chosen_username(),
                              self.user_password.text())
        return self.user.currentText()


class ImportDialog(_ServiceDialog):
    """导入证书（.p12）: the file the county union issued, its password and the user's own password."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Import certificate (.p12)"), parent)
        self._context = context
        self.layout_.addWidget(note(self.tr(
            "Use the certificate file (.p12 or .pfx) the county union issued to this unit. The current "
            "certificate is retired but kept, so reports already signed can still be checked.")))
        self.file = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.p12_password = password_field()
        self.own_password = password_field()
        self.form.addRow(self.tr("Certificate &file:"), row)
        self.form.addRow(self.tr("Certificate pass&word:"), self.p12_password)
        self.form.addRow(self.tr("&Your login password:"), self.own_password)
        self.finish_layout()

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose certificate file"), self.file.text(),
                                              self.tr("Certificate files (*.p12 *.pfx);;All files (*)"))
        if name:
            self.file.setText(name)

    def work(self) -> service.ImportResult:
        path = self.file.text().strip()
        if not path:
            self.file.setFocus()
            raise ServiceError(self.tr("Choose the certificate file first."))
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ServiceError(self.tr("Cannot read {0}: {1}").format(path, exc.strerror or exc)) from None
        ctx = self._context
        return service.import_p12(ctx.db, ctx.actor, data, self.p12_password.text(), self.own_password.text())


class RenewDialog(_ServiceDialog):
    """重新生成证书: an admin replaces the key; the old certificate stays for reports already signed."""

    def __init__(self, context: UiContext, has_identity: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Generate new certificate"), parent)
        self._context = context
        if has_identity:
            warning = self.tr(
                "A new key and certificate replace the current ones. Reports already signed stay verifiable "
                "with the old certificate, which is kept: if the county union does not have it yet, export it "
                "before continuing. Everyone else's signing grant must be given again, and the new "
                "certificate must be sent to the county union.")
        else:
            warning = self.tr("A new key and self-signed certificate are made for this unit. Export it afterwards "
                              "and send it to the county union, then grant signing to the responsible person.")
        label = QLabel(warning)
        label.setWordWrap(True)
        label.setStyleSheet("color: #8a4b00;")
        self.layout_.addWidget(label)
        self.own_password = password_field()
        self.form.addRow(self.tr("&Your login password:"), self.own_password)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Generate"))

    def work(self) -> service.IdentityInfo:
        ctx = self._context
        return service.renew_identity(ctx.db, ctx.actor, self.own_password.text())


def run_dialog(dialog: _ServiceDialog, done: Callable[[Any], None]) -> None:
    if dialog.exec():
        done(dialog.result_value)
