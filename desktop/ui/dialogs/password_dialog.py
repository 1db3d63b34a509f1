"""修改密码 (own password) and 重设密码 (an admin for someone else)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.messages import error_text


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordDialog(QDialog):
    """``save(old, new)`` does the work; with ``ask_old=False`` there is no old-password field."""

    def __init__(self, title: str, save: Callable[[str, str], None], *, ask_old: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = _password_field() if ask_old else None
        if self.old is not None:
            form.addRow(self.tr("&Current password:"), self.old)
        self.new = _password_field()
        self.repeat = _password_field()
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat new password:"), self.repeat)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least 8 characters."))
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two new passwords are different."))
            self.repeat.setFocus()
            return
        try:
            self._save(self.old.text() if self.old is not None else "", self.new.text())
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()
