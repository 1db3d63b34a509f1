"""参赛者登记: entrants added to one event from the keyboard, one after another.

A person event: type a name, pinyin initials, the last digits of an ID number or a mobile (the 会员
search) and press Enter — one match is entered at once, several open a chooser, and someone new is
registered by typing the name and the full ID number ("张三 110105…"). A team event offers the
competition's teams, an organization event the organizations of the register; typing filters them
and Enter enters the highlighted one. Each entrant is saved at once and the box clears for the next.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
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

from desktop.domain.masking import mask_id_number
from desktop.services.competition_entries import add_entry
from desktop.services.competition_queries import EntryRow, EventRow, entries_of, teams_of
from desktop.services.organizations import organization_names
from desktop.services.persons import PersonRow
from desktop.ui.aid.batch_rows import choice_label, resolve
from desktop.ui.context import UiContext
from desktop.ui.members.entry_form import ERROR_STYLE, HINT_STYLE
from desktop.ui.messages import error_text
from desktop.ui.organizations.picker import OrganizationPicker

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoicePopup(QDialog):
    """A popup list of (label, value): ↑↓ and Enter choose (``chosen`` with the value), Esc chooses nothing."""

    chosen = Signal(object)

    def __init__(self, choices: Sequence[tuple[str, object]], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.values = [value for _label, value in choices]
        self.list = QListWidget()
        for label, value in choices:
            item = QListWidgetItem(label)
            item.setData(VALUE_ROLE, value)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setMinimumWidth(440)
        self.list.setMaximumHeight(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.list)
        self.list.activated.connect(lambda _i: self.choose())
        self.list.itemDoubleClicked.connect(lambda _i: self.choose())

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(VALUE_ROLE))
            self.accept()

    def show_below(self, widget: QWidget) -> None:
        self.move(widget.mapToGlobal(QPoint(0, widget.height())))
        self.open()
        self.list.setFocus()


def entrant_detail(row: EntryRow, members: dict[int, str] | None = None) -> str:
    """What tells an entrant apart in a table: a masked ID, a team's members, or 单位."""
    if row.entrant_kind == "person":
        return mask_id_number(row.id_number)
    if row.entrant_kind == "team":
        return (members or {}).get(row.entrant_id, "")
    return ""


def team_members_text(db: object, competition_id: int) -> dict[int, str]:
    return {t.id: "、".join(name for _p, name, _r in t.members) for t in teams_of(db, competition_id)}  # type: ignore[arg-type]


def org_id_by_name(db: object, name: str) -> int | None:
    found = [org_id for org_id, org_name in organization_names(db) if org_name == name]  # type: ignore[arg-type]
    return found[0] if len(found) == 1 else None


class EntrantsDialog(QDialog):
    """Add entrants to ``event``; ``added`` counts them, ``changed`` after each one."""

    changed = Signal()

    def __init__(self, context: UiContext, competition_id: int, event: EventRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self.competition_id, self.event_row = context, competition_id, event
        self.added = 0
        self.popup: ChoicePopup | None = None
        self.setWindowTitle(self.tr("Entrants: {0}").format(event.name))
        self.setMinimumSize(560, 480)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.representing = OrganizationPicker()
        self.representing.set_organizations(organization_names(context.db))
        self.candidates = QListWidget()
        self.candidates.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.entered = QListWidget()
        self.entered.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_team_button = QPushButton(self.tr("New &team…"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.new_team_button, self.close_button):
            button.setAutoDefault(False)
        form = QFormLayout()
        kind = event.entrant_kind
        if kind == "person":
            self.search.setPlaceholderText(self.tr("Name, pinyin initials, ID number tail or mobile, then Enter; "
                                                   "someone new: name and full ID number"))
            form.addRow(self.tr("&Person:"), self.search)
            form.addRow(self.tr("&Representing:"), self.representing)
            hint = self.tr("Representing: leave empty to use the member's own organization.")
            form.addRow("", QLabel(hint))
            self.candidates.hide()
            self.new_team_button.hide()
        else:
            self.search.setPlaceholderText(self.tr("Type to filter, ↑↓ to choose, Enter to enter"))
            form.addRow(self.tr("&Team:") if kind == "team" else self.tr("&Organization:"), self.search)
            form.addRow("", self.candidates)
            self.representing.hide()
            if kind != "team":
                self.new_team_button.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Entered in this event:")))
        layout.addWidget(self.entered, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_team_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._filter)
        self.close_button.clicked.connect(self.accept)
        self.new_team_button.clicked.connect(self.new_team)
        self.candidates.itemDoubleClicked.connect(lambda item: self.enter(item.data(VALUE_ROLE)))
        self.refresh()
        self.search.setFocus()

    # ------------------------------------------------------------ lists

    def refresh(self) -> None:
        db = self._context.db
        rows = entries_of(db, self.event_row.id)
        members = team_members_text(db, self.competition_id) if self.event_row.entrant_kind == "team" else {}
        self.entered.clear()
        for row in rows:
            parts = [row.name, entrant_detail(row, members), row.organization_name if row.entrant_kind != "organization"
                     else ""]
            self.entered.addItem("  ".join(p for p in parts if p))
        taken = {row.entrant_id for row in rows}
        if self.event_row.entrant_kind == "team":
            self._all = [(t.name + (f"（{t.organization_name}）" if t.organization_name else ""), t.id)
                         for t in teams_of(db, self.competition_id) if t.id not in taken]
        elif self.event_row.entrant_kind == "organization":
            self._all = [(name, org_id) for org_id, name in organization_names(db) if org_id not in taken]
        else:
            self._all = []
        self._filter()

    def entered_names(self) -> list[str]:
        return [self.entered.item(i).text().split("  ")[0] for i in range(self.entered.count())]

    def _filter(self) -> None:
        if self.event_row.entrant_kind == "person":
            return
        text = self.search.text().strip().lower()
        self.candidates.clear()
        for label, value in self._all:
            if text in label.lower():
                item = QListWidgetItem(label)
                item.setData(VALUE_ROLE, value)
                self.candidates.addItem(item)
        self.candidates.setCurrentRow(0)

    # ------------------------------------------------------------ keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.candidates.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.candidates.currentRow() + step, 0), self.candidates.count() - 1)
                self.candidates.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def pick(self) -> None:
        """Enter in the box: enter the one meant, or ask which one."""
        text = self.search.text().strip()
        if self.event_row.entrant_kind != "person":
            item = self.candidates.currentItem()
            if item is None:
                self._say(self.tr("Nothing matches “{0}”.").format(text) if text else
                          self.tr("Everyone on the list is already entered."), error=True)
                return
            self.enter(item.data(VALUE_ROLE))
            return
        if not text:
            self._say(self.tr("Type a name, the last digits of an ID number or a mobile first."), error=True)
            return
        resolution = resolve(self._context.db, text)
        if resolution.person is not None:
            self.enter(resolution.person)
        elif resolution.identity is not None:
            self.enter(resolution.identity)
        elif resolution.candidates:
            self._choose(resolution.candidates, text)
        else:
            self._say(resolution.problem, error=True)

    def _choose(self, people: list[PersonRow], typed: str) -> ChoicePopup:
        title = self.tr("“{0}”: {1} people match. ↑↓ then Enter; Esc to type more.").format(typed, len(people))
        popup = ChoicePopup([(choice_label(p), p) for p in people], title, self)
        self.popup = popup
        popup.chosen.connect(self.enter)
        popup.finished.connect(lambda _r: self.search.setFocus())
        popup.show_below(self.search)
        return popup

    # ------------------------------------------------------------ entering

    def enter(self, entrant: object) -> bool:
        """Save one entrant: a PersonRow, a new person's Identity, or a team / organization id."""
        ctx, kind = self._context, self.event_row.entrant_kind
        organization_id = None
        try:
            if kind == "person":
                organization_id = self.representing.current_id()
                if self.representing.has_unknown_text():
                    self._say(self.tr("No organization is called “{0}”: choose one from the list or leave it "
                                      "empty.").format(self.representing.currentText()), error=True)
                    return False
                if isinstance(entrant, PersonRow):
                    if organization_id is None and entrant.organization_name:
                        organization_id = org_id_by_name(ctx.db, entrant.organization_name)
                    name = entrant.name
                    add_entry(ctx.db, ctx.actor, self.event_row.id, "person", entrant.id, organization_id=organization_id)
                else:
                    name = entrant.name  # type: ignore[attr-defined]
                    add_entry(ctx.db, ctx.actor, self.event_row.id, "person", recipient=entrant,  # type: ignore[arg-type]
                              organization_id=organization_id)
            else:
                assert isinstance(entrant, int)
                name = next((label for label, value in self._all if value == entrant), "")
                add_entry(ctx.db, ctx.actor, self.event_row.id, kind, entrant)
        except Exception as exc:
            self._say(error_text(exc), error=True)
            self.search.setFocus()
            self.search.selectAll()
            return False
        self.added += 1
        self.search.clear()
        self.refresh()
        self._say(self.tr("Entered: {0}. Type the next one.").format(name), error=False)
        self.search.setFocus()
        self.changed.emit()
        return True

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)

    def new_team(self) -> QDialog:
        from desktop.ui.competitions.team_dialog import TeamDialog

        dialog = TeamDialog(self._context, self.competition_id, None, self)
        dialog.finished.connect(lambda _r: self._team_made(dialog))
        dialog.open()
        return dialog

    def _team_made(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "saved_id", None)
        self.refresh()
        if saved is not None:
            self.enter(saved)
        self.search.setFocus()

    def has_unsaved_changes(self) -> bool:
        return False

