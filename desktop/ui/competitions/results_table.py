"""The results grid's table: rank (worked out or typed), 并列, entrant, score, award (a combo of the tiers).

Keys handled here: Enter / Tab move on (the dialog decides where), "=" ties the row with the one above,
Ctrl+↑/↓ moves a row, Delete clears cells. Which entrant a row means is decided by ``ResultsGrid``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.services.competition_rules import ranks_for_order

RANK, TIE, ENTRANT, DETAIL, SCORE, AWARD, PROBLEM = range(7)
ORDER = (RANK, TIE, ENTRANT, SCORE, AWARD)  # Tab goes through these
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
RANK_TYPED_ROLE = Qt.ItemDataRole.UserRole + 2  # an overriding rank (int) or "-" (no rank)
PROBLEM_COLOR = QColor("#b00020")
COMPUTED_COLOR = QColor("#555555")


def normalized_award(text: str, tiers: tuple[str, ...]) -> str:
    """"1" → the first tier, a unique part of a tier's name → that tier, else the text as typed."""
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= len(tiers):
        return tiers[int(text) - 1]
    if not text or text in tiers:
        return text
    found = [t for t in tiers if text in t]
    return found[0] if len(found) == 1 else text


class AwardDelegate(QStyledItemDelegate):
    """The award column edits with a combo of the competition's tiers."""

    def __init__(self, tiers: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.tiers = tiers

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() != AWARD:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(["", *self.tiers])
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data() or ""))
            editor.lineEdit().selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


class ResultsTable(QTableWidget):
    """The rows; ``contents_changed`` after every edit. Resolution and checks live in the dialog."""

    contents_changed = Signal()
    enter_pressed = Signal(int, int, str)  # row, column, "enter" / "next" / "previous"

    def __init__(self, tiers: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.updating = False
        self.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("Tie"), self.tr("Entrant"), self.tr("ID / team"),
                                        self.tr("Score"), self.tr("Award"), self.tr("Problem")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setItemDelegate(AwardDelegate(tiers, self))
        header = self.horizontalHeader()
        for column, width in ((RANK, 50), (TIE, 44), (ENTRANT, 150), (DETAIL, 220), (SCORE, 90), (AWARD, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(lambda _item: None if self.updating else self.contents_changed.emit())
        self.add_row()

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_text(self, row: int, column: int, text: str) -> None:
        updating, self.updating = self.updating, True
        self.item(row, column).setText(text)
        self.updating = updating

    def add_row(self) -> int:
        row = self.rowCount()
        updating, self.updating = self.updating, True
        self.insertRow(row)
        for column in range(7):
            item = QTableWidgetItem("")
            if column in (DETAIL, PROBLEM):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column == TIE:
                item.setFlags((item.flags() & ~Qt.ItemFlag.ItemIsEditable) | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            if column == RANK:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, column, item)
        self.updating = updating
        return row

    def tied(self, row: int) -> bool:
        return self.item(row, TIE).checkState() == Qt.CheckState.Checked

    def set_tied(self, row: int, on: bool) -> None:
        updating, self.updating = self.updating, True
        self.item(row, TIE).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.updating = updating
        self.contents_changed.emit()

    def entry_id(self, row: int) -> int | None:
        value = self.item(row, ENTRANT).data(ENTRY_ROLE)
        return int(value) if value is not None else None

    def is_empty(self, row: int) -> bool:
        return not any(self.text(row, c) for c in (ENTRANT, SCORE, AWARD))

    def used_rows(self) -> list[int]:
        return [row for row in range(self.rowCount()) if not self.is_empty(row)]

    def shown_ranks(self) -> dict[int, int | None]:
        """The rank each used row will get: worked out from the order and the ties, unless typed."""
        rows = self.used_rows()
        base = ranks_for_order([self.tied(row) for row in rows])
        ranks: dict[int, int | None] = {}
        previous: int | None = None
        for i, row in enumerate(rows):
            typed = self.item(row, RANK).data(RANK_TYPED_ROLE)
            if typed == "-":
                rank = None
            elif isinstance(typed, int):
                rank = typed
            elif self.tied(row) and i > 0:
                rank = previous if previous is not None else base[i]
            else:
                rank = base[i]
            ranks[row] = rank
            previous = rank
        return ranks

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        moves = {QAbstractItemDelegate.EndEditHint.SubmitModelCache: "enter",
                 QAbstractItemDelegate.EndEditHint.EditNextItem: "next",
                 QAbstractItemDelegate.EndEditHint.EditPreviousItem: "previous"}
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if hint in moves else hint)
        if hint in moves:
            self.enter_pressed.emit(self.currentRow(), self.currentColumn(), moves[hint])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and self.currentRow() >= 0:
            key, row = event.key(), self.currentRow()
            moves = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "next",
                     Qt.Key.Key_Backtab: "previous"}
            if key in moves and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.enter_pressed.emit(row, self.currentColumn(), moves[key])
                return
            if event.text() == "=":
                self.set_tied(row, not self.tied(row))
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.move_row(row, -1 if key == Qt.Key.Key_Up else 1)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                for item in self.selectedItems():
                    if item.column() in (ENTRANT, SCORE, AWARD, RANK):
                        item.setText("")
                return
        super().keyPressEvent(event)

    def move_row(self, row: int, step: int) -> None:
        other = row + step
        if not (0 <= row < self.rowCount() and 0 <= other < self.rowCount()):
            return
        updating, self.updating = self.updating, True
        for column in range(7):
            a, b = self.takeItem(row, column), self.takeItem(other, column)
            self.setItem(row, column, b)
            self.setItem(other, column, a)
        self.updating = updating
        self.setCurrentCell(other, self.currentColumn())
        self.contents_changed.emit()
