"""Find the recipient as you type (name, pinyin initials, ID or its tail, phone), or register a new person.

Arrows move through the matches while the cursor stays in the search box; Enter picks one. When
nothing matches, or the clerk asks for it, the name / ID / phone fields of a new person appear;
members and non-members alike can receive aid.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import Database
from desktop.domain.masking import mask_id_number, mask_phone
from desktop.services.member_rules import FieldProblem
from desktop.services.person_rules import Identity
from desktop.services.persons import PersonRow, checked_identity, persons_by_ids, search_persons

SEARCH_DELAY_MS = 150
ERROR_STYLE = "color: #b00020;"
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def person_text(row: PersonRow) -> str:
    parts = [row.name, mask_id_number(row.id_number)]
    if row.phone:
        parts.append(mask_phone(row.phone))
    parts.append(row.member_label + (f"·{row.organization_name}" if row.organization_name else ""))
    return "  ".join(parts)


class PersonFinder(QWidget):
    """``person_id()`` for someone found, or ``new_identity()`` for someone typed in; ``changed`` on either."""

    changed = Signal()
    picked = Signal(int)  # a person was chosen from the matches

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._person: PersonRow | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type a name, pinyin initials, ID number (or its last digits) "
                                               "or mobile; ↑↓ to choose, Enter to pick"))
        self.matches = QListWidget()
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.setMaximumHeight(120)
        self.matches.hide()
        self.chosen = QLabel()
        self.chosen.setStyleSheet("font-weight: bold;")
        self.chosen.hide()
        self.change_button = QPushButton(self.tr("C&hange"))
        self.change_button.setAutoDefault(False)
        self.change_button.hide()
        self.new_button = QPushButton(self.tr("New &person…"))
        self.new_button.setAutoDefault(False)
        self.new_button.setCheckable(True)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #555555;")
        self.hint.hide()
        self.new_name = QLineEdit()
        self.new_name.setMaxLength(30)
        self.new_id_number = QLineEdit()
        self.new_id_number.setMaxLength(40)
        self.new_phone = QLineEdit()
        self.new_phone.setMaxLength(20)
        self.new_box = QWidget()
        new_form = QFormLayout(self.new_box)
        new_form.setContentsMargins(0, 0, 0, 0)
        self._errors: dict[str, QLabel] = {}
        for key, caption, edit in (("name", self.tr("Name:"), self.new_name),
                                   ("id_number", self.tr("ID number:"), self.new_id_number),
                                   ("phone", self.tr("Mobile:"), self.new_phone)):
            new_form.addRow(caption, edit)
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            new_form.addRow("", error)
            self._errors[key] = error
            edit.textChanged.connect(self.changed)
        self.new_box.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.chosen, 1)
        top.addWidget(self.change_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.matches)
        layout.addWidget(self.hint)
        layout.addWidget(self.new_box)
        self.setFocusProxy(self.search)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(self)
        self.matches.itemClicked.connect(lambda item: self.pick(item.data(PERSON_ROLE)))
        self.change_button.clicked.connect(self.change)
        self.new_button.toggled.connect(self.set_new_person)

    # ------------------------------------------------------------ what was chosen

    def person_id(self) -> int | None:
        return self._person.id if self._person else None

    def person(self) -> PersonRow | None:
        return self._person

    def is_new_person(self) -> bool:
        return self.new_button.isChecked()

    def new_identity(self) -> Identity:
        """The new person's checked identity; InvalidMember (fields name, id_number, phone) when wrong."""
        return checked_identity(self.new_name.text(), self.new_id_number.text(), phone=self.new_phone.text())

    def snapshot(self) -> tuple[object, ...]:
        return (self.person_id(), self.is_new_person(), self.new_name.text(), self.new_id_number.text(),
                self.new_phone.text())

    def set_person_id(self, person_id: int) -> None:
        rows = persons_by_ids(self._db, [person_id])
        if rows:
            self.pick(rows[0])

    def clear(self) -> None:
        self._person = None
        self.new_button.setChecked(False)
        for edit in (self.new_name, self.new_id_number, self.new_phone):
            edit.clear()
        self.search.clear()
        self._timer.stop()
        self.matches.clear()
        self.matches.hide()
        self.hint.hide()
        self._show_chosen()
        self.show_problems([])

    # ------------------------------------------------------------ problems

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Problems of a new person's name / ID / phone beside those fields."""
        for key, label in self._errors.items():
            messages = [p.message for p in problems if p.field == key]
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))

    # ------------------------------------------------------------ searching

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.matches.clear()
        rows = search_persons(self._db, text, limit=20) if text else []
        for row in rows:
            item = QListWidgetItem(person_text(row))
            item.setData(PERSON_ROLE, row)
            self.matches.addItem(item)
        self.matches.setVisible(bool(rows))
        if rows:
            self.matches.setCurrentRow(0)
        if text and not rows:
            self.hint.setText(self.tr("Nobody in the ledger matches “{0}”: fill in the new person below.")
                              .format(text))
            self.hint.show()
            self.new_button.setChecked(True)
            if not self.new_name.text() and not text.isascii():
                self.new_name.setText(text)
        else:
            self.hint.hide()
        self.changed.emit()

    def pick(self, row: PersonRow) -> None:
        self._person = row
        self.new_button.setChecked(False)
        self.matches.hide()
        self.hint.hide()
        self._show_chosen()
        self.changed.emit()
        self.picked.emit(row.id)

    def change(self) -> None:
        """Choose someone else: back to the search box."""
        self._person = None
        self._show_chosen()
        self.search.setFocus()
        self.search.selectAll()
        self.changed.emit()

    def set_new_person(self, on: bool) -> None:
        self.new_box.setVisible(on)
        if on:
            self._person = None
            self.matches.hide()
            self._show_chosen()
        else:
            self.show_problems([])
        self.changed.emit()

    def _show_chosen(self) -> None:
        person = self._person
        self.chosen.setText(person_text(person) if person else "")
        self.chosen.setVisible(person is not None)
        self.change_button.setVisible(person is not None)
        self.search.setVisible(person is None)
        self.new_button.setVisible(person is None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if self._timer.isActive():
                    self.search_now()
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.matches.currentRow() + step, 0), self.matches.count() - 1)
                self.matches.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.text().strip():
                if self._timer.isActive():
                    self.search_now()
                item = self.matches.currentItem()
                if item is not None and self.matches.isVisible():
                    self.pick(item.data(PERSON_ROLE))
                    return True
                if self.is_new_person():
                    self.new_name.setFocus()
                    return True
        return super().eventFilter(watched, event)

