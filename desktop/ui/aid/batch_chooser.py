"""A small popup to choose one of several persons matching what was typed: arrows, Enter, Esc."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.services.persons import PersonRow
from desktop.ui.aid.batch_rows import choice_label


class PersonChooser(QDialog):
    """Emits ``chosen`` with the PersonRow picked by Enter or a double-click; Esc chooses nobody."""

    chosen = Signal(object)

    def __init__(self, candidates: list[PersonRow], typed: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.candidates = candidates
        self.list = QListWidget()
        for person in candidates:
            item = QListWidgetItem(choice_label(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setMinimumWidth(420)
        self.list.setMaximumHeight(240)
        title = QLabel(self.tr("“{0}”: {1} people match. ↑↓ then Enter; Esc to type more.").format(
            typed, len(candidates)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(title)
        layout.addWidget(self.list)
        self.list.activated.connect(lambda _i: self.choose())
        self.list.itemDoubleClicked.connect(lambda _i: self.choose())

    def choose(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.candidates):
            self.chosen.emit(self.candidates[row])
            self.accept()

    def show_at(self, point: QPoint) -> None:
        self.move(point)
        self.open()
        self.list.setFocus()
