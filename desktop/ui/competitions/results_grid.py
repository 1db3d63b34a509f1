"""成绩录入: one event's results typed in rank order, then saved for the whole event at once.

Each row is one entrant, first place first. The clerk types the entrant (only this event's entrants are
offered; Enter on someone not yet entered offers to enter them on the spot), the score and the award
(a list of the competition's tiers; typing "1" means the first tier). The rank is worked out from the
order — a row marked 并列 ties with the row above and the next rank is skipped (1, 1, 3) — and shows in
the first column; typing a number there overrides it, "=" ties the row, "-" leaves it without a rank.
Keys: Enter moves entrant → score → award → next row; Tab goes through every column; "=" on a row
ties it; Ctrl+↑/↓ moves a row; Ctrl+S saves. Saving sends the whole event to ``record_results``; a
refusal (the tie rule, awards, the date) is shown beside the grid and nothing is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.competition_entries import ResultLine, record_results
from desktop.services.competition_queries import EntryRow, entries_of, events_of, get_competition
from desktop.services.member_rules import InvalidMember
from desktop.services.persons import search_persons
from desktop.ui.competitions.entrants import ChoicePopup, EntrantsDialog, entrant_detail, team_members_text
from desktop.ui.competitions.results_table import (
    AWARD,
    COMPUTED_COLOR,
    DETAIL,
    ENTRANT,
    ENTRY_ROLE,
    ORDER,
    PROBLEM,
    PROBLEM_COLOR,
    RANK,
    RANK_TYPED_ROLE,
    SCORE,
    TIE,
    ResultsTable,
    normalized_award,
)
from desktop.ui.context import UiContext
from desktop.ui.members.date_field import DateField
from desktop.ui.members.entry_form import ERROR_STYLE, HINT_STYLE
from desktop.ui.messages import confirm, error_text


class ResultsGrid(QDialog):
    """Results of one event; ``saved_count`` after a save (the dialog then closes)."""

    def __init__(self, context: UiContext, competition_id: int, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self.competition_id, self.event_id = context, competition_id, event_id
        self.saved_count: int | None = None
        self.popup: ChoicePopup | None = None
        self.entrants_dialog: EntrantsDialog | None = None
        db = context.db
        self.event_row = next(e for e in events_of(db, competition_id) if e.id == event_id)
        self.competition = get_competition(db, self.competition_id)
        self.tiers = self.competition.tiers
        self.setWindowTitle(self.tr("Results: {0}").format(self.event_row.name))
        self.result_on = DateField()
        self.result_on.set_value(self.default_date())
        d = self.competition.draft
        head = QFormLayout()
        head.addRow(QLabel(self.tr("{0} — {1} ({2}); awards: {3}").format(
            d.name, self.event_row.name, self.event_row.kind_label, "、".join(self.tiers))))
        head.addRow(self.tr("Result &date:"), self.result_on)
        self.grid = ResultsTable(self.tiers, self)
        self.help = QLabel(self.tr(
            "Type the entrants in finishing order: entrant, Enter, score, Enter, award (1 = the first award), Enter. "
            "Tie with the row above: tick 并列, press “=” on the row, or start the name with “=”. The rank is "
            "worked out (1, 1, 3 …); type a number in the rank column to override it, “-” for no rank. "
            "Ctrl+↑/↓ moves a row; Ctrl+S saves."))
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555555;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Remove selected rows"))
        self.add_button = QPushButton(self.tr("&Enter more entrants…"))
        self.save_button = QPushButton(self.tr("&Save results (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.remove_button, self.add_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        self.remaining = QLabel()
        self.remaining.setWordWrap(True)
        self.remaining.setStyleSheet("color: #555555;")
        side = QVBoxLayout()
        side.addWidget(self.status)
        side.addWidget(self.remaining)
        side.addStretch(1)
        self.status.setMinimumWidth(240)
        self.status.setMaximumWidth(360)
        self.remaining.setMaximumWidth(360)
        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        body.addLayout(side)
        layout.addLayout(body, 1)
        layout.addWidget(self.help)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.grid.contents_changed.connect(self._changed)
        self.grid.enter_pressed.connect(self.move_from)
        self.remove_button.clicked.connect(self.remove_selected_rows)
        self.add_button.clicked.connect(self.enter_more)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self._load()
        self.resize(1100, 560)

    def default_date(self) -> date:
        d, today = self.competition.draft, date.today()
        day = min(d.ends_on or today, today)
        return max(day, d.starts_on)

    # ------------------------------------------------------------ loading

    def _load(self) -> None:
        """This event's entrants; those with results already fill the grid in rank order."""
        db = self._context.db
        self.entries: dict[int, EntryRow] = {e.id: e for e in entries_of(db, self.event_id)}
        self._members = team_members_text(db, self.competition_id) if self.event_row.entrant_kind == "team" else {}
        self.grid.updating = True
        self.grid.setRowCount(0)
        self.prefilled: list[int] = []
        previous: int | None = None
        for entry in self.entries.values():
            if entry.rank is None and not entry.score and not entry.award:
                continue
            row = self.grid.add_row()
            self.prefilled.append(entry.id)
            self._set_entry(row, entry)
            self.grid.set_text(row, SCORE, entry.score)
            self.grid.set_text(row, AWARD, entry.award)
            tied = entry.rank is not None and entry.rank == previous
            self.grid.item(row, TIE).setCheckState(Qt.CheckState.Checked if tied else Qt.CheckState.Unchecked)
            expected = previous if tied else row + 1
            if entry.rank is None:
                self.grid.item(row, RANK).setData(RANK_TYPED_ROLE, "-")
            elif entry.rank != expected:
                self.grid.item(row, RANK).setData(RANK_TYPED_ROLE, entry.rank)
            previous = entry.rank
        self.grid.add_row()
        self.grid.updating = False
        self._check()
        self._baseline = self.snapshot()
        self.grid.setCurrentCell(len(self.prefilled), ENTRANT)
        self.grid.setFocus()

    def _set_entry(self, row: int, entry: EntryRow | None, typed: str = "") -> None:
        updating, self.grid.updating = self.grid.updating, True
        item = self.grid.item(row, ENTRANT)
        item.setData(ENTRY_ROLE, entry.id if entry else None)
        item.setText(entry.name if entry else typed)
        detail = ""
        if entry is not None:
            parts = [entrant_detail(entry, self._members), entry.organization_name
                     if entry.entrant_kind != "organization" else ""]
            detail = "  ".join(p for p in parts if p)
        self.grid.item(row, DETAIL).setText(detail)
        self.grid.updating = updating

    # ------------------------------------------------------------ what was typed

    def matches(self, text: str) -> list[EntryRow]:
        """This event's entrants that ``text`` may mean: exact name first, else name part, ID tail, search."""
        entries = list(self.entries.values())
        exact = [e for e in entries if e.name == text]
        if exact:
            return exact
        found = [e for e in entries if text in e.name or (len(text) >= 4 and e.id_number.upper().endswith(text.upper()))]
        if self.event_row.entrant_kind == "person":
            ids = {p.id for p in search_persons(self._context.db, text)}
            found += [e for e in entries if e.entrant_id in ids and e not in found]
        return found

    def _changed(self) -> None:
        updating, self.grid.updating = self.grid.updating, True
        for row in range(self.grid.rowCount()):
            self._read_row(row)
        self.grid.updating = updating
        if self.grid.rowCount() == 0 or not self.grid.is_empty(self.grid.rowCount() - 1):
            self.grid.add_row()
        self._check()

    def _read_row(self, row: int) -> None:
        grid = self.grid
        rank_item, text = grid.item(row, RANK), grid.text(row, RANK)
        typed = rank_item.data(RANK_TYPED_ROLE)
        if text in ("=", "＝"):
            grid.item(row, TIE).setCheckState(Qt.CheckState.Checked)
            rank_item.setData(RANK_TYPED_ROLE, None)
        elif text in ("-", "—", "－"):
            rank_item.setData(RANK_TYPED_ROLE, "-")
        elif text.isdigit() and text != str(self.grid.shown_ranks().get(row, "")):
            rank_item.setData(RANK_TYPED_ROLE, int(text))
        elif not text and typed is not None:
            rank_item.setData(RANK_TYPED_ROLE, None)
        entrant = grid.text(row, ENTRANT)
        if entrant.startswith(("=", "＝")):
            entrant = entrant[1:].strip()
            grid.set_text(row, ENTRANT, entrant)
            grid.item(row, TIE).setCheckState(Qt.CheckState.Checked)
        entry = self.entries.get(grid.entry_id(row) or 0)
        if entry is None or entry.name != entrant:
            found = self.matches(entrant) if entrant else []
            self._set_entry(row, found[0] if len(found) == 1 else None, entrant)
        award = normalized_award(grid.text(row, AWARD), self.tiers)
        if award != grid.text(row, AWARD):
            grid.set_text(row, AWARD, award)

    def _check(self) -> None:
        grid = self.grid
        ranks = self.grid.shown_ranks()
        seen: dict[int, int] = {}
        updating, grid.updating = grid.updating, True
        for row in range(grid.rowCount()):
            problems: list[str] = []
            rank_item = grid.item(row, RANK)
            if row in ranks:
                rank = ranks[row]
                rank_item.setText("" if rank is None else str(rank))
                typed = rank_item.data(RANK_TYPED_ROLE) is not None
                font = QFont(rank_item.font())
                font.setBold(typed)
                rank_item.setFont(font)
                rank_item.setForeground(QBrush() if typed else QBrush(COMPUTED_COLOR))
                problems += self._row_problems(row, seen)
            else:
                rank_item.setText("")
            grid.item(row, PROBLEM).setText("；".join(problems))
            grid.item(row, PROBLEM).setForeground(QBrush(PROBLEM_COLOR))
            grid.item(row, PROBLEM).setToolTip("；".join(problems))
        grid.updating = updating
        placed = {grid.entry_id(row) for row in grid.used_rows()}
        left = [e.name for e in self.entries.values() if e.id not in placed]
        self.remaining.setText(self.tr("Entrants not in the grid ({0}): {1}").format(len(left), "、".join(left))
                               if left else self.tr("Every entrant of the event is in the grid."))

    def _row_problems(self, row: int, seen: dict[int, int]) -> list[str]:
        grid, problems = self.grid, []
        text, entry_id = grid.text(row, ENTRANT), grid.entry_id(row)
        if not text:
            problems.append(self.tr("Type the entrant."))
        elif entry_id is None:
            found = self.matches(text)
            problems.append(self.tr("{0} entrants match: press Enter on the cell to choose.").format(len(found))
                            if found else self.tr("Not entered in this event: press Enter on the cell to enter them."))
        elif entry_id in seen:
            problems.append(self.tr("Same entrant as row {0}.").format(seen[entry_id] + 1))
        else:
            seen[entry_id] = row
        award = grid.text(row, AWARD)
        if award and award not in self.tiers:
            problems.append(self.tr("“{0}” is not one of the awards ({1}).").format(award, "、".join(self.tiers)))
        return problems

    # ------------------------------------------------------------ keyboard

    def move_from(self, row: int, column: int, how: str) -> None:
        grid = self.grid
        if how == "enter" and column == ENTRANT and grid.text(row, ENTRANT) and grid.entry_id(row) is None:
            self.choose_entrant(row)
            return
        if how == "enter":
            target = {RANK: (row, ENTRANT), TIE: (row, ENTRANT), ENTRANT: (row, SCORE), SCORE: (row, AWARD),
                      AWARD: (row + 1, ENTRANT)}.get(column, (row + 1, ENTRANT))
        elif how == "previous":
            before = [c for c in ORDER if c < column]
            target = (row, before[-1]) if before else (max(0, row - 1), AWARD if row > 0 else RANK)
        else:
            after = [c for c in ORDER if c > column]
            target = (row, after[0]) if after else (row + 1, RANK)
        while target[0] >= grid.rowCount():
            grid.add_row()
        grid.setCurrentCell(*target)
        grid.setFocus()

    def choose_entrant(self, row: int) -> ChoicePopup | None:
        """Several entrants match: choose one; nobody entered matches: enter someone in the event here."""
        text = self.grid.text(row, ENTRANT)
        found = self.matches(text)
        if found:
            choices = [(f"{e.name}  {entrant_detail(e, self._members)}  {e.organization_name}".strip(), e.id)
                       for e in found]
            title = self.tr("“{0}”: {1} entrants match. ↑↓ then Enter; Esc to type more.").format(text, len(found))
        else:
            return self._enter_new(row, text)
        popup = ChoicePopup(choices, title, self)
        self.popup = popup
        popup.chosen.connect(lambda entry_id: self._picked(row, entry_id))
        popup.finished.connect(lambda _r: self.grid.setFocus())
        popup.show_below(self.grid.viewport())
        return popup

    def _picked(self, row: int, entry_id: object) -> None:
        self._set_entry(row, self.entries[int(entry_id)])  # type: ignore[call-overload]
        self._changed()
        self.move_from(row, ENTRANT, "enter")

    def _enter_new(self, row: int, text: str) -> None:
        """Open the entrants dialog with what was typed; whoever is entered there fills the row."""
        dialog = self.enter_more()
        dialog.search.setText(text)
        dialog.changed.connect(lambda: self._entered_meanwhile(row))
        return None

    def _entered_meanwhile(self, row: int) -> None:
        before = set(self.entries)
        self.entries = {e.id: e for e in entries_of(self._context.db, self.event_id)}
        new = [self.entries[i] for i in self.entries if i not in before]
        if len(new) == 1 and self.grid.entry_id(row) is None:
            self._set_entry(row, new[0])
            self._changed()
            if self.entrants_dialog is not None:
                self.entrants_dialog.accept()
            self.move_from(row, ENTRANT, "enter")

    def enter_more(self) -> EntrantsDialog:
        dialog = EntrantsDialog(self._context, self.competition_id, self.event_row, self)
        self.entrants_dialog = dialog
        dialog.finished.connect(lambda _r: self._entrants_closed(dialog))
        dialog.open()
        return dialog

    def _entrants_closed(self, dialog: EntrantsDialog) -> None:
        if self.entrants_dialog is dialog:
            self.entrants_dialog = None
        self.entries = {e.id: e for e in entries_of(self._context.db, self.event_id)}
        self._changed()
        self.grid.setFocus()

    def remove_selected_rows(self) -> None:
        rows = sorted({i.row() for i in self.grid.selectedIndexes()} or {self.grid.currentRow()}, reverse=True)
        for row in rows:
            if 0 <= row < self.grid.rowCount():
                self.grid.removeRow(row)
        self._changed()

    # ------------------------------------------------------------ saving

    def snapshot(self) -> tuple[object, ...]:
        g = self.grid
        return tuple((g.entry_id(r), g.text(r, ENTRANT), g.tied(r), g.text(r, RANK), g.text(r, SCORE),
                      g.text(r, AWARD)) for r in g.used_rows())

    def has_unsaved_changes(self) -> bool:
        return self.snapshot() != self._baseline

    def _say(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)

    def lines(self) -> list[ResultLine]:
        ranks = self.grid.shown_ranks()
        grid = self.grid
        lines = [ResultLine(grid.entry_id(row) or 0, grid.text(row, SCORE), ranks.get(row), grid.text(row, AWARD))
                 for row in grid.used_rows()]
        kept = {line.entry_id for line in lines}
        lines += [ResultLine(entry_id) for entry_id in self.prefilled if entry_id not in kept]  # taken off the grid
        return lines

    def save(self) -> bool:
        self._changed()
        bad = [row for row in self.grid.used_rows() if self.grid.text(row, PROBLEM)]
        if bad:
            self._say(self.tr("Nothing was saved: rows {0} have problems (see the Problem column).").format(
                "、".join(str(r + 1) for r in bad)), error=True)
            self.grid.setCurrentCell(bad[0], ENTRANT)
            self.grid.setFocus()
            return False
        self.result_on.tidy()
        result_on = self.result_on.value()
        if result_on is None:
            self._say(self.tr("Enter the result date as 2026-05-03."), error=True)
            self.result_on.setFocus()
            return False
        ctx = self._context
        try:
            self.saved_count = record_results(ctx.db, ctx.actor, self.event_id, self.lines(), result_on)
        except InvalidMember as exc:
            self._say(self.tr("Nothing was saved:") + "\n" + "\n".join(p.message for p in exc.problems), error=True)
            return False
        except Exception as exc:
            self._say(self.tr("Nothing was saved:") + "\n" + error_text(exc), error=True)
            return False
        self._baseline = self.snapshot()
        self.accept()
        return True

    def close_without_asking(self) -> None:
        self._baseline = self.snapshot()
        super().reject()

    def reject(self) -> None:
        if self.has_unsaved_changes() and not confirm(self, self.tr("Unsaved results"), self.tr(
                "The results typed have not been saved. Close and discard them?")):
            return
        super().reject()

