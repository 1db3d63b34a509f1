"""One competition: its particulars, its events (left), the selected event's entrants with results (right),
and the competition's teams (bottom left).

Buttons act on the selection: add / rename / void an event; add entrants, enter results, withdraw an
entrant; new team, edit members. ``changed`` is emitted after anything was saved so the list refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.competition_entries import withdraw_entry
from desktop.services.competition_queries import CompetitionRow, EntryRow, EventRow, entries_of, events_of
from desktop.services.competitions import void_event
from desktop.ui.competitions.competition_dialog import EventDialog
from desktop.ui.competitions.entrants import EntrantsDialog, entrant_detail, team_members_text
from desktop.ui.competitions.results_grid import ResultsGrid
from desktop.ui.competitions.team_dialog import TeamsPanel
from desktop.ui.context import UiContext
from desktop.ui.members.event_dialogs import ReasonDialog
from desktop.ui.messages import show_error
from desktop.ui.table_model import Column, RowTableModel, list_table, selected_row


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold;")
    return label


class CompetitionView(QWidget):
    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.competition: CompetitionRow | None = None
        self.dialog: QDialog | None = None
        self._events: list[EventRow] = []
        self._members: dict[int, str] = {}
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.events = QTableWidget(0, 4)
        self.events.setHorizontalHeaderLabels([self.tr("Event"), self.tr("Entrants are"), self.tr("Entered"),
                                               self.tr("Results")])
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.verticalHeader().hide()
        self.events.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_event_button = QPushButton(self.tr("Add e&vent…"))
        self.rename_event_button = QPushButton(self.tr("Rena&me…"))
        self.void_event_button = QPushButton(self.tr("Void event…"))
        self.model: RowTableModel[EntryRow] = RowTableModel([
            Column(self.tr("Rank"), lambda e: "" if e.rank is None else str(e.rank), align_right=True),
            Column(self.tr("Entrant"), lambda e: e.name),
            Column(self.tr("ID / team"), lambda e: entrant_detail(e, self._members)),
            Column(self.tr("Representing"), lambda e: e.organization_name if e.entrant_kind != "organization" else ""),
            Column(self.tr("Score"), lambda e: e.score),
            Column(self.tr("Award"), lambda e: e.award),
            Column(self.tr("Result date"), lambda e: e.result_on.isoformat() if e.result_on else ""),
        ], self)
        self.entries = list_table(self.model)
        self.entries_title = _bold(self.tr("Entrants"))
        self.add_entrants_button = QPushButton(self.tr("&Add entrants…"))
        self.results_button = QPushButton(self.tr("Enter &results…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.teams = TeamsPanel(context)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_bold(self.tr("Events")))
        left_layout.addWidget(self.events, 2)
        event_buttons = QHBoxLayout()
        for button in (self.add_event_button, self.rename_event_button, self.void_event_button):
            event_buttons.addWidget(button)
        left_layout.addLayout(event_buttons)
        left_layout.addWidget(self.teams, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.entries_title)
        right_layout.addWidget(self.entries, 1)
        entry_buttons = QHBoxLayout()
        entry_buttons.addStretch(1)
        for button in (self.withdraw_button, self.add_entrants_button, self.results_button):
            entry_buttons.addWidget(button)
        right_layout.addLayout(entry_buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

        self.events.itemSelectionChanged.connect(self._event_selected)
        self.entries.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.add_event_button.clicked.connect(self.add_event)
        self.rename_event_button.clicked.connect(self.rename_event)
        self.void_event_button.clicked.connect(self.void_event)
        self.add_entrants_button.clicked.connect(self.add_entrants)
        self.results_button.clicked.connect(self.enter_results)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.events.activated.connect(lambda _i: self.enter_results())
        self.teams.changed.connect(self._saved)
        self.show_competition(None)

    # ------------------------------------------------------------ showing

    def show_competition(self, competition: CompetitionRow | None) -> None:
        keep = self.selected_event()
        same = competition is not None and self.competition is not None and competition.id == self.competition.id
        self.competition = competition
        if competition is None:
            self.header.setText(self.tr("Choose a competition above, or create one with Ctrl+N."))
            self._events = []
        else:
            d = competition.draft
            dates = d.starts_on.isoformat() + (f" — {d.ends_on.isoformat()}" if d.ends_on else "")
            parts = [f"<b>{d.name}</b>", f"{d.kind} · {d.level}", dates]
            if d.organizer:
                parts.append(self.tr("Organizer: {0}").format(d.organizer))
            if d.host:
                parts.append(self.tr("Host: {0}").format(d.host))
            if d.document_number:
                parts.append(self.tr("Document: {0}").format(d.document_number))
            parts.append(self.tr("Awards: {0}").format("、".join(competition.tiers)))
            if competition.voided:
                parts.append("<span style='color:#b00020'>" + self.tr("Voided") + "</span>")
            self.header.setText("　".join(parts))
            self._events = events_of(self._context.db, competition.id)
        self.events.setRowCount(len(self._events))
        for row, event in enumerate(self._events):
            texts = (event.name, event.kind_label, str(event.entries), str(event.results))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.events.setItem(row, column, item)
        self.teams.show_competition(competition.id if competition else None, editable=self.editable())
        if self._events:
            index = next((i for i, e in enumerate(self._events) if same and keep and e.id == keep.id), 0)
            self.events.selectRow(index)
        self._event_selected()

    def editable(self) -> bool:
        return self.competition is not None and not self.competition.voided

    def selected_event(self) -> EventRow | None:
        row = self.events.currentRow()
        rows = self.events.selectionModel().selectedRows()
        if rows:
            row = rows[0].row()
        return self._events[row] if rows and 0 <= row < len(self._events) else None

    def select_event(self, event_id: int) -> None:
        for row, event in enumerate(self._events):
            if event.id == event_id:
                self.events.selectRow(row)

    def _event_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            self.model.set_rows([])
            self.entries_title.setText(self.tr("Entrants"))
        else:
            db = self._context.db
            assert self.competition is not None
            self._members = team_members_text(db, self.competition.id) if event.entrant_kind == "team" else {}
            self.model.set_rows(entries_of(db, event.id))
            self.entries.resizeColumnsToContents()
            self.entries_title.setText(self.tr("Entrants of “{0}” ({1})").format(event.name, event.kind_label))
        self._update_buttons()

    def entry_rows(self) -> list[EntryRow]:
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def selected_entry(self) -> EntryRow | None:
        return selected_row(self.entries, self.model)

    def _update_buttons(self) -> None:
        editable, event = self.editable(), self.selected_event()
        self.add_event_button.setEnabled(editable)
        for button in (self.rename_event_button, self.void_event_button, self.add_entrants_button,
                       self.results_button):
            button.setEnabled(editable and event is not None)
        self.withdraw_button.setEnabled(editable and self.selected_entry() is not None)

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        self.show_competition(self.competition)

    # ------------------------------------------------------------ dialogs

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._closed(dialog, result))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if result == QDialog.DialogCode.Accepted or getattr(dialog, "added", 0):
            self._saved()
            saved = getattr(dialog, "saved_id", None)
            if isinstance(dialog, EventDialog) and saved is not None:
                self.select_event(saved)

    def add_event(self) -> EventDialog | None:
        if not self.editable():
            return None
        assert self.competition is not None
        return self._open(EventDialog(self._context, self.competition.id, None, self))  # type: ignore[return-value]

    def rename_event(self) -> EventDialog | None:
        event = self.selected_event()
        if not self.editable() or event is None:
            return None
        assert self.competition is not None
        return self._open(EventDialog(self._context, self.competition.id, event, self))  # type: ignore[return-value]

    def void_event(self) -> ReasonDialog | None:
        event = self.selected_event()
        if not self.editable() or event is None:
            return None
        ctx = self._context
        return self._open(ReasonDialog(  # type: ignore[return-value]
            self.tr("Void event"), self.tr("Void the event “{0}” only if it was set up by mistake. Why?").format(
                event.name), self.tr("&Void"), lambda reason: void_event(ctx.db, ctx.actor, event.id, reason), self))

    def add_entrants(self) -> EntrantsDialog | None:
        event = self.selected_event()
        if not self.editable() or event is None:
            return None
        assert self.competition is not None
        dialog = EntrantsDialog(self._context, self.competition.id, event, self)
        dialog.changed.connect(self._event_selected)
        return self._open(dialog)  # type: ignore[return-value]

    def enter_results(self) -> ResultsGrid | None:
        event = self.selected_event()
        if not self.editable() or event is None:
            return None
        assert self.competition is not None
        try:
            dialog = ResultsGrid(self._context, self.competition.id, event.id, self)
        except Exception as exc:
            show_error(self, exc)
            return None
        return self._open(dialog)  # type: ignore[return-value]

    def withdraw(self) -> ReasonDialog | None:
        entry = self.selected_entry()
        if not self.editable() or entry is None:
            return None
        ctx = self._context
        return self._open(ReasonDialog(  # type: ignore[return-value]
            self.tr("Withdraw entrant"), self.tr("Withdraw “{0}” from the event (kept on record, left out of the "
                                                 "results). Why?").format(entry.name),
            self.tr("&Withdraw"), lambda reason: withdraw_entry(ctx.db, ctx.actor, entry.id, reason), self))

    def has_unsaved_changes(self) -> bool:
        check = getattr(self.dialog, "has_unsaved_changes", None)
        return bool(check and check()) or self.teams.has_unsaved_changes()
