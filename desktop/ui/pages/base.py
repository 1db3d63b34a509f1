"""What the main window expects of a page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class Page(QWidget):
    def refresh(self) -> None:
        """Reload what the page shows; called each time the page is opened."""

    def has_unsaved_changes(self) -> bool:
        return False
