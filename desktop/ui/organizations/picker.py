"""An organization chooser the clerk can type into: "星河" finds every organization containing it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class OrganizationPicker(QComboBox):
    """Editable combo of (id, name); ``current_id()`` is None unless the text names one exactly.

    With ``all_label`` the first entry means "no organization chosen" (for filters).
    """

    def __init__(self, parent: QWidget | None = None, *, all_label: str = "") -> None:
        super().__init__(parent)
        self._all_label = all_label
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        if all_label:
            self.lineEdit().setPlaceholderText(all_label)
        self.lineEdit().editingFinished.connect(self._complete_unique)

    def set_organizations(self, organizations: Iterable[tuple[int, str]]) -> None:
        """Replace the choices, keeping the current one when it is still there."""
        current = self.current_id()
        blocked = self.blockSignals(True)
        self.clear()
        if self._all_label:
            self.addItem(self._all_label, None)
        for org_id, name in organizations:
            self.addItem(name, org_id)
        self.blockSignals(blocked)
        self.set_current_id(current)

    def _complete_unique(self) -> None:
        """Leaving the box with part of a name that fits exactly one organization chooses it."""
        text = self.currentText().strip().lower()
        if not text or self.current_id() is not None:
            return
        matches = [i for i in range(self.count()) if self.itemData(i) is not None and text in self.itemText(i).lower()]
        if len(matches) == 1:
            self.setCurrentIndex(matches[0])

    def current_id(self) -> int | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        return self.itemData(index) if index >= 0 else None

    def has_unknown_text(self) -> bool:
        """Text was typed that names no organization."""
        text = self.currentText().strip()
        return bool(text) and text != self._all_label and self.current_id() is None

    def set_current_id(self, org_id: int | None) -> None:
        blocked = self.blockSignals(True)
        index = self.findData(org_id) if org_id is not None else (0 if self._all_label else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self.blockSignals(blocked)
