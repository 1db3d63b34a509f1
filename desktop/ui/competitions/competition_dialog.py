"""竞赛 form: name, kind, level, organizer, host, dates, document number, award tiers, note.

A new competition also takes its events (name + 个人 / 团体 / 单位) so a whole tournament is set up
in one go: type an event's name and press Enter to add it to the list; Enter with the event box
empty saves the competition. ``EventDialog`` adds or renames one event later.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from db.models.competition import DEFAULT_AWARD_TIERS
from desktop.services.competition_queries import CompetitionRow, EventRow
from desktop.services.competition_rules import ENTRANT_LABELS
from desktop.services.competitions import (
    CompetitionDraft,
    EventDraft,
    add_event,
    create_competition,
    update_competition,
    update_event,
)
from desktop.services.member_rules import FieldProblem
from desktop.services.vocabulary import all_terms
from desktop.ui.context import UiContext
from desktop.ui.field_errors import FieldErrors, problems_of
from desktop.ui.members.date_field import DateField
from desktop.ui.members.entry_form import ERROR_STYLE, set_combo_text
from desktop.ui.messages import confirm

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
COMPETITION_FIELDS = ("name", "kind", "level", "starts_on", "ends_on", "organizer", "host", "document_number",
                      "award_tiers", "note")


def entrant_kind_combo() -> QComboBox:
    combo = QComboBox()
    for key, label in ENTRANT_LABELS.items():
        combo.addItem(label, key)
    return combo


def is_enter(event: QEvent) -> bool:
    return event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
        event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
        not event.modifiers() & Qt.KeyboardModifier.ControlModifier


class CompetitionDialog(QDialog):
    """New competition (with its events) or corrections to one; ``saved_id`` once saved."""

    def __init__(self, context: UiContext, competition: CompetitionRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._competition = context, competition
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit competition") if competition else self.tr("New competition"))
        self.setMinimumWidth(600)
        terms = all_terms(context.db)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. 2026 Xinghe town workers' table tennis tournament"))
        self.kind = QComboBox()
        self.kind.addItems(terms.get("competition_kind", []))
        self.level = QComboBox()
        self.level.addItems(terms.get("competition_level", []))
        self.organizer = QLineEdit()
        self.organizer.setMaxLength(200)
        self.host = QLineEdit()
        self.host.setMaxLength(200)
        self.starts_on = DateField()
        self.ends_on = DateField()
        self.ends_on.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.document_number = QLineEdit()
        self.document_number.setMaxLength(60)
        self.award_tiers = QLineEdit()
        self.award_tiers.setMaxLength(300)
        tiers_hint = QLabel(self.tr("Separate the awards with “、”, best first. Team events often use "
                                    "金奖、银奖、铜奖; an organization award: 优秀组织奖."))
        tiers_hint.setWordWrap(True)
        tiers_hint.setStyleSheet("color: #555555;")
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        form = QFormLayout()
        self.errors = FieldErrors(form, "name")
        self.errors.add("name", self.tr("&Name:"), self.name)
        self.errors.add("kind", self.tr("&Kind:"), self.kind)
        self.errors.add("level", self.tr("&Level:"), self.level)
        self.errors.add("organizer", self.tr("&Organizer:"), self.organizer)
        self.errors.add("host", self.tr("&Host:"), self.host)
        self.errors.add("starts_on", self.tr("Starts o&n:"), self.starts_on)
        self.errors.add("ends_on", self.tr("&Ends on:"), self.ends_on)
        self.errors.add("document_number", self.tr("&Document no.:"), self.document_number)
        self.errors.add("award_tiers", self.tr("&Awards:"), self.award_tiers)
        form.addRow("", tiers_hint)
        self.errors.add("note", self.tr("No&te:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)

        self.event_name = QLineEdit()
        self.event_name.setMaxLength(120)
        self.event_name.setPlaceholderText(self.tr("Event name, e.g. 男子单打; Enter adds it"))
        self.event_kind = entrant_kind_combo()
        self.add_event_button = QPushButton(self.tr("Add e&vent"))
        self.remove_event_button = QPushButton(self.tr("&Remove event"))
        self.events = QListWidget()
        self.events.setMaximumHeight(130)
        self.events_error = QLabel()
        self.events_error.setWordWrap(True)
        self.events_error.setStyleSheet(ERROR_STYLE)
        self.events_error.hide()
        for button in (self.add_event_button, self.remove_event_button):
            button.setAutoDefault(False)
        if competition is None:
            events_label = QLabel(self.tr("Events (individual, team or organization); more can be added later:"))
            layout.addWidget(events_label)
            row = QHBoxLayout()
            row.addWidget(self.event_name, 1)
            row.addWidget(self.event_kind)
            row.addWidget(self.add_event_button)
            layout.addLayout(row)
            layout.addWidget(self.events)
            layout.addWidget(self.events_error)
            bottom = QHBoxLayout()
            bottom.addStretch(1)
            bottom.addWidget(self.remove_event_button)
            layout.addLayout(bottom)
            for widget in (self.event_name, self.event_kind):
                widget.installEventFilter(self)
            self.events.installEventFilter(self)
            self.add_event_button.clicked.connect(self.add_typed_event)
            self.remove_event_button.clicked.connect(self.remove_selected_event)
        else:
            for widget in (self.event_name, self.event_kind, self.add_event_button, self.remove_event_button,
                           self.events, self.events_error):
                widget.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)
        if competition is not None:
            d = competition.draft
            self.name.setText(d.name)
            set_combo_text(self.kind, d.kind)
            set_combo_text(self.level, d.level)
            self.organizer.setText(d.organizer)
            self.host.setText(d.host)
            self.starts_on.set_value(d.starts_on)
            self.ends_on.set_value(d.ends_on)
            self.document_number.setText(d.document_number)
            self.award_tiers.setText(d.award_tiers)
            self.note.setText(d.note)
        else:
            self.starts_on.set_value(date.today())
            self.award_tiers.setText(DEFAULT_AWARD_TIERS)
        self._baseline = self.snapshot()
        self.name.setFocus()

    # ------------------------------------------------------------ events of a new competition

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.event_name, self.event_kind) and is_enter(event) and self.event_name.text().strip():
            self.add_typed_event()
            return True
        if watched is self.events and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete:
            self.remove_selected_event()
            return True
        return super().eventFilter(watched, event)

    def event_drafts(self) -> list[EventDraft]:
        return [self.events.item(i).data(EVENT_ROLE) for i in range(self.events.count())]

    def add_typed_event(self) -> bool:
        name = " ".join(self.event_name.text().split())
        if not name:
            self._event_problem(self.tr("Type the event's name first."))
            return False
        if any(d.name == name for d in self.event_drafts()):
            self._event_problem(self.tr("The event “{0}” is already in the list.").format(name))
            return False
        draft = EventDraft(name, self.event_kind.currentData())
        item = QListWidgetItem(f"{name}（{ENTRANT_LABELS[draft.entrant_kind]}）")
        item.setData(EVENT_ROLE, draft)
        self.events.addItem(item)
        self._event_problem("")
        self.event_name.clear()
        self.event_kind.setCurrentIndex(0)
        self.event_name.setFocus()
        return True

    def remove_selected_event(self) -> None:
        row = self.events.currentRow()
        if row >= 0:
            self.events.takeItem(row)

    def _event_problem(self, text: str) -> None:
        self.events_error.setText(text)
        self.events_error.setVisible(bool(text))

    # ------------------------------------------------------------ saving

    def snapshot(self) -> tuple[object, ...]:
        return (self.name.text(), self.kind.currentText(), self.level.currentText(), self.organizer.text(),
                self.host.text(), self.starts_on.text(), self.ends_on.text(), self.document_number.text(),
                self.award_tiers.text(), self.note.text(), self.event_name.text(), tuple(self.event_drafts()))

    def has_unsaved_changes(self) -> bool:
        return self.snapshot() != self._baseline

    def collect(self) -> tuple[CompetitionDraft | None, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        for field, widget in (("starts_on", self.starts_on), ("ends_on", self.ends_on)):
            widget.tidy()
            if not widget.is_valid():
                problems.append(FieldProblem(field, self.tr("Date not understood: write it as 2026-05-01.")))
        starts_on = self.starts_on.value()
        if starts_on is None and self.starts_on.is_valid():
            problems.append(FieldProblem("starts_on", self.tr("Enter the date the competition starts.")))
        if problems or starts_on is None:
            return None, problems
        return CompetitionDraft(self.name.text(), self.kind.currentText(), self.level.currentText(), starts_on,
                                self.ends_on.value(), self.organizer.text(), self.host.text(),
                                self.document_number.text(), self.award_tiers.text(), self.note.text()), problems

    def save(self) -> bool:
        if self.event_name.text().strip() and not self.add_typed_event():
            return False
        draft, problems = self.collect()
        if draft is None:
            self.errors.show(problems, self)
            return False
        ctx = self._context
        try:
            if self._competition is None:
                self.saved_id = create_competition(ctx.db, ctx.actor, draft, events=self.event_drafts())
            else:
                update_competition(ctx.db, ctx.actor, self._competition.id, draft)
                self.saved_id = self._competition.id
        except Exception as exc:
            self._show_problems(problems_of(exc, "name"))
            return False
        self._baseline = self.snapshot()
        self.accept()
        return True

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        own = [p for p in problems if p.field in COMPETITION_FIELDS]
        others = [p.message for p in problems if p.field not in COMPETITION_FIELDS]
        self.errors.show(own, self)
        self._event_problem("\n".join(others))

    def close_without_asking(self) -> None:
        self._baseline = self.snapshot()
        super().reject()

    def reject(self) -> None:
        if self.has_unsaved_changes() and not confirm(
                self, self.tr("Unsaved changes"), self.tr("The competition has not been saved. Discard the changes?")):
            return
        super().reject()


class EventDialog(QDialog):
    """Add an event to a competition, or rename one (its kind can change while nobody is entered)."""

    def __init__(self, context: UiContext, competition_id: int, event: EventRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._competition_id, self._event = context, competition_id, event
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.setMinimumWidth(420)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.kind = entrant_kind_combo()
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        form = QFormLayout(self)
        self.errors = FieldErrors(form, "name")
        self.errors.add("name", self.tr("&Event:"), self.name)
        self.errors.add("entrant_kind", self.tr("&Entrants:"), self.kind)
        self.errors.add("note", self.tr("No&te:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.save_button.setDefault(True)
        if event is not None:
            self.name.setText(event.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(event.entrant_kind)))
            self.note.setText(event.note)
        self.name.setFocus()

    def save(self) -> bool:
        draft = EventDraft(self.name.text(), self.kind.currentData(), self.note.text())
        ctx = self._context
        try:
            if self._event is None:
                self.saved_id = add_event(ctx.db, ctx.actor, self._competition_id, draft)
            else:
                update_event(ctx.db, ctx.actor, self._event.id, draft)
                self.saved_id = self._event.id
        except Exception as exc:
            self.errors.show(problems_of(exc, "name"), self)
            return False
        self.accept()
        return True
