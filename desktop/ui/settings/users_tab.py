"""操作员 tab: admins add users, change roles, reset passwords, unlock and disable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.china_time import format_datetime
from desktop.services import users
from desktop.services.users import UserInfo
from desktop.ui.context import UiContext
from desktop.ui.dialogs.password_dialog import PasswordDialog
from desktop.ui.labels import role_label
from desktop.ui.messages import error_text, show_error
from desktop.ui.table_model import Column, RowTableModel

ROLES = ("clerk", "approver", "admin")


class UserDialog(QDialog):
    """Add a user (with a first password) or edit name, role and whether the account is in use."""

    def __init__(self, context: UiContext, user: UserInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._user = context, user
        self.setWindowTitle(self.tr("Edit user") if user else self.tr("Add user"))
        form = QFormLayout(self)
        self.username = QLineEdit(user.username if user else "")
        self.username.setReadOnly(user is not None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(ROLES.index(user.role) if user else 0)
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Role:"), self.role)
        self.password = QLineEdit()
        self.active = QCheckBox(self.tr("Account in use"))
        if user is None:
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("&First password:"), self.password)
        else:
            self.active.setChecked(user.active)
            form.addRow("", self.active)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def submit(self) -> None:
        ctx = self._context
        try:
            if self._user is None:
                users.create_user(ctx.db, ctx.actor, self.username.text(), self.display_name.text(),
                                  self.role.currentData(), self.password.text())
            else:
                users.update_user(ctx.db, ctx.actor, self._user.id, display_name=self.display_name.text(),
                                  role=self.role.currentData(), active=self.active.isChecked())
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


class UsersTab(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        layout = QVBoxLayout(self)
        self.model: RowTableModel[UserInfo] = RowTableModel([
            Column(self.tr("Username"), lambda u: u.username),
            Column(self.tr("Full name"), lambda u: u.display_name),
            Column(self.tr("Role"), lambda u: role_label(u.role)),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Last login"), lambda u: format_datetime(u.last_login_at)),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_user)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.reset_button = QPushButton(self.tr("Reset &password…"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        for button in (self.add_button, self.edit_button, self.reset_button, self.unlock_button):
            button.setEnabled(context.is_admin)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        if not context.is_admin:
            layout.addWidget(QLabel(self.tr("Only an administrator can manage users.")))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)

    def _status(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("Disabled")
        return self.tr("Locked") if user.locked else self.tr("Active")

    def refresh(self) -> None:
        self.model.set_rows(users.list_users(self._context.db))
        self.table.resizeColumnsToContents()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add_user(self) -> None:
        if UserDialog(self._context, None, self).exec():
            self.refresh()

    def edit_user(self) -> None:
        user = self.selected()
        if user is not None and self._context.is_admin and UserDialog(self._context, user, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        ctx = self._context
        dialog = PasswordDialog(self.tr("New password for {0}").format(user.display_name),
                                lambda _old, new: users.reset_password(ctx.db, ctx.actor, user.id, new),
                                ask_old=False, parent=self)
        if dialog.exec():
            self.refresh()

    def unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            users.unlock_user(self._context.db, self._context.actor, user.id)
        except Exception as exc:
            show_error(self, exc)
        self.refresh()
