"""Small pieces the wizard's pages share: the message line under a page, a bold summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b00020;"
INFO_STYLE = "color: #1b5e20;"


def message_label() -> QLabel:
    """A line that says what went wrong (or what was saved) in a sentence, never a traceback."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, error: bool = True) -> None:
    label.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
    label.setText(text)
    label.setVisible(bool(text))
