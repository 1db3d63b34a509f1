"""Widgets of the hardship form: an amount typed in 元 (kept in fen) and the editable family table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import InvalidAmount, parse_amount
from desktop.services.hardship_rules import FamilyMemberDraft, yuan
from desktop.services.member_rules import FieldProblem
from desktop.ui.members.entry_form import ERROR_STYLE, grow_to_fit


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class ProblemLabels:
    """The red lines beside a form's fields, hidden while empty; field "" is the line for everything else."""

    def __init__(self, owner: QWidget, general: QLabel) -> None:
        self._owner = owner
        self._labels: dict[str, tuple[QFormLayout | None, QLabel]] = {"": (None, general)}

    def add_row(self, form: QFormLayout, field: str, caption: str, widget: QWidget) -> None:
        """``widget`` with its caption, and its (hidden) error line below it."""
        form.addRow(caption, widget)
        label = error_label()
        form.addRow("", label)
        form.setRowVisible(label, False)
        self._labels[field] = (form, label)

    def add_label(self, field: str, label: QLabel) -> None:
        self._labels[field] = (None, label)

    def __contains__(self, field: str) -> bool:
        return field in self._labels

    def set(self, field: str, message: str) -> None:
        form, label = self._labels.get(field) or self._labels[""]
        label.setText(message)
        if form is None:
            label.setVisible(bool(message))
        else:
            form.setRowVisible(label, bool(message))
        if message:
            grow_to_fit(self._owner.window())

    def text(self, field: str) -> str:
        return self._labels[field][1].text()

    def clear(self) -> None:
        for field in self._labels:
            self.set(field, "")

    def show(self, problems: list[FieldProblem]) -> None:
        """Every problem beside its field (several to a field on separate lines)."""
        self.clear()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field if problem.field in self._labels else "", []).append(problem.message)
        for field, messages in by_field.items():
            self.set(field, "\n".join(messages))


class AmountField(QLineEdit):
    """An amount in 元 as a clerk types it (1,234.5 / ¥1234.50 / 1234元); empty means 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(20)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self.editingFinished.connect(self.tidy)

    def fen(self) -> int | None:
        """The amount in fen, or None when the text is not an amount (see ``problem``)."""
        if not self.text().strip():
            return 0
        try:
            return parse_amount(self.text())
        except InvalidAmount:
            return None

    def problem(self) -> str:
        if not self.text().strip():
            return ""
        try:
            parse_amount(self.text())
        except InvalidAmount as exc:
            return str(exc)
        return ""

    def set_fen(self, fen: int) -> None:
        self.setText(yuan(fen) if fen else "")

    def tidy(self) -> None:
        fen = self.fen()
        if fen is not None and self.text().strip() and self.text() != yuan(fen):
            self.setText(yuan(fen))


class FamilyTable(QWidget):
    """家庭成员: one row each (name, relation, ID number, annual income in 元, health, work or school)."""

    changed = Signal()
    rows_changed = Signal(int)  # the number of rows, after one was added or removed

    NAME, RELATION, ID_NUMBER, INCOME, HEALTH, WORK = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Relation"), self.tr("ID number"), self.tr("Annual income (yuan)"),
            self.tr("Health"), self.tr("Employer or school")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        for column, width in ((self.NAME, 90), (self.RELATION, 70), (self.ID_NUMBER, 170), (self.HEALTH, 80)):
            self.table.setColumnWidth(column, max(width, self.table.columnWidth(column)))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(True)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("&Add family member (Ctrl+Shift+A)"))
        self.remove_button = QPushButton(self.tr("Remove selected &row"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter saves the file, whatever has the focus
        add_shortcut = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        add_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_shortcut.activated.connect(lambda: self.add_row())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def row_count(self) -> int:
        return self.table.rowCount()

    def add_row(self, member: FamilyMemberDraft | None = None) -> int:
        row = self.table.rowCount()
        blocked = self.table.blockSignals(True)
        self.table.insertRow(row)
        values = ("",) * 6 if member is None else (
            member.name, member.relation, member.id_number, yuan(member.annual_income_fen)
            if member.annual_income_fen else "", member.health, member.work_or_school)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == self.INCOME:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.table.blockSignals(blocked)
        if member is None:
            self.table.setCurrentCell(row, self.NAME)
            self.table.setFocus()
        self.rows_changed.emit(self.table.rowCount())
        self.changed.emit()
        return row

    def set_cell(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        assert item is not None
        item.setText(text)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.rows_changed.emit(self.table.rowCount())
            self.changed.emit()

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.changed.emit()

    def load(self, family: tuple[FamilyMemberDraft, ...]) -> None:
        self.table.setRowCount(0)
        for member in family:
            self.add_row(member)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def snapshot(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(self._text(r, c) for c in range(6)) for r in range(self.table.rowCount()))

    def members(self) -> tuple[tuple[FamilyMemberDraft, ...], list[FieldProblem]]:
        """The rows typed (empty rows skipped), and incomes that are not amounts."""
        family: list[FamilyMemberDraft] = []
        problems: list[FieldProblem] = []
        for row, cells in enumerate(self.snapshot(), start=1):
            if not any(cells):
                continue
            income = 0
            if cells[self.INCOME]:
                try:
                    income = parse_amount(cells[self.INCOME])
                except InvalidAmount as exc:
                    problems.append(FieldProblem("family", self.tr("Family member row {0}: {1}").format(row, exc)))
            family.append(FamilyMemberDraft(cells[self.NAME], cells[self.RELATION], cells[self.ID_NUMBER], income,
                                            cells[self.HEALTH], cells[self.WORK]))
        return tuple(family), problems
