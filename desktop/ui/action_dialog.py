"""The small dialog behind each one-step action (void, reject, transfer…): a form, a message line, OK and Cancel.

``run()`` calls one service; a refusal is shown inside the dialog in the service's words, and the
dialog stays open with everything typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.services.errors import ServiceError
from desktop.ui.members.entry_form import ERROR_STYLE
from desktop.ui.messages import error_text


class ActionDialog(QDialog):
    """A prompt, a small form, an inline message line, OK and Cancel; ``run()`` does the work or raises."""

    def __init__(self, title: str, prompt: str, ok_text: str, parent: QWidget | None, *,
                 min_width: int = 480) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        self.result_value: Any = None
        self.form = QFormLayout(self)
        if prompt:
            text = QLabel(prompt)
            text.setWordWrap(True)
            self.form.addRow(text)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)

    def run(self) -> Any:
        raise NotImplementedError

    def submit(self) -> bool:
        try:
            self.result_value = self.run()
        except ServiceError as exc:
            self.message.setText(exc.message)
            return False
        except Exception as exc:
            self.message.setText(error_text(exc))
            return False
        self.accept()
        return True
