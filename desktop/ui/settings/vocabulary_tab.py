"""词表 tab: admins add terms to a vocabulary or retire them (records keep the values they have)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.vocabulary import VOCABULARY_KINDS, add_term, all_terms, retire_term
from desktop.ui.context import UiContext
from desktop.ui.messages import error_text


class VocabularyTab(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self._context = context
        names = {
            "new_employment_group": self.tr("New forms of employment"),
            "political_status": self.tr("Political status"),
            "household_type": self.tr("Household type"),
            "ethnicity": self.tr("Ethnicity"),
            "education": self.tr("Education"),
            "skill_level": self.tr("Skill level"),
            "employment_status": self.tr("Employment status"),
            "org_nature": self.tr("Organization nature"),
            "economic_type": self.tr("Economic type"),
            "industry": self.tr("Industry"),
            "union_type": self.tr("Union type"),
        }
        self.kind = QComboBox()
        for kind, label in VOCABULARY_KINDS.items():
            self.kind.addItem(names.get(kind, label), kind)
        self.terms = QListWidget()
        self.new_term = QLineEdit()
        self.new_term.setMaxLength(60)
        self.new_term.setPlaceholderText(self.tr("New term"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.retire_button = QPushButton(self.tr("&Retire selected"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        chooser = QLabel(self.tr("&Vocabulary:"))
        chooser.setBuddy(self.kind)
        top.addWidget(chooser)
        top.addWidget(self.kind)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.terms, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_term, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.retire_button)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr(
            "Retired terms are no longer offered in forms and imports; records that use them keep them.")))
        if not context.is_admin:
            layout.addWidget(QLabel(self.tr("Only an administrator can change the vocabularies.")))
        for widget in (self.new_term, self.add_button, self.retire_button):
            widget.setEnabled(context.is_admin)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.add_button.clicked.connect(self.add)
        self.new_term.returnPressed.connect(self.add)
        self.retire_button.clicked.connect(self.retire)

    def refresh(self) -> None:
        terms = all_terms(self._context.db).get(self.kind.currentData(), [])
        self.terms.clear()
        self.terms.addItems(terms)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def add(self) -> None:
        value = self.new_term.text().strip()
        try:
            add_term(self._context.db, self._context.actor, self.kind.currentData(), value)
        except Exception as exc:
            self._say(error_text(exc), error=True)
            return
        self.new_term.clear()
        self.refresh()
        self._say(self.tr("Added: {0}").format(value))

    def retire(self) -> None:
        item = self.terms.currentItem()
        if item is None:
            self._say(self.tr("Choose the term to retire."), error=True)
            return
        value = item.text()
        try:
            retire_term(self._context.db, self._context.actor, self.kind.currentData(), value)
        except Exception as exc:
            self._say(error_text(exc), error=True)
            return
        self.refresh()
        self._say(self.tr("Retired: {0}").format(value))
