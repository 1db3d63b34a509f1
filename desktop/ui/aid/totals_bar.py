"""帮扶合计: counted money by category, campaign or fund source for a period — approved and paid only."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from db import Database
from desktop.domain.money import format_amount
from desktop.services.aid_totals import AidTotals, TotalRow, aid_totals
from desktop.ui.table_model import AnyIndex, Column, RowTableModel

ROW_HEIGHT = 22
MAX_ROWS_SHOWN = 8


def period_range(key: str, today: date | None = None) -> tuple[date | None, date | None]:
    """"year", "quarter", "month" (the current one) or "all" → (first day, last day)."""
    today = today or date.today()
    if key == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if key == "quarter":
        first = (today.month - 1) // 3 * 3 + 1
        end = date(today.year + 1, 1, 1) if first == 10 else date(today.year, first + 3, 1)
        return date(today.year, first, 1), date.fromordinal(end.toordinal() - 1)
    if key == "month":
        end = date(today.year + 1, 1, 1) if today.month == 12 else date(today.year, today.month + 1, 1)
        return date(today.year, today.month, 1), date.fromordinal(end.toordinal() - 1)
    return None, None


class _TotalsModel(RowTableModel[TotalRow]):
    """The last row is the 合计 row, in bold."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() == self.rowCount() - 1:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class TotalsBar(QWidget):
    """A dimension chooser, a period chooser, and a compact table ending with the 合计 row."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.totals: AidTotals | None = None
        self.dimension = QComboBox()
        self.dimension.addItem(self.tr("By category"), "category")
        self.dimension.addItem(self.tr("By campaign"), "campaign")
        self.dimension.addItem(self.tr("By fund source"), "fund_source")
        self.period = QComboBox()
        self.period.addItem(self.tr("This year"), "year")
        self.period.addItem(self.tr("This quarter"), "quarter")
        self.period.addItem(self.tr("This month"), "month")
        self.period.addItem(self.tr("All time"), "all")
        self.caption = QLabel(self.tr("Only approved and paid records count; reversals are netted out."))
        self.caption.setStyleSheet("color: #555555; font-size: 11px;")
        self.grand = QLabel()  # the 合计 stays in sight however many rows scroll
        self.grand.setStyleSheet("font-weight: bold;")
        self.model = _TotalsModel([
            Column(self.tr("Key"), lambda r: r.key),
            Column(self.tr("Persons"), lambda r: str(r.persons), align_right=True),
            Column(self.tr("Cash"), lambda r: format_amount(r.cash_fen), align_right=True),
            Column(self.tr("Items value"), lambda r: format_amount(r.items_value_fen), align_right=True),
            Column(self.tr("Total"), lambda r: format_amount(r.total_fen), align_right=True),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Aid totals"))
        title.setStyleSheet("font-weight: bold;")
        top.addWidget(title)
        top.addWidget(self.dimension)
        top.addWidget(self.period)
        top.addWidget(self.caption, 1)
        top.addWidget(self.grand)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.dimension.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)

    def set_period(self, key: str) -> None:
        self.period.setCurrentIndex(self.period.findData(key))

    def set_dimension(self, key: str) -> None:
        self.dimension.setCurrentIndex(self.dimension.findData(key))

    def refresh(self) -> None:
        start, end = period_range(self.period.currentData())
        totals = self.totals = aid_totals(self._db, self.dimension.currentData(), date_from=start, date_to=end)
        total = totals.total
        self.model.set_rows([*totals.rows, TotalRow(self.tr("Total"), total.persons, total.cash_fen,
                                                     total.items_value_fen, total.records, total.groups)])
        self.grand.setText(self.tr("Total: {0} ({1} persons)").format(format_amount(total.total_fen), total.persons))
        shown = min(self.model.rowCount(), MAX_ROWS_SHOWN)
        frame = self.table.frameWidth() * 2
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + shown * ROW_HEIGHT + frame)

    def total_text(self) -> str:
        """The grand total as shown (for tests and the status line)."""
        return format_amount(self.totals.total.total_fen) if self.totals else ""
