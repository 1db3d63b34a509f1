"""The batch grid itself: rows typed or pasted, each resolved to a person and checked as it changes.

Keyboard: Enter moves on (from the first column straight to the next row once the row has its amounts,
which are copied from the row above); Tab moves to the next column; Delete clears cells; Ctrl+V pastes
rows copied from Excel (lookup text, cash, items, items value, note). Several matches open a chooser.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from db import Database
from desktop.ui.aid.batch_chooser import PersonChooser
from desktop.ui.aid.batch_rows import (
    Resolution,
    RowState,
    amount_problems,
    earlier_text,
    parse_pasted,
    person_label,
    resolve,
)

LOOKUP, PERSON, CASH, ITEMS, VALUE, NOTE, PROBLEM = range(7)
EDITABLE = (LOOKUP, CASH, ITEMS, VALUE, NOTE)
PASTED = (LOOKUP, CASH, ITEMS, VALUE, NOTE)  # the order of columns copied from Excel
PROBLEM_COLOR = QColor("#b00020")
NEW_PERSON_COLOR = QColor("#1b5e20")


class BatchTable(QTableWidget):
    """Rows of one campaign's batch; ``contents_changed`` after every edit, paste or removal."""

    contents_changed = Signal()

    def __init__(self, db: Database, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self._db, self.campaign_id = db, campaign_id
        self.chooser: PersonChooser | None = None
        self._states: list[RowState] = []
        self._updating = False
        self.setHorizontalHeaderLabels([
            self.tr("Name, ID number or mobile"), self.tr("Matched person"), self.tr("Cash (yuan)"),
            self.tr("Items"), self.tr("Items value (yuan)"), self.tr("Note"), self.tr("Problem")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        header = self.horizontalHeader()
        for column, width in ((LOOKUP, 200), (PERSON, 240), (CASH, 90), (ITEMS, 130), (VALUE, 120), (NOTE, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self._item_changed)
        self._add_row()
        self.setCurrentCell(0, LOOKUP)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        moves = {QAbstractItemDelegate.EndEditHint.SubmitModelCache: "enter",
                 QAbstractItemDelegate.EndEditHint.EditNextItem: "next",
                 QAbstractItemDelegate.EndEditHint.EditPreviousItem: "previous"}
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if hint in moves else hint)
        if hint in moves:
            self.move_from(self.currentRow(), self.currentColumn(), moves[hint])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_text(QGuiApplication.clipboard().text())
                return
            key = event.key()
            moves = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "next",
                     Qt.Key.Key_Backtab: "previous"}
            if key in moves and self.currentRow() >= 0:
                self.move_from(self.currentRow(), self.currentColumn(), moves[key])
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selected_cells()
                return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ rows and cells

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def _set(self, row: int, column: int, text: str) -> None:
        updating, self._updating = self._updating, True
        item = self.item(row, column)
        if item is not None:
            item.setText(text)
        self._updating = updating

    def _add_row(self) -> int:
        row = self.rowCount()
        updating, self._updating = self._updating, True
        self.insertRow(row)
        for column in range(7):
            item = QTableWidgetItem("")
            if column not in EDITABLE:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column in (CASH, VALUE):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, column, item)
        self._states.append(RowState())
        self._updating = updating
        return row

    def is_empty(self, row: int) -> bool:
        return not any(self.text(row, column) for column in EDITABLE)

    def used_rows(self) -> list[int]:
        return [row for row in range(self.rowCount()) if not self.is_empty(row)]

    def _ensure_trailing_row(self) -> None:
        if self.rowCount() == 0 or not self.is_empty(self.rowCount() - 1):
            self._add_row()

    def row_state(self, row: int) -> RowState:
        return self._states[row]

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        row = item.row()
        self._states[row].save_error = ""
        if item.column() == LOOKUP:
            self._resolve(row)
            self._fill_defaults(row)
        self._after_change()

    def _after_change(self) -> None:
        self._check_rows()
        self._ensure_trailing_row()
        self.contents_changed.emit()

    def _resolve(self, row: int) -> None:
        text = self.text(row, LOOKUP)
        resolution = resolve(self._db, text) if text else Resolution()
        self._set_resolution(row, resolution)

    def _set_resolution(self, row: int, resolution: Resolution) -> None:
        state = self._states[row]
        state.resolution = resolution
        person = resolution.person
        state.earlier = earlier_text(self._db, person.id, self.campaign_id) if person is not None else ""

    def _fill_defaults(self, row: int) -> None:
        """A row just started takes the amounts and items of the nearest row above that has them."""
        if not self.text(row, LOOKUP) or any(self.text(row, c) for c in (CASH, ITEMS, VALUE)):
            return
        for above in range(row - 1, -1, -1):
            if any(self.text(above, c) for c in (CASH, ITEMS, VALUE)):
                for column in (CASH, ITEMS, VALUE):
                    self._set(row, column, self.text(above, column))
                return

    def problem(self, row: int) -> str:
        return self.text(row, PROBLEM)

    def _check_rows(self) -> None:
        """Write the matched person and the problem of every row (duplicates depend on the other rows)."""
        updating, self._updating = self._updating, True
        seen: dict[object, int] = {}
        for row in range(self.rowCount()):
            state = self._states[row]
            resolution = state.resolution
            problems: list[str] = []
            if not self.is_empty(row):
                if not self.text(row, LOOKUP):
                    problems.append(self.tr("Type the name or ID number of the recipient."))
                elif resolution.problem:
                    problems.append(resolution.problem)
                problems += amount_problems(self.text(row, CASH), self.text(row, ITEMS), self.text(row, VALUE))[2]
                key = resolution.key
                if key is not None and key in seen:
                    problems.append(self.tr("Same person as row {0}.").format(seen[key] + 1))
                elif key is not None:
                    seen[key] = row
                if state.earlier:
                    problems.append(state.earlier)
                if state.save_error:
                    problems.append(state.save_error)
            self._set(row, PERSON, person_label(resolution))
            self._set(row, PROBLEM, "；".join(problems))
            person_item, problem_item = self.item(row, PERSON), self.item(row, PROBLEM)
            problem_item.setForeground(QBrush(PROBLEM_COLOR))
            problem_item.setToolTip(problem_item.text())
            person_item.setForeground(QBrush(NEW_PERSON_COLOR) if resolution.identity else QBrush())
        self._updating = updating

    # ------------------------------------------------------------ keyboard

    def move_from(self, row: int, column: int, how: str) -> None:
        if row < 0:
            return
        state = self._states[row] if row < len(self._states) else RowState()
        if how == "enter" and column == LOOKUP and state.resolution.candidates and state.resolution.person is None:
            self.open_chooser(row)
            return
        if how == "previous":
            before = [c for c in EDITABLE if c < column]
            target = (row, before[-1]) if before else (max(0, row - 1), NOTE if row > 0 else LOOKUP)
        elif how == "enter" and column == LOOKUP and (self.text(row, CASH) or self.text(row, VALUE)):
            target = (row + 1, LOOKUP)
        else:
            after = [c for c in EDITABLE if c > column]
            target = (row, after[0]) if after else (row + 1, LOOKUP)
        while target[0] >= self.rowCount():
            self._add_row()
        self.setCurrentCell(*target)

    def clear_selected_cells(self) -> None:
        items = [i for i in self.selectedItems() if i.column() in EDITABLE and i.text()]
        rows = {i.row() for i in items}
        for item in items:
            self._set(item.row(), item.column(), "")
        for row in rows:
            if not self.text(row, LOOKUP):
                self._states[row] = RowState()
        self._after_change()

    def remove_selected_rows(self) -> None:
        rows = sorted({i.row() for i in self.selectedIndexes()} or {self.currentRow()}, reverse=True)
        for row in rows:
            if 0 <= row < self.rowCount():
                self.removeRow(row)
                del self._states[row]
        self._after_change()

    def open_chooser(self, row: int) -> PersonChooser:
        candidates = self._states[row].resolution.candidates
        chooser = PersonChooser(candidates, self.text(row, LOOKUP), self)
        self.chooser = chooser

        def chosen(person: object) -> None:
            self._set_resolution(row, Resolution(person=person))  # type: ignore[arg-type]
            self._fill_defaults(row)
            self._after_change()
            self.move_from(row, LOOKUP, "enter")

        chooser.chosen.connect(chosen)
        chooser.finished.connect(lambda _r: self._chooser_closed(chooser))
        rect = self.visualItemRect(self.item(row, LOOKUP))
        chooser.show_at(self.viewport().mapToGlobal(rect.bottomLeft()))
        return chooser

    def _chooser_closed(self, chooser: PersonChooser) -> None:
        if self.chooser is chooser:
            self.chooser = None
        self.setFocus()

    def paste_text(self, text: str) -> int:
        """Rows copied from Excel go below the rows already typed; returns how many were added."""
        rows = parse_pasted(text, len(PASTED))
        start = len(self.used_rows()) and max(self.used_rows()) + 1
        for offset, cells in enumerate(rows):
            row = start + offset
            while row >= self.rowCount():
                self._add_row()
            for column, value in zip(PASTED, cells, strict=True):
                self._set(row, column, value)
            self._resolve(row)
            self._fill_defaults(row)
        self._after_change()
        if rows:
            self.setCurrentCell(start, LOOKUP)
        return len(rows)

    # ------------------------------------------------------------ for saving

    def amounts(self, row: int) -> tuple[int, int]:
        """(cash fen, items value fen) of a row; 0 for what cannot be read."""
        cash, value, _ = amount_problems(self.text(row, CASH), self.text(row, ITEMS), self.text(row, VALUE))
        return cash, value

    def recheck(self) -> list[int]:
        """Look earlier aid up again (someone may have entered the same person meanwhile); the rows with problems."""
        for row in self.used_rows():
            person = self._states[row].resolution.person
            self._states[row].earlier = earlier_text(self._db, person.id, self.campaign_id) if person else ""
        self._check_rows()
        return [row for row in self.used_rows() if self.problem(row)]

    def finish_save(self, saved: list[int], failed: list[tuple[int, str]]) -> None:
        """Saved rows leave the grid; refused ones stay with the service's reason."""
        for row, reason in failed:
            self._states[row].save_error = reason
        for row in sorted(saved, reverse=True):
            self.removeRow(row)
            del self._states[row]
        self._after_change()
        if self.rowCount():
            self.setCurrentCell(0, LOOKUP)
